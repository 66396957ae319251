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
- German only: its word class by HanTa (``word_tags.py``: proper noun NE or
  common noun NN, ...), for capitalised words of the cluster vocabulary;
- German only, for words the training split and the clusters rarely know: a
  5-letter suffix and a 4-letter prefix; the word class, lists and clusters of
  a capitalised word's stem before a genitive -s/-es ("Nordafrikas",
  "Griechenlandes"); and of a hyphenated compound ("CSU-Politiker",
  "EU-Kommission") its last part (word, clusters, class) and its first part
  (lists, class, all capitals), the former also as a neighbour's;
- the same word/shape/case/gazetteer/word-class features of the two words on either
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
                 vocabulary: Mapping[bytes, int] | None = None, word_tags: Mapping[str, str] | None = None,
                 german: bool = False):
        self.clusters = clusters or {}
        self.word_tags = word_tags or {}
        # German inflection and compound features (``_german_names``); the English model has none.
        self.german = german
        self._far = _FAR + _FAR_GERMAN if german else _FAR
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
        return Features(self.clusters, vocabulary, self.word_tags, self.german)

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
            far = [f for f in names if f.startswith(self._far) or f == "t"]
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
        tag = self.word_tags.get(word)
        if tag:
            names.append("wt:" + tag)
        ids = self.clusters.get(word) or self.clusters.get(low)
        if ids:
            names += [f"c{size}:{cid}" for size, cid in enumerate(ids)]
        if self.german:
            names += self._german_names(word, low)
        return names

    def _german_names(self, word: str, low: str) -> list[str]:
        """What a German word's longer affixes, genitive stem and compound parts tell (see the module doc).

        Half the names in GermEval dev have a word that neither the training split nor the cluster
        vocabulary holds, and German makes many of them from known words: the genitive of a name
        ("Nordafrikas" from "Nordafrika": gold names ending in -s were found half as often as others)
        and hyphenated compounds, whose last part says what they are ("CSU-Politiker" a person's
        office, before a name; "EU-Kommission" a body).  Chosen by 5-fold cross-validation on the
        training split (model card)."""
        names = ["s5:" + low[-5:], "p4:" + low[:4]]
        names += ["gs:" + name for name in self._stem_names(word)]
        if "-" in word.strip("-") and word[:1].isupper():
            first, _, head = word.rpartition("-")
            first = first.split("-")[0]
            if head:
                names.append("hh:" + head.lower())
                ids = self.clusters.get(head) or self.clusters.get(head.lower()) or self.clusters.get(head.capitalize())
                if ids:
                    names += [f"hc{size}:{cid}" for size, cid in enumerate(ids)]
                tag = self.word_tags.get(head) or self.word_tags.get(head.capitalize())
                if tag:
                    names.append("hwt:" + tag)
            if first:
                names += ["hfg_" + flag for flag in gazetteer_flags().get(first, ())]
                tag = self.word_tags.get(first)
                if tag:
                    names.append("hfwt:" + tag)
                if first.isupper():
                    names.append("hfu")
        return names

    def _stem_names(self, word: str) -> list[str]:
        """Word class, lists and clusters of the first known stem of a capitalised word in -s or -es."""
        if len(word) < 4 or not word[:1].isupper() or word[-1] != "s" or word.isupper():
            return []
        stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") and len(word) > 5 else [])
        for stem in stems:
            names = []
            tag = self.word_tags.get(stem)
            if tag:
                names.append("wt:" + tag)
            names += ["g_" + flag for flag in gazetteer_flags().get(stem, ())]
            ids = self.clusters.get(stem)
            if ids:
                names += [f"c{size}:{cid}" for size, cid in enumerate(ids)]
            if names:
                return names
        return []

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
# Attributes a word also brings as the neighbour two away (next door: these and its clusters and
# last three letters); German adds its compound's parts.
_FAR = ("w:", "sh:", "g_", "wt:")
_FAR_GERMAN = ("hh:", "hfg_", "hwt:", "hfwt:", "hfu")


def lowercase_words(sentences: Iterable[Sequence[str]]) -> frozenset[str]:
    return frozenset(w for words in sentences for w in words if w.islower())


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label); an I- tag without its B- opens a span (as conlleval)."""
    spans = []
    start, label = None, None
    for i, tag in enumerate(tags):
        if tag == "O":                  # most tags: it only closes a span
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            continue
        kind, _, lab = tag.partition("-")
        if start is not None and (kind != "I" or lab != label):
            spans.append((start, i, label))
            start, label = None, None
        if kind == "B" or (kind == "I" and start is None):
            start, label = i, lab
    if start is not None:
        spans.append((start, len(tags), label))
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
        # Word bigrams by their text ("regierung|in") -> a row of ``_bigram_ids``: the attribute
        # ids of bg+ (on the first word) and bg- (on the second), the zero row where the model
        # has only one of them; row 0, for the bigrams the model lacks, has neither.
        zero = len(self.weights.state) - 1
        bigrams: dict[str, list[int]] = {}
        for name, i in self.weights.attribute_ids.items():
            if name.startswith((b"bg+:", b"bg-:")):
                bigrams.setdefault(name[4:].decode(), [zero, zero])[name[2] == ord("-")] = i
        self._bigrams = {pair: row for row, pair in enumerate(bigrams, 1)}
        self._bigram_ids = np.array([[zero, zero], *bigrams.values()], dtype=np.intp)
        # The same bigrams by the numbers of their two words (``_WordTable.pair_word``), for
        # documents without a "|" in any word: their pair texts have one "|", where they split.
        # Sorted keys first * count + second, and the row of ``_bigram_ids`` of each.
        pair_words: dict[str, int] = {}
        keyed = []
        for pair, row in self._bigrams.items():
            first, _, second = pair.partition("|")
            if "|" not in second:
                keyed.append((pair_words.setdefault(first, len(pair_words)),
                              pair_words.setdefault(second, len(pair_words)), row))
        self._pair_count = len(pair_words)
        keys = np.array([a * self._pair_count + b for a, b, _ in keyed], dtype=np.int64)
        by_key = np.argsort(keys)
        self._pair_keys = keys[by_key]
        self._pair_rows = np.array([row for _, _, row in keyed], dtype=np.intp)[by_key]
        self._table = _WordTable(self.features, self.weights.state, pair_words)

    def tag_document(self, sentences: Sequence[Sequence[str]], lowercase: frozenset[str] | None = None
                     ) -> list[list[tuple[int, int, str]]]:
        """Token spans per sentence; the sentences are one document's (see ``Features.sentence``).
        ``lowercase``: the words the document writes in lowercase, when ``sentences`` are not the
        document's own words (``lowercase_words`` of those); None: read from ``sentences``."""
        tags = iter(self._tag([words for words in sentences if words], lowercase))
        return [bio_to_spans(next(tags)) if words else [] for words in sentences]

    def _tag(self, sentences: list[Sequence[str]], lowercase: frozenset[str] | None = None) -> list[list[str]]:
        """The tags of ``Features.sentence``'s attributes, added up per token in numpy.

        A token's attributes are its word's own, BOS and doclow, its neighbours' at -2, -1,
        +1, +2 and its two word bigrams, in that order.  Its score starts from its word's own
        sum (``_WordTable``), and each further attribute is a column added over the tokens
        of the document that have one there (the bigrams: over all, the zero row where a
        token has none: adding 0.0 changes no sum), so every token's weights are added in
        crfsuite's order.  ``lowercase``: the
        words the document writes in lowercase (``lowercase_words``); None: read from the
        word table's rows."""
        if not sentences:
            return []
        weights, table = self.weights, self._table
        state, zero = weights.state, len(weights.state) - 1
        words = list(itertools.chain.from_iterable(sentences))
        rows = table.rows(words)
        if lowercase is None:
            # the document's lowercase words, by the table's string numbers (``_WordTable``)
            lowercase_ids = table.string_id[rows[table.is_lower[rows]]]
        n = len(words)
        lengths = np.fromiter(map(len, sentences), dtype=np.intp, count=len(sentences))
        starts = np.cumsum(lengths) - lengths
        position = np.arange(n) - np.repeat(starts, lengths)      # the token's place in its sentence
        length = np.repeat(lengths, lengths)
        scores = table.own[rows]
        for flag in self.features._bos:
            scores[starts] += state[flag]
        if self.features._doclow:
            # "Die" where the document also writes "die"
            if lowercase is None:
                # a lookup by string number (np.isin sorted both lists for it: twice the time)
                known = np.zeros(len(table.strings), dtype=bool)
                known[lowercase_ids] = True
                marked = table.capitalised[rows] & known[table.lowered_id[rows]]
            else:
                doclow = [table.row_of[w] for w in set(words) if w[:1].isupper() and w.lower() in lowercase]
                marked = np.isin(rows, doclow) if doclow else None
            if marked is not None and marked.any():
                for flag in self.features._doclow:
                    scores[marked] += state[flag]
        take = state.take
        for k, offset in enumerate(OFFSETS):
            inside = (position + offset >= 0) & (position + offset < length)
            neighbours = np.where(inside, rows[np.clip(np.arange(offset, n + offset), 0, n - 1)], 0)
            widths = table.widths[k][neighbours]
            # The tokens in the order of their neighbour's attribute count, most first: column c
            # is added over a prefix, the tokens with more than c attributes there (``going[c]``),
            # a slice instead of an index list per column (a quarter less time for these sums).
            order = np.argsort(-widths, kind="stable")
            ids = table.blocks[k][neighbours[order]].T.copy()
            going = np.bincount(widths, minlength=len(ids) + 1)[::-1].cumsum()[::-1][1:].tolist()
            ordered = scores[order]
            for column in range(int(widths.max())):
                ordered[:going[column]] += take(ids[column, :going[column]], axis=0)
            scores[order] = ordered
        pairs = self._pairs(words, rows)
        pairs[position[1:] == 0] = 0                              # no bigram across a sentence end
        after = np.full(n, zero, dtype=np.intp)
        after[:-1] = self._bigram_ids[pairs, 0]
        before = np.full(n, zero, dtype=np.intp)
        before[1:] = self._bigram_ids[pairs, 1]
        scores += state[after]
        scores += state[before]
        return weights.viterbi(scores, lengths)

    def _pairs(self, words: list[str], rows: np.ndarray) -> np.ndarray:
        """The row of ``_bigram_ids`` of each word and the next (0: a bigram the model lacks)."""
        table, keys = self._table, self._pair_keys
        if len(words) < 2 or not len(keys) or table.has_pipe[rows].any():
            lows = [w.lower() for w in words]
            return np.fromiter(map(self._bigrams.get, map("|".join, zip(lows, lows[1:])), itertools.repeat(0)),
                               dtype=np.intp, count=len(words) - 1)
        first, second = table.pair_word[rows[:-1]], table.pair_word[rows[1:]]
        key = first * self._pair_count + second
        at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
        known = (first >= 0) & (second >= 0) & (keys[at] == key)
        return np.where(known, self._pair_rows[at], 0)


class _WordTable:
    """Tagging's per-word cache as arrays, one row per distinct word (row 0: the padding
    beyond a sentence's ends).  ``own[row]`` is the sum of the word's own attributes' weights,
    added from 0.0 in their order: a token's own attributes come first in its list, so this is
    exactly the first part of crfsuite's sum for every token of the word.  ``blocks[k][row]``
    are the word's attribute ids as the neighbour at OFFSETS[k], padded with the zero row,
    ``widths[k][row]`` how many of them there are.

    What the document features ask of a word, per row too, so that a document's words
    are not read again for them: ``is_lower`` (``str.islower``), ``capitalised`` (its
    first character upper case), ``string_id`` and ``lowered_id`` (numbers of the word
    and of its lowercase form among the strings the table has seen: "Die" is lowercase
    elsewhere in the document where its ``lowered_id`` is the ``string_id`` of a
    lowercase word there), ``pair_word`` (the number of its lowercase form among the
    words of the model's bigrams, -1 if none) and ``has_pipe`` ("|" in it)."""

    _FACTS = (("is_lower", bool, False), ("capitalised", bool, False), ("string_id", np.intp, -1),
              ("lowered_id", np.intp, -1), ("pair_word", np.intp, -1), ("has_pipe", bool, False))

    def __init__(self, features: Features, state: np.ndarray, pair_words: Mapping[str, int] | None = None):
        self.features, self.state, self.zero = features, state, len(state) - 1
        self.pair_words = pair_words or {}
        self.clear()

    def clear(self) -> None:
        self.row_of: dict[str, int] = {}
        self.strings: dict[str, int] = {}
        self.own = np.zeros((1024, self.state.shape[1]))
        self.blocks = [np.full((1024, 8), self.zero, dtype=np.intp) for _ in OFFSETS]
        self.widths = [np.zeros(1024, dtype=np.intp) for _ in OFFSETS]
        for name, dtype, default in self._FACTS:
            setattr(self, name, np.full(1024, default, dtype=dtype))
        self.size = 1
        self._put(0, self.features._pad_entry)

    def rows(self, words: list[str]) -> np.ndarray:
        """The rows of ``words``, adding the words not seen before."""
        row_of = self.row_of
        rows = list(map(row_of.get, words))
        if None in rows:
            new = [w for w, row in dict.fromkeys(zip(words, rows)) if row is None]
            if len(row_of) + len(new) > _CACHE_WORDS:
                self.clear()
                new = list(dict.fromkeys(words))
            self._add(new)
            rows = list(map(row_of.__getitem__, words))
        return np.array(rows, dtype=np.intp)

    def _add(self, words: list[str]) -> None:
        first, end = self.size, self.size + len(words)
        if end > len(self.own):
            grow = max(end, 2 * len(self.own)) - len(self.own)
            self.own = np.concatenate([self.own, np.zeros((grow, self.own.shape[1]))])
            self.blocks = [np.concatenate([b, np.full((grow, b.shape[1]), self.zero, dtype=np.intp)])
                           for b in self.blocks]
            self.widths = [np.concatenate([w, np.zeros(grow, dtype=np.intp)]) for w in self.widths]
            for name, dtype, default in self._FACTS:
                setattr(self, name, np.concatenate([getattr(self, name), np.full(grow, default, dtype=dtype)]))
        word_entry = self.features._word
        entries = [word_entry(w) for w in words]
        strings, pair_words = self.strings, self.pair_words
        for row, (word, entry) in enumerate(zip(words, entries), first):
            self.row_of[word] = row
            self._put(row, entry)
            low = word.lower()
            self.is_lower[row] = word.islower()
            self.capitalised[row] = word[:1].isupper()
            self.string_id[row] = strings.setdefault(word, len(strings))
            self.lowered_id[row] = strings.setdefault(low, len(strings))
            self.pair_word[row] = pair_words.get(low, -1)
            self.has_pipe[row] = "|" in word
        # Own sums of the new words, column by column from 0.0 (as crfsuite adds them).
        own = [entry[0] for entry in entries]
        ids = np.full((len(own), max(map(len, own), default=0)), self.zero, dtype=np.intp)
        for i, attributes in enumerate(own):
            ids[i, :len(attributes)] = attributes
        sums = np.zeros((len(own), self.state.shape[1]))
        for column in ids.T:
            sums += self.state[column]
        self.own[first:end] = sums
        self.size = end

    def _put(self, row: int, entry: tuple[tuple[int, ...], ...]) -> None:
        for k, ids in enumerate(entry[1:]):
            if len(ids) > self.blocks[k].shape[1]:
                b = self.blocks[k]
                self.blocks[k] = np.concatenate([b, np.full((len(b), len(ids) - b.shape[1]), self.zero,
                                                            dtype=np.intp)], axis=1)
            self.blocks[k][row, :len(ids)] = ids
            self.widths[k][row] = len(ids)


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
        """The best label sequence of each sentence (a list of tokens' attribute id lists).
        (``CrfTagger`` adds the scores up faster from its word table; this is the plain way.)"""
        if not sentences:
            return []
        tokens = [token for sentence in sentences for token in sentence]
        lengths = np.array([len(sentence) for sentence in sentences])
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
        return self.viterbi(scores, lengths)

    def viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[str]]:
        """The best label sequence of each sentence, from the label scores of its tokens (the
        sentences' tokens one after the other, ``lengths`` long)."""
        # Sentences longest first, so that at step t the sentences still going are a prefix;
        # their tokens step by step: token t of the k-th longest sentence is row offset[t] + k.
        order = np.argsort(-lengths, kind="stable")
        steps = int(lengths[order[0]])
        active = (lengths[order][:, None] > np.arange(steps)).sum(axis=0)     # sentences longer than t
        offset = np.cumsum(active) - active
        starts = np.cumsum(lengths) - lengths
        token = starts[order][np.arange(len(scores)) - np.repeat(offset, active)] + np.repeat(np.arange(steps), active)
        scores = scores[token]
        # Viterbi (crfsuite's crf1dc_viterbi): best[j] = max over i of (best[i] + transition[i, j]),
        # the first such i kept as the back link, plus the token's own score.
        # The candidates as [predecessor, sentence, label], added into one buffer: max and
        # argmax along the first axis run over whole rows of sentences and labels (faster
        # than along a short last axis; the same maxima, the same first best predecessor).
        active, offset = active.tolist(), offset.tolist()
        into = self.transition[:, None, :]
        best = scores[:active[0]].copy()
        buffer = np.empty((self.transition.shape[0], active[0], self.transition.shape[1]))
        back = [None]
        add, maximum = np.add, np.maximum
        views_n = 0
        for t in range(1, steps):
            n, o = active[t], offset[t]
            if n != views_n:        # the views of the sentences still going, made again only when they change
                views_n = n
                going, going_t, candidates = best[:n], best[:n].T[:, :, None], buffer[:, :n]
            add(going_t, into, out=candidates)
            back.append(candidates.argmax(axis=0))
            add(maximum.reduce(candidates, axis=0), scores[o:o + n], out=going)
        last = best.argmax(axis=1)
        # Back links from each sentence's last token.
        path = np.empty(len(scores), dtype=np.intp)
        current = np.empty(len(order), dtype=np.intp)
        sentences = np.arange(len(order))                             # (sliced per step, not made anew)
        views_going = 0
        for t in range(steps - 1, -1, -1):
            n, o = active[t], offset[t]
            going = active[t + 1] if t + 1 < steps else 0            # sentences longer than t + 1
            if going < n:                                             # sentences whose last token is t
                current[going:n] = last[going:n]
            if going:
                if going != views_going:
                    views_going = going
                    going_sentences, going_current = sentences[:going], current[:going]
                current[:going] = back[t + 1][going_sentences, going_current]
            path[o:o + n] = current[:n]
        labels = np.empty(len(scores), dtype=np.intp)
        labels[token] = path
        names = self.labels[labels].tolist()
        return [names[start:start + length] for start, length in zip(starts.tolist(), lengths.tolist())]


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
