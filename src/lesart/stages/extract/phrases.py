"""Phrases and line shapes that mark page furniture inside the text.

Shared by the HTML path (``html``: blocks that trafilatura kept) and the
plain-text path (``line_decoding``: lines of a scraped dump): both meet the
same "Lesen Sie auch", "Von Anna Muster", "Foto: dpa", "Manuela Conrad ist
ZDF-Reporterin ..." lines, whatever the markup was.
"""
from __future__ import annotations

import re


class FoldedPattern:
    """A case-insensitive pattern written in lowercase, searched as a
    case-sensitive one on the lowercased text: the same answer, several times
    faster.  (With re.IGNORECASE Python's engine cannot skip ahead to the
    characters a match may start with and tries every alternative at every
    position: BOILERPLATE_ANYWHERE took 40 microseconds a short block, 6 on
    the lowercased text.)  The patterns must spell their letters in lowercase
    (classes such as \\w, \\W, \\b do not depend on case).  Three
    characters match a Latin letter under re.IGNORECASE but lowercase to
    another text ("İ" -> "i̇", dotless "ı", long "ſ"): a text with one of them
    is searched with the IGNORECASE pattern.  ``search`` returns the match on
    the lowercased text (same positions), or None."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.folded = re.compile(source)
        self.ignorecase = re.compile(source, re.IGNORECASE)
        self._parts = _split_alternatives(source)

    def search(self, text: str, low: str | None = None):
        if not text.isascii() and _FOLD_EXCEPTIONS.search(text):
            return self.ignorecase.search(text)
        return self.folded.search(text.lower() if low is None else low)

    def found(self, text: str, low: str | None = None) -> bool:
        """``bool(self.search(text, low))``, faster: the pattern's alternatives
        searched as up to three patterns (see ``_split_alternatives``)."""
        if not text.isascii() and _FOLD_EXCEPTIONS.search(text):
            return self.ignorecase.search(text) is not None
        low = text.lower() if low is None else low
        return any(part(low) is not None for part in self._parts)


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source."""
    found, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"       # a "]" first in a class is the character
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            found.append(source[start:i])
            start = i + 1
        i += 1
    found.append(source[start:])
    return found


def _split_alternatives(source: str) -> list:
    """Matchers whose answers together say whether ``source`` matches (its
    ``search`` finds something) in a text: the alternatives anchored with "^"
    tried at the start only (``match``, no "^": without re.MULTILINE that is
    the only place "^" matches), those that start with a letter in one pattern,
    which re then looks for only where one of their first letters stands, and
    the rest in another.  A pattern whose alternatives start with "\\b", "^" and
    a letter in turn (HTML_BOILERPLATE) is otherwise tried alternative by
    alternative at every position of the text: about 50 microseconds a short
    block, 12 split.  Sources with backreferences or global flags stay whole."""
    whole = [re.compile(source).search]
    if re.search(r"\\\d|\(\?P[<=]|^\(\?[a-zA-Z]+\)", source):
        return whole
    alternatives = _alternatives(source)
    if "|".join(alternatives) != source or len(alternatives) < 2:
        return whole
    anchored = [a[1:] for a in alternatives if a.startswith("^")]
    lettered = [a for a in alternatives if not a.startswith("^") and a[:1].isalpha()]
    rest = [a for a in alternatives if not a.startswith("^") and not a[:1].isalpha()]
    parts = []
    if anchored:
        parts.append(re.compile("(?:" + "|".join(anchored) + ")").match)
    for group in (lettered, rest):
        if group:
            parts.append(re.compile("|".join(group)).search)
    return parts


_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")

# Lines that trafilatura keeps but that address the reader or the site rather
# than tell the story.  Checked on short blocks only (see MAX_PHRASE_WORDS).
BOILERPLATE_START = re.compile(
    r"^\W*(?:"
    r"lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|mehr (?:dazu|zum|themen)|"
    r"weitere (?:artikel|informationen|nachrichten)|das könnte sie auch interessieren|"
    r"zum thema|empfohlener redaktioneller inhalt|"
    r"folgen sie|abonnieren sie|jetzt (?:abonnieren|anmelden|registrieren|lesen)|"
    r"hier (?:geht es|finden sie|können sie)|melden sie sich|newsletter|"
    r"dieses thema im programm|korrekturhinweis|transparenzhinweis|"
    r"read more|related(?: articles| stories| coverage|:)|more from|see also|"
    r"also read|recommended|you may also like|further reading|"
    r"follow (?:us|the|him|her|[A-Z@])|subscribe|sign up|click here|"
    r"listen to|watch:|download the|share this|this copy is for|"
    r"copyright|all rights reserved|alle rechte vorbehalten|©|"
    # Found on trafilatura's German pages (free for development, not dev/test):
    # teasers, comment and login furniture, picture and update notes.
    r"(?:das|dieses) thema könnte (?:dich|sie) (?:auch )?interessieren|(?:ähnliche (?:beiträge|artikel)|weitere themen)\W*$|"
    r"vorschau auf den nächsten artikel|(?:keine )?kommentare(?: insgesamt)?\W*(?:\d+\W*)?$|"
    r"teilen mit\s*:|verraten sie (?:uns )?(?:gerne )?in den kommentaren|"
    r"(?:titel|beitrags|vorschau)bild\s*:|letzte änderung\b|video verfügbar bis|\(?alle angaben ohne gewähr|"
    r"sie sind (?:aktuell |derzeit |noch )?nicht (?:eingeloggt|angemeldet)|"
    r"klicken sie auf den (?:unteren )?button|mit der registrierung akzeptieren sie|"
    r"if you (?:enjoyed|liked) (?:reading )?this|"
    # a label over related links ("More:"), a tag line ("Filed under: ..."), a site's list of its stories
    r"more\s*:\s*$|filed under\s*:|more (?:great )?[\w-]+ (?:stories|news)\W*$|"
    # headings over related-story lists and plugs for the site's other offers
    r"schon gelesen\?|zum weiterlesen|weitere aktuelle (?:themen|artikel|beiträge|nachrichten)|top-themen\b|"
    r"beiträge aus dem forum|kennt ihr schon|gefällt (?:dir|ihnen|euch) unser|auch auf [\w-]+\.(?:de|at|ch|com)\W*$|"
    r"unterstützen sie (?:uns|unsere)|wird geladen\W*$|bewerten\s*:\s*$|mit diesem button|"
    r"(?:die |der |das )?[\w-]+ auch (?:bei|auf|in) (?:social media|den sozialen (?:medien|netzwerken))\b|"
    # comment prompts, follow-by-mail boxes, membership and support plugs, "more info" lines,
    # and the labels over a story's sources or a press release's contact (trafilatura's German pages)
    r"keine kommentare\b|weitere infos? (?:unter|auf|gibt|finden)\b|unterstütze \w+ |werden sie (?:jetzt )?mitglied|"
    r"(?:verwendete )?quellen(?:angaben?)?\s*:?\s*$|verwendete quellen|originalpublikation\W*$|zusatzinformationen\W*$|"
    r"kontakt\s*:\s*$|(?:tel(?:efon)?|fax)\.?\s*:\s*\+?[\d(]|ansprechpartner(?:in)? (?:zum thema|für die presse)\W*$|"
    # the same "read also" headings in the other languages of the Scrapinghub pages
    r"(?:leia|veja) (?:também|mais)|leggi anche|baca juga|lihat juga|lea también|"
    r"вам также может быть интересно|читайте также|смотрите также"
    r")",
    re.IGNORECASE,
)
ADVERTISEMENT_START = re.compile(
    r"^\W*(?:anzeige|werbung|sponsored|advertisement|promoted|partner content|publicidade|pubblicità|publicidad|реклама|iklan|"
    r"affiliate|dieser artikel enthält affiliate|die mit einem|"
    r"dieser artikel (?:kann|enthält) links zu anbietern|"
    r"(?:letzte aktualisierung am [\d.]+\s*/\s*)?bei den verlinkungen handelt es sich um affiliate)",
    re.IGNORECASE,
)
CREDIT_LINE = re.compile(
    r"^\W*(?:fotos?|bild(?:er)?|grafik|quelle|photos?|image|credit|video|source)\s*:|"
    # the team under a story ("Redaktion: ...", "Übersetzung und Adaptierung: ...", "Styling: ...")
    r"^\W*(?:redaktion|faktencheck|recherche|mitarbeit|interview|übersetzung(?: und \w+)?|illustration|"
    r"gestaltung|produktion|styling|haare|make-up(?: \w+)?|(?:\w+ )?(?:creative|visual|casting) director)\s*:|"
    r"^\W*(?:mit\s+)?(?:dpa|afp|reuters|ap|kna|epd)\W*$|"
    r"^\W*\(?(?:mit material|material von|mit agenturen)|"
    r"^\W*[A-ZÄÖÜ][\w.-]*(?:/[\w.-]+)*\s*\([a-zäöü]{2,5}(?:/[a-zäöü]{2,5})*\)\W*$|"
    r"^\W*(?:hauptinhalt|zum inhalt|skip to (?:main )?content)\W*$|"
    r"^\W*(?:das interview führte|die fragen stellte)\b",
    re.IGNORECASE,
)
# Anywhere in a short block.  Not "sign up for" / "subscribe to": inside a
# sentence they are ordinary English ("you can sign up for a bundle"); on dev
# they only ever cut article text.
BOILERPLATE_ANYWHERE = FoldedPattern(
    r"an dieser stelle finden sie|ich bin damit einverstanden|externen? inhalte?\b.*\b(?:laden|anzeigen|angezeigt)|"
    r"may be reached at|write to \w+ \w+ at|have a tip\?|"
    r"newsletter|abonnieren|in unserem liveblog|"
    r"order reprints|this article has been sent|an error has occurred|"
    r"artikel (?:ist|erschien) zuerst|zuerst (?:bei|auf|in) .{2,40} erschienen|"
    r"link zum [\w-]*inhalt|inhalte? von (?:youtube|twitter|x|instagram|facebook|tiktok)|"
    r"(?:anzeige|werbung)\s*$|"
    # error-report widgets and app plugs
    r"melden sie (?:uns )?den fehler|fehler (?:im text )?(?:gefunden|entdeckt)\?|"
    r"nachrichten aufs handy|für android und ios|news-app\b|\be-paper\b|push-(?:nachrichten|mitteilungen|benachrichtigungen)|"
    r"direkt auf ihr smartphone|hinweis zu affiliate-links|teile deine (?:tipps|meinung|erfahrungen?) mit|"
    # affiliate disclosures ("If you buy something through this post, IGN may get a share of the sale")
    r"(?:may|might|could) (?:get|earn|receive) (?:a )?(?:small )?(?:share of the sale|commission)|affiliate commission|"
    # plugs for the site's own channels and comparison calculators (Funke pages on dev)
    r"(?<=\w)vergleich zeigt (?:aktuelle|die)|"
    # calls to action of ads and plugs ("Jetzt die aktuelle Ausgabe bestellen!", "Gleich reinschauen und entdecken!")
    r"^\W*(?:jetzt|gleich)\b.{0,60}\b(?:bestellen|abonnieren|sichern|entdecken|testen|herunterladen|kaufen|buchen|"
    r"reinschauen|vorbestellen)\W*$|\b(?:jetzt|gleich) (?:reinschauen|entdecken|sichern|testen|herunterladen|vorbestellen)\b|"
    # the bibliographic line under a book review ("Insel 2025, 542 S., 28 €")
    r"\b\d{2,4}\s*(?:s\.|seiten),\s*\d+(?:[.,]\d{1,2})?\s*(?:€|euro)",
)
# More of the same, as plain lowercase strings: a substring test costs a fraction
# of another branch in the regex above, which every short block runs through.
# Click and comment prompts, follow-by-mail boxes, calls for tips ("... und haben
# Hinweise zum Themengebiet? Melden Sie vertraulich ..."), the citation line under
# a story ("In: Legal Tribune Online, 20.10.2025, https://... (abgerufen am: ...)"),
# the review note of health pages ("... und wurde von Medizinern geprüft"), a
# press portal's links to a company's other releases.
BOILERPLATE_SUBSTRINGS = (
    "hier klicken", "klicken sie hier", "per e-mail zu erhalten", "e-mail-adresse eingeben",
    "um kommentare zu schreiben", "um kommentare zu verfassen", "kommentare erscheinen erst",
    "haben hinweise zu", "melden sie vertraulich", "melden sie sich vertraulich", "(abgerufen am",
    "von medizinern geprüft", "von ärzten geprüft", "von ärztinnen geprüft", "von fachärzten geprüft",
    "von experten geprüft",
    # a press portal's end matter under a release ("Online-Pressemappe - alle Pressemitteilungen der Nordex SE")
    "online-pressemappe", "alle pressemitteilungen der ", "alle pressemitteilungen von ",
)
# Pre-order plugs ("Hier können Sie sie schon jetzt vorbestellen!") and download
# links ("Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB"), each behind
# a substring test.
PREORDER = re.compile(r"hier können sie (?:\w+ )?(?:schon )?(?:jetzt )?(?:vorbestellen|bestellen|abonnieren)")
FILE_SIZE = re.compile(r"(?<![^\W\d])(?:pdf|docx?|xlsx?|zip)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*[kmg]b\b")
# Date, update and reading-time lines ("-Aktualisiert am", "Freitag, 28.04.2023, 19:25").
DATELINE = re.compile(
    r"^\W*(?:(?:aktualisiert|veröffentlicht|erstellt|updated|published|posted|last updated|"
    # ("Zuletzt 2013 gegen Brasilien erfolgreich" is a subheading: "zuletzt" and "Stand" need their date word)
    r"zuletzt (?:aktualisiert|geändert|bearbeitet|überarbeitet)|stand(?=\s*:)|stand (?:vom|am|des artikels|der informationen))\b.{0,50}$|"
    # a date, and its time after a comma, "um", a slash or a dash ("12. November 2015 / 13:48",
    # "20. März 2021 - 15:00 Uhr")
    r"(?:\w+,?\s+)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zäöü]+\.?)\s?\d{2,4}"
    r"(?:(?:,?\s*(?:um\s*)?|\s*[/|–-]\s*)\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\W*$|"
    r".{0,40}\b(?:minuten lesezeit|min\.? lesezeit|lesedauer|min read|minute read)\b.{0,60}$)",
    re.IGNORECASE,
)
# HTML path only: "Anzeige" / "Werbung" that opens a sentence of the story is no label
# ("Werbung nervt. Tracking nervt.", "Werbungskosten können ...", "Anzeigen gingen bei der
# Polizei ein"): the word, or a compound of it, goes on with a lowercase word, as a
# subject goes on with its verb.  A label stands alone, before the ad's own
# (capitalised) text or before what it advertises and why: "Anzeige", "Werbung:",
# "ANZEIGE Jetzt Traumreise buchen", "WERBUNG für Plantur Farbshampoo", "Werbung wegen
# Markennennung".
AD_WORD_IN_SENTENCE = re.compile(r"^\W*(?i:anzeige|werbung)[a-zäöüß]*\s+"
                                 r"(?!(?i:für|wegen|durch|mit|ohne|von|da|weil|aufgrund)\b)[a-zäöüß]")
# HTML path only (the plain-text path reads phrase_kind, and stays as it is): more
# furniture of trafilatura's German pages, checked on short blocks and lines.
# An Instagram embed's button ("Sieh dir diesen Beitrag auf Instagram an"; its credit
# line "Ein Beitrag geteilt von Name (@handle)" stays, as a tweet's "— Name (@handle)
# date" does: it says whose post it is, and the Scrapinghub gold keeps such lines
# with the post), the end matter of a press release
# ("Pressekontakte:", "Fotos zum Download finden Sie hier: ...", "Merkmale dieser
# Pressemitteilung:", the labels "Erschienen am:" / "Herausgeber:"), teaser and
# cross-link lines ("Diese Artikel könnten dich auch interessieren:", "Das ganze
# Interview gibt es hier: ...", "... finden Sie in unserer Ergebnisrubrik"; not "Das
# Konzeptpapier finden Sie hier:", which trafilatura's German set keeps), plugs
# for the print edition and for reader support, the "Zur Person" label, a video's
# duration ("2 min") and a weekday with a time ("Mo, 11:41 Uhr").
HTML_BOILERPLATE = FoldedPattern(
    r"sieh dir diesen beitrag auf instagram an|view this post on instagram|"
    r"^\W*(?:presse|medien)kontakte?\s*:|"
    r"\bfotos? zum (?:download|herunterladen)|merkmale dieser pressemitteilung|"
    r"^\W*(?:erschienen am|herausgeber(?:in)?)\s*:?\s*$|"
    r"könnten? (?:dich|sie|euch) (?:auch|ebenfalls) interessieren|"
    r"\b(?:das )?(?:ganze|vollständige|komplette) (?:interview|gespräch|video|text) (?:gibt es|gibt's|findest du|finden sie|lesen sie)\b|"
    r"\b(?:finden sie|findest du) (?:in|auf) unsere[rmn]? [\w-]+\W*$|"
    r"\b(?:erhalten|bestellen|lesen) sie (?:die|unsere) aktuelle ausgabe|\bkostenlos erhalten sie\b|"
    r"tragen sie mit ihre[mr] (?:beitrag|spende|unterstützung)|\bmit ihre[mr] (?:spende|unterstützung) (?:helfen|ermöglichen|sichern|tragen)|"
    r"^\W*zur person\W*$|^\W*\d{1,3}\s*(?:min|minuten|sek|sekunden)\.?\W*$|"
    # the label over the related-stories box of the Science X sites (phys.org, medicalxpress ...)
    r"^\W*explore further\W*$|"
    # the label over an ad slot inside the story ("Story continues below advertisement",
    # "Continue Reading Below", "Article continues below this ad")
    r"^\W*(?:the )?(?:story|article|text|content) continues (?:below|after)(?: (?:this |the )?(?:ad|advert|advertisement))?\W*$|"
    r"^\W*continue reading below\W*$|"
    # a picture's zoom instruction standing as a line of its own ("Zum Vergrößern bitte anklicken",
    # "Click to enlarge"): with the picture's empty link no longer read as linked text, it stays
    r"^\W*(?:(?:zum|zur) vergrößerung|zum vergrößern|(?:bild )?(?:an)?klicken zum vergrößern)(?: (?:bitte )?(?:auf das bild )?(?:an)?klicken)?\W*$|"
    r"^\W*(?:click|tap) (?:(?:here|on (?:the )?(?:image|photo|picture)) )?to (?:enlarge|zoom)\W*$|"
    # a time stamp under a short label ("기사입력 :[ 2018-08-25 15:24 ]", "Posted: 2019-11-18 09:30")
    r"^\D{0,20}?\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\W+\d{1,2}:\d{2}(?::\d{2})?\W*$|"
    # a blog's filing line: who posted it, then its category or tags ("05/10/2018 - Publicado por:
    # Clarissa Borba - Categoria: Saúde - Tags: ...", "Posted by admin | Category: News")
    r"\b(?:posted|published|publicado|pubblicato|publié|veröffentlicht)\s+(?:by|por|da|par|von)\b.{0,80}"
    r"\b(?:categor(?:y|ies|ia|ias|ie)|kategorien?|tags?|filed under|schlagworte)\s*:|"
    r"^\W*(?:(?:mo|di|mi|do|fr|sa|so)\.?,\s*)?\d{1,2}[:.]\d{2}\s*uhr\W*$|^\W*(?:mo|di|mi|do|fr|sa|so)\.?,\s*\d{1,2}:\d{2}\W*$"
)
# The first line of a press release's end matter: the whole block is that box.
END_MATTER_LABEL = re.compile(r"^\W*(?:(?:presse|medien)kontakte?|kontakt für (?:die )?(?:presse|medien)|"
                              r"merkmale dieser pressemitteilung)\b",
                              re.IGNORECASE)
# A byline with a colon ("Von: det/dpa") and a byline set as a heading ("Von Jan Kupitz": the
# name's words capitalised, nothing else: "Von Risiken und Nebenwirkungen" is a heading).  English
# headings capitalise every word, so a capitalised function word tells a heading ("By The
# Numbers", "By Land And Sea") from a name.
_NAME_WORD = (r"(?!(?:The|A|An|And|Or|Of|In|On|At|To|For|From|With|By|Our|Your|Its|This|That|These|Those|All|No)"
              r"(?:\s|$))[A-ZÄÖÜ][\w.'-]+")
HTML_BYLINE = re.compile(r"^\W*(?i:von|by|autor(?:in)?)\s*:\s*\S|"
                         rf"^\W*(?i:von|by)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\s*$")
# The author's bio under the story without the author's name ("Die Autorin ist
# Achtsamkeitslehrerin und ...").  (Not the box about an organisation, "Über das
# Rogate-Kloster: Eine ...": trafilatura's German set keeps it, like "Achtung Redaktion:".)
HTML_BIO = re.compile(
    r"^\W*(?:der|die|unser(?:e)?) (?:gast)?(?:autor|autorin|verfasser|verfasserin)\s+(?:ist|war|arbeitet|lebt|lehrt|leitet|"
    r"schreibt|studierte|studiert)\b", re.IGNORECASE)
# The wire's credit for the reporting under the story ("(Reporting by Will Dunham; Editing by
# Tom Brown)", "Additional reporting by ...", "Associated Press writers ... contributed to this
# report."): who worked on the text, not the text.
CONTRIBUTORS = re.compile(r"^\W*(?:additional |with )?reporting by\b|^\W*(?:writing|editing|compiled) by\b|"
                          r"\bcontributed (?:reporting )?to this (?:report|story|article)\W*$", re.IGNORECASE)
CONTRIBUTORS_WORDS = 60


def may_name_contributors(text: str) -> bool:
    """False where CONTRIBUTORS cannot match: each of its alternatives needs "by" or
    "contr", whose letters match no other letter under re.IGNORECASE (unlike i, k and
    s).  A substring test is a fraction of the pattern's search, which starts with "\\b"."""
    low = text.lower()
    return "by" in low or "contr" in low
# The words of a share bar ("| Tweet |", "Teilen: Facebook Twitter E-Mail").
SHARE_WORDS = frozenset({
    "tweet", "tweeten", "teilen", "share", "facebook", "twitter", "whatsapp", "e-mail", "email", "mail",
    "drucken", "print", "pinterest", "linkedin", "xing", "telegram", "reddit", "flipboard", "messenger", "threads",
    "bluesky", "x", "link", "kopieren", "pin", "it", "merken", "teilen:", "share:",
})
SHARE_NETWORKS = frozenset({"tweet", "tweeten", "teilen", "share", "facebook", "twitter", "whatsapp", "pinterest",
                            "linkedin", "xing", "teilen:", "share:"})
SHARE_BAR_WORDS = 12


def is_share_bar(text: str) -> bool:
    """A short block made only of share targets, with at least one network or "Teilen"."""
    words = [w for w in re.split(r"[\s|/·•,]+", text.lower()) if w.strip("()[]")]
    return 0 < len(words) <= SHARE_BAR_WORDS and all(w in SHARE_WORDS for w in words) \
        and any(w in SHARE_NETWORKS for w in words)


# Share and like buttons that a blog theme (WordPress's "Teilen mit:" / "Gefällt mir:")
# writes into the last paragraph of the story: from the first label on, the rest
# of that paragraph is the theme's furniture.  Case kept: the labels are capitalised.
SHARE_TAIL = re.compile(r"(?<!\S)(?:Bewerten|Teilen Sie dies mit|Teilen mit|Teile dies mit|Sharen mit|Share this|"
                        r"Like this|Diesen Beitrag teilen|Gefällt mir)\s*:")
# What follows such a label in the theme: share targets and the loading note.
SHARE_TARGETS = re.compile(r"\b(?:Twitter|Facebook|WhatsApp|Pinterest|LinkedIn|Telegram|E-Mail|Drucken|Liken|"
                           r"Wird geladen|Lade …|Loading)")
SHARE_TAIL_WORDS = 80
# The button a "click to tweet" plugin glues to a quotable sentence of the story
# ("... exists in the 'space-time continuum.'Click To Tweet").
TWEET_BUTTON = re.compile(r"\s*(?i:click to tweet)\W*$")
# A date label glued to the top of the story ("Veröffentlichung: 2. Februar 2022 „Kleiner“ Vorverkauf ...").
DATE_HEAD = re.compile(
    r"^\W*(?:Veröffentlicht(?: am)?|Veröffentlichung|Erstellt(?: am)?|Aktualisiert(?: am)?|Publiziert(?: am)?)\s*:?\s*"
    r"(?:\w+,\s*)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zäöüÄÖÜ]+\.?)\s?\d{2,4}(?:,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?"
    r"\s+(?=\S)")
# A caption that ends in its picture credit ("… Bild: Maximilian von Lachner",
# "… | Jörg Carstensen/dpa").
CAPTION_END = FoldedPattern(
    r"(?:\b(?:bild|foto|fotos|photo|image|credit|grafik)\s*:\s*[^.:]{2,60}|"
    r"\|\s*[^|]{2,60}/(?:dpa|afp|reuters|ap|imago|getty|epa|keystone|apa)[^|]{0,30}|"
    r"\((?:foto|bild|photo)\s*:[^)]{2,60}\)|©\s*[^.]{2,60})\s*$",
)
# "Von Anna Muster", "By Jane Doe": only very short lines.  (Matching the
# page's author names as well, and lines up to ten words, cost article text
# on trafilatura's German pages and gained nothing on dev.)
BYLINE = re.compile(r"^\W*(?:von|by|text(?: und fotos?)?:|autor(?:in)?:)\s+\S", re.IGNORECASE)
BYLINE_WORDS = 6
URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
# A line that is only a label and an address ("Download: http://po.st/..."):
# a block made of such lines is a link dump, not prose.
LABELLED_URL = re.compile(r"^\s*(?:[\w ]{1,30}:\s*)?(?:https?://|www\.)\S+\s*$")
# Reprint and licence notices run longer than the short-block phrases allow.
LEGAL_NOTICE = FoldedPattern(
    r"this copy is for your personal,? non-commercial use|distribution and use of this material (?:are|is) governed|"
    r"dieser (?:text|artikel|beitrag) (?:ist|darf) (?:urheberrechtlich geschützt|nur für den persönlichen)|"
    # consent to show an embed: its legal text runs long
    r"ich bin damit einverstanden, dass mir (?:der |die )?externen? inhalte?|"
    # the risk notice under a finance affiliate box (Funke pages on dev)
    r"(?:grundsätzlich|immer) mit (?:einem )?risiko verbunden|totalverlust des eingesetzten kapitals",
)
# The heading of a box under the story about its author, its series or the press contact.
ABOUT_HEADING = re.compile(
    r"^\W*(?:über (?:den autor|die autorin|die autor(?:inn)?en|diese (?:reihe|serie|kolumne|rubrik)|das projekt)|"
    r"zu[mr] (?:autor|autorin)|(?:der|die) autor(?:in|en|innen)?|pressekontakt|medienkontakt|presseanfragen|"
    r"about the authors?|about this (?:series|column))\W*$",
    re.IGNORECASE,
)
# A bare link to the rest of another page's text.
READ_MORE = re.compile(r"^\W*(?:weiterlesen|mehr lesen|read more|continue reading|mehr erfahren|"
                       r"zum (?:ganzen |vollständigen )?artikel)\W*$", re.IGNORECASE)
MAX_PHRASE_WORDS = 40
LEGAL_NOTICE_WORDS = 80     # a notice or consent text up to this long
CREDIT_WORDS = 12           # credit and date lines are this short
# An author's bio under the story ("Manuela Conrad ist ZDF-Reporterin für
# ...", "... ist Senior Fellow bei ...", "Redakteur in der Wirtschaft."): the
# gold texts leave it out, trafilatura keeps it as a paragraph.  (Dev: ZDF,
# chip.de, cnet.de and FAZ pages of trafilatura's German set.)
ROLE = (r"(?i:reporter|korrespondent|redakteur|journalist|autor|fellow|professor|chefredakt|"
         r"volontär|moderator|kolumnist|head of|editor|correspondent|writer|columnist|contributor)")
AUTHOR_BIO = re.compile(
    r"^\W*(?:(?:\.\.\.|…)\s*|(?:[A-ZÄÖÜ][\w.'-]+\s+){1,3})(?:ist|war|arbeitet|schreibt|is|was|writes|covers)\s"
    r"[^.]{0,100}?" + ROLE + "|"
    r"^\W*(?i:freie[rs]?\s+)?" + ROLE + r"(?i:in)?\s+(?i:in|im|für|der|bei|at|for)\b[^.]{0,60}\.?\s*$|"
    # the author box of a blog ("Patrick Ludolph, Fotograf aus Hamburg und Gründer von ..."):
    # a name, a comma, a trade and where the writer comes from
    r"^\W*(?:[A-ZÄÖÜ][\w.'-]+\s+){1,3}?[A-ZÄÖÜ][\w.'-]+,\s+(?i:freie[rs]?\s+)?"
    r"(?:" + ROLE + r"|(?i:fotograf|blogger|texter|illustrator|filmemacher))(?i:in)?\s+(?i:aus|from)\s"
)
AUTHOR_BIO_WORDS = 60
# The bare role line of an author box ("Redakteur in der Wirtschaft."): no verb, no story
# sentence, so it is cut wherever the box stands.
ROLE_LINE = re.compile(r"^\W*(?i:freie[rs]?\s+)?" + ROLE + r"(?i:in)?\s+(?i:in|im|für|der|bei|at|for)\b[^.]{0,60}\.?\s*$")
ROLE_LINE_WORDS = 12
# The signature under a pull quote: a name, a comma and a role, no sentence
# ("Karsten Haustein, Universität Leipzig", "– Samantha Burgess, Direktorin des ...").
ATTRIBUTION = re.compile(r"^[\W]{0,3}[A-ZÄÖÜ][\w.'-]+(?: (?:von |van |de )?[A-ZÄÖÜ][\w.'-]+){1,3},\s[^.!?:;\n]{3,100}$")
ATTRIBUTION_WORDS = 15
# A picture's zoom button glued to its caption ("VergrößernEine kleine runde Aussparung ..."),
# and a numbered figure's label ("Abbildung 4: klassische Schwachschicht.", "Abb. 2:", "Fig. 3:").
# (HTML path only: the plain-text path reads CAPTION_END.)
CAPTION_START = re.compile(r"^\W*(?:(?:bild\s+)?vergrößern(?=[A-ZÄÖÜ]|\s|$)|"
                           r"(?:abbildung|abb\.|grafik|figure|fig\.)\s*\d{1,3}[a-z]?\s*:)", re.IGNORECASE)
# Bare timestamps and image addresses: metadata some pages dump into the body.
JUNK_LINE = re.compile(
    r"^\s*(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.+-]+Z?)?|\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?)\s*$",
    re.IGNORECASE,
)
# A page's script settings leaked into the text ("showPaywall:" / "false").
CODE_LINE = re.compile(r"^\s*(?:[a-z]+[A-Z]\w*\s*:|true|false|null|undefined)\s*$")


def phrase_kind(text: str) -> str | None:
    """``advertisement`` or ``boilerplate`` when a reader-address or advertising
    phrase marks the text (callers keep to short texts, MAX_PHRASE_WORDS), else None."""
    if ADVERTISEMENT_START.search(text):
        return "advertisement"
    low = text.lower()
    if BOILERPLATE_START.search(text) or BOILERPLATE_ANYWHERE.found(text, low):
        return "boilerplate"
    if any(phrase in low for phrase in BOILERPLATE_SUBSTRINGS) \
            or ("hier können sie" in low and PREORDER.search(low)) \
            or (("kb" in low or "mb" in low) and FILE_SIZE.search(low)):
        return "boilerplate"
    return None


def is_furniture_line(line: str) -> bool:
    """One line of a plain-text dump that these phrases name as furniture: a
    reader address or advertising label, a byline, an author's bio, a
    caption ending in its credit.  (Grouped CV on the dev dumps, 3 seeds: the
    line model alone 0.949 / 0.927 Fundus / Scrapinghub, with this veto
    0.952 / 0.930; picture-credit and date lines on their own cost
    Scrapinghub and are left to the model.)"""
    words = len(line.split())
    if words <= MAX_PHRASE_WORDS and phrase_kind(line) is not None:
        return True
    if words <= BYLINE_WORDS and BYLINE.search(line):
        return True
    if words <= LEGAL_NOTICE_WORDS and LEGAL_NOTICE.search(line):
        return True
    return words <= AUTHOR_BIO_WORDS and bool(AUTHOR_BIO.search(line) or CAPTION_END.search(line))
