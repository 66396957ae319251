"""SQLite: the embedded default (``./lesart.db``).

WAL so readers (the web app) never block the one writer; the writer takes
the write lock up front (``BEGIN IMMEDIATE``) and commits once per batch.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from ..model import Document
from .base import Store
from .search import fts5_query


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str, url: str, readonly: bool = False):
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30.0)
        conn.execute("PRAGMA busy_timeout = 30000")
        if path != ":memory:" and not readonly:
            conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is crash-safe in WAL mode (a power cut may lose the last
        # commit, never corrupt the database); a killed process loses nothing committed.
        conn.execute("PRAGMA synchronous = NORMAL")
        # Rows carry the text and the whole analysis JSON, so a search touches
        # many pages: a 64 MB page cache and memory-mapped reads keep it in RAM.
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA mmap_size = 268435456")
        if readonly:
            conn.execute("PRAGMA query_only = ON")
        super().__init__(conn, url)
        self.path = path

    def executemany(self, q: str, rows: list[tuple]) -> None:
        self.conn.executemany(q, rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:       # nested: the outer one commits
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def optimize(self) -> None:
        # Without statistics the planner may probe the claims of every document
        # for a filter; a sampled ANALYZE takes milliseconds.
        self.execute("PRAGMA analysis_limit = 1000")
        self.execute("ANALYZE")

    def _index_text(self, doc_pk: int, doc: Document) -> None:
        self.execute("INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)", (doc_pk, doc.title, doc.text))

    def fts_match(self, text: str) -> tuple[str, str, list]:
        # CROSS JOIN keeps the FTS index as the outer loop; otherwise the planner
        # may scan every document of a language and probe FTS for each (seconds).
        return ("documents_fts CROSS JOIN documents d ON d.id = documents_fts.rowid", "documents_fts MATCH ?",
                [fts5_query(text)])

    def fts_only(self, text: str) -> tuple[str, str, list]:
        """Count and ranked page for a plain text query, from the FTS index alone."""
        return ("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                "SELECT rowid AS id, rank AS score FROM documents_fts WHERE documents_fts MATCH ? "
                "ORDER BY rank, rowid LIMIT ? OFFSET ?", [fts5_query(text)])

    def fts_rank(self) -> str:
        return "bm25(documents_fts)"       # lower is better
