"""The word lists behind the voice layer, read once from ``data/``.

Three kinds of entries (see the header of ``data/voice_de.txt``):
a word stem that matches a token exactly or with an inflection ending,
``*suffix`` for compound heads ("demokratiefeindlich"), ``prefix*`` for
compound modifiers ("Zwangsabgabe").  Multi-word entries match token runs.
SentiWS (German, non-commercial) and BABE's word labels (English, AGPL)
add polarity and loaded words; both licences are stated in MODEL_CARD.md.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Endings that keep a word the same lemma: German adjective/noun inflection and
# comparison, English plural/verb/adverb forms.  A stem must be followed by one
# of these (or nothing), so "gut" does not match "Gutachten".
_ENDINGS = {
    "de": ("", "e", "en", "er", "es", "em", "n", "s", "st", "ste", "sten", "ster", "stes", "stem",
           "ere", "eren", "erer", "eres", "erem", "este", "esten", "ester", "estes", "estem"),
    "en": ("", "s", "es", "d", "ed", "ing", "ly", "er", "est"),
}
MIN_SUFFIX_HEAD = 3       # "*feindlich": the part before must be a word, not "un"
MAX_MEMO = 200_000        # distinct tokens remembered per language (a few MB at most)
SENTIWS_STRONG = 0.2      # SentiWS weights below this are mostly neutral words ("genau" 0.004)
SENTIWS_VALUE_WORD = 0.3  # a SentiWS adjective this strong is a value word on its own
SENTIWS_VALUE_POS = ("ADJX", "ADV")   # nouns and verbs ("Verluste", "helfen") describe facts too often


@dataclass(frozen=True)
class Entry:
    kind: str
    technique: str | None = None


@dataclass
class Lexicon:
    words: dict[str, Entry]
    suffixes: dict[str, Entry]
    prefixes: dict[str, Entry]
    phrases: dict[tuple[str, ...], Entry]
    endings: tuple[str, ...]
    polarity: dict[str, float]
    value_words: dict[str, float] = field(default_factory=dict)   # strong SentiWS adjectives/adverbs
    _seen: dict[str, Entry | None] = field(default_factory=dict, repr=False)

    def lookup(self, token: str) -> Entry | None:
        """The entry a lowercase token belongs to, or None (memoised: news repeats its words)."""
        try:
            return self._seen[token]
        except KeyError:
            pass
        entry = self._lookup(token)
        if len(self._seen) < MAX_MEMO:
            self._seen[token] = entry
        return entry

    def _lookup(self, token: str) -> Entry | None:
        for ending in self.endings:
            if ending and not token.endswith(ending):
                continue
            stem = token[: len(token) - len(ending)] if ending else token
            hit = self.words.get(stem)
            if hit:
                return hit
        for suffix, entry in self.suffixes.items():
            if token.endswith(suffix) and len(token) - len(suffix) >= MIN_SUFFIX_HEAD:
                return entry
            for ending in self.endings[1:4]:
                if token.endswith(suffix + ending) and len(token) - len(suffix + ending) >= MIN_SUFFIX_HEAD:
                    return entry
        for prefix, entry in self.prefixes.items():
            if token.startswith(prefix) and len(token) > len(prefix) + 2:
                return entry
        return None

    def strong_polarity(self, token: str) -> float:
        weight = self.polarity.get(token, 0.0)
        return weight if abs(weight) >= SENTIWS_STRONG else 0.0


def _read_entries(path: Path) -> list[tuple[str, Entry]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        rows.append((parts[0].strip().lower(), Entry(parts[1].strip(), (parts[2].strip() or None) if len(parts) > 2 else None)))
    return rows


def _read_sentiws() -> tuple[dict[str, float], dict[str, float]]:
    polarity, value_words = {}, {}
    with gzip.open(DATA / "sentiws_de.txt.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            form, weight, pos = line.rstrip("\n").split("\t")
            polarity[form] = float(weight)
            if pos in SENTIWS_VALUE_POS and abs(float(weight)) >= SENTIWS_VALUE_WORD:
                value_words[form] = float(weight)
    return polarity, value_words


@lru_cache(maxsize=None)    # one entry per language code seen; a bound evicted de/en on multilingual runs
def load(language: str) -> Lexicon | None:
    path = DATA / f"voice_{language}.txt"
    if not path.exists():
        return None
    lex = Lexicon({}, {}, {}, {}, _ENDINGS.get(language, ("",)), {})
    for key, entry in _read_entries(path):
        if " " in key:
            lex.phrases[tuple(key.split())] = entry
        elif key.startswith("*"):
            lex.suffixes[key[1:]] = entry
        elif key.endswith("*"):
            lex.prefixes[key[:-1]] = entry
        else:
            lex.words[key] = entry
    if language == "de":
        lex.polarity, lex.value_words = _read_sentiws()
    if language == "en":
        for line in (DATA / "babe_words_en.txt").read_text("utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                lex.words.setdefault(word, Entry("loaded", "Loaded_Language"))
    return lex
