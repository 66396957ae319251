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
