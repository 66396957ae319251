"""Sentence features for the subjectivity classifier.

Three views of a sentence: its surface (word and character n-grams, learnt from
CheckThat!), a short vector of cue counts that carry what 800 training
sentences cannot teach (lexicon polarity, speculation, attribution, first
person, punctuation), and its words' clusters (``ClusterFeatures``: words the
training sentences never saw fall in clusters they did).  Cues and clusters
are what let the model generalise past the training topics.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import chain

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfTransformer

from . import cues
from .lexicon import load

CUE_NAMES = (
    "evaluative", "loaded", "speculation", "polarity_pos", "polarity_neg", "polarity_abs",
    "attribution", "konjunktiv", "quote_chars", "first_person", "second_person", "intensifier",
    "obligation", "negation", "exclamation", "question", "digits", "length_log", "colon", "ellipsis",
    "adj_superlative", "adjective_like", "particles", "generic_person", "argument_opener", "capitalised",
    "polarity_all",
)


_KINDS = ("evaluative", "loaded", "speculation")


@lru_cache(maxsize=200_000)
def _token_cues(tok: str, lang: str) -> tuple:
    """What one lowercase token adds to the cue counts: a pure function of the
    word, so computed once per distinct word (news repeats its words)."""
    lex = load(lang)
    entry = lex.lookup(tok) if lex else None
    kind = entry.kind if entry and entry.kind in _KINDS else None
    weight = lex.strong_polarity(tok) if lex else 0.0
    flags = (
        tok in cues.ATTRIBUTION[lang],
        lang == "de" and tok in cues.KONJUNKTIV_I,
        tok in cues.FIRST_PERSON[lang],
        tok in cues.SECOND_PERSON[lang],
        tok in cues.INTENSIFIERS[lang],
        tok in cues.OBLIGATION[lang],
        tok in cues.NEGATION[lang],
        any(c.isdigit() for c in tok),
        (lang == "en" and tok.endswith("est") and len(tok) > 5) or (
            lang == "de" and len(tok) > 6 and tok.endswith(("sten", "ste", "ster"))),
    )
    polarity_all = abs(lex.polarity.get(tok, 0.0)) if lex else 0.0
    return kind, weight, flags, tok in cues.PARTICLES[lang], tok in cues.GENERIC_PERSON[lang], polarity_all


_FLAG_NAMES = ("attribution", "konjunktiv", "first_person", "second_person", "intensifier", "obligation",
               "negation", "digits", "adj_superlative")


@lru_cache(maxsize=200_000)
def _adjective_like(raw: str, lang: str) -> bool:
    return bool(cues.ADJECTIVE_LIKE[lang].match(raw))


MAX_TOKENS = 200_000     # distinct tokens (as written) whose cues are remembered, per language
_SEEN: dict[str, dict[str, tuple]] = {"de": {}, "en": {}}
_INT_CUES = ("evaluative", "loaded", "speculation", "attribution", "konjunktiv", "first_person", "second_person",
             "intensifier", "obligation", "negation", "digits", "adj_superlative", "adjective_like", "particles",
             "generic_person", "capitalised")


def _cues_of(raw: str, lang: str) -> tuple[tuple[str, ...], float, float]:
    """One token as written: the counting cues it fires (its kind, flags, adjective-like,
    capitalised), its strong polarity weight and its absolute polarity.  A pure function
    of the token, kept per language, so a sentence costs one lookup per token."""
    seen = _SEEN[lang]
    hit = seen.get(raw)
    if hit is not None:
        return hit
    kind, weight, flags, particle, generic, polarity_all = _token_cues(raw.lower(), lang)
    names = [kind] if kind is not None else []
    names += [name for name, on in zip(_FLAG_NAMES, flags) if on]
    names += [name for name, on in (("particles", particle), ("generic_person", generic),
                                    ("adjective_like", _adjective_like(raw, lang)),
                                    ("capitalised", raw[:1].isupper())) if on]
    hit = (tuple(names), weight, polarity_all)
    if len(seen) < MAX_TOKENS:
        seen[raw] = hit
    return hit


def _counts(text: str, lang: str) -> tuple[list[float], int]:
    """The cue counts of one sentence in ``CUE_NAMES`` order (``length_log`` left 0), and its token count.

    The integer counts are exact in any order; the polarity sums are float
    sums, so they add the tokens' weights in token order, as they always did.
    """
    raw_tokens = cues.TOKEN.findall(text)
    n = max(len(raw_tokens), 1)
    seen = _SEEN[lang]
    per_token = [seen.get(t) or _cues_of(t, lang) for t in raw_tokens]
    counts = dict.fromkeys(CUE_NAMES, 0.0)
    fired = Counter(chain.from_iterable([c[0] for c in per_token]))
    for name in _INT_CUES:
        counts[name] = fired[name]
    for _, weight, _ in per_token:
        if weight:  # a zero weight adds nothing; the float sums keep the token order
            if weight > 0:
                counts["polarity_pos"] += weight
            else:
                counts["polarity_neg"] -= weight
            counts["polarity_abs"] += abs(weight)
    counts["adjective_like"] = 5 * fired["adjective_like"] / n
    counts["argument_opener"] = float(bool(raw_tokens) and raw_tokens[0].lower() in cues.ARGUMENT_OPENERS[lang])
    # Names and other capitalised words mid-sentence: reports name people and places.
    capitalised = fired["capitalised"] - bool(raw_tokens and raw_tokens[0][:1].isupper())
    counts["capitalised"] = (2 if lang == "en" else 1) * capitalised / n
    counts["polarity_all"] = sum([c[2] for c in per_token]) if load(lang) else 0.0
    counts["quote_chars"] = sum(text.count(c) for c in cues.QUOTE_CHARS)
    counts["exclamation"] = text.count("!")
    counts["question"] = text.count("?")
    counts["colon"] = text.count(":")
    counts["ellipsis"] = text.count("…") + text.count("...")
    return list(counts.values()), n


_LENGTH = CUE_NAMES.index("length_log")


def cue_matrix(texts, language: str) -> np.ndarray:
    """One cue vector per sentence (rows), built as one array: numpy once per page, not per sentence."""
    lang = language if language in ("de", "en") else "en"
    rows, lengths = [], []
    for text in texts:
        row, n = _counts(text, lang)
        rows.append(row)
        lengths.append(n)
    matrix = np.array(rows, dtype=float).reshape(len(rows), len(CUE_NAMES))
    # Presence matters more than frequency in one sentence: squash counts.
    matrix = np.log1p(matrix)
    matrix[:, _LENGTH] = np.log1p(np.array(lengths, dtype=float)) / 4.0
    return matrix


def cue_vector(text: str, language: str) -> np.ndarray:
    return cue_matrix([text], language)[0]


class CueFeatures(BaseEstimator, TransformerMixin):
    """sklearn wrapper: the cue vector of each sentence, for one language."""

    def __init__(self, language: str = "de", scale: float = 1.0):
        self.language = language
        self.scale = scale

    def fit(self, X, y=None):  # noqa: N803 - sklearn names
        return self

    def transform(self, X):  # noqa: N803
        return self.cue_matrix(X)

    def cue_matrix(self, sentences) -> np.ndarray:
        """What ``transform`` returns; ``fastpredict`` calls it directly to skip sklearn's output wrapper."""
        return cue_matrix(sentences, self.language) * self.scale


# ---- word clusters ---------------------------------------------------------------------------
# The entities stage ships k-means clusters (64, 256 and 1,024 of them) of word2vec vectors learnt on
# 1-2M tokens of news text (entities/clusters.py).  A word CheckThat!'s 800 training sentences never
# saw still has a cluster that they did: a bag of cluster ids carries what the n-grams learnt to words
# of the same kind (issue 5: dev macro-F1 de 0.701 -> 0.703, en 0.684 -> 0.701; dev_test 0.742 -> 0.752,
# 0.658 -> 0.667).  The table is read at run time, not pickled: retraining the clusters needs a retrain here.
CLUSTER_TOKEN = re.compile(r"\w+|[^\w\s]")


def _cluster_table(lang: str) -> dict[str, tuple[int, ...]]:
    # Imported here so that loading a voice model does not import the entities stage;
    # load_clusters reads the table once per language (it is cached there).
    from ..entities.model import load_clusters

    return load_clusters(lang)


class ClusterFeatures(BaseEstimator, TransformerMixin):
    """TF-IDF (sublinear, l2) over a sentence's word-cluster ids at every k-means size.

    Columns: the ids of the first size, then the second's, ..., then one for
    words the table lacks.  Sizes are fixed at fit time, so a model keeps its
    columns if the table is rebuilt (ids beyond them count as unknown).
    """

    def __init__(self, language: str = "de"):
        self.language = language

    def fit(self, X, y=None):  # noqa: N803 - sklearn names
        table = _cluster_table(self.language)
        levels = len(next(iter(table.values()))) if table else 0
        self.sizes_ = tuple(max(ids[k] for ids in table.values()) + 1 for k in range(levels))
        self.tfidf_ = TfidfTransformer(sublinear_tf=True).fit(self.counts(X))
        return self

    def transform(self, X):  # noqa: N803
        return self.tfidf_.transform(self.counts(X))

    def _columns(self):
        """token -> its column ids (packed), cached per fitted transformer."""
        cached = getattr(self, "_columns_of", None)
        if cached is not None:
            return cached
        table, sizes = _cluster_table(self.language), self.sizes_
        offsets = np.cumsum((0,) + sizes)
        unknown = int(offsets[-1])

        @lru_cache(maxsize=MAX_TOKENS)
        def columns_of(token: str) -> tuple[int, ...]:
            ids = table.get(token) or table.get(token.lower())
            if not ids or len(ids) < len(sizes):
                return (unknown,)
            return tuple(int(offsets[k]) + i if i < sizes[k] else unknown for k, i in enumerate(ids[:len(sizes)]))

        self._columns_of = columns_of
        return columns_of

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("_columns_of", None)      # a cache, rebuilt after loading
        return state

    def counts(self, X):  # noqa: N803
        """Cluster-id counts per sentence: a float CSR matrix, indices sorted (``fastpredict`` relies on it)."""
        columns_of = self._columns()
        n_cols = sum(self.sizes_) + 1
        cols, indptr = [], [0]
        for text in X:
            row = [c for tok in CLUSTER_TOKEN.findall(text) for c in columns_of(tok)]
            cols.extend(row)
            indptr.append(len(cols))
        matrix = sp.csr_matrix((np.ones(len(cols)), np.array(cols, dtype=np.int32), np.array(indptr)),
                               shape=(len(indptr) - 1, n_cols))
        matrix.sum_duplicates()         # also sorts the indices
        return matrix
