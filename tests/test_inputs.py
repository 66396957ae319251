"""Inputs: files, directories, stdin, JSONL; encodings; bad input never crashes."""
from __future__ import annotations

import gzip
import io
import json

import pytest

from lesart.inputs import InputFailure, InputOptions, decode, iter_inputs, looks_like_html, sniff_binary
from lesart.model import RawInput

HTML = "<!doctype html><html><head><title>T</title></head><body><p>Ein Absatz über Berlin.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def _items(*specs, options=InputOptions(), stdin=None):
    return list(iter_inputs([str(s) for s in specs], options, stdin=stdin))


def test_html_and_text_are_told_apart_by_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_text(HTML)
    (tmp_path / "notes.html").write_text("Nur Text, kein Markup. Zweiter Satz.")
    page, notes = _items(tmp_path / "page.txt", tmp_path / "notes.html")
    assert page.kind == "html" and notes.kind == "text"
    assert not looks_like_html("Preis < 5 und > 3 Euro.")


def test_empty_png_binary_and_missing_inputs_fail_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    (tmp_path / "image.html").write_bytes(PNG)
    (tmp_path / "junk.bin").write_bytes(bytes(range(32)) * 50)
    items = _items(tmp_path / "empty.txt", tmp_path / "blank.txt", tmp_path / "image.html",
                   tmp_path / "junk.bin", tmp_path / "missing.html")
    assert all(isinstance(i, InputFailure) for i in items)
    reasons = [i.reason for i in items]
    assert "empty" in reasons[0] and "empty" in reasons[1]
    assert "PNG image" in reasons[2]
    assert "binary" in reasons[3]
    assert "no such file" in reasons[4]


def test_too_large_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.write(b"<html><body>" + b"<p>Text.</p>" * (50_000_000 // 12) + b"</body></html>")
    (failure,) = _items(big)
    assert isinstance(failure, InputFailure)
    assert "too large" in failure.reason and "MB" in failure.reason


def test_latin1_is_decoded_with_a_warning_not_a_crash(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Müller sagte, die Gebühr sei zu hoch. Äußerst ärgerlich.".encode("latin-1"))
    (raw,) = _items(tmp_path / "latin.txt")
    assert isinstance(raw, RawInput)
    assert "Müller" in raw.content
    assert raw.warnings and "not valid UTF-8" in raw.warnings[0]


@pytest.mark.parametrize("repeat", [1, 2, 200])
def test_mostly_utf8_with_stray_bytes_is_kept(repeat):
    text, warnings = decode("Grüße aus Köln. ".encode() * repeat + b"\xff" + "Ende.".encode())
    assert text.startswith("Grüße aus Köln.") and text.endswith("\ufffdEnde.")
    assert "1 undecodable bytes replaced" in warnings[0]


def test_meta_charset_is_respected():
    data = '<html><head><meta charset="windows-1252"></head><body><p>Café “quoted”</p></body></html>'.encode("cp1252")
    text, warnings = decode(data)
    assert "Café “quoted”" in text and "windows-1252" in warnings[0]


def test_gzip_pages_are_unpacked_and_truncated_gzip_fails(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "bad.html.gz").write_bytes(gzip.compress(HTML.encode() * 50)[:40])
    good, bad = _items(tmp_path / "p.html.gz", tmp_path / "bad.html.gz")
    assert good.kind == "html"
    assert isinstance(bad, InputFailure) and "gzip" in bad.reason


def test_directories_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Zwei. Text.")
    (tmp_path / "a.txt").write_text("Eins. Text.")
    (tmp_path / ".hidden").write_text("nicht lesen")
    names = [i.name for i in _items(tmp_path)]
    assert [n.rsplit("/", 2)[-2:] for n in names] == [[tmp_path.name, "a.txt"], ["b", "2.txt"]]


def test_jsonl_records_with_ids_and_published(tmp_path):
    lines = [
        {"id": "r1", "html": HTML, "url": "https://example.org/a", "published": "2025-03-27"},
        {"id": "r2", "text": "Ein Text. Noch ein Satz."},
        {"id": "r3"},
        "not json",
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines))
    r1, r2, r3, r4 = _items(tmp_path / "batch.jsonl")
    assert (r1.id, r1.kind, r1.uri, r1.published) == ("r1", "html", "https://example.org/a", "2025-03-27")
    assert (r2.id, r2.kind) == ("r2", "text")
    assert isinstance(r3, InputFailure) and "neither" in r3.reason
    assert isinstance(r4, InputFailure) and "invalid JSON" in r4.reason


def test_stdin():
    (raw,) = _items("-", stdin=io.BytesIO("Ein Text über Kursk. Zweiter Satz.".encode()))
    assert raw.name == "<stdin>" and raw.kind == "text"


def test_ids_are_content_hashes():
    a = _items("-", stdin=io.BytesIO(b"Same text. Here."))[0]
    b = _items("-", stdin=io.BytesIO(b"Same text. Here."))[0]
    assert a.id == b.id and len(a.id) == 16


@pytest.mark.parametrize("data", [b"\x00\x01\x02" * 100, PNG, b"%PDF-1.7\n..."])
def test_sniff_binary(data):
    assert sniff_binary(data)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_is_read_not_refused_as_binary(codec):
    text = "Die Regierung sagte am Montag, die Lage in München sei ernst."
    data = text.encode(codec)           # "utf-16"/"utf-32" write a byte-order mark, -le/-be none
    assert sniff_binary(data) is None
    decoded, warnings = decode(data)
    assert decoded == text and warnings and "not UTF-8" in warnings[0]


@pytest.mark.parametrize("depth", [300, 1500])
def test_markup_nested_deeper_than_the_parser_reads_keeps_its_text(depth):
    # libxml2 stops at 255 levels: pages with thousands of unclosed <div>/<font> tags lost all text
    from lesart.stages.extract.html import extract_html
    page = ("<html><body>" + "<div>" * depth + "<p>Die Regierung sagte am Montag, die Lage sei ernst und es "
            "gebe viele Probleme in der Stadt.</p>" + "</div>" * depth + "</body></html>")
    result = extract_html(page)
    assert [kind for kind, _ in result.blocks] == ["body"]
    assert any("nested deeper" in w for w in result.warnings)
