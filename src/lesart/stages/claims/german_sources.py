"""German source phrases tidied for the reader, after the tagger and the speaker steps.

``tidy_german_source``: a phrase that names no speaker goes (a lone function word, the object after
the verb, the dative of a passive); ``without_listener``: the speaker ends before whom it was said to
("gegenüber CORRECTIV", the page's own outlet as a bare dative); ``with_apposition``: what still
names the speaker after the phrase joins it (a bracketed party, a quoted name, an apposition);
``whole_german_name``: the rest of a name or an institution's remit the tagger left out.  The stage
applies them in the order whole_german_name(with_apposition(without_listener(tidy_german_source(c)))).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Claim, Document, Source
from .sources import PERSON_NOUNS, classify


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
    if _function_words_only(s.text) or s.text.startswith(","):
        return replace(c, source=None)    # a tagged piece of a clause (", die Erklärungen der ...")
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
            and s.start > c.cue.start:
        # after its verb ("kritisierte den Plan der Minister"): the verb's object; before it the
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
