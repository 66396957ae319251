"""Gazetteer membership (and optionally raw-text word vectors) as the NER model's static vectors.

No pretrained embeddings are available, and German capitalises every noun, so
a word's shape says little about whether it names something.  Each word the
gazetteer knows gets a small binary vector saying in which lists it occurs
(country, city, capital, region, organisation, part of a longer name); spaCy's
``StaticVectors`` layer feeds it to the tok2vec next to the hashed features.
Words not in any list get zero flags.  The German model appends word2vec
vectors learnt from raw news text (vectors.py) to the flags.
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


def build_vectors_model(lang: str, path, word_vectors: dict[str, numpy.ndarray] | None = None) -> None:
    """A blank pipeline whose vocab holds the static vectors (for ``[initialize] vectors``).

    Each row is the word's gazetteer flags, followed by its raw-text word vector
    (vectors.py) when one is given.  Words without a word vector share one row per
    flag pattern (there are few patterns), which keeps the table small.
    """
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank(lang)
    table = gazetteer_features()
    word_vectors = word_vectors or {}
    dims = len(next(iter(word_vectors.values()))) if word_vectors else 0
    no_flags = numpy.zeros(len(FEATURES), dtype="float32")
    no_vector = numpy.zeros(dims, dtype="float32")
    rows: list[numpy.ndarray] = []
    row_of: dict[str, int] = {}
    for w in sorted(word_vectors):
        row_of[w] = len(rows)
        rows.append(numpy.concatenate([table.get(w, no_flags), word_vectors[w]]))
    pattern_row: dict[bytes, int] = {}
    for w in sorted(set(table) - set(word_vectors)):
        flags = table[w]
        if flags.tobytes() not in pattern_row:
            pattern_row[flags.tobytes()] = len(rows)
            rows.append(numpy.concatenate([flags, no_vector]))
        row_of[w] = pattern_row[flags.tobytes()]
    name = f"lesart_gazetteer_{lang}" + (f"_w2v{dims}" if dims else "")
    vectors = Vectors(strings=nlp.vocab.strings, shape=(len(rows), len(FEATURES) + dims), name=name)
    vectors.data[:] = numpy.stack(rows)
    for w, r in row_of.items():
        vectors.add(nlp.vocab.strings.add(w), row=r)
    nlp.vocab.vectors = vectors
    nlp.to_disk(path)
