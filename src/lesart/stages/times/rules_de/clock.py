"""Clock times: '17 Uhr', 'um 20.30', 'halb neun Uhr morgens', opening hours ('8.30-12
und 14.30-16.30 Uhr'), 'um Mitternacht'; a time that holds on several days gets no date."""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, rule
from .shared import L, MONTH, WD

# "acht Uhr abends": the part of day after a clock time moves it past noon; the
# word itself stays outside the span (KRAUTS: "[3 Uhr] morgens").
_CLOCK_POD_AFTER = re.compile(r"\s+(?P<pod>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)\b")
_CLOCK_WORDS = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
                "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12}


def _afternoon(h: int, m: re.Match) -> int:
    after = _CLOCK_POD_AFTER.match(m.string, m.end())
    if not after or h >= 12:
        return h
    pod = after.group("pod")
    if pod in ("nachmittags", "abends") or pod == "nachts" and h >= 7:
        return h + 12
    return h


# "gegen 17 Uhr am Freitagnachmittag": the day follows the clock time.
_WEEKDAY_AFTER_CLOCK = re.compile(rf"\s+(?:am|vom)\s+(?P<wd>{WD})", re.I)


# A clock time that holds on several days has no one date (KRAUTS: "T20:00"):
# "wochentags von 14 bis 18 Uhr", "am 3., 4. und 7. Oktober, jeweils 20 Uhr",
# "Termin: 25. und 26. August von 10-18 Uhr", "(beispielsweise von 10 bis 15 Uhr)".
# Opening hours name a span of weekdays ("Mo.-Fr. 8-12 Uhr", "Montag bis Freitag").
_WD_ABBR = r"(?:Mo|Di|Mi|Do|Fr|Sa|So)"
_GENERIC_CLOCK_BEFORE = re.compile(
    rf"\b(?:jeweils|wochentags|werktags|täglich|beispielsweise|(?:{WD})s|Öffnungszeit(?:en)?"
    # habits: "Manchmal bin ich bereits um 7 Uhr im Institut, manchmal erst um 11 Uhr"
    rf"|manchmal|meist|meistens|normalerweise|gewöhnlich|üblicherweise|in\s+der\s+Regel)\b"
    # "jeden Dienstag von 18 bis 20 Uhr", "jeden ersten Montag im Monat um 20 Uhr": a SET
    rf"|\bjede[nmrs]?\s+(?:(?:ersten|zweiten|dritten|vierten|letzten)\s+)?(?:{WD}|Tag|Woche|Abend|Morgen|Nacht|Monat)"
    rf"|\b(?:{WD}|{_WD_ABBR}\.?)\s*(?:bis|-|–)\s*(?:{WD}|{_WD_ABBR}\b\.?)"
    # a line of opening hours: "Sa: 09:30-14:00 Uhr", "Sa, So, Feiertage 11-18 Uhr"
    rf"|(?-i:\b{_WD_ABBR}\.?:)|\b(?:feiertags|Feiertagen?)\b"
    rf"|\d\.\s*(?:und|bis|-|–)\s*(?:de[mn]\s+)?\d{{1,2}}\.\s*(?:{MONTH})\b", re.I)
_CLAUSE_CUT = re.compile(r"(?<!\d)(?<!\b(?:Mo|Di|Mi|Do|Fr|Sa|So))[.!?;]\s+|\n")


# ... unless one day is named after the cue ("jeweils 20 Uhr, ..., 29. September, 19.15 Uhr").
_ONE_DAY = re.compile(rf"\b\d{{1,2}}\.\s*(?:{MONTH})\b|\b(?:{WD})\b|\b(?:heute|morgen|gestern)\b", re.I)


def _generic_clock(m) -> bool:
    left = m.string[max(0, m.start() - 70):m.start()]
    cuts = [c.end() for c in _CLAUSE_CUT.finditer(left)]
    left = left[cuts[-1] if cuts else 0:]
    cues = list(_GENERIC_CLOCK_BEFORE.finditer(left))
    return bool(cues) and not _ONE_DAY.search(left, cues[-1].end())


def _clock_value(m, ctx, h: int, mi: int) -> str:
    if _generic_clock(m):
        return r.clock(_afternoon(h, m), mi)
    return _clock_day(m, ctx).isoformat() + r.clock(_afternoon(h, m), mi)


def _clock_day(m, ctx) -> dt.date:
    after = _WEEKDAY_AFTER_CLOCK.match(m.string, m.end())
    if after:
        wd = lx.WEEKDAYS[L][after.group("wd").lower()]
        return dt.date.fromisoformat(r.nearest_weekday(ctx, wd))
    return ctx.reference_day()


def clock(m, ctx):
    h, mi = int(m.group("h")), int(m.group("mi") or m.groupdict().get("mi2") or 0)
    if h > 24 or mi > 59:
        return None
    return _clock_value(m, ctx, h, mi)


def clock_words(m, ctx):
    """'gegen fünf Uhr', 'halb neun Uhr morgens' (halb neun = 8.30)."""
    h, mi = _CLOCK_WORDS[m.group("hw").lower()], 0
    if m.group("half"):
        h, mi = h - 1, 30
    return _clock_value(m, ctx, h, mi)


# Opening hours: "14.30-18 Uhr", "8.30-12 und 14.30-16.30 Uhr", "von 9 bis 12 und von
# 14 bis 18 Uhr", "zwischen 8 und 10 Uhr": every clock time is tagged, "Uhr" or not.
_NEXT_RANGE = r"\s+und\s+(?:von\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[-–]|bis)"
_RANGE_END = (rf"(?=\s*(?:[-–]|bis)\s*\d{{1,2}}(?:[.:]\d\d)?(?:\s*Uhr\b|{_NEXT_RANGE})"
              r"|\s+und\s+\d{1,2}[.:]\d\d\s*Uhr\b)")
_BETWEEN_START = (r"(?<=\b[Zz]wischen\s)(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?"
                  r"(?=\s+und\s+\d{1,2}(?:[.:]\d\d)?\s*Uhr\b)")
_RANGE_MID = (rf"(?:(?<=[-–])|(?<=bis\s))(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?"
              rf"(?={_NEXT_RANGE}\s*\d)")
# "um 20.30" without "Uhr": hours and minutes after "um" are a clock time
# (not "um 2,50 Euro", "um 1.500 Stück", "um 3.20 Prozent").
_CLOCK_UM = (r"(?:(?<=\b[Uu]m\s)|"
             # ... and after "ab", "bis", "gegen", "Beginn:", "Einlass:" (listings: "Einlass ab
             # 19.30"), when the minutes cannot be a month ("ab 15.10." is a date)
             r"(?:(?<=\b[Aa]b\s)|(?<=\b[Bb]is\s)|(?<=\b[Gg]egen\s)|(?<=\bBeginn:\s)|(?<=\bEinlass:\s)"
             r"|(?<=\bBeginn\s))(?=[012]?\d[.:](?:00|1[3-9]|[2-5]\d)\b(?!\.\s*(?:\d|(?-i:[a-zäöü])))))"
             r"(?P<h>[012]?\d)[.:](?P<mi>[0-5]\d)(?![\d.,]\d|\s*(?:Uhr|Euro|€|Prozent|%|"
             r"Meter|Punkte|Grad|Sekunden|Mio|Mill|Franken|Dollar|Lire|Mark))\b")

# "bis Mitternacht am Montag": the day follows (and the stage dates the clock time by it).
_DAY_AFTER = re.compile(r"\s+(?:am|vom|des)\s")


RULES: list[Rule] = [
    rule("de-clock", "TIME",
         # "9 Uhr 30": the minutes after "Uhr" (not "5 Uhr 30 Gäste", "Uhr 30 Minuten")
         r"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d)\s*Uhr\b|\s*Uhr\b"
         r"(?:\s+(?P<mi2>[0-5]\d)\b(?!\s*(?:(?-i:[A-ZÄÖÜ])|[.,:]\d|%|€)))?)", clock, priority=1, cue="uhr"),
    rule("de-clock-words", "TIME",
         rf"\b(?:(?P<half>halb)\s+)?(?P<hw>{alternation(_CLOCK_WORDS)})\s+Uhr\b", clock_words, priority=1,
         cue="uhr"),
    rule("de-clock-range-start", "TIME",
         rf"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?{_RANGE_END}", clock, priority=1,
         cue=r"\d\s*(?:[-–]|bis)\s*\d|\d\s+und\s+\d"),
    rule("de-clock-range-mid", "TIME", _RANGE_MID, clock, priority=1, cue=r"\d\s+und\s+(?:von\s+)?\d"),
    rule("de-clock-um", "TIME", _CLOCK_UM, clock, priority=1, cue=r"\d[.:][0-5]\d"),
    rule("de-clock-between", "TIME", _BETWEEN_START, clock, priority=1, cue="uhr"),
    # "um halb acht": "halb" makes it a clock time without "Uhr".
    rule("de-clock-half", "TIME",
         rf"(?<=\b[Uu]m\s)(?P<half>halb)\s+(?P<hw>{alternation(_CLOCK_WORDS)})\b(?!\s+Uhr)", clock_words,
         priority=1, cue="halb"),
    # "um Mitternacht": the end of that day, T24:00 (TimeML, HeidelTime); in a past clause
    # without a day of its own the midnight just passed, the end of the day before
    # ("Seit Mitternacht wurden 35 Angriffe geflogen").
    rule("de-midnight", "TIME", r"\b(?:um|gegen|nach|vor|bis|ab|seit)\s+(?:kurz\s+)?(?:(?:nach|vor)\s+)?(?P<t>Mitternacht)\b",
         lambda m, ctx: (ctx.sentence_day or ctx.anchor_date() - dt.timedelta(
             days=int(ctx.past and not _DAY_AFTER.match(m.string, m.end())))).isoformat() + "T24:00",
         priority=1),
]
