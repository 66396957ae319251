"""The one small interface every stage implements, and the registry.

A stage is any object with ``name``, ``version``, ``requires``, ``assigns``
and ``__call__(doc) -> doc``.  ``requires``/``assigns`` name document fields
or layers (``text``, ``blocks``, ``language``, ``sentences``, ...); the
runner checks them before anything runs, as spaCy's pipe analysis does.
A stage that uses a trained model reports it in ``models`` so the document's
``pipeline`` record says which model produced a layer.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Protocol, runtime_checkable

from ..model import Document

# What a document holds before any stage ran: the raw input and caller metadata.
INITIAL_FIELDS = frozenset({"raw", "id", "source", "published"})


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@runtime_checkable
class HasModels(Protocol):
    """Optional: a stage that runs trained models says which ones."""

    def models(self) -> dict[str, str]: ...


@lru_cache(maxsize=None)
def file_hash(path: Path) -> str:
    """A model file's short SHA-256, for ``models()``: read once per process,
    because the runner asks every stage for its models on every document
    (hashing the claims models each time cost 10-26 ms a page)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


_REGISTRY: dict[str, Callable[..., Stage]] = {}


def register(name: str) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    """Register a stage factory under ``name`` (used by ``lesart analyze --stages``)."""

    def wrap(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        if name in _REGISTRY and _REGISTRY[name] is not factory:
            raise ValueError(f"stage {name!r} registered twice")
        _REGISTRY[name] = factory
        return factory

    return wrap


def create(name: str, **config: Any) -> Stage:
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; known: {', '.join(sorted(_REGISTRY))}") from None
    return factory(**config)


def registered() -> list[str]:
    return sorted(_REGISTRY)
