"""Markdown: the summary as a file a person can paste into a ticket or notes."""
from __future__ import annotations

from ..model import CUT_KINDS, Document
from .claim_rows import claim_rows
from .summary import CUT_REASON, fact_rows


def render_markdown(doc: Document) -> str:
    lines = [f"# {doc.title or 'untitled page'}", ""]
    for key, value in (("site", doc.site), ("published", doc.published), ("language", doc.language),
                       ("authors", ", ".join(doc.authors) or None), ("source", doc.source.uri or doc.source.kind),
                       ("id", doc.id)):
        lines.append(f"- **{key}**: {value or '_unknown_'}")
    lines += ["", "## Article", ""]
    for b in doc.blocks:
        if b.kind == "heading":
            lines += [f"### {b.text}", ""]
        elif b.kind in ("body", "caption"):
            lines += [b.text, ""]
        elif b.kind == "quote":
            lines += ["> " + b.text.replace("\n", "\n> "), ""]
    cut = [b for b in doc.blocks if b.kind in CUT_KINDS]
    if cut:
        lines += ["## Cut from the article", "", "| kind | why | text |", "|---|---|---|"]
        for b in cut:
            text = " ".join(b.text.split()).replace("|", "\\|")
            lines.append(f"| {b.kind} | {CUT_REASON[b.kind]} | {text[:120]}{'…' if len(text) > 120 else ''} |")
        lines.append("")
    lines += _facts(doc) + _claims(doc) + _voice(doc) + _events(doc)
    if doc.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in doc.warnings] + [""]
    return "\n".join(lines)


def _cell(text: str, limit: int = 160) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text[:limit] + ("…" if len(text) > limit else "")


def _facts(doc: Document) -> list[str]:
    lines = [f"- **{key}**: {value}" for key, value in fact_rows(doc)]
    return ["## Facts in the text", "", *lines, ""] if lines else []


def _claims(doc: Document) -> list[str]:
    if not doc.claims:
        return []
    from .summary import claim_tally

    lines = ["## Claims and their sources", "", "| # | mode | source · cue | claim |", "|---|---|---|---|"]
    for number, c, text, label in claim_rows(doc):
        cue = f" · {_cell(c.cue.text, 40)}" if c.cue else ""
        lines.append(f"| {number} | {c.mode} | {_cell(label, 90)}{cue} | {_cell(text)} |")
    tally = claim_tally(doc)
    total = sum(tally.values()) or 1
    return lines + ["", " · ".join(f"{k}: {v} ({v / total:.0%})" for k, v in tally.items()), ""]


def _voice(doc: Document) -> list[str]:
    lines = []
    if doc.genre:
        lines.append(f"- **genre**: {doc.genre.label}" + (" (the page carries promotion)" if doc.genre.promotion else "")
                     + "".join(f"; {e}" for e in doc.genre.evidence))
    lines += [f"- _{v.kind}_: {_cell(v.text, 200)}" + (f" ({v.technique})" if v.technique else "") for v in doc.voice]
    return ["## The author's voice", "", *lines, ""] if lines else []


def _events(doc: Document) -> list[str]:
    if not doc.events:
        return []
    from .timeline import LOW_CONFIDENCE, dated_label, label, low, timeline_rows

    rows = timeline_rows(doc)
    lines = [f"- {('since ' if r['since'] else '') + (r['value'] or '')}: {label(r)}"
             + (f" ({r['claim_mode']}: {r['source']})" if r.get("source") else "")
             for r in rows if r.get("dated") and not low(r)]
    undated = [f"- {label(r)}" for r in rows if not r.get("dated") and not low(r)]
    if undated:
        lines += ["", "No resolvable time:", ""] + undated
    unsure = [f"- {dated_label(r)}" for r in rows if low(r)]
    if unsure:
        lines += ["", LOW_CONFIDENCE, ""] + unsure
    return ["## Events, in time order", "", *lines, ""]
