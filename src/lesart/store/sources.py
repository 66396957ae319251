"""Inputs for ``lesart ingest``: what ``analyze`` reads, plus WARC files and RSS/Atom feeds.

A feed names pages; each is fetched with ``lesart.fetch.fetch`` and the
caller's ``FetchOptions`` (timeout, size cap, redirects, no private hosts),
exactly as ``analyze`` fetches a URL.  Every failure becomes an
``InputFailure`` naming the input, so a batch never stops at one bad page.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..fetch import FetchError, fetch
from ..inputs import InputError, InputFailure, InputOptions, is_url, iter_inputs, raw_from_bytes
from ..model import RawInput

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

Item = RawInput | InputFailure


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.match(data[:4096]))


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def read_warc(path: Path, options: InputOptions) -> Iterator[Item]:
    """Every HTML or text response in a WARC (or ARC) file, one RawInput each."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        if not _starts_like_warc(path):
            yield InputFailure(str(path), "not a WARC or ARC file (it does not start with a WARC/ARC header)")
            return
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True), 1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{path}#{uri or n}"
                ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if ctype and ctype not in _PAGE_TYPES:
                    continue                  # images, scripts, CSS: not pages
                status = record.http_headers.get_statuscode()
                if status and not status.startswith("2"):
                    continue                  # redirects and error pages carry no article
                try:
                    body = record.content_stream().read(options.max_bytes + 1)
                    yield raw_from_bytes(body, name, source_kind="warc", uri=uri, options=options,
                                         declared_charset=_charset(record.http_headers.get_header("Content-Type")))
                except InputError as exc:
                    yield InputFailure(name, str(exc))
    except ArchiveLoadFailed as exc:
        yield InputFailure(str(path), f"not a readable WARC file: {exc}")
    except (OSError, EOFError, ValueError) as exc:
        yield InputFailure(str(path), f"WARC file broken: {exc}")


def _starts_like_warc(path: Path) -> bool:
    # warcio reads almost any text as an ARC record; check the magic first.
    import gzip

    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        stream = gzip.GzipFile(fileobj=fh) if head == b"\x1f\x8b" else fh
        start = stream.read(16)
    return start.startswith((b"WARC/", b"filedesc://"))


def _charset(content_type: str | None) -> str | None:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    return m.group(1) if m else None


def read_feed(data: bytes, name: str, options: InputOptions) -> Iterator[Item]:
    """Fetch each entry's page of an RSS/Atom feed (given as bytes)."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        yield InputFailure(name, f"feed has no entries{f': {reason}' if reason else ''}", "feed")
        return
    for entry in parsed.entries:
        link = entry.get("link")
        if not link or not is_url(link):
            yield InputFailure(f"{name}#{entry.get('id') or entry.get('title') or '?'}", "feed entry has no link",
                               "feed")
            continue
        published = None
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if when:
            published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}"
        try:
            got = fetch(link, options.fetch)
            yield raw_from_bytes(got.body, link, source_kind="feed", uri=got.url, declared_charset=got.charset,
                                 options=options, published=published or options.published)
        except FetchError as exc:
            yield InputFailure(link, str(exc), "fetch")
        except InputError as exc:
            yield InputFailure(link, str(exc))


def _from_file(path: Path, options: InputOptions) -> Iterator[Item]:
    if is_warc(path):
        yield from read_warc(path, options)
        return
    if path.name.lower().endswith(FEED_SUFFIXES) or _starts_like_feed(path):
        try:
            data = path.read_bytes()[: options.max_bytes + 1]
        except OSError as exc:
            yield InputFailure(str(path), f"cannot read: {exc.strerror or exc}")
            return
        if looks_like_feed(data):
            yield from read_feed(data, str(path), options)
            return
    yield from iter_inputs([str(path)], options)


def _starts_like_feed(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return looks_like_feed(fh.read(4096))
    except OSError:
        return False


def _from_url(url: str, options: InputOptions) -> Iterator[Item]:
    try:
        got = fetch(url, options.fetch)
    except FetchError as exc:
        yield InputFailure(url, str(exc), "fetch")
        return
    if (got.content_type or "") in _FEED_TYPES or looks_like_feed(got.body):
        yield from read_feed(got.body, url, options)
        return
    try:
        yield raw_from_bytes(got.body, url, source_kind="url", uri=got.url, declared_charset=got.charset,
                             options=options)
    except InputError as exc:
        yield InputFailure(url, str(exc))


def iter_ingest_inputs(specs: Iterable[str], options: InputOptions = InputOptions()) -> Iterator[Item]:
    """Like ``lesart.inputs.iter_inputs``, and WARC files and feeds too (also inside directories)."""
    for spec in specs:
        if spec == "-":
            yield from iter_inputs([spec], options)
        elif is_url(spec):
            yield from _from_url(spec, options)
        else:
            yield from iter_inputs([spec], options, from_file=_from_file)
