"""One JSON form for the analysis document (schema ``lesart.document/1``).

``to_dict``/``from_dict`` are the only (de)serialisers: the CLI, the store
and the web API all go through them, so the contract cannot drift.
"""
from __future__ import annotations

import dataclasses
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .document import (
    Block, Claim, Document, Entity, Event, Genre, Party, Quantity, Sentence, Source,
    SourceInfo, Span, StageError, Time, Voice,
)

# Key order of the serialised document: the contract's order, then additions.
_ORDER = (
    "schema", "id", "source", "language", "title", "authors", "published", "site",
    "tags", "text", "blocks", "sentences", "entities", "times", "quantities",
    "claims", "voice", "events", "genre", "warnings", "errors", "pipeline",
)
_LAYER_TYPES: dict[str, type] = {
    "blocks": Block, "sentences": Sentence, "entities": Entity, "times": Time,
    "quantities": Quantity, "voice": Voice,
}
_EVENT_SPANS = ("actor", "target", "location", "time", "quantity", "trigger")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_dict(doc: Document) -> dict[str, Any]:
    out = {f.name: _plain(getattr(doc, f.name)) for f in dataclasses.fields(doc) if f.name != "raw"}
    ordered = {k: out.pop(k) for k in _ORDER if k in out}
    ordered.update(out)
    return ordered


def to_json(doc: Document, indent: int | None = None) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def _span(d: dict | None, cls: type = Span) -> Any:
    if d is None:
        return None
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in d.items() if k in names})


def _claim(d: dict) -> Claim:
    claim = _span(d, Claim)
    claim.source = _span(d.get("source"), Source)
    if claim.source is not None:
        claim.source.refers_to = _span(d["source"].get("refers_to"), Span)
    claim.cue = _span(d.get("cue"), Span)
    return claim


_EVENT_SPAN_TYPES = {"actor": Party, "target": Party, "location": Party, "time": Time,
                     "quantity": Quantity, "trigger": Span}


def _event(d: dict) -> Event:
    ev = _span(d, Event)
    for key, cls in _EVENT_SPAN_TYPES.items():
        setattr(ev, key, _span(d.get(key), cls))
    return ev


def from_dict(d: dict[str, Any]) -> Document:
    doc = Document(
        id=d["id"],
        source=_span(d.get("source") or {"kind": "text"}, SourceInfo),
        text=d.get("text", ""),
        language=d.get("language"),
        title=d.get("title"),
        authors=list(d.get("authors") or []),
        published=d.get("published"),
        site=d.get("site"),
        tags=list(d.get("tags") or []),
        warnings=list(d.get("warnings") or []),
        errors=[_span(e, StageError) for e in d.get("errors") or []],
        pipeline=dict(d.get("pipeline") or {}),
        schema=d.get("schema", "lesart.document/1"),
    )
    for name, cls in _LAYER_TYPES.items():
        setattr(doc, name, [_span(s, cls) for s in d.get(name) or []])
    doc.claims = [_claim(c) for c in d.get("claims") or []]
    doc.events = [_event(e) for e in d.get("events") or []]
    if d.get("genre"):
        doc.genre = _span(d["genre"], Genre)
    return doc


def from_json(text: str) -> Document:
    return from_dict(json.loads(text))


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``lesart.document/1``, shipped inside the package."""
    text = resources.files("lesart.model").joinpath("document.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: dict[str, Any] | Document) -> None:
    """Raise ``jsonschema.ValidationError`` (or ``ValueError`` for a span whose
    text does not match its offsets) when ``data`` breaks the contract."""
    import jsonschema  # only needed by callers who validate

    if isinstance(data, Document):
        data = to_dict(data)
    jsonschema.validate(data, json_schema())
    check_offsets(data)


def _spans_in(data: dict[str, Any]):
    for layer in ("blocks", "sentences", "entities", "times", "quantities", "claims", "voice"):
        for s in data.get(layer) or []:
            yield layer, s
            if layer == "claims":
                for sub in ("source", "cue"):
                    if s.get(sub):
                        yield f"claims.{sub}", s[sub]
                if (s.get("source") or {}).get("refers_to"):
                    yield "claims.source.refers_to", s["source"]["refers_to"]
    for ev in data.get("events") or []:
        for key in _EVENT_SPANS:
            if ev.get(key):
                yield f"events.{key}", ev[key]


def check_offsets(data: dict[str, Any]) -> None:
    text = data.get("text", "")
    for layer, s in _spans_in(data):
        if not (0 <= s["start"] <= s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
            raise ValueError(f"{layer} span {s['start']}:{s['end']} does not match the text: {s['text']!r}")
