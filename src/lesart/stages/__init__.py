"""The analysis stages, one module (or package with its model) per stage.

``DEFAULT_ORDER`` is the order the default pipeline runs them in; a stage
whose module is not installed is left out, so a layer can be added by adding
its module and its name here, without touching the runner.
"""
from __future__ import annotations

import importlib

DEFAULT_ORDER = (
    "extract", "language", "sentences",
    "entities", "times", "quantities",
    "claims", "voice", "genre", "events",
)


def warn_unsupported_language(doc, stage: str, left_out: str) -> None:
    """Say that ``stage`` cannot read this document's language, and what is missing
    because of it, rather than leave an empty layer that looks like a finding."""
    if not (doc.text or "").strip():
        return
    which = f"language {doc.language!r}" if doc.language else "an unknown language"
    doc.warn(f"{stage}: no rules for {which}; {left_out}")


def load(name: str) -> bool:
    """Import ``lesart.stages.<name>`` so that it registers itself; False if absent."""
    try:
        importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{name}":
            return False
        raise
    return True


def available(names: tuple[str, ...] | list[str] = DEFAULT_ORDER) -> list[str]:
    """The stages of ``names`` whose modules exist and register a stage of that name."""
    from ..pipeline import registered

    return [n for n in names if load(n) and n in registered()]
