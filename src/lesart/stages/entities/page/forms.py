"""Page rules on a name's surface form (issue 4, from a reading round on Fundus and Scrapinghub dev pages).

- ``no_capitals``: an English word with no capital letter is no name ("five-and-a-half"), nor a quoted German
  one ("„berührend“");
- ``lone_letters``: one letter and a full stop ("S." of a split "U.S.", an initial) is no place;
- ``state_forms``: the official forms of states ("Islamische Republik", "Vereinigte Arabische Emirate",
  "Vereinigtes Königreich", "Russische Föderation") are that country, LOC, with its ISO code;
- ``nouns_before_countries``: a common compound of -land/-staat before or after a country
  ("Literaturland Philippinen", "des Inselstaates Taiwan", "die Philippinen Gastland") is not part of its name;
- ``platforms``: a listed online platform is ORG also before a possessive ("Facebook’s");
- ``common_compounds``: German, a hyphenated word of common nouns ("Festgeld-Vergleich") is no place or person;
- ``common_nouns_as_people``: a one-word "person" that is a common noun in the plural ("Casinos", "Gangs",
  "Labortests") and never a part of a longer person's name on the page is no person;
- ``brackets``, ``interjections``, ``law_parts``: an editor's square brackets are no part of a name, "Oh," no
  person, "Section 1001" or "Subtitle D" no person nor body;
- ``headline_tails``: English, a headline's next word run into a name ("FBI Just") is cut off;
- ``datelines``: German, a town in capitals opening a paragraph ("CALDEN. In Sorge ...") is a place;
- ``mixed_case_datelines``: German, a town in ordinary case before a dash opening a body paragraph
  ("Gundremmingen - Die beiden ...", "Bad Tölz (dpa) - ...") is a place, and so are its other untagged mentions;
- ``split_names``: two names a space apart that the page writes as one name elsewhere are that name;
- ``diseases``: "Corona", "Covid-19", "Ebola" are no place nor person;
- ``clauses``: a span of four or more words with a lowercase auxiliary or pronoun is a clause, no name.

Not here: "London/Teheran" stays one place, as GermEval tags a dateline of two cities ("München/Hamburg (dpa)",
"Darmstadt/Berlin -"; splitting them cost 0.07 F1 on GermEval dev).
"""
from __future__ import annotations

import re

from ..features import gazetteer_flags


_OPEN_QUOTES = frozenset("„“\"»«‚‘'")


def no_capitals(text: str, ents: list[list], lang: str) -> list[list]:
    """English names have a capital letter (or a digit); a span of lowercase words is a number in words or a
    common word the model ran in ("five-and-a-half").  German writes the adjectives of names in lowercase
    ("deutschen", GermEval's LOCderiv), so there only a quoted lowercase word goes: a word quoted as said or
    as a judgement ("„berührend“"), not a name."""
    def name(x: list) -> bool:
        surface = text[x[0]:x[1]]
        if any(c.isupper() or c.isdigit() for c in surface):
            return True
        return lang == "de" and not (x[0] > 0 and text[x[0] - 1] in _OPEN_QUOTES and text[x[1]:x[1] + 1] in _OPEN_QUOTES)

    keep = [x for x in ents if name(x)]
    return keep if len(keep) != len(ents) else ents


_LONE_LETTER = re.compile(r"[A-Za-zÄÖÜ]\.?")


def lone_letters(text: str, ents: list[list]) -> list[list]:
    """One letter, with or without its full stop, is no place: the rest of an abbreviation ("S." of "U.S."),
    an initial or a list mark."""
    keep = [x for x in ents if not (x[2] == "LOC" and x[1] - x[0] <= 2 and _LONE_LETTER.fullmatch(text[x[0]:x[1]]))]
    return keep if len(keep) != len(ents) else ents


# The official forms of states, German (with their case endings) and English; "Volksrepublik China" and
# "Vereinigte Staaten" the gazetteer links already.  "Islamische Republik" alone is Iran's in the news
# ("die Islamische Republik"); followed by a country's name it is that country's ("Islamische Republik
# Pakistan"), which the pattern leaves out.
_STATE_FORMS = [
    (r"Vereinigten? Arabischen? Emiraten?|United Arab Emirates", "ARE"),
    (r"Vereinigte[ns]? Königreich(?:e?s)?|United Kingdom", "GBR"),
    (r"Islamischen? Republik(?! [A-ZÄÖÜ])|Islamic Republic(?! of [A-Z])", "IRN"),
    (r"Russischen? Föderation|Russian Federation", "RUS"),
    (r"Bundesrepublik Deutschland|Federal Republic of Germany", "DEU"),
    (r"Demokratischen? Volksrepublik Korea|Democratic People['’]s Republic of Korea", "PRK"),
    (r"Volksrepublik China|People['’]s Republic of China", "CHN"),
]
_STATE_FORM = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{code}>{p})" for p, code in _STATE_FORMS) + r")(?![\w-])")


def state_forms(text: str, ents: list[list]) -> list[list]:
    """See the module's doc. The entities inside a state's official form (the model's "Arabischen Emirate",
    "Königreich") give way to the whole form; a longer name around it ("Botschaft der Vereinigten Arabischen
    Emirate", a person) stays as it is."""
    # a part that every form holds ("Republic" alone let through every page that names a Republican)
    if not any(w in text for w in ("Vereinigt", "Islami", "Föderation", "Bundesrepublik", "Volksrepublik",
                                   "United Arab", "United Kingdom", "Russian Federation", "Federal Republic",
                                   "s Republic of")):
        return ents
    changed = False
    for m in _STATE_FORM.finditer(text):
        ms, me = m.span()
        inside = [x for x in ents if x[0] < me and ms < x[1]]
        if any(x[0] < ms or x[1] > me or x[2] == "PER" for x in inside):
            continue
        if len(inside) == 1 and inside[0][0] == ms and inside[0][1] == me and inside[0][2] == "LOC" \
                and inside[0][3] == m.lastgroup:
            continue
        drop = {id(x) for x in inside}
        ents = [x for x in ents if id(x) not in drop]
        ents.append([ms, me, "LOC", m.lastgroup])
        changed = True
    if changed:
        ents.sort(key=lambda x: (x[0], x[1]))
    return ents


# The heads of common compounds that name a country by what it is ("Literaturland", "Inselstaat",
# "Gastland", "Partnerland"): the word before or after a country's name, never its name's part.
_COUNTRY_NOUN = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:land|landes|lands|staat|staates|staats|nation)")


def nouns_before_countries(text: str, ents: list[list]) -> None:
    """See the module's doc: the span becomes the country's name, LOC, with its code."""
    from ..gazetteer import load as load_gazetteer

    g = None
    for x in ents:
        surface = text[x[0]:x[1]]
        first, space, last = surface.partition(" ")
        if not space or " " in last:
            continue
        if _COUNTRY_NOUN.fullmatch(first):
            name, noun, at = last, first, x[1] - len(last)
        elif _COUNTRY_NOUN.fullmatch(last):
            name, noun, at = first, last, x[0]
        else:
            continue
        g = g or load_gazetteer()
        entry = g.lookup(name)
        if entry is None or entry.kind != "country" or g.lookup(noun) is not None:
            continue
        x[0], x[1], x[2], x[3] = at, at + len(name), "LOC", entry.kb_id


def platforms(text: str, ents: list[list]) -> None:
    """An online platform the gazetteer lists (names.tsv, kind platform) is ORG also where the gazetteer's
    token match misses it: before an English possessive ("Facebook’s payment wallets" PER), one token."""
    g = None
    for x in ents:
        if x[2] == "ORG" or x[3] is not None or not text[x[0]:x[0] + 1].isupper():
            continue
        if g is None:
            from ..gazetteer import load as load_gazetteer
            g = load_gazetteer()
        entry = g.exact.get((text[x[0]:x[1]],))
        if entry is not None and entry.kind == "platform":
            x[2] = "ORG"


def common_compounds(text: str, ents: list[list]) -> list[list]:
    """German: a hyphenated word whose every part is a common noun ("Festgeld-Vergleich", "Hip-Hop-Manier")
    is no place and no person; GermEval tags only a name inside such a word (its -part labels), and only when one part is
    a name ("Hamas-Geisel" has one: not this rule's)."""
    from ..model import load_word_tags

    tags = None
    drop = set()
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] not in ("LOC", "PER") or x[3] is not None or "-" not in surface or " " in surface:
            continue              # (a body's or a league's may be: "Handball-Bundesliga", "Fußball-Union")
        tags = tags or load_word_tags("de")
        parts = surface.split("-")
        if len(parts) > 1 and all(p[:1].isupper() and p[1:].islower() and tags.get(p) == "NN" for p in parts):
            drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents


def common_nouns_as_people(text: str, ents: list[list], lang: str) -> list[list]:
    """See the module's doc. A common noun: one the English news text writes mostly in lowercase (also the
    English loans of German text: "Casinos", "Malls", "Gangs"), or for German one whose head is such a
    noun ("Labortests"); never a first name, never a word the page writes in a longer person's name."""
    from ..model import load_casing

    cands = [x for x in ents if x[2] == "PER" and x[3] is None and " " not in text[x[0]:x[1]]
             and "-" not in text[x[0]:x[1]]]
    if not cands:
        return ents
    casing = load_casing("en")
    flags = gazetteer_flags()
    in_names = {w for x in ents if x[2] == "PER" and " " in text[x[0]:x[1]] for w in text[x[0]:x[1]].split()}
    drop = set()
    for x in cands:
        word = text[x[0]:x[1]]
        if word in in_names or "first" in flags.get(word, ()) or not word[1:].islower() or word[-1] != "s":
            continue
        if _common(word, casing) or lang == "de" and len(word) >= 8 and any(
                _common(word[k:], casing) and _common(word[k:-1], casing) for k in range(3, len(word) - 4)):
            drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents


def _common(word: str, casing: dict) -> bool:
    counts = casing.get(word.lower())
    return counts is not None and counts[0] >= 3 and counts[0] > 2 * counts[1]


# Two words the page's markup glued together: a lowercase letter right before a capital ("Marketing und
# KommunikationBruno Hübner", "erhält neuen DreijahresvertragEintracht Frankfurt") or a full stop with no
# space after it ("von Eintracht Frankfurt.Sportdirektor Bruno Hübner"); the word before the glue has four
# letters at least ("McDonald" is one name), and German's gender capital is no glue ("AbonnentInnen").
_GLUE = re.compile(r"(?<=[a-zäöüß]{4})(?=[A-ZÄÖÜ][a-zäöüß])(?!Innen\b|In\b)"
                   r"|(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß])")


def glued_words(text: str, ents: list[list]) -> list[list]:
    """A name glued to the word before or after it is cut at the glue: each piece that the page also tags as
    a name of its own (whole, or after its first word: "Sportdirektor Bruno Hübner") keeps that name's
    label; the rest goes.  A glued span with no such piece stays as it is ("ThyssenKrupp")."""
    known = {}
    glued = []
    for x in ents:
        surface = text[x[0]:x[1]]
        if " " in surface and _GLUE.search(surface):
            glued.append(x)
        else:
            known.setdefault(surface, x[2])
    if not glued:
        return ents
    drop, add = set(), []
    for x in glued:
        glue = [m.start() for m in _GLUE.finditer(text, x[0], x[1]) if m.start() > x[0]]
        cuts = [x[0]] + [g + (text[g] == ".") for g in glue]
        ends = glue + [x[1]]
        pieces = []
        for start, end in zip(cuts, ends):
            piece = text[start:end]
            head, space, rest = piece.partition(" ")
            if piece in known:
                pieces.append([start, end, known[piece], None])
            elif space and rest in known and known[rest] == "PER":
                pieces.append([start + len(head) + 1, end, "PER", None])
        if pieces:
            drop.add(id(x))
            add.extend(pieces)
    return [x for x in ents if id(x) not in drop] + add


def verbal_plurals(text: str, ents: list[list]) -> list[list]:
    """German: one word in -ungen whose head is a common noun ("Zwangsräumungen", "Mietenzahlungen" LOC on a
    page about rent strikes) is the plural of a verbal noun, no name; GermEval tags no such word."""
    from ..model import load_word_tags

    tags = None
    drop = set()
    for x in ents:
        word = text[x[0]:x[1]]
        if x[3] is not None or not word.endswith("ungen") or len(word) < 9 or not word[1:].islower() \
                or text[x[0] - 1:x[0]] in _OPEN_QUOTES:
            continue              # (a quoted one is a title: the film „Begegnungen“)
        tags = tags or load_word_tags("de")
        if any(tags.get(word[k].upper() + word[k + 1:]) == "NN" for k in range(0, len(word) - 6)):
            drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents



_BRACKETS = "[]{}"


def brackets(text: str, ents: list[list]) -> list[list]:
    """A square or curly bracket is no part of a name: an editor's insertion ("he [Trump] is being used")
    keeps its name without the brackets."""
    out = ents
    for x in ents:
        if text[x[0]] in _BRACKETS or text[x[1] - 1] in _BRACKETS:
            s, e = x[0], x[1]
            while s < e and text[s] in _BRACKETS:
                s += 1
            while e > s and text[e - 1] in _BRACKETS:
                e -= 1
            if e > s:
                x[0], x[1] = s, e
            else:
                out = [y for y in out if y is not x]
    for x in out:
        # a round bracket the name does not open ends it: 'seinen Trumpf (im englischen Original: Trump card)
        # spielen!' was the name 'Trump card) spielen!'
        close = text.find(")", x[0], x[1])
        if close > x[0] and "(" not in text[max(0, x[0] - 2):close]:    # ('( Tom ) Seaver': CoNLL's nickname)
            e = close
            while e > x[0] and not text[e - 1].isalnum():
                e -= 1
            if e > x[0]:
                x[1] = e
    return out


# Interjections that open a sentence ("Oh, ein Nerd-Telefon!", "Wow, ..."): no one's name.
_INTERJECTIONS = frozenset("Oh Ah Ach Aha Hey Wow Ups Oops Huch Juhu Hurra Yay Ooh Uh Ähm Äh Tja Naja".split())


def interjections(text: str, ents: list[list]) -> list[list]:
    keep = [x for x in ents if not (text[x[0]:x[1]] in _INTERJECTIONS and text[x[1]:x[1] + 1] in ",!"
                                    and x[3] is None)]
    return keep if len(keep) != len(ents) else ents


# Parts of a text of law ("Section 1001", "Subtitle D", "Artikel 5"): no person, no body.
_LAW_WORDS = frozenset("Section Subsection Subtitle Article Chapter Clause Paragraph Title Artikel Absatz Kapitel"
                       .split())
_LAW_PART = re.compile(r"(?:" + "|".join(sorted(_LAW_WORDS)) + r")(?: (?:[A-Z]|[IVX]+|\d+[a-z]?))?")
_NUMBER_AFTER = re.compile(r" (?:[A-Z]|[IVX]+|\d+[a-z]?)\b")


def law_parts(text: str, ents: list[list]) -> list[list]:
    """See ``_LAW_PART``: a person or body that is a part of a law with its number or letter, or the part's
    word before a number ("U.S. Code 18, [Section] 1001"), goes."""
    def part(x: list) -> bool:
        surface = text[x[0]:x[1]]
        if x[2] not in ("PER", "ORG") or x[3] is not None or surface.partition(" ")[0] not in _LAW_WORDS \
                or not _LAW_PART.fullmatch(surface):
            return False
        return " " in surface or bool(_NUMBER_AFTER.match(text, x[1]))

    keep = [x for x in ents if not part(x)]
    return keep if len(keep) != len(ents) else ents


# Heads of bodies' names, which a headline's next word is not ("Bucharest Newsroom", "Clinton Foundation").
_NAME_HEADS = frozenset("Newsroom Desk Bureau Group Foundation Party Bank Company Club Team Council Committee Board "
                        "Institute University College School Museum Hospital Airport Station Street Square".split())


def headline_tails(text: str, ents: list[list]) -> list[list]:
    """English: in a line written in title case (a headline), a name the model ran on into the headline's next
    word ("The [FBI Just] Made An Even BIGGER Move", "Fort Worth Girl", "Home Depot Stock") is the name the page
    tags alone elsewhere; the word after it is one the news text writes mostly in lowercase, and the name
    with it never stands outside such a line."""
    from ..model import load_casing

    multi = [x for x in ents if " " in text[x[0]:x[1]]]
    if not multi:
        return ents
    alone = {}
    for x in ents:
        alone.setdefault(text[x[0]:x[1]], x[2])
    casing = load_casing("en")
    for x in multi:
        surface = text[x[0]:x[1]]
        head, _, last = surface.rpartition(" ")
        if head not in alone or not last[:1].isupper() or not last[1:].islower() or last in _NAME_HEADS:
            continue
        counts = casing.get(last.lower())
        if counts is None or counts[0] <= 2 * counts[1] or not _in_title_line(text, x):
            continue
        if any(not _in_title_line(text, [m.start(), m.end()]) for m in re.finditer(re.escape(surface), text)):
            continue
        x[1] = x[0] + len(head)
        x[2] = alone[head]
    return ents


def _in_title_line(text: str, x: list) -> bool:
    ls = text.rfind("\n", 0, x[0]) + 1
    le = text.find("\n", x[1])
    words = [w for w in text[ls:le if le >= 0 else len(text)].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# A dateline's town in capitals at a paragraph's start ("CALDEN. In Sorge um ...", "BERLIN (dpa) –"):
# a place, not a body (the model reads a word in capitals as an acronym).
_DATELINE_AFTER = re.compile(r"(?:\.| \(| –| —| -) [A-ZÄÖÜ]")


def datelines(text: str, ents: list[list]) -> None:
    """German only (English pages' headings in capitals, "EUROBONDS", were read as towns by a draft).  The page
    must name the town in ordinary case after "in", "aus" or "nach" ("in Calden", "in Simmelsdorf"): a label's
    or a broadcaster's name in capitals opens a line just so ("HESSNATUR – Fair Fashion", "DMAX – Doku-Pilot")."""
    for x in ents:
        surface = text[x[0]:x[1]]
        if x[2] in ("ORG", "PER") and x[3] is None and len(surface) >= 4 and surface.isalpha() and surface.isupper() \
                and (x[0] == 0 or text[x[0] - 1] == "\n") and _DATELINE_AFTER.match(text, x[1]) \
                and re.search(rf"\b(?:in|aus|nach) {surface.title()}\b", text):
            x[2] = "LOC"


# A dateline in ordinary case opening a body paragraph ("Gundremmingen - Die beiden ...", "Bad Tölz (dpa) -
# Ein ...", "Frankfurt/Main – Der ..."): the town, up to three words, an agency in brackets, a dash, then the
# sentence.  The paragraph must run on (a headline "Rückbau von Atomkraftwerk - Kühltürme ..." does not).
_MIXED_DATELINE = re.compile(
    r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:(?: |-|/)[A-ZÄÖÜ][a-zäöüß]+){0,2})"
    r"(?: \((?:dpa|AFP|AP|Reuters|KNA|epd|dts|SID|ots|red|lby|lnw|lni|lsw|lhe|lrs|lsn|lmv|lno|lbn|lth|lsa)"
    r"(?:/[\w-]+)?\))? [-–—] (?=[A-ZÄÖÜ„»\"])")
_MIN_DATELINE_PARAGRAPH = 15      # words


def _known_place(place: str) -> str | None:
    """The GeoNames id of a dateline's town: a town of the German-speaking countries (``towns.py``) or a
    city the gazetteer links; for "Frankfurt/Main", "München/London" every part must be one."""
    from ..gazetteer import load as load_gazetteer
    from ..towns import load as load_towns

    towns, link = load_towns(), load_gazetteer().link
    ids = []
    for part in place.split("/"):
        entry = link.get(part)
        kb_id = towns.get(part) or (entry.kb_id if entry is not None and entry.label == "LOC" else None)
        if kb_id is None and part not in ("Main", "Oder", "Saale", "Donau"):     # Frankfurt/Main, Halle/Saale
            return None
        ids.append(kb_id)
    return ids[0] if len(ids) == 1 else ""


def mixed_case_datelines(text: str, ents: list[list]) -> list[list]:
    """German: the town of a dateline in ordinary case ("Gundremmingen - Die beiden jeweils 160 Meter hohen
    Kühltürme des früheren Kernkraftwerks Gundremmingen ...") is a place, there and wherever the page names it
    again and the model tagged nothing (the model knows small towns only from context, and a dateline gives it
    none).  The town must be a known place (``_known_place``: a glossary line "Pensionskasse - Die ...", a shop
    "Edeka Rheinstetten -" or a name "Leandra Lou -" opens a paragraph just so); a span the model tagged stays
    as it is.  A town alone gets its GeoNames id; two towns of a double dateline stay one place, as GermEval
    tags them."""
    places: dict[str, str | None] = {}
    for m in re.finditer(r"(?:^|\n)", text):
        start = m.end()
        d = _MIXED_DATELINE.match(text, start)
        if d is None or d.group("place") in places:
            continue
        end = text.find("\n", start)
        if len(text[start:end if end >= 0 else len(text)].split()) < _MIN_DATELINE_PARAGRAPH:
            continue
        kb_id = _known_place(d.group("place"))
        if kb_id is not None:
            places[d.group("place")] = kb_id or None
    if not places:
        return ents
    taken = sorted((x[0], x[1]) for x in ents)
    added = []
    for place, kb_id in places.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                added.append([m.start(), m.end(), "LOC", kb_id])
    return sorted(ents + added, key=lambda x: x[0]) if added else ents


def split_names(text: str, ents: list[list]) -> list[list]:
    """Two names a space apart that together make a name the page tags whole elsewhere are that name with its
    most frequent label ("[Firefox] [Preview]" beside "Firefox Preview" three times, "[South China] [Sea]"); a
    title or a body before a person is not joined to the person ("[Bundesrat] [Cassis]" ORG + PER)."""
    from collections import Counter

    from ..merge import OFFICE_TITLES

    ents.sort(key=lambda x: x[0])
    if not any(b[0] == a[1] + 1 and text[a[1]] == " " for a, b in zip(ents, ents[1:])):
        return ents
    seen: dict[str, Counter] = {}
    for x in ents:
        surface = text[x[0]:x[1]]
        if " " in surface:
            seen.setdefault(surface, Counter())[x[2]] += 1
    whole = {s: c.most_common(1)[0][0] for s, c in seen.items()}
    if not whole:
        return ents
    out: list[list] = []
    for x in ents:
        prev = out[-1] if out else None
        if prev is not None and x[0] == prev[1] + 1 and text[prev[1]] == " " and prev[3] is None and x[3] is None:
            joined = text[prev[0]:x[1]]
            if joined in whole and text[prev[0]:prev[1]] not in OFFICE_TITLES and (prev[2], x[2]) != ("ORG", "PER"):
                prev[1], prev[2] = x[1], whole[joined]
                continue
        out.append(x)
    return out


def leading_articles(text: str, ents: list[list]) -> list[list]:
    """English: a sentence's capitalised "The" is no part of the name after it ("[The Centers for Disease
    Control and Prevention] estimates"), unless the page writes "The" before that name inside a sentence too
    ("in The Hague", "said The Washington Post"), which makes it the name's own."""
    for x in ents:
        surface = text[x[0]:x[1]]
        if not surface.startswith("The ") or x[3] is not None or surface.count(" ") < 2:
            continue
        before = text[max(0, x[0] - 3):x[0]]
        if x[0] and not (before.endswith("\n") or before.rstrip(" ").endswith((".", "!", "?", ":", "\"", "“"))):
            continue
        inside = re.search(r"[a-z,;] The " + re.escape(surface[4:]), text)
        if inside is None:
            x[0] += 4
    return ents


# Diseases and their viruses that news name like places or people ("trotz Corona" LOC linked to Corona,
# California on 28 mentions of the 700 trafilatura_de pages; "Ebola" PER): no entity in GermEval or CoNLL.
_DISEASES = frozenset("Corona Covid COVID Covid-19 COVID-19 SARS-CoV-2 Sars-CoV-2 Omikron Omicron Ebola".split())
_CALIFORNIA_AFTER = re.compile(r",? (?:California|Calif\.|CA|Kalifornien)\b")


def diseases(text: str, ents: list[list]) -> list[list]:
    """See ``_DISEASES``; the town of Corona, California keeps its name where the state follows it."""
    keep = [x for x in ents if not (text[x[0]:x[1]] in _DISEASES and x[2] != "MISC"
                                    and not _CALIFORNIA_AFTER.match(text, x[1]))]
    return keep if len(keep) != len(ents) else ents


# Lowercase English words of a clause, never inside a name: auxiliaries and pronouns.
_CLAUSE_WORDS = frozenset("has have had been is are was were be being their they we you me my our your his him "
                          "she he it's we're you're they're don't doesn't isn't".split())


def clauses(text: str, ents: list[list]) -> list[list]:
    """A span of four or more words holding a lowercase auxiliary or pronoun is a clause the model read as a
    name ("Alexa Internet [has been donating their crawl data to the Internet Archive]" MISC in an English
    paragraph of a German page); titles of works write such words in capitals or stand in quotes."""
    def clause(x: list) -> bool:
        words = text[x[0]:x[1]].split()
        if len(words) < 4 or x[3] is not None or text[x[0] - 1:x[0]] in _OPEN_QUOTES:
            return False
        return any(w.strip(",.;:!?").replace("’", "'") in _CLAUSE_WORDS for w in words[1:])

    keep = [x for x in ents if not clause(x)]
    return keep if len(keep) != len(ents) else ents
