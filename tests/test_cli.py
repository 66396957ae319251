"""The command line as a new user meets it: good and bad inputs in one call."""
from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from conftest import SEED
from lesart.model import validate

HTML = ("<!doctype html><html lang='de'><head><title>Gipfel in Berlin</title></head><body>"
        "<nav><ul><li><a href='/'>Start</a></li><li><a href='/politik'>Politik</a></li></ul></nav>"
        "<article><h1>Gipfel in Berlin</h1>"
        "<p>Die Regierungschefs trafen sich am Donnerstag in Berlin, um über die Lage in der Ukraine zu beraten. "
        "Sie vereinbarten weitere Hilfen und kündigten ein neues Treffen im Sommer an.</p>"
        "<p>Nach Angaben der Bundesregierung nahmen Vertreter aus zwölf Staaten teil. Beobachter sprachen von "
        "einem wichtigen Signal an Moskau, das die Geschlossenheit der Partner zeigen sollte.</p></article>"
        "<footer>© 2025 Beispielverlag · Impressum · Datenschutz</footer></body></html>")


def lesart(*args: str, input: bytes | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lesart", *args], capture_output=True, input=input, timeout=timeout)


@pytest.fixture()
def silent_url():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(5)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/never"
    sock.close()


def test_bad_inputs_each_get_one_line_and_the_good_ones_are_still_analysed(tmp_path, silent_url):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    big = tmp_path / "huge.html"
    big.write_bytes(b"<html><body>" + b"<p>Viel Text hier.</p>" * (50_000_000 // 22) + b"</body></html>")
    (tmp_path / "latin1.txt").write_bytes(
        "Die Gebühren für Müll steigen. Der Bürgermeister äußerte sich am Montag dazu.".encode("latin-1"))
    (tmp_path / "good.html").write_text(HTML)
    inputs = [str(tmp_path / "empty.txt"), str(tmp_path / "picture.html"), str(big), str(tmp_path / "latin1.txt"),
              "http://127.0.0.1/", str(tmp_path / "good.html"), str(SEED)]
    proc = lesart("analyze", *inputs, "--format", "json", "--published", "2025-03-27")
    assert proc.returncode == 1
    errors = [l for l in proc.stderr.decode().splitlines() if l.startswith("error:")]
    assert len(errors) == 4, proc.stderr.decode()
    by_input = {inp: [l for l in errors if f" {inp}: " in l] for inp in inputs}
    assert "empty" in by_input[inputs[0]][0]
    assert "PNG image" in by_input[inputs[1]][0]
    assert "too large" in by_input[inputs[2]][0]
    assert "private/loopback" in by_input["http://127.0.0.1/"][0]
    warnings = [l for l in proc.stderr.decode().splitlines() if l.startswith("warning:")]
    assert any("latin1.txt" in w and "not valid UTF-8" in w for w in warnings)
    records = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    # one line per input, in input order: a failed input keeps its place as a failure record
    assert [r["schema"] for r in records] == ["lesart.failure/1"] * 3 + ["lesart.document/1", "lesart.failure/1"] \
        + ["lesart.document/1"] * 2
    failures = [r for r in records if r["schema"] == "lesart.failure/1"]
    assert [f["input"] for f in failures] == inputs[:3] + ["http://127.0.0.1/"]
    assert "empty" in failures[0]["error"] and failures[0]["stage"] == "input"
    docs = [r for r in records if r["schema"] == "lesart.document/1"]
    assert [d["source"]["uri"].rsplit("/", 1)[-1] for d in docs] == ["latin1.txt", "good.html", SEED.name]
    for d in docs:
        validate(d)
    assert "Gebühren" in docs[0]["text"]
    assert docs[1]["title"] == "Gipfel in Berlin"


def test_a_url_that_never_answers_gives_one_line_and_the_rest_goes_on(silent_url):
    proc = lesart("analyze", silent_url, str(SEED), "--allow-private", "--timeout", "1", "--format", "jsonl")
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines()[0] == f"error: {silent_url}: no answer within 1 s"
    failure, doc = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert failure == {"schema": "lesart.failure/1", "input": silent_url, "stage": "input",
                       "error": "no answer within 1 s"}
    assert doc["title"].startswith("Nordkoreas Militärpräsenz")


def test_default_output_is_a_readable_summary():
    proc = lesart("analyze", str(SEED), "--published", "2025-03-27")
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Nordkoreas Militärpräsenz in Russland" in out
    assert "advertisement" in out and "navigation" in out
    assert "2025-03-27" in out


def test_stdin_markdown_and_html_report(tmp_path):
    proc = lesart("analyze", "-", "--format", "md", input=SEED.read_bytes())
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith("# Nordkoreas Militärpräsenz")
    markdown = proc.stdout.decode()
    for section in ("## Facts in the text", "## Claims and their sources", "## The author's voice", "## Events, in time order"):
        assert section in markdown
    assert "| hearsay | südkoreanischen Geheimdienstkreisen (intelligence) |" in markdown
    report = tmp_path / "r.html"
    proc = lesart("analyze", str(SEED), "--format", "html", "--out", str(report))
    assert proc.returncode == 0
    html = report.read_text()
    assert 'class="block block-advertisement cut"' in html and "legend" in html
    # the legend says what the marks in the text mean: the seed's hearsay claim, the author's voice
    assert 'class="legend-mark claim claim-hearsay"' in html and 'class="legend-mark voice"' in html
    assert str(report.resolve()) in proc.stderr.decode()


def test_a_stage_list_in_the_wrong_order_is_refused_cleanly():
    proc = lesart("analyze", str(SEED), "--stages", "sentences")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("error: stage 'sentences' requires")
    proc = lesart("analyze", str(SEED), "--stages", "extract,nonsense")
    assert proc.returncode == 2 and "unknown stage 'nonsense'" in proc.stderr.decode()


def test_jsonl_input_keeps_ids_and_order(tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text("\n".join(json.dumps(r) for r in [
        {"id": "one", "html": HTML, "published": "2025-01-02"},
        {"id": "two", "text": SEED.read_text()},
    ]))
    proc = lesart("analyze", str(batch), "--format", "json")
    docs = [json.loads(l) for l in proc.stdout.decode().splitlines()]
    assert [d["id"] for d in docs] == ["one", "two"]
    assert docs[0]["published"] == "2025-01-02"
    assert docs[1]["published"] is None
    assert any("publication date unknown" in w for w in docs[1]["warnings"])


def test_claims_tagger_option_picks_the_english_tagger():
    from lesart.stages.claims.neural import MODELS
    if not (MODELS / "bilstm_en.npz").exists():
        pytest.skip("no bilstm_en.npz (python -m lesart.stages.claims.train_neural)")
    text = (b"The minister said on Monday that the army had withdrawn from the city. "
            b"The bridge was built in 1932 and carries 40,000 cars a day.")
    runs = {}
    for mode in ("auto", "crf"):
        proc = lesart("analyze", "-", "--format", "json", "--claims-tagger", mode,
                      "--stages", "extract,language,sentences,claims", input=text)
        assert proc.returncode == 0, proc.stderr.decode()
        runs[mode] = json.loads(proc.stdout)
        validate(runs[mode])          # raises on a schema violation
    assert "bilstm_en" in json.dumps(runs["auto"]["pipeline"])      # the default averages in the BiLSTM
    assert "bilstm_en" not in json.dumps(runs["crf"]["pipeline"])
    for mode in runs:
        said = [c for c in runs[mode]["claims"] if "army had withdrawn" in c["text"]]
        assert said and said[0]["mode"] != "asserted" and "minister" in said[0]["source"]["text"], mode
    proc = lesart("analyze", "-", "--claims-tagger", "fastest", input=text)
    assert proc.returncode == 2


def test_summary_prints_page_text_with_brackets_as_it_is():
    """Rich would read "[geonames:524901]" or "[Anm. d. Red.]" as markup and drop it."""
    from io import StringIO

    from rich.console import Console

    from lesart import analyze_text
    from lesart.render import render_summary
    doc = analyze_text("Der Minister [Anm. d. Red.: Olaf Scholz] sagte am Montag in Moskau, die Lage sei ernst. "
                       "Die Regierung in Moskau äußerte sich nicht.", published="2025-03-27")
    out = StringIO()
    render_summary(doc, Console(file=out, width=200, color_system=None))
    printed = out.getvalue()
    assert "[Anm. d. Red.: Olaf Scholz]" in printed
    assert any(f"[{e.kb_id}]" in printed for e in doc.entities if e.kb_id)
