"""The 991 HTML pages of ../shared/data/extraction (all three sets) into SQLite
and PostgreSQL: identical counts per layer, a second run adds nothing, and a
run killed with SIGKILL half-way and restarted ends with the same counts.

Slow (two full analyses of 991 pages): it uses the cheap stages
extract,language,sentences so it stays near five minutes on two cores.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from conftest import SHARED
from lesart.store import open_store
from test_store_fixtures import fresh_pg, pg_url  # noqa: F401

SETS = [SHARED / "data" / "extraction" / name / "html" for name in ("scrapinghub", "fundus_de", "trafilatura_de")]
STAGES = "extract,language,sentences"

pytestmark = [pytest.mark.slow, pytest.mark.gold,
              pytest.mark.skipif(not all(p.is_dir() for p in SETS),
                                 reason=f"extraction pages not found under {SHARED}/data/extraction "
                                        "(clone lesart next to its shared/ folder or set LESART_SHARED)")]


def _ingest_cmd(db: str) -> list[str]:
    code = ("import typer, sys; from lesart.commands.corpus import register; app = typer.Typer(); register(app); "
            "app(sys.argv[1:])")
    return [sys.executable, "-c", code, "ingest", *map(str, SETS), "--db", db, "--stages", STAGES,
            "--batch-size", "25", "--no-progress"]


def _ingest(db: str) -> subprocess.CompletedProcess:
    return subprocess.run(_ingest_cmd(db), capture_output=True, text=True, timeout=900)


def _counts(db: str) -> dict[str, int]:
    with open_store(db) as s:
        return s.counts()


def _documents(db: str) -> int:
    try:
        with open_store(db, migrate=False, readonly=True) as s:
            return s.counts()["documents"]
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0


def test_991_pages_sqlite_and_postgres_agree(tmp_path, fresh_pg):
    """SQLite runs whole; PostgreSQL is killed half-way and restarted. The two run side
    by side (one core each) so the test takes about one ingest's time."""
    sqlite_db = str(tmp_path / "gold.db")
    with open_store(sqlite_db), open_store(fresh_pg):       # schemas first, so progress can be polled
        pass
    sqlite_run = subprocess.Popen(_ingest_cmd(sqlite_db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    victim = subprocess.Popen(_ingest_cmd(fresh_pg), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 900
        while victim.poll() is None and _documents(fresh_pg) < 400 and time.monotonic() < deadline:
            time.sleep(0.5)
        assert victim.poll() is None, "the PostgreSQL ingest ended before it could be killed"
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait()
        killed = _documents(fresh_pg)
        restarted = _ingest(fresh_pg)
        _, sqlite_err = sqlite_run.communicate(timeout=900)
    finally:
        for p in (sqlite_run, victim):
            if p.poll() is None:
                p.kill()
    sqlite_counts = _counts(sqlite_db)
    pg_counts = _counts(fresh_pg)
    print(f"\nSQLite: {sqlite_counts}\nPostgreSQL, killed at {killed} documents and restarted: {pg_counts}")
    assert 400 <= killed < 991
    assert sqlite_counts["documents"] + sqlite_counts["errors"] >= 991, sqlite_err[-2000:]
    assert sqlite_counts["documents"] >= 980 and sqlite_counts["sentences"] > 10_000
    assert pg_counts == sqlite_counts, restarted.stderr[-2000:]

    again = _ingest(sqlite_db)
    assert _counts(sqlite_db) == sqlite_counts, "a second run must add nothing"
    assert "0 added" in again.stderr
    again = _ingest(fresh_pg)
    assert _counts(fresh_pg) == pg_counts and "0 added" in again.stderr
