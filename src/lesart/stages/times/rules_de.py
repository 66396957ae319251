"""German time rules (news register: Die Zeit, Dolomiten, agency copy)."""
from __future__ import annotations

from dataclasses import replace

import datetime as dt
import re

from . import lexicon as lx
from . import resolve as r
from .rules import Rule, alternation, decade_value, number, rule

L = "de"
MONTH = alternation(lx.MONTHS[L])
MONTH_BARE = alternation(w for w in lx.MONTHS[L] if w not in ("august", "mai") and not w.endswith("."))
WD = alternation(lx.WEEKDAYS[L])
POD = alternation(lx.PARTS_OF_DAY[L])
SEASON = alternation(lx.SEASONS[L])
NUM = alternation(lx.NUMBER_WORDS[L])
UNIT = alternation(lx.UNITS[L])
DECADE = alternation(lx.DECADE_WORDS[L])
PREV, THIS, NEXT = (alternation(lx.RELATIVE_WORDS[L][k]) for k in (-1, 0, 1))
REL = f"{PREV}|{THIS}|{NEXT}"
MODW = alternation(["anfang", "beginn", "mitte", "ende", "zu beginn", "zum ende"])
APPROX = alternation(w for k in ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE",
                                 "EQUAL_OR_LESS") for w in lx.MOD_WORDS[L][k])
YEAR = r"(?:1[0-9]|20)\d\d"
# A number that is not a year: followed by a unit or part of a larger number.
NOT_YEAR_AFTER = (r"(?![.,]\d|\d|-?[Jj]ährig|\s*(?:bis|-)\s*\d+\s*(?:Euro|Mark|Franken|Dollar|Lire|€)|\s*(?:Euro|€|Prozent|%|Meter|Kilo|km|m\b|Mio|Mill|"
                  r"Tonnen|Menschen|Personen|Mitglied|Einwohner|Stück|Dollar|Franken|Lire|Mark|DM|"
                  r"Schilling|Besucher|Teilnehmer|Zuschauer|Mitarbeiter|Arbeitspl|Stimmen|Höhenmeter|"
                  r"Kalorien|Seiten|S\.|Quadrat|Hektar|Liter|Fälle|Wohnungen|Kinder|Schüler))")
# A hyphen before a year is fine only in a range of years ("2009-2011").
# ... and approximation words make it a count: "rund 1500 Azubis".
NOT_YEAR_BEFORE = (r"(?<![\d.,€$/])(?<!\D-)(?<!Nr\. )(?<!Nummer )(?<!§ )(?<!rund )(?<!etwa )"
                   r"(?<!ca\. )(?<!knapp )(?<!mehr als )(?<!weniger als )(?<!insgesamt )(?<!circa )")


_DAY_SEP = r"(?:\s*(?:bis|-|–|und|sowie|,|am|zum|vom)\s*)+"


def _month(m: re.Match) -> int:
    return lx.MONTHS[L][m.group("mon").lower()]


def _rel_offset(word: str | None) -> int:
    if not word:
        return 0
    w = word.lower()
    for off, words in lx.RELATIVE_WORDS[L].items():
        if w in words:
            return off
    return 0


def _year_of(m: re.Match, ctx: r.Context) -> int:
    """An explicit year, or one given by 'des vergangenen Jahres' / 'nächsten Jahres'."""
    if m.groupdict().get("y"):
        return int(m.group("y"))
    return ctx.anchor_date().year + _rel_offset(m.groupdict().get("yrel"))


def full_date(m, ctx):
    y = m.group("y")
    year = int(y) if len(y) == 4 else 1900 + int(y) if int(y) > 30 else 2000 + int(y)
    try:
        return dt.date(year, int(m.group("mo")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def day_month(m, ctx):
    d, mon = int(m.group("d")), _month(m)
    if m.groupdict().get("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    return r.nearest_day_month(ctx, d, mon)


def month_year(m, ctx):
    return r.month(int(m.group("y")), _month(m))


def month_rel(m, ctx):
    if m.group("yrel"):
        return r.month(_year_of(m, ctx), _month(m))
    return r.nearest_month(ctx, _month(m))


def season(m, ctx):
    code = lx.SEASONS[L][m.group("season").lower()]
    if m.groupdict().get("y"):
        return f"{m.group('y')}-{code}"
    year = ctx.anchor_date().year + _rel_offset(m.groupdict().get("rel"))
    if not m.groupdict().get("rel"):
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        a = ctx.anchor_date()
        if ctx.future and not ctx.past:
            year = a.year if a.month <= start + 2 else a.year + 1
        elif a.month < start:
            year = a.year - 1
    return f"{year}-{code}"


def year(m, ctx):
    return m.group("y")


def decade(m, ctx):
    return decade_value(m.group("dec"), L)


def century(m, ctx):
    if m.groupdict().get("n"):
        return f"{int(m.group('n')) - 1:02d}"
    return r.relative_unit(ctx, "CE", _rel_offset(m.group("rel")))


_DAY_WORDS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}


def relative_day(m, ctx):
    word = m.group("rel").lower()
    pod = m.groupdict().get("pod")
    if word == "heute" and not pod and not _heute_is_date(m, ctx):
        return "PRESENT_REF", "DATE"
    if word == "morgen" and m.string[max(0, m.start() - 4):m.start()].lower() == "von ":
        return "FUTURE_REF", "DATE"
    d = ctx.anchor_date() + dt.timedelta(days=_DAY_WORDS[word])
    if pod:
        return d.isoformat() + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    ctx.last_day = d
    return d.isoformat(), "DATE"


# 'bis heute', or right after a dateline ("Bozen (lu). Heute ...", "BOZEN. Heute ...").
_HEUTE_DATE_BEFORE = re.compile(r"\b(?:bis|ab|seit)\s+$|\(\w{1,5}\)\.\s*$|\b[A-ZÄÖÜ]{3,}\.\s*$")
_HEUTE_DATE_AFTER = re.compile(
    r"^\s*(?:\(|,)?\s*(?:um|ab|von)?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|-)"
    r"|^\s*(?:abend|morgen|nachmittag|vormittag|früh)"
    r"|^\s*(?:\(|(?:und|oder|bis)\s+(?:morgen|übermorgen))", re.I)


def _heute_is_date(m, ctx) -> bool:
    """'heute' is a day in event notices and past clauses, else the generic present."""
    before = m.string[max(0, m.start() - 12):m.start()]
    after = m.string[m.end():m.end() + 25]
    if _HEUTE_DATE_BEFORE.search(before) or _HEUTE_DATE_AFTER.search(after):
        return True
    return False


def weekday(m, ctx):
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    rel = m.groupdict().get("rel")
    direction = 0
    if rel:
        off = _rel_offset(rel)
        direction = off if off else 1      # "diesen Sonntag" lies ahead
    value = r.nearest_weekday(ctx, wd, direction)
    ctx.last_day = dt.date.fromisoformat(value)
    pod = m.groupdict().get("pod")
    if pod:
        return value + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    return value, "DATE"


_UNIT_WORDS = {"woche": "W", "wochenende": "WE", "monat": "M", "monats": "M", "jahr": "Y",
               "jahres": "Y", "jahrs": "Y", "jahrzehnt": "DE", "jahrzehnts": "DE",
               "jahrzehntes": "DE", "jahrhundert": "CE", "jahrhunderts": "CE", "tag": "D",
               "tages": "D"}


def relative_unit(m, ctx):
    unit = _UNIT_WORDS[m.group("unit").lower()]
    return r.relative_unit(ctx, unit, _rel_offset(m.groupdict().get("rel")))


_COMPOUND = {"vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "vorjahrs": ("Y", -1),
             "heuer": ("Y", 0), "vormonat": ("M", -1), "vormonats": ("M", -1),
             "vorwoche": ("W", -1), "wochenende": ("WE", 0), "jahresende": ("Y", 0),
             "jahresbeginn": ("Y", 0), "jahresanfang": ("Y", 0), "jahresmitte": ("Y", 0),
             "monatsende": ("M", 0), "monatsanfang": ("M", 0), "monatsbeginn": ("M", 0),
             "wochenbeginn": ("W", 0), "diesjährigen": ("Y", 0), "diesjährige": ("Y", 0),
             "vorjährigen": ("Y", -1), "kriegsende": None}


def compound(m, ctx):
    word = m.group("w").lower()
    unit, off = _COMPOUND[word]
    value = r.relative_unit(ctx, unit, off)
    mod = ("END" if "ende" in word else "START" if ("beginn" in word or "anfang" in word)
           else "MID" if "mitte" in word else None)
    return value, "DATE", mod


def duration(m, ctx):
    unit = lx.UNITS[L][m.group("unit").lower()]
    n = number(m.group("n"), L) if m.groupdict().get("n") else None
    if m.groupdict().get("half"):
        n = 0.5 if n in (None, 1) else n
    return r.duration(n, unit)


def vague_duration(m, ctx):
    return r.duration(None, lx.UNITS[L][m.group("unit").lower()])


def lang_duration(m, ctx):
    unit = {"jahre": "Y", "monate": "M", "wochen": "W", "tage": "D", "stunden": "H",
            "jahrzehnte": "DE"}[m.group("u").lower()]
    return r.duration(None, unit)


def clock(m, ctx):
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    if h > 24 or mi > 59:
        return None
    return ctx.reference_day().isoformat() + r.clock(h, mi)


def part_of_day(m, ctx):
    code = lx.PARTS_OF_DAY[L][m.group("pod").lower()]
    base = ctx.last_day or ctx.anchor_date()
    return base.isoformat() + "T" + code


def set_word(m, ctx):
    return lx.SET_WORDS[L][m.group("w").lower()]


def set_pod(m, ctx):
    return "XXXX-XX-XXT" + lx.SET_PART_OF_DAY[L][m.group("w").lower()]


def set_every(m, ctx):
    w = m.group("u").lower()
    if w in lx.WEEKDAYS[L]:
        return f"XXXX-WXX-{lx.WEEKDAYS[L][w]}"
    n = number(m.group("n"), L) if m.groupdict().get("n") else 1
    if m.groupdict().get("paar"):
        n = None
    return r.duration(n, lx.UNITS[L][w])


def set_weekday(m, ctx):
    if m.group("monthly"):
        return "P1M"
    value = f"XXXX-WXX-{lx.WEEKDAYS[L][m.group('wd').lower()]}"
    if m.group("pod"):
        value += "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]
    return value


def day_before_after(m, ctx):
    """'Vortag', 'Tags darauf': one day from the last day mentioned (else the anchor)."""
    base = ctx.last_day or ctx.anchor_date()
    off = -1 if re.search(r"(?i)vortag|zuvor|davor", m.group(0)) else 1
    d = base + dt.timedelta(days=off)
    return d.isoformat()


def half_year(m, ctx):
    h = 1 if m.group("h").lower().startswith("erst") else 2
    y = m.group("y") or (str(ctx.anchor_date().year + _rel_offset(m.group("rel")))
                         if m.group("rel") else str(ctx.anchor_date().year))
    return f"{y}-H{h}"


def holiday(m, ctx):
    rule_ = lx.HOLIDAYS[L][re.sub(r"\s+", " ", m.group("h").lower())]
    if m.groupdict().get("y"):
        return r.day(r.holiday_date(rule_, int(m.group("y"))))
    return r.nearest_holiday(ctx, rule_)


def reference(value):
    return lambda m, ctx: value


def _reference_rules() -> list[Rule]:
    out = []
    for value, words in lx.REFERENCE_WORDS[L].items():
        out.append(rule(f"de-{value.lower()}", "DATE", rf"\b(?P<t>{alternation(words)})\b",
                        reference(value), relative=False, priority=-1))
    return out


_RANGE_END = (r"(?=\s*(?:[-–]|bis)\s*\d{1,2}(?:[.:]\d\d)?(?:\s*Uhr\b|\s+und\s+\d{1,2}(?:[.:]\d\d)?\s*[-–])"
              r"|\s+und\s+\d{1,2}[.:]\d\d\s*Uhr\b)")
_RANGE_MID = r"(?<=[-–])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?(?=\s+und\s+\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d)"

RULES: list[Rule] = [
    rule("de-full-date", "DATE",
         rf"(?<![\d.])(?:(?:{WD}),?\s+(?:den\s+)?)?(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.\s?(?P<y>{YEAR}|\d\d)\b(?![.,]\d)",
         full_date, relative=False, priority=3),
    rule("de-day-month", "DATE",
         rf"(?<![\d.])(?:(?:{WD}),?\s+(?:de[nm]\s+)?)?(?P<d>[0-3]?\d)\.\s*(?P<mon>{MONTH})(?![\w])(?:\s+(?P<y>{YEAR})\b)?",
         day_month, priority=3),
    rule("de-day-range-start", "DATE",
         rf"(?<![\d.])(?P<t>(?P<d>[0-3]?\d)\.?)(?={_DAY_SEP}(?:[0-3]?\d\.?{_DAY_SEP})*[0-3]?\d\.\s*(?P<mon>{MONTH}))",
         day_month, priority=2),
    rule("de-month-year", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?P<mon>{MONTH})(?![\w])\s+(?P<y>{YEAR})\b", month_year,
         relative=False, priority=2),
    rule("de-month-range-start", "DATE",
         rf"\b(?P<mon>{MONTH})(?![\w])(?=\s*(?:und|bis|-|–)\s*(?:{MONTH})\s+(?P<y>{YEAR})\b)",
         month_year, relative=False, priority=2),
    rule("de-month-mod", "DATE",
         rf"\b(?:{MODW})\s+(?P<mon>{MONTH})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>{REL})\s+Jahres)?",
         month_rel, priority=2),
    rule("de-month-cue", "DATE",
         rf"\b(?:im|seit|bis|ab|vom|zum|nach|vor|Monat|den|dem|des|zwischen|und|oder|Mitte|Ende|Anfang|Beginn|im\s+Monat)\s+"
         rf"(?P<t>(?P<mon>{MONTH})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>{REL})\s+Jahres)?)",
         month_rel, priority=1),
    rule("de-month-bare", "DATE",
         rf"\b(?P<mon>{MONTH_BARE})(?![\w])(?:\s+(?:des\s+)?(?P<yrel>{REL})\s+Jahres)?", month_rel,
         flags=0),
    rule("de-season-year", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?P<season>{SEASON})\s+(?:des\s+Jahres\s+)?(?P<y>{YEAR})\b",
         season, relative=False, priority=2),
    rule("de-season", "DATE",
         rf"\b(?:im|seit|bis|ab|vom|zum|nach|den|dem|des|ganzen|diese[mns]?|(?:im\s+)?(?P<rel>{REL}))\s+(?P<t>(?:(?P<rel2>{REL})\s+)?(?P<season>{SEASON})\b)",
         season, priority=1),
    rule("de-decade", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[nr]|die)\s+)?(?P<dec>{DECADE}|(?:1[0-9]|20)?\d0er)(?:\s*-?\s*Jahren?|\b)",
         decade, relative=False, priority=2),
    rule("de-century", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[smn]|das)\s+)?(?P<n>[12]?\d)\.\s*Jahrhunderts?\b",
         century, relative=False, priority=2),
    rule("de-century-rel", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[smn]|das)\s+)?(?P<rel>{REL})\s+Jahrhunderts?\b",
         century, priority=1),
    rule("de-year", "DATE",
         rf"{NOT_YEAR_BEFORE}\b(?:(?:de[sm]\s+)?Jahr(?:es|e)?\s+)?(?P<y>{YEAR})\b{NOT_YEAR_AFTER}",
         year, relative=False),
    rule("de-relative-day", "DATE",
         r"\b(?P<rel>[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen)(?:\s+(?P<pod>früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht)\b)?\b(?!-)",
         relative_day, priority=1, flags=0),
    rule("de-weekday-pod", "TIME", rf"\b(?P<wd>{WD})(?P<pod>{POD})\b", weekday, priority=2),
    rule("de-weekday", "DATE",
         rf"(?<![\w-])(?:(?:de[rnm]|die)\s+(?=(?:{REL})\s))?(?:(?P<rel>{REL})\s+)?(?P<wd>{WD})(?![\w-])"
         rf"(?:\s+(?P<pod>{POD})\b)?",
         weekday, priority=1),
    rule("de-relative-unit", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[rsnm]|die|das)\s+)?(?P<rel>{REL})\s+(?P<unit>Wochenende|Woche|Monats?|Jahr(?:es|s)?|Jahrzehnts?|Tag(?:es)?)\b",
         relative_unit, priority=1),
    rule("de-mod-unit", "DATE",
         rf"\b(?:{MODW})\s+(?:de[rs]\s+)?(?P<unit>Woche|Monats|Jahres)\b", relative_unit),
    rule("de-compound", "DATE", rf"\b(?:(?:{MODW})\s+(?:de[rsm]\s+)?)?(?P<w>{alternation(k for k, v in _COMPOUND.items() if v)})\b",
         compound),
    rule("de-duration", "DURATION",
         rf"\b(?:(?:den|die|der)\s+(?=(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)\b))?"
         rf"(?:(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)\s+)?"
         rf"(?:(?:{APPROX})\s+)?(?<!mit )(?<!von )(?<!ab )(?<!bis )(?<!unter )(?P<n>{NUM}|\d+(?:,\d+)?)\s+(?:(?P<half>halbes|halben)\s+|"
         rf"(?:knappes|gutes|ganzes|volles|[a-zäöüß]{{3,}}(?:e|en|er|es))\s+)?"
         rf"(?P<unit>{UNIT})\b(?!\s+(?:alt|jung|älter|jünger)\w*)(?:\s+lang\b)?",
         duration, relative=False, priority=1),
    rule("de-duration-compound", "DURATION",
         rf"\b(?P<n>{NUM}|\d+)\s+(?:[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][a-zäöüß]+(?P<unit>tage|tagen|wochen|monate|monaten|jahre|jahren|stunden)\b",
         duration, relative=False, flags=0),
    rule("de-duration-adjective", "DURATION",
         rf"\b(?P<n>{NUM}|\d+)-?(?P<u>wöchig|monatig|tägig|stündig)(?:e[nmrs]?)?\b",
         lambda m, ctx: r.duration(number(m.group("n"), L),
                                   {"wöchig": "W", "monatig": "M", "tägig": "D", "stündig": "H"}[m.group("u").lower()]),
         relative=False),
    rule("de-duration-hyphen", "DURATION", rf"\b(?P<n>\d+)-(?P<unit>Stunden|Tage|Jahres)-?\w*",
         duration, relative=False),
    rule("de-duration-vague", "DURATION",
         rf"\b(?:(?:den|die)\s+)?(?:vergangenen|letzten|kommenden|nächsten|einigen|einige|mehreren|mehrere|wenigen|wenige|ein\s+paar|vielen|viele|langen|lange|über)\s+"
         r"(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Jahrzehnten|Jahrzehnte|Stunden)\b",
         vague_duration, relative=False),
    rule("de-duration-bare", "DURATION",
         r"(?:(?<=\b[Ss]eit\s)|(?<=\b[Vv]or\s)|(?<=\b[Nn]ach\s))(?P<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)\b",
         vague_duration, relative=False, flags=0),
    rule("de-duration-lang", "DURATION",
         r"\b(?P<u>jahre|monate|wochen|tage|stunden|jahrzehnte)lang(?:e[nmrs]?)?\b",
         lang_duration, relative=False),
    rule("de-clock", "TIME",
         r"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?\s*Uhr\b", clock, priority=1),
    rule("de-clock-range-start", "TIME",
         rf"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?{_RANGE_END}", clock, priority=1),
    rule("de-clock-range-mid", "TIME", _RANGE_MID, clock, priority=1),
    rule("de-part-of-day", "TIME",
         rf"\b(?:am|gegen|in\s+der|zur|über)\s+(?P<t>(?:(?:späten|frühen)\s+)?(?P<pod>{POD}))\b",
         part_of_day, priority=0),
    rule("de-set-word", "SET",
         rf"\b(?P<w>{alternation(lx.SET_WORDS[L])})(?:e[nmrs]?)?\b", set_word, relative=False),
    rule("de-set-pod", "SET", rf"\b(?P<w>{alternation(lx.SET_PART_OF_DAY[L])})\b", set_pod,
         relative=False),
    rule("de-set-every", "SET",
         rf"\b(?:jede[nsm]?|alle)\s+(?:(?P<n>{NUM}|\d+)\s+|(?P<paar>paar)\s+)?(?P<u>{UNIT}|{WD})\b",
         set_every, relative=False),
    rule("de-set-weekday", "SET",
         rf"\b(?:jede[nsm]?|immer)\s+(?:(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+)?(?P<wd>{WD})(?P<pod>{POD})?s?\b(?P<monthly>\s+im\s+Monat)?",
         set_weekday, relative=False, priority=2),
    rule("de-set-per", "SET", rf"\b(?:pro|je|einmal\s+im|zweimal\s+im)\s+(?P<u>Jahr|Monat|Woche|Tag|Stunde)\b",
         set_every, relative=False),
    rule("de-set-repeat", "SET", r"\b(?P<u>Jahr|Tag|Woche|Monat)\s+(?:um|für)\s+(?:Jahr|Tag|Woche|Monat)\b",
         set_every, relative=False),
    rule("de-day-before-after", "DATE",
         r"\b(?:(?:am|vom)\s+)?(?P<t>Vortag(?:es)?|Tag(?:e|es)?\s+(?:zuvor|davor|darauf|danach)|Tags\s+(?:zuvor|darauf)|Folgetag(?:es)?)\b",
         day_before_after),
    rule("de-half-year", "DATE",
         rf"\b(?:de[rmn]\s+|das\s+)?(?P<h>ersten|zweiten|erste|zweite)\s+(?:Jahreshälfte|Halbjahr(?:es)?)(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres)?\b",
         half_year, priority=1),
    rule("de-tomorrow-initial", "DATE", r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<rel>Morgen)\b(?!\s*(?:früh|abend))",
         lambda m, ctx: (ctx.anchor_date() + dt.timedelta(days=1)).isoformat(), flags=0),
    rule("de-holiday", "DATE",
         rf"\b(?P<h>{alternation(lx.HOLIDAYS[L])})(?:\s+(?P<y>{YEAR}))?\b", holiday),
    *_reference_rules(),
]

# The trigger words each rule needs (see triggers.py); rules not listed need a digit.
NEEDS = {
    "de-month-range-start": ("month",), "de-month-mod": ("month",), "de-month-cue": ("month",), "de-month-bare": ("month",),
    "de-season": ("season",), "de-decade": ("decade", "digit"),
    "de-century-rel": ("unit",), "de-relative-day": ("relday",),
    "de-weekday-pod": ("weekday",), "de-weekday": ("weekday",), "de-relative-unit": ("unit", "compound"),
    "de-mod-unit": ("unit",), "de-compound": ("compound",), "de-duration": ("unit",),
    "de-duration-vague": ("unit",), "de-duration-compound": ("digit", "number"),
    "de-duration-adjective": ("digit", "number"), "de-duration-bare": ("unit",), "de-duration-lang": ("unit",),
    "de-part-of-day": ("pod",), "de-set-word": ("set",), "de-set-pod": ("pod",),
    "de-set-every": ("set",), "de-set-weekday": ("weekday",), "de-set-per": ("set",),
    "de-set-repeat": ("unit",), "de-day-before-after": ("compound",),
    "de-half-year": ("compound",), "de-tomorrow-initial": ("relday", "pod"),
    "de-holiday": ("holiday",),
}
RULES = [replace(r, needs=("ref",) if r.name.endswith("_ref") else NEEDS.get(r.name, ("digit",)))
         for r in RULES]
