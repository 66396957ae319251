"""The subjectivity pipeline's predict_proba, with the TF-IDF counting done faster.

sklearn's ``CountVectorizer`` counts n-grams in a Python loop, one dictionary
lookup per n-gram; for the character 2-5-grams that is most of the voice
stage's time.  Here the counts are the same numbers built another way:

- character n-grams (``char_wb``) come per word, and a word's n-grams are
  the same wherever it occurs, so each distinct word's vocabulary ids are
  worked out once and cached;
- the counting itself is one sort per page (``np.unique``) instead of a
  dictionary update per n-gram.

After the counts, the same arithmetic as sklearn in the same order (the
sublinear TF and IDF products, sklearn's own row normalisation, the feature
union's ``hstack``, ``X @ coef.T + intercept`` and ``expit``), minus sklearn's
input validation and output wrapping, which on one page's few dozen
sentences cost more than the arithmetic.  So the probabilities are
bit-for-bit those of ``pipeline.predict_proba``.  Any pipeline, vectorizer,
transformer or classifier not of the shape ``train.py``/``model.build``
makes goes through sklearn's own method instead.
"""
from __future__ import annotations

from array import array
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from scipy.special import expit
from sklearn import get_config
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l1, inplace_csr_row_normalize_l2

from .features import ClusterFeatures, CueFeatures

try:    # sklearn >= 1.8 returns sparse arrays or matrices depending on its config
    from sklearn.feature_extraction.text import _align_api_if_sparse
except ImportError:  # pragma: no cover - older sklearn
    def _align_api_if_sparse(X):  # noqa: N803
        return X

MAX_WORDS = 200_000   # distinct words whose n-gram ids are remembered, per vectorizer


def predict_proba(pipeline, sentences: list[str]) -> np.ndarray:
    """``pipeline.predict_proba(sentences)``, computed faster where the pipeline allows."""
    union, classifier = _parts(pipeline)
    if union is None:
        return pipeline.predict_proba(sentences)
    blocks = [_transform(transformer, sentences) for _, transformer in union.transformer_list]
    if any(sp.issparse(b) for b in blocks):
        # What FeatureUnion._hstack does.  The cue block is dense; as CSR (its
        # nonzeros, the same as hstack's COO conversion keeps) scipy stacks the
        # rows directly instead of going through COO, with the same entries in
        # the same order.
        blocks = [b if sp.issparse(b) else sp.csr_array(b) for b in blocks]
        features = sp.hstack(blocks).tocsr()
    else:
        features = np.hstack(blocks)
    return _proba(classifier, features)


def _proba(classifier, features) -> np.ndarray:
    """``classifier.predict_proba(features)`` for a binary logistic regression, without the checks.

    The same steps as sklearn's ``_predict_proba_lr``: ``decision_function``
    (``X @ coef.T + intercept``, flattened), ``expit`` in place, then the two columns.
    """
    coef = getattr(classifier, "coef_", None)
    if (type(classifier) is not LogisticRegression or coef is None or coef.ndim != 2
            or coef.shape != (1, features.shape[1]) or len(classifier.classes_) != 2):
        return classifier.predict_proba(features)
    prob = np.asarray(features @ coef.T + classifier.intercept_).reshape(-1)
    expit(prob, out=prob)
    return np.stack([1 - prob, prob], axis=1)


def _parts(pipeline):
    """(feature union, classifier) when the pipeline has the shape this module handles."""
    steps = getattr(pipeline, "steps", None)
    if not steps or len(steps) != 2:
        return None, None
    union, classifier = steps[0][1], steps[1][1]
    if not isinstance(union, FeatureUnion) or union.transformer_weights or union.n_jobs not in (None, 1):
        return None, None
    if getattr(union, "_sklearn_output_config", None):      # set_output(...) was used
        return None, None
    if get_config().get("transform_output", "default") != "default":   # set_config(transform_output=...)
        return None, None
    if any(t == "drop" or t == "passthrough" for _, t in union.transformer_list):
        return None, None
    return union, classifier


def _transform(transformer, sentences: list[str]):
    if type(transformer) is TfidfVectorizer and _plain(transformer) and hasattr(transformer, "_tfidf"):
        counts = _count_matrix(transformer, sentences)
        if transformer.binary:
            counts.data.fill(1)
        return _tfidf(transformer._tfidf, _align_api_if_sparse(counts))
    if type(transformer) is CueFeatures:
        return transformer.cue_matrix(sentences)    # transform without the set_output wrapper
    if type(transformer) is ClusterFeatures and hasattr(transformer, "tfidf_"):
        # fresh float CSR with sorted indices, as _tfidf wants: the transform without its validation
        return _tfidf(transformer.tfidf_, _align_api_if_sparse(transformer.counts(sentences)))
    return transformer.transform(sentences)


def _tfidf(tfidf, counts):
    """``tfidf.transform(counts, copy=False)``: the same in-place steps, without ``validate_data``.

    ``counts`` is a fresh float CSR matrix with sorted indices (``_count_matrix``),
    which is all the validation would have checked or converted.
    """
    if (type(tfidf) is not TfidfTransformer or tfidf.norm not in (None, "l1", "l2")
            or counts.dtype not in (np.float64, np.float32)):
        return tfidf.transform(counts, copy=False)
    if tfidf.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    if hasattr(tfidf, "idf_"):
        counts.data *= tfidf.idf_[counts.indices]
    if tfidf.norm == "l2":
        inplace_csr_row_normalize_l2(counts)
    elif tfidf.norm == "l1":
        inplace_csr_row_normalize_l1(counts)
    return counts


def _plain(vec: TfidfVectorizer) -> bool:
    """Settings under which the analyzer is sklearn's default chain (decode, lower, n-grams)."""
    return (vec.input == "content" and vec.preprocessor is None and vec.tokenizer is None
            and not callable(vec.analyzer) and vec.analyzer in ("word", "char_wb"))


def _count_matrix(vec: TfidfVectorizer, docs: list[str]):
    """The count matrix ``CountVectorizer._count_vocab(docs, fixed_vocab=True)`` returns.

    Each document becomes the packed (C int) vocabulary ids of its n-grams, in
    any order; one sort over the whole batch (``np.unique`` of row * V + id)
    then gives every row's distinct ids in ascending order with their counts,
    which is the CSR matrix, indices already sorted as ``sort_indices`` would leave them.
    """
    if vec.analyzer == "char_wb":
        ids_of_word = _word_ids(vec)
        decode, preprocess = vec.decode, vec.build_preprocessor()
        white = vec._white_spaces
        rows = [b"".join(map(ids_of_word, white.sub(" ", preprocess(decode(doc))).split())) for doc in docs]
    else:
        analyze, get = _word_analyzer(vec), vec.vocabulary_.get
        rows = [array(_INT, [i for i in map(get, analyze(doc)) if i is not None]).tobytes() for doc in docs]
    n_rows, n_cols = len(rows), len(vec.vocabulary_)
    ids = np.frombuffer(b"".join(rows), dtype=np.intc)
    lengths = [len(row) // _INT_SIZE for row in rows]
    keys = np.repeat(np.arange(n_rows, dtype=np.int64) * n_cols, lengths) + ids
    keys, counts = np.unique(keys, return_counts=True)
    row_of = keys // n_cols
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(row_of, minlength=n_rows), out=indptr[1:])
    index_dtype = np.int32 if max(len(keys), n_cols) <= np.iinfo(np.int32).max else np.int64
    matrix = sp.csr_array((counts.astype(np.intc), (keys - row_of * n_cols).astype(index_dtype),
                           indptr.astype(index_dtype)), shape=(n_rows, n_cols), dtype=vec.dtype)
    matrix.has_sorted_indices = True
    return matrix


def _word_analyzer(vec: TfidfVectorizer):
    """``vec.build_analyzer()`` for ``analyzer="word"``; without stop words the n-grams
    come from ``zip`` instead of sklearn's slice-and-join loop (the same n-grams,
    grouped by n as there)."""
    if vec.stop_words is not None:
        return vec.build_analyzer()
    decode, preprocess, tokenize = vec.decode, vec.build_preprocessor(), vec.build_tokenizer()
    min_n, max_n = vec.ngram_range

    def analyze(doc: str) -> list[str]:
        tokens = tokenize(preprocess(decode(doc)))
        grams = tokens if min_n == 1 else []
        for n in range(max(min_n, 2), min(max_n, len(tokens)) + 1):
            grams = grams + list(map(" ".join, zip(*[tokens[i:] for i in range(n)])))
        return grams
    return analyze


_INT = "i"                                  # array typecode of C int, the dtype np.intc reads back
_INT_SIZE = array(_INT).itemsize
_WORD_IDS: dict[int, tuple[object, object]] = {}


def _word_ids(vec: TfidfVectorizer):
    """word -> vocabulary ids of its padded character n-grams (as ``_char_wb_ngrams`` makes them), packed as C ints."""
    held = _WORD_IDS.get(id(vec))
    if held is not None and held[0] is vec:
        return held[1]
    vocabulary = vec.vocabulary_
    min_n, max_n = vec.ngram_range

    @lru_cache(maxsize=MAX_WORDS)
    def ids_of_word(word: str) -> bytes:
        w = " " + word + " "
        w_len = len(w)
        grams: list[str] = []
        for n in range(min_n, max_n + 1):
            if w_len <= n:          # a short word is one n-gram, counted once
                grams.append(w[:n])
                break
            grams.extend([w[i:i + n] for i in range(w_len - n + 1)])
        return array(_INT, [i for i in map(vocabulary.get, grams) if i is not None]).tobytes()

    _WORD_IDS[id(vec)] = (vec, ids_of_word)
    return ids_of_word
