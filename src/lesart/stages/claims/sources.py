"""What kind of source a source phrase names.

The convention, the same in German and English: the kind is the authority a source speaks with. A body
(a government, a ministry, a company, a newspaper, a secret service) has its own kind; so do its spokespeople
("der Regierungssprecher", "a spokesperson for the Pentagon") and its head named by office: state offices
are government ("Bundeskanzler Olaf Scholz", "Chancellor Olaf Scholz", "Governor Gavin Newsom"), the head of
a company, party, club or institute is an organisation ("Siemens-Chef Roland Busch", "Apple CEO Tim Cook",
"Yamaha-Präsident Ken Oda", "Der Vizepräsident der Universität, Jochen Oltmer"). Anyone else named is a
person: a post in a body ("Die Referentin des Ministeriums, Eva Brandner"), an expert or critic of it
("Geheimdienstexperte Adrian Hänni"), a bare "the CEO". Unnamed groups are anonymous; passives and "es heißt"
unspecified."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lexicon

KIND_ORDER = ("intelligence", "anonymous", "media", "government", "organisation")
PRONOUNS = frozenset({
    "er", "sie", "ich", "wir", "ihr", "man", "dieser", "diese", "jener",
    "he", "she", "i", "we", "they", "you",
})
PERSON_NOUNS = (
    "sprecher", "sprecherin", "experte", "expertin", "analyst", "anwalt", "anwältin",
    "professor", "forscher", "zeuge", "zeugin", "chef", "chefin", "direktor", "leiter",
    "spokesman", "spokeswoman", "spokesperson", "expert", "lawyer", "attorney", "witness",
    "professor", "researcher", "analyst", "director", "chief", "ceo", "mr", "mrs", "ms", "dr",
    # people named by their role, whatever body the phrase also names ("The Wikileaks founder",
    # "der Gründer von X"): the body's name must not turn them into an organisation
    "founder", "cofounder", "editor", "author", "scientist", "economist", "historian", "activist",
    "doctor", "physician", "owner", "gründer", "gründerin", "mitgründer", "mitgründerin", "autor", "autorin",
    "wissenschaftler", "wissenschaftlerin", "autoren", "autorinnen", "ökonom", "ökonomin", "historiker",
    "historikerin", "aktivist",
    "aktivistin", "arzt", "ärztin", "inhaber", "inhaberin", "redakteur", "redakteurin", "chefredakteur",
    "chefredakteurin",
    # organisers and campaigners who speak for an event or a cause ("Die Veranstalter verkündeten die „größte
    # Friedensdemo“"): plural forms too, as the speaker checks read single words
    "veranstalter", "veranstalterin", "organisator", "organisatorin", "organisatoren", "initiator", "initiatoren",
    "aktivisten", "organizers", "organisers", "activists",
)
_WORD = re.compile(r"\w+", re.UNICODE)
# Unnamed groups of people ("Viele Experten glauben", "Analysts say", "Critics argue"): no one the reader could
# ask, so the source is anonymous, as "Beobachter" and "Kreise" already are. Only the bare group, opened at
# most by words of number or kind that the text writes in lowercase ("zahlreiche", "many", "independent");
# with a name or a body ("Experten des DIW", "UN experts") the phrase is classified as before.
GENERIC_GROUPS = frozenset("""experten expertinnen analysten analystinnen kritiker kritikerinnen zeugen augenzeugen
    wissenschaftler forscher ökonomen fachleute insider beobachter kommentatoren politologen juristen virologen
    epidemiologen militärexperten
    experts analysts critics witnesses eyewitnesses scientists researchers economists insiders observers
    commentators historians lawyers""".split())
_GROUP_OPENERS = frozenset("""viele einige mehrere manche zahlreiche wenige alle beide etliche die der den
    many some several most all both few numerous the""".split())


# Compounds that name someone who studies or judges an institution from outside
# ("Geheimdienstexperte", "Militärexperte", "Regierungskritiker"): a person, not the body.
_OUTSIDER_ENDINGS = ("experte", "experten", "expertin", "expertinnen", "kritiker", "kritikerin", "kritikern",
                     "kenner", "kennerin", "forscher", "forscherin", "beobachter", "beobachterin")


def _has_stem(words: list[str], phrase: str, stem: str) -> bool:
    if " " in stem:
        return stem in phrase
    if len(stem) <= 4:  # short stems (nis, dpa, ag, un) only as whole words
        return stem in words
    return any(stem in w and not (w != stem and w.endswith(_OUTSIDER_ENDINGS))
               and (w == stem or w not in _NEWSPAPER_WORDS) for w in words)


# Newspaper names that hold a kind's stem: "The Intelligencer" is a paper, not a spy agency.
_NEWSPAPER_WORDS = frozenset("intelligencer".split())


_QUOTED_NAME = re.compile(r"„[^“”]*[“”]|»[^«]*«|\"[^\"]*\"")


@lru_cache(maxsize=8192)
def classify(text: str) -> str:
    """One of the contract's source kinds for a source phrase (cached: news repeats its sources)."""
    appositive = _appositive_kind(text)
    if appositive is not None:
        return appositive
    phrase = " ".join(_WORD.findall(text.lower()))
    # a press secretary or press office speaks for whom it serves, not for the press
    phrase = _PRESS_OFFICE.sub(r"\1", phrase)
    words = phrase.split()
    if not words:
        return "unspecified"
    if _unnamed_group(text, words):
        return "anonymous"
    stems = lexicon.source_kind_stems()
    if words[-1].endswith(_ORGANISATION_HEADS) and not any(_has_stem(words, phrase, stem) for k, stem in stems
                                                           if k in ("intelligence", "anonymous")):
        return "organisation"    # the compound's head decides: "die Nichtregierungsorganisation", not "Regierung"
    for kind in KIND_ORDER:
        if kind == "organisation" and _is_country_list(text):
            return "government"  # before organisation: "Vereinigten" is not a "Verein"
        if kind == "anonymous" and _title_before_a_name(text):
            continue             # "CBS Sports NFL Insider Jason La Canfora": a job title, the person named
        if kind == "anonymous" and _QUOTED_NAME.search(text):
            # a word of anonymity inside a quoted name is the name's ("des Investigativportals „The Insider“")
            bare = " ".join(_WORD.findall(_QUOTED_NAME.sub(" ", text).lower()))
            if not any(_has_stem(bare.split(), bare, stem) for k, stem in stems if k == kind):
                continue
        if any(_has_stem(words, phrase, stem) for k, stem in stems if k == kind):
            if kind == "government" and _heads_an_organisation(words, phrase, stems):
                return "organisation"
            return kind
    if words[-1] in LEADERSHIP and _names_a_country(text.rsplit(None, 1)[0] if " " in text.strip() else ""):
        return "government"      # "Chinas Führung", "die russische Führung", "Iran's leadership"
    if _heads_a_named_body(text):
        return "organisation"    # "Siemens-Chef Roland Busch", "Apple CEO Tim Cook": the company's head speaks for it
    if words[0] in PRONOUNS or any(w in PERSON_NOUNS for w in words):
        return "person"
    if words[0] in {"es", "it", "man"}:
        return "unspecified"
    if words[-1] in NOTION_HEADS or any(words[-1].endswith(h) for h in _COMPOUND_NOTION_HEADS):
        # "nach bisherigen Ermittlungen", "den damaligen Vorstellungen zufolge", "laut einer Warnmeldung",
        # "Der Vorwurf lautete, ...": no one named
        return "unspecified"
    return "person"


# The head of a company, a party or a club named with its body (no word of state, which the kind stems
# read first: "Kreml-Chef", "Regierungschef", "Pentagon chief"): the body speaks through its head, as a
# president or chair of one does (``_heads_an_organisation``). A bare "der Chef" or "the CEO" names no body
# and stays a person; so does a kitchen's chef.
_EXECUTIVE = r"(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Mm]anaging [Dd]irector|[Bb]oss|[Cc]hief)"
_EXECUTIVE_DE = r"(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Vorstandsvorsitzende[rn]?|Geschäftsführer|Geschäftsführerin)"
_HEAD_OF_BODY = re.compile(
    rf"\b[A-ZÄÖÜ][\w.&]*(?:-[A-ZÄÖÜ]?[\w.&]+)*-{_EXECUTIVE_DE}\b"                 # "Siemens-Chef", "Deutsche-Bank-Chef"
    r"|\b[A-ZÄÖÜ][a-zäöüß]{2,}(?<!Küchen)(?<!Koch)(?:chef|chefin)\b"                 # "Bahnchef", "Parteichef"
    rf"|\b[A-Z][\w.&]+\s+{_EXECUTIVE}\s+[A-Z]"                                        # "Apple CEO Tim", "Tesla chief executive Elon"
    rf"|\b{_EXECUTIVE}\s+(?:of|at)\s+(?:the\s+)?[A-Z]"                                   # "chief executive of Siemens"
    rf"|\b{_EXECUTIVE_DE}\s+(?:der|des|von|vom)\s+[A-ZÄÖÜ]")                            # "Chef der Deutschen Bank"


# German offices that head the body they name ("Vizepräsident der Universität", "Vorsitzende des Vereins", "Chef
# der Deutschen Bank", "Bürgermeisterin von Kiel"), as word stems: a named person in apposition to one speaks with
# the body's kind (german_readers.named_person_kind), by the convention above.
HEAD_OFFICES_DE = ("präsident", "vorsitzend", "chef", "minister", "kanzler", "bürgermeister", "gouverneur",
                   "generalsekretär", "geschäftsführer", "landrat", "landrätin", "oberhaupt")


def _heads_a_named_body(text: str) -> bool:
    return _HEAD_OF_BODY.search(text) is not None


def _title_before_a_name(text: str) -> bool:
    """The phrase ends in a name of two or more capitalised words right after a capitalised word that would make a
    source anonymous ("NFL Insider Jason La Canfora", "Source Jane Doe"): a title, and the person is named."""
    raw = _WORD.findall(text)
    stems = [stem for k, stem in lexicon.source_kind_stems() if k == "anonymous" and " " not in stem]
    for i, w in enumerate(raw[:-2]):
        if w[:1].isupper() and any(stem in w.lower() for stem in stems):
            return all(x[:1].isupper() for x in raw[i + 1:])
    return False


def _unnamed_group(text: str, words: list[str]) -> bool:
    raw = _WORD.findall(text)
    if len(words) == 2 and words[0] == "der" and words[1] in _SAME_IN_SINGULAR:
        return False     # "der Wissenschaftler": one scientist the text has named, not a group
    return bool(words) and words[-1] in GENERIC_GROUPS and len(words) <= 3 and all(
        w.lower() in _GROUP_OPENERS or w.islower() for w in raw[:-1])


# German group nouns whose plural is their singular: after "der" they name one person.
_SAME_IN_SINGULAR = frozenset("wissenschaftler forscher beobachter kritiker insider".split())


_HEAD_PREPOSITIONS = frozenset({"of", "from", "by"})
_ORGANISATION_HEADS = ("organisation", "organisationen", "organization", "organizations")


def _finding_head(text: str) -> bool:
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and (words[-1] in FINDING_HEADS or _head_before_preposition(words) in FINDING_HEADS)


def _head_before_preposition(words: list[str]) -> str | None:
    """The head of an English phrase with a complement ("a CT of his chest", "guidance from the
    Mayo Clinic", "a new survey from Piper Jaffray"): the word before its first of/from/by."""
    cut = next((i for i, w in enumerate(words) if w in _HEAD_PREPOSITIONS), None)
    return words[cut - 1] if cut else None


# Head nouns of a source phrase that names an account, a finding or a view, not who gave it (a
# phrase with a named body or a kind word, "den Ermittlungen der Polizei", is classified by that).
NOTION_HEADS = frozenset("""
    ermittlungen erkenntnissen erkenntnisse vorstellungen vorstellung ansicht ansichten auffassung meinung
    einschätzung einschätzungen schätzungen schätzung berechnungen berechnung mitteilung angaben informationen
    darstellung darstellungen aussagen aussage berichten berichte bericht meldungen meldung
    studie studien untersuchung umfrage umfragen gutachten unterlagen dokument dokumente dokumenten
    registerauszug registerauszügen handelsregister akten papier papiers positionspapier strategiepapier
    dokumentation film zahlen daten statistik statistiken befragung auswertung analyse erhebung
    estimates estimate reports report accounts findings calculations statement statements information
    vorwurf vorwürfe prognose prognosen
    verordnung verordnungen gesetz gesetze richtlinie richtlinien theorie theorien modell modelle erlass satzung
""".split())
# Heads that end German compounds of the same sense ("Warnmeldung", "Pressemitteilung", "Expertenstudie").
_COMPOUND_NOTION_HEADS = ("meldung", "meldungen", "mitteilung", "bericht", "berichte", "berichten", "studie",
                          "studien", "aussage", "aussagen", "analyse", "umfrage", "umfragen", "vorwurf", "vorwürfe",
                          "papier", "schätzung", "schätzungen", "einschätzung", "darstellung", "prognose", "prognosen",
                          # laws and theories ("laut der ... Corona-Verordnung", "Eine ... entwickelte Theorie")
                          "verordnung", "gesetz", "richtlinie", "theorie", "theorien")
# English heads of a finding or a document, not of who found or wrote it ("The study found", "Blood
# tests revealed", "A CT of his chest showed", "a new survey from Piper Jaffray"): read only by
# ``refine_kinds`` for the kind a reader sees (``classify`` keeps calling them persons: its kinds are
# features of the tagger and of the rules' linking).
FINDING_HEADS = frozenset("""study studies survey surveys poll polls test tests analysis analyses data research
    guidance figures records documents scan scans ct x-ray""".split())


_PRESS_OFFICE = re.compile(r"\bpresse?\s*(secretary|secretaries|office|officer|sprecher\w*|stelle|amt|mitteilung\w*|abteilung)")

# "Name, apposition": a person named and then described ("Yotam Ophir, Leiter des Labors für
# Medienwirkung"; "Omar Lamrani, a senior military analyst at Stratfor, the ... intelligence
# organization"; "Dr. Ronny Jackson, who was then serving as the President's physician").  A word deep
# in the description names where the person works, not what kind of source speaks: the kind is the
# description's own head's (an office of state: "der Präsident des Gemeinderats"), its employer's
# where the head is a spokesperson ("a spokesperson for Inherent Resolve, the U.S. military operation"),
# else a person.
_NAME_HEAD = re.compile(r"^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-ZÄÖÜ][\w’'.-]*\s+){0,3}[A-ZÄÖÜ][\w’'.-]*\s*,\s*(?P<rest>.+)$",
                        re.S)
_APPOSITION_ARTICLE = re.compile(r"(?i)^(?:the|a|an|der|die|das|ein|eine|einer|des|former|ehemalige[rn]?)\s+")
_APPOSITION_PREPOSITION = re.compile(
    r"(?i)\s(?:at|of|for|with|in|from|des|der|am|an|bei|von|vom|für|im|in|zu|zur|zum)\s")
SPOKESPEOPLE = ("sprecher", "sprecherin", "spokesman", "spokeswoman", "spokesperson", "spokespeople")
_RELATIVE = re.compile(r"(?i)^(?:who|whose|der|die|welche[rs]?)\b")


# A person's full name and where they work ("Johanna Baehr von der Universität Hamburg", "Simone Vintz
# von der Stiftung Warentest", "Jane Doe of the University of Leeds"): a person, whatever the employer.
_NAME_FROM = re.compile(r"^\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?P<name>[A-ZÄÖÜ][\w’'.-]+(?:\s+[A-ZÄÖÜ][\w’'.-]+){1,2})"
                        r"\s+(?:von|vom|bei|beim|at|of|from|with)\s+\S")


def _appositive_kind(text: str) -> str | None:
    m = _NAME_FROM.match(text)
    if m is not None and classify(m.group("name")) == "person" \
            and not any(w.lower() in PRONOUNS for w in m.group("name").split()):
        return "person"
    m = _NAME_HEAD.match(text)
    if m is None:
        return None
    head = text[:m.start("rest")]
    if _WORD.findall(head.lower())[0] in PRONOUNS or classify(head.rstrip(" ,")) != "person":
        return None          # "Die Regierung, ...", "Reuters, ...": the head names its kind itself
    rest = m.group("rest").strip(" ,")
    if not rest or _RELATIVE.match(rest):
        return "person"
    description = _APPOSITION_ARTICLE.sub("", rest)
    cut = _APPOSITION_PREPOSITION.search(description)
    own = description[:cut.start()] if cut else description
    own_words = _WORD.findall(own.lower())
    if any(w in SPOKESPEOPLE or w.endswith(("sprecher", "sprecherin")) for w in own_words) and cut is not None:
        kind = classify(description[cut.end():])
        return kind if kind not in ("unspecified",) else "person"
    if _heads_a_named_body(description):
        return "organisation"  # "Roland Busch, chief executive of Siemens": the company's head
    if any(w in PERSON_NOUNS and w not in ("chief", "director", "leiter", "chef", "chefin", "direktor")
           for w in own_words):
        return "person"      # "a senior military analyst": an analyst, whatever the field
    kind = classify(own)
    if kind == "government" and classify(description) == "organisation":
        return "organisation"  # "local president of the prison workers' union": presides over the union
    return kind if kind != "unspecified" else "person"


def _group_of_a_place(s, entities: list) -> bool:
    """A plural group noun ("observers", "Experten") after a place or a demonym only."""
    words = _WORD.findall(s.text)
    if len(words) < 2 or len(words) > 4 or words[-1].lower() not in GENERIC_GROUPS:
        return False
    head = s.start + s.text.rfind(words[-1])
    return any(e.label in ("LOC", "GPE", "MISC") and e.start >= s.start and e.end <= head for e in entities)


# A president or chair is the state's only when nothing else is presided over: "president of the
# prison workers' union", "Präsident des Fußballverbands", "Verbandspräsident" head an organisation.
PRESIDING = ("president", "präsident", "chair", "vorsitzend")


def _heads_an_organisation(words: list[str], phrase: str, stems) -> bool:
    if not any(w.startswith(PRESIDING) or w.endswith(PRESIDING[:2]) or w.endswith(("präsidentin", "vorsitzende",
                                                                                      "vorsitzender"))
               for w in words):
        return False
    other_government = [stem for k, stem in stems if k == "government" and not stem.startswith(PRESIDING)
                        and _has_stem(words, phrase, stem)]
    return not other_government and any(_has_stem(words, phrase, stem) for k, stem in stems if k == "organisation")


LEADERSHIP = frozenset({"führung", "staatsführung", "leadership"})


def _names_a_country(text: str) -> bool:
    """"Chinas", "die russische", "Iran's": a country name, its genitive or its adjective."""
    for w in _WORD.findall(text):
        if w in lexicon.countries() or (w.endswith("s") and w[:-1] in lexicon.countries()):
            return True
        if _country_adjective(w):
            return True
    return False


# Adjectives of nations: "russische", "chinesischen", "deutsche"; "Russian", "Chinese", "British".
_NATION_ADJECTIVE = re.compile(r"(?:\w+isch|deutsch)(?:e|en|er|es|em)?|[A-Z][a-z]+(?:ian|ese|ish|an|i)")


def _country_adjective(word: str) -> bool:
    return bool(_NATION_ADJECTIVE.fullmatch(word))


# What a source whose words say nothing of its kind is, by the entity it names
# (the entities layer, where it ran first): a named place speaking is its government.
ENTITY_KINDS = {"ORG": "organisation", "LOC": "government", "GPE": "government"}


def refine_kinds(claims: list, entities: list) -> list:
    """Sources that ``classify`` calls a person only because nothing in their words
    says otherwise ("Big Machine", "Russland") take the kind of the named entity
    that covers most of them, if it is an organisation or a place."""
    # "Man geht davon aus, dass ...": no one in particular (classify, a tagger feature, keeps "person")
    claims = [replace(c, source=replace(c.source, kind="unspecified")) if c.source is not None
              and c.source.kind == "person" and c.source.text.strip().lower() == "man" else c for c in claims]
    if not entities:
        return claims
    out = []
    for c in claims:
        s = c.source
        if s is not None and s.kind == "government":
            body = _presided_body(s.text)
            if body is not None and not any(e.label in ("LOC", "GPE") and e.start < s.start + body[1]
                                            and s.start + body[0] < e.end for e in entities):
                kind = classify(s.text[body[0]:body[1]])
                c = replace(c, source=replace(s, kind=kind if kind in ("media", "intelligence") else "organisation"))
                out.append(c)
                continue
        if s is not None and s.kind == "person" and _finding_head(s.text):
            # "guidance from the Mayo Clinic", "data from MarketAxess": the body the finding comes from,
            # where the entities layer names one, else no one ("The study", "Blood tests")
            body = next((e for e in entities if s.start < e.start and e.end <= s.end and e.label in ENTITY_KINDS), None)
            c = replace(c, source=replace(s, kind=ENTITY_KINDS[body.label] if body is not None else "unspecified"))
            out.append(c)
            continue
        if s is not None and s.kind == "person" and _by_default(s.text) and _named_body(s, entities):
            # a bare name the entities layer reads as a person here and as an organisation elsewhere
            # on the page ("Big Machine", "WeWork"), never a person's surname there: the organisation
            c = replace(c, source=replace(s, kind="organisation"))
        elif s is not None and s.kind == "person" and _by_default(s.text) and _group_of_a_place(s, entities):
            # "Middle East observers", "deutsche Experten": an unnamed group, wherever it is from
            c = replace(c, source=replace(s, kind="anonymous"))
        elif s is not None and s.kind == "person" and _by_default(s.text):
            covering = [e for e in entities if e.start < s.end and s.start < e.end]
            if covering:
                e = max(covering, key=lambda e: min(e.end, s.end) - max(e.start, s.start))
                if 2 * (min(e.end, s.end) - max(e.start, s.start)) >= len(_LEADING_ARTICLE.sub("", s.text.strip())) \
                        and e.label in ENTITY_KINDS:
                    c = replace(c, source=replace(s, kind=ENTITY_KINDS[e.label]))
        out.append(c)
    return out


# A president or chair is the state's only when what they preside over is one: "Emirates President
# Tim Clark", "Brent Sherwood, vice president of Advanced Development Programs at Blue Origin", "Daniel
# Anthony, vice president of the Trade Partnership, a consulting firm" head a company; "US President
# Donald Trump", "the Russian president", "president of the Senate", "Brazil's President" (a country,
# a nation's adjective, a body of state, or a place the entities layer tags) the state.  English only
# (the title words); the body is the capitalised words before the title, or what follows "of"/"at"
# up to a comma.
_TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?:the|The)\s+)?(?P<body>(?:[A-Z][\w&.’'-]*\s+){1,4}?)(?:(?:Senior|Executive|Vice)\s+)*"
    r"(?:President|Chairman|Chairwoman|Chair)\s+[A-Z]")
# ("president and chief operating officer of SpaceX", "senior vice president for space and launch at Boeing": a few
# words of the title may stand between)
_PRESIDING_OF = re.compile(r"(?i)\b(?:president|chairman|chairwoman|chair)(?:\s+[\w-]+){0,5}?\s+(?:of|at)\s+"
                           r"(?P<body>[^,;()—–]+)")
_STATE_TITLE_WORDS = frozenset("""vice former acting deputy interim outgoing then us u.s. u.s usa american french dutch
    greek thai swiss czech welsh mr mrs ms dr late incoming current new first""".split())


def _presided_body(text: str) -> tuple[int, int] | None:
    """The offsets in ``text`` of the body its president or chair heads, where that body is no state."""
    m = _TITLE_BEFORE_NAME.match(text) or _PRESIDING_OF.search(text)
    if m is None:
        return None
    body = m.group("body").strip()
    words = [w.lower().rstrip("’'s") if w.endswith(("’s", "'s")) else w.lower() for w in body.split()]
    if not body or any(w in _STATE_TITLE_WORDS for w in words) or _names_a_country(body):
        return None
    stems = lexicon.source_kind_stems()
    phrase = " ".join(_WORD.findall(text.lower()))
    if any(k == "government" and not stem.startswith(PRESIDING) and _has_stem(phrase.split(), phrase, stem)
           for k, stem in stems):
        return None      # "Fed Chairman", "Senate President", "president of the European Commission"
    start = m.start("body") + (len(m.group("body")) - len(m.group("body").lstrip()))
    return start, start + len(body)


def _named_body(s, entities) -> bool:
    """Whether source ``s`` is exactly a name (English capitalised words) that the entities layer
    tags ORG somewhere on the page, and that no multi-word PER entity there ends with (a surname)."""
    name = s.text.strip(" ,;:")
    if not name or not all(w[:1].isupper() for w in name.split()) or len(name.split()) > 3:
        return False
    if not any(e.label == "ORG" and e.text == name for e in entities):
        return False
    return not _is_surname(name, entities)


def _is_surname(name: str, entities) -> bool:
    """Whether a multi-word PER entity of the page ends with ``name`` (a person's surname there)."""
    return any(e.label == "PER" and e.text.endswith(" " + name) for e in entities)


# "the US", "die Ukraine": the article is not part of the name the entity covers
_LEADING_ARTICLE = re.compile(r"(?i)^(?:the|der|die|das|den|dem|des)\s+")


def _by_default(text: str) -> bool:
    """``classify`` says person for want of anything else: no pronoun, no person noun."""
    words = _WORD.findall(text.lower())
    return bool(words) and words[0] not in PRONOUNS and not any(w in PERSON_NOUNS for w in words)


def _is_country_list(text: str) -> bool:
    """"Südkorea, der Ukraine und den Vereinigten Staaten", "Angaben Südkoreas, der Ukraine und der
    USA": only countries (a German genitive too), articles, 'and', and the report noun before them."""
    rest = text
    for name in sorted(lexicon.countries(), key=len, reverse=True):
        if name in rest:
            rest = re.sub(rf"\b{re.escape(name)}s?\b", " ", rest)
    if rest == text:
        return False
    leftover = [w for w in _WORD.findall(rest.lower()) if w not in _COUNTRY_LIST_WORDS]
    return not leftover


_COUNTRY_LIST_WORDS = frozenset({
    "der", "die", "das", "den", "dem", "des", "und", "sowie", "the", "and", "of", "von",
    # the report noun of "nach (übereinstimmenden) Angaben Südkoreas, ...", which the source span keeps
    "angaben", "übereinstimmenden", "erkenntnissen", "informationen", "einschätzung", "berichten"})


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


# "nach eigenen Angaben", "laut eigener Aussage", "eigenen Angaben zufolge": WikiNews (and so the
# tagger) marks "eigenen Angaben" as the speaker; who gave that account is the clause's subject.
OWN_ACCOUNT = re.compile(r"(?i)eigene[nmr]?\s+(?:angaben|aussagen?|worten|darstellung|einschätzung|auskunft|informationen)")


def own_account_subject(doc, source) -> tuple[int, int] | None:
    """The offsets of the subject that "eigenen Angaben" stands for in its sentence: the noun phrase
    that opens the sentence ("Das Schweizer Außenministerium hat nach eigenen Angaben ..."), or the
    one after the finite verb when the frame opens it ("Laut eigener Aussage war Kate Moss ...")."""
    if source is None or doc.language != "de" or not OWN_ACCOUNT.fullmatch(source.text.strip()):
        return None
    sent = next((s for s in doc.sentences if s.start <= source.start < s.end), None)
    if sent is None:
        return None
    from .rules_de import ARTICLES, shared_rules
    from .text import tokenize
    tokens = tokenize(sent.text, sent.start)
    rules, in_quote = shared_rules(), [False] * len(tokens)
    frame = [i for i, t in enumerate(tokens) if t.end > source.start and t.start < source.end]
    if not frame:
        return None
    if frame[0] > 0 and tokens[frame[0] - 1].lower in ("nach", "laut"):
        frame.insert(0, frame[0] - 1)
    if frame[-1] + 1 < len(tokens) and tokens[frame[-1] + 1].lower == "zufolge":
        frame.append(frame[-1] + 1)
    first = 0
    if frame[0] == 0:                      # the frame opens the sentence: subject after the finite verb
        first = frame[-1] + 2
    if first >= len(tokens) or not (tokens[first].lower in ARTICLES or tokens[first].is_capitalised) \
            or tokens[first].lower in _NO_SUBJECT_START:
        return None
    end = rules._np_after(tokens, first, in_quote)
    if end <= first or frame[0] < end <= frame[-1] + 1:
        end = min(end, frame[0]) if first < frame[0] else end
    end = next((k for k in range(first + 1, end - 1)
                if tokens[k].text == "," and tokens[k + 1].lower in _RELATIVE_PRONOUNS), end)
    # ("Kate Moss, die Steinbock ist, ...": the name, not the relative clause)
    if end <= first:
        return None
    return tokens[first].start, tokens[end - 1].end


# Words that open a German sentence with something other than its subject ("Abgesehen von
# Schweizern kamen ... nach eigenen Angaben ...").
_NO_SUBJECT_START = frozenset(
    "abgesehen neben nach laut bei mit in im am an auf aus für von vom zum zur seit während trotz wegen "
    "auch doch dann so zudem außerdem bereits schon noch nur heute gestern damals inzwischen daher deshalb "
    "dabei damit darauf danach zuvor bisher".split())
_RELATIVE_PRONOUNS = frozenset("der die das dem den deren dessen welche welcher welches".split())


def own_account_kinds(doc, claims: list) -> list:
    """"Das Außenministerium hat nach eigenen Angaben ...": the layer keeps "eigenen Angaben" as the
    source (as WikiNews marks it), with the kind of the subject whose own account it is."""
    out = []
    for c in claims:
        sub = own_account_subject(doc, c.source) if c.source is not None and OWN_ACCOUNT.search(c.source.text) else None
        if sub is not None:
            kind = classify(doc.text[sub[0]:sub[1]])
            if kind != "unspecified":
                c = replace(c, source=replace(c.source, kind=kind))
        out.append(c)
    return out


# A website's name ("Ambrosiainfo.de", "Politico.com"): the site publishes, media.
_DOMAIN = re.compile(r"(?i)(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:de|com|org|net|at|ch|info|io|eu|fr|it|es|nl|uk|tv|news)")
# A legal form after a name ("Interhyp AG", "Valve Corp."): a company.
_LEGAL_FORM = r"\s+(?:GmbH|AG|SE|KG|KGaA|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|S\.A\.|N\.V\.)(?!\w)"
# "Kawasaki-Präsident Hiroshi Ito", "DFB-Chef", "FCB-Vorsitzender": the head of a body named before the hyphen
_COMPOUND_HEAD = re.compile(r"\b([A-ZÄÖÜ][\w]*)-(?:Präsident|Präsidentin|Chef|Chefin|Vorsitzende|Vorsitzender|Boss)\b")
_CLUB_WORDS = re.compile(r"\b(?:Club|Klub|Verein|Vereins|Clubs|Verband|Verbands|e\.\s?V\.)\b")
_BARE_PRESIDENT = re.compile(r"(?i)^(?:der|die|den|dem)?\s*(?:neue|neuen|alte|bisherige|bisherigen|ehemalige|ehemaligen|"
                             r"scheidende|scheidenden|amtierende|amtierenden)?\s*präsident(?:in)?\b")
_STATE_WORDS = re.compile(r"\b(?:Staatspräsident|Bundespräsident|Regierung|Ministerpräsident|Staatschef|Kanzler)")


def page_kinds(doc, claims: list) -> list:
    """Kinds that the source's own words leave to the page: a website's name is media; a bare name
    that the page writes after a business noun ("der Onlinemarktplatz Temu") or before a legal form
    is an organisation; the head of a body named in a compound ("Kawasaki-Präsident") and a bare
    president on a page about a club or an association head no state (2026-11-27, issue 3)."""
    if not claims:
        return claims
    cache: dict[str, str | None] = {}
    out = []
    for c in claims:
        s = c.source
        if s is None or s.kind not in ("person", "government"):
            out.append(c)
            continue
        kind = cache.get(s.text, "")
        if kind == "":
            kind = cache[s.text] = _page_kind(doc, s)
        if kind is not None and kind != s.kind:
            c = replace(c, source=replace(s, kind=kind))
        out.append(c)
    return out


def _page_kind(doc, s) -> str | None:
    name = _LEADING_ARTICLE.sub("", s.text.strip(" ,;:"))
    if s.kind == "government":
        m = _COMPOUND_HEAD.search(s.text)
        if m is not None:
            body = m.group(1)
            if classify(body) not in ("government", "intelligence") and body not in lexicon.countries() \
                    and body.upper() not in ("US", "EU", "UN", "USA", "UNO", "KREML", "FED", "EZB", "IWF"):
                return "organisation"
            return None
        if _BARE_PRESIDENT.match(s.text) and not _STATE_WORDS.search(doc.text[:3000]) \
                and _CLUB_WORDS.search(doc.text[:3000]):
            return "organisation"
        return None
    if _DOMAIN.fullmatch(name):
        return "media"
    words = name.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words) or not _by_default(name):
        return None
    if _is_surname(name, doc.entities or []):
        return None
    text = doc.text
    k = text.find(name)
    if k < 0:
        return None
    while k >= 0:      # each mention: what stands right after it and the word right before it
        after = text[k + len(name):k + len(name) + 12]
        if after[:1].isalnum():
            k = text.find(name, k + len(name))
            continue
        if re.match(_LEGAL_FORM, after) or re.match(r"\.(?:de|com)\b", after):
            return "organisation"
        before = text[max(0, k - 40):k]
        m = re.search(r"([\w-]+)\s+$", before)
        if m is not None and m.group(1)[:1].isupper() and len(m.group(1)) > 3:
            kind = classify(m.group(1))
            if kind in ("organisation", "media") and not any(w in PERSON_NOUNS for w in m.group(1).lower().split("-")):
                return kind
        k = text.find(name, k + len(name))
    return None
