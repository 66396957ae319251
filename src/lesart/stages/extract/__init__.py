"""Stage ``extract``: raw page -> text, blocks and metadata.

HTML goes through ``html.extract_html`` (trafilatura with a second vote, and
the cut blocks recovered); plain text through ``plaintext.segment_text`` (a
trained line classifier).  Both give blocks of a kind; here they become the
document's text and Block spans, so every later stage sees one shape.
"""
from __future__ import annotations

import re
import unicodedata

from ...model import Block, Document, SourceInfo
from ...pipeline import register

_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Soft hyphens, zero-width spaces, word joiners and stray byte-order marks:
# invisible, but they split words for every later stage ("Hinder\xadnisse"
# became an ORG, "Jahr\xadhun\xadderts" a PER, units were cut at them).
# Zero-width (non-)joiners stay: scripts and emoji sequences need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def canonical_text(text: str) -> str:
    """The text composed (Unicode NFC: "u" + combining diaeresis is "ü", as trafilatura's own ``extract``
    returns it and as every later stage's word lists and patterns spell it) and without soft hyphens,
    zero-width spaces, word joiners and BOMs."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)


def normalise_text(text: str) -> str:
    """Newlines normalised; form feeds and NULs (scraper debris) made spaces; characters composed and
    invisible word-splitting characters (soft hyphens and the like) removed (``canonical_text``)."""
    return canonical_text(_NEWLINES.sub("\n", text).replace("\x00", " ").replace("\x0c", "\n"))


def blocks_from_pieces(pieces: list[tuple[str, str]]) -> tuple[str, list[Block]]:
    """Join (kind, text) pieces with blank lines into one text with Block spans."""
    parts, blocks, pos = [], [], 0
    for kind, piece in pieces:
        piece = canonical_text(piece).strip()
        if not piece:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(piece)
        blocks.append(Block(start=pos, end=pos + len(piece), text=piece, kind=kind))
        pos += len(piece)
    return "".join(parts), blocks


@register("extract")
class ExtractStage:
    name = "extract"
    version = "1.0"
    requires = ("raw",)
    assigns = ("text", "blocks", "title", "authors", "published", "site", "tags", "source")

    def models(self) -> dict[str, str]:
        from . import plaintext
        return {"line_classifier": plaintext.model_version()}

    def __call__(self, doc: Document) -> Document:
        raw = doc.raw
        if raw is None:
            raise ValueError("document has no raw input to extract from")
        for w in raw.warnings:
            doc.warn(w)
        doc.source = SourceInfo(kind=raw.source_kind, uri=raw.uri, site=doc.source.site if doc.source else None)
        if raw.kind == "html":
            self._from_html(doc, raw.content, raw.uri)
        else:
            self._from_text(doc, raw.content)
        self._set_published(doc, raw.published)
        if not any(b.kind in ("body", "heading", "quote") for b in doc.blocks):
            doc.warn("no article text found")
        return doc

    def _from_html(self, doc: Document, html: str, url: str | None) -> None:
        from .html import extract_html

        ex = extract_html(html, url)
        pieces = list(ex.blocks)
        if ex.title and not any(kind == "title" for kind, _ in pieces):
            pieces.insert(0, ("title", ex.title))
        doc.text, doc.blocks = blocks_from_pieces(pieces)
        doc.title = canonical_text(ex.title) if ex.title else ex.title
        doc.authors = list(ex.authors)
        doc.published = ex.published
        doc.site = ex.site
        doc.source.site = ex.site
        doc.tags = list(ex.tags)
        for w in ex.warnings:
            doc.warn(w)

    def _from_text(self, doc: Document, text: str) -> None:
        from .plaintext import segment_text

        doc.text = normalise_text(text)
        doc.blocks = [Block(start=s, end=e, text=doc.text[s:e], kind=k) for k, s, e in segment_text(doc.text)]
        titles = doc.blocks_of("title")
        doc.title = titles[0].text if titles else None
        doc.tags = [t for b in doc.blocks_of("tags") for t in _tag_items(b.text)]

    @staticmethod
    def _set_published(doc: Document, given: str | None) -> None:
        if given:
            if not _ISO_DATE.match(given):
                doc.warn(f"given publication date {given!r} is not YYYY-MM-DD; ignored")
            else:
                doc.published = given
                return
        if doc.published and not _ISO_DATE.match(doc.published[:10]):
            doc.warn(f"publication date {doc.published!r} from the page is not a date; ignored")
            doc.published = None
        if doc.published:
            doc.published = doc.published[:10]
        else:
            # Only the missing date; the times stage says what it left unresolved because of it.
            doc.warn("publication date unknown: neither the page nor --published YYYY-MM-DD gives one")


def _tag_items(text: str) -> list[str]:
    items = []
    for line in text.splitlines():
        line = line.strip().lstrip("-•*·").strip()
        if not line or line.endswith(":"):
            continue          # a list header such as "Themen:"
        items.append(line)
    return items
