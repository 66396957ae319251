"""Named entities with a linear-chain CRF (python-crfsuite), one model per language.

Why a CRF and not a neural tagger: with no pretrained embeddings available, a
CRF over word, shape, affix, context, gazetteer and word-cluster features beat
the spaCy CNN we shipped before on both tuning sets (model alone, see the model
cards), is a tenth of its size and several times faster.

Features of a token (all computed per distinct word and cached, since news
repeat their words):
- the word lowercased, its shape ("Xxxx", "dd.dd"), title/upper case, length,
  digits, hyphen, prefixes of 2-3 and suffixes of 2-4 letters;
- the gazetteer lists the word occurs in (``features.gazetteer_flags``:
  country, city, capital, place, organisation, inner word of a name);
- its word clusters (``clusters.py``: k-means over word2vec vectors learnt
  from raw news text, at three sizes), for words the training split lacks;
- the same word/shape/case/gazetteer features of the two words on either
  side, the clusters and last three letters of each next word, and the word
  bigrams with each next word;
- document features: first word of the sentence; a capitalised word that the
  same document also uses in lowercase ("Die" / "die"), which is rarely a name.

Input is a list of words (gold tokens in training and evaluation, spaCy's
rule tokenizer at run time); output BIO tags over PER, ORG, LOC, MISC.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .features import gazetteer_flags

LABELS = ("PER", "ORG", "LOC", "MISC")
# Context window: features of the words at these offsets join a token's own.
OFFSETS = (-2, -1, 1, 2)
# Training settings chosen on the tuning splits (eng.testa, GermEval dev).
TRAINING = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}

_UPPER = re.compile(r"[A-ZÄÖÜ]")
_LOWER = re.compile(r"[a-zäöüß]")
_DIGIT = re.compile(r"\d")
_REPEAT = re.compile(r"(.)\1+")
# Per-word caches are dropped when they grow past this many words (a long batch run meets new words forever).
_CACHE_WORDS = 200_000


def word_shape(word: str) -> str:
    """Letters and digits as X/x/d, runs shortened to two: "Nordkorea" -> "Xxx", "10.000" -> "dd.ddd" -> "dd.dd"."""
    shape = _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))
    return _REPEAT.sub(r"\1\1", shape)


class Features:
    """crfsuite attributes of words, with one language's word clusters.

    Attributes are binary and named as crfsuite names a string-valued feature
    ("w:regierung"); they go to the tagger as UTF-8 bytes, which it reads
    without converting.  A word's own attributes and its attributes as a
    neighbour are computed once per distinct word."""

    def __init__(self, clusters: Mapping[str, Sequence[int]] | None = None):
        self.clusters = clusters or {}
        # word -> (own attributes, and as the neighbour at -2, -1, +1, +2): one lookup per word
        self._words: dict[str, tuple[tuple[bytes, ...], ...]] = {}

    def _word(self, word: str) -> tuple[tuple[bytes, ...], ...]:
        found = self._words.get(word)
        if found is None:
            if len(self._words) > _CACHE_WORDS:
                self._words.clear()
            names = self._own_names(word)
            # A neighbour brings its word, shape, case and gazetteer lists; next door
            # also its clusters and last three letters.
            far = [f for f in names if f.startswith(("w:", "sh:", "g_")) or f == "t"]
            near = far + [f for f in names if f.startswith(("c", "s3:"))]
            found = self._words[word] = (
                tuple(f.encode() for f in names),
                *(tuple(f"{offset}:{f}".encode() for f in (near if abs(offset) == 1 else far)) for offset in OFFSETS))
        return found

    def _own_names(self, word: str) -> list[str]:
        low = word.lower()
        names = ["b", "w:" + low, "sh:" + word_shape(word), "s2:" + low[-2:], "s3:" + low[-3:],
                 "s4:" + low[-4:], "p2:" + low[:2], "p3:" + low[:3], f"len:{min(len(word), 8)}"]
        if word.istitle():
            names.append("t")
        if word.isupper():
            names.append("u")
        if any(ch.isdigit() for ch in word):
            names.append("dig")
        if "-" in word:
            names.append("hy")
        names += ["g_" + flag for flag in gazetteer_flags().get(word, ())]
        ids = self.clusters.get(word) or self.clusters.get(low)
        if ids:
            names += [f"c{size}:{cid}" for size, cid in enumerate(ids)]
        return names

    def sentence(self, words: Sequence[str], document_lowercase: frozenset[str] | set[str] = frozenset()
                 ) -> list[list[bytes]]:
        """Attributes for one sentence's words; ``document_lowercase`` holds the
        words that the whole document uses in lowercase."""
        n = len(words)
        lows = [w.lower() for w in words]
        entries = [self._word(w) for w in words]
        out = []
        for i, word in enumerate(words):
            attributes = list(entries[i][0])
            if i == 0:
                attributes.append(b"BOS")
            if word[:1].isupper() and lows[i] in document_lowercase:
                attributes.append(b"doclow")
            # entries[j][k]: word j seen from offset OFFSETS[k - 1], i.e. -2, -1, +1, +2
            attributes += entries[i - 2][1] if i >= 2 else _PAD[-2]
            attributes += entries[i - 1][2] if i >= 1 else _PAD[-1]
            attributes += entries[i + 1][3] if i + 1 < n else _PAD[1]
            attributes += entries[i + 2][4] if i + 2 < n else _PAD[2]
            if i < n - 1:
                attributes.append(f"bg+:{lows[i]}|{lows[i + 1]}".encode())
            if i > 0:
                attributes.append(f"bg-:{lows[i - 1]}|{lows[i]}".encode())
            out.append(attributes)
        return out


_PAD = {offset: (f"{offset}:pad".encode(),) for offset in OFFSETS}


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
    """A trained model file, opened once, and the features it was trained with; tags one document at a time."""

    def __init__(self, path: Path, features: Features):
        import pycrfsuite

        self.path = path
        self.features = features
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Token spans per sentence; the sentences are one document's (see ``Features.sentence``)."""
        lowercase = lowercase_words(sentences)
        return [bio_to_spans(self._tagger.tag(self.features.sentence(words, lowercase))) if words else []
                for words in sentences]


def train(sentences: Sequence[tuple[Sequence[str], Sequence[str]]], documents: Sequence[Sequence[int]],
          path: Path, features: Features, settings: dict | None = None) -> Path:
    """Train on (words, BIO tags) pairs grouped into ``documents`` (lists of indices); write ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params({**TRAINING, **(settings or {})})
    for group in documents:
        lowercase = lowercase_words(sentences[i][0] for i in group)
        for i in group:
            words, tags = sentences[i]
            if words:
                trainer.append(features.sentence(words, lowercase), list(tags))
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path
