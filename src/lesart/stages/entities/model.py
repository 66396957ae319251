"""Loading the shipped NER models (one CRF and its word clusters per language), cached per process."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"
MODEL_FILE = "ner.crfsuite"
LANGS = ("de", "en")


def model_path(lang: str) -> Path:
    return MODELS / lang / MODEL_FILE


def has_model(lang: str) -> bool:
    return model_path(lang).exists()


@lru_cache(maxsize=None)
def load_model(lang: str):
    """The trained tagger for ``lang`` (``crf.CrfTagger``) with the language's word clusters."""
    from .clusters import load_clusters
    from .crf import CrfTagger, Features

    if not has_model(lang):
        raise FileNotFoundError(f"no NER model for {lang!r} in {MODELS}")
    return CrfTagger(model_path(lang), Features(load_clusters(lang)))


def model_meta(lang: str) -> dict:
    """The model's ``meta.json`` (name, version, training settings, tuning score)."""
    path = MODELS / lang / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
