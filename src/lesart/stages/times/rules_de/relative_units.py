"""A week, month, year or decade named relative to the anchor or to the story: 'vergangene
Woche', 'Ende des Jahres', 'im Laufe des Tages', 'Vorjahr', 'Jahresende 2010', 'am selben
Tag', 'im Jahr darauf', 'im Folgejahr'."""
from __future__ import annotations

import datetime as dt
import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, rule
from .not_times import NOT_YEAR_AFTER
from .shared import L, MODW, REL, YEAR, rel_offset

_UNIT_WORDS = {"woche": "W", "wochenende": "WE", "monat": "M", "monats": "M", "jahr": "Y",
               "jahres": "Y", "jahrs": "Y", "jahrzehnt": "DE", "jahrzehnts": "DE",
               "jahrzehntes": "DE", "jahrhundert": "CE", "jahrhunderts": "CE", "tag": "D",
               "tages": "D"}


def relative_unit(m, ctx):
    unit = _UNIT_WORDS[m.group("unit").lower()]
    off = rel_offset(m.groupdict().get("rel"))
    story = ctx.story_day(m.start())
    if unit == "D" and off > 0 and story and ctx.narrative_year is not None and story.year != ctx.narrative_year:
        # "wies den Bericht am Dienstag zurück. Im Herbst 2022 hatte die Polizei erklärt, ... ihre Leiche erst
        # am nächsten Tag ... entdeckt": the story went back to a past year after the day last named; the
        # day after an unnamed day of that year is known to its year only
        return str(ctx.narrative_year)
    if unit == "D" and off > 0 and story:
        # "Am Dienstag kam er. Am folgenden Tag ...": the day after the one last named.
        day = story + dt.timedelta(days=off)
        ctx.last_day = day
        return day.isoformat()
    if unit == "Y" and off > 0 and ctx.narrative_year is not None and _FOLLOWING.match(m.group("rel")):
        # "1945 kam er nach Berlin. Im folgenden Jahr ...": the year after the story's,
        # as "im Jahr darauf" ("im nächsten Jahr" stays the anchor's: news speak of it so).
        return str(ctx.narrative_year + off)
    return r.relative_unit(ctx, unit, off)


_FOLLOWING = re.compile(r"(?i)(?:darauf\s*)?folgende")


def mod_unit(m, ctx):
    """'Ende des Jahres': the year just named in a narrative ('Erst 1991 ... Ab Ende des
    Jahres'), else the anchor's."""
    unit = _UNIT_WORDS[m.group("unit").lower()]
    if unit == "Y" and ctx.narrative_year is not None:
        return str(ctx.narrative_year)
    return r.relative_unit(ctx, unit, 0)


_COMPOUND = {"vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "vorjahrs": ("Y", -1),
             "heuer": ("Y", 0), "vormonat": ("M", -1), "vormonats": ("M", -1),
             "vorwoche": ("W", -1), "wochenende": ("WE", 0), "wochenendes": ("WE", 0), "jahresende": ("Y", 0),
             "jahresbeginn": ("Y", 0), "jahresanfang": ("Y", 0), "jahresmitte": ("Y", 0),
             "monatsende": ("M", 0), "monatsanfang": ("M", 0), "monatsbeginn": ("M", 0),
             "wochenbeginn": ("W", 0), "wochenanfang": ("W", 0), "wochenmitte": ("W", 0),
             "monatsmitte": ("M", 0), "diesjährigen": ("Y", 0), "diesjährige": ("Y", 0),
             "vorjährigen": ("Y", -1), "kriegsende": None}


def compound(m, ctx):
    word = m.group("w").lower()
    unit, off = _COMPOUND[word]
    if m.group("y"):            # "zu Jahresbeginn 2010"
        value = m.group("y")
    else:
        value = r.relative_unit(ctx, unit, off)
    mod = ("END" if "ende" in word and not word.startswith("wochenende") else "START" if ("beginn" in word or "anfang" in word)
           else "MID" if "mitte" in word else None)
    return value, "DATE", mod


def same_unit(m, ctx):
    unit = m.group("unit").lower()
    a = ctx.anchor_date()
    base = ctx.last_day or a
    if unit == "jahr":
        year = ctx.narrative_year if ctx.narrative_year is not None else base.year
        return str(year), "DATE"
    if unit == "monat":
        return r.month(base.year, base.month), "DATE"
    if unit == "woche":
        return r.week(base), "DATE"
    if unit in lx.PARTS_OF_DAY[L]:
        return base.isoformat() + "T" + lx.PARTS_OF_DAY[L][unit], "TIME"
    return base.isoformat(), "DATE"


def year_after(m, ctx):
    """'im Jahr darauf', 'ein Jahr zuvor': one year from the year of the story."""
    base = (ctx.narrative_year if ctx.narrative_year is not None
            else ctx.last_day.year if ctx.last_day else ctx.anchor_date().year)
    return str(base + (1 if m.group("dir").lower() in ("darauf", "danach", "folgejahr") else -1))


def unit_after(m, ctx):
    """'in der Woche darauf', 'im Monat zuvor', 'am Wochenende danach': the week, month or
    weekend after / before the day last named (else the anchor's)."""
    base = ctx.last_day or ctx.anchor_date()
    step = 1 if m.group("dir").lower() in ("darauf", "danach") else -1
    unit = m.group("unit").lower()
    if unit == "woche":
        return r.week(base + dt.timedelta(weeks=step))
    if unit == "monat":
        return r.month(*r.shift_months(base.year, base.month, step))
    # the first weekend after the day (its Saturday), or the last one before it
    saturday = base + dt.timedelta(days=(6 - base.isoweekday()) % 7 or 7) if step > 0 else \
        base - dt.timedelta(days=(base.isoweekday() - 6) % 7 or 7)
    return r.week(saturday) + "-WE"


RULES: list[Rule] = [
    rule("de-unit-after", "DATE",
         r"\b(?:in\s+der|im|am|das|dem|vom)\s+(?P<t>(?P<unit>Woche|Monat|Wochenende)\s+(?P<dir>darauf|danach|zuvor|davor))\b",
         unit_after, priority=2),
    rule("de-relative-unit", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[rsnm]|die|das)\s+)?(?P<rel>{REL})\s+(?P<unit>Wochenende|Woche|Monats?|Jahr(?:es|s)?|Jahrzehnts?|Tag(?:es)?)\b",
         relative_unit, priority=1),
    # "im Laufe des Tages / der Woche / des Jahres": this day (the day last named), week,
    # year; the article inside, as in KRAUTS' "[des Jahres]".
    rule("de-course-of-unit", "DATE",
         r"\b(?:[Ii]m\s+)?(?:Laufe?|Verlauf)\s+(?P<t>(?:der|des)\s+(?P<unit>Woche|Monats|Jahres|Tages))\b(?!\s+\d)",
         lambda m, ctx: ((ctx.last_day or ctx.anchor_date()).isoformat() if m.group("unit") == "Tages"
                         else mod_unit(m, ctx)), flags=0),
    rule("de-mod-unit", "DATE",
         rf"\b(?:{MODW})\s+(?:de[rs]\s+)?(?P<unit>Woche|Monats|Jahres|Jahrzehnts|Jahrhunderts)\b", mod_unit),
    rule("de-compound", "DATE", rf"\b(?:(?:{MODW})\s+(?:de[rsm]\s+)?)?(?P<w>{alternation(k for k, v in _COMPOUND.items() if v)})\b"
         rf"(?:(?:(?<=[Jj]ahresende)|(?<=[Jj]ahresbeginn)|(?<=[Jj]ahresanfang)|(?<=[Jj]ahresmitte))"
         rf"\s+(?P<y>{YEAR})\b{NOT_YEAR_AFTER})?",
         compound),
    # "am selben Tag", "im gleichen Jahr", "im Jahr darauf": the day or year just talked
    # about (the last day named, the year of the story), else the anchor's.
    rule("de-same-unit", "DATE",
         r"\b(?:am|im|in\s+der|zur|an\s+diesem|in\s+dieser)\s+(?P<t>(?:(?:selben|gleichen|demselben|derselben)\s+)?(?P<unit>Tag|Abend|Nacht|Morgen|Vormittag|Mittag|Nachmittag|Woche|Monat|Jahr))\b"
         r"(?<!\bam\sTag)(?<!\bam\sMorgen)(?<!\bam\sAbend)(?<!\bam\sMittag)(?<!\bim\sJahr)(?<!\bim\sMonat)"
         r"(?<!\bam\sVormittag)(?<!\bam\sNachmittag)(?<!\bin\sder\sNacht)(?<!\bin\sder\sWoche)(?<!\bzur\sNacht)(?<!\bzur\sWoche)",
         same_unit, priority=1),
    rule("de-year-after", "DATE",
         r"\b(?:im|ein|einem)\s+(?P<t>Jahr\s+(?P<dir>darauf|danach|zuvor|davor))\b", year_after, priority=1),
    # "im darauffolgenden Jahr": like "im Jahr darauf"
    rule("de-following-year-adj", "DATE",
         r"\b(?:im|des|dem|das|ins)\s+(?P<t>(?P<dir>darauf)\s*folgenden\s+Jahr(?:es|s)?)\b", year_after, priority=2),
    # "im Folgejahr", "des Folgejahres": like "im Jahr darauf"
    rule("de-following-year", "DATE",
         r"\b(?:im|des|dem|das|ins)\s+(?P<t>(?P<dir>Folgejahr)(?:es|s)?)\b", year_after, priority=1),
]
