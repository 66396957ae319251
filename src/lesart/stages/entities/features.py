"""Gazetteer membership of single words, as features of the NER tagger (crf.py).

No pretrained embeddings are available, and German capitalises every noun, so
a word's shape says little about whether it names something.  Each word the
gazetteer knows gets the names of the lists it occurs in
(country, city, capital, region, organisation, part of a longer name, first
name); the CRF sees the lists as features of the word and of its neighbours.
Words not in any list get none.

First names come from ``nam_dict.txt``, the name dictionary that the
gender-guesser package ships (Jörg Michael's list of about 48,000 first names
with their frequency in 54 countries; GNU Free Documentation License).  The
file is read as data from the installed distribution; the package's own
(GPL) code is not imported.  A first name before a capitalised word is the
best single sign of a person that shape and clusters cannot give.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from .gazetteer import CITY_FILL_MIN_POPULATION, CITY_STOP, _cities, _country_names, _german_genitive, \
    _project_names, words_of

LATIN = re.compile(r"[A-Za-zÄÖÜäöüßéèáàçñ' .-]+")
FEATURES = ("country", "city", "city_alt", "capital_or_big", "place", "org", "inner", "genitive", "first",
            "first_common")
# nam_dict.txt rates a name's frequency per country from 1 (rare) to 13 (extremely common), as one
# hexadecimal digit in a fixed column.  A name is listed when some country rates it 3 or more
# (15,691 names), and is common from 7 on; chosen on GermEval dev / CoNLL eng.testa
# (lists from 1, 3 or 5 on, with and without a second tier at 5, 6 or 7).
FIRST_NAME_MIN, FIRST_NAME_COMMON = 3, 7
_NAME_COLUMNS = slice(30, 85)


@lru_cache(maxsize=1)
def first_names() -> dict[str, int]:
    """First name -> its highest frequency class in any country (read once: a 1.2 s parse of a 9 MB
    file, which the surname rule in merge.py asks for on any page with a first name before a place).

    gender-guesser is a pinned dependency; should its file be missing all the same, the tagger
    still runs, without these features and less accurately, and says so once."""
    try:
        path = distribution("gender-guesser").locate_file("gender_guesser/data/nam_dict.txt")
        lines = Path(str(path)).read_text(encoding="utf-8").splitlines()
    except (PackageNotFoundError, OSError) as error:
        warnings.warn(f"lesart NER: gender-guesser's name dictionary cannot be read ({error}); entities are "
                      "tagged without first-name features and less accurately. Reinstall lesart's dependencies.",
                      RuntimeWarning, stacklevel=2)
        return {}
    names: dict[str, int] = {}
    for line in lines:
        if line.startswith("#") or len(line) <= _NAME_COLUMNS.start:
            continue
        name = line[3:29].strip()
        # "+" joins the parts of a name written with a space or hyphen ("Abd+al"): not one token
        if "+" in name or " " in name or not name[:1].isupper():
            continue
        rates = [int(c, 16) for c in line[_NAME_COLUMNS] if c in "123456789ABCDEF"]
        if rates and max(rates) >= FIRST_NAME_MIN:
            names[name] = max(names.get(name, 0), max(rates))
    return names


@lru_cache(maxsize=1)
def gazetteer_flags() -> dict[str, tuple[str, ...]]:
    """word (case-sensitive) -> the lists it occurs in, in FEATURES order."""
    table: dict[str, set[str]] = {}

    def mark(name: str, feature: str) -> None:
        """Every word of the name gets the feature; words after the first also get ``inner``."""
        words = [w for w in words_of(name) if any(c.isalpha() for c in w)]
        for i, w in enumerate(words):
            table.setdefault(w, set()).update((feature, "inner") if i else (feature,))
        gen = _german_genitive(name) if len(words) == 1 else None
        if gen:
            table.setdefault(gen, set()).update((feature, "genitive"))

    for surface, _alpha3, _lang in _country_names():
        mark(surface, "country")
    countries, cities = _cities()
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    for city in cities.values():
        mark(city["name"], "city")
        if (city["name"], city["countrycode"]) in capitals or city["population"] >= CITY_FILL_MIN_POPULATION:
            mark(city["name"], "capital_or_big")
        for alt in city["alternatenames"]:
            # German and English forms only: Latin letters (with umlauts), which also keeps the table small
            if len(alt) >= 4 and alt[0].isupper() and alt not in CITY_STOP and LATIN.fullmatch(alt):
                mark(alt, "city_alt")
    for surface, _label, _kb, kind in _project_names():
        if kind in ("group", "platform", "product"):   # listed after the models were trained: no feature of theirs
            continue
        mark(surface, {"country": "country", "place": "place", "org": "org"}[kind])
    for name, rate in first_names().items():
        table.setdefault(name, set()).update(("first", "first_common") if rate >= FIRST_NAME_COMMON else ("first",))
    return {word: tuple(f for f in FEATURES if f in flags) for word, flags in table.items()}
