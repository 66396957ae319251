"""The corpus schema, as an ordered list of recorded migrations.

One schema for SQLite and PostgreSQL: the statements are written once with
three placeholders that differ between the two (``{pk}`` for the surrogate
key, ``{real}`` and ``{bool}`` for column types), and full-text search is the
one part each dialect spells its own way (FTS5 vs. a tsvector column).

Never edit a migration that has shipped: add a new one.  ``migrate`` records
each applied version in ``schema_migrations``, so a database made by an older
lesart is upgraded in place.
"""
from __future__ import annotations

import json

from collections.abc import Callable
from dataclasses import dataclass, field

# Span columns every layer table shares; "start"/"end" are reserved in SQL.
_SPAN = "doc_id BIGINT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL, " \
        "start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text TEXT NOT NULL"

_V1_COMMON = [
    """CREATE TABLE documents (
        id {pk},
        key TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL,
        input TEXT,
        source_kind TEXT,
        uri TEXT,
        site TEXT,
        language TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        tags TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        text TEXT NOT NULL,
        genre TEXT,
        genre_promotion {bool},
        n_errors INTEGER NOT NULL DEFAULT 0,
        pipeline TEXT NOT NULL DEFAULT '{{}}',
        document TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    )""",
    "CREATE INDEX documents_site ON documents(site)",
    "CREATE INDEX documents_language ON documents(language)",
    "CREATE INDEX documents_published ON documents(published)",
    f"CREATE TABLE blocks ({_SPAN}, kind TEXT NOT NULL, PRIMARY KEY (doc_id, idx))",
    f"CREATE TABLE sentences ({_SPAN}, subjective {{bool}}, subjectivity {{real}}, PRIMARY KEY (doc_id, idx))",
    # ``norm`` is the casefolded text, made in Python: SQLite's lower() only
    # knows ASCII, and both dialects must find "Österreich" alike.
    f"CREATE TABLE entities ({_SPAN}, label TEXT NOT NULL, kb_id TEXT, norm TEXT NOT NULL, PRIMARY KEY (doc_id, idx))",
    "CREATE INDEX entities_norm ON entities(norm)",
    "CREATE INDEX entities_kb ON entities(kb_id)",
    f"CREATE TABLE times ({_SPAN}, value TEXT, type TEXT NOT NULL, mod TEXT, PRIMARY KEY (doc_id, idx))",
    f"CREATE TABLE quantities ({_SPAN}, value {{real}}, unit TEXT, approx {{bool}} NOT NULL, PRIMARY KEY (doc_id, idx))",
    f"""CREATE TABLE claims ({_SPAN}, mode TEXT NOT NULL,
        source_start INTEGER, source_end INTEGER, source_text TEXT, source_kind TEXT,
        cue_start INTEGER, cue_end INTEGER, cue_text TEXT, PRIMARY KEY (doc_id, idx))""",
    # Search filters probe "has this document a claim in mode M / from source kind K":
    # covering indexes that start with doc_id make each probe one seek.
    "CREATE INDEX claims_doc_mode ON claims(doc_id, mode, source_kind)",
    "CREATE INDEX claims_doc_source_kind ON claims(doc_id, source_kind)",
    f"CREATE TABLE voice ({_SPAN}, kind TEXT NOT NULL, technique TEXT, PRIMARY KEY (doc_id, idx))",
    """CREATE TABLE events (
        doc_id BIGINT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        type TEXT NOT NULL, claim INTEGER, mode TEXT, status TEXT,
        trigger_text TEXT, actor_text TEXT, target_text TEXT, location_text TEXT,
        time_text TEXT, quantity_text TEXT, spans TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx))""",
    # Inputs that failed (unreadable, or a stage raised): one row per distinct
    # failure, so re-running the same batch does not pile up copies.
    """CREATE TABLE errors (
        id {pk},
        input TEXT NOT NULL,
        stage TEXT NOT NULL,
        message TEXT NOT NULL,
        doc_key TEXT,
        first_seen TEXT NOT NULL,
        UNIQUE (input, stage, message))""",
    """CREATE TABLE ingest_runs (
        id {pk},
        started_at TEXT NOT NULL,
        finished_at TEXT,
        inputs TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0)""",
]

_V1_FTS = {
    # External-content FTS5 table over documents(title, text): no second copy
    # of the text, and snippet() still works.  Rows are added by the writer
    # in the same transaction as the document.
    "sqlite": ["CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', "
               "content_rowid='id', tokenize='unicode61 remove_diacritics 0')"],
    # 'simple' (no stemming) so both dialects find the same words in German and English.
    "postgresql": [
        "ALTER TABLE documents ADD COLUMN fts tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
        "CREATE INDEX documents_fts ON documents USING GIN (fts)",
    ],
}

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "real": "REAL", "bool": "BOOLEAN"},
    "postgresql": {"pk": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "real": "DOUBLE PRECISION",
                   "bool": "BOOLEAN"},
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    common: list[str] = field(default_factory=list)
    by_dialect: dict[str, list[str]] = field(default_factory=dict)
    # Fills new columns of rows stored before this migration, from the full
    # document JSON every row keeps (called inside the migration's transaction).
    backfill: Callable[[object], None] | None = None

    def statements(self, dialect: str) -> list[str]:
        types = _TYPES[dialect]
        return [s.format(**types) for s in self.common] + list(self.by_dialect.get(dialect, []))


# Events searchable by who and what: "every MOBILIZE with actor PRK".  The
# codes were only inside the stored document before.
_V2_EVENT_CODES = [
    "ALTER TABLE events ADD COLUMN actor_code TEXT",
    "ALTER TABLE events ADD COLUMN actor_sector TEXT",
    "ALTER TABLE events ADD COLUMN target_code TEXT",
    "ALTER TABLE events ADD COLUMN target_sector TEXT",
    "ALTER TABLE events ADD COLUMN location_code TEXT",
    "ALTER TABLE events ADD COLUMN time_value TEXT",
    "CREATE INDEX events_type_actor ON events(type, actor_code)",
    "CREATE INDEX events_actor ON events(actor_code)",
    "CREATE INDEX events_target ON events(target_code)",
]


def _stored_events(store):
    """(document id, event index, event dict) of every stored event, read from the documents' JSON."""
    docs = store.rows("SELECT d.id, d.document FROM documents d WHERE EXISTS "
                      "(SELECT 1 FROM events e WHERE e.doc_id = d.id)")
    for d in docs:
        for idx, ev in enumerate(json.loads(d["document"]).get("events") or []):
            yield d["id"], idx, ev


def _backfill_event_codes(store) -> None:
    from .rows import event_codes_from_dict     # rows imports nothing from here; keep the schema light
    updates = [event_codes_from_dict(ev) + (doc_id, idx) for doc_id, idx, ev in _stored_events(store)]
    if updates:
        store.executemany("UPDATE events SET actor_code = ?, actor_sector = ?, target_code = ?, target_sector = ?, "
                          "location_code = ?, time_value = ? WHERE doc_id = ? AND idx = ?", updates)


# How far to trust each event's coding (the events stage's high / medium / low),
# so search can leave out the weak ones.  Events stored before the stage gave
# a confidence keep NULL.
_V3_EVENT_CONFIDENCE = ["ALTER TABLE events ADD COLUMN confidence TEXT"]


def _backfill_event_confidence(store) -> None:
    updates = [(ev["confidence"], doc_id, idx) for doc_id, idx, ev in _stored_events(store) if ev.get("confidence")]
    if updates:
        store.executemany("UPDATE events SET confidence = ? WHERE doc_id = ? AND idx = ?", updates)


MIGRATIONS: list[Migration] = [
    Migration(1, "documents, layers, errors, full-text search", _V1_COMMON, _V1_FTS),
    Migration(2, "event actor, target and place codes", _V2_EVENT_CODES, backfill=_backfill_event_codes),
    Migration(3, "event confidence", _V3_EVENT_CONFIDENCE, backfill=_backfill_event_confidence),
]

LAYER_TABLES = ("blocks", "sentences", "entities", "times", "quantities", "claims", "voice", "events")
