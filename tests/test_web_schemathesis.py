"""Schemathesis against the app's own OpenAPI schema: no input may cause a server error.

Runs in-process (ASGI) on a small SQLite corpus, with the write endpoints
enabled (token sent) so they are fuzzed too, on the cheap stages.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from lesart.store import open_store  # noqa: E402
from lesart.web import Settings, create_app  # noqa: E402
from test_store_fixtures import fill  # noqa: E402

_DB = str(Path(tempfile.mkdtemp(prefix="lesart-schemathesis-")) / "corpus.db")
with open_store(_DB) as _s:
    fill(_s)
TOKEN = "fuzz-token"
app = create_app(Settings(db_url=_DB, token=TOKEN, max_body=200_000, stages=("extract", "language", "sentences")))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=[not_a_server_error])
