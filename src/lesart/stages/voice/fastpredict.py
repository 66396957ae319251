"""The subjectivity pipeline's predict_proba, with the TF-IDF counting done faster.

sklearn's ``CountVectorizer`` counts n-grams in a Python loop, one dictionary
lookup per n-gram; for the character 2-5-grams that is most of the voice
stage's time.  Here the counts are the same numbers built another way:

- character n-grams (``char_wb``) come per word, and a word's n-grams are
  the same wherever it occurs, so each distinct word's vocabulary ids are
  worked out once and cached;
- the counting itself is ``collections.Counter`` (C) instead of a loop.

Everything after the counts (IDF weighting, normalisation, the feature
union's ``hstack``, the logistic regression) is sklearn's own code, so the
probabilities are bit-for-bit those of ``pipeline.predict_proba``.  Any
pipeline not of the shape ``train.py``/``model.build`` makes falls back to
``predict_proba`` itself.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion

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
        features = sp.hstack(blocks).tocsr()       # what FeatureUnion._hstack does
    else:
        features = np.hstack(blocks)
    return classifier.predict_proba(features)


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
    if any(t == "drop" or t == "passthrough" for _, t in union.transformer_list):
        return None, None
    return union, classifier


def _transform(transformer, sentences: list[str]):
    if type(transformer) is TfidfVectorizer and _plain(transformer) and hasattr(transformer, "_tfidf"):
        counts = _count_matrix(transformer, sentences)
        if transformer.binary:
            counts.data.fill(1)
        return transformer._tfidf.transform(_align_api_if_sparse(counts), copy=False)
    return transformer.transform(sentences)


def _plain(vec: TfidfVectorizer) -> bool:
    """Settings under which the analyzer is sklearn's default chain (decode, lower, n-grams)."""
    return (vec.input == "content" and vec.preprocessor is None and vec.tokenizer is None
            and not callable(vec.analyzer) and vec.analyzer in ("word", "char_wb"))


def _count_matrix(vec: TfidfVectorizer, docs: list[str]):
    """The count matrix ``CountVectorizer._count_vocab(docs, fixed_vocab=True)`` returns."""
    vocabulary = vec.vocabulary_
    if vec.analyzer == "char_wb":
        ids_of_word = _word_ids(vec)
        decode, preprocess = vec.decode, vec.build_preprocessor()
        white = vec._white_spaces
    else:
        analyze = vec.build_analyzer()
    j_indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        if vec.analyzer == "char_wb":
            ids: list[int] = []
            for word in white.sub(" ", preprocess(decode(doc))).split():
                ids.extend(ids_of_word(word))
            counter = Counter(ids)
        else:
            counter = Counter()
            for feature, count in Counter(analyze(doc)).items():
                idx = vocabulary.get(feature)
                if idx is not None:
                    counter[idx] = count
        j_indices.extend(counter.keys())
        values.extend(counter.values())
        indptr.append(len(j_indices))
    index_dtype = np.int32 if indptr[-1] <= np.iinfo(np.int32).max else np.int64
    matrix = sp.csr_array(
        (np.asarray(values, dtype=np.intc), np.asarray(j_indices, dtype=index_dtype),
         np.asarray(indptr, dtype=index_dtype)),
        shape=(len(indptr) - 1, len(vocabulary)), dtype=vec.dtype)
    matrix.sort_indices()
    return matrix


_WORD_IDS: dict[int, tuple[object, object]] = {}


def _word_ids(vec: TfidfVectorizer):
    """word -> vocabulary ids of its padded character n-grams (as ``_char_wb_ngrams`` makes them)."""
    held = _WORD_IDS.get(id(vec))
    if held is not None and held[0] is vec:
        return held[1]
    vocabulary = vec.vocabulary_
    min_n, max_n = vec.ngram_range

    @lru_cache(maxsize=MAX_WORDS)
    def ids_of_word(word: str) -> tuple[int, ...]:
        w = " " + word + " "
        w_len = len(w)
        grams: list[str] = []
        for n in range(min_n, max_n + 1):
            if w_len <= n:          # a short word is one n-gram, counted once
                grams.append(w[:n])
                break
            grams.extend([w[i:i + n] for i in range(w_len - n + 1)])
        return tuple(i for i in map(vocabulary.get, grams) if i is not None)

    _WORD_IDS[id(vec)] = (vec, ids_of_word)
    return ids_of_word
