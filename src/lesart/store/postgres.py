"""PostgreSQL (psycopg 3): ``--db postgresql://user@host/dbname``.

Full-text search is a generated ``tsvector`` column with a GIN index, so the
writer has nothing extra to do; ``executemany`` runs in pipeline mode.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .base import Store


class PostgresStore(Store):
    dialect = "postgresql"
    # ts_rank de-TOASTs each match's tsvector: thousands of matches cost
    # hundreds of ms, so broad queries list the newest first instead.
    rank_limit = 1000

    def __init__(self, url: str, readonly: bool = False):
        import psycopg

        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        if readonly:
            conn.execute("SET default_transaction_read_only = on")
        super().__init__(conn, url)
        self._depth = 0

    def sql(self, q: str) -> str:
        return q.replace("?", "%s")

    def execute(self, q: str, params: Sequence = ()) -> Any:
        return self.conn.execute(self.sql(q), tuple(params) or None)

    def executemany(self, q: str, rows: list[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(self.sql(q), rows)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def optimize(self) -> None:
        # VACUUM, not only ANALYZE: it also merges the GIN index's pending list;
        # until then the planner prices the index so high that it scans every row.
        self.execute("VACUUM (ANALYZE)")

    @contextmanager
    def search_session(self) -> Iterator[None]:
        # The planner prices "fts @@ query" as cheap per row, but on a sequential
        # scan each row's tsvector must be de-TOASTed (a common word: 150 ms on
        # 10,000 documents, against 15 ms through the GIN index).  Within the
        # search's own transaction, steer it to the indexes.
        with self.conn.transaction():
            self.execute("SET LOCAL enable_seqscan = off")
            yield

    def _lock_for_migration(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(7343)")   # any fixed number: lesart's migration lock

    def fts_match(self, text: str) -> tuple[str, str, list]:
        return ("documents d", "d.fts @@ websearch_to_tsquery('simple', ?)", [text])

    def fts_rank(self) -> str:
        return "-ts_rank(d.fts, websearch_to_tsquery('simple', ?))"   # negated: lower is better, as bm25
