"""Named entities with a linear-chain CRF (python-crfsuite), one model per language.

Why a CRF and not a neural tagger: with no pretrained embeddings available, a
CRF over word, shape, affix, context and gazetteer features beat the spaCy CNN
we shipped before on both tuning sets (CoNLL eng.testa 90.2 vs 88.4, GermEval
dev 62.2 vs 60.6, model alone), is a tenth of its size and several times
faster (see the model cards).

Features of a token (all computed per distinct word and cached, since news
repeat their words):
- the word lowercased, its shape ("Xxxx", "dd.dd"), title/upper case, length,
  digits, hyphen, prefixes of 2-3 and suffixes of 2-4 letters;
- the gazetteer lists the word occurs in (``features.gazetteer_features``:
  country, city, capital, place, organisation, inner word of a name);
- the same word/shape/case/gazetteer features of the two words on either
  side, the last three letters of each next word, and the word bigrams with
  each next word;
- document features: first word of the sentence; a capitalised word that the
  same document also uses in lowercase ("Die" / "die"), which is rarely a name.

Input is a list of words (gold tokens in training and evaluation, spaCy's
rule tokenizer at run time); output BIO tags over PER, ORG, LOC, MISC.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")
# Context window: features of the words at these offsets join a token's own.
OFFSETS = (-2, -1, 1, 2)
# Training settings chosen on the tuning splits (eng.testa, GermEval dev).
TRAINING = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

_UPPER = re.compile(r"[A-ZÄÖÜ]")
_LOWER = re.compile(r"[a-zäöüß]")
_DIGIT = re.compile(r"\d")
_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def gazetteer_flags() -> dict[str, tuple[str, ...]]:
    """word (case-sensitive) -> names of the gazetteer lists it occurs in."""
    import numpy

    from .features import FEATURES, gazetteer_features

    return {word: tuple(FEATURES[i] for i in numpy.flatnonzero(vector))
            for word, vector in gazetteer_features().items()}


def word_shape(word: str) -> str:
    """Letters and digits as X/x/d, runs shortened to two: "Nordkorea" -> "Xxx", "10.000" -> "dd.ddd" -> "dd.dd"."""
    shape = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEAT.sub(r"\1\1", shape)


@lru_cache(maxsize=200_000)
def _own(word: str) -> tuple[str, ...]:
    """The token's own features, as crfsuite attribute names (all binary)."""
    low = word.lower()
    features = ["b", "w:" + low, "sh:" + word_shape(word), "s2:" + low[-2:], "s3:" + low[-3:],
                "s4:" + low[-4:], "p2:" + low[:2], "p3:" + low[:3], f"len:{min(len(word), 8)}"]
    if word.istitle():
        features.append("t")
    if word.isupper():
        features.append("u")
    if any(ch.isdigit() for ch in word):
        features.append("dig")
    if "-" in word:
        features.append("hy")
    features += ["g_" + flag for flag in gazetteer_flags().get(word, ())]
    return tuple(features)


@lru_cache(maxsize=400_000)
def _as_neighbour(word: str, offset: int) -> tuple[str, ...]:
    """A neighbour's word, shape, case and gazetteer features, prefixed by its offset."""
    keep = [f for f in _own(word) if f.startswith(("w:", "sh:", "g_")) or f == "t"]
    return tuple(f"{offset}:{f}" for f in keep)


_PAD = {offset: (f"{offset}:pad",) for offset in OFFSETS}


def sentence_features(words: Sequence[str], document_lowercase: set[str] | frozenset[str] = frozenset()
                      ) -> list[list[str]]:
    """crfsuite attribute lists for one sentence's words; ``document_lowercase``
    holds the words that the whole document uses in lowercase."""
    n = len(words)
    lows = [w.lower() for w in words]
    out = []
    for i, word in enumerate(words):
        features = list(_own(word))
        if i == 0:
            features.append("BOS")
        if word[:1].isupper() and lows[i] in document_lowercase:
            features.append("doclow")
        for offset in OFFSETS:
            j = i + offset
            features += _as_neighbour(words[j], offset) if 0 <= j < n else _PAD[offset]
        if i > 0:
            features += ("-1:s3:" + lows[i - 1][-3:], "bg-:" + lows[i - 1] + "|" + lows[i])
        if i < n - 1:
            features += ("1:s3:" + lows[i + 1][-3:], "bg+:" + lows[i] + "|" + lows[i + 1])
        out.append(features)
    return out


def lowercase_words(sentences: Iterable[Sequence[str]]) -> frozenset[str]:
    return frozenset(w for words in sentences for w in words if w.islower())


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label); an I- tag without its B- opens a span (as conlleval)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        kind, _, lab = tag.partition("-")
        if start is not None and (kind != "I" or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if kind == "B" or (kind == "I" and start is None):
            start, label = i, lab
    return spans


def spans_to_bio(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = "B-" + label
        for k in range(start + 1, end):
            tags[k] = "I-" + label
    return tags


class CrfTagger:
    """A trained model file, opened once; tags word lists of one document."""

    def __init__(self, path: Path):
        import pycrfsuite

        self.path = path
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Token spans per sentence; the sentences are one document's (see ``sentence_features``)."""
        lowercase = lowercase_words(sentences)
        out = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            out.append(bio_to_spans(self._tagger.tag(sentence_features(words, lowercase))))
        return out


def train(sentences: Sequence[tuple[Sequence[str], Sequence[str]]], documents: Sequence[Sequence[int]],
          path: Path, settings: dict | None = None) -> Path:
    """Train on (words, BIO tags) pairs grouped into ``documents`` (lists of indices); write ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**TRAINING, **(settings or {})})
    for group in documents:
        lowercase = lowercase_words(sentences[i][0] for i in group)
        for i in group:
            words, tags = sentences[i]
            if words:
                trainer.append(sentence_features(words, lowercase), list(tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path
