"""Loading the shipped spaCy NER models (one per language), cached per process."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"
LANGS = ("de", "en")


def model_path(lang: str) -> Path:
    return MODELS / lang


def has_model(lang: str) -> bool:
    return (model_path(lang) / "config.cfg").exists()


@lru_cache(maxsize=None)
def load_model(lang: str):
    """The trained pipeline for ``lang`` (tokenizer, tok2vec, ner only)."""
    import spacy

    if not has_model(lang):
        raise FileNotFoundError(f"no NER model for {lang!r} in {MODELS}")
    return spacy.load(model_path(lang))


def model_meta(lang: str) -> dict:
    """The model's ``meta.json`` (name, version, spaCy version, scores)."""
    import json

    path = model_path(lang) / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
