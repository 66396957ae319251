"""English time rules (news register; TimeML/TimeBank conventions)."""
from __future__ import annotations

from dataclasses import replace

import datetime as dt
import re

from . import lexicon as lx
from . import resolve as r
from .rules import Rule, alternation, decade_value, number, rule

L = "en"
# Month and weekday names are matched capitalised only ('may', 'march' are verbs).
_cap = lambda words: "|".join(re.escape(w[:1].upper() + w[1:]) for w in
                              sorted(words, key=len, reverse=True))
MONTH = _cap(lx.MONTHS[L])
MONTH_SAFE = _cap(w for w in lx.MONTHS[L] if w != "may")
WD = _cap(lx.WEEKDAYS[L])
POD = alternation(lx.PARTS_OF_DAY[L])
SEASON = alternation(lx.SEASONS[L])
NUM = alternation(lx.NUMBER_WORDS[L])
UNIT = alternation(lx.UNITS[L])
DECADE = alternation(lx.DECADE_WORDS[L])
APPROX = alternation(w for k in ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE",
                                 "EQUAL_OR_LESS") for w in lx.MOD_WORDS[L][k])
YEAR = r"(?:1[0-9]|20)\d\d"
MODW = r"(?:[Ee]arly|[Ll]ate|[Mm]id-?|the\s+(?:beginning|start|middle|end)\s+of)"
NOT_YEAR_AFTER = (r"(?![.,]\d|\d|-year|\s*(?:%|percent|people|troops|soldiers|dollars|euros|"
                  r"pounds|miles|km|kilomet|meters|metres|feet|tons|tonnes|units|votes|cases|"
                  r"deaths|jobs|members|residents|workers|barrels|homes|pages|pixels|p\b|Ti\b|"
                  # "of 1119 Eighth St.": a house number
                  r"(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd)))"
                  # "increased from 1061 to 1128": a count's change, unless the second number is a year too
                  r"(?!(?<=from \d\d\d\d)\s+to\s+(?!(?:1[89]|20)\d\d\b)\d)")
# product and norm numbers ("GTX 1660", "ISO 9001"), and the second number of a count's change ("from 1061 to 1128")
NOT_YEAR_BEFORE = (r"(?<![\d.,$€£/-])(?<!No\. )(?<!GTX )(?<!RTX )(?<!ISO )"
                   r"(?<!(?<!(?:1[89]|20)\d\d)(?<=\d) to )")
# "New Year's Day" is written with either apostrophe.
HOLIDAY = alternation(lx.HOLIDAYS[L]).replace("'", "['\u2019]")


def _month(m) -> int:
    return lx.MONTHS[L][m.group("mon").lower()]


def _offset(word: str | None) -> int:
    if not word:
        return 0
    w = re.sub(r"\s+", " ", word.lower())
    for off, words in lx.RELATIVE_WORDS[L].items():
        if w in words:
            return off
    return 0


def day_month(m, ctx):
    d, mon = int(m.group("d")), _month(m)
    if m.group("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    if (d, mon) == (11, 9) and r.september_eleven(ctx, m.string, m.start(), m.end()):
        value = "2001-09-11"
    else:
        value = r.nearest_day_month(ctx, d, mon)
    ctx.last_day = dt.date.fromisoformat(value)
    return value


def numeric_date(m, ctx):
    try:
        return dt.date(int(m.group("y")), int(m.group("mo")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def month_year(m, ctx):
    return r.month(int(m.group("y")), _month(m))


def month_rel(m, ctx):
    # "last May" or "May last year": the year named by the word before or after the month
    rel = m.groupdict().get("rel") or m.groupdict().get("rel2")
    if rel:
        return r.month(ctx.anchor_date().year + _offset(rel), _month(m))
    return r.nearest_month(ctx, _month(m))


def year(m, ctx):
    return m.group("y")


# "a woman in her 80s", "in their early 20s": an age, not a decade
_AGE_BEFORE = re.compile(r"\b(?:his|her|our|its|my|their|your)\s+$", re.I)


def decade(m, ctx):
    if re.fullmatch(r"'?\d0s", m.group("dec")) and _AGE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    return decade_value(m.group("dec"), L)


def century(m, ctx):
    return f"{int(m.group('n')) - 1:02d}"


def season(m, ctx):
    code = lx.SEASONS[L][m.group("season").lower()]
    if m.groupdict().get("y"):
        return f"{m.group('y')}-{code}"
    a = ctx.anchor_date()
    rel = m.groupdict().get("rel")
    year = a.year + _offset(rel)
    if not rel:
        start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if ctx.future and not ctx.past:
            year = a.year if a.month <= start + 2 else a.year + 1
        elif a.month < start:
            year = a.year - 1
    return f"{year}-{code}"


_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}


def relative_day(m, ctx):
    word = m.group("rel").lower()
    d = ctx.anchor_date() + dt.timedelta(days=_DAYS[word])
    pod = m.groupdict().get("pod")
    if word == "tonight":
        return d.isoformat() + "TNI", "TIME"
    if pod:
        return d.isoformat() + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    return d.isoformat(), "DATE"


def this_pod(m, ctx):
    if _title_case_after_a_name(m):
        return None     # a show's name: 'Speaking to “CBS This Morning” Monday'
    a = ctx.anchor_date()
    if m.group("rel").lower() in ("last", "yesterday") :
        a -= dt.timedelta(days=1)
    return a.isoformat() + "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]


_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|any)\s+$")


def weekday(m, ctx):
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    rel = m.groupdict().get("rel")
    if not rel and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        pod = m.groupdict().get("pod")
        return r.unanchored_weekday(wd, lx.PARTS_OF_DAY[L][pod.lower()] if pod else None)
    direction = 0
    if rel:
        off = _offset(rel)
        direction = off if off else 1
    value = r.nearest_weekday(ctx, wd, direction)
    ctx.last_day = dt.date.fromisoformat(value)
    pod = m.groupdict().get("pod")
    if pod:
        return value + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME"
    return value, "DATE"


_UNIT = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "decade": "DE",
         "century": "CE", "day": "D"}


def relative_unit(m, ctx):
    rel = m.groupdict().get("rel") or "this"
    unit = _UNIT[m.group("unit").lower()]
    off = _offset(rel)
    word = (m.groupdict().get("pre") or "").lower()
    mod = ("START" if word.startswith(("early", "the beginning", "the start"))
           else "END" if word.startswith(("late", "the end")) else "MID" if word.startswith("mid")
           else None)
    return r.relative_unit(ctx, unit, off), "DATE", mod


def ago(m, ctx):
    unit = lx.UNITS[L][m.group("unit").lower()]
    n = number(m.group("n"), L) if m.group("n") else None
    a = ctx.anchor_date()
    if n is None or not float(n).is_integer():
        return "PAST_REF"
    n = int(n)
    if unit == "Y":
        return f"{a.year - n:04d}"
    if unit == "M":
        y, mo = r.shift_months(a.year, a.month, -n)
        return r.month(y, mo)
    if unit == "W":
        return r.week(a - dt.timedelta(weeks=n))
    if unit == "D":
        return (a - dt.timedelta(days=n)).isoformat()
    if unit == "DE":
        return f"{(a.year - 10 * n) // 10:03d}"
    return "PAST_REF"


def duration(m, ctx):
    unit = lx.UNITS[L][m.group("unit").lower()]
    n = number(m.group("n"), L) if m.groupdict().get("n") else 1
    if m.groupdict().get("half"):
        n = (n or 0) + 0.5
    return r.duration(n, unit)


def vague_duration(m, ctx):
    return r.duration(None, lx.UNITS[L][m.group("unit").lower()])


def clock(m, ctx):
    h, mi = int(m.group("h")), int(m.group("mi") or 0)
    ampm = (m.groupdict().get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    after = _WEEKDAY_AFTER.match(m.string, m.end())
    if after and after.group("some"):      # "at 2:30pm on a Monday": some Monday's afternoon, no date
        return f"XXXX-WXX-{lx.WEEKDAYS[L][after.group('wd').lower()]}" + r.clock(h, mi)
    if after:                              # "at 2:30pm on Monday": that Monday's
        return r.nearest_weekday(ctx, lx.WEEKDAYS[L][after.group("wd").lower()]) + r.clock(h, mi)
    return ctx.reference_day().isoformat() + r.clock(h, mi)


# The day after a clock time: "at 2:30pm on Monday", "at 2:30pm on a Monday".
_WEEKDAY_AFTER = re.compile(rf"\s+on\s+(?P<some>(?:a|an|any)\s+)?(?P<wd>{WD})\b", re.I)


# A capitalised frequency word inside a name: after a possessive ("the People’s Daily") or a capitalised word
# ("Breitbart News Daily airs on SiriusXM"), or before another
# capitalised word outside a title-case line ("the Daily Mail reported", "The Weekly Standard"): a
# newspaper's or a show's name, no SET (Scrapinghub dev: "On Monday, the People’s Daily, the mouthpiece").
_POSSESSIVE_BEFORE = re.compile(r"[A-Z]\w*['’]s\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+$")


def _title_case_after_a_name(m) -> bool:
    """Every word of the match capitalised, right after a capitalised word that does not end a sentence: a
    programme's or a paper's name ('CBS This Morning', 'Breitbart News Daily')."""
    text, s = m.string, m.start()
    return all(w[:1].isupper() for w in m.group(0).split()) \
        and _CAPITALISED_BEFORE.search(text, max(0, s - 40), s) is not None and not _title_line(text, s, m.end())


def _title_line(text: str, s: int, e: int) -> bool:
    """Most words of the line capitalised and no full stop at its end: a headline in title case ("Despite The
    Monthly Fee, You're Still Buying Games"), not a sentence full of names."""
    line = text[text.rfind("\n", 0, s) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1].rstrip()
    if line.endswith((".", "!", "?", ".”", '."', ".’")):
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", line) if len(w) > 3]
    return sum(w[0].isupper() for w in words) * 2 > len(words)


def _in_a_name(m) -> bool:
    text, s, e = m.string, m.start("w"), m.end("w")
    if not text[s].isupper():
        return False
    if _POSSESSIVE_BEFORE.search(text, max(0, s - 40), s) or _title_case_after_a_name(m):
        return True
    return _CAPITAL_AFTER.match(text, e) is not None and not _title_line(text, s, e)


def set_word(m, ctx):
    if _in_a_name(m):
        return None
    return lx.SET_WORDS[L][m.group("w").lower()]


def set_every(m, ctx):
    w = m.group("u").lower()
    if w.capitalize() in lx.WEEKDAYS[L] or w in lx.WEEKDAYS[L]:
        return f"XXXX-WXX-{lx.WEEKDAYS[L][w]}"
    n = number(m.group("n"), L) if m.groupdict().get("n") else 1
    return r.duration(n, lx.UNITS[L][w])


def quarter(m, ctx):
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4}[
        m.group("q").lower()]
    y = m.group("y") or str(ctx.anchor_date().year)
    return f"{y}-Q{q}"


def shopping_day(m, ctx):
    """Black Friday, Cyber Monday: the season's one nearest the anchor, whatever the tense
    ('has dropped to Black Friday levels' in November speaks of this year's)."""
    rule_ = lx.HOLIDAYS[L][re.sub(r"\s+", " ", m.group("h").lower())]
    if m.groupdict().get("y"):
        return r.day(r.holiday_date(rule_, int(m.group("y"))))
    a = ctx.anchor_date()
    cands = [r.holiday_date(rule_, y) for y in (a.year - 1, a.year, a.year + 1)]
    return r.day(min(cands, key=lambda c: abs((c - a).days)))


def holiday(m, ctx):
    rule_ = lx.HOLIDAYS[L][re.sub(r"\s+", " ", m.group("h").lower()).replace("’", "'")]
    if m.groupdict().get("y"):
        return r.day(r.holiday_date(rule_, int(m.group("y"))))
    return r.nearest_holiday(ctx, rule_)


def reference(value):
    return lambda m, ctx: value


def _later(m, ctx):
    """A bare 'later' in a clause told in the past ('Later, in remarks at the party headquarters, Esper
    said', 'He later said') is later than the story's last moment, no future of the publication: no
    expression (German 'später' alone is none either); ahead of a future or tenseless clause it is
    FUTURE_REF ('We will talk about it later')."""
    if m.group("t").lower() == "later" and ctx.tense == "past" and not ctx.tenseless \
            and not _LATER_TODAY.match(m.string, m.end()):
        return None
    return "FUTURE_REF"


# 'later on Wednesday', 'later today', 'later this week': the day's or week's rest, as before
_LATER_TODAY = re.compile(r"\s+(?:on\s+\w+day|today|tonight|this\s+(?:morning|afternoon|evening|week|month|year))\b",
                          re.IGNORECASE)


def _reference_rules() -> list[Rule]:
    out = []
    for value, words in lx.REFERENCE_WORDS[L].items():
        if value == "PAST_REF":
            words = [w for w in words if w not in ("once", "earlier")]
        out.append(rule(f"en-{value.lower()}", "DATE", rf"\b(?P<t>{alternation(words)})\b",
                        _later if value == "FUTURE_REF" else reference(value), relative=False, priority=-1))
    return out


RULES: list[Rule] = [
    rule("en-month-day-year", "DATE",
         rf"\b(?:(?:{WD}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>{YEAR})\b)?",
         day_month, priority=3, flags=0),
    rule("en-day-month-year", "DATE",
         rf"\b(?:(?:{WD}),?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?",
         day_month, priority=3, flags=0),
    # Day ranges name both ends: "January 7-9" (the 9th is a date of January too) and
    # "7-9 January" (so is the 7th).  Not before a unit or clock ("Jan. 7 to 10 p.m.",
    # "March 3 and 4 million").
    rule("en-month-day-range-end", "DATE",
         rf"\b(?P<mon>{MONTH})\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|–|to|through|and|until)\s*"
         rf"(?P<t>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]?\d|\s*(?:%|percent|per\s?cent|million|billion|"
         rf"thousand|[ap]\.?m\b|o'clock))(?:,?\s+(?P<y>{YEAR})\b)?)",
         day_month, priority=2, flags=0),
    # ... and the year after the range is the first day's too ("Dec. 1-3, 2009").
    rule("en-month-day-range-start", "DATE",
         rf"\b(?P<t>(?:(?:{WD}),?\s+)?(?P<mon>{MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)(?=\s*(?:-|–|to|through|and|until)\s*"
         rf"[0-3]?\d(?:st|nd|rd|th)?,?\s+(?P<y>{YEAR})\b)",
         day_month, priority=4, flags=0),
    rule("en-day-range-start", "DATE",
         rf"(?<![\d.,$£€])\b(?P<t>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)(?=\s*(?:-|–|to|through|and|until)\s*"
         rf"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH})\b(?:,?\s+(?P<y>{YEAR})\b)?)",
         day_month, priority=2, flags=0),
    rule("en-iso-date", "DATE", rf"\b(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b",
         numeric_date, relative=False, priority=3),
    rule("en-month-year", "DATE",
         rf"\b(?:{MODW}\s*)?(?P<mon>{MONTH})(?:,|\s+of)?\s+(?P<y>{YEAR})\b", month_year,
         relative=False, priority=2, flags=0,
         cue=MONTH),
    rule("en-month-range-start", "DATE",
         rf"\b(?P<mon>{MONTH})(?=\s*(?:and|to|until|through|-|–)\s*(?:{MONTH})\s+(?P<y>{YEAR})\b)",
         month_year, relative=False, priority=2, flags=0),
    rule("en-month-mod", "DATE",
         rf"\b{MODW}\s*(?P<mon>{MONTH})\b(?:\s+(?P<rel>last|this|next)\s+year)?", month_rel,
         priority=2, flags=0),
    rule("en-month-cue", "DATE",
         rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Oo]f|[Dd]uring|[Bb]efore|[Aa]fter|through|and|or|[Ll]ast|[Tt]his|[Nn]ext)\s+"
         rf"(?P<t>(?:(?P<rel>last|this|next)\s+)?(?P<mon>{MONTH})\b(?:\s+(?P<rel2>last|this|next)\s+year)?)",
         month_rel, priority=1, flags=0),
    rule("en-month-bare", "DATE", rf"\b(?P<mon>{MONTH_SAFE})\b(?!\s+(?:[A-Z]|\d))", month_rel, flags=0),
    rule("en-season-year", "DATE",
         rf"\b(?:{MODW}\s*)?(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?P<y>{YEAR})\b", season,
         relative=False, priority=2, cue=SEASON),
    rule("en-season", "DATE",
         rf"\b(?:(?:in|during|since|by|until|over)\s+(?:the\s+)?)(?P<t>(?:(?P<rel>last|this|next|the coming)\s+)?(?P<season>{SEASON}))\b",
         season, priority=1),
    rule("en-season-rel", "DATE", rf"\b(?P<rel>last|this|next)\s+(?P<season>{SEASON})\b",
         season, priority=1),
    rule("en-decade", "DATE",
         rf"\b(?:{MODW}\s*)?(?:the\s+)?(?P<dec>(?:1[0-9]|20)\d0s|'?\d0s|{DECADE})\b", decade,
         relative=False, priority=2,
         cue=rf"\d0s|{DECADE}"),
    rule("en-century", "DATE",
         rf"\b(?:{MODW}\s*)?(?:the\s+)?(?P<n>[12]?\d)(?:st|nd|rd|th)\s+century\b", century,
         relative=False, priority=2, cue="century"),
    rule("en-quarter", "DATE",
         rf"\b(?:the\s+)?(?:(?P<q>first|second|third|fourth)\s+quarter|Q(?P<q2>[1-4]))(?:\s+(?:of\s+)?(?P<y>{YEAR}))?\b",
         lambda m, ctx: quarter(_QuarterMatch(m), ctx), priority=2),
    rule("en-year", "DATE",
         rf"{NOT_YEAR_BEFORE}\b(?:(?:fiscal|the\s+year)\s+)?(?P<y>{YEAR})\b{NOT_YEAR_AFTER}", year,
         relative=False),
    rule("en-relative-day", "DATE",
         # not the newspaper: "said in an interview with USA TODAY"
         rf"(?<!USA\s)\b(?P<rel>yesterday|today|tomorrow|tonight)(?:\s+(?P<pod>morning|afternoon|evening|night))?\b",
         relative_day, priority=1),
    rule("en-this-pod", "TIME",
         r"\b(?P<rel>this|last)\s+(?P<pod>morning|afternoon|evening|night)\b", this_pod, priority=1),
    rule("en-weekday", "DATE",
         # not the day of a feast name ("Black Friday deals", "Cyber Monday")
         rf"\b(?<!Black )(?<!Cyber )(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?(?P<wd>{WD})(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?\b",
         weekday, priority=1, flags=0),
    rule("en-relative-unit", "DATE",
         rf"\b(?:(?P<pre>earlier|later|early|late|mid-?|the\s+(?:beginning|start|middle|end)\s+of)\s+)?"
         rf"(?P<rel>last|this|next|the\s+coming|the\s+current|the\s+previous|the\s+past)\s+(?P<unit>week|weekend|month|year|decade|century)\b(?!s)",
         relative_unit, priority=1),
    rule("en-the-weekend", "DATE", r"\b(?:over|during|at|on)\s+the\s+(?P<t>(?P<unit>weekend))\b",
         relative_unit),
    rule("en-ago", "DATE",
         rf"\b(?:(?:{APPROX})\s+)?(?P<n>{NUM}|\d+(?:\.\d+)?|a\s+few|several|many)\s+(?P<unit>{UNIT})\s+ago\b",
         ago, priority=2),
    rule("en-duration", "DURATION",
         rf"\b(?:(?:the|its|their|his|her)\s+(?:past|last|next|first|coming|previous|following)\s+)?"
         rf"(?:(?:{APPROX})\s+)?(?P<n>{NUM}|\d+(?:\.\d+)?)(?:\s+and\s+(?P<half>a\s+half))?[\s-]+(?:(?:more|full|straight|consecutive)\s+)?(?P<unit>{UNIT})\b"
         # '43-year-old' is an age; 'a second panel' an ordinal.
         r"(?!-old)(?<!a second)(?<!A second)(?:-long)?"
         # 'two months later' is one expression, as German 'zwei Monate später' (KRAUTS), not
         # a duration and a vague future 'later'
         r"(?:\s+(?:later|earlier))?",
         duration, relative=False, priority=1),
    rule("en-duration-past", "DURATION",
         r"\b(?:the|its|their)\s+(?:past|last|next|coming|previous|following)\s+(?P<unit>year|month|week|decade)\b",
         duration, relative=False, priority=0),
    rule("en-duration-vague", "DURATION",
         r"\b(?:(?:the\s+)?(?:past|last|coming|next)\s+)?(?:several|many|a\s+few|few|recent|the\s+past\s+few|some)\s+"
         r"(?P<unit>years|months|weeks|days|decades|hours)\b",
         vague_duration, relative=False),
    rule("en-duration-bare", "DURATION",
         r"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bover\s))(?P<unit>years|months|weeks|decades|hours)\b",
         vague_duration, relative=False),
    rule("en-duration-relative", "DURATION",
         r"\b(?P<unit>years|months|weeks|days|decades|hours)(?=\s+(?:before|after|later|earlier)\b)",
         vague_duration, relative=False, priority=-1),
    rule("en-clock", "TIME",
         r"(?<![\d.:])(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)(?!\w)", clock,
         priority=1,
         cue=r"\d(?::[0-5]\d)?\s*[ap]\.?m"),
    rule("en-clock-24", "TIME", r"(?<![\d.:])(?P<h>[012]?\d):(?P<mi>[0-5]\d)(?![\d:])(?!\s*[ap]\.?m)",
         clock,
         cue=r"\d:[0-5]\d"),
    rule("en-noon", "TIME", r"\b(?P<t>noon|midnight)\b",
         lambda m, ctx: ctx.reference_day().isoformat() + ("T12:00" if m.group("t").lower() == "noon" else "T24:00")),
    rule("en-set-word", "SET", rf"\b(?P<w>{alternation(lx.SET_WORDS[L])})\b", set_word,
         relative=False),
    rule("en-set-every", "SET",
         rf"\b(?:every|each)\s+(?:(?P<n>{NUM}|\d+)\s+)?(?P<u>{UNIT}|{alternation(lx.WEEKDAYS[L])})\b",
         set_every, relative=False),
    # "on Mondays", "Tuesdays and Thursdays": every such day
    rule("en-set-weekdays", "SET", rf"\b(?P<u>{alternation(lx.WEEKDAYS[L])})s\b", set_every, relative=False),
    rule("en-set-per", "SET", r"\b(?:a|per)\s+(?P<u>year|month|week|day)\b(?!\s+(?:ago|or|earlier|later))",
         set_every, relative=False),
    rule("en-holiday", "DATE",
         # A feast name is a date after a preposition ('on Thanksgiving'), not as a
         # modifier ('Christmas gifts').
         rf"\b(?:[Oo]n|[Aa]t|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Ss]ince|[Oo]ver|[Dd]uring|[Tt]his|[Ll]ast|[Nn]ext|[Ff]rom|[Tt]ill|[Aa]round)\s+"
         rf"(?P<t>(?P<h>{HOLIDAY})(?:,?\s+(?P<y>{YEAR}))?)\b",
         holiday, priority=1),
    # ... but the shopping days are named so only as dates ("More Black Friday Deals",
    # "dropped to Black Friday levels").
    rule("en-shopping-day", "DATE",
         rf"\b(?P<t>(?P<h>[Bb]lack\s+[Ff]riday|[Cc]yber\s+[Mm]onday)(?:,?\s+(?P<y>{YEAR}))?)\b",
         shopping_day, priority=0),
    *_reference_rules(),
]


class _QuarterMatch:
    """Lets ``quarter`` read 'Q3' and 'third quarter' alike."""

    def __init__(self, m):
        self._m = m

    def group(self, name):
        if name == "q":
            return self._m.group("q") or self._m.group("q2")
        return self._m.group(name)

# The trigger words each rule needs (see triggers.py); rules not listed need a digit.
NEEDS = {
    "en-month-day-year": ("month",), "en-day-month-year": ("month",), "en-month-mod": ("month",),
    "en-month-cue": ("month",), "en-month-range-start": ("month",),
    "en-month-day-range-end": ("month",), "en-month-day-range-start": ("month",), "en-day-range-start": ("month",), "en-month-bare": ("month",), "en-season": ("season",),
    "en-season-rel": ("season",), "en-decade": ("decade", "digit"), "en-quarter": ("compound", "digit"),
    "en-relative-day": ("relday",), "en-this-pod": ("pod",), "en-weekday": ("weekday",),
    "en-relative-unit": ("unit", "compound"), "en-the-weekend": ("compound",),
    "en-ago": ("compound",), "en-duration": ("unit",), "en-duration-past": ("unit",),
    "en-duration-vague": ("unit",), "en-duration-bare": ("unit",),
    "en-duration-relative": ("unit",), "en-noon": ("compound",), "en-set-word": ("set",),
    "en-set-every": ("set",), "en-set-per": ("set",), "en-set-weekdays": ("weekday",), "en-holiday": ("holiday",),
    "en-shopping-day": ("holiday",),
}
RULES = [replace(r, needs=("ref",) if r.name.endswith("_ref") else NEEDS.get(r.name, ("digit",)))
         for r in RULES]
