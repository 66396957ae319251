"""A Document as flat table rows, and the key that identifies it.

Pure functions, no database: the writer of either dialect feeds these rows to
``executemany``.  The full JSON form (``lesart.model.to_dict``) is stored too,
so nothing is lost when a layer gains fields the flat tables do not have yet.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any

from ..model import Document, Event, RawInput, Span, to_dict

# Column order of each layer table after (doc_id, idx, start_char, end_char, text).
LAYER_COLUMNS: dict[str, tuple[str, ...]] = {
    "blocks": ("kind",),
    "sentences": ("subjective", "subjectivity"),
    "entities": ("label", "kb_id", "norm"),
    "times": ("value", "type", "mod"),
    "quantities": ("value", "unit", "approx"),
    "claims": ("mode", "source_start", "source_end", "source_text", "source_kind", "cue_start", "cue_end", "cue_text"),
    "voice": ("kind", "technique"),
}
EVENT_COLUMNS = ("type", "claim", "mode", "status", "trigger_text", "actor_text", "target_text",
                 "location_text", "time_text", "quantity_text", "spans",
                 # schema version 2: what search filters on
                 "actor_code", "actor_sector", "target_code", "target_sector", "location_code", "time_value",
                 # schema version 3: high | medium | low (None before the events stage gave one)
                 "confidence")
_EVENT_SPANS = ("actor", "target", "location", "time", "quantity", "trigger")

DOCUMENT_COLUMNS = ("key", "doc_id", "input", "source_kind", "uri", "site", "language", "title", "authors", "tags",
                    "published", "text", "genre", "genre_promotion", "n_errors", "pipeline", "document",
                    "ingested_at")


def input_key(raw: RawInput) -> str:
    """The content hash a document is stored under, known before analysis.

    The id takes part because a JSONL record's id is the caller's name for
    it (two ids, two documents); for files the id is itself a content hash.
    """
    h = hashlib.sha256()
    h.update((raw.id or "").encode("utf-8"))
    h.update(b"\x00")
    h.update(raw.content.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:32]


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _opt(span: Span | None, attr: str) -> Any:
    return getattr(span, attr) if span is not None else None


def document_row(doc: Document, key: str, input_name: str | None) -> tuple:
    data = to_dict(doc)
    return (
        key, doc.id, input_name, doc.source.kind, doc.source.uri, doc.site or doc.source.site, doc.language,
        doc.title, json.dumps(doc.authors, ensure_ascii=False), json.dumps(doc.tags, ensure_ascii=False),
        (doc.published or None) and doc.published[:10], doc.text,
        doc.genre.label if doc.genre else None, doc.genre.promotion if doc.genre else None,
        len(doc.errors), json.dumps(doc.pipeline, ensure_ascii=False),
        json.dumps(data, ensure_ascii=False), now(),
    )


def layer_rows(doc: Document, doc_pk: int) -> dict[str, list[tuple]]:
    """Rows per layer table for one stored document (primary key ``doc_pk``)."""
    def span(i: int, s: Span) -> tuple:
        return (doc_pk, i, s.start, s.end, s.text)

    out: dict[str, list[tuple]] = {
        "blocks": [span(i, b) + (b.kind,) for i, b in enumerate(doc.blocks)],
        "sentences": [span(i, s) + (s.subjective, s.subjectivity) for i, s in enumerate(doc.sentences)],
        "entities": [span(i, e) + (e.label, e.kb_id, e.text.casefold()) for i, e in enumerate(doc.entities)],
        "times": [span(i, t) + (t.value, t.type, t.mod) for i, t in enumerate(doc.times)],
        "quantities": [span(i, q) + (q.value, q.unit, bool(q.approx)) for i, q in enumerate(doc.quantities)],
        "claims": [span(i, c) + (c.mode, _opt(c.source, "start"), _opt(c.source, "end"), _opt(c.source, "text"),
                                 _opt(c.source, "kind"), _opt(c.cue, "start"), _opt(c.cue, "end"), _opt(c.cue, "text"))
                   for i, c in enumerate(doc.claims)],
        "voice": [span(i, v) + (v.kind, v.technique) for i, v in enumerate(doc.voice)],
    }
    events = []
    for i, ev in enumerate(doc.events):
        spans = {k: to_plain_span(getattr(ev, k)) for k in _EVENT_SPANS if getattr(ev, k) is not None}
        events.append((doc_pk, i, ev.type, ev.claim, ev.mode, ev.status,
                       *(_opt(getattr(ev, k), "text") for k in ("trigger", "actor", "target", "location", "time",
                                                                "quantity")),
                       json.dumps(spans, ensure_ascii=False), *event_codes(ev), ev.confidence))
    out["events"] = events
    return out


def to_plain_span(s: Span) -> dict:
    return {"start": s.start, "end": s.end, "text": s.text}


# (part of the event, attribute) behind each code column, in EVENT_COLUMNS order.
_CODE_FIELDS = (("actor", "code"), ("actor", "sector"), ("target", "code"), ("target", "sector"),
                ("location", "code"), ("time", "value"))


def event_codes(ev: Event) -> tuple:
    """(actor_code, actor_sector, target_code, target_sector, location_code, time_value) of an event."""
    return tuple(_opt(getattr(ev, part), attr) for part, attr in _CODE_FIELDS)


def event_codes_from_dict(ev: dict) -> tuple:
    """The same from an event in the stored JSON (for rows written before the columns existed)."""
    return tuple((ev.get(part) or {}).get(attr) for part, attr in _CODE_FIELDS)
