"""Markdown: the summary as a file a person can paste into a ticket or notes."""
from __future__ import annotations

from ..model import CUT_KINDS, Document
from .summary import CUT_REASON


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
    if doc.warnings:
        lines += ["## Warnings", ""] + [f"- {w}" for w in doc.warnings] + [""]
    return "\n".join(lines)
