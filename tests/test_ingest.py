"""Batch ingest: idempotent, resumable after SIGKILL, failures recorded, WARC and feeds, the CLI."""
from __future__ import annotations

import gzip
import http.server
import io
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from typer.testing import CliRunner

from lesart.inputs import InputOptions
from lesart.fetch import FetchOptions
from lesart.store import open_store
from lesart.store.ingest import ingest
from test_store_fixtures import db_url, fresh_pg, make_page, pg_url  # noqa: F401

STAGES = ["extract", "language", "sentences"]


def write_pages(folder, n: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"page{i:03d}.html"
        p.write_text(make_page(i), "utf-8")
        paths.append(str(p))
    return paths


def test_rerun_adds_nothing(db_url, tmp_path):
    pages = write_pages(tmp_path / "pages", 6)
    with open_store(db_url) as s:
        first = ingest(pages, s, stages=STAGES, batch_size=4)
        counts = s.counts()
        second = ingest(pages, s, stages=STAGES, batch_size=4)
        assert (first.added, first.failed) == (6, 0)
        assert (second.added, second.skipped) == (0, 6)
        assert s.counts() == counts and counts["sentences"] >= 6 * 3
        runs = s.rows("SELECT added, skipped FROM ingest_runs ORDER BY id")
        assert [(r["added"], r["skipped"]) for r in runs] == [(6, 0), (0, 6)]


def test_corrupt_inputs_are_recorded_and_good_pages_stored(tmp_path):
    """A batch with 5% corrupt inputs: truncated gzip, binary, empty, 50 MB."""
    folder = tmp_path / "batch"
    good = write_pages(folder, 76)
    full = gzip.compress(make_page(999).encode())
    (folder / "truncated.html.gz").write_bytes(full[: len(full) // 2])
    (folder / "binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (folder / "empty.html").write_bytes(b"")
    with open(folder / "huge.html", "wb") as fh:        # sparse: 50 MB without writing them
        fh.truncate(50_000_000)
    with open_store(str(tmp_path / "c.db")) as s:
        report = ingest([str(folder)], s, stages=STAGES)
        assert report.added == len(good) == s.counts()["documents"]
        errors = {os.path.basename(r["input"]): r for r in s.errors()[1]}
        assert set(errors) == {"truncated.html.gz", "binary.html", "empty.html", "huge.html"}
        assert "gzip" in errors["truncated.html.gz"]["message"]
        assert "PNG" in errors["binary.html"]["message"]
        assert "empty" in errors["empty.html"]["message"]
        assert "too large" in errors["huge.html"]["message"]
        assert all(e["stage"] == "input" for e in errors.values())
        assert report.failed == 4
        ingest([str(folder)], s, stages=STAGES)           # the same failures are not stored twice
        assert s.errors()[0] == 4


def _cli(*args: str) -> list[str]:
    code = ("import typer, sys; from lesart.commands.corpus import register; app = typer.Typer(); register(app); "
            "app(sys.argv[1:])")
    return [sys.executable, "-c", code, *args]


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_sigkill_then_rerun_ends_with_one_copy_each(dialect, tmp_path, request):
    db = str(tmp_path / "k.db") if dialect == "sqlite" else request.getfixturevalue("fresh_pg")
    pages = write_pages(tmp_path / "pages", 40)
    proc = subprocess.Popen(_cli("ingest", str(tmp_path / "pages"), "--db", db, "--stages", ",".join(STAGES),
                                 "--batch-size", "5", "--no-progress"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            try:
                with open_store(db, migrate=False, readonly=True) as s:
                    stored = s.counts()["documents"]
            except Exception:        # noqa: BLE001 - the schema may not exist yet
                continue
            if stored >= 10:
                break
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    with open_store(db) as s:
        assert 10 <= s.counts()["documents"] < 40
    subprocess.run(_cli("ingest", str(tmp_path / "pages"), "--db", db, "--stages", ",".join(STAGES),
                        "--no-progress"), check=True, capture_output=True, timeout=300)
    with open_store(db) as s:
        counts = s.counts()
        assert counts["documents"] == len(pages)
        assert s.scalar("SELECT count(DISTINCT key) FROM documents") == len(pages)
        per_doc = s.rows("SELECT doc_id, count(*) AS n FROM blocks GROUP BY doc_id")
        assert len(per_doc) == len(pages) and len({r["n"] for r in per_doc}) == 1


def test_warc_records_become_documents(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body, status in (
            ("https://news.example/a", "text/html; charset=utf-8", make_page(1).encode(), "200 OK"),
            ("https://news.example/b", "text/html", make_page(2).encode(), "200 OK"),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n....", "200 OK"),
            ("https://news.example/old", "text/html", b"", "301 Moved Permanently"),
            ("https://news.example/bad", "text/html", b"\x00\x01\x02" * 100, "200 OK"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
    (tmp_path / "broken.warc").write_bytes(b"this is not a warc file at all\r\n\r\n")
    with open_store(str(tmp_path / "w.db")) as s:
        report = ingest([str(path), str(tmp_path / "broken.warc")], s, stages=STAGES)
        uris = {r["uri"] for r in s.rows("SELECT uri FROM documents")}
        assert uris == {"https://news.example/a", "https://news.example/b"}
        assert {r["source_kind"] for r in s.rows("SELECT source_kind FROM documents")} == {"warc"}
        inputs = {r["input"] for r in s.errors()[1]}
        assert any(i.endswith("#https://news.example/bad") for i in inputs)
        assert str(tmp_path / "broken.warc") in inputs
        assert report.failed == 2


class _Site(http.server.BaseHTTPRequestHandler):
    feed = b""

    def do_GET(self):  # noqa: N802
        if self.path == "/feed.xml":
            body, ctype = self.feed, "application/rss+xml"
        elif self.path.startswith("/article/"):
            body, ctype = make_page(int(self.path.rsplit("/", 1)[1])).encode(), "text/html; charset=utf-8"
        else:
            self.send_response(404); self.end_headers(); return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def news_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    base = f"http://127.0.0.1:{server.server_port}"
    _Site.feed = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>"
                  f"<item><title>One</title><link>{base}/article/1</link><pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>"
                  f"<item><title>Two</title><link>{base}/article/2</link></item>"
                  f"<item><title>Gone</title><link>{base}/missing</link></item>"
                  "</channel></rss>").encode()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield base
    server.shutdown()


def test_feed_entries_are_fetched_with_the_url_safeguards(news_site, tmp_path):
    with open_store(str(tmp_path / "f.db")) as s:
        # default options refuse loopback hosts, as analyze does
        refused = ingest([f"{news_site}/feed.xml"], s, stages=STAGES)
        assert refused.added == 0 and "refused" in refused.failures[0].message
        allowed = InputOptions(fetch=FetchOptions(allow_private=True, timeout=5))
        report = ingest([f"{news_site}/feed.xml"], s, stages=STAGES, options=allowed)
        assert report.added == 2 and report.failed == 1
        assert report.failures[0].stage == "fetch" and "404" in report.failures[0].message
        dates = {r["uri"].rsplit("/", 1)[1]: r["published"] for r in s.rows("SELECT uri, published FROM documents")}
        assert dates["1"] == "2025-03-03"
    feed_file = tmp_path / "saved.rss"
    feed_file.write_bytes(_Site.feed)
    with open_store(str(tmp_path / "g.db")) as s:
        report = ingest([str(feed_file)], s, stages=STAGES, options=InputOptions(fetch=FetchOptions(allow_private=True)))
        assert report.added == 2


def test_cli_exit_codes_and_commands(tmp_path):
    import typer

    from lesart.commands.corpus import register

    app = typer.Typer()
    register(app)
    runner = CliRunner()
    pages = write_pages(tmp_path / "pages", 3)
    db = str(tmp_path / "cli.db")
    ok = runner.invoke(app, ["ingest", *pages, "--db", db, "--stages", "extract,language,sentences", "--no-progress"])
    assert ok.exit_code == 0, ok.output
    (tmp_path / "empty.html").write_bytes(b"")
    bad = runner.invoke(app, ["ingest", str(tmp_path / "empty.html"), "--db", db, "--stages", "extract",
                              "--no-progress"])
    assert bad.exit_code == 1 and "empty input" in bad.output
    found = runner.invoke(app, ["search", "Regierung", "--db", db, "--lang", "de", "--format", "json"])
    assert found.exit_code == 0
    import json
    assert json.loads(found.stdout)["total"] == 3
    table = runner.invoke(app, ["search", "Regierung", "--db", db])
    assert table.exit_code == 0 and "3 documents" in table.stdout
    out = tmp_path / "docs.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--out", str(out)]).exit_code == 0
    assert len(out.read_text().splitlines()) == 3
    csv_out = tmp_path / "s.csv"
    assert runner.invoke(app, ["export", "--db", db, "--format", "csv", "--table", "sentences",
                               "--out", str(csv_out)]).exit_code == 0
    assert csv_out.read_text().startswith("doc_key,")
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet"]).exit_code == 2
    assert runner.invoke(app, ["search", "x", "--db", "mysql://nope"]).exit_code == 2
    missing = runner.invoke(app, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no database" in missing.output
    assert not (tmp_path / "none.db").exists()


def test_every_corpus_option_is_documented():
    """docs/corpus.md names each command and each of its options (the docs cannot drift)."""
    from pathlib import Path

    import typer
    from typer.main import get_command

    from lesart.commands.corpus import register

    app = typer.Typer()
    register(app)
    docs = (Path(__file__).resolve().parents[1] / "docs" / "corpus.md").read_text("utf-8")
    group = get_command(app)
    missing = []
    for name, cmd in group.commands.items():
        if f"lesart {name}" not in docs:
            missing.append(name)
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in docs and opt not in ("--help",):
                    missing.append(f"{name} {opt}")
    assert not missing, f"not in docs/corpus.md: {missing}"
