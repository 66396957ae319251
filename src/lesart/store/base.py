"""The repository: one class over a DB-API connection, for both dialects.

SQL is written once with ``?`` placeholders; the PostgreSQL store rewrites
them to ``%s``.  What differs (connecting, transactions, full-text search)
lives in ``sqlite.py`` and ``postgres.py``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..model import Document, from_dict
from .rows import DOCUMENT_COLUMNS, EVENT_COLUMNS, LAYER_COLUMNS, document_row, layer_rows, now
from .schema import LAYER_TABLES, MIGRATIONS

SPAN_COLUMNS = ("doc_id", "idx", "start_char", "end_char", "text")
NAMED_SOURCE_KINDS = ("person", "organisation", "government", "intelligence", "media")


@dataclass
class Pending:
    """A document ready to be written, with the key and input it came from."""
    key: str
    input: str | None
    doc: Document


@dataclass
class Failure:
    input: str
    stage: str
    message: str
    doc_key: str | None = None


class Store:
    dialect = "base"
    # Rank text matches by relevance only up to this many (None: always); beyond
    # it, newest first.  Set where ranking reads every match's full text vector.
    rank_limit: int | None = None

    def __init__(self, conn: Any, url: str):
        self.conn = conn
        self.url = url

    # -- plumbing ----------------------------------------------------------
    def sql(self, q: str) -> str:
        return q

    def execute(self, q: str, params: Sequence = ()) -> Any:
        return self.conn.execute(self.sql(q), params)

    def executemany(self, q: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def rows(self, q: str, params: Sequence = ()) -> list[dict]:
        cur = self.execute(q, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def scalar(self, q: str, params: Sequence = ()) -> Any:
        row = self.execute(q, params).fetchone()
        return row[0] if row else None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError
        yield

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations --------------------------------------------------------
    def _lock_for_migration(self) -> None:
        """Keep two processes from migrating at once (inside the transaction)."""

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks; returns their versions."""
        done: list[int] = []
        with self.transaction():
            self._lock_for_migration()
            self.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                         "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            have = {r["version"] for r in self.rows("SELECT version FROM schema_migrations")}
            for m in MIGRATIONS:
                if m.version in have:
                    continue
                for stmt in m.statements(self.dialect):
                    self.execute(stmt)
                if m.backfill is not None:
                    m.backfill(self)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                             (m.version, m.name, now()))
                done.append(m.version)
        return done

    def schema_version(self) -> int:
        return int(self.scalar("SELECT max(version) FROM schema_migrations") or 0)

    # -- writing -----------------------------------------------------------
    def known_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(dict.fromkeys(keys))
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r["key"] for r in self.rows(f"SELECT key FROM documents WHERE key IN ({marks})", chunk))
        return found

    def _insert_document(self, row: tuple) -> int | None:
        """Insert one document row; its new id, or None when the key is already stored."""
        cols = ", ".join(DOCUMENT_COLUMNS)
        marks = ", ".join("?" * len(DOCUMENT_COLUMNS))
        cur = self.execute(f"INSERT INTO documents ({cols}) VALUES ({marks}) ON CONFLICT (key) DO NOTHING "
                           "RETURNING id", row)
        got = cur.fetchone()
        return got[0] if got else None

    def _index_text(self, doc_pk: int, doc: Document) -> None:
        """Dialect hook: add a stored document to the full-text index."""

    def add(self, batch: Sequence[Pending], failures: Sequence[Failure] = ()) -> int:
        """Write a batch in one transaction: all of it or (after a crash) none.
        Documents whose key is already there are left alone.  Returns how many were added."""
        added = 0
        with self.transaction():
            layers: dict[str, list[tuple]] = {t: [] for t in LAYER_TABLES}
            for p in batch:
                pk = self._insert_document(document_row(p.doc, p.key, p.input))
                if pk is None:
                    continue
                added += 1
                self._index_text(pk, p.doc)
                for table, rows in layer_rows(p.doc, pk).items():
                    layers[table].extend(rows)
            for table, rows in layers.items():
                if rows:
                    cols = EVENT_COLUMNS if table == "events" else LAYER_COLUMNS[table]
                    names = ("doc_id", "idx") + cols if table == "events" else SPAN_COLUMNS + cols
                    marks = ", ".join("?" * len(names))
                    self.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", rows)
            self._record_failures(failures)
        return added

    def _record_failures(self, failures: Sequence[Failure]) -> None:
        if failures:
            self.executemany("INSERT INTO errors (input, stage, message, doc_key, first_seen) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (input, stage, message) DO NOTHING",
                             [(f.input, f.stage, f.message, f.doc_key, now()) for f in failures])

    def record_failures(self, failures: Sequence[Failure]) -> None:
        with self.transaction():
            self._record_failures(failures)

    def start_run(self, inputs: Sequence[str]) -> int:
        with self.transaction():
            cur = self.execute("INSERT INTO ingest_runs (started_at, inputs) VALUES (?, ?) RETURNING id",
                               (now(), json.dumps(list(inputs), ensure_ascii=False)))
            return cur.fetchone()[0]

    def optimize(self) -> None:
        """Refresh the planner's statistics after a run that added documents."""

    def finish_run(self, run_id: int, added: int, skipped: int, failed: int) -> None:
        with self.transaction():
            self.execute("UPDATE ingest_runs SET finished_at = ?, added = ?, skipped = ?, failed = ? WHERE id = ?",
                         (now(), added, skipped, failed, run_id))

    # -- reading -----------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Rows per table: documents, each layer, errors."""
        out = {"documents": int(self.scalar("SELECT count(*) FROM documents"))}
        for t in LAYER_TABLES + ("errors",):
            out[t] = int(self.scalar(f"SELECT count(*) FROM {t}"))
        return out

    def document_meta(self, where: str, params: Sequence) -> dict | None:
        got = self.rows("SELECT id, key, doc_id, input, source_kind, uri, site, language, title, published, genre, "
                        f"n_errors, ingested_at FROM documents WHERE {where}", params)
        return got[0] if got else None

    def find(self, ident: str) -> dict | None:
        """A document's metadata by its key, or else by its document id."""
        return self.document_meta("key = ?", (ident,)) or self.document_meta("doc_id = ? ORDER BY id LIMIT 1",
                                                                              (ident,))

    def load(self, ident: str) -> Document | None:
        meta = self.find(ident)
        if meta is None:
            return None
        return from_dict(json.loads(self.scalar("SELECT document FROM documents WHERE id = ?", (meta["id"],))))

    def list_documents(self, limit: int, offset: int, site: str | None = None,
                       language: str | None = None) -> tuple[int, list[dict]]:
        where, params = ["1=1"], []
        if site:
            where.append("site = ?"); params.append(site)
        if language:
            where.append("language = ?"); params.append(language)
        w = " AND ".join(where)
        total = int(self.scalar(f"SELECT count(*) FROM documents WHERE {w}", params))
        items = self.rows("SELECT id, key, doc_id, site, language, title, published, genre FROM documents "
                          f"WHERE {w} ORDER BY id LIMIT ? OFFSET ?", params + [limit, offset])
        return total, items

    def iter_documents(self, batch: int = 200) -> Iterator[dict]:
        """Every stored analysis document as its JSON dict, in storage order."""
        last = 0
        while True:
            got = self.rows("SELECT id, document FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch))
            if not got:
                return
            for r in got:
                yield json.loads(r["document"])
            last = got[-1]["id"]

    def iter_layer(self, table: str, batch: int = 5000) -> Iterator[dict]:
        """Rows of one layer table joined with their document's key, id and site."""
        if table not in LAYER_TABLES:
            raise ValueError(f"unknown layer table {table!r}")
        last = (0, -1)
        while True:
            got = self.rows(f"SELECT d.key AS doc_key, d.doc_id AS document_id, d.site, d.published, t.* FROM {table} t "
                            "JOIN documents d ON d.id = t.doc_id WHERE (t.doc_id > ? OR (t.doc_id = ? AND t.idx > ?)) "
                            "ORDER BY t.doc_id, t.idx LIMIT ?", (last[0], last[0], last[1], batch))
            if not got:
                return
            yield from got
            last = (got[-1]["doc_id"], got[-1]["idx"])

    def layer_page(self, table: str, limit: int, offset: int, filters: dict[str, Any]) -> tuple[int, list[dict]]:
        """One page of a layer table (for the API), filtered by equality on the given columns."""
        where, params = ["1=1"], []
        for col, val in filters.items():
            if val is None:
                continue
            if col in ("site", "language", "key"):
                where.append(f"d.{col} = ?")
            else:
                where.append(f"t.{col} = ?")
            params.append(val)
        w = " AND ".join(where)
        total = int(self.scalar(f"SELECT count(*) FROM {table} t JOIN documents d ON d.id = t.doc_id WHERE {w}",
                                params))
        items = self.rows(f"SELECT d.key AS doc_key, d.doc_id AS document_id, d.site, t.* FROM {table} t "
                          "JOIN documents d ON d.id = t.doc_id "
                          f"WHERE {w} ORDER BY t.doc_id, t.idx LIMIT ? OFFSET ?", params + [limit, offset])
        return total, items

    def errors(self, limit: int = 100, offset: int = 0) -> tuple[int, list[dict]]:
        total = int(self.scalar("SELECT count(*) FROM errors"))
        return total, self.rows("SELECT input, stage, message, doc_key, first_seen FROM errors ORDER BY id "
                                "LIMIT ? OFFSET ?", (limit, offset))

    # -- search and outlets live in their own modules ----------------------
    @contextmanager
    def search_session(self) -> Iterator[None]:
        """Dialect hook: planner settings for the queries of one search."""
        yield

    def search(self, query: "SearchQuery") -> "SearchResult":  # noqa: F821
        from .search import run_search
        with self.search_session():
            return run_search(self, query)

    def fts_only(self, text: str) -> tuple[str, str, list] | None:
        """Dialect hook: (count SQL, page SQL, params) for a query with no filter but text, or None."""
        return None

    def fts_match(self, text: str) -> tuple[str, str, list]:
        """Dialect hook: (FROM/JOIN clause, WHERE condition, params) restricting documents ``d`` to a query."""
        raise NotImplementedError
