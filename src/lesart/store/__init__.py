"""The corpus store: analysis documents and every layer in SQLite or PostgreSQL.

    >>> from lesart.store import open_store
    >>> with open_store("sqlite:///lesart.db") as store:
    ...     store.counts()

``open_store`` applies pending migrations unless ``migrate=False``.
"""
from __future__ import annotations

from pathlib import Path

from .base import Failure, Pending, Store
from .search import SearchQuery, SearchResult

DEFAULT_URL = "sqlite:///lesart.db"


class StoreURLError(ValueError):
    """The --db value is neither a SQLite path/URL nor a postgresql:// URL."""


class StoreSchemaError(RuntimeError):
    """A read-only open found a database made by an older lesart: its new
    columns are missing, and a read-only connection may not add them."""


def latest_version() -> int:
    from .schema import MIGRATIONS
    return MIGRATIONS[-1].version


def open_store(url: str | None = None, *, migrate: bool = True, readonly: bool = False) -> Store:
    url = url or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore
        store: Store = PostgresStore(url, readonly=readonly)
    elif url.startswith("sqlite://") or "://" not in url:
        path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
        if url.startswith("sqlite://") and not url.startswith("sqlite:///"):
            raise StoreURLError(f"SQLite URLs look like sqlite:///relative.db or sqlite:////abs/path.db, not {url!r}")
        if readonly and path != ":memory:" and not Path(path or "lesart.db").exists():
            raise StoreURLError(f"no database at {path or 'lesart.db'}: run `lesart ingest ... --db {url}` first")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        from .sqlite import SQLiteStore
        store = SQLiteStore(path or "lesart.db", url, readonly=readonly)
    else:
        raise StoreURLError(f"unsupported database URL {url!r}: use a SQLite path, sqlite:///path or postgresql://...")
    if migrate and not readonly:
        store.migrate()
    elif readonly:
        _check_current(store, url)
    return store


def _check_current(store: Store, url: str) -> None:
    try:
        have = store.schema_version()
    except Exception:  # noqa: BLE001 - no schema_migrations table: not a lesart database (or an empty one)
        have = 0
    if have < latest_version():
        store.close()
        raise StoreSchemaError(f"the database {url} has schema version {have}, this lesart needs "
                               f"{latest_version()}: upgrade it once with `lesart migrate --db {url}`")


__all__ = ["DEFAULT_URL", "Failure", "Pending", "SearchQuery", "SearchResult", "Store", "StoreSchemaError",
           "StoreURLError", "latest_version", "open_store"]
