"""The self-contained HTML report: the page's blocks coloured by kind, cut
blocks greyed out, and every layer's marks drawn inline (see ``marks.py``)."""
from __future__ import annotations

from html import escape
from importlib import resources

from ..model import CUT_KINDS, Document
from .marks import Mark, marks_for

BLOCK_LABELS = {
    "title": "title", "heading": "heading", "body": "article text", "caption": "caption",
    "quote": "quote", "tags": "tag list (cut)", "advertisement": "advertisement (cut)",
    "navigation": "navigation / menu (cut)", "boilerplate": "boilerplate (cut)",
}


def _css() -> str:
    return resources.files("lesart.render").joinpath("report.css").read_text("utf-8")


def render_marked(text: str, offset: int, marks: list[Mark]) -> str:
    """``text`` (which starts at document offset ``offset``) as HTML, with
    overlapping marks drawn as nested spans over the segments they share."""
    end = offset + len(text)
    inside = [m for m in marks if m.start < end and m.end > offset and m.end > m.start]
    cuts = sorted({offset, end, *(max(m.start, offset) for m in inside), *(min(m.end, end) for m in inside)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a - offset:b - offset])
        # Longest marks outermost, so a claim encloses the entities inside it.
        active = sorted((m for m in inside if m.start <= a and m.end >= b), key=lambda m: m.start - m.end)
        for m in reversed(active):
            piece = f'<span class="{escape(m.css)}" title="{escape(m.title)}">{piece}</span>'
        out.append(piece)
    return "".join(out).replace("\n", "<br>")


def _meta_rows(doc: Document) -> str:
    rows = [
        ("title", doc.title), ("site", doc.site), ("authors", ", ".join(doc.authors) or None),
        ("published", doc.published), ("language", doc.language), ("source", doc.source.uri or doc.source.kind),
        ("tags", ", ".join(doc.tags) or None), ("id", doc.id),
    ]
    if doc.genre:
        rows.append(("genre", f"{doc.genre.label}" + (" · carries promotion" if doc.genre.promotion else "")))
    return "".join(f"<tr><th>{escape(k)}</th><td>{escape(v) if v else '<em>unknown</em>'}</td></tr>" for k, v in rows)


def render_html(doc: Document) -> str:
    marks = marks_for(doc)
    blocks = []
    for b in doc.blocks:
        cut = " cut" if b.kind in CUT_KINDS else ""
        blocks.append(f'<div class="block block-{b.kind}{cut}" data-kind="{b.kind}">'
                      f'<span class="kind">{escape(BLOCK_LABELS.get(b.kind, b.kind))}</span>'
                      f'{render_marked(b.text, b.start, marks)}</div>')
    legend = "".join(f'<span class="block-{k} legend-item">{escape(v)}</span>' for k, v in BLOCK_LABELS.items()
                     if any(b.kind == k for b in doc.blocks))
    cut_count = sum(1 for b in doc.blocks if b.kind in CUT_KINDS)
    warnings = "".join(f"<li>{escape(w)}</li>" for w in doc.warnings)
    stages = ", ".join(f"{s['name']} {s['version']}" for s in doc.pipeline.get("stages", []))
    return f"""<!doctype html>
<html lang="{escape(doc.language or 'und')}"><head><meta charset="utf-8">
<title>lesart · {escape(doc.title or doc.id)}</title>
<style>{_css()}</style></head>
<body><header><h1>{escape(doc.title or 'untitled page')}</h1>
<table class="meta">{_meta_rows(doc)}</table>
<p class="summary">{len(doc.blocks)} blocks, {cut_count} cut as advertising, menus, tags or boilerplate;
{len(doc.sentences)} sentences.</p>
<div class="legend">{legend}</div>
{f'<ul class="warnings">{warnings}</ul>' if warnings else ''}
</header>
<main>{''.join(blocks)}</main>
<footer>lesart · stages: {escape(stages)}</footer>
</body></html>
"""
