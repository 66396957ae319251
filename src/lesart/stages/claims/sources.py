"""What kind of source a source phrase names."""
from __future__ import annotations

import re
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
)
_WORD = re.compile(r"\w+", re.UNICODE)


def _has_stem(words: list[str], phrase: str, stem: str) -> bool:
    if " " in stem:
        return stem in phrase
    if len(stem) <= 4:  # short stems (nis, dpa, ag, un) only as whole words
        return stem in words
    return any(stem in w for w in words)


@lru_cache(maxsize=8192)
def classify(text: str) -> str:
    """One of the contract's source kinds for a source phrase (cached: news repeats its sources)."""
    phrase = " ".join(_WORD.findall(text.lower()))
    words = phrase.split()
    if not words:
        return "unspecified"
    stems = lexicon.source_kind_stems()
    for kind in KIND_ORDER:
        if kind == "organisation" and _is_country_list(text):
            return "government"  # before organisation: "Vereinigten" is not a "Verein"
        if any(_has_stem(words, phrase, stem) for k, stem in stems if k == kind):
            return kind
    if words[0] in PRONOUNS or any(w in PERSON_NOUNS for w in words):
        return "person"
    if words[0] in {"es", "it", "man"}:
        return "unspecified"
    return "person"


def _is_country_list(text: str) -> bool:
    """"Südkorea, der Ukraine und den Vereinigten Staaten": only countries, articles, 'and'."""
    rest = text
    for name in sorted(lexicon.countries(), key=len, reverse=True):
        if name in rest:
            rest = rest.replace(name, " ")
    if rest == text:
        return False
    leftover = [w for w in _WORD.findall(rest.lower())
                if w not in {"der", "die", "das", "den", "dem", "des", "und", "sowie", "the", "and", "of", "von"}]
    return not leftover


def is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS
