"""The article's timeline: its events ordered by resolved time, as rows and as an SVG.

``timeline_rows(doc)`` gives one dict per event, dated ones first in time order,
then the ones without a resolvable time (``"dated": False``).  A time is an
interval: "im August" (2024-08) covers the month, "Anfang Februar" (2025-02,
mod START) its first ten days, "seit Oktober" runs from October to the
publication date.  ``timeline_svg(doc)`` draws the dated events on one axis
(a bar per interval, a dot per day) and lists the undated ones below it; the
SVG is self-contained (no scripts, no external fonts or styles).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from html import escape
from typing import Any

from ..model import Document, Span

_SINCE = re.compile(r"(?:\b(?:seit|seitdem|since|ab)\s+(?:\w+\s+){0,2})$", re.I)
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_PART = {"START": (1, 10), "EARLY": (1, 10), "MID": (11, 20), "END": (21, 31), "LATE": (21, 31)}

STATUS_LABEL = {"happened": "", "ongoing": "ongoing", "planned": "planned",
                "denied": "denied", "hypothetical": "hypothetical"}
QUAD_COLOUR = {1: "#2f7d4a", 2: "#1f5fa8", 3: "#c07b12", 4: "#b3261e"}
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
        "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
        "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def _time_of(doc: Document, span: Span | None) -> tuple[str | None, str | None]:
    """(TIMEX value, mod) of an event's time span; after a JSON round trip the span is
    plain, so the value is looked up in the times layer by its offsets."""
    if span is None:
        return None, None
    value = getattr(span, "value", None)
    if value is not None:
        return value, getattr(span, "mod", None)
    for t in doc.times:
        if t.start == span.start and t.end == span.end:
            return t.value, t.mod
    return None, None


def interval(value: str | None, mod: str | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3 date value covers; None for PRESENT_REF, durations and the like."""
    if not value:
        return None
    if m := _DAY.match(value):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return day, day
    if m := _MONTH.match(value):
        y, mo = int(m[1]), int(m[2])
        if not 1 <= mo <= 12:
            return None
        last = calendar.monthrange(y, mo)[1]
        lo, hi = _PART.get(mod or "", (1, last))
        return dt.date(y, mo, lo), dt.date(y, mo, min(hi, last))
    if m := _QUARTER.match(value):
        y, q = int(m[1]), int(m[2])
        return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1])
    if m := _WEEK.match(value):
        try:
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return start, start + dt.timedelta(days=6)
    if len(value) == 7 and value[:4].isdigit() and value[5:] in _SEASON:
        y, (a, b) = int(value[:4]), _SEASON[value[5:]]
        end_year = y + 1 if b < a else y
        return dt.date(y, a, 1), dt.date(end_year, b, calendar.monthrange(end_year, b)[1])
    if m := _YEAR.match(value):
        y = int(m[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    return None


def _published(doc: Document) -> dt.date | None:
    try:
        return dt.date.fromisoformat((doc.published or "")[:10])
    except ValueError:
        return None


def _code(span: Span | None) -> str | None:
    return getattr(span, "code", None) if span is not None else None


def timeline_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per event: dated rows sorted by (start, end), then undated rows in text order."""
    published = _published(doc)
    dated, undated = [], []
    for i, ev in enumerate(doc.events):
        value, mod = _time_of(doc, ev.time)
        span = interval(value, mod)
        since = bool(ev.time is not None and _SINCE.search(doc.text[max(0, ev.time.start - 30):ev.time.start]))
        if span and since:
            span = (span[0], max(span[1], published or span[1]))
        claim = doc.claims[ev.claim] if ev.claim is not None and 0 <= ev.claim < len(doc.claims) else None
        row = {
            "event": i, "type": ev.type, "mode": ev.mode, "status": ev.status,
            "actor": ev.actor.text if ev.actor else None, "actor_code": _code(ev.actor),
            "target": ev.target.text if ev.target else None, "target_code": _code(ev.target),
            "location": ev.location.text if ev.location else None,
            "quantity": ev.quantity.text if ev.quantity else None,
            "trigger": ev.trigger.text if ev.trigger else None,
            "time": ev.time.text if ev.time else None, "value": value, "since": since,
            "start": span[0].isoformat() if span else None, "end": span[1].isoformat() if span else None,
            "dated": span is not None,
            "claim": ev.claim, "claim_mode": claim.mode if claim else None,
            "source": claim.source.text if claim and claim.source else None,
            "offset": ev.trigger.start if ev.trigger else (ev.time.start if ev.time else 0),
            "confidence": getattr(ev, "confidence", None),
        }
        (dated if span else undated).append(row)
    dated.sort(key=lambda r: (r["start"], r["end"], r["offset"]))
    undated.sort(key=lambda r: r["offset"])
    return dated + undated


def label(row: dict[str, Any]) -> str:
    """Short text for a row: "MOBILIZE PRK → RUS (geplant)"; an event whose actor lesart does not
    identify shows its trigger word instead ("SANCTION “Sanktionen”, actor not identified")."""
    who = row["actor_code"] or row["actor"]
    whom = row["target_code"] or row["target"]
    if who and row["actor_code"] and row["actor_code"] == row["target_code"] and row["actor"] and row["target"]:
        # one state on both sides ("SWE → SWE") says nothing: the words the text uses, with the code
        who, whom = f"{row['actor']} ({who})", f"{row['target']} ({whom})"
    if who:
        text = f"{row['type']} {who}" + (f" → {whom}" if whom else "")
    else:
        trigger = f" “{row['trigger']}”" if row.get("trigger") else ""
        text = f"{row['type']}{trigger}" + (f" → {whom}" if whom else "") + ", actor not identified"
    if row["location"]:
        text += f" in {row['location']}"
    if row["quantity"]:
        text += f", {row['quantity']}"
    status = STATUS_LABEL.get(row["status"] or "", row["status"] or "")
    return text + (f" ({status})" if status else "")


LOW_CONFIDENCE = "Low confidence (often not an event, or its parties wrong):"


def low(row: dict[str, Any]) -> bool:
    """The events stage gave the event low confidence: reports list it apart, greyed."""
    return row.get("confidence") == "low"


def dated_label(row: dict[str, Any]) -> str:
    """A row's label, after its time where it has one ("im August: ASSAULT UKR in Kursk")."""
    return f"{row['time']}: {label(row)}" if row.get("dated") and row.get("time") else label(row)


# Width of one character of the 12 px sans-serif labels, generously (digits and capitals)
TEXT_WIDTH = 6.6


def timeline_svg(doc: Document, width: int = 760) -> str:
    rows = timeline_rows(doc)
    dated = [r for r in rows if r["dated"] and not low(r)]
    undated = [r for r in rows if not r["dated"] and not low(r)]
    unsure = [r for r in rows if low(r)]
    line_h, top, left, right = 22, 34, 16, 16
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" width="{width}" height="{{height}}" '
           f'viewBox="0 0 {width} {{height}}" role="img" aria-label="Timeline of the events" '
           f'font-family="sans-serif" font-size="12">']
    y = top
    if not rows:
        out.append(f'<text x="{left}" y="20" fill="#555">No events found.</text></svg>')
        return "\n".join(out).replace("{height}", "40")
    if dated:
        lo = min(dt.date.fromisoformat(r["start"]) for r in dated)
        hi = max(dt.date.fromisoformat(r["end"]) for r in dated)
        span_days = max((hi - lo).days, 1)
        lo -= dt.timedelta(days=max(1, span_days // 20))
        hi += dt.timedelta(days=max(1, span_days // 20))
        days = (hi - lo).days or 1
        axis_w = width - left - right

        def x(d: dt.date) -> float:
            return left + axis_w * (d - lo).days / days

        axis_y = top - 14
        out.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#888"/>')
        for tick in _month_ticks(lo, hi):
            tx = x(tick)
            out.append(f'<line x1="{tx:.1f}" y1="{axis_y - 4}" x2="{tx:.1f}" y2="{axis_y + 4}" stroke="#888"/>')
            out.append(f'<text x="{tx:.1f}" y="{axis_y - 7}" fill="#555" font-size="10" text-anchor="middle">'
                       f'{tick.strftime("%m/%Y")}</text>')
        for r in dated:
            colour = QUAD_COLOUR.get(QUAD.get(r["type"], 4), "#555")
            dash = "" if r["status"] in ("happened", "ongoing", None) else ' stroke-dasharray="3 2" fill-opacity="0.25"'
            x0, x1 = x(dt.date.fromisoformat(r["start"])), x(dt.date.fromisoformat(r["end"]) + dt.timedelta(days=1))
            if x1 - x0 < 6:
                out.append(f'<circle cx="{(x0 + x1) / 2:.1f}" cy="{y + 6}" r="5" fill="{colour}" stroke="{colour}"{dash}/>')
            else:
                out.append(f'<rect x="{x0:.1f}" y="{y}" width="{x1 - x0:.1f}" height="12" rx="3" fill="{colour}" '
                           f'stroke="{colour}"{dash}/>')
            plain = f"{r['time']}: {label(r)}"
            wide = TEXT_WIDTH * len(plain)
            if x1 + 6 + wide <= width - right:      # after the bar
                anchor_x, anchor, text_y = x1 + 6, "start", y + 10
            elif x0 - 6 - wide >= left:               # before it
                anchor_x, anchor, text_y = x0 - 6, "end", y + 10
            else:                                     # neither fits: under the bar, kept on the page
                anchor_x, anchor, text_y = max(left, min(x0, width - right - wide)), "start", y + 25
                y += 14
            out.append(f'<text x="{anchor_x:.1f}" y="{text_y}" text-anchor="{anchor}" fill="#222">{escape(plain)}'
                       f'<title>{escape(r["trigger"] or "")}{" · " + escape(r["source"]) if r["source"] else ""}'
                       f'</title></text>')
            y += line_h
    else:
        y += line_h
    if undated:
        y += 24
        out.append(f'<text x="{left}" y="{y}" fill="#555" font-weight="bold">No resolvable time:</text>')
        for n, r in enumerate(undated, 1):
            out.append(f'<text x="{left + 10}" y="{y + 18 * n}" fill="#444">{escape(label(r))}</text>')
        y += 18 * len(undated)
    if unsure:
        y += 24
        out.append(f'<text x="{left}" y="{y}" fill="#888" font-weight="bold">{escape(LOW_CONFIDENCE)}</text>')
        for n, r in enumerate(unsure, 1):
            out.append(f'<text x="{left + 10}" y="{y + 18 * n}" fill="#999" class="low-confidence">'
                       f'{escape(dated_label(r))}<title>low confidence</title></text>')
        y += 18 * len(unsure)
    out.append("</svg>")
    return "\n".join(out).replace("{height}", str(y + 30))


def _month_ticks(lo: dt.date, hi: dt.date) -> list[dt.date]:
    ticks, d = [], dt.date(lo.year, lo.month, 1)
    months = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    step = max(1, months // 10)
    while d <= hi:
        if d >= lo:
            ticks.append(d)
        m = d.month - 1 + step
        d = dt.date(d.year + m // 12, m % 12 + 1, 1)
    return ticks
