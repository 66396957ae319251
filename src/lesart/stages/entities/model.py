"""Loading the shipped NER models (one CRF and its word clusters per language), cached per process."""
from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent / "models"
MODEL_FILE = "ner.crfsuite"
CLUSTER_FILE = "clusters.tsv.gz"          # word -> cluster ids, built by clusters.py
WORD_TAGS_FILE = "word_tags.tsv.gz"       # word -> HanTa's word class, built by word_tags.py (German only)
CASING_FILE = "casing.tsv.gz"             # word -> lowercase and mid-sentence capitalised counts, casing.py (English)
LANGS = ("de", "en")


def model_path(lang: str) -> Path:
    return MODELS / lang / MODEL_FILE


@lru_cache(maxsize=None)
def has_model(lang: str) -> bool:
    """Whether the model file is there (asked once per language: the stage asks per document)."""
    return model_path(lang).exists()


def features(lang: str):
    """The feature extractor (``crf.Features``) that ``lang``'s model is trained with (``train.py``) and
    tagged with: the language's word clusters and word classes, and the German-only features for German."""
    from .crf import Features

    return Features(load_clusters(lang), word_tags=load_word_tags(lang), german=lang == "de")


@lru_cache(maxsize=None)
def load_model(lang: str):
    """The trained tagger for ``lang`` (``crf.CrfTagger``) with the language's word clusters."""
    from .crf import CrfTagger

    if not has_model(lang):
        raise FileNotFoundError(f"no NER model for {lang!r} in {MODELS}")
    return CrfTagger(model_path(lang), features(lang))


def _word_table(lang: str, name: str) -> Iterator[tuple[str, list[str]]]:
    """(word, its other columns) per line of the gzipped table ``name`` beside the model; nothing
    when the language has no such table."""
    path = MODELS / lang / name
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            word, *rest = line.rstrip("\n").split("\t")
            yield word, rest


@lru_cache(maxsize=None)
def load_clusters(lang: str) -> dict[str, tuple[int, ...]]:
    """word -> cluster ids (one per k-means size); empty when the language has no table."""
    return {word: tuple(int(i) for i in ids) for word, ids in _word_table(lang, CLUSTER_FILE)}


@lru_cache(maxsize=None)
def load_word_tags(lang: str) -> dict[str, str]:
    """word -> its most likely word class ("NE", "NN", ...); empty when the language has no table."""
    return {word: tag for word, (tag,) in _word_table(lang, WORD_TAGS_FILE)}


@lru_cache(maxsize=None)
def load_casing(lang: str) -> dict[str, tuple[int, int]]:
    """lowercased word -> (lowercase count, capitalised count inside a sentence) in the raw news
    text (``casing.py``); empty when the language has no table."""
    return {word: (int(low), int(cap)) for word, (low, cap) in _word_table(lang, CASING_FILE)}


def model_meta(lang: str) -> dict:
    """The model's ``meta.json`` (name, version, training settings, tuning score)."""
    path = MODELS / lang / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
