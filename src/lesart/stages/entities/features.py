"""Gazetteer membership of single words, as features of the NER tagger (crf.py).

No pretrained embeddings are available, and German capitalises every noun, so
a word's shape says little about whether it names something.  Each word the
gazetteer knows gets the names of the lists it occurs in
(country, city, capital, region, organisation, part of a longer name); the
CRF sees the lists as features of the word and of its neighbours.  Words not
in any list get none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import CITY_FILL_MIN_POPULATION, CITY_STOP, _cities, _country_names, _german_genitive, \
    _project_names, words_of

LATIN = re.compile(r"[A-Za-zÄÖÜäöüßéèáàçñ' .-]+")
FEATURES = ("country", "city", "city_alt", "capital_or_big", "place", "org", "inner", "genitive")


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
        mark(surface, {"country": "country", "place": "place", "org": "org"}[kind])
    return {word: tuple(f for f in FEATURES if f in flags) for word, flags in table.items()}
