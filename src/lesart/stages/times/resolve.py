"""Calendar arithmetic behind the rules: TIMEX3 values from an anchor date.

Every function that needs the anchor asks ``Context.anchor_date()``, which
raises ``NoAnchor`` when the publication date is unknown; the stage then keeps
the expression with ``value: None``.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable


class NoAnchor(Exception):
    """A relative expression met a document without a publication date."""


@dataclass
class Context:
    anchor: dt.date | None
    lang: str
    # Guesses the clause's tense ('past', 'future', None) only when a rule asks.
    tense_of: Callable[[], str | None] | None = None
    _tense: object = field(default=False, repr=False)
    last_day: dt.date | None = None   # the last day-precision date mentioned
    last_day_end: int = -10**9         # ... and where (the end of its expression)
    sentence_day: dt.date | None = None   # ... in the current sentence (for clock times)
    # A year named just before ("im März 1992 ... im April"): bare months belong to it.
    narrative_year: int | None = None
    # Right after "seit"/"since" (or an attribute "vom"): the time lies before the anchor,
    # whatever the clause says.
    since: bool = False

    # The tense a clause without any marker takes (German: future), and whether the
    # current clause had none.
    default_tense: str | None = None
    tenseless: bool = False

    def set_clause(self, tense_of: Callable[[], str | None], default: str | None = None) -> None:
        self.tense_of, self._tense, self.default_tense = tense_of, False, default

    @property
    def tense(self) -> str | None:
        if self._tense is False:
            guessed = "past" if self.since else self.tense_of() if self.tense_of else None
            self.tenseless = guessed is None
            self._tense = guessed or self.default_tense
        return self._tense

    @property
    def no_tense_marker(self) -> bool:
        """Whether the clause had no tense marker (its tense is the default)."""
        _ = self.tense          # guessing the tense sets ``tenseless``
        return self.tenseless

    @property
    def future(self) -> bool:
        return self.tense == "future"

    @property
    def past(self) -> bool:
        return self.tense == "past"

    def anchor_date(self) -> dt.date:
        if self.anchor is None:
            raise NoAnchor
        return self.anchor

    def story_day(self, at: int, reach: int = 400) -> dt.date | None:
        """The day last named, if named less than ``reach`` characters before ``at``."""
        return self.last_day if self.last_day and at - self.last_day_end <= reach else None

    def reference_day(self) -> dt.date:
        """For clock times: a day named in the same sentence, else the anchor."""
        return self.sentence_day or self.anchor_date()


def parse_anchor(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        try:
            return dt.date(int(value[:4]), 1, 1) if value[:4].isdigit() else None
        except ValueError:
            return None


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def unanchored_weekday(wd: int, part_of_day: str | None = None) -> tuple[str, str]:
    """"an einem Montag", "on a Monday": some Monday, no date (TIMEX3's unanchored week day), with its
    part of the day's code ("an einem Montagabend": TIME) where one is named."""
    value = f"XXXX-WXX-{wd}"
    return (value + "T" + part_of_day, "TIME") if part_of_day else (value, "DATE")


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift_months(year: int, m: int, n: int) -> tuple[int, int]:
    total = year * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


TENSELESS_BACK = 3


def nearest_month(ctx: Context, m: int) -> str:
    """A bare month name: the last one (this one included), or the next in future clauses."""
    if ctx.narrative_year is not None:
        return month(ctx.narrative_year, m)
    a = ctx.anchor_date()
    year = a.year
    if ctx.future and not ctx.past:
        # Without any tense marker the month nearest the anchor ("für den Monat Juli"
        # in August is the July just past, "Mitte Dezember auf dem Platz" in January the
        # December before); an explicit future gives the next one.
        if m < a.month and not (ctx.tenseless and a.month - m <= TENSELESS_BACK):
            year += 1
        elif m > a.month and ctx.tenseless and a.month + 12 - m <= TENSELESS_BACK - 1:
            year -= 1       # (across the new year only two months back: "von Dezember bis
                            # April" in March is still the coming season)
    elif m > a.month:
        year -= 1
    return month(year, m)


def nearest_weekday(ctx: Context, wd: int, direction: int = 0) -> str:
    """A weekday: today if it is that day, else the last one (or next one in future clauses).

    ``direction`` forces it: -1 "vergangenen Sonntag" (strictly before), +1 "kommenden";
    -2 "vorletzten", +2 "übernächsten" go a week further.
    """
    a = ctx.anchor_date()
    diff = wd - a.isoweekday()
    if direction < 0:
        delta = (diff - 7 if diff >= 0 else diff) + 7 * (direction + 1)
    elif direction > 0:
        delta = (diff + 7 if diff <= 0 else diff) + 7 * (direction - 1)
    elif ctx.future and not ctx.past:
        delta = diff if diff >= 0 else diff + 7
    else:
        delta = diff if diff <= 0 else diff - 7
    return day(a + dt.timedelta(days=delta))


def nearest_day_month(ctx: Context, d: int, m: int) -> str:
    """'25. Februar' without a year: the year that puts it closest to the anchor."""
    if ctx.narrative_year is not None:
        try:
            return day(dt.date(ctx.narrative_year, m, d))
        except ValueError:
            pass
    a = ctx.anchor_date()
    best = None
    for year in (a.year - 1, a.year, a.year + 1):
        try:
            cand = dt.date(year, m, d)
        except ValueError:
            continue
        dist = abs((cand - a).days)
        if best is None or dist < best[0]:
            best = (dist, cand)
    if best is None:
        return f"{a.year:04d}-{m:02d}-{d:02d}"
    cand = best[1]
    # Tense overrides the closest reading only when that lies well on the wrong side
    # ("seit dem 26. Juli" cannot lie ahead at all).
    if ctx.since and cand > a or ctx.past and (cand - a).days > 90:
        cand = _replace_year(cand, cand.year - 1)
    elif ctx.future and (a - cand).days > 90:
        cand = _replace_year(cand, cand.year + 1)
    return day(cand)


# "die Anschläge vom 11. September", "since the Sept. 11 attacks": in news written after
# 2001 the day names the attacks, not this year's 11th, when they are spoken of around it.
_SEPTEMBER_ELEVEN_CONTEXT = re.compile(
    r"(?i)anschl[äa]g|attentat|terror|attack|hijack|world\s+trade|pentagon|twin\s+towers|qaida|"
    r"qaeda|kaida|bin\s+laden|flugzeugentf[üu]hr|ground\s+zero")


def september_eleven(ctx: Context, text: str, start: int, end: int) -> bool:
    """Whether '11. September' / 'Sept. 11' without a year is 2001-09-11 (see above)."""
    if ctx.anchor is None or ctx.anchor < dt.date(2002, 1, 1):
        return False
    return bool(_SEPTEMBER_ELEVEN_CONTEXT.search(text, max(0, start - 150), end + 150))


def _replace_year(d: dt.date, year: int) -> dt.date:
    try:
        return d.replace(year=year)
    except ValueError:          # 29 February
        return d.replace(year=year, day=28)


def relative_unit(ctx: Context, unit: str, offset: int) -> str:
    """'vergangene Woche' / 'next month' / 'dieses Jahr' relative to the anchor."""
    a = ctx.anchor_date()
    if unit == "Y":
        return f"{a.year + offset:04d}"
    if unit == "M":
        y, m = shift_months(a.year, a.month, offset)
        return month(y, m)
    if unit == "W":
        return week(a + dt.timedelta(weeks=offset))
    if unit == "D":
        return day(a + dt.timedelta(days=offset))
    if unit == "WE":
        # A bare weekend is the last one; "nächstes Wochenende" the coming one.
        ref = a + dt.timedelta(weeks=offset)
        # The weekend just past carries the number of the week it opens on a Monday
        # or Tuesday in German (KRAUTS: "am Wochenende" on Tuesday 2014-02-18 is 2014-W08-WE).
        first_day = 3 if ctx.lang == "de" else 1
        if offset == 0 and not ctx.future and first_day <= a.isoweekday() < 6:
            ref = a - dt.timedelta(weeks=1)
        return week(ref) + "-WE"
    if unit == "DE":
        return f"{(a.year // 10 + offset):03d}"
    if unit == "CE":
        return f"{(a.year // 100 + offset):02d}"
    raise ValueError(unit)


def number_text(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration(n: float | None, unit: str) -> str:
    amount = "X" if n is None else number_text(n)
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    return f"P{amount}{unit}"


def clock(h: int, mi: int) -> str:
    return f"T{h:02d}:{mi:02d}"


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month_, day_ = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month_, day_ + 1)


def nth_weekday(year: int, month_: int, weekday: int, n: int) -> dt.date:
    """The n-th ISO weekday of a month; n = -1 is the last one."""
    if n > 0:
        first = dt.date(year, month_, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(year + (month_ == 12), month_ % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> dt.date | None:
    """Fixed and movable feasts by their key in ``lexicon.HOLIDAYS``."""
    kind, *args = name
    if kind == "fixed":
        return dt.date(year, args[0], args[1])
    if kind == "easter":
        return easter(year) + dt.timedelta(days=args[0])
    if kind == "advent":        # the n-th Sunday of Advent; the fourth is the last before the 25th
        eve = dt.date(year, 12, 24)
        return eve - dt.timedelta(days=eve.isoweekday() % 7 + 7 * (4 - args[0]))
    if kind == "nth":
        offset = args[3] if len(args) > 3 else 0
        return nth_weekday(year, args[0], args[1], args[2]) + dt.timedelta(days=offset)
    return None


def nearest_holiday(ctx: Context, rule: tuple) -> str:
    """A feast without a year: the last one, or the next one in future clauses."""
    a = ctx.anchor_date()
    this = holiday_date(rule, a.year)
    if ctx.future and not ctx.past:
        return day(this if this >= a else holiday_date(rule, a.year + 1))
    if ctx.past and not ctx.future:
        return day(this if this <= a else holiday_date(rule, a.year - 1))
    cands = [holiday_date(rule, y) for y in (a.year - 1, a.year, a.year + 1)]
    return day(min(cands, key=lambda c: abs((c - a).days)))
