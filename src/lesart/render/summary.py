"""The terminal summary: what a person wants to see at a glance.

Sections are small functions in ``SECTIONS``; a later layer adds its own
(claims, entities, ...) by appending one, the renderer does not change.
"""
from __future__ import annotations

from collections.abc import Callable
from textwrap import shorten

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import CUT_KINDS, Document

KIND_STYLE = {
    "title": "bold blue", "heading": "bold cyan", "body": "default", "quote": "magenta", "caption": "magenta",
    "tags": "yellow", "advertisement": "bold red", "navigation": "dim", "boilerplate": "dim",
}
CUT_REASON = {
    "tags": "tag list", "advertisement": "advertising or promotion", "navigation": "site menu / navigation",
    "boilerplate": "page furniture (footer, share links, notices)",
}
Section = Callable[[Document], RenderableType | None]


def _header(doc: Document) -> RenderableType:
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    for key, value in (("site", doc.site), ("published", doc.published), ("language", doc.language),
                       ("authors", ", ".join(doc.authors) or None), ("source", doc.source.uri or doc.source.kind),
                       ("id", doc.id)):
        meta.add_row(key, value or Text("unknown", style="italic yellow"))
    return Panel(meta, title=Text(doc.title or "untitled page", style="bold"), title_align="left")


def _article(doc: Document) -> RenderableType | None:
    parts = []
    for b in doc.blocks:
        if b.kind in ("heading", "body", "quote", "caption"):
            parts.append(Text(b.text, style=KIND_STYLE[b.kind]))
            parts.append(Text(""))
    if not parts:
        return Text("no article text found", style="bold yellow")
    return Panel(Group(*parts[:-1]), title="article", title_align="left", border_style="green")


def _cut(doc: Document) -> RenderableType | None:
    cut = [b for b in doc.blocks if b.kind in CUT_KINDS]
    if not cut:
        return None
    table = Table(title="cut from the article", title_justify="left", show_lines=False, expand=True)
    table.add_column("kind", style="bold", no_wrap=True)
    table.add_column("why", style="dim", no_wrap=True)
    table.add_column("text")
    for b in cut:
        table.add_row(Text(b.kind, style=KIND_STYLE[b.kind]), CUT_REASON[b.kind],
                      shorten(" ".join(b.text.split()), 90, placeholder=" …"))
    return table


def _warnings(doc: Document) -> RenderableType | None:
    if not doc.warnings:
        return None
    return Text("\n".join(f"! {w}" for w in doc.warnings), style="yellow")


SECTIONS: list[Section] = [_header, _article, _cut, _warnings]


def render_summary(doc: Document, console: Console) -> None:
    for section in SECTIONS:
        part = section(doc)
        if part is not None:
            console.print(part)
