"""What the web app is allowed to do; the defaults are the safe ones."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_url: str | None = None          # None: ./lesart.db
    token: str | None = None           # None: POST /api/analyze and /api/ingest are disabled
    allow_fetch: bool = False          # may the write endpoints fetch URLs (with lesart.fetch's safeguards)?
    allow_private: bool = False        # ... even on private/loopback hosts (tests only)
    max_body: int = 5_000_000          # bytes per request
    max_items: int = 100               # documents per POST /api/ingest
    stages: tuple[str, ...] | None = None   # pipeline for the write endpoints (None: every installed stage)
