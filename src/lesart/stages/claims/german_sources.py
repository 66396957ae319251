"""German source phrases tidied for the reader, after the tagger and the speaker steps.

``tidy_german_source``: a phrase that names no speaker goes (a lone function word, the object after
the verb, the dative of a passive); ``without_listener``: the speaker ends before whom it was said to
("gegenüber CORRECTIV", the page's own outlet as a bare dative); ``with_apposition``: what still
names the speaker after the phrase joins it (a bracketed party, a quoted name, an apposition);
``whole_german_name``: the rest of a name or an institution's remit the tagger left out;
``whole_prefields``: the whole phrase before a main clause's verb of saying.  The stage applies them
in the order whole_prefields(whole_german_name(with_apposition(without_listener(tidy_german_source(c))))).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Claim, Document, Source
from .rules_de import DEMONSTRATIVE_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS
from .sources import PERSON_NOUNS, classify
from .text import SortedSentences, sentence_at


_OBJECT_CASE = ("den ", "dem ", "einem ", "einen ")
_TRAILING_RELATIVE = re.compile(r",\s*(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)$")
_PREPOSITIONAL_CUE = re.compile(r"(?i)^(?:laut|nach|zufolge|gemäß|gemäss|demnach|so|wie)\b")


def tidy_german_source(c: Claim) -> Claim:
    """German sources that name no speaker: a lone function word ("der" of "Martin Lee, der Gründer
    ..., sagte"), or a dative/accusative phrase after a speech verb ("dem Bericht zufolge", a
    prepositional frame, keeps its source)."""
    s = c.source
    if s is None:
        return c
    from .crf_repairs import _function_words_only
    standalone = s.text.strip().lower() in DEMONSTRATIVE_PRONOUNS and c.cue is not None \
        and 0 <= c.cue.start - s.end <= 1
    if (_function_words_only(s.text) and not standalone) or s.text.startswith(","):
        # a tagged piece of a clause (", die Erklärungen der ..."); a demonstrative right before its verb
        # stands for a speaker ("Diese bestätigte, dass ...": the clerk named just before)
        return replace(c, source=None)
    if s.start < c.start < s.end and s.text[:c.start - s.start].rstrip(", ").strip():
        # a source that runs into what was said ("Dem Sender sagte der Minister, die Lage sei ernst": the
        # tagger's "der Minister, die Lage"): it ends where the content begins
        text = s.text[:c.start - s.start].rstrip(", ")
        s = Source(start=s.start, end=s.start + len(text), text=text, kind=classify(text))
        c = replace(c, source=s)
    if "\n" in s.text.strip():
        # "Finanzielle Sicherheit und Fülle\nIch glaube, dass ...": a heading glued to the speaker's line;
        # the speaker is on the line of the verb
        cut = s.text.rstrip().rfind("\n") + 1
        text = s.text[cut:].strip()
        if not text:
            return replace(c, source=None)
        start = s.start + s.text.index(text, cut)
        s = Source(start=start, end=start + len(text), text=text, kind=classify(text))
        c = replace(c, source=s)
    if s.text.endswith(":") and len(s.text.rstrip(": ")) > 0:
        # "sagt der Mann: ihn zu demütigen": the colon opens what was said
        text = s.text.rstrip(": ")
        s = Source(start=s.start, end=s.start + len(text), text=text, kind=s.kind)
        c = replace(c, source=s)
    m = _TRAILING_RELATIVE.search(s.text)
    if m is not None and m.start() > 0:   # "Medienberichten, die": the relative clause's pronoun
        return replace(c, source=Source(start=s.start, end=s.start + m.start(), text=s.text[:m.start()],
                                        kind=s.kind))
    if s.text.startswith(_OBJECT_CASE) and c.cue is not None and not _PREPOSITIONAL_CUE.match(c.cue.text) \
            and s.start > c.cue.start and not c.cue.text.lower().startswith("zitier"):
        # after its verb ("kritisierte den Plan der Minister"): the verb's object (not the one quoted:
        # "zitiert den Minister mit den Worten"); before it the
        # phrase can still be the speaker WikiNews marks ("den Demonstranten zufolge" aside), so
        # it stays (dropping those too cost WikiNews dev speaker recall 46.1 -> 45.6)
        return replace(c, source=None)
    if s.text.lower().startswith(("dem ", "einem ")) and c.cue is not None and s.end <= c.cue.start \
            and any(w in ("wird", "wurde", "werden", "wurden") for w in c.cue.text.lower().split()):
        # "Dem Minister wird vorgeworfen, ...": the dative of a passive is who it is said of
        return replace(c, source=None)
    return c


_TOLD_TO = re.compile(r"\s+gegenüber\s+\S.*$", re.S)
_OUTLET_OWNERS = frozenset("von vom der des dem bei beim".split())


def _outlet_key(word: str) -> str:
    """'F.A.Z.', 'faz' -> 'faz'; 'CORRECTIV' -> 'correctiv': an outlet's name as its site writes it."""
    return re.sub(r"[^\w]", "", word.lower())


def _site_keys(doc: Document) -> set[str]:
    """The ways the page's own outlet is named: its domain's name ('correctiv.org'), its site name
    ('Frankfurter Allgemeine Zeitung') and that name's initials ('FAZ')."""
    keys = set()
    for site in {doc.source.site or "", doc.site or ""}:
        site = site.strip().lower()
        if not site:
            continue
        if " " not in site and "." in site:
            keys.add(_outlet_key(site.removeprefix("www.").split(".")[0]))
            continue
        keys.add(_outlet_key(site))
        parts = site.split()
        if len(parts) > 1:
            keys.add("".join(p[0] for p in parts if p[:1].isalpha()))
    keys.discard("")
    return keys


def without_listener(doc: Document, c: Claim) -> Claim:
    """A German speaker's phrase ends before whom it was said to: "Ayşe Asar, Grünen-Sprecherin für
    Forschung gegenüber CORRECTIV", and the publishing outlet itself as a bare dative ("wie ein
    Mitarbeiter eines deutschen Dienstes CORRECTIV berichtet", the page being correctiv.org)."""
    s = c.source
    if s is None or s.kind == "unspecified":
        return c
    text = s.text
    m = _TOLD_TO.search(text)
    if m is not None and m.start() > 0:
        text = text[:m.start()]
    words = text.split()
    if len(words) > 2 and _outlet_key(words[-1]) in _site_keys(doc):
        if words[-2].lower() not in _OUTLET_OWNERS:
            text = text[:text.rstrip().rfind(" ")].rstrip()
        elif len(words) > 3 and (words[-2] == "dem" or words[-2] == "der" and words[-3][:1].isupper()
                                 and words[-3].lower().strip(",") not in PERSON_NOUNS
                                 and not words[-3].lower().endswith(("sprecher", "sprecherin", "redakteur", "redakteurin"))):
            # "sagt Simone Vintz von der Stiftung Warentest | der F.A.Z." (faz.net): the dative, not a genitive
            text = text[:text.rstrip().rfind(" ")].rstrip()
            text = text[:text.rstrip().rfind(" ")].rstrip()
    if text == s.text:
        return c
    return replace(c, source=Source(start=s.start, end=s.start + len(text), text=text, kind=classify(text)))


# What follows a German speaker's noun phrase and still names the speaker: a bracketed party
# or acronym ("Kristina Schröder (CDU)"), a short quoted name ("Der Fernsehsender „Silverbird“"),
# an apposition set off by commas before the verb ("Martin Lee, der Gründer der Partei, sagte";
# a relative clause ends on its verb, an apposition on a noun) and a name after a title
# ("verteidigte der Vorsitzende des Ausschusses, Sebastian Edathy (SPD), den Entwurf").
_BRACKETED = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
_QUOTED_NAME = re.compile(r"[ \t]*[„»\"](?=[A-ZÄÖÜ0-9])[^“”\"«»„\n.!?:]{1,40}[“”\"«]")
_APPOSITION = re.compile(
    r",[ \t]+((?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|seines|ihres|[A-ZÄÖÜ])[^,;:()„“”\"\n.!?]{0,90}?"
    r"(?:[ \t]*\([^()\n]{1,60}\))?),[ \t]+(?=[a-zäöüß])")
_NAME_APPOSITION = re.compile(
    r",[ \t]+([A-ZÄÖÜ][\w’'.-]+(?:[ \t]+[A-ZÄÖÜ][\w’'.-]+){0,3}(?:[ \t]*\([^()\n]{1,40}\))?),")
_TITLE_LEAD = re.compile(r"(?:der|die|den|dem|des|ein|eine|einer|einem|eines)\b", re.I)
_NOUN_END = re.compile(r"(?:[A-ZÄÖÜ][\w’'-]*|\))$")


def with_apposition(doc: Document, c: Claim) -> Claim:
    """A German claim's source with what still names its speaker after it (see above): WikiNews
    marks the speaker's whole phrase, and a reader wants the name and office together."""
    s = c.source
    if s is None or s.kind == "unspecified" or c.cue is None and c.mode not in ("indirect", "hearsay"):
        return c
    text = doc.text
    end = s.end
    for pattern in (_BRACKETED, _QUOTED_NAME):
        m = pattern.match(text, end)
        if m is not None and len(m.group().split()) <= 6:
            end = m.end()
    m = _APPOSITION.match(text, end)
    if m is not None and _NOUN_END.search(m.group(1)) and (c.cue is None or c.cue.start >= m.end()):
        end = m.end(1)
    elif _TITLE_LEAD.match(s.text) and (m := _NAME_APPOSITION.match(text, end)) is not None \
            and not any(w[:1].islower() for w in s.text.split()[1:2] if w not in ("des", "der")) \
            and (c.cue is None or not (end < c.cue.start < m.end())):
        end = m.end(1)
    if end == s.end or (c.start < end and s.end <= c.start):
        return c
    return replace(c, source=Source(start=s.start, end=end, text=text[s.start:end], kind=s.kind))


# Nouns of bodies and offices that a remit ("für Weinbau") follows.
_REMIT_HOLDER = re.compile(r"(?i)(?:anstalt|amt|institut|zentrum|ministerium|minister|ministerin|stiftung|gesellschaft|"
                           r"verband|behörde|agentur|kommission|rat|ausschuss|beauftragte[rn]?|sprecher|sprecherin|"
                           r"hochschule|universität|akademie|bund|stelle|büro|beirat|gericht|gerichtshof|zentrale|"
                           r"dienst|referent|referentin|experte|expertin|direktor|direktorin|leiter|leiterin)$")
# What the tagger left of a German source's name between it and the content or the sentence's end:
# the name's last words ("sagte Johanna Baehr von der Universität| Hamburg.", "laut einer Warnung
# ... der Universität| Kiel handelt es sich ...") or an institution's remit ("Laut der Bayrischen
# Landesanstalt| für Weinbau und Gartenbau ist ..."; that piece then begins the content).
_NAME_REST = re.compile(r"[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)?")
_REMIT = re.compile(r"[ \t]*(?:für|des|der)[ \t]+[A-ZÄÖÜ][\w-]*(?:[ \t]+(?:und|für|des|der)[ \t]+[A-ZÄÖÜ][\w-]*)*"
                    r"(?=[ \t]+[a-zäöüß])")
_PREPOSITIONAL_FRAME = ("laut", "nach", "zufolge", "gemäß", "gemäss")


def whole_german_name(doc: Document, c: Claim) -> Claim:
    s = c.source
    if s is None or s.kind == "unspecified" or not s.text[-1:].isalpha() or not s.text.split()[-1][:1].isupper():
        return c
    text = doc.text

    def to(end: int, start: int | None = None) -> Claim:
        src = Source(start=s.start, end=end, text=text[s.start:end], kind=s.kind)
        if start is None:
            return replace(c, source=src)
        return replace(c, start=start, text=text[start:c.end], source=src)

    m = _REMIT.match(text, s.end)
    if m is not None and m.group().split()[0] == "für" and not _REMIT_HOLDER.search(s.text):
        m = None    # "nach Recherchen von CORRECTIV für Stipendien": a name has no remit, a Landesanstalt has
    if m is not None and c.cue is not None and c.cue.text.lower() in _PREPOSITIONAL_FRAME:
        if c.start >= s.end and not text[s.end:c.start].strip():    # the content right after its source
            start = m.end() + len(text[m.end():c.end]) - len(text[m.end():c.end].lstrip())
            return to(m.end(), start) if start < c.end - 10 else c
        return to(m.end()) if c.end <= s.start else c
    m = _NAME_REST.match(text, s.end)
    if m is None:
        return c
    if c.start < s.start and m.end() < c.end:
        # a claim around its frame holds the source: "Die Firma wartet laut Kristján Loftsson auf ...",
        # "Der Fall wird nach Angaben der Staatsanwaltschaft Krefeld ... geprüft"
        return to(m.end())
    if c.start >= s.end:        # only the name's rest between source and content
        return to(m.end()) if not text[m.end():c.start].strip() and m.end() < c.start else c
    if c.end <= s.start and re.match(r"[ \t]*(?:[.!?]|\n|$)", text[m.end():m.end() + 2]) \
            and (c.cue is None or c.cue.end <= s.start):              # the sentence ends with the name
        return to(m.end())
    return c


# The German prefield: in a main clause everything before the finite verb is one phrase, so where a
# speaker stands there and its verb of saying follows, the whole prefield names the speaker ("Die
# Regierung in Peking erklärte", "Eine Reporterin von n24 sagte", "Patrick Kamanda von der Nationalen
# Umweltbehörde (NEMA) sagte"), and so does the subject of a wie-frame ("Wie die UN-Friedensmission im
# Südsudan (UNMISS) mitteilte").  Only words that continue a name may lie between the source the tagger
# found and the rest of the prefield: names, brackets, appositions, and the prepositions and articles
# of attributes; a verb shows the prefield to be something else.
_PREFIELD_WORDS = frozenset("""in im aus von vom bei beim an der des dem den die das für und of for and the de
    du la y zu zur zum sowie seines seiner ihres ihrer eines einer""".split()) | frozenset(
    # the next member of a coordination: "Der Sprecher des Weißen Hauses und andere Mitarbeiter der Ministerin"
    "andere anderen weitere weiteren mehrere zahlreiche einige".split())
_PREFIELD_LEADERS = frozenset("und aber doch auch jedoch nun".split())
_NAMEISH = re.compile(r"[\w.'’&/-]*[A-ZÄÖÜ0-9][\w.'’&/-]*|[a-z]-\w+")
_ADJECTIVE_BEFORE_NAME = re.compile(r"[a-zäöüß]+(?:e|en|er|es|em)")
_DETERMINERS = frozenset("im vom beim zum zur der die das des dem den ein eine einer eines einem seines ihres".split())
_RELATIVE = frozenset("der die das dem den deren dessen denen welche welcher welches welchem welchen wo was".split())
_TIME_NAMES = frozenset("""montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai
    juni juli august september oktober november dezember wochenende abend morgen nachmittag vormittag woche
    wochen jahr jahres monat monats tag tages nacht""".split())
_WIE_FRAME_ADVERBS = frozenset("""weiter weiterhin zudem außerdem bereits inzwischen mittlerweile nun jetzt später
    zuvor ebenfalls auch erst kürzlich gestern heute dazu""".split())
_LEAD_WORD = re.compile(r"\s*(?:[A-Za-zäöü]+\s+)?")
_PREFIELD_TOKEN = re.compile(r"\([^()\n]{1,80}\)|[^\s,()]+|[,()]")


def _prefield_words_ok(words: list[str]) -> bool:
    """Whether these words (commas and brackets as their own items) can continue a speaker's phrase."""
    for k, w in enumerate(words):
        if w in ",()" or w.startswith("("):
            continue
        low = w.lower()
        if low in _TIME_NAMES or low in _RELATIVE and k > 0 and words[k - 1] == "," \
                and not _apposition_after(words, k):
            return False
        if low in _PREFIELD_WORDS or _NAMEISH.fullmatch(w):
            continue
        if _ADJECTIVE_BEFORE_NAME.fullmatch(w) and k + 1 < len(words) and _NAMEISH.fullmatch(words[k + 1]) \
                and k > 0 and words[k - 1].lower() in _DETERMINERS:
            continue    # "im französischen Toulouse", "der britischen Erdbebenwarte" (not "kündigte der")
        return False
    return True


def _apposition_after(words: list[str], k: int) -> bool:
    """words[k], after a comma, opens an apposition (ends on a noun: "Celebi, die Anwältin der Frau,")
    rather than a relative clause (ends on a verb: "Ein Beamter, den die Zeitung zitiert,")."""
    end = next((j for j in range(k + 1, len(words)) if words[j] == ","), len(words))
    last = words[end - 1] if end - 1 > k else ""
    return bool(last) and (last[:1].isupper() or last.startswith("("))


def whole_prefields(doc: Document, claims: list[Claim]) -> list[Claim]:
    sentences = SortedSentences(doc)
    return [_whole_prefield(doc, c, sentences) for c in claims]


def _whole_prefield(doc: Document, c: Claim, sentences: SortedSentences) -> Claim:
    s, cue = c.source, c.cue
    if s is None or cue is None or s.kind == "unspecified" or s.end > cue.start \
            or _PREPOSITIONAL_CUE.match(cue.text) or not cue.text[:1].islower():
        return c
    sent = sentence_at(sentences, s.start)
    if sent is None:
        return c
    text = doc.text
    head = text[sent.start:s.start]
    # the prefield's start: the sentence's, after a leading conjunction or particle, or a wie-frame's
    m = _LEAD_WORD.match(head)
    lead = head[:m.end()].strip().lower()
    if lead in _PREFIELD_LEADERS or lead == "wie":
        head_words = _PREFIELD_TOKEN.findall(head[m.end():])
        pre_start = sent.start + m.end()
    else:
        head_words = _PREFIELD_TOKEN.findall(head)
        pre_start = sent.start + len(head) - len(head.lstrip())
    if c.start < cue.start and c.end > pre_start:
        return c    # the claim itself lies in the prefield
    gap = text[s.end:cue.start]
    gap_words = _PREFIELD_TOKEN.findall(gap)
    if lead == "wie":   # the subject of a verb-final frame ends before the adverbs of the midfield
        while gap_words and gap_words[-1].lower() in _WIE_FRAME_ADVERBS:
            gap_words.pop()
    if not gap_words and not head_words or len(head_words) + len(gap_words) > 30:
        return c
    if head_words and (not head_words[0][:1].isupper() or head_words[0].lower() in PREPOSITIONS):
        return c    # no phrase of its own, or a prepositional frame ("In einem Papier heißt es", "Aus Kreisen verlautete")
    if not _prefield_words_ok(head_words + ["NAME"] + gap_words) or any(w in "„“”«»\":;" for w in gap + head):
        return c
    if s.text.lower() in SUBJECT_PRONOUNS:
        return c    # a pronoun takes no attribute: "Erinnern Sie sich", a verb first
    if s.text[:1].islower() and head_words and (head_words[-1] != "," or "," not in gap_words):
        return c    # "Cliff Roberts, der 1933 sagte": a relative clause, not an apposition closed before its verb
    end = s.end
    if gap_words:
        last = gap_words[-1]
        end = gap.rfind(last) + len(last) + s.end
    while end > pre_start and text[end - 1] in ", \t":
        end -= 1
    start = pre_start if head_words else s.start
    if (start, end) == (s.start, s.end) or end <= start:
        return c
    return replace(c, source=Source(start=start, end=end, text=text[start:end], kind=s.kind))
