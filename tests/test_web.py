"""The web app through its HTTP face: JSON API, errors, write protection, size cap, pages."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from lesart.store import open_store
from lesart.web import Settings, create_app
from test_store_fixtures import db_url, fill, fresh_pg, make_page, pg_url  # noqa: F401


@pytest.fixture()
def corpus(db_url):
    with open_store(db_url) as s:
        fill(s)
    return db_url


@pytest.fixture()
def client(corpus):
    return TestClient(create_app(Settings(db_url=corpus)), raise_server_exceptions=False)


def test_api_reads(client):
    docs = client.get("/api/documents", params={"limit": 2}).json()
    assert docs["total"] == 4 and len(docs["items"]) == 2 and docs["limit"] == 2
    key = docs["items"][0]["key"]
    one = client.get(f"/api/documents/{key}").json()
    assert one["document"]["schema"] == "lesart.document/1" and one["key"] == key
    claims = client.get("/api/claims", params={"mode": "hearsay"}).json()
    assert claims["total"] == 1 and claims["items"][0]["source"]["kind"] == "anonymous"
    assert client.get("/api/claims", params={"source_kind": "person", "site": "taz.de"}).json()["total"] == 1
    assert client.get("/api/entities", params={"label": "PER"}).json()["items"][0]["text"] == "Selenskyj"
    found = client.get("/api/search", params={"q": "Kursk", "mode": "hearsay", "since": "2025-03-01",
                                              "facets": "true"}).json()
    assert [h["id"] for h in found["hits"]] == ["a1"] and found["hits"][0]["claims"][0]["mode"] == "hearsay"
    assert found["facets"]["site"] == [{"value": "taz.de", "count": 1}]
    assert client.get("/api/search", params={"event_type": "MOBILIZE", "actor": "PRK"}).json()["total"] == 0
    outlets = client.get("/api/outlets").json()
    assert outlets["total"] == 3
    profile = client.get("/api/outlets/profile", params={"site": "taz.de"}).json()
    assert profile["attribution"]["anonymous"] > 0.5 and len(profile["months"]) == 2
    stats = client.get("/api/stats").json()
    assert stats["counts"]["documents"] == 4 and stats["schema_version"] >= 1


def test_one_error_shape(client):
    for resp, status in ((client.get("/api/documents/nope"), 404), (client.get("/api/search?limit=0"), 422),
                         (client.get("/api/nothing"), 404), (client.delete("/api/documents"), 405),
                         (client.get("/api/search", params={"q": "a\x00b"}), 400),
                         (client.get("/api/outlets/profile", params={"site": "nowhere"}), 404)):
        body = resp.json()
        assert resp.status_code == status and body["error"]["status"] == status, body
        assert set(body["error"]) == {"status", "code", "message", "detail"}


def test_read_only_by_default(client):
    resp = client.post("/api/analyze", json={"text": "Die Regierung beschloss Hilfen."})
    assert resp.status_code == 403 and "token" in resp.json()["error"]["message"]
    assert client.post("/api/ingest", json={"items": [{"text": "x"}]}).status_code == 403


def test_writes_need_the_token_and_respect_limits(corpus):
    cfg = Settings(db_url=corpus, token="s3cret", max_body=20_000, stages=("extract", "language", "sentences"))
    c = TestClient(create_app(cfg), raise_server_exceptions=False)
    assert c.post("/api/analyze", json={"text": "Hallo Welt."}).status_code == 401
    assert c.post("/api/analyze", json={"text": "Hallo Welt."},
                  headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    doc = c.post("/api/analyze", json={"text": "Die Regierung beschloss am Montag neue Hilfen."}, headers=auth)
    assert doc.status_code == 200 and doc.json()["language"] == "de"
    big = c.post("/api/analyze", json={"text": "x" * 30_000}, headers=auth)
    assert big.status_code == 413 and big.json()["error"]["code"] == "too_large"
    chunked = c.post("/api/analyze", content=(b"x" * 1000 for _ in range(30)), headers=auth)   # no Content-Length
    assert chunked.status_code == 413
    no_fetch = c.post("/api/analyze", json={"url": "https://example.org/"}, headers=auth)
    assert no_fetch.status_code == 403 and "fetch" in no_fetch.json()["error"]["message"]
    assert c.post("/api/analyze", json={"text": "a", "html": "b"}, headers=auth).status_code == 422
    added = c.post("/api/ingest", json={"items": [{"html": make_page(5), "id": "p5"}, {"text": ""}]}, headers=auth)
    assert added.status_code == 200 and added.json()["added"] == 1 and added.json()["failed"] == 1
    again = c.post("/api/ingest", json={"items": [{"html": make_page(5), "id": "p5"}]}, headers=auth).json()
    assert again["added"] == 0 and again["skipped"] == 1
    assert c.get("/api/stats").json()["counts"]["documents"] == 5


def test_fetching_when_enabled_keeps_the_safeguards(corpus):
    cfg = Settings(db_url=corpus, token="t", allow_fetch=True)
    c = TestClient(create_app(cfg), raise_server_exceptions=False)
    resp = c.post("/api/analyze", json={"url": "http://127.0.0.1:9/"}, headers={"Authorization": "Bearer t"})
    assert resp.status_code == 400 and "refused" in resp.json()["error"]["message"]


def test_pages(client):
    page = client.get("/", params={"q": "Kursk"})
    assert page.status_code == 200 and "3 documents" in page.text and "/doc/key-a1" in page.text
    assert 'data-facet="claim mode"' in page.text and "hearsay" in page.text
    filtered = client.get("/", params={"q": "Kursk", "mode": "hearsay"})
    assert "1 documents" in filtered.text
    article = client.get("/doc/key-a1")
    assert article.status_code == 200
    assert 'class="claim claim-hearsay"' in article.text and 'class="src src-anonymous"' in article.text
    assert 'class="ent ent-LOC"' in article.text and "<script" not in article.text
    outlet = client.get("/outlet", params={"site": "taz.de"})
    assert outlet.status_code == 200 and "<svg" in outlet.text and "anonymous sources" in outlet.text
    assert client.get("/outlets").status_code == 200
    missing = client.get("/doc/nope")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_events_by_type_and_actor_on_page_and_api(corpus):
    from lesart.store import Pending
    from test_store import _doc_with_events

    with open_store(corpus) as s:
        s.add([Pending(key="key-ev1", input="events", doc=_doc_with_events())])
    client = TestClient(create_app(Settings(db_url=corpus)), raise_server_exceptions=False)
    found = client.get("/api/search", params={"event_type": "MOBILIZE", "actor": "PRK"}).json()
    assert [h["id"] for h in found["hits"]] == ["ev1"]
    assert found["hits"][0]["events"][0]["actor_code"] == "PRK"
    page = client.get("/", params={"event_type": "MOBILIZE", "actor": "PRK"})
    assert page.status_code == 200 and "1 documents" in page.text
    assert "<b>MOBILIZE</b>" in page.text and "Nordkorea (PRK)" in page.text
    sure = client.get("/api/search", params={"actor": "PRK", "min_confidence": "medium"}).json()
    assert [(e["type"], e["confidence"]) for e in sure["hits"][0]["events"]] == [("MOBILIZE", "high")]
    assert client.get("/api/search", params={"event_type": "ASSAULT", "min_confidence": "medium"}).json()["total"] == 0
    assert client.get("/api/search", params={"event_type": "ASSAULT", "min_confidence": "low"}).json()["total"] == 1
    assert client.get("/api/search", params={"min_confidence": "certain"}).status_code == 422
    # the search page has the same filter
    assert "0 documents" in client.get("/", params={"event_type": "ASSAULT", "min_confidence": "medium"}).text
    assert "1 documents" in client.get("/", params={"event_type": "ASSAULT", "min_confidence": "low"}).text
    assert 'name="min_confidence"' in client.get("/").text


def test_openapi_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/documents", "/api/documents/{key}", "/api/claims", "/api/entities", "/api/search",
              "/api/outlets", "/api/outlets/profile", "/api/stats", "/api/analyze", "/api/ingest"):
        assert p in paths
    assert "/" not in paths and "/doc/{key}" not in paths
