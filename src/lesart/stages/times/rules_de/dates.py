"""Dates written out: day and month with or without a year ('am 3. Oktober 2023',
'Donnerstag, 18. 7.', '23.04.2025', 'am siebten Oktober'), lists and ranges of days, and
the days the calendar names (holidays, Advent)."""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, rule
from .shared import DAY_ADJECTIVE_OFFSET, L, MONTH, ORDINAL_STEMS, ORDINAL_WORD, WD, YEAR, month_of

# "23. Okt 2017" (Instagram embeds, tables): an abbreviation without its dot, only
# right after a day number.
# Not before a name ("9. Jan Kuppelwieser" in a ranking): a year, a comma or "um" follows.
MONTH_NODOT = (r"(?-i:Jan|Feb|Febr|Apr|Aug|Sep|Sept|Okt|Nov|Dez)(?![\w.])"
               r"(?=\s+(?:1[0-9]|20)\d\d\b|\s*[,;)]|\s+um\b)")

# Separators between the days of a list or range ("1., 2. und 3. März").  The
# space after the last one is taken once: with "\s*" on both sides of each
# separator, the spaces between two of them could go to either, and a run of
# " , , , ," that ends in no month took exponential time (16 commas: a minute).
_DAY_SEP = r"(?:\s*(?:bis|-|–|/|und|sowie|,|am|zum|vom|dem|den))+\s*"


def full_date(m, ctx):
    y = m.group("y")
    year = int(y) if len(y) == 4 else 1900 + int(y) if int(y) > 30 else 2000 + int(y)
    try:
        return dt.date(year, int(m.group("mo")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def numeric_day_month(m, ctx):
    d, mon = int(m.group("d")), int(m.group("mo"))
    if not (1 <= d <= 31 and 1 <= mon <= 12):
        return None
    return r.nearest_day_month(ctx, d, mon)


# "Jedes Jahr, am 28. Dezember, ...", "alljährlich am 1. Mai": a day that recurs every
# year has no year (TimeML: XXXX-12-28).
_EVERY_YEAR_BEFORE = re.compile(r"(?i)\b(?:jedes\s+Jahr|alljährlich|jährlich)\s*,?\s*(?:am|um\s+den|zum)?\s*$")


def day_month(m, ctx):
    d, mon = int(m.group("d")), month_of(m)
    if m.groupdict().get("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    if _EVERY_YEAR_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return f"XXXX-{mon:02d}-{d:02d}"
    if (d, mon) == (11, 9) and r.september_eleven(ctx, m.string, m.start(), m.end()):
        return "2001-09-11"
    return r.nearest_day_month(ctx, d, mon)


def ordinal_day_month(m, ctx):
    """'am siebten Oktober', 'des siebten Oktobers 2023'."""
    d, mon = ORDINAL_STEMS[m.group("ord").lower()], month_of(m)
    if m.group("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    return r.nearest_day_month(ctx, d, mon)


# "am gestrigen Ostersonntag", "am heutigen Pfingstmontag": the adjective names the day.
_DAY_ADJECTIVE_BEFORE = re.compile(r"(?i)\b(?P<adj>heutigen|morgigen|gestrigen)\s+$")


def holiday(m, ctx):
    rule_ = lx.HOLIDAYS[L][re.sub(r"\s+", " ", m.group("h").lower())]
    if m.groupdict().get("y"):
        return r.day(r.holiday_date(rule_, int(m.group("y"))))
    adj = _DAY_ADJECTIVE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if adj:
        return r.day(ctx.anchor_date() + dt.timedelta(days=DAY_ADJECTIVE_OFFSET[adj.group("adj").lower()]))
    if ctx.narrative_year is not None:      # "im November 1989 ... Weihnachten verbrachte er": 1989's
        return r.day(r.holiday_date(rule_, ctx.narrative_year))
    return r.nearest_holiday(ctx, rule_)


# the date beside an anniversary: ", am 22. Juni 1930", " (12.11.)", " am 5. Mai"
_DATE_BESIDE = re.compile(
    rf"(?:\s+[A-ZÄÖÜ][\wäöüß]+)?\s*(?:,\s*(?:am|dem|den)\s+|\(\s*|\s+am\s+)(?P<d>[0-3]?\d)\.\s*"
    rf"(?:(?P<mon>(?i:{MONTH}))(?!\w)|(?P<mo>[01]?\d)\.)(?:\s*(?P<y>{YEAR}))?")


def anniversary(m, ctx):
    b = _DATE_BESIDE.match(m.string, m.end("t"))
    if not b:
        return "XXXX-XX-XX"
    mon = month_of(b) if b.group("mon") else int(b.group("mo"))
    d = int(b.group("d"))
    try:
        if b.group("y"):
            return dt.date(int(b.group("y")), mon, d).isoformat()
        dt.date(2000, mon, d)
    except ValueError:
        return "XXXX-XX-XX"
    return r.nearest_day_month(ctx, d, mon) if ctx.anchor else f"XXXX-{mon:02d}-{d:02d}"


RULES: list[Rule] = [
    rule("de-full-date", "DATE",
         rf"(?<![\d.])(?<!Nr\.\s)(?<!Nr\s)(?<!Nummer\s)(?<!§\s)(?<!Kapitel\s)(?<!Abschnitt\s)(?<!Punkt\s)(?<!Version\s)(?<!Ziffer\s)"
         rf"(?:(?<!\w)(?:{WD}),?\s+(?:den\s+)?)?(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.\s?(?P<y>{YEAR}|\d\d)\b(?![.,]\d)",
         full_date, relative=False, priority=3,
         cue=r"\d\.\s?\d"),
    # "Donnerstag, 18. 7.", "am 3.10.": numeric day and month without a year, only
    # after a weekday or a date preposition (bare "1. 2." is usually a list).
    rule("de-numeric-day-month", "DATE",
         rf"(?<![\d.])(?:(?P<wd>{WD}),?\s+(?:den\s+)?|(?-i:\b(?:Mo|Di|Mi|Do|Fr|Sa|So))(?:\.,?|,)\s+|(?<=\b[Aa]m\s)|(?<=\b[Aa]b\s)|(?<=\b[Vv]om\s)|(?<=\b[Bb]is\s)|(?<=\b[Zz]um\s)|(?<=\b[Ss]eit\s)|(?<=\()(?=[0-3]?\d\.\s?[01]?\d\.\)))"
         rf"(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.(?!\s?\d)",
         numeric_day_month, priority=2,
         cue=r"\d\.\s?\d"),
    rule("de-day-month", "DATE",
         rf"(?<![\d.])(?:(?<!\w)(?:{WD}),?\s+(?:de[nm]\s+)?)?(?P<d>[0-3]?\d)(?:\.\s*|(?<=[-–]\d)\s+|(?<=[-–]\d\d)\s+|(?<=[-–]\s\d)\s+|(?<=[-–]\s\d\d)\s+)"
         rf"(?P<mon>{MONTH}|{MONTH_NODOT})(?![\w])(?:\s+(?P<y>{YEAR})\b)?",
         day_month, priority=3,
         cue=rf"{MONTH}|{MONTH_NODOT}"),
    # A month has at most 31 days, so a list of them has at most 30 before the
    # last; the bound keeps a long list of numbers from being rescanned from each.
    rule("de-day-range-start", "DATE",
         rf"(?<![\d.])(?<!Nr\. )(?<!Nr )(?<!Art\. )(?<!Artikel )(?<!Abs\. )(?<!Absatz )(?P<t>(?P<d>[0-3]?\d))\.?(?={_DAY_SEP}(?:[0-3]?\d\.?{_DAY_SEP}){{0,30}}[0-3]?\d(?:\.\s*|(?<=[-–]\d)\s+|(?<=[-–]\d\d)\s+|(?<=[-–]\s\d)\s+|(?<=[-–]\s\d\d)\s+)(?P<mon>{MONTH})(?![\w])(?:\s+(?P<y>{YEAR})\b)?)",
         day_month, priority=2, cue=MONTH),
    rule("de-day-month-ordinal", "DATE",
         rf"\b{ORDINAL_WORD}\s+(?P<mon>{MONTH})s?(?![\w])(?:\s+(?P<y>{YEAR})\b)?", ordinal_day_month, priority=3),
    # "am ersten Advent", "am 3. Adventsonntag": the Sundays before Christmas (HeidelTime's
    # German resources name them too).
    rule("de-advent", "DATE",
         r"\b(?:(?P<n>[1-4])\.\s*|(?P<ord>erste|zweite|dritte|vierte)[nmrs]?\s+)Advent(?:s?sonntag)?s?\b",
         lambda m, ctx: r.nearest_holiday(ctx, ("advent", int(m.group("n")) if m.group("n") else
                                              ORDINAL_STEMS[m.group("ord").lower()[:-1]])),
         priority=1),
    # "Goldener Sonntag", "Silberner Sonntag": the shopping Sundays of Advent in South Tyrol and
    # Austria, the fourth and the third ("Goldenen-Sonntag-Veranstaltungen").
    rule("de-advent-shopping", "DATE",
         r"\b(?P<g>Golden|Silbern)e[nmrs]?[-\s]+Sonntag(?:s)?(?![a-zäöüß])",
         lambda m, ctx: r.nearest_holiday(ctx, ("advent", 4 if m.group("g").lower() == "golden" else 3)),
         priority=2),
    # Awareness days ("anlässlich des Internationalen [Tages der Kinderrechte]", "der [Tag des
    # Baumes]", "zum [Weltfrauentag]"): KRAUTS tags them, the date left open (XXXX-XX-XX);
    # "Tag der offenen Tür" is an event, no day of the calendar.
    rule("de-awareness-day", "DATE",
         r"\b(?:[Ii]nternationale[nmrs]?|[Ee]uropäische[nmrs]?|[Nn]ationale[nmrs]?|[Ww]eltweite[nmrs]?)\s+"
         r"(?P<t>Tag(?:es)?\s+de[rs]\s+(?!offenen\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)\b",
         lambda m, ctx: "XXXX-XX-XX", relative=False, priority=-1, flags=0),
    rule("de-awareness-day-named", "DATE",
         r"\bTag(?:es)?\s+de[rs]\s+(?:Baumes|Kinderrechte|Buches|Wassers|Umwelt|Pressefreiheit|"
         r"Menschenrechte|Familie|Ehrenamt(?:e)?s|(?:offenen\s+)?Denkmals|Pflege|Frau|Frauen|Jugend|Erde|"
         r"Kindes|Toleranz|Artenvielfalt|Berge|Milch|Patienten|Nachbarn)\b",
         lambda m, ctx: "XXXX-XX-XX", relative=False, priority=-1, flags=0),
    rule("de-awareness-day-world", "DATE",
         r"\b(?:Welt[a-zäöüß]{3,}tag(?:es|s)?|Welttag(?:es|s)?\s+de[rs]\s+[A-ZÄÖÜ][a-zäöüß]+)\b",
         lambda m, ctx: "XXXX-XX-XX", relative=False, priority=-1, flags=0),
    # "Zum 700. [Todestag] Walthers, am 22. Juni 1930, ...", "zum 100. [Geburtstag] (12.11.)": an
    # anniversary counted by its number is a day; the date beside it names it, else it is open.
    rule("de-anniversary", "DATE",
         r"\b(?:[1-9]\d{0,3})\.\s+(?P<t>(?:Geburtstag|Todestag|Jahrestag|Namenstag)(?:es|s)?)\b",
         anniversary, relative=False, flags=0),
    rule("de-holiday", "DATE",
         rf"\b(?P<h>{alternation(lx.HOLIDAYS[L])})(?:\s+(?P<y>{YEAR}))?\b", holiday),
]
