"""Turn what a user hands lesart into decoded ``RawInput`` records.

Accepted: file paths (HTML or plain text, told apart by content), directories
(recursively, in sorted order), ``-`` for stdin, http(s) URLs (see
``fetch.py``), and JSONL files with ``{id, html|text, url?, published?}`` per
line.  Anything unreadable becomes an ``InputFailure`` that names the input and
the reason; the caller goes on with the next input, so nothing else is lost.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .fetch import FetchError, FetchOptions, fetch
from .model import RawInput

DEFAULT_MAX_BYTES = 20_000_000
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")


class InputError(Exception):
    """An input that cannot be analysed; ``str()`` is the one-line reason."""


@dataclass
class InputFailure:
    name: str
    reason: str
    stage: str = "input"


FAILURE_SCHEMA = "lesart.failure/1"


def failure_record(failure: InputFailure) -> dict:
    """The JSON line that stands for an input that could not be analysed."""
    return {"schema": FAILURE_SCHEMA, "input": failure.name, "stage": failure.stage, "error": failure.reason}


@dataclass(frozen=True)
class InputOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None          # caller's publication date for every input
    fetch: FetchOptions = field(default_factory=FetchOptions)


# -- sniffing -----------------------------------------------------------------
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP archive"), (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "ELF executable"), (b"BZh", "bzip2 archive"), (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"), (b"OggS", "Ogg media file"), (b"\x00\x00\x01\x00", "icon image"),
    (b"ID3", "MP3 audio"), (b"wOFF", "web font"), (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"</?(?:p|div|span|a|br|li|ul|h[1-6]|table|article|section|meta|script|title|body|head|html)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.I)


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file ``data`` is, or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:8192]
    if _wide_encoding(head):
        return None          # UTF-16/UTF-32 text: its NUL bytes are the high halves of ASCII letters
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "binary data (control characters)"
    return None


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
              (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _wide_encoding(head: bytes) -> str | None:
    """The UTF-16/UTF-32 codec of ``head`` by its byte-order mark, or UTF-16 without one when
    every other byte is NUL (Latin text saved by Windows tools as "Unicode"); else None."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return codec
    pairs = len(head) // 2
    if pairs < 16:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0) / pairs
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0) / pairs
    if odd > 0.7 and even < 0.05:
        return "utf-16-le"
    if even > 0.7 and odd < 0.05:
        return "utf-16-be"
    return None


def looks_like_html(text: str) -> bool:
    head = text[:65536]
    if _HTML_START.match(head.encode("utf-8", "ignore")[:4096]):
        return True
    return len(_HTML_TAGS.findall(head)) >= 5


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 first (BOM aware), then a declared charset, then
    charset-normalizer.  Returns the text and warnings; raises InputError for
    bytes that are no text in any encoding."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    wide = _wide_encoding(data[:8192])
    if wide:
        try:
            return data.decode(wide).lstrip("\ufeff"), [f"input is {wide.upper()}, not UTF-8; decoded as such"]
        except UnicodeDecodeError:
            pass             # not that encoding after all: the checks below say what it is
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    candidates = [declared] if declared else []
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        candidates.append(meta.group(1).decode("ascii", "ignore"))
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        return text, [f"input is not valid UTF-8 (byte {first_bad}); decoded as declared {enc}"]
    # UTF-8 with a few damaged bytes is common in scraped text.  When the valid
    # multi-byte sequences outnumber the broken ones it is UTF-8: keep it and
    # mark the damage, rather than re-reading everything as a legacy codepage.
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte > bad:
        return replaced, [f"input is not valid UTF-8: {bad} undecodable bytes replaced with U+FFFD"]
    from charset_normalizer import from_bytes

    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.chaos > 0.3:
        raise InputError("undecodable bytes: not text in UTF-8 or any detectable encoding")
    return str(best), [f"input is not valid UTF-8 (byte {first_bad}); decoded as {best.encoding}"]


def _maybe_gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"broken gzip file: {exc}") from None
    if len(out) > max_bytes:
        raise InputError(f"too large when unpacked: more than {max_bytes / 1e6:.0f} MB limit (raise it with --max-bytes)")
    return out


def content_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def raw_from_bytes(data: bytes, name: str, *, source_kind: str, uri: str | None = None,
                   declared_charset: str | None = None, options: InputOptions = InputOptions(),
                   id: str | None = None, published: str | None = None) -> RawInput:
    if len(data) > options.max_bytes:
        raise InputError(f"too large: {len(data) / 1e6:.1f} MB > {options.max_bytes / 1e6:.0f} MB limit (raise it with --max-bytes)")
    data = _maybe_gunzip(data, name, options.max_bytes)
    if not data.strip():
        raise InputError("empty input: nothing to analyse")
    binary = sniff_binary(data)
    if binary:
        article = "" if binary.startswith("binary data") else "a "
        raise InputError(f"not a news page: the content is {article}{binary}")
    text, warnings = decode(data, declared_charset)
    kind = "html" if looks_like_html(text) else "text"
    return RawInput(name=name, content=text, kind=kind, source_kind=source_kind if source_kind != "file" else kind,
                    uri=uri, id=id or content_id(data), published=published or options.published,
                    warnings=warnings)


# -- iteration ----------------------------------------------------------------
def is_url(spec: str) -> bool:
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", spec))


def _read_file(path: Path, options: InputOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(f"too large: {size / 1e6:.1f} MB > {options.max_bytes / 1e6:.0f} MB limit (raise it with --max-bytes)")
    return path.read_bytes()


def _jsonl_records(data: bytes, name: str, options: InputOptions) -> Iterator[RawInput | InputFailure]:
    for lineno, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        label = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError("line is not a JSON object")
            body = rec.get("html") if rec.get("html") is not None else rec.get("text")
            if not isinstance(body, str):
                raise InputError("record has neither an 'html' nor a 'text' string")
            rid = str(rec["id"]) if rec.get("id") is not None else None
            raw = raw_from_bytes(body.encode("utf-8"), rid or label, source_kind="jsonl",
                                 uri=rec.get("url"), options=options, id=rid,
                                 published=rec.get("published"))
            if rec.get("html") is not None:
                raw.kind = "html"        # the record says what it is; trust it over sniffing
            elif rec.get("text") is not None:
                raw.kind = "text"
            yield raw
        except json.JSONDecodeError as exc:
            yield InputFailure(label, f"invalid JSON: {exc.msg}")
        except InputError as exc:
            yield InputFailure(label, str(exc))


def _is_jsonl(path: Path, data: bytes) -> bool:
    if path.name.endswith(JSONL_SUFFIXES):
        return True
    first = data.lstrip()[:1]
    if first != b"{":
        return False
    line = data.lstrip().split(b"\n", 1)[0]
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and ("html" in rec or "text" in rec)


def _from_path(path: Path, options: InputOptions) -> Iterator[RawInput | InputFailure]:
    name = str(path)
    try:
        data = _read_file(path, options)
        if _is_jsonl(path, data):
            yield from _jsonl_records(_maybe_gunzip(data, name, options.max_bytes), name, options)
            return
        yield raw_from_bytes(data, name, source_kind="file", uri=path.resolve().as_uri(), options=options)
    except InputError as exc:
        yield InputFailure(name, str(exc))
    except OSError as exc:
        yield InputFailure(name, f"cannot read: {exc.strerror or exc}")


def iter_inputs(specs: Iterable[str], options: InputOptions = InputOptions(),
                stdin: io.BufferedIOBase | None = None,
                from_file=None) -> Iterator[RawInput | InputFailure]:
    """Yield one RawInput or InputFailure per document, in the order given.

    ``from_file(path, options)`` reads one file into documents; the corpus
    ingest passes its own to read WARC files and feeds as well.
    """
    from_file = from_file or _from_path
    for spec in specs:
        if spec == "-":
            stream = stdin or sys.stdin.buffer
            try:
                data = stream.read(options.max_bytes + 1)
                yield raw_from_bytes(data, "<stdin>", source_kind="stdin", options=options)
            except InputError as exc:
                yield InputFailure("<stdin>", str(exc))
        elif is_url(spec):
            try:
                got = fetch(spec, options.fetch)
                yield raw_from_bytes(got.body, spec, source_kind="url", uri=got.url,
                                     declared_charset=got.charset, options=options)
            except (FetchError, InputError) as exc:
                yield InputFailure(spec, str(exc))
        else:
            for item in expand_path(spec):
                if isinstance(item, InputFailure):
                    yield item
                else:
                    yield from from_file(item, options)


def expand_path(spec: str) -> Iterator[Path | InputFailure]:
    """A file path as itself, a directory as its files (recursively, sorted,
    hidden ones left out), anything else as an InputFailure."""
    path = Path(spec)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield InputFailure(spec, "directory holds no files")
        yield from files
    elif path.exists():
        yield path
    else:
        yield InputFailure(spec, "no such file, directory or URL")
