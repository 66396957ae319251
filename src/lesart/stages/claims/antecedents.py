"""Whom a pronoun source stands for: ``Source.refers_to``.

The claims layer keeps the source as the text has it ("er sagt", "she said": PolNeAR and
WikiNews mark the pronoun), and adds the earlier, named mention it most likely means where
the text makes that clear:

- "he"/"er" or "she": the person (a PER entity) who opens the sentence before, when the pronoun
  opens its own ("Morrison was the third witness ... He said ..."), or who opens the pronoun's own
  sentence before it ("Morrison did reference his testimony, in which he said ..."); else the person
  of that gender named as a source last before it ("er sagt" after "Holland-Moritz erklärt"), at
  most five sentences back; a person is a source with a name the entities layer tags PER.  Gender comes from first names (gender-guesser's list) in
  the source or in a fuller mention of the same surname among the person entities; "she"
  needs a woman's name, "he" any name not known to be a woman's.  "sie", "they", "wir" are
  left alone (plural or unclear);
- "..., said Hill, who described ...": the name right before the comma; "the United States, which
  accuses him": the body or country right before it (a country that speaks is its government);
  "a career Army officer who described ...": the noun phrase right before "who", from its article;
- "nach eigenen Angaben": the subject of the clause, whose own account it is.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ...model import Claim, Document, Span
from .sources import OWN_ACCOUNT, classify, is_pronoun, own_account_subject

_RELATIVE = frozenset({"who", "which"})
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\b")
_COMMA_ONLY = re.compile(r"\s*,\s*$")
# Pronouns that stand for one man / one woman; others ("they", "sie", "wir") are left alone.
_MALE, _FEMALE = frozenset({"he", "er"}), frozenset({"she"})
# "Seiner Ansicht nach", "nach seinen Angaben", "gemäß seiner Aussage": the view of a man named before
# (WikiNews marks the possessive's phrase as the speaker; "ihrer" may be a woman's or a group's, left alone).
_HIS_VIEW = re.compile(r"[Ss]ein(?:er|en|em|e)? (?:Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung|Angaben?|"
                       r"Aussagen?|Worten|Informationen|Berechnungen|Schätzungen?|Darstellung|Sicht|Erkenntnissen|"
                       r"Beobachtungen?|Erfahrungen?|Wissen)")
# How far back the person a pronoun stands for may have been named (sentences): further back, a
# reader would not take "he" for them without a name in between either.
MAX_SENTENCES_BACK = 5
# How far into the sentence before a person may be named and still open it (its subject).
OPENING_CHARS = 30


def with_antecedents(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``claims`` with ``source.refers_to`` set where ``antecedents`` finds one."""
    kinds: dict[int, str] = {}
    found = antecedents(doc, claims, kinds)
    out = []
    for c in claims:
        span = found.get(id(c))
        if span is not None:
            s, e = span
            c = replace(c, source=replace(c.source, refers_to=Span(start=s, end=e, text=doc.text[s:e]),
                                          kind=kinds.get(id(c), c.source.kind)))
        out.append(c)
    return out


def antecedents(doc: Document, claims: list[Claim], kinds: dict[int, str] | None = None) -> dict[int, tuple[int, int]]:
    """The offsets of the mention each claim's source stands for, keyed by ``id(claim)``; ``kinds``,
    where given, gets the kind of what an "it" stands for (an organisation, a government ...)."""
    out: dict[int, tuple[int, int]] = {}
    if kinds is None:
        kinds = {}
    for c in claims:
        if c.source is not None and OWN_ACCOUNT.fullmatch(c.source.text.strip()):
            subject = own_account_subject(doc, c.source)
            if subject is not None:
                out[id(c)] = subject
    persons = [e for e in doc.entities if e.label == "PER"]
    surname_gender = {e.text.split()[-1]: _gender(e.text.split()[0]) for e in persons if len(e.text.split()) > 1}
    person_starts = {e.start for e in persons}
    named: list[tuple[tuple[int, int], str | None]] = []      # (offsets, "m" | "f" | None), in reading order
    bodies: list[tuple[tuple[int, int], str]] = []            # named sources that are no person: (offsets, kind)
    organisations = [e for e in doc.entities if e.label in _BODY_KINDS]
    starts = [sent.start for sent in doc.sentences]

    def sentence_of(offset: int) -> int:
        return bisect_right(starts, offset)
    person_ends = [e.end for e in persons]
    last: tuple[tuple[int, int], str] | None = None  # the last named group or body as a source (offsets, kind)
    last_at = -1                                       # the start of the last source read, whatever it was
    for c in sorted(claims, key=lambda c: (c.source.start if c.source else c.start)):
        s = c.source
        if s is not None and doc.language == "en" and s.start != last_at:
            if s.text.strip().lower() == "they":
                # "Big Machine have twice denied ... . "...," they said": the group or body named as the
                # source right before, in this sentence or the two before (a person in between, "She
                # also accused ... They criticised", leaves it unresolved)
                if last is not None and 0 <= sentence_of(s.start) - sentence_of(last[0][0]) <= 2:
                    out[id(c)] = last[0]
                    kinds[id(c)] = last[1]
            else:
                last = _group_or_body(s, c, persons, person_ends)
            last_at = s.start
        if s is not None and s.text.strip().lower() in _NEUTER and doc.language == "en":
            # "Emirates ... on Monday. It announced an order of 50 Airbus jets": the body that opens the
            # sentence before, else the body last named as a source, at most five sentences back
            # ("In addition to its order of 30 Boeing jets, it announced ...": a name before "it" in its
            # own sentence makes it unclear, and it stays unresolved)
            here = sentence_of(s.start)
            body = None
            if not _named_before(doc, here, s.start):
                body = _opening_body(doc, organisations, here, s.start)
                if body is None:
                    body = next(((span, kind) for span, kind in reversed(bodies)
                                 if here - sentence_of(span[0]) <= MAX_SENTENCES_BACK), None)
            if body is not None:
                out[id(c)] = body[0]
                kinds[id(c)] = body[1]
            continue
        if s is not None and doc.language == "en" and s.text.strip().lower() in _RELATIVE:
            found = _relative_antecedent(doc, s.start, s.text.strip().lower())
            if found is not None:
                out[id(c)] = found[0]
                if found[1] is not None:
                    kinds[id(c)] = found[1]
            continue
        if s is not None and s.kind in _BODY_SOURCE_KINDS and any(ch.isupper() for ch in s.text) \
                and not is_pronoun(s.text) and not c.source_is_passive_verb() \
                and not any(e.start < s.end and s.start < e.end for e in persons):
            # a body, not a person with a title ("Emirates President Tim Clark"); its name without an
            # apposition or relative clause ("the Electoral Commission, which regulates ...")
            name = s.text.split(",")[0].rstrip(" ;:")
            bodies.append(((s.start, s.start + len(name)), s.kind))
        # a named person whose title gives the source another kind ("Serene Gregg, local president
        # of the prison workers' union": organisation) is still someone "she" can refer to
        possessive_frame = s is not None and doc.language == "de" and _HIS_VIEW.fullmatch(s.text.strip()) is not None
        if s is None or (s.kind != "person" and s.start not in person_starts and not possessive_frame
                         and not (doc.language == "de" and _names_a_person(s, persons))):
            # (German: a person named after a title that gives the source another kind, "US-Botschafter Mike Waltz
            # wies ... zurück. Zugleich forderte er ...", is someone "er" can stand for)
            continue
        word = "er" if possessive_frame else s.text.strip().lower()
        if word in _MALE or word in _FEMALE:
            wanted = "f" if word in _FEMALE else "m"
            here = sentence_of(s.start)
            fits = (lambda g: g == "f") if wanted == "f" else (lambda g: g != "f")
            subject = _opening_person(doc, persons, here, s.start, surname_gender)
            if subject is None and doc.language == "en" and c.end <= s.start and 1 <= here <= len(doc.sentences) \
                    and not any(doc.sentences[here - 1].start <= e.start < s.start for e in persons):
                # "Sabatier encourages taking up a side hustle. The most lucrative side hustles are those
                # that generate passive income, he wrote in his book.": a trailing frame whose sentence
                # names no person continues the person who opened the sentence before
                subject = _opening_person(doc, persons, here, doc.sentences[here - 1].start, surname_gender)
                before = doc.sentences[here - 2].start if here >= 2 else 0
                if subject is not None and _PERSONAL_PRONOUN.search(doc.text, before, subject[0][0]):
                    subject = None      # "On July 27, he emailed Gaiman ...": the person is an object there
            if subject is not None and fits(subject[1]) and not (possessive_frame and subject[0][0] > s.start):
                # "Morrison was the third witness ... He said ...": a pronoun that opens its sentence
                # continues the person who opened the one before, named as a speaker or not; one inside
                # a sentence ("Morrison did reference his testimony, in which he said ...") its opener
                out[id(c)] = subject[0]
                if possessive_frame:
                    kinds[id(c)] = "person"      # a man's view, not an unnamed document's
                named.append(subject)
                continue
            match = next(((span, g) for span, g in reversed(named) if fits(g)), None)
            if match is not None and here - sentence_of(match[0][0]) <= MAX_SENTENCES_BACK:
                out[id(c)] = match[0]
                if possessive_frame:
                    kinds[id(c)] = "person"
                named.append(match)     # the next "he" of the same stretch is the same man
        elif not c.source_is_passive_verb() and not is_pronoun(s.text):
            name = s.text.rstrip(" ,;:")
            words = [w.strip(",;:") for w in name.split() if w[:1].isupper()]
            # a surname alone ("Cruz") takes the gender of its fuller mention ("Ted Cruz"), not of the
            # same word read as a first name
            gender = surname_gender.get(words[0]) if len(words) == 1 else None
            if gender is None and words:
                gender = next((g for g in map(_gender, words) if g), None) or surname_gender.get(words[-1])
            end = s.start + len(name)
            # only a person can be "he" or "she": a source with a name the entities layer tags PER
            # ("die Familie", "Hitzeextreme", "My business account" tagged as speakers are no antecedents)
            if any(e.start < end and s.start < e.end for e in persons):
                named.append(((s.start, end), gender))
    if doc.language == "de" and persons:
        for c in claims:
            if c.source is not None and id(c) not in out and c.source.kind in ("person", "anonymous"):
                found = _described_person(doc, c.source, persons)
                if found is not None:
                    out[id(c)] = found
                    kinds[id(c)] = "person"
    return out


def _names_a_person(s, persons) -> bool:
    """A person entity of two or more words lies inside source ``s`` ("UN-Generalsekretär António Guterres")."""
    return any(s.start <= e.start and e.end <= s.end and " " in e.text.strip() for e in persons)


# "der Leseforscher", "laut dem Forscher", "die Ministerin": an article, adjectives, one noun and no name
_DESCRIPTION = re.compile(r"(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]es|[Dd]en)\s+(?:[a-zäöüß][\w-]*e[nmrs]?\s+){0,2}"
                          r"(?P<noun>[A-ZÄÖÜ][a-zäöüß-]{3,})")
# How far back (sentences) the person a description stands for may have been named with that noun
DESCRIBED_SENTENCES_BACK = 25


def _described_person(doc: Document, s, persons) -> tuple[int, int] | None:
    """German: the person a definite description as source stands for ("laut dem Forscher" after "Der
    Osnabrücker Leseforscher Christian Dawidowski"): the last person entity before it named with a word that
    ends in the description's noun, right before the name ("Leseforscher Christian Dawidowski") or in an
    apposition after it ("Jochen Oltmer, Vizepräsident der Universität"); else None.  A man's noun ("der
    Forscher") or a woman's ("die Forscherin") only: a plural "die Forscher" is a group."""
    m = _DESCRIPTION.fullmatch(s.text.strip())
    if m is None or any(e.start < s.end and s.start < e.end for e in persons):
        return None
    noun = m.group("noun").lower()
    article = s.text.strip().split()[0].lower()
    if article == "die" and not noun.endswith("in"):
        return None
    stems = {noun}
    if noun.endswith(("s", "n")) and not noun.endswith(("ss", "in")):
        stems.add(noun[:-1])           # "des Forschers", "den Präsidenten"
    if noun.endswith(("en", "es")) and not noun.endswith("innen"):
        stems.add(noun[:-2])
    stems = {w for w in stems if len(w) >= 5}
    here = bisect_right([sent.start for sent in doc.sentences], s.start)
    first = doc.sentences[max(0, here - 1 - DESCRIBED_SENTENCES_BACK)].start if doc.sentences else 0
    for e in reversed(persons):
        if e.end > s.start or e.start < first:
            continue
        before = doc.text[max(0, e.start - 60):e.start].split()[-3:]
        after = re.match(r",\s+(?:(?:der|die|des|ehemalige[rn]?|neue[rn]?|stellvertretende[rn]?)\s+)?([\w-]+)",
                         doc.text[e.end:e.end + 60])
        words = [w.strip(",;:()").lower() for w in before if w[:1].isupper()] + ([after.group(1).lower()] if after else [])
        if before and before[-1].endswith((",", ".", ":", ";")):
            words = words[len(before):]
        if any(w.endswith(stem) for w in words for stem in stems):
            # another person named in between may be the one meant ("..., räumt Aberle ein. ..., so der
            # Mediziner": Aberle, a physician too, not the "Ernährungsmediziner Andreas Pfeiffer" named before him)
            surname = e.text.split()[-1]
            if any(e.end <= o.start and o.end <= s.start and o.text.split()[-1] != surname for o in persons):
                return None
            return e.start, e.end
    return None


def _group_or_body(s, c: Claim, persons, person_ends: list[int]) -> tuple[tuple[int, int], str] | None:
    """The name of source ``s`` (up to an apposition's comma) when "they" can stand for it: a body
    (an organisation, a government, media; not a person the entities layer tags) or a plural noun
    phrase ("Analysts", "the officials"); else None."""
    if c.source_is_passive_verb() or is_pronoun(s.text):
        return None
    name = s.text.split(",")[0].rstrip(" ;:")
    words = name.split()
    end = s.start + len(name)
    k = bisect_right(person_ends, s.start)       # the first person entity ending after the source starts
    if not words or (k < len(persons) and persons[k].start < end):
        return None
    if s.kind in _BODY_SOURCE_KINDS:
        return (s.start, end), s.kind
    last = words[-1]
    if s.kind == "person" and (last.islower() and last.endswith("s") and not last.endswith("ss")
                               or len(words) == 1 and _PLURAL_OF_PEOPLE.search(last)):
        return (s.start, end), s.kind
    return None


# A capitalised plural that opens a sentence and names people by what they do ("Analysts", "Critics")
_PLURAL_OF_PEOPLE = re.compile(r"[a-z](?:ists|ysts|ers|ors|ants|ents|ians|ials|ics|ives)$")


# "it" as a speaker: a body (a company, an agency, a government), named as a source or tagged by the
# entities layer; the entities' labels give its kind.
_NEUTER = frozenset({"it"})
_BODY_SOURCE_KINDS = frozenset({"organisation", "government", "media", "intelligence"})
_BODY_KINDS = {"ORG": "organisation", "GPE": "government"}


# The noun phrase right before "who" (or its comma): from an article, a number word or a possessive, up to five
# words, none of them a verb or preposition ("including a career Army officer who", "most of the songwriters who",
# "the manager believed the waitress, who said", "his many victims, who had anticipated").
_NP_BEFORE_WHO = re.compile(
    r"\b((?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
    r"(?:\s+[\w’'.-]+){1,5}?),?\s*$")
_NOT_IN_NP = frozenset("""of in on at to for from with by and or but that who which is are was were has have had said
    says told according""".split())


def _relative_antecedent(doc: Document, at: int, word: str) -> tuple[tuple[int, int], str | None] | None:
    """What the relative pronoun at ``at`` stands for, with the kind it gives the source (None: the
    source's own): the entity right before its comma (a person; for "which" also a body, or a place,
    whose government speaks), else, for "who", the noun phrase right before it."""
    labels = ("PER", "ORG") if word == "who" else ("PER", "ORG", "GPE", "LOC")
    before = next((e for e in reversed(doc.entities) if e.end <= at and e.label in labels
                   and _COMMA_ONLY.match(doc.text, e.end, at)), None)
    if before is not None:
        kind = "government" if before.label in ("GPE", "LOC") else (
            None if before.label == "PER" else "organisation")
        if word == "which" and before.label == "PER":
            return None
        return (before.start, before.end), kind
    if word != "who":
        return None
    m, pos = None, max(0, at - 60)
    while (later := _NP_BEFORE_WHO.search(doc.text, pos, at)) is not None:
        m, pos = later, later.start(1) + 1     # the last opener: "the manager believed |the waitress|, who"
    if m is None or any(w.lower().strip(",") in _NOT_IN_NP for w in m.group(1).split()[1:]):
        return None
    start, end = m.span(1)
    if (det := _DETERMINER_BEFORE.search(doc.text, max(0, start - 8), start)) is not None:
        start = det.start()     # "his |many victims|": the determiner before a quantifier belongs to the phrase
    return (start, end), None


_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+$")


def _named_before(doc: Document, here: int, at: int) -> bool:
    """Whether a person, organisation or place is named in the sentence of offset ``at`` before it."""
    if here < 1 or here > len(doc.sentences):
        return False
    start = doc.sentences[here - 1].start
    return any(start <= e.start and e.end <= at for e in doc.entities if e.label in ("PER", "ORG", "GPE", "LOC"))


def _sentence_before_opening(doc: Document, here: int, at: int):
    """The sentence before the ``here``-th (1-based), when offset ``at`` opens the ``here``-th; else None."""
    if here < 2 or here > len(doc.sentences) or doc.text[doc.sentences[here - 1].start:at].strip():
        return None
    return doc.sentences[here - 2]


def _opening_body(doc: Document, bodies, here: int, at: int):
    """The ORG or GPE entity, with its kind, that opens the sentence before when ``at`` opens its own
    ("Emirates inks order ... . It announced ..."); else None."""
    sentence = _sentence_before_opening(doc, here, at)
    if sentence is None:
        return None
    first = next((e for e in bodies if sentence.start <= e.start < sentence.end), None)
    if first is None or first.start - sentence.start > OPENING_CHARS:
        return None
    if any(sentence.start <= e.start < first.start for e in doc.entities if e.label == "PER"):
        return None
    kind = classify(first.text)
    return (first.start, first.end), kind if kind in _BODY_SOURCE_KINDS else _BODY_KINDS[first.label]


def _opening_person(doc: Document, persons, here: int, at: int, surname_gender):
    """With its gender, the person entity that opens (within its first few words: "Republican
    counsel Steve Castor asked ...") the sentence before the one of offset ``at`` when ``at`` opens
    its own sentence, else the one that opens ``at``'s own sentence before it; else None."""
    if here < 1 or here > len(doc.sentences):
        return None
    sentence = _sentence_before_opening(doc, here, at)
    if sentence is not None:
        limit = sentence.end
    elif doc.text[doc.sentences[here - 1].start:at].strip():
        sentence, limit = doc.sentences[here - 1], at
    else:
        return None
    first = next((e for e in persons if sentence.start <= e.start < limit and not _function_word(e.text, doc.language)),
                 None)
    if first is None or first.start - sentence.start > OPENING_CHARS or first.end > limit:
        return None
    words = first.text.split()
    gender = _gender(words[0]) if len(words) > 1 else surname_gender.get(words[0])
    return (first.start, first.end), gender


def _function_word(text: str, language: str | None) -> bool:
    """A one-word "person" that is a function word ("Weshalb" opening a sentence, tagged PER): a
    stopword, or in German a word HanTa reads as no name (its word class table)."""
    from ..entities.document import stopwords
    from ..entities.model import load_word_tags
    word = text.strip()
    if " " in word:
        return False
    if word.lower() in stopwords(language):
        return True
    return language == "de" and load_word_tags("de").get(word) not in (None, "NE", "FM")


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gender_guesser
    except ImportError:      # a pinned dependency; without it pronouns are simply not resolved
        return None
    return gender_guesser.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def _gender(word: str) -> str | None:
    detector = _detector()
    if detector is None or not word[:1].isupper():
        return None
    guess = detector.get_gender(word.strip(".,;:"))
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(guess)
