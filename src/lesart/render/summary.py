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
from .claim_rows import claim_rows, names_source

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
        meta.add_row(key, Text(value) if value else Text("unknown", style="italic yellow"))
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
                      Text(shorten(" ".join(b.text.split()), 90, placeholder=" …")))
    return table


def _warnings(doc: Document) -> RenderableType | None:
    if not doc.warnings:
        return None
    return Text("\n".join(f"! {w}" for w in doc.warnings), style="yellow")


MODE_STYLE = {"asserted": "white", "direct": "green", "indirect": "cyan", "hearsay": "bold red", "reported": "yellow"}


def claim_tally(doc: Document) -> dict[str, int]:
    """How much of the article rests on named sources, anonymous ones, or the author alone."""
    tally = {"named source": 0, "anonymous source": 0, "unspecified source": 0, "author alone": 0}
    for c in doc.claims:
        if c.mode == "asserted":
            tally["author alone"] += 1
        elif c.source is None or c.source.kind == "unspecified":
            tally["unspecified source"] += 1
        elif c.source.kind == "anonymous":
            tally["anonymous source"] += 1
        else:
            tally["named source"] += 1
    return tally


def _claims(doc: Document) -> RenderableType | None:
    if not doc.claims:
        return None
    table = Table(title="claims: who says what, and how firmly the text vouches for it", title_justify="left", expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("mode", no_wrap=True)
    table.add_column("source")
    table.add_column("claim")
    for number, c, text, label in claim_rows(doc):
        source = Text(label, style="" if names_source(c) else "italic")
        if c.cue:
            source.append(f" · {c.cue.text}", style="dim")
        table.add_row(number, Text(c.mode, style=MODE_STYLE.get(c.mode, "")), source,
                      Text(shorten(" ".join(text.split()), 100, placeholder=" …")))
    tally = claim_tally(doc)
    total = sum(tally.values()) or 1
    table.caption = " · ".join(f"{k}: {v} ({v / total:.0%})" for k, v in tally.items())
    return table


def fact_rows(doc: Document) -> list[tuple[str, str]]:
    """(what, list) per kind of fact: each entity label ("LOC": names with their ids, each once),
    "times" (with the resolved value) and "numbers" (value, unit, approximation)."""
    rows = []
    by_label: dict[str, list[str]] = {}
    for e in doc.entities:
        names = by_label.setdefault(e.label, [])
        name = e.text + (f" [{e.kb_id}]" if e.kb_id else "")
        if name not in names:
            names.append(name)
    rows += [(label, ", ".join(by_label[label])) for label in sorted(by_label)]
    if doc.times:
        rows.append(("times", ", ".join(f"{t.text} → {t.value or 'unresolved'}" + (f" ({t.mod})" if t.mod else "")
                                        for t in doc.times)))
    if doc.quantities:
        rows.append(("numbers", ", ".join(
            f"{q.text} → {'≈' if q.approx else ''}{q.value:g}{' ' + q.unit if q.unit else ''}" if q.value is not None
            else q.text for q in doc.quantities)))
    return rows


def _facts(doc: Document) -> RenderableType | None:
    rows = fact_rows(doc)
    if not rows:
        return None
    table = Table(title="facts in the text", title_justify="left", expand=True, show_header=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for key, value in rows:
        # page text, not Rich markup: "[geonames:524901]" was swallowed
        table.add_row(key if key in ("times", "numbers") else f"entities {key}", Text(value))
    return table


def _voice(doc: Document) -> RenderableType | None:
    parts = []
    if doc.genre:
        scores = ", ".join(f"{k} {v:.2f}" for k, v in sorted(doc.genre.scores.items(), key=lambda kv: -kv[1]))
        parts.append(Text(f"genre: {doc.genre.label}" + (" · the page carries promotion" if doc.genre.promotion else "")
                          + (f"  ({scores})" if scores else ""), style="bold"))
        for ev in doc.genre.evidence:
            parts.append(Text(f"  · {ev}", style="dim"))
    subjective = [s for s in doc.sentences if s.subjective]
    # the genre's evidence already counts the body's subjective sentences; a second
    # count over title and headings as well would only disagree with it
    if not doc.genre and doc.sentences and any(s.subjective is not None for s in doc.sentences):
        parts.append(Text(f"subjective sentences: {len(subjective)} of {len(doc.sentences)}"))
    for v in doc.voice:
        parts.append(Text.assemble(("  " + v.kind.ljust(12), "magenta"), v.text,
                                   (f"  [{v.technique}]" if v.technique else "", "dim")))
    if not parts:
        return None
    return Panel(Group(*parts), title="the author's voice", title_align="left", border_style="magenta")


def _timeline(doc: Document) -> RenderableType | None:
    if not doc.events:
        return None
    from .timeline import LOW_CONFIDENCE, dated_label, label, low, timeline_rows

    rows = timeline_rows(doc)
    lines = [Text.assemble((f"  {('since ' if r['since'] else '') + (r['value'] or ''):<18}", "cyan"), label(r),
                           (f"  · {r['claim_mode']}: {r['source']}" if r.get("source") else "", "dim"))
             for r in rows if r.get("dated") and not low(r)]
    undated = [Text("  " + label(r), style="dim") for r in rows if not r.get("dated") and not low(r)]
    if undated:
        lines += [Text("no resolvable time:", style="italic")] + undated
    unsure = [Text("  " + dated_label(r), style="dim") for r in rows if low(r)]
    if unsure:
        lines += [Text(LOW_CONFIDENCE[0].lower() + LOW_CONFIDENCE[1:], style="italic dim")] + unsure
    return Panel(Group(*lines), title="events, in time order", title_align="left", border_style="blue")


SECTIONS: list[Section] = [_header, _article, _cut, _facts, _claims, _voice, _timeline, _warnings]


def render_summary(doc: Document, console: Console) -> None:
    for section in SECTIONS:
        part = section(doc)
        if part is not None:
            console.print(part)
