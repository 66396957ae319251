"""Export a corpus: the analysis documents (JSONL), or one flat table
(claims, entities, times, voice, ...) as JSONL, CSV or Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from .base import Store
from .schema import LAYER_TABLES

TABLES = ("documents",) + LAYER_TABLES
# For the flat "documents" table (CSV, Parquet): metadata plus the full JSON.
DOCUMENT_FIELDS = ("key", "doc_id", "site", "language", "title", "published", "genre", "text", "document")


def _document_rows(store: Store) -> Iterator[dict[str, Any]]:
    last = 0
    cols = ", ".join(("id",) + DOCUMENT_FIELDS)
    while True:
        got = store.rows(f"SELECT {cols} FROM documents WHERE id > ? ORDER BY id LIMIT 500", (last,))
        if not got:
            return
        for r in got:
            last = r.pop("id")
            yield r


def rows_of(store: Store, table: str) -> Iterator[dict[str, Any]]:
    if table == "documents":
        return _document_rows(store)
    if table not in LAYER_TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return ({k: v for k, v in r.items() if k != "doc_id"} for r in store.iter_layer(table))


def export_jsonl(store: Store, table: str, out: IO[str]) -> int:
    """Documents as their full JSON form (one per line); a layer as flat rows."""
    n = 0
    rows = store.iter_documents() if table == "documents" else rows_of(store, table)
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def export_csv(store: Store, table: str, out: IO[str]) -> int:
    writer = None
    n = 0
    for row in rows_of(store, table):
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow(row)
        n += 1
    if writer is None:                       # empty table: still write its header
        out.write(",".join(_columns(store, table)) + "\n")
    return n


def _columns(store: Store, table: str) -> list[str]:
    if table == "documents":
        return list(DOCUMENT_FIELDS)
    cur = store.execute(f"SELECT d.key AS doc_key, d.doc_id AS document_id, d.site, d.published, t.* FROM {table} t "
                        "JOIN documents d ON d.id = t.doc_id WHERE 1=0")
    return [d[0] for d in cur.description if d[0] != "doc_id"]


_INTS = {"idx", "start_char", "end_char", "source_start", "source_end", "cue_start", "cue_end", "claim"}
_BOOLS = {"subjective", "approx"}


def _arrow_schema(store: Store, table: str):
    """Fixed column types, so a batch that happens to be all-null cannot change them."""
    import pyarrow as pa

    def kind(col: str):
        if col in _INTS:
            return pa.int64()
        if col in _BOOLS:
            return pa.bool_()
        if col == "subjectivity" or (table == "quantities" and col == "value"):
            return pa.float64()
        return pa.string()
    return pa.schema([(c, kind(c)) for c in _columns(store, table)])


def export_parquet(store: Store, table: str, path: str, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(store, table)
    n = 0
    buf: list[dict[str, Any]] = []
    with pq.ParquetWriter(path, schema) as writer:
        for row in rows_of(store, table):
            buf.append(_normalise(row))
            n += 1
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                buf.clear()
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
    return n


def _normalise(row: dict[str, Any]) -> dict[str, Any]:
    # SQLite hands booleans back as 0/1; the Parquet type must not depend on the dialect.
    return {k: (bool(v) if k in ("subjective", "approx") and v is not None else v) for k, v in row.items()}
