"""Days named relative to the anchor or to the story: 'gestern', 'morgen früh', weekdays
('am Montag', 'Dienstag kommender Woche', 'am Freitag (24. Mai)'), 'am darauf folgenden
Tag', 'Vortag', 'Tags darauf'."""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon as lx
from .. import resolve as r
from .. import tense
from ..rules import Rule, rule
from .heute import heute_is_date
from .shared import DAY_ADJECTIVE_OFFSET, DAY_WORDS, L, MONTH, POD, REL, WD, YEAR, rel_offset


def relative_day(m, ctx):
    word = m.group("rel").lower()
    pod = m.groupdict().get("pod")
    if word == "heute" and not pod and not heute_is_date(m, ctx):
        return "PRESENT_REF", "DATE"
    if word == "morgen" and m.string[max(0, m.start() - 4):m.start()].lower() == "von ":
        return "FUTURE_REF", "DATE"
    d = ctx.anchor_date() + dt.timedelta(days=DAY_WORDS[word])
    apposition = _WEEKDAY_APPOSITION_AFTER.match(m.string, m.end()) if word == "heute" and not pod else None
    if apposition:
        d = _written_on(ctx, lx.WEEKDAYS[L][apposition.group("wd").lower()])
    if pod:
        return d.isoformat() + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    ctx.last_day = d
    return d.isoformat(), "DATE"


# "Heute, am Sonntag, ist die Stadt menschenleer" on a page dated Tuesday: the text was
# written on that weekday, the last one up to the anchor, and "heute" is that day too.
_WEEKDAY_APPOSITION_AFTER = re.compile(rf"(?i),\s*(?:am\s+|den\s+)?(?P<wd>{WD})\b")
_HEUTE_BEFORE = re.compile(r"\b[Hh]eute,\s*(?:am\s+|den\s+)?$")


def _written_on(ctx, wd: int) -> dt.date:
    a = ctx.anchor_date()
    return a - dt.timedelta(days=(a.isoweekday() - wd) % 7)


# "am heutigen / morgigen / gestrigen Samstag": the adjective names the day.
_DAY_ADJECTIVE_BEFORE = re.compile(r"(?i)\b(?P<adj>heutigen|morgigen|gestrigen)\s+$")


# "ab Montag gilt ...", "die Straße bleibt ab Montag gesperrt": a start from now on,
# unless a finite past verb tells a story ("er war ab Montag krank").
_FROM_NOW_BEFORE = re.compile(r"\b[Aa]b\s+$")
_WEEKDAY_RANGE_BEFORE = re.compile(rf"(?i)\b(?:{WD})\s*(?:bis|-|–)\s*$")
_FINITE_PAST = re.compile(r"\b(?:war|waren|wurde|wurden|hatte|hatten)\b")


def _sentence_has_finite_past(m) -> bool:
    left = re.split(r"[.!?;]\s", m.string[max(0, m.start() - 100):m.start()])[-1]
    right = re.split(r"[.!?;]\s", m.string[m.end():m.end() + 100])[0]
    return any(_FINITE_PAST.search(part) or tense.has_preterite(part) for part in (left, right))


_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:einem|einen|eines|einer)\s+$")


# "am Freitag (24. Mai)", "am Montagmorgen, dem 18. Juni": a date in brackets or in
# apposition right after a weekday names that day.
_BRACKET_DATE_AFTER = re.compile(
    rf"(?i)\s*(?:\(\s*(?:den\s+)?|,\s*(?:dem|den)\s+)(?P<d>\d{{1,2}})\.\s*(?:(?P<mon>{MONTH})(?!\w)|(?P<mo>\d{{1,2}})\.)"
    rf"(?:\s*(?P<y>{YEAR}))?(?:\s*\)|(?![\w.]))")


def _bracket_date(m, ctx, wd: int) -> str | None:
    b = _BRACKET_DATE_AFTER.match(m.string, m.end())
    if not b:
        return None
    mon = lx.MONTHS[L][b.group("mon").lower()] if b.group("mon") else int(b.group("mo"))
    try:
        value = (dt.date(int(b.group("y")), mon, int(b.group("d"))).isoformat() if b.group("y")
                 else r.nearest_day_month(ctx, int(b.group("d")), mon))
    except ValueError:
        return None
    return value if dt.date.fromisoformat(value).isoweekday() == wd else None


# How close (in characters) a past day must be named for a bare weekday to follow it.
STORY_WEEKDAY_REACH = 250


# "am Freitag darauf", "am Montag danach": the weekday after the day just named
_THEREAFTER = re.compile(r"\s+(?:darauf|danach)\b")


def _story_weekday(m, ctx, wd, direction):
    """A bare weekday in a clause without tense marker right after a past day that is
    named ('Moreno kommt am Montag, dem 10. Dezember, nach Hamburg. Am Dienstag legt
    Relotius ... an'): a historic present, so the story's week, the first such day from
    that day on, when it lies before the anchor.  A past clause keeps the last such day
    before the anchor: after a flashback ('bei der Abstimmung am 21. Dezember ... Am
    Dienstagabend waren dann wieder alle auf Linie') the story is back at the anchor's week."""
    if direction:
        return None
    story = ctx.story_day(m.start(), STORY_WEEKDAY_REACH)
    a = ctx.anchor_date()
    if story is None or story >= a:
        return None
    if _THEREAFTER.match(m.string, m.end()):     # "am Freitag darauf": after that day, any tense
        return (story + dt.timedelta(days=(wd - story.isoweekday()) % 7 or 7)).isoformat()
    if not ctx.no_tense_marker:
        return None
    day = story + dt.timedelta(days=(wd - story.isoweekday()) % 7)
    return day.isoformat() if day < a else None



# Opening hours: "von Montag bis Freitag von 9 bis 12 Uhr geöffnet", "Öffnungszeiten: Montag
# bis Samstag": a span of weekdays that recurs every week, both ends SETs (as "montags").
_WD_RANGE_AFTER = re.compile(rf"(?i)\s*(?:bis|-|–)\s*(?:{WD})\b")
_HOURS_AFTER = re.compile(
    r"(?i)[^.!?;]{0,50}?(?:\b\d{1,2}(?:[.:]\d\d)?\s*(?:bis|-|–)\s*\d{1,2}(?:[.:]\d\d)?\s*Uhr|"
    r"\bgeöffnet\b|\bjeweils\b|\bdurchgehend\b)")
_HOURS_BEFORE = re.compile(r"(?i)\b(?:Öffnungszeit(?:en)?|Sprechstunden?|Bürozeiten|geöffnet)\b[^.!?;]{0,30}$")


def _opening_hours(m, range_start) -> bool:
    end = _WD_RANGE_AFTER.match(m.string, m.end())
    if not (end or range_start):
        return False
    after = end.end() if end else m.end()
    first = range_start.start() if range_start else m.start()
    return bool(_HOURS_AFTER.match(m.string, after)
                or _HOURS_BEFORE.search(m.string, max(0, first - 50), first))


# Sunday papers: "sagte er der Welt am Sonntag", "„Bild am Sonntag“", "Die Presse am Sonntag".
_PAPER_BEFORE = re.compile(
    r"(?:\bWelt|\bBild|\bBZ|\bB\.Z\.|\bTagesspiegel|\bKurier|\bPresse|\bMorgenpost|\bExpress)"
    r"\s+am\s+$")


def weekday(m, ctx):
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    rel = m.groupdict().get("rel")
    if wd == 7 and not rel and _PAPER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    if not rel and _HEUTE_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        day = _written_on(ctx, wd)          # "Heute, am Sonntag, ...": that day, as "heute"
        ctx.last_day = day
        pod = m.groupdict().get("pod")
        if pod:
            return day.isoformat() + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
        return day.isoformat(), "DATE"
    if not rel and not m.groupdict().get("pod") and _opening_hours(
            m, _WEEKDAY_RANGE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())):
        return f"XXXX-WXX-{wd}", "SET"
    if not rel and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        pod = m.groupdict().get("pod")
        return r.unanchored_weekday(wd, lx.PARTS_OF_DAY[L][pod.lower()] if pod else None)
    direction = 0
    if rel:
        off = rel_offset(rel)
        direction = off if off else 1      # "diesen Sonntag" lies ahead ...
        if not off and wd == ctx.anchor_date().isoweekday():
            direction = 0                  # ... but "an diesem Samstag" on a Saturday is today
    elif (_FROM_NOW_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
          and wd != ctx.anchor_date().isoweekday()
          # (a past verb of saying does not move "ab Sonntag" back when the clause itself
          # speaks of the future: "Das Militär wolle ab Sonntag ..., berichtete die Zeitung")
          and (not _sentence_has_finite_past(m) or ctx.future and not ctx.no_tense_marker)):
        direction = 1
    adj = _DAY_ADJECTIVE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    range_start = _WEEKDAY_RANGE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if range_start and not rel and ctx.last_day:
        # "von Montag bis Mittwoch": the end is the first such day after the start.
        day = ctx.last_day + dt.timedelta(days=(wd - ctx.last_day.isoweekday()) % 7 or 7)
        value = day.isoformat()
    elif adj and not rel:
        day = ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[adj.group("adj").lower()])
        value = day.isoformat()
    else:
        value = _bracket_date(m, ctx, wd) or _story_weekday(m, ctx, wd, direction) \
            or r.nearest_weekday(ctx, wd, direction)
    ctx.last_day = dt.date.fromisoformat(value)
    pod = m.groupdict().get("pod")
    if pod:
        return value + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    return value, "DATE"


def weekday_of_week(m, ctx):
    a = ctx.anchor_date()
    monday = a - dt.timedelta(days=a.isoweekday() - 1) + dt.timedelta(weeks=rel_offset(m.group("rel")))
    day = monday + dt.timedelta(days=lx.WEEKDAYS[L][m.group("wd").lower()] - 1)
    ctx.last_day = day
    return day.isoformat()


def day_after_named(m, ctx):
    """'am darauf folgenden Tag': the day after the day last named (the anchor when none is)."""
    day = (ctx.story_day(m.start()) or ctx.anchor_date()) + dt.timedelta(days=1)
    ctx.last_day = day
    return day.isoformat()


def adjective_day(m, ctx):
    """'im Laufe des gestrigen Tages', 'am morgigen Tag': the day before / after."""
    day = ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    ctx.last_day = day
    return day.isoformat()


def day_before_after(m, ctx):
    """'Vortag', 'Tags darauf': one day from the last day mentioned (else the anchor)."""
    base = ctx.last_day or ctx.anchor_date()
    off = -1 if re.search(r"(?i)vortag|zuvor|davor", m.group(0)) else 1
    d = base + dt.timedelta(days=off)
    return d.isoformat()


_NTH = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "letzten": -1}


def nth_weekday_of_month(m, ctx):
    """'am ersten Montag im Oktober', 'am letzten Sonntag im Mai 2010': that day of that
    month (the month's year as for a bare month)."""
    mon = lx.MONTHS[L].get(m.group("mon").lower()) or lx.MONTHS[L][m.group("mon").lower() + "."]
    year = int(m.group("y")) if m.group("y") else int(r.nearest_month(ctx, mon)[:4])
    day = r.nth_weekday(year, mon, lx.WEEKDAYS[L][m.group("wd").lower()], _NTH[m.group("nth").lower()])
    ctx.last_day = day
    return day.isoformat()


RULES: list[Rule] = [
    rule("de-nth-weekday-of-month", "DATE",
         rf"\b(?P<nth>ersten|zweiten|dritten|vierten|letzten)\s+(?P<wd>{WD})\s+(?:im|des)\s+(?P<mon>{MONTH})(?![\w])s?(?:\s+(?P<y>{YEAR})\b)?",
         nth_weekday_of_month, priority=3),
    rule("de-relative-day", "DATE",
         r"\b(?P<rel>[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen)(?:\s+(?P<pod>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht)\b)?\b(?!-)",
         relative_day, priority=1, flags=0),
    # "am Samstag vergangener Woche", "Montag dieser Woche", "Dienstag kommender Woche":
    # one expression, that weekday in the week named.
    rule("de-weekday-of-week", "DATE",
         # ... also in the genitive: "in den Morgenstunden des Donnerstags vergangener Woche"
         rf"\b(?P<wd>{WD})s?\s+(?:der\s+)?(?P<rel>{REL})\s+Woche\b",
         weekday_of_week, priority=2),
    rule("de-weekday-pod", "TIME", rf"\b(?P<wd>{WD})(?P<pod>{POD})\b", weekday, priority=2),
    rule("de-weekday", "DATE",
         rf"(?<![\w-])(?:(?:de[rnm]|die)\s+(?=(?:{REL})\s))?(?:(?P<rel>{REL})\s+)?(?P<wd>{WD})(?![\w-])"
         rf"(?:\s+(?P<pod>{POD})\b)?",
         weekday, priority=1),
    rule("de-next-day", "DATE",
         r"\b(?:am|vom|des)\s+(?P<t>(?P<rel>darauf\s*folgenden)\s+(?P<unit>Tag(?:es)?))\b",
         day_after_named, priority=1),
    # ("bis zum heutigen Tag" stays PRESENT_REF: it means "until now").
    rule("de-adjective-day", "DATE",
         r"\b(?P<t>(?P<adj>morgigen|gestrigen)\s+Tag(?:es|s)?)\b", adjective_day, priority=1),
    rule("de-day-before-after", "DATE",
         r"\b(?:(?:am|vom)\s+)?(?P<t>Vortag(?:es)?|Tag(?:e|es)?\s+(?:zuvor|davor|darauf|danach)|Tags\s+(?:zuvor|darauf)|Folgetag(?:es)?)\b",
         day_before_after),
    rule("de-tomorrow-initial", "DATE", r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<rel>Morgen)\b(?!\s*(?:früh|abend))",
         lambda m, ctx: (ctx.anchor_date() + dt.timedelta(days=1)).isoformat(), flags=0),
    rule("de-tomorrow-initial-pod", "TIME",
         r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<rel>Morgen)\s+(?P<pod>früh|[Aa]bend|[Vv]ormittag|[Nn]achmittag|[Mm]ittag)\b",
         relative_day, flags=0, priority=1),
]
