"""Inline marks: what each layer highlights inside the text.

A renderer asks every registered provider for ``Mark``s and draws them;
a new layer adds a provider here (or registers one from its stage module)
and the HTML report and the web page show it without further changes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Document
from .claim_rows import source_label


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    css: str            # class name, e.g. "ent ent-LOC"
    title: str = ""     # tooltip


MarkProvider = Callable[[Document], list[Mark]]
_PROVIDERS: list[tuple[str, MarkProvider]] = []


def mark_provider(layer: str) -> Callable[[MarkProvider], MarkProvider]:
    def wrap(fn: MarkProvider) -> MarkProvider:
        _PROVIDERS.append((layer, fn))
        return fn
    return wrap


def marks_for(doc: Document) -> list[Mark]:
    out: list[Mark] = []
    for _, fn in _PROVIDERS:
        out.extend(fn(doc))
    return out


@mark_provider("entities")
def _entities(doc: Document) -> list[Mark]:
    return [Mark(e.start, e.end, f"ent ent-{e.label}", e.label + (f" · {e.kb_id}" if e.kb_id else ""))
            for e in doc.entities]


@mark_provider("times")
def _times(doc: Document) -> list[Mark]:
    return [Mark(t.start, t.end, "time", f"{t.type}: {t.value or 'unresolved'}" + (f" ({t.mod})" if t.mod else ""))
            for t in doc.times]


@mark_provider("quantities")
def _quantities(doc: Document) -> list[Mark]:
    return [Mark(q.start, q.end, "qty", f"{'≈' if q.approx else ''}{q.value:g} {q.unit or ''}".strip()
                 if q.value is not None else "quantity") for q in doc.quantities]


@mark_provider("claims")
def _claims(doc: Document) -> list[Mark]:
    marks = []
    for i, c in enumerate(doc.claims):
        marks.append(Mark(c.start, c.end, f"claim claim-{c.mode}", f"claim {i + 1}: {c.mode} · source: {source_label(c)}"))
        if c.source:
            marks.append(Mark(c.source.start, c.source.end, f"src src-{c.source.kind}", f"source of claim {i + 1}: {c.source.kind}"))
        if c.cue:
            marks.append(Mark(c.cue.start, c.cue.end, "cue", f"cue of claim {i + 1}"))
    return marks


@mark_provider("voice")
def _voice(doc: Document) -> list[Mark]:
    return [Mark(v.start, v.end, f"voice voice-{v.kind}", v.kind + (f" · {v.technique}" if v.technique else ""))
            for v in doc.voice]
