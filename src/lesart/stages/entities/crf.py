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
import struct
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

    def __init__(self, clusters: Mapping[str, Sequence[int]] | None = None,
                 known: frozenset[bytes] | None = None):
        self.clusters = clusters or {}
        # Tagging only (see ``for_model``): the attributes the model has weights for.
        # crfsuite skips every other attribute of an item, so leaving them out gives
        # the same scores in the same order of addition, hence the same tags, and
        # spares the tagger converting and looking up about a sixth of the strings.
        self.known = known
        # word -> (own attributes, and as the neighbour at -2, -1, +1, +2): one lookup per word
        self._words: dict[str, tuple[tuple[bytes, ...], ...]] = {}
        self._flags = tuple(known is None or flag in known for flag in (b"BOS", b"doclow"))
        # One entry that reads as the padding at every offset: put twice before and after
        # a sentence, it lets ``sentence`` look up neighbours without bounds checks.
        self._pad_entry = ((), *(self._keep(_PAD[offset]) for offset in OFFSETS))

    def for_model(self, known: frozenset[bytes]) -> Features:
        """The same features for tagging with a model that knows only ``known`` attributes."""
        return Features(self.clusters, known)

    def _keep(self, attributes: Iterable[bytes]) -> tuple[bytes, ...]:
        known = self.known
        return tuple(attributes) if known is None else tuple(a for a in attributes if a in known)

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
                self._keep(f.encode() for f in names),
                *(self._keep(f"{offset}:{f}".encode() for f in (near if abs(offset) == 1 else far))
                  for offset in OFFSETS))
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
        lows = [w.lower() for w in words]
        pad = self._pad_entry
        entries = [pad, pad, *(self._word(w) for w in words), pad, pad]
        bos, doclow = self._flags
        # Word bigrams: bg+ of word i and bg- of word i + 1 join the same two words (None: no
        # neighbour there, or an attribute the model does not know).
        pairs = [f"{a}|{b}" for a, b in zip(lows, lows[1:])]
        after = [*(f"bg+:{p}".encode() for p in pairs), None]
        before = [None, *(f"bg-:{p}".encode() for p in pairs)]
        if self.known is not None:
            after = [a if a in self.known else None for a in after]
            before = [b if b in self.known else None for b in before]
        out = []
        for i, word in enumerate(words):
            # entries[i + 2] is word i; entries[j][k]: word j - 2 seen from offset OFFSETS[k - 1]
            attributes = list(entries[i + 2][0])
            if i == 0 and bos:
                attributes.append(b"BOS")
            if doclow and word[:1].isupper() and lows[i] in document_lowercase:
                attributes.append(b"doclow")
            attributes += entries[i][1]
            attributes += entries[i + 1][2]
            attributes += entries[i + 3][3]
            attributes += entries[i + 4][4]
            if after[i] is not None:
                attributes.append(after[i])
            if before[i] is not None:
                attributes.append(before[i])
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
        self.features = features.for_model(model_attributes(path))
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Token spans per sentence; the sentences are one document's (see ``Features.sentence``)."""
        lowercase = lowercase_words(sentences)
        return [bio_to_spans(self._tagger.tag(self.features.sentence(words, lowercase))) if words else []
                for words in sentences]


def model_attributes(path: Path) -> frozenset[bytes]:
    """The attribute names a crfsuite CRF model file has weights for.

    pycrfsuite does not expose a model's attribute dictionary (``Tagger.info``
    parses a text dump and takes a quarter of a second), so this reads it from
    the file: after the header (magic ``lCRF``, type ``FOMC``) come the counts
    and the offsets of the model's parts; the attributes are a CQDB there, whose
    backward array gives, for each attribute id, the offset of its record
    (int32 id, uint32 size, the name and a NUL).  All little-endian, as crfsuite
    writes it.  See crfsuite's lib/crf/src/crf1d_model.c and lib/cqdb/src/cqdb.c.
    """
    data = Path(path).read_bytes()
    magic, _size, kind, _version, _features, _labels, n_attrs, _off_features, _off_labels, off_attrs = \
        struct.unpack_from("<4sI4sIIIIIII", data, 0)
    chunk, _csize, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, off_attrs)
    if magic != b"lCRF" or kind != b"FOMC" or chunk != b"CQDB" or bwd_size != n_attrs:
        raise ValueError(f"{path}: not a crfsuite CRF model this reader knows")
    names = []
    for (offset,) in struct.iter_unpack("<I", data[off_attrs + bwd_offset:off_attrs + bwd_offset + 4 * bwd_size]):
        _id, size = struct.unpack_from("<iI", data, off_attrs + offset)
        start = off_attrs + offset + 8
        names.append(data[start:start + size - 1])
    return frozenset(names)


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
