"""Durations: 'drei Jahre', 'sechs bis acht Monate', 'zweieinhalb Stunden', 'eine
Viertelstunde', 'in den vergangenen Jahren', 'jahrelang', 'drei Minuten später'."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, number, rule
from .not_times import AGE_PAIR_BEFORE, NOT_AGE_AFTER, TIME_NOUN_BEFORE_PAIR, is_age
from .shared import APPROX, L, NUM, UNIT

# "ein Zeitraum von sechs Jahren", "eine Haftstrafe von zwei Jahren", "Amtszeit von".
_TIME_NOUN_BEFORE = re.compile(
    r"(?i:zeitraum|zeit|dauer|frist|strafe|periode|pause|spanne|sperre|suspendierung|verspätung|"
    r"verlängerung|abstand|intervall|laufzeit)\s+$")


_LATER_END = re.compile(r"(?i)\s(?:später|danach|zuvor|vorher|davor)$")


# "innerhalb eines Tages", "im Laufe eines Tages": a stretch of one day after all.
_DAY_SPAN_BEFORE = re.compile(r"(?i)\b(?:innerhalb|binnen|während|Laufe|Verlauf|Dauer|Hälfte)\s+$")


def duration(m, ctx):
    unit = lx.UNITS[L][m.group("unit").lower()]
    if unit == "Y":
        pair = AGE_PAIR_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        if pair and not TIME_NOUN_BEFORE_PAIR.search(m.string, max(0, pair.start() - 30), pair.start()):
            return None
        if m.group(0).lower().endswith("jahre") and is_age(m):
            return None
    # "drei Minuten später", "eine Stunde danach" name the moment, not the stretch: a
    # TIME whose day and clock nobody gives (KRAUTS, as TimeML dates "later" phrases).
    if unit in ("H", "MIN", "S") and _LATER_END.search(m.group(0)):
        return "XXXX-XX-XXTXX:XX", "TIME"
    # "Eines Tages werde ich ...": an adverbial genitive, some day, no stretch of time
    # (KRAUTS never tags it).
    # "bis zum 10. eines Monats": a day of any month, no stretch of time; "eines jeden
    # Jahres" every year, a SET.
    if re.match(r"(?i)eines\s", m.group(0)) and re.search(r"\d\.\s*$", m.string[max(0, m.start() - 6):m.start()]):
        return None
    if re.match(r"(?i)eines\s+jeden\s", m.group(0)):
        return r.duration(1, unit), "SET"
    if re.fullmatch(r"(?i)eines\s+(?:schönen\s+)?Tages", m.group(0)) and not _DAY_SPAN_BEFORE.search(
            m.string, max(0, m.start() - 20), m.start()):
        return None
    n_text = m.groupdict().get("n")
    # "10.000 Jahren": a German thousands separator
    n = (float(n_text.replace(".", "")) if n_text and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", n_text)
         else number(n_text, L) if n_text else None)
    if m.groupdict().get("half"):
        n = 0.5 if n in (None, 1) else n
    if m.groupdict().get("frac") and n is not None:
        n += 0.5                # "3 1/2 Stunden", "2½ Jahre"
    big = _MULTIPLIER.search(m.group(0))
    if big and n is not None:   # "vor 60 Millionen Jahren": the count in years, not 60
        n = round(n * (10 ** 9 if big.group(1).lower().startswith("milliarde") else 10 ** 6))
    return r.duration(n, unit)


_MULTIPLIER = re.compile(r"(?i)\s(Millionen|Milliarden)\s")


def vague_duration(m, ctx):
    # "in den nächsten Jahren", "innerhalb der kommenden Jahre": an unbounded stretch
    # of the future, FUTURE_REF (KRAUTS); "in den vergangenen Jahren" stays PXY.
    if re.match(r"(?i)(?:(?:den|die|der)\s+)?(?:nächsten|kommenden)\b", m.group(0)):
        return "FUTURE_REF", "DATE"
    return r.duration(None, lx.UNITS[L][m.group("unit").lower()])


def lang_duration(m, ctx):
    unit = {"jahre": "Y", "monate": "M", "wochen": "W", "tage": "D", "stunden": "H",
            "jahrzehnte": "DE"}[m.group("u").lower()]
    return r.duration(None, unit)


RULES: list[Rule] = [
    # "ein Jahr früher", "drei Minuten später": KRAUTS spans the shift word with the
    # duration (and "früher" is then no PAST_REF of its own).
    rule("de-duration", "DURATION",
         rf"\b(?:(?:den|die|der)\s+(?=(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)\b))?"
         rf"(?:(?:vergangenen|letzten|nächsten|kommenden|ersten|ganzen)\s+)?"
         rf"(?:(?:{APPROX})\s+)?(?<!mit )(?<!von )(?<!ab )(?<!bis )(?<!unter )(?<!:)(?<!/)(?<!\d,)(?<!\d\.)(?P<n>{NUM}|\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?)(?P<frac>\s+1/2|\s*½)?\s+(?:(?P<half>halbes|halben|halbe)\s+|"
         rf"(?:knappes|gutes|ganzes|volles|[a-zäöüß]{{3,}}(?:e|en|er|es))\s+)?"
         rf"(?P<unit>{UNIT})\b{NOT_AGE_AFTER}(?:\s+(?:lang|früher|später|(?<!\bJahr\s)(?:zuvor|vorher|davor)|danach(?=\s*[,.;:!?]|\s+(?:und|als|wurde|war|kam)\b))\b)?",
         duration, relative=False, priority=1),
    # "sechs bis acht Monate": both ends are durations in the unit named once at the end
    # (KRAUTS: [sechs] P6M, [acht Monate] P8M); "Kinder von 6 bis 14 Jahren" are ages.
    rule("de-duration-range-start", "DURATION",
         rf"(?<![\d.,])(?<!von )(?<!ab )(?<!mit )(?<!Alter )\b(?P<t>(?P<n>{NUM}|\d+(?:,\d+)?))\s*(?:bis|-|–)\s*"
         rf"(?:{NUM}|\d+(?:,\d+)?)\s+(?P<unit>{UNIT})\b{NOT_AGE_AFTER}",
         duration, relative=False, priority=1,
         cue=rf"(?:bis|-|–)\s*(?:{NUM}|\d)"),
    rule("de-duration-range-end", "DURATION",
         rf"(?<![\d.,])(?<!von )(?<!ab )(?<!mit )(?<!Alter )\b(?:{NUM}|\d+(?:,\d+)?)\s*(?:bis|-|–)\s*"
         rf"(?P<t>(?P<n>{NUM}|\d+(?:,\d+)?)\s+(?P<unit>{UNIT}))\b{NOT_AGE_AFTER}",
         duration, relative=False, priority=1,
         cue=rf"(?:bis|-|–)\s*(?:{NUM}|\d)"),
    rule("de-duration-within", "DURATION",
         rf"\b(?:innerhalb|binnen)\s+von\s+(?P<t>(?:(?:{APPROX})\s+)?(?P<n>{NUM}|\d+(?:,\d+)?)\s+(?P<unit>{UNIT}))\b",
         duration, relative=False, priority=1),
    # "ein Zeitraum von sechs Jahren", "eine Haftstrafe von zwei Jahren": after a noun of
    # time "von" opens a duration, not an age ("im Alter von 79 Jahren").
    rule("de-duration-of", "DURATION",
         rf"\bvon\s+(?P<t>(?:(?:{APPROX})\s+)?(?P<n>{NUM}|\d+(?:,\d+)?)\s+(?P<unit>{UNIT}))\b",
         lambda m, ctx: duration(m, ctx) if _TIME_NOUN_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) else None,
         relative=False, priority=1),
    rule("de-quarter-hour", "DURATION",
         r"\b(?P<t>(?:(?:eine[rn]?|gute[rn]?|knappe[rn]?)\s+)*(?P<q>Dreiviertelstunde|Viertelstunde)n?)\b",
         lambda m, ctx: "PT45M" if m.group("q").lower().startswith("drei") else "PT15M",
         relative=False, cue="viertelstunde"),
    rule("de-duration-compound", "DURATION",
         rf"(?<![\d.,])\b(?P<n>{NUM}|\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?)\s+(?:[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][a-zäöüß]+(?<!watt)(?<!\bMon)(?<!\bDiens)(?<!\bDonners)(?<!\bFrei)(?<!\bSams)(?<!\bSonn)"
         # days that are occasions, not a stretch of time: "zwei neue Feiertage", "Parteitage", "Geburtstage"
         r"(?<!Feier)(?<!Gedenk)(?<!Geburts)(?<!Partei)(?<!Kirchen)(?<!Namens)(?<!Aktions)"
         r"(?P<unit>tage|tagen|wochen|monate|monaten|jahre|jahren|stunden)\b",
         duration, relative=False, flags=0, cue="tage|wochen|monate|jahre|stunden"),
    rule("de-duration-adjective", "DURATION",
         rf"\b(?P<n>{NUM}|\d+)-?(?P<u>wöchig|monatig|tägig|stündig)(?:e[nmrs]?)?\b",
         lambda m, ctx: r.duration(number(m.group("n"), L),
                                   {"wöchig": "W", "monatig": "M", "tägig": "D", "stündig": "H"}[m.group("u").lower()]),
         relative=False, cue="wöchig|monatig|tägig|stündig"),
    rule("de-duration-adjective-vague", "DURATION",
         r"\b(?:mehr|lang|viel)(?P<u>jährig|monatig|wöchig|tägig|stündig)(?:e[nmrs]?)?\b",
         lambda m, ctx: r.duration(None, {"jährig": "Y", "monatig": "M", "wöchig": "W", "tägig": "D",
                                          "stündig": "H"}[m.group("u").lower()]),
         relative=False, cue="jährig|monatig|wöchig|tägig|stündig"),
    rule("de-duration-hyphen", "DURATION", rf"\b(?P<n>\d+)-(?P<unit>Stunden|Tage|Jahres)-?\w*",
         duration, relative=False),
    rule("de-duration-vague", "DURATION",
         # The article belongs to the span only before an adjective ("die über Jahre ...":
         # there "die" is a relative pronoun).
         rf"\b(?:(?:den|die)\s+(?!über\b))?(?:vergangenen|letzten|kommenden|nächsten|einigen|einige|mehreren|mehrere|wenigen|wenige|weniger|ein\s+paar|vielen|viele|langen|lange|über|"
         rf"vorangegangenen|vorangegangene|zurückliegenden|zurückliegende|darauffolgenden|folgenden|diesen|ganzen)\s+"
         r"(?P<unit>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|Tage|Jahrzehnten|Jahrzehnte|Stunden|Minuten)\b",
         vague_duration, relative=False),
    # "im Laufe der Jahre", "über die Jahre", "all die Jahre", "die Jahre der konzeptlosen
    # Politik": an unnamed stretch of years, article inside (KRAUTS dev: [die Jahre] PXY);
    # not the idiom "in die Jahre gekommen", nor "die Jahre 1927 bis 1930".
    rule("de-duration-the-years", "DURATION",
         r"(?:(?<=\b[Ll]aufe\s)|(?<=\b[Ll]auf\s)|(?<=\b[Üü]ber\s)|(?<=\ball\s))(?P<t>(?:die|der)\s+"
         r"(?P<unit>Jahre|Jahrzehnte))\b(?!\s+(?:gekommen|\d))",
         vague_duration, relative=False, flags=0, cue="Jahre|Jahrzehnte"),
    rule("de-duration-the-years-of", "DURATION",
         r"\b[Dd]ie\s+(?P<unit>Jahre|Jahrzehnte)(?=\s+(?:der|des)\s)",
         vague_duration, relative=False, flags=0, cue="Jahre|Jahrzehnte"),
    rule("de-duration-bare", "DURATION",
         r"(?:(?<=\b[Ss]eit\s)|(?<=\b[Vv]or\s)|(?<=\b[Nn]ach\s))(?P<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)\b",
         vague_duration, relative=False, flags=0),
    rule("de-duration-lang", "DURATION",
         r"\b(?P<u>jahre|monate|wochen|tage|stunden|jahrzehnte)lang(?:e[nmrs]?)?\b",
         lang_duration, relative=False),
]
