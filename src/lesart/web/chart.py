"""A small inline SVG chart (no JavaScript): per month, a stacked bar of how an
outlet's claim text rests on named/anonymous/unspecified sources or on the
author alone, and a dot for its share of subjective sentences."""
from __future__ import annotations

from html import escape

COLOURS = {"named": "#2e7d32", "anonymous": "#c62828", "unspecified": "#f9a825", "author": "#9e9e9e"}


def attribution_chart(months: list[dict], height: int = 140, bar: int = 22, gap: int = 8) -> str:
    months = [m for m in months if m["month"] != "undated"] or months
    if not months:
        return "<p>No dated documents.</p>"
    width = len(months) * (bar + gap) + gap
    parts = [f'<svg class="chart" role="img" aria-label="attribution by month" width="{width}" '
             f'height="{height + 30}" viewBox="0 0 {width} {height + 30}">']
    for i, m in enumerate(months):
        x = gap + i * (bar + gap)
        y = float(height)
        for kind, colour in COLOURS.items():
            share = m["attribution"].get(kind) or 0.0
            h = share * height
            y -= h
            if h > 0:
                parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colour}">'
                             f'<title>{escape(m["month"])}: {kind} {share:.0%}</title></rect>')
        if m.get("subjective_share") is not None:
            cy = height - m["subjective_share"] * height
            parts.append(f'<circle cx="{x + bar / 2}" cy="{cy:.1f}" r="4" fill="#1565c0">'
                         f'<title>subjective sentences {m["subjective_share"]:.0%}</title></circle>')
        parts.append(f'<text x="{x + bar / 2}" y="{height + 14}" font-size="9" text-anchor="middle">'
                     f'{escape(m["month"][2:])}</text>')
    parts.append("</svg>")
    return "".join(parts)
