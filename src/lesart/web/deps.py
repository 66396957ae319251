"""Request-scoped dependencies: a read-only store per request, the write token."""
from __future__ import annotations

import hmac
import threading

from fastapi import Depends, Header, Request

from ..store import Store, open_store
from .errors import ApiError
from .settings import Settings


def settings(request: Request) -> Settings:
    return request.app.state.settings


_per_thread = threading.local()


def store(cfg: Settings = Depends(settings)) -> Store:
    """A read-only connection, one per worker thread and database, kept open so
    its page cache stays warm between requests (a broken one is replaced)."""
    cached: dict = getattr(_per_thread, "stores", None) or {}
    _per_thread.stores = cached
    s = cached.get(cfg.db_url)
    if s is not None:
        try:
            s.scalar("SELECT 1")
            return s
        except Exception:  # noqa: BLE001 - the server went away or the file was replaced: reconnect
            cached.pop(cfg.db_url, None)
    s = open_store(cfg.db_url, migrate=False, readonly=True)
    cached[cfg.db_url] = s
    return s


def require_token(cfg: Settings = Depends(settings), authorization: str | None = Header(default=None)) -> None:
    if not cfg.token:
        raise ApiError(403, "write endpoints are disabled: start the server with --token (or LESART_API_TOKEN)")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), cfg.token.encode()):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'")


def reject_nul(request: Request) -> None:
    """NUL characters cannot be stored in or compared with PostgreSQL text: refuse them up front."""
    if "\x00" in request.url.path or any("\x00" in k or "\x00" in v for k, v in request.query_params.multi_items()):
        raise ApiError(400, "NUL characters are not allowed in the path or query")
