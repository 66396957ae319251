"""Plain-text dumps of HTML pages, as a scraper would produce them.

``html_to_dump`` approximates what a browser's ``innerText`` (or the
``html-text`` package) gives for the whole ``<body>``: one block element per
line, scripts and styles removed, and everything else kept -- menus,
footers, cookie banners, ads.  The plain-text block classifier is trained
and evaluated on these dumps, so they must look like real scraped text, not
like a cleaned article.

Rules (a subset of the innerText algorithm, without CSS):
- ``script``/``style``/``noscript``/``template``/``svg``/... and elements
  with the ``hidden`` attribute or an inline ``display:none`` are dropped
  (a browser does not render them);
- block elements start and end a line; ``<br>`` breaks a line;
  paragraphs and headings are set off by a blank line, like innerText;
- table cells are separated by a space, rows by a line break;
- runs of whitespace collapse to one space (except inside ``<pre>``).
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

# Elements whose content a browser does not render as text.
SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link",
    "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video",
    "picture", "source", "track", "map", "area", "img",
})
# Elements that start and end a line.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "header", "hgroup", "hr", "html", "legend", "li", "main",
    "menu", "nav", "ol", "option", "optgroup", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "tr", "ul", "caption", "select",
})
# Elements set off by a blank line (innerText's "required line count" of 2).
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
CELL_TAGS = frozenset({"td", "th"})

_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_BLANK_RUNS = re.compile(r"\n{3,}")

# Markers for the line structure while the text is collected.
_BREAK = "\x00"        # one line break
_PARA = "\x01"         # a blank line


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None:
        return True
    if element.get("aria-hidden") == "true" and element.tag in ("span", "i", "svg"):
        return True  # icon fonts; visible text is never marked this way
    style = element.get("style")
    return bool(style and _DISPLAY_NONE.search(style))


def _collect(root: etree._Element) -> list[str]:
    """Walk the tree without recursion (pages nest thousands of levels deep)."""
    parts: list[str] = []
    # Stack items: ("open", element) or ("text", str) or ("mark", str).
    stack: list[tuple[str, object]] = [("open", root)]
    while stack:
        action, item = stack.pop()
        if action != "open":
            parts.append(item)  # type: ignore[arg-type]
            continue
        element = item
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:          # comment or processing instruction: keep its tail only
            if element.tail:
                parts.append(element.tail)
            continue
        tag = tag.lower()
        if tag in SKIPPED_TAGS or _is_hidden(element):
            if element.tail:
                parts.append(element.tail)
            continue
        before = after = ""
        if tag in PARAGRAPH_TAGS:
            before = after = _PARA
        elif tag in BLOCK_TAGS:
            before = after = _BREAK
        elif tag in CELL_TAGS:
            before = after = " "
        elif tag == "br":
            before = _BREAK
        elif tag == "hr":
            before = after = _BREAK
        parts.append(before)
        # Push in reverse: tail, closing mark, children (reversed), text.
        if element.tail:
            stack.append(("text", element.tail))
        stack.append(("mark", after))
        for child in reversed(element):
            stack.append(("open", child))
        if element.text:
            if tag == "pre":
                stack.append(("text", element.text.replace("\n", _BREAK)))
            else:
                stack.append(("text", element.text))
    return parts


def _layout(parts: list[str]) -> str:
    text = "".join(parts)
    lines: list[str] = []
    # Paragraph marks become a blank line; break marks a line break.
    for chunk in text.split(_PARA):
        for line in chunk.split(_BREAK):
            line = _SPACES.sub(" ", line).strip()
            lines.append(line)
        lines.append("")
    joined = "\n".join(lines)
    # A line break left by an empty block counts once; keep at most one blank line.
    joined = _BLANK_RUNS.sub("\n\n", joined)
    return joined.strip("\n")


def html_to_dump(html: str) -> str:
    """The visible text of ``html``, one block per line (see the module doc)."""
    if not html or not html.strip():
        return ""
    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        document = lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return ""
    body = document.find("body")
    root = body if body is not None else document
    return _layout(_collect(root))
