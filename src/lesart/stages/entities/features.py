"""Gazetteer membership of single words, as features of the NER tagger (crf.py).

No pretrained embeddings are available, and German capitalises every noun, so
a word's shape says little about whether it names something.  Each word the
gazetteer knows gets a small binary vector saying in which lists it occurs
(country, city, capital, region, organisation, part of a longer name); the
CRF sees the lists as features of the word and of its neighbours.  Words not
in any list get none.
"""
from __future__ import annotations

import re

import numpy

from .gazetteer import CITY_FILL_MIN_POPULATION, CITY_STOP, _cities, _country_names, _german_genitive, \
    _project_names, words_of

LATIN = re.compile(r"[A-Za-zÄÖÜäöüßéèáàçñ' .-]+")
FEATURES = ("country", "city", "city_alt", "capital_or_big", "place", "org", "inner", "genitive")


def gazetteer_features() -> dict[str, numpy.ndarray]:
    """word (case-sensitive) -> 0/1 vector over FEATURES."""
    table: dict[str, numpy.ndarray] = {}

    def set_(word: str, *features: str) -> None:
        vec = table.setdefault(word, numpy.zeros(len(FEATURES), dtype="float32"))
        for f in features:
            vec[FEATURES.index(f)] = 1.0

    def mark(name: str, feature: str) -> None:
        """Every word of the name gets the feature; words after the first also get ``inner``."""
        words = [w for w in words_of(name) if any(c.isalpha() for c in w)]
        for i, w in enumerate(words):
            set_(w, feature, *(("inner",) if i else ()))
        gen = _german_genitive(name) if len(words) == 1 else None
        if gen:
            set_(gen, feature, "genitive")

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
    return table
