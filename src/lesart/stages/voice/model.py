"""The subjectivity classifier: build, save, load, predict.

One model per language (``subjectivity_de.joblib``, ``subjectivity_en.joblib``):
word 1-2-gram and character 2-5-gram TF-IDF plus the cue vector and the
word-cluster TF-IDF of ``features.py``, logistic regression.  Its scores are recalibrated with a
sigmoid (Platt) fitted on out-of-fold predictions, so ``subjectivity`` reads
as a probability.  ``threshold`` (stored with the model)
is where macro-F1 over OBJ/SUBJ peaks on out-of-fold predictions; a sentence is
``subjective`` at or above it.  ``python -m lesart.stages.voice.train`` rebuilds them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline, make_union

from . import fastpredict
from .features import ClusterFeatures, CueFeatures

MODEL_DIR = Path(__file__).resolve().parent / "models"
MODEL_VERSION = "1.1"     # 1.1: word-cluster features


@dataclass
class SubjectivityModel:
    language: str
    pipeline: object
    threshold: float
    version: str
    trained_on: str
    platt: tuple[float, float] = (1.0, 0.0)     # calibrated = sigmoid(a * logit(raw) + b)

    def probabilities(self, sentences: list[str]) -> list[float]:
        if not sentences:
            return []
        raw = fastpredict.predict_proba(self.pipeline, sentences)[:, 1]    # = pipeline.predict_proba
        return [float(p) for p in calibrate(raw, self.platt)]

    def save(self) -> Path:
        MODEL_DIR.mkdir(exist_ok=True)
        path = MODEL_DIR / f"subjectivity_{self.language}.joblib"
        joblib.dump(self, path, compress=3)
        return path


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def calibrate(raw: np.ndarray, platt: tuple[float, float]) -> np.ndarray:
    a, b = platt
    return 1.0 / (1.0 + np.exp(-(a * logit(raw) + b)))


def build(language: str, C: float = 1.0, cue_scale: float = 1.0):  # noqa: N803
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        CueFeatures(language, cue_scale),
        ClusterFeatures(language),
    )
    return make_pipeline(features, LogisticRegression(C=C, class_weight="balanced", max_iter=2000))


# Unbounded: one entry per language code seen, mostly None.  With a bound, a
# multilingual run (pt, ko, it, ... pages among de and en ones) evicted the
# German and English models and read them from disk again (~0.7 s each).
@lru_cache(maxsize=None)
def load(language: str) -> SubjectivityModel | None:
    path = MODEL_DIR / f"subjectivity_{language}.joblib"
    return joblib.load(path) if path.exists() else None
