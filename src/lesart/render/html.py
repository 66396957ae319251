"""The self-contained HTML report: the page's blocks coloured by kind, cut
blocks greyed out, and every layer's marks drawn inline (see ``marks.py``)."""
from __future__ import annotations

from html import escape
from importlib import resources

from ..model import CUT_KINDS, Document
from .claim_rows import claim_rows, names_source
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


def _claims_section(doc: Document) -> str:
    if not doc.claims:
        return ""
    from .summary import claim_tally

    tally = claim_tally(doc)
    total = sum(tally.values()) or 1
    rows = "".join(
        f'<tr><td>{number}</td><td><span class="claim claim-{c.mode}">{escape(c.mode)}</span></td>'
        f'<td>{escape(label.removesuffix(f" ({c.source.kind})")) + " <em>(" + escape(c.source.kind) + ")</em>" if names_source(c) else "<em>" + escape(label) + "</em>"}'
        f'{" · <span class=cue>" + escape(c.cue.text) + "</span>" if c.cue else ""}</td>'
        f'<td>{escape(text)}</td></tr>' for number, c, text, label in claim_rows(doc))
    bars = "".join(f'<li>{escape(k)}: <strong>{v}</strong> ({v / total:.0%})</li>' for k, v in tally.items())
    return (f'<section class="claims"><h2>Claims and their sources</h2><ul class="tally">{bars}</ul>'
            f'<table><tr><th>#</th><th>mode</th><th>source · cue</th><th>claim</th></tr>{rows}</table></section>')


def _facts_section(doc: Document) -> str:
    items = []
    for label in ("PER", "ORG", "LOC", "MISC"):
        names = list(dict.fromkeys(e.text for e in doc.entities if e.label == label))
        if names:
            items.append(f'<li><span class="ent ent-{label}">{label}</span> {escape(", ".join(names))}</li>')
    if doc.times:
        items.append("<li>times: " + ", ".join(
            f'<span class="time" title="{escape(t.type)}">{escape(t.text)}</span> → {escape(t.value or "unresolved")}'
            + (f" ({escape(t.mod)})" if t.mod else "") for t in doc.times) + "</li>")
    if doc.quantities:
        items.append("<li>numbers: " + ", ".join(
            f'<span class="qty">{escape(q.text)}</span>'
            + (f' → {"≈" if q.approx else ""}{q.value:g} {escape(q.unit or "")}' if q.value is not None else "")
            for q in doc.quantities) + "</li>")
    return f'<section class="facts"><h2>Facts in the text</h2><ul>{"".join(items)}</ul></section>' if items else ""


def _voice_section(doc: Document) -> str:
    parts = []
    if doc.genre:
        evidence = "".join(f"<li>{escape(e)}</li>" for e in doc.genre.evidence)
        parts.append(f'<p><strong>genre: {escape(doc.genre.label)}</strong>'
                     f'{" · the page carries promotion" if doc.genre.promotion else ""}</p><ul>{evidence}</ul>')
    if doc.voice:
        parts.append("<ul>" + "".join(
            f'<li><span class="voice voice-{v.kind}">{escape(v.text)}</span> <em>{escape(v.kind)}'
            f'{" · " + escape(v.technique) if v.technique else ""}</em></li>' for v in doc.voice) + "</ul>")
    return f'<section class="voice-list"><h2>The author\'s voice</h2>{"".join(parts)}</section>' if parts else ""


def _timeline_section(doc: Document) -> str:
    if not doc.events:
        return ""
    from .timeline import timeline_svg

    return f'<section class="timeline"><h2>Events and timeline</h2>{timeline_svg(doc)}</section>'


SECTIONS = [_facts_section, _claims_section, _voice_section, _timeline_section]


CLAIM_LEGEND = {"asserted": "the author's own claim", "direct": "quotation", "indirect": "indirect speech",
                "reported": "reported (laut, according to)", "hearsay": "hearsay (soll, reportedly)"}


def _marks_legend(doc: Document) -> str:
    """What the marks in the text mean: only those the page has."""
    items = [(f"claim claim-{mode}", label) for mode, label in CLAIM_LEGEND.items()
             if any(c.mode == mode for c in doc.claims)]
    if any(c.source is not None for c in doc.claims):
        items.append(("src", "source"))
    if any(c.cue is not None for c in doc.claims):
        items.append(("cue", "cue"))
    if doc.voice:
        items.append(("voice", "the author's voice"))
    items += [(f"ent ent-{label}", label) for label in ("PER", "ORG", "LOC", "MISC")
              if any(e.label == label for e in doc.entities)]
    if doc.times:
        items.append(("time", "time"))
    if doc.quantities:
        items.append(("qty", "number"))
    if not items:
        return ""
    return '<span class="legend-break"></span>' + "".join(
        f'<span class="legend-mark {cls}">{escape(text)}</span>' for cls, text in items)


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
    legend += _marks_legend(doc)
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
{''.join(section(doc) for section in SECTIONS)}
<footer>lesart · stages: {escape(stages)}</footer>
</body></html>
"""
