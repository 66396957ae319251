"""Parts of the day: 'am Abend', 'in der Nacht zum Dienstag', 'vergangene Nacht', 'am
Morgen des 3. Mai', 'am gestrigen Abend', 'in den frühen Morgenstunden', 'am nächsten
Morgen'."""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, rule
from .dates import day_month, ordinal_day_month
from .shared import DAY_ADJECTIVE_OFFSET, DAY_WORDS, L, MONTH, ORDINAL_WORD, POD, WD, YEAR


def pod_of_date(m, ctx):
    day = day_month(m, ctx) if m.group("d") else ordinal_day_month(m, ctx)
    return f"{day}T{lx.PARTS_OF_DAY[L][m.group('pod').lower()]}"


def night_before(m, ctx):
    """'in der Nacht zum Dienstag': the night that ends on that day, i.e. Monday night."""
    if m.group("rd"):           # "in der Nacht auf gestern": the night before yesterday
        morning = ctx.anchor_date() + dt.timedelta(days=DAY_WORDS[m.group("rd").lower()])
        return (morning - dt.timedelta(days=1)).isoformat() + "TNI"
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    if m.group("adj"):          # "in der Nacht zum heutigen Samstag"
        morning = ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    else:
        morning = dt.date.fromisoformat(r.nearest_weekday(ctx, wd))
    day = morning - dt.timedelta(days=1)
    return day.isoformat() + "TNI"


def next_pod(m, ctx):
    """'am nächsten Morgen', 'in der folgenden Nacht': the part of the day after the
    day last named (else after the anchor)."""
    day = (ctx.story_day(m.start()) or ctx.anchor_date()) + dt.timedelta(days=1)
    ctx.last_day = day
    return day.isoformat() + "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]


# "am Abend zuvor" / "am Morgen danach": the day before / after the day last named;
# "am Nachmittag des gestrigen Tages": that day.
_POD_SHIFT_AFTER = re.compile(
    r"\s+(?:(?P<before>zuvor|davor|vorher)|(?P<after>darauf|danach)|des\s+(?P<adj>heutigen|morgigen|gestrigen)\s+Tages)\b")


# A part of the day takes the day last named, the story's day ("Am Sonntag ... Am
# Nachmittag versammelten sich ..."), however far back in the text, when that day is near
# the anchor; a day long past ("Gesetz vom 13.12.1957", "München 1938") only when named
# close before (within a paragraph or so).
STORY_POD_REACH = 600


def _pod_day(m, ctx) -> dt.date:
    a = ctx.anchor_date()
    day = ctx.last_day
    if day is None:
        return a
    if abs((a - day).days) <= 60:
        return day
    return ctx.story_day(m.start(), STORY_POD_REACH) or a


def part_of_day(m, ctx):
    code = lx.PARTS_OF_DAY[L][m.group("pod").lower()]
    base = _pod_day(m, ctx)
    shift = _POD_SHIFT_AFTER.match(m.string, m.end())
    if shift and shift.group("adj"):
        base = ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[shift.group("adj").lower()])
    elif shift:
        base += dt.timedelta(days=-1 if shift.group("before") else 1)
    return base.isoformat() + "T" + code


def adjective_day_pod(m, ctx):
    """'am gestrigen Abend': the part of that day; the adjective stays outside, as in
    'am morgigen [Sonntag]'."""
    day = ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    ctx.last_day = day
    return day.isoformat() + "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]


RULES: list[Rule] = [
    rule("de-pod-of-date", "TIME",
         rf"\b(?P<pod>{POD})\s+(?:des|vom)\s+(?:(?P<d>[0-3]?\d)\.|{ORDINAL_WORD})\s*(?P<mon>{MONTH})s?(?![\w])(?:\s+(?P<y>{YEAR})\b)?",
         pod_of_date, priority=3),
    # "vergangene Nacht", "in der letzten Nacht": the night before the anchor day (a night
    # is dated by its evening, as "Nacht zum Dienstag" is Monday's).
    rule("de-last-night", "TIME",
         r"\b(?P<t>(?:der\s+|die\s+)?(?:vergangenen|vergangene|letzten|letzte|vorigen|vorige)\s+Nacht)\b"
         r"(?!\s+(?:des|vor|von|vom|im|in|zum|auf|der)\b)",
         lambda m, ctx: (ctx.anchor_date() - dt.timedelta(days=1)).isoformat() + "TNI", priority=2),
    rule("de-night-before", "TIME",
         rf"\b(?P<t>Nacht\s+(?:zum|zu|auf\s+den|auf)\s+(?:(?:(?P<adj>heutigen|morgigen|gestrigen)\s+)?(?P<wd>{WD})|(?P<rd>heute|gestern|morgen)))\b", night_before, priority=2),
    # ... but "in der Nacht auf den 28. Juli", "von Samstag auf Sonntag": KRAUTS tags the days only.
    rule("de-part-of-day", "TIME",
         rf"\b(?:am|gegen|in\s+der|zur|über|bis\s+zum|bis\s+in\s+(?:den|die)|seit\s+dem|kurz\s+(?:nach|vor)|für\s+den|die\s+ganze|den\s+ganzen)\s+(?P<t>(?:(?:späten|frühen)\s+)?(?P<pod>{POD}))\b"
         rf"(?!\s+(?:auf|zum|vom|von)\s+(?:den\s+)?(?:\d|(?:{WD})\b))",
         part_of_day, priority=0),
    rule("de-adjective-day-pod", "TIME",
         rf"\b(?P<adj>heutigen|morgigen|gestrigen)\s+(?P<t>(?P<pod>{POD}))\b", adjective_day_pod, priority=1),
    # "in den frühen Morgenstunden", "in den Abendstunden": that part of the day.
    rule("de-pod-hours", "TIME",
         r"\b(?:(?:in|bis|zu)\s+(?=den)|bis\s+in\s+(?=die))(?P<t>(?:den|die)\s+(?:(?:frühen|späten)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)s?stunden)\b",
         part_of_day, priority=1),
    rule("de-next-pod", "TIME",
         rf"\b(?:am|in\s+der|des)\s+(?P<t>(?:nächsten|folgenden|darauf\s*folgenden)\s+(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)s?)\b",
         next_pod, priority=1),
]
