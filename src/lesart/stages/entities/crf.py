"""Named entities with a linear-chain CRF (trained with python-crfsuite, tagged in numpy), one model per language.

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

import itertools
import re
import struct
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np

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
                 vocabulary: Mapping[bytes, int] | None = None):
        self.clusters = clusters or {}
        # Tagging only (see ``for_model``): the model's attribute ids.  Attributes come out as
        # these ids, and those the model has no weights for are left out (crfsuite skipped
        # them too, so a word's scores are the same sums in the same order).
        self.vocabulary = vocabulary
        # word -> (own attributes, and as the neighbour at -2, -1, +1, +2): one lookup per word
        self._words: dict[str, tuple[tuple, ...]] = {}
        self._bos, self._doclow = (self._encode((flag,)) for flag in (b"BOS", b"doclow"))
        # One entry that reads as the padding at every offset: put twice before and after
        # a sentence, it lets ``sentence`` look up neighbours without bounds checks.
        self._pad_entry = ((), *(self._encode(_PAD[offset]) for offset in OFFSETS))

    def for_model(self, vocabulary: Mapping[bytes, int]) -> Features:
        """The same features as a model's attribute ids, for tagging with that model."""
        return Features(self.clusters, vocabulary)

    def _encode(self, attributes: Iterable[bytes]) -> tuple:
        vocabulary = self.vocabulary
        if vocabulary is None:
            return tuple(attributes)
        return tuple(vocabulary[a] for a in attributes if a in vocabulary)

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
                self._encode(f.encode() for f in names),
                *(self._encode(f"{offset}:{f}".encode() for f in (near if abs(offset) == 1 else far))
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
                 ) -> list[list]:
        """Attributes for one sentence's words (bytes, or the model's ids: see ``for_model``);
        ``document_lowercase`` holds the words that the whole document uses in lowercase."""
        lows = [w.lower() for w in words]
        pad = self._pad_entry
        cache, compute = self._words, self._word
        entries = [pad, pad, *[cache.get(w) or compute(w) for w in words], pad, pad]
        # Word bigrams: bg+ of word i and bg- of word i + 1 join the same two words
        # (None: no neighbour there, or an attribute the model does not know).
        pairs = [f"{a}|{b}" for a, b in zip(lows, lows[1:])]
        if self.vocabulary is None:
            after = [f"bg+:{p}".encode() for p in pairs]
            before = [f"bg-:{p}".encode() for p in pairs]
        else:
            get = self.vocabulary.get
            after = [get(f"bg+:{p}".encode()) for p in pairs]
            before = [get(f"bg-:{p}".encode()) for p in pairs]
        after.append(None)
        before.insert(0, None)
        bos, doclow = self._bos, self._doclow
        out = []
        for i, word in enumerate(words):
            flags = bos if i == 0 else ()
            if doclow and word[:1].isupper() and lows[i] in document_lowercase:
                flags += doclow
            # entries[i + 2] is word i; entries[j][k]: word j - 2 seen from offset OFFSETS[k - 1]
            attributes = [*entries[i + 2][0], *flags, *entries[i][1], *entries[i + 1][2], *entries[i + 3][3],
                          *entries[i + 4][4]]
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
    """A trained model file, read once, and the features it was trained with; tags one document at a time.

    Tagging does what crfsuite's tagger does, in numpy over all sentences of a
    document at once: crfsuite's Python binding copies every attribute string
    several times and looks it up in the model's hash table, which took two
    thirds of the stage's time.  The model file's weights are read as they are
    (``CrfWeights``); a token's label scores are the sums of its attributes'
    weights added in the same order, and the Viterbi search takes the same first
    best predecessor and last label on ties, so the tags are crfsuite's
    (``tests/test_entities.py`` compares them)."""

    def __init__(self, path: Path, features: Features):
        self.path = path
        self.weights = CrfWeights.read(path)
        self.features = features.for_model(self.weights.attribute_ids)

    def tag_document(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str]]]:
        """Token spans per sentence; the sentences are one document's (see ``Features.sentence``)."""
        lowercase = lowercase_words(sentences)
        rows = [self.features.sentence(words, lowercase) for words in sentences if words]
        tags = iter(self.weights.tag(rows))
        return [bio_to_spans(next(tags)) if words else [] for words in sentences]


class CrfWeights:
    """A crfsuite linear-chain CRF model (crfsuite's ``crf1d`` file format) as numpy arrays."""

    def __init__(self, labels: list[str], attributes: list[bytes], state: np.ndarray, transition: np.ndarray):
        self.labels = np.array(labels, dtype=object)
        self.attribute_ids = {name: i for i, name in enumerate(attributes)}
        # One row per attribute id, a column per label; one more row of zeros pads the
        # attribute lists of a document's tokens to the same length (adding 0.0 changes no sum).
        self.state = state
        self.transition = transition        # [from label, to label]

    @classmethod
    def read(cls, path: Path) -> CrfWeights:
        """Read the model file.  After its header (magic ``lCRF``, type ``FOMC``, the
        counts and the offsets of its parts) come the features (type 0: attribute ->
        label, 1: label -> label; uint32 type, source, target and a float64 weight) and
        the label and attribute names as CQDB string tables, whose backward array gives
        for each id the offset of its record (int32 id, uint32 size, the name and a NUL).
        All little-endian, as crfsuite writes it: see its lib/crf/src/crf1d_model.c and
        lib/cqdb/src/cqdb.c."""
        data = Path(path).read_bytes()
        magic, _size, kind, _version, _n, n_labels, n_attrs, off_features, off_labels, off_attrs = \
            struct.unpack_from("<4sI4sIIIIIII", data, 0)
        chunk, _chunk_size, n_features = struct.unpack_from("<4sII", data, off_features)
        if magic != b"lCRF" or kind != b"FOMC" or chunk != b"FEAT":
            raise ValueError(f"{path}: not a crfsuite CRF model this reader knows")
        labels = [name.decode() for name in _cqdb_names(data, off_labels, n_labels)]
        attributes = _cqdb_names(data, off_attrs, n_attrs)
        features = np.frombuffer(data, count=n_features, offset=off_features + 12,
                                 dtype=np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("w", "<f8")]))
        state = np.zeros((n_attrs + 1, n_labels))
        transition = np.zeros((n_labels, n_labels))
        for kind_id, table in ((0, state), (1, transition)):
            f = features[features["type"] == kind_id]
            table[f["src"], f["dst"]] = f["w"]
        return cls(labels, attributes, state, transition)

    def tag(self, sentences: Sequence[Sequence[Sequence[int]]]) -> list[list[str]]:
        """The best label sequence of each sentence (a list of tokens' attribute id lists)."""
        if not sentences:
            return []
        # Sentences longest first: at step t the sentences still going are a prefix.
        order = sorted(range(len(sentences)), key=lambda k: -len(sentences[k]))
        lengths = np.array([len(sentences[k]) for k in order])
        tokens = [token for k in order for token in sentences[k]]
        first = np.concatenate(([0], np.cumsum(lengths)[:-1]))         # each sentence's first token
        # Scores: the attribute lists side by side, padded with the zero row, summed column by
        # column, which adds each token's weights in its attributes' order as crfsuite does.
        # Rows go by attribute count, most first, so column k is summed over a prefix only.
        widths = np.fromiter(map(len, tokens), dtype=np.intp, count=len(tokens))
        by_width = np.argsort(-widths, kind="stable")
        widths_sorted = widths[by_width]
        ids = np.full((len(tokens), int(widths_sorted[0])), len(self.state) - 1, dtype=np.intp)
        rows = np.repeat(np.argsort(by_width), widths)          # each attribute's row in the sorted order
        cols = np.arange(int(widths.sum())) - np.repeat(np.cumsum(widths) - widths, widths)
        ids[rows, cols] = np.fromiter(itertools.chain.from_iterable(tokens), dtype=np.intp, count=rows.size)
        sorted_scores = np.zeros((len(tokens), self.state.shape[1]))
        going = (widths_sorted[:, None] > np.arange(ids.shape[1])).sum(axis=0)     # rows with a k-th attribute
        for k, m in enumerate(going):
            sorted_scores[:m] += self.state[ids[:m, k]]
        scores = np.empty_like(sorted_scores)
        scores[by_width] = sorted_scores
        # Viterbi (crfsuite's crf1dc_viterbi): best[j] = max over i of (best[i] + transition[i, j]),
        # the first such i kept as the back link, plus the token's own score.
        active = (lengths[:, None] > np.arange(int(lengths[0]))).sum(axis=0)
        best = scores[first].copy()
        back = [None]
        for t in range(1, int(lengths[0])):
            n = active[t]
            candidates = best[:n, :, None] + self.transition
            links = candidates.argmax(axis=1)
            back.append(links)
            best[:n] = candidates.max(axis=1) + scores[first[:n] + t]
        last = best.argmax(axis=1)
        # Back links from each sentence's last token.
        path = np.empty(len(tokens), dtype=np.intp)
        current = np.empty(len(order), dtype=np.intp)
        for t in range(int(lengths[0]) - 1, -1, -1):
            n = active[t]
            going = active[t + 1] if t + 1 < len(active) else 0       # sentences longer than t + 1
            current[going:n] = last[going:n]
            if going:
                current[:going] = back[t + 1][np.arange(going), current[:going]]
            path[first[:n] + t] = current[:n]
        names = self.labels[path]
        out: list[list[str]] = [[] for _ in sentences]
        for k, start, length in zip(order, first, lengths):
            out[k] = names[start:start + length].tolist()
        return out


def _cqdb_names(data: bytes, offset: int, count: int) -> list[bytes]:
    """The strings of a CQDB table (crfsuite's string <-> id dictionary), by id."""
    chunk, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB" or bwd_size != count:
        raise ValueError("not a CQDB table of the expected size")
    names = []
    start = offset + bwd_offset
    for i, (record,) in enumerate(struct.iter_unpack("<I", data[start:start + 4 * bwd_size])):
        record_id, size = struct.unpack_from("<iI", data, offset + record)
        if record_id != i:
            raise ValueError("CQDB backward array out of order")
        names.append(data[offset + record + 8:offset + record + 7 + size])
    return names


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
