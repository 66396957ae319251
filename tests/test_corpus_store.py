"""The cross-outlet layer over the corpus store: story index beside the database, CLI and web story view."""
from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory, seed_text):
    import lesart
    from lesart.store import open_store
    from lesart.store.base import Pending

    path = tmp_path_factory.mktemp("corpus") / "c.db"
    wire = lesart.analyze_text((DATA / "corpus_wire_nordkorea_de.txt").read_text("utf-8"),
                               published="2025-03-27", id="wire-de")
    seed = lesart.analyze_text(seed_text, published="2025-03-28", id="seed")
    wire.site, seed.site = "dpa", "seed-outlet"
    with open_store(str(path)) as store:
        store.add([Pending(key="k-wire", input="wire", doc=wire), Pending(key="k-seed", input="seed", doc=seed)])
    return path


def test_index_is_built_beside_the_database_and_extended(db):
    from lesart.corpus.store_adapter import default_index_path, update_index
    from lesart.store import open_store

    with open_store(str(db)) as store:
        idx, added = update_index(store)
        assert added == 2 and default_index_path(store).exists()
        assert idx.of_doc["seed"] == idx.of_doc["wire-de"]
        again, added = update_index(store)
        assert added == 0 and again.of_doc == idx.of_doc


def test_cli_story_and_claim(db):
    import typer
    from typer.testing import CliRunner

    from lesart.commands.stories import register

    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        pass

    run = CliRunner()
    listed = run.invoke(app, ["story", "list", "--db", str(db)])
    assert listed.exit_code == 0, listed.output
    sid = listed.output.split()[0]
    shown = run.invoke(app, ["story", "show", sid, "--db", str(db)])
    assert shown.exit_code == 0 and "Verzweiflung des Kreml" in shown.output
    claims = run.invoke(app, ["claim", "list", sid, "--db", str(db), "--json"])
    assert claims.exit_code == 0 and "10.000" in claims.output
    missing = run.invoke(app, ["story", "show", "nope", "--db", str(db)])
    assert missing.exit_code == 1


def test_web_story_view(db):
    from fastapi.testclient import TestClient

    from lesart.web import Settings, create_app

    client = TestClient(create_app(Settings(db_url=str(db))))
    stories = client.get("/api/stories").json()
    assert len(stories) == 1 and set(stories[0]["articles"]) == {"wire-de", "seed"}
    sid = stories[0]["id"]
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and "Verzweiflung des Kreml" in page.text and "<script" not in page.text
    assert client.get("/stories").status_code == 200
    assert client.get("/api/stories/nope").status_code == 404
    data = client.get(f"/api/stories/{sid}").json()
    assert any("10.000" in c["claims"][0]["text"] for c in data["claims"])


def test_cli_search_by_event_confidence(db):
    """``lesart search --min-confidence`` over real analysed pages: the events each level keeps are exactly
    those the events stage rated that level or higher (whatever the stage rates them today)."""
    import json
    import re

    from typer.testing import CliRunner

    from lesart.cli import app
    from lesart.store import open_store

    with open_store(str(db)) as store:
        stored = {d: store.load(d).events for d in ("seed", "wire-de")}
    run = CliRunner()
    for level, kept in (("low", {"low", "medium", "high"}), ("medium", {"medium", "high"}), ("high", {"high"})):
        out = run.invoke(app, ["search", "--db", str(db), "--event-type", "MOBILIZE", "--min-confidence", level,
                               "--format", "json"])
        assert out.exit_code == 0, out.output
        got = {h["doc_id"]: [e["trigger_text"] for e in h["events"]] for h in json.loads(out.output)["hits"]}
        want = {d: [e.trigger.text for e in evs if e.type == "MOBILIZE" and e.confidence in kept]
                for d, evs in stored.items()}
        assert got == {d: t for d, t in want.items() if t}, level
    assert any(e.confidence for evs in stored.values() for e in evs)
    table = run.invoke(app, ["search", "--db", str(db), "--event-type", "MOBILIZE", "--min-confidence", "low"])
    # the table shows each event's level: "[MOBILIZE/happened, high] ..."
    assert table.exit_code == 0 and re.search(r"\b(high|medium|low)\]", table.output), table.output
    bad = run.invoke(app, ["search", "--db", str(db), "--min-confidence", "certain"])
    assert bad.exit_code != 0
