"""Months ('im März', 'Anfang Mai 2019', 'im vergangenen Dezember'), seasons ('im Herbst
'89', 'im kommenden Sommer'), quarters and halves of a year."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, rule
from .shared import L, MODW, MONTH, NEXT, PREV, REL, THIS, YEAR, YEAR_APOS, month_of, rel_offset, year_of

# Month names safe without a cue word, matched capitalised only (the rule is case-sensitive).
MONTH_BARE = alternation(w.capitalize() for w in lx.MONTHS[L]
                         if w not in ("august", "mai") and not w.endswith("."))
SEASON = alternation(lx.SEASONS[L])


def month_year(m, ctx):
    return r.month(_full_year(m.group("y"), ctx), month_of(m))


def _full_year(y: str, ctx) -> int:
    """'1989' -> 1989; "'89" -> 1989 ("im Herbst '89"): the century that puts it in the
    past or at most ten years ahead of the anchor (1900s without one)."""
    if y[0].isdigit():
        return int(y)
    n = int(y[1:])
    base = ctx.anchor.year if ctx.anchor else 1999
    year = base - base % 100 + n
    return year - 100 if year > base + 10 else year


# "jedes Jahr im August", "alljährlich im Herbst": a month or season of every year.
_EVERY_YEAR_IN_BEFORE = re.compile(r"(?i)\b(?:jedes\s+Jahr|alljährlich|jährlich)\s*,?\s*(?:im\s+)?$")


_EVERY_YEAR_AFTER = re.compile(r"(?i)\s+(?:eines\s+)?jede[ns]\s+Jahres\b")


def _every_year(m) -> bool:
    return bool(_EVERY_YEAR_IN_BEFORE.search(m.string, max(0, m.start() - 25), m.start())
                or _EVERY_YEAR_AFTER.match(m.string, m.end()))


def month_rel(m, ctx):
    if m.groupdict().get("yrel"):
        return r.month(year_of(m, ctx), month_of(m))
    if _every_year(m):
        return f"XXXX-{month_of(m):02d}"
    return r.nearest_month(ctx, month_of(m))


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season(m, ctx):
    word = m.group("season").lower()
    value = _season_value(m, ctx)
    if word.startswith(("früh", "spät")) and not word.startswith(("frühjahr", "frühling")):
        return value, "DATE", "START" if word.startswith("früh") else "END"
    return value


def _season_value(m, ctx):
    code = lx.SEASONS[L][m.group("season").lower()]
    g = m.groupdict()
    if g.get("y"):
        return f"{_full_year(m.group('y'), ctx)}-{code}"
    if g.get("yrel"):       # "im Herbst vergangenen Jahres"
        return f"{year_of(m, ctx)}-{code}"
    rel = g.get("rel") or g.get("rel2")
    if not rel and _every_year(m):
        return f"XXXX-{code}"
    # "Im Herbst 1968 ... Im Frühjahr darauf", "im folgenden Frühjahr": the next one after the
    # story's year (without a story as "im kommenden Frühjahr")
    if ctx.narrative_year is not None and (
            g.get("after") or rel and rel.lower().startswith(("folgende", "darauffolgende"))):
        return f"{ctx.narrative_year + 1}-{code}"
    if ctx.narrative_year is not None and not rel:
        return f"{ctx.narrative_year}-{code}"   # "1992 ... im Herbst", like bare months
    a = ctx.anchor_date()
    start = _SEASON_START[code]
    # The winter now ending (January to March) is this year's (KRAUTS: March -> YYYY-WI).
    winter_ending = code == "WI" and a.month <= 3
    if rel:
        off = rel_offset(rel)
        if off < 0:         # "im vergangenen Sommer": the last one that is over
            over = a.month > start + 2 or winter_ending
            return f"{(a.year if over else a.year - 1) + off + 1}-{code}"
        if off > 0:         # "im kommenden Sommer": the next one not yet begun
            return f"{(a.year if a.month < start and not winter_ending else a.year + 1) + off - 1}-{code}"
        # "in diesem Sommer ... eingeführt wurde" in January: the summer that is over.
        if code != "WI" and a.month < start and ctx.past and not ctx.future:
            return f"{a.year - 1}-{code}"
        return f"{a.year}-{code}"
    year = a.year
    if ctx.future and not ctx.past:
        year = a.year if a.month <= start + 2 else a.year + 1
    elif winter_ending:
        year = a.year
    elif a.month < start:
        year = a.year - 1
    return f"{year}-{code}"


def month_relative(m, ctx):
    """'im vergangenen Dezember' (the last one before this month), 'im kommenden Mai'."""
    off, mon = rel_offset(m.group("rel")), month_of(m)
    a = ctx.anchor_date()
    if off < 0:
        return r.month((a.year if mon < a.month else a.year - 1) + off + 1, mon)
    if off > 0:
        return r.month((a.year if mon > a.month else a.year + 1) + off - 1, mon)
    return r.month(a.year, mon)


def half_year(m, ctx):
    h = 1 if m.group("h").lower().startswith("erst") else 2
    y = m.group("y") or (str(ctx.anchor_date().year + rel_offset(m.group("rel")))
                         if m.group("rel") else str(ctx.anchor_date().year))
    return f"{y}-H{h}"


_ORDINAL_QUARTER = {"ersten": 1, "erste": 1, "1.": 1, "zweiten": 2, "zweite": 2, "2.": 2,
                    "dritten": 3, "dritte": 3, "3.": 3, "vierten": 4, "vierte": 4, "4.": 4}


def quarter(m, ctx):
    """'im dritten Quartal 2009' -> 2009-Q3.  Without a year: this year's, unless that
    quarter has not begun yet and the clause is not about the future (then last year's)."""
    word = m.group("q").lower()
    if word.startswith("letzte"):
        if m.group("y"):                # "im letzten Quartal 2009": its fourth
            return f"{m.group('y')}-Q4"
        a = ctx.anchor_date()           # "im letzten Quartal": the one before this one
        y, q0 = divmod(a.year * 4 + (a.month - 1) // 3 - 1, 4)
        return f"{y}-Q{q0 + 1}"
    q = _ORDINAL_QUARTER[word]
    if m.group("y"):
        return f"{m.group('y')}-Q{q}"
    if m.group("yrel"):
        return f"{year_of(m, ctx)}-Q{q}"
    if ctx.narrative_year is not None:
        return f"{ctx.narrative_year}-Q{q}"
    a = ctx.anchor_date()
    year = a.year
    if 3 * (q - 1) + 1 > a.month and not (ctx.future and not ctx.past):
        year -= 1
    return f"{year}-Q{q}"


RULES: list[Rule] = [
    rule("de-month-year", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?P<mon>{MONTH})(?![\w])\s+(?P<y>{YEAR}|{YEAR_APOS})\b", month_year,
         relative=False, priority=2,
         cue=MONTH),
    rule("de-month-range-start", "DATE",
         rf"\b(?P<mon>{MONTH})(?![\w])(?=\s*(?:und|bis|-|–|/)\s*(?:{MONTH})\s+(?P<y>{YEAR})\b)",
         month_year, relative=False, priority=2),
    rule("de-month-mod", "DATE",
         rf"\b(?:{MODW})\s+(?P<mon>{MONTH})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres))?",
         month_rel, priority=2),
    rule("de-month-relative", "DATE",
         rf"\b(?P<rel>{PREV}|{NEXT}|{THIS})\s+(?P<mon>{MONTH})(?![\w])(?!\s+(?:{YEAR})\b)", month_relative, priority=2),
    rule("de-month-cue", "DATE",
         rf"\b(?:im|seit|bis|ab|vom|von|zum|nach|vor|auf|für|Monat|den|dem|des|zwischen|und|oder|Mitte|Ende|Anfang|Beginn|im\s+Monat)\s+"
         rf"(?P<t>(?P<mon>{MONTH})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres))?)",
         month_rel, priority=1),
    rule("de-month-list", "DATE",
         rf"\b(?:{MONTH})(?![\w]),\s+(?P<t>(?P<mon>{MONTH})(?![\w]))", month_rel, priority=1, cue=MONTH),
    rule("de-month-bare", "DATE",
         rf"\b(?P<mon>{MONTH_BARE})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres))?", month_rel,
         flags=0),
    rule("de-season-year", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?P<season>{SEASON})\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR}|{YEAR_APOS})\b",
         season, relative=False, priority=2, cue=SEASON),
    rule("de-season", "DATE",
         rf"\b(?:im|seit|bis|ab|vom|zum|nach|für|den|dem|des|der|ganzen|während|und|oder|diese[mns]?|(?:im\s+)?(?P<rel>{REL}))\s+(?P<t>(?:(?P<rel2>{REL})\s+)?(?P<season>{SEASON})(?:monate|monaten)?\b(?!-\w)(?:\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres)\b|\s+(?P<after>darauf|danach)\b)?)",
         season, priority=1),
    # "in diesem (strengen) Winter": the demonstrative is part of the span, as with
    # "der vergangenen Woche".
    rule("de-season-this", "DATE",
         rf"\b(?P<t>(?P<rel>diese[mnrs]?)\s+(?:[a-zäöüß]{{3,}}e[nmrs]?\s+)?(?P<season>{SEASON})(?:monate|monaten)?)\b(?!-\w)",
         season, priority=1),
    rule("de-half-year", "DATE",
         rf"\b(?:de[rmn]\s+|das\s+)?(?P<h>ersten|zweiten|erste|zweite)\s+(?:Jahreshälfte|Halbjahr(?:es)?|Hälfte\s+(?:des|dieses)\s+Jahres)(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres)?\b",
         half_year, priority=1),
    # Quarters; Italian-style "Trimester" in South Tyrolean copy means the same.
    rule("de-quarter", "DATE",
         rf"\b(?:de[mns]\s+|das\s+)?(?P<q>ersten?|zweiten?|dritten?|vierten?|letzten?|[1-4]\.)\s*"
         rf"(?:Quartal|Trimester|Vierteljahr)(?:e?s)?(?:\s+(?P<y>{YEAR})\b|\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres)\b)?",
         quarter, priority=1),
]
