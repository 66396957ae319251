"""Actor and place mentions in a sentence: country code (ISO alpha-3, IGO, NGO) and sector.

The entities layer is used when it ran (its ``kb_id`` gives alpha-3 codes for
countries and GeoNames ids for places); the project's own table
(data/actors.tsv: names, demonyms, capitals as metonyms, international
organisations) and sector words (data/sectors.tsv) fill in what it lacks, so
"nordkoreanische Soldaten" becomes PRK MIL even without the entities stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

import simplemma

from .tokens import Token

DATA = Path(__file__).parent / "data"
MAX_NAME = 6
# Nouns after which a demonym names a place, not an actor ("russische Region Kursk").
PLACE_NOUNS = {"region", "provinz", "gebiet", "stadt", "hauptstadt", "grenze", "grenzgebiet", "territorium",
               "province", "city", "capital", "border", "territory", "town", "village", "dorf", "küste", "coast",
               "oblast", "district", "bezirk", "staatsgebiet", "boden", "soil", "waters", "gewässer"}


POSSESSIVE = {"'s", "’s"}
# "opposition groups in Zimbabwe", "Regierung von Myanmar"; not "aus"/"from", which also say where
# troops are withdrawn from ("Truppen aus Afghanistan abziehen").
LINKS = {"of", "in", "the", "group", "groups", "des", "der", "von"} | POSSESSIVE
# German compounds end in their head: "Verteidigungsminister", "Sicherheitskräfte", "Regierungssprecher".
SECTOR_SUFFIXES = {
    "de": [("minister", "GOV"), ("ministerin", "GOV"), ("ministerium", "GOV"), ("präsident", "GOV"),
           ("präsidentin", "GOV"), ("kanzler", "GOV"), ("kanzlerin", "GOV"), ("regierung", "GOV"),
           ("behörde", "GOV"), ("behörden", "GOV"), ("botschafter", "GOV"), ("sprecher", "GOV"),
           ("soldaten", "MIL"), ("soldat", "MIL"), ("truppen", "MIL"), ("armee", "MIL"), ("streitkräfte", "MIL"),
           ("polizei", "COP"), ("polizisten", "COP"), ("kräfte", "MIL"), ("rebellen", "REB"), ("miliz", "REB"),
           ("milizen", "REB"), ("gericht", "JUD"), ("gerichtshof", "JUD"), ("parlament", "LEG"),
           ("staatsanwalt", "JUD"), ("anwaltschaft", "JUD"), ("geheimdienst", "SPY"), ("polizist", "COP")],
    "en": [],
}


@dataclass(slots=True)
class Mention:
    first: int          # token indices, inclusive
    last: int
    code: str | None
    sector: str | None
    place: bool         # a place name (city, region) rather than a party
    country_name: bool  # the name of a state ("Russland"), which can be a party or a place
    # The party is the state of a place, known only by its code ("Demo in Hamburg": the protesters are coded
    # DEU, but Hamburg is where, not who): the event shows it as the code alone, with no words of its own.
    implicit: bool = False
    # A person the entities layer names ("Julian Assange", "Miersch") whom no title or table entry gives a
    # state: a party without a code (the output contract allows that), never given another party's code.
    person: bool = False
    # A person the entities layer names, with or without a code from the table ("Cruz", "Clinton"): a person as
    # object of "attacked" is criticised, not assaulted (senses.attacked_person).
    named: bool = False
    # The sector the table gives a name the entities layer tagged (the Mention's own sector stays None there): read
    # only by the page's sense of politics (stage._political_mention).
    body: str | None = None


class StemTable:
    """Word stems with their code ("russisch-" -> RUS): a word is the stem plus
    at most three letters.  Answers are cached per word form (news repeats
    its words, and the table holds hundreds of stems)."""

    def __init__(self, stems: list[tuple[str, str]]):
        self.stems = tuple(stems)                   # (lower stem, code), in table order
        self._regex = re.compile("(?:" + "|".join(re.escape(s) for s, _ in self.stems) + r")\w{0,3}$"
                                 if self.stems else "(?!)")
        self._cache: dict[str, str | None] = {}

    def code(self, low: str) -> str | None:
        try:
            return self._cache[low]
        except KeyError:
            pass
        found = None
        if self._regex.match(low):
            found = next((code for stem, code in self.stems
                          if low.startswith(stem) and len(low) - len(stem) <= 3), None)
        if len(self._cache) > 100_000:
            self._cache.clear()
        self._cache[low] = found
        return found


@dataclass(frozen=True, slots=True)
class Tables:
    names: dict[tuple[str, ...], tuple[str, str, str | None]]   # words -> (code, kind, sector)
    stems: StemTable
    sector_words: dict[tuple[str, ...], str]
    sector_stems: StemTable
    first_words: frozenset[str]                     # first word of every name and sector phrase
    name_lens: dict[str, tuple[int, ...]]           # first word -> lengths of the names it starts, longest first
    sector_lens: dict[str, tuple[int, ...]]
    name_seconds: dict[str, frozenset[str]]         # first word -> second words of the longer names it starts
    sector_seconds: dict[str, frozenset[str]]


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.replace("’", "'").split())


@lru_cache(maxsize=4)
def tables(lang: str) -> Tables:
    names: dict[tuple[str, ...], tuple[str, str, str | None]] = {}
    stems: list[tuple[str, str]] = []
    col = 1 if lang == "en" else 2
    for line in (DATA / "actors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        code = cols[0]
        for i, item in enumerate(cols[col].split("|")):
            item, _, sector = item.strip().partition("=")   # "Pentagon=MIL": an institution has its sector
            if item.endswith("-"):
                stems.append((item[:-1].lower(), code))
                continue
            kind = "country" if i == 0 and code not in ("IGO", "NGO") else "name"
            key = _words(item if _case_sensitive(item) else item.lower())
            names.setdefault(key, (code, kind, sector or None))
            if lang == "en" and item[0].isupper() and not item.endswith("s") and kind != "country":
                names.setdefault(_words((item + "s").lower()), (code, "name", sector or None))
    for name, code in _pycountry_names(lang):
        names.setdefault(_words(name.lower()), (code, "country", None))
    sector_words: dict[tuple[str, ...], str] = {}
    sector_stems: list[tuple[str, str]] = []
    scol = 1 if lang == "en" else 2
    for line in (DATA / "sectors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        for item in cols[scol].split("|"):
            if item.endswith("-"):
                sector_stems.append((item[:-1].lower(), cols[0]))
            else:
                sector_words[_words(item if _case_sensitive(item) else item.lower())] = cols[0]
    first = frozenset(k[0] for k in names) | frozenset(k[0] for k in sector_words)
    return Tables(names, StemTable(stems), sector_words, StemTable(sector_stems), first,
                  _lengths(names), _lengths(sector_words), _seconds(names), _seconds(sector_words))


def _lengths(table: dict[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    by_first: dict[str, set[int]] = {}
    for key in table:
        by_first.setdefault(key[0], set()).add(len(key))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}


def _seconds(table: dict[tuple[str, ...], object]) -> dict[str, frozenset[str]]:
    """First word -> the second words of the table's keys of two words and more that it starts: "the" starts
    dozens of names ("the Netherlands", "the White House"), and the word after it mostly continues none of them."""
    by_first: dict[str, set[str]] = {}
    for key in table:
        if len(key) > 1:
            by_first.setdefault(key[0], set()).add(key[1])
    return {w: frozenset(ws) for w, ws in by_first.items()}


def _case_sensitive(item: str) -> bool:
    """Short all-capital names ("US", "UN", "EU") must not match ordinary words ("us")."""
    bare = item.replace(".", "")
    return bare.isupper() and len(bare) <= 4


@lru_cache(maxsize=2)
def _pycountry_names(lang: str) -> list[tuple[str, str]]:
    try:
        import gettext

        import pycountry
    except ImportError:         # optional: the project table covers the common states
        return []
    tr = None
    if lang == "de":
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        except OSError:
            return []
    out = []
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", None)} - {None}:
            name = tr.gettext(name) if tr else name
            if "," not in name and "(" not in name:
                out.append((name, c.alpha_3))
    return out


def _lookup(toks: list[Token], i: int, table: dict[tuple[str, ...], object],
            first: frozenset[str] | None = None,
            lens: dict[str, tuple[int, ...]] | None = None,
            seconds: dict[str, frozenset[str]] | None = None) -> tuple[int, object] | None:
    """Longest table entry starting at token i: (last index, value).  ``lens`` (first word ->
    lengths of the table's keys it starts) limits the tries to lengths some key has; ``seconds`` (first word ->
    second words of its longer keys) to one word where the next word continues none of them."""
    tok = toks[i]
    if first is not None and tok.text not in first and tok.lower not in first:
        return None
    top = min(MAX_NAME, len(toks) - i)
    if seconds is not None and top > 1:
        # a key of the texts (lower-cased words) that is longer than one word has the next text (lower) second
        nxt = toks[i + 1]
        if nxt.text not in seconds.get(tok.text, ()) and nxt.lower not in seconds.get(tok.lower, ()):
            top = 1
    if lens is None:
        sizes = range(top, 0, -1)
    else:
        a = lens.get(tok.text, ())
        b = lens.get(tok.lower, ()) if tok.lower != tok.text else ()
        sizes = (sorted(set(a) | set(b), reverse=True) if a and b else a or b)
    for n in sizes:
        if n > top:
            continue
        if n == 1:           # (most tries, once the next word continues no name: the word alone)
            key, low = (tok.text,), (tok.lower,)
        else:
            span = toks[i:i + n]
            key, low = tuple(map(_TEXT, span)), tuple(map(_LOWER, span))
        if key in table:
            return i + n - 1, table[key]
        if low != key and low in table:      # (the same key again cannot be in the table)
            return i + n - 1, table[low]
    return None


def _first_name(toks: list[Token], i: int, codes: dict, lang: str) -> bool:
    """A one-word place or state name right before a capitalised word that is no word of the language and no
    name the entities layer starts there ("Rom Braslavski", "Georgia Meloni") is a person's first name."""
    if lang != "de" or i + 1 >= len(toks) or i + 1 in codes:
        return False     # English left out: "Pakistan Taliban", "Lebanon Hezbollah" name a state's group
    nxt = toks[i + 1].text
    if not (nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 2 and not nxt.isupper()):
        return False
    if i > 0 and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() and i - 1 > 0:
        return False     # inside a longer capitalised name
    return not (simplemma.is_known(nxt, lang=lang) or simplemma.is_known(nxt.lower(), lang=lang))


def find(toks: list[Token], lang: str,
         entity_codes: dict[int, tuple[int, str | None, bool, str | None]] | None = None,
         states: list[int] | None = None, vocab: set[str] | frozenset[str] | None = None) -> list[Mention]:
    """Mentions in ``toks``. ``entity_codes`` maps a token index to (last index, code, is_place,
    state of a place) from the entities layer; they take precedence over the table. ``states``: each token's
    inert_state, ``vocab``: the sentence's forms and lemmas (at least those in ASKED), where the caller has them
    (scan.scan keeps both)."""
    t = tables(lang)
    out: list[Mention] = []
    sectors: list[tuple[int, int, str]] = []
    inert = _INERT.get(lang)
    if inert is None or len(inert) > 100_000:
        inert = _INERT[lang] = {}
    codes = entity_codes or {}
    inert_get = inert.get
    n = len(toks)
    i = 0
    while i < n:
        if i not in codes:
            # most words are nothing here: skip them with one lookup (see _inert)
            if states is not None:
                state = states[i]
            else:
                text = toks[i].text
                state = inert_get(text)
                if state is None:
                    state = inert[text] = _inert(toks[i], t, lang)
            if state == 1 or (state == 2 and not _after_place_noun(toks, i)):
                i += 1
                continue
        else:                # the entities layer names a span here
            last, code, is_place, state, *rest = entity_codes[i]
            person = bool(rest and rest[0])
            known = _lookup(toks, i, t.names, t.first_words, t.name_lens, t.name_seconds)
            if known is None and lang == "en" and last > i and toks[i].lower == "the":
                # "The Department of Commerce": the entities layer's span may open with the article
                known = _lookup(toks, i + 1, t.names, t.first_words, t.name_lens, t.name_seconds)
            if person and known and known[0] > last:
                pass     # "Osama bin Laden" where the entities layer tagged "Osama": the table's longer name
            elif person:
                # "Emmanuel Macron", "Wladimir Putin": a leader the table knows by surname has that state's code
                if known and known[0] == last:
                    code = known[1][0]
                elif last > i:
                    tail = _lookup(toks, last, t.names, t.first_words, t.name_lens, t.name_seconds)
                    code = tail[1][0] if tail and tail[0] == last and tail[1][1] != "country" else None
                # "King Hassan", "Präsident Ciampi": the entities layer's name may begin with its title
                title = _lookup(toks, i, t.sector_words, t.first_words, t.sector_lens, t.sector_seconds)
                sector = title[1] if title and title[0] < last else (
                    _word_sector(toks[i], t, lang) if last > i else None)
                out.append(Mention(i, last, code, sector, False, False, person=code is None, named=True))
                i = last + 1
                continue
            if last == i and _first_name(toks, i, codes, lang):
                i += 2
                continue     # "Rom Braslavski wurde ... entführt": a person whose first name is a city's
            if code is None and known:
                # The table knows the name as a party (a country, a capital standing for its
                # government: "Berlin rejected ..."), as it would without the entities layer,
                # or the name begins with one ("French National Assembly", "Kenya Anti-Corruption
                # Commission": an organisation of that country).
                code = known[1][0]
                is_place = is_place and known[0] < last
            if code is None and last == i:
                code = _compound(toks[i], t, lang)[0]      # "Vietnamese-led"
            if code is None and lang == "en" and last > i and not is_place:
                # "Arab Israeli": an English adjective group ends in its head, the demonym that codes it
                tail = _lookup(toks, last, t.names, t.first_words, t.name_lens, t.name_seconds)
                code = tail[1][0] if tail and tail[0] == last else _word_code(toks[last], t, lang)[0]
            if code is None and lang == "de" and last > i and not is_place:
                # "des Deutschen Bundestags", "die Russische Föderation": a German name ends in its head, which
                # the table may know (institutions, with the genitive -s)
                # (only an institution the table gives a sector: "Real Madrid", "Partizan Belgrad" are clubs)
                head = toks[last].text
                inst = t.names.get((head,)) or t.names.get((head.lower(),)) or (
                    t.names.get((head[:-1],)) or t.names.get((head[:-1].lower(),)) if head.endswith("s") else None)
                code = inst[0] if inst and inst[1] != "country" and inst[2] else None
            if code is None and lang == "de" and last > i and not is_place and toks[i].text[:1].isupper():
                # "Hessische Verwaltungsgerichtshof", "Französische Nationalversammlung": a German name that opens
                # with an adjective of a state (or a Land) is an organisation of that state
                lead = _word_code(toks[i], t, lang)[0]
                code = lead if lead and toks[i].lower.endswith(("e", "en", "er", "es", "em")) else None
            if code is None and is_place:
                code = state       # "near the town of Samarra": a place in Iraq
            # a name the table knows whole as a body of a sector: "die Bundesregierung", tagged by the entities
            # layer with its state's code, is still the government for the page's sense of politics (the sentence
            # had counted as unpolitical); its roles keep the entities layer's reading (with the table's sector
            # the hand-coded sets lost actors: German dev2 0.750 -> 0.731)
            body = known[1][2] if known and known[0] == last else None
            out.append(Mention(i, last, code, None, is_place or _after_place_noun(toks, i),
                               bool(known and known[1][1] == "country"), body=body))
            i = last + 1
            continue
        found = _lookup(toks, i, t.names, t.first_words, t.name_lens, t.name_seconds)
        if found and found[0] == i and _first_name(toks, i, codes, lang):
            i += 2
            continue         # "Georgia Meloni", "Paris Hilton": a first name, not the state or city
        if found:
            last, (code, kind, sector) = found
            out.append(Mention(i, last, code, sector, False, kind == "country"))
            i = last + 1
            continue
        code, sector = _word_code(toks[i], t, lang)
        if code:
            out.append(Mention(i, i, code, sector, False, False))
            i += 1
            continue
        if toks[i].text[:1].isupper() and _after_place_noun(toks, i):
            # "Region Kursk", "province of Kirkuk": a place even where no gazetteer knows it
            out.append(Mention(i, i, None, None, True, False))
            i += 1
            continue
        sec = _lookup(toks, i, t.sector_words, t.first_words, t.sector_lens, t.sector_seconds)
        if sec and sec[0] == i and lang == "en" and toks[i].lower in VAGUE_MIL and not _armed_context(toks, i, out):
            i += 1       # "ad units", "excessive force", "by force": no armed party
            continue
        if sec:
            sectors.append((i, sec[0], sec[1]))
            i = sec[0] + 1
            continue
        scode = _word_sector(toks[i], t, lang)
        if scode:
            sectors.append((i, i, scode))
        i += 1
    _attach_sectors(out, sectors, toks)
    if lang == "de":
        _city_bodies(out, toks)
    out.sort(key=lambda m: m.first)
    _based_in(out, toks)
    out = _person_of(out, toks)
    if lang == "en":
        _the_country(out, toks, vocab)
    merged: list[Mention] = []
    for m in out:
        nxt = toks[m.last + 1].lower if m.last + 1 < len(toks) else ""
        if nxt in CURRENCY_AFTER:
            continue     # "US $50 million", "U.S. dollars", "US$ 3 billion": money, not a party
        if lang == "en" and (_in_law_name(toks, m) or toks[m.last].text in LAW_HEADS):
            continue     # "the Iran Sanctions Act", "the Hong Kong Human Rights and Democracy Act": a law
        if lang == "en" and m.sector == "PTY" and m.first > 0 and m.first == m.last and toks[m.first - 1].text[:1].isupper() \
                and toks[m.first - 1].text[:1].isalpha() and not any(p.last == m.first - 1 for p in out):
            continue     # "Liberal Democrats", "Christian Democrats": the tail of another party's name
        if m.sector == "PTY" and 1 < m.first and m.last + 1 < len(toks) and toks[m.first - 1].text == "(" \
                and toks[m.last + 1].text == ")" and toks[m.first - 2].text[:1].isupper():
            continue     # "Guido Westerwelle (FDP)", "Rainer Brüderle (FDP)": the party of a named person
        prev = merged[-1] if merged else None
        # "russischen Region Kursk": one place, named by Kursk, in the country of the adjective
        if prev is not None and prev.place and prev.last + 2 == m.first and toks[prev.last + 1].lemma in PLACE_NOUNS:
            merged[-1] = Mention(prev.first, m.last, m.code or prev.code, None, True, False)
            continue
        if prev is not None and prev.code in MEMBER_BODIES and m.code and m.code not in MEMBER_BODIES \
                and prev.last + 1 == m.first and toks[prev.last].lower.endswith(("-member", "-members")):
            merged[-1] = replace(m, first=prev.first)     # "NATO-member Norway": Norway, a member
            continue
        if prev is not None and prev.last + 1 == m.first and prev.first == prev.last and "-" in toks[prev.first].text \
                and m.country_name and m.code and prev.code and prev.code != m.code and prev.sector is None:
            # "den US-Rivalen China", "dem Nato-Partner Türkei", "der EU-Staat Polen": the state named
            # after a compound on another's name is the party; the compound says how the two relate
            merged[-1] = replace(m, first=prev.first)
            continue
        if lang == "de" and prev is not None and prev.code == "DEU" and m.code in ("AUT", "CHE") and not m.place \
                and prev.last + 1 == m.first and toks[prev.last].lower.startswith("bundes"):
            # "Bundeskanzler Karl Nehammer", "Bundespräsident Van der Bellen": Austria and Switzerland have federal
            # offices too; the holder's coded name says whose
            merged[-1] = Mention(prev.first, m.last, m.code, prev.sector or m.sector, False, False)
            continue
        if prev is not None and prev.code and not prev.place and (m.person and m.code is None or m.code == prev.code) \
                and _title_before(prev, m, toks, lang):
            # "Russian opposition leader Alexei Navalny", "Ukraine's foreign minister Dmytro Kuleba", "der
            # russische Oppositionsführer Nawalny": a title that names a state and a sector and the name of
            # its holder are one party, with the title's code and sector
            merged[-1] = Mention(prev.first, m.last, prev.code, prev.sector or m.sector, False, prev.country_name)
            continue
        if lang == "en" and prev is not None and prev.code is None and not prev.place and not prev.person \
                and prev.sector in (None, "PTY", "GOV", "LEG") and m.code and not m.place and not m.country_name \
                and 0 < m.first - prev.last <= 3 and all(t.lower in TITLE_WORDS_EN for t in toks[prev.last + 1:m.first]):
            # "Democratic presidential candidate Hillary Clinton": a party word without a state before its
            # holder's coded name is one party, with the name's code
            merged[-1] = Mention(prev.first, m.last, m.code, m.sector or prev.sector, False, False)
            continue
        if prev is not None and _same_party(prev, m, toks):
            # "US-Außenministerin Condoleezza Rice", "Russian President Vladimir Putin",
            # "Islamischen Republik Iran": a title and its holder's name are one party
            merged[-1] = Mention(prev.first, m.last, prev.code, prev.sector or m.sector, False,
                                 prev.country_name or m.country_name)
            continue
        if m.place and m.first > 0 and toks[m.first - 1].lemma in PLACE_NOUNS and (prev is None or prev.last < m.first - 1):
            m.first -= 1         # "Region Kursk" as one span, so "in der" before it governs it
        nxt = toks[m.last + 1].lemma if m.last + 1 < len(toks) else ""
        # "Russlands Hauptstadt", "Deutschlands zweitgrößter Stadt": the state names where, not who
        after_adjective = toks[m.last + 2].lemma if lang == "de" and m.last + 2 < len(toks) \
            and toks[m.last + 1].text[:1].islower() else ""      # English: a dev recipient was lost
        if m.sector is None and (nxt in PLACE_NOUNS or after_adjective in PLACE_NOUNS):
            m.place = True
        merged.append(m)
    return merged


# Words of a political title between a party word and its holder's name ("Democratic presidential candidate
# Hillary Clinton", "Republican front-runner Donald Trump")
TITLE_WORDS_EN = {"presidential", "candidate", "nominee", "front-runner", "frontrunner", "hopeful", "contender",
                  "leader", "senator", "sen.", "governor", "gov.", "chairman", "chairwoman", "secretary", "rival",
                  "challenger", "former", "vice", "party", "primary", "minister", "prime", "spokesman",
                  "spokeswoman", "representative", "rep.", "congressman", "congresswoman", "lawmaker", "majority",
                  "minority", "speaker", "president", "whip", "strategist", "operative", "senate", "house"}
ANAPHOR_NOUNS = {"country", "nation"}
# The words find() asks a sentence's vocabulary about (scan.asked_words).
ASKED = frozenset(ANAPHOR_NOUNS)
_LOWER = attrgetter("lower")


def _the_country(out: list[Mention], toks: list[Token], vocab: set[str] | frozenset[str] | None = None) -> None:
    """"According to the Jordanian government, ... the country had admitted ...": "the country" is the
    last state named before it in the sentence (none named: no party)."""
    # most sentences say neither "country" nor "nation": one look in C passes them over (in the sentence's
    # vocabulary where the caller has it: it holds the forms)
    skip = ANAPHOR_NOUNS.isdisjoint(vocab) if vocab is not None else ANAPHOR_NOUNS.isdisjoint(map(_LOWER, toks))
    for i in (() if skip else range(1, len(toks))):
        if toks[i].lower in ANAPHOR_NOUNS and toks[i - 1].lower == "the" \
                and not (i + 1 < len(toks) and toks[i + 1].lower in ("of", "'s", "’s")):
            prev = [m for m in out if m.last < i - 1 and m.code and m.code not in ("IGO", "NGO", "IMG") and not m.place]
            if prev and not any(m.first <= i <= m.last for m in out):
                out.append(Mention(i - 1, i, prev[-1].code, None, False, False))
    out.sort(key=lambda m: m.first)


# The last word of the name of a law or bill ("the Iran Sanctions Act"): a country inside it names no party.
LAW_HEADS = {"Act", "Bill", "Law"}
_LAW_LINKS = {"and", "of", "for", "on", "the", "to"}


def _in_law_name(toks: list[Token], m: Mention) -> bool:
    """The mention opens a capitalised name that ends in Act/Bill/Law ("Iran Sanctions Act")."""
    k = m.last + 1
    while k < len(toks) and k <= m.last + 8:
        w = toks[k].text
        if w in LAW_HEADS:
            return True
        if not (w[:1].isupper() and w[:1].isalpha() or w in _LAW_LINKS):
            return False
        k += 1
    return False


# Words after a country name that make it a currency ("US $50 million", "U.S. dollars").
CURRENCY_AFTER = {"$", "€", "£", "dollar", "dollars", "cents"}
MEMBER_BODIES = {"IGO"}
# "a terror group based in Trinidad", "a rights group operating in Iraq": a body without a country
# of its own belongs to the state it is based in.
BASED = {"based", "headquartered", "operating", "active"}


def _based_in(out: list[Mention], toks: list[Token]) -> None:
    by_first = {m.first: m for m in out}
    for m in out:
        if m.code is not None:
            continue
        k = m.last + 1
        if k + 1 < len(toks) and toks[k].lower in BASED and toks[k + 1].lower in ("in", "inside"):
            j = k + 2
            while j < len(toks) and j <= k + 4 and j not in by_first:
                j += 1      # "based in the northern city of Kirkuk"
            place = by_first.get(j)
            if place is not None and place.code and place.code not in MEMBER_BODIES:
                m.code = place.code


# Word form -> what find() can make of it on its own, per language (see _inert).
_INERT: dict[str, dict[str, int]] = {}
_TEXT = attrgetter("text")


def inert_state(tok: Token, lang: str) -> int:
    """What find() makes of the word alone (_inert), cached by its text."""
    inert = _INERT.get(lang)
    if inert is None or len(inert) > 100_000:
        inert = _INERT[lang] = {}
    state = inert.get(tok.text)
    if state is None:
        state = inert[tok.text] = _inert(tok, tables(lang), lang)
    return state


def _inert(tok: Token, t: Tables, lang: str) -> int:
    """1: the word starts no name, code or sector, whatever its neighbours; 2: the same, but it is
    capitalised, so after a place noun it names a place; 0: find() must look at it.  Uses the
    same word-alone checks as find() (_word_code, _word_sector)."""
    if tok.text in t.first_words or tok.lower in t.first_words:
        return 0
    if _word_code(tok, t, lang)[0] or _word_sector(tok, t, lang):
        return 0
    return 2 if tok.text[:1].isupper() else 1


def _word_code(tok: Token, t: Tables, lang: str) -> tuple[str | None, str | None]:
    """(code, sector) the word names on its own: a country stem ("nordkoreanisch-") or a compound."""
    code = t.stems.code(tok.lower) if tok.text[:1].isalpha() else None
    return (code, None) if code is not None else _compound(tok, t, lang)


def _word_sector(tok: Token, t: Tables, lang: str) -> str | None:
    """The sector a word names on its own ("Regierung", "military"; German suffixes such as -ministerium)."""
    upper = tok.text[:1].isupper()
    scode = t.sector_stems.code(tok.lower) if upper or lang == "en" else None
    if scode is None and lang == "de" and upper:
        scode = _suffix_sector(tok.lower, lang)
    return scode


def _same_party(prev: Mention, m: Mention, toks: list[Token]) -> bool:
    """Two mentions of one state with at most three capitalised words (a first name) between them."""
    if prev.place or m.place or prev.code is None or prev.code != m.code or m.first - prev.last > 4:
        return False
    return all(t.text[:1].isupper() and t.text[:1].isalpha() for t in toks[prev.last + 1:m.first])


APPOSITION_ARTICLES = {"the", "a", "an", "der", "die", "das", "ein", "eine"}


def _person_of(out: list[Mention], toks: list[Token]) -> list[Mention]:
    """A person without a code takes the state of their title: "King Hassan of Morocco" (a titled name
    before "of" and a state, one party); "Kenzo Oshima, the United Nations Emergency Relief Coordinator,"
    and "Qatar's emir, Sheikh Hamad" (a name and a coded title in apposition: the name is that party)."""
    drop = set()
    for k, m in enumerate(out):
        if not m.person or m.code is not None:
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        prv = out[k - 1] if k > 0 else None
        if m.sector is not None and nxt is not None and nxt.code and not nxt.sector and nxt.country_name \
                and nxt.first == m.last + 2 and toks[m.last + 1].lower == "of":
            m.code, m.last, m.person = nxt.code, nxt.last, False
            drop.add(k + 1)
        elif nxt is not None and nxt.code and (nxt.sector or nxt.code == "IGO") and not nxt.place \
                and m.last + 1 < len(toks) and toks[m.last + 1].text == "," \
                and _apposition(toks, m.last + 2, nxt):
            # "Kenzo Oshima, the United Nations Emergency Relief Coordinator,", "Albrecht Conze, der
            # politische Direktor der UN-Mission im Kongo,"
            m.code, m.sector, m.person = nxt.code, m.sector or nxt.sector, False
        elif nxt is not None and nxt.code and not nxt.place and m.last + 1 < len(toks) and toks[m.last + 1].text == "(" \
                and all(t.lower in ("alle", "all", "both", "beide") for t in toks[m.last + 2:nxt.first]) \
                and nxt.last + 1 < len(toks) and toks[nxt.last + 1].text == ")":
            m.code, m.sector, m.person = nxt.code, m.sector or nxt.sector, False     # "Hans-Joachim Otto (alle FDP)"
        elif nxt is not None and nxt.country_name and nxt.code and not nxt.sector and m.last + 2 < len(toks) \
                and (toks[m.last + 1].lower == "vom" or [t.lower for t in toks[m.last + 1:m.last + 3]] in (
                    ["von", "der"], ["of", "the"])) and toks[nxt.first - 1].lower == "in" \
                and nxt.first - m.last <= 8 and not any(t.text in (",", ";", ":", "(") or t.text[:1].islower()
                                                        and t.lower not in AFFILIATION_LINKS for t in toks[m.last + 1:nxt.first]):
            m.code, m.person = nxt.code, False      # "Josef Schuster vom Zentralrat der Juden in Deutschland"
        elif prv is not None and prv.code and prv.sector and not prv.place and prv.last + 2 == m.first \
                and toks[prv.last + 1].text == ",":
            m.code, m.sector, m.person = prv.code, prv.sector, False
    return [m for k, m in enumerate(out) if k not in drop]


AFFILIATION_LINKS = {"vom", "von", "der", "des", "of", "the", "for", "für", "in"}


def _apposition(toks: list[Token], start: int, nxt: Mention) -> bool:
    """``toks[start:]`` up to ``nxt`` is the opening of an apposition ("the", "der politische Direktor der")
    and the apposition closes with a comma or bracket within three words after ``nxt``."""
    between = toks[start:nxt.first]
    if len(between) > 5 or (between and between[0].lower not in APPOSITION_ARTICLES) \
            or any(t.text in BREAK_MARKS for t in between):
        return False
    return any(t.text in (",", ")") for t in toks[nxt.last + 1:nxt.last + 4]) or nxt.last + 1 >= len(toks)


BREAK_MARKS = {",", ";", ":", "(", ")", "–", "—", "."}


def _table_kind(tok: Token, lang: str) -> str | None:
    t = tables(lang)
    found = t.names.get((tok.text,)) or t.names.get((tok.lower,))
    return found[1] if found else None


def _title_before(prev: Mention, m: Mention, toks: list[Token], lang: str) -> bool:
    """The title ``prev`` (a state with a sector word) stands right before the name ``m``, or the name's own
    sector word follows the state's possessive and lower-case words ("Ukraine's foreign minister Dmytro
    Kuleba"; not "Russia accused opposition leader Navalny")."""
    if m.first == prev.last + 1:
        # "Papst Leo": a one-word title the table codes (not a country or a demonym: "Russland Putin")
        return prev.sector is not None or (prev.first == prev.last and not prev.country_name
                                           and _table_kind(toks[prev.first], lang) == "name")
    between = toks[prev.last + 1:m.first]
    return len(between) <= 3 and m.sector is not None and (between[0].lower in POSSESSIVE and all(
        t.text.isalpha() and t.text.islower() for t in between[1:]) or _modifiers(between))


def _after_place_noun(toks: list[Token], i: int) -> bool:
    """"Region Kursk", "province of Kirkuk": a name after a place noun is a place."""
    return i > 0 and (toks[i - 1].lemma in PLACE_NOUNS or (i > 1 and toks[i - 1].lower == "of" and toks[i - 2].lemma in PLACE_NOUNS))


# English words that name an armed force only with a qualifier: "Russian units", "army units", "a
# multinational force", "the Quds Force"; not "ad units", "housing units", "excessive force", "by force".
VAGUE_MIL = {"units", "unit", "force"}
ARMED_MODIFIERS = {"army", "military", "combat", "elite", "special", "armored", "armoured", "infantry", "artillery",
                   "paramilitary", "commando", "tank", "naval", "air", "ground", "peacekeeping", "intervention",
                   "multinational", "international", "stabilization", "stabilisation", "protection", "expeditionary",
                   "reaction", "response", "defense", "defence", "strike", "invasion", "occupation", "coalition",
                   "rebel", "militia", "police", "security", "task", "guard", "marine", "assault", "enemy", "their",
                   "its", "his", "allied", "government", "regime", "insurgent", "armed", "sniper", "missile"}


def _armed_context(toks: list[Token], i: int, out: list[Mention]) -> bool:
    if i == 0:
        return False
    prev = toks[i - 1]
    if prev.lower in ARMED_MODIFIERS:
        return True
    if out and out[-1].last == i - 1 and out[-1].code:
        return True                       # "Russian units", "NATO force"
    return prev.text[:1].isupper() and prev.text.isalpha() and i - 1 > 0     # "Kurdish units", "Quds Force"


@lru_cache(maxsize=100_000)
def _suffix_sector(low: str, lang: str) -> str | None:
    for suffix, sector in SECTOR_SUFFIXES.get(lang, ()):
        if low.endswith(suffix):
            if suffix == "kräfte" and low[:-6].endswith(CIVIL_KRAEFTE):
                return None      # "Lehrkräfte", "Fachkräfte", "Rettungskräfte": staff, no armed force
            return sector
    return None


# First members of German "-kräfte" compounds that name staff or natural forces, not armed ones
# ("Lehrkräfte", "Fachkräfte", "Pflegekräfte", "Rettungskräfte", "Abwehrkräfte" of the body, "Marktkräfte").
CIVIL_KRAEFTE = ("lehr", "fach", "arbeits", "pflege", "hilfs", "führungs", "nachwuchs", "reinigungs",
                 "aushilfs", "teilzeit", "verkaufs", "büro", "saison", "rettungs", "lösch", "heil", "natur",
                 "trieb", "flieh", "schwer", "zentrifugal", "wirtschafts", "markt", "fahr", "service", "kauf",
                 "ersatz", "zusatz", "personal", "honorar", "leih", "geistes", "abwehr", "widerstands",
                 "pädagogik", "betreuungs", "fach-", "küchen", "pflegefach", "verwaltungs", "schul", "sozial",
                 "gegen", "beharrungs", "selbstheilungs", "aufsichts", "assistenz", "reform", "kreativ")


def _compound(tok: Token, t: Tables, lang: str) -> tuple[str | None, str | None]:
    """"US-Regierung", "EU-Kommission", "Nato-Soldaten" (prefix names the party) and German
    genitives "Russlands", "Irans" (the name plus -s)."""
    if "-" in tok.text:
        head, _, rest = tok.text.partition("-")
        found = t.names.get((head,)) or t.names.get((head.lower(),))
        if found and found[1] != "country" or (found and rest[:1].isupper()):
            return found[0], _suffix_sector(rest.lower(), lang) if lang == "de" else None
    if lang == "de" and tok.text[:1].isupper() and tok.lower.endswith("s") and len(tok.lower) > 4:
        found = t.names.get((tok.lower[:-1],)) or t.names.get((tok.text[:-1],))
        if found:
            return found[0], None
    if lang == "de" and tok.lower.startswith("bundes") and len(tok.lower) > 8:
        # "Bundesinnenminister", "Bundespolizei", "Bundesverfassungsgericht": German federal institutions
        sector = _suffix_sector(tok.lower[6:], lang)
        if sector:
            return "DEU", sector
    return None, None


# Words that cannot stand inside one noun phrase between a country and its sector word.
_NOT_MODIFIER = {"and", "or", "to", "from", "by", "of", "in", "on", "at", "for", "with", "against", "the", "a", "an",
                 "that", "who", "which", "has", "have", "had", "is", "are", "was", "were", "will", "would", "said",
                 "says", "not", "und", "oder", "der", "die", "das", "den", "dem", "des", "mit", "von", "zu", "für",
                 "gegen", "hat", "haben", "ist", "sind", "war", "wurde", "nach", "aus", "bei", "eine", "einen", "ein",
                 "its", "their", "his", "her", "our", "this", "these", "those", "some", "all", "many"}


def _modifiers(words: list[Token]) -> bool:
    """"U.S. border patrol agents", "Iraqi security forces": lower-case nouns between a country and
    its sector word (English compounds), not a verb or a preposition that starts another phrase."""
    return all(w.text.isalpha() and w.text.islower() and w.lower not in _NOT_MODIFIER and w.lemma == w.lower
               and not w.lower.endswith(("ed", "ing", "ly")) for w in words) \
        and not (words and words[0].lower in _SAME_FORM_PAST)     # "withdrew its troops", "cut military aid": a verb


# English verbs whose past tense is their base form: right after a country they are its verb ("The United States
# cut military assistance", "Sudan let humanitarian workers in"), not a noun qualifying a sector word
_SAME_FORM_PAST = {"cut", "hit", "put", "set", "shut", "let", "cast", "quit", "spread", "split", "hurt", "beat"}


def _attach_sectors(out: list[Mention], sectors: list[tuple[int, int, str]], toks: list[Token]) -> None:
    """A sector word next to a country mention qualifies it ("Israeli troops", "Polizei in Kairo");
    a sector word alone is a mention without a code ("the rebels")."""
    for s, e, sec in sectors:
        best = None
        for m in out:
            gap = s - m.last - 1 if s > m.last else m.first - e - 1
            between = {t.lower for t in toks[min(m.last, e) + 1:max(m.first, s)]}
            if s < m.first:
                # "King Hassan of Morocco", "President Bashir of Sudan": the title's own name may stand between
                between = {t.lower for t in toks[e + 1:m.first] if not t.text[:1].isupper()}
            # "Israeli troops", "Sudan's government", "opposition groups in Zimbabwe"
            linked = (gap == 0 or between <= POSSESSIVE
                      or (s < m.first and gap <= 3 and between <= LINKS and between & {"of", "in", "from", "des", "der", "aus", "von"})
                      or (m.last < s and gap <= 2 and _modifiers(toks[m.last + 1:s])))
            if linked and not (m.place and gap):
                if best is None or gap < best[0]:
                    best = (gap, m)
        if best is not None:
            m = best[1]
            if m.sector is None:
                m.sector = sec
                m.first, m.last = min(m.first, s), max(m.last, e)
                m.place = False
        else:
            out.append(Mention(s, e, None, sec, False, False))


# Bodies of a state a city qualifies ("Die Jenaer Polizei", "die Frankfurter Staatsanwaltschaft", "ein Londoner
# Gericht", "Staatsanwaltschaft Nürnberg-Fürth"): they take the city's state (the German set's coding guidelines,
# as PLOVER codes domestic actors by their state). Only for police, courts, prosecutors, governments,
# parliaments and the military: a club or firm named after its city ("Real Madrid") is no state's party.
CITY_SECTORS = {"COP", "JUD", "GOV", "LEG", "MIL"}
CITY_MIN_POPULATION = 50_000


@lru_cache(maxsize=1)
def _city_states() -> dict[str, str]:
    """City name (GeoNames name and alternate names, the most populous city first) -> ISO alpha-3."""
    import pycountry

    from ..entities.gazetteer import _cities     # GeoNames read once, shared with the gazetteer

    out: dict[str, str] = {}
    alpha3: dict[str, str] = {}
    for city in sorted(_cities()[1].values(), key=lambda c: -c["population"]):
        if city["population"] < CITY_MIN_POPULATION:
            break
        cc = city["countrycode"]
        if cc not in alpha3:
            country = pycountry.countries.get(alpha_2=cc)
            alpha3[cc] = country.alpha_3 if country else ""
        if not alpha3[cc]:
            continue
        for name in (city["name"], *city["alternatenames"]):
            if len(name) >= 3 and name[:1].isupper() and name.isalpha():
                out.setdefault(name, alpha3[cc])
    return out


def _city_state(word: str, adjective: bool) -> str | None:
    """The state of the city a German word names: the name itself, or its adjective in -er ("Jenaer",
    "Belgrader", "Münchner" -> München, "Bremer" -> Bremen)."""
    cities = _city_states()
    if not adjective:
        return cities.get(word.split("-")[0])
    if len(word) < 6 or not word.endswith("er") or not word[:1].isupper():
        return None
    stem = word[:-2]
    for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else ""):
        if name in cities:
            return cities[name]
    return None


def _city_bodies(out: list[Mention], toks: list[Token]) -> None:
    for k, m in enumerate(out):
        if m.code is not None or m.sector not in CITY_SECTORS or m.person or m.place:
            continue
        code, first = None, m.first
        if m.first > 0 and not any(p.last == m.first - 1 for p in out):
            code = _city_state(toks[m.first - 1].text, True)      # "Jenaer Polizei": one span, so "vom" before governs it
            first = m.first - 1 if code else m.first
        for i in range(m.first, m.last + 1):
            if code is None:
                code = _city_state(toks[i].text, True) or (
                    _city_state(toks[i].text, False) if i > m.first else None)    # "Staatsanwaltschaft Nürnberg-Fürth"
        if code is not None:
            out[k] = replace(m, code=code, first=first)
