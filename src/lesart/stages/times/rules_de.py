"""German time rules (news register: Die Zeit, Dolomiten, agency copy)."""
from __future__ import annotations

from dataclasses import replace

import datetime as dt
import re

from . import lexicon as lx
from . import resolve as r
from . import tense
from .rules import Rule, alternation, decade_value, number, rule

L = "de"
MONTH = alternation(lx.MONTHS[L])
# Month names safe without a cue word, matched capitalised only (the rule is case-sensitive).
MONTH_BARE = alternation(w.capitalize() for w in lx.MONTHS[L]
                         if w not in ("august", "mai") and not w.endswith("."))
# "23. Okt 2017" (Instagram embeds, tables): an abbreviation without its dot, only
# right after a day number.
# Not before a name ("9. Jan Kuppelwieser" in a ranking): a year, a comma or "um" follows.
MONTH_NODOT = (r"(?-i:Jan|Feb|Febr|Apr|Aug|Sep|Sept|Okt|Nov|Dez)(?![\w.])"
               r"(?=\s+(?:1[0-9]|20)\d\d\b|\s*[,;)]|\s+um\b)")
WD = alternation(lx.WEEKDAYS[L])
POD = alternation(lx.PARTS_OF_DAY[L])
SEASON = alternation(lx.SEASONS[L])
NUM = alternation(lx.NUMBER_WORDS[L])
UNIT = alternation(lx.UNITS[L])
DECADE = alternation(lx.DECADE_WORDS[L])
PREV, THIS, NEXT = (alternation(lx.RELATIVE_WORDS[L][k]) for k in (-1, 0, 1))
FAR = alternation(lx.RELATIVE_WORDS[L][-2] + lx.RELATIVE_WORDS[L][2])
REL = f"{PREV}|{THIS}|{NEXT}|{FAR}"
# "zu Beginn", "zum Ende": the preposition stays outside the span, as KRAUTS does.
MODW = alternation(["anfang", "beginn", "mitte", "ende"])
APPROX = alternation(w for k in ("APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE",
                                 "EQUAL_OR_LESS") for w in lx.MOD_WORDS[L][k])
YEAR = r"(?:1[0-9]|20)\d\d"
# A year in two digits after an apostrophe: "im Herbst '89", "Mai ’68" (month or season before).
YEAR_APOS = r"['’‘´]\d\d"
# A number that is not a year: followed by a unit or part of a larger number.
NOT_YEAR_AFTER = (r"(?![.,]\d|\d|/\d{1,4}/|-?[Jj]ährig|\s*(?:bis|-)\s*\d+\s*(?:Euro|Mark|Franken|Dollar|Lire|€)|\s*(?:Euro\b|€|Prozent|%|Meter|Kilo|km|m\b|Mio|Mill|"
                  r"Tonnen|Menschen|Personen|Mitglied|Einwohner|Stück|Dollar|Franken\b|Lire|Mark\b|DM|"
                  r"Schilling|Besucher|Teilnehmer|Zuschauer|Mitarbeiter|Arbeitspl|Stimmen|Höhenmeter|"
                  r"Kalorien|Seiten|S\.|Quadrat|Hektar|Liter\b|Fälle|Wohnungen|Kinder|Schüler))"
                  # "Betroffen sind 1300 Gemeinden", "allein 1600 Angriffe": a number below 1800
                  # before a plural noun counts things (a year then is rare: "noch 1798
                  # Deutschland ...").
                  r"(?!(?<=1[0-7]\d\d)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:en|e|er|n|s))\b)"
                  # "stieg von 2000 auf 2400": a change of a count (HeidelTime's German
                  # negative rules), unless the second number is a year too ("von 2009 auf 2010")
                  r"(?!(?<=von \d\d\d\d)\s+auf\s+(?!(?:1[89]|20)\d\d\b)\d)")
# A hyphen before a year is fine only in a range of years ("2009-2011"); a number and a
# space before it make it part of a telephone number ("Tel. 0471 2000", "335 1950").
# ... and approximation words make it a count: "rund 1500 Azubis".
NOT_YEAR_BEFORE = (r"(?<![\d.,€$/])(?<!\D-)(?<!\d )(?<!Nr\. )(?<!Nummer )(?<!§ )(?<!rund )(?<!etwa )"
                   r"(?<!ca\. )(?<!knapp )(?<!mehr als )(?<!weniger als )(?<!insgesamt )(?<!circa )"
                   r"(?<!mindestens )(?<!höchstens )(?<!bis zu )(?<!zirka )(?<!annähernd )(?<!fast )"
                   r"(?<!sind es )(?<!waren es )(?<!Artikel )(?<!Art\. )(?<!Absatz )(?<!Abs\. )"
                   r"(?<!Paragraf )(?<!Paragraph )(?<!Punkt )(?<!Zimmer )(?<!Seite )"
                   # legal citations: "Rdn. 1306", "GRUR 2005, 1061, 1064" (pages after the
                   # volume's year; a year before 1800 right after a modern one is a page)
                   # (case-sensitive and whole words: "Einsatz. 1988", "scheitern. 1942")
                   r"(?<!(?-i:\bRdn\. ))(?<!(?-i:\bRn\. ))(?<!(?-i:\bRz\. ))(?<!(?-i:\bTz\. ))"
                   r"(?<!(?-i:\bZiff\. ))(?<!(?-i:\bNr ))(?<!Resolution )"
                   # "Über 1900 Soldaten", "weitere 1800 Flüchtlinge", "davon 2000 Kinder": after a
                   # word of quantity a number before a plural noun counts (HeidelTime's German
                   # negative rules; "über 2010 hinaus" stays a year)
                   r"(?!(?:(?<=über )|(?<=weitere )|(?<=davon )|(?<=darunter )|(?<=maximal )|(?<=gut )"
                   r"|(?<=alle )|(?<=sämtliche ))\d{4}\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+(?:en|e|er|n|s))\b)"
                   r"(?!(?:(?<=(?:19|20)\d\d, )|(?<=(?:19|20)\d\d, \d\d\d, )|(?<=(?:19|20)\d\d, \d\d\d\d, ))1[0-7]\d\d\b)")


# "drei Jahre alt", "ein 20 Jahre altes Auto" is an age; an age never takes the
# dative plural, so after "Tagen", "Jahren", "Monaten" the adjective belongs to
# the next noun ("an sechs Tagen junge Leichtathleten").
NOT_AGE_AFTER = (r"(?!\s+(?:noch\s+)?(?:nicht\s+)?vollendet)"    # "welches 26 Jahren noch nicht vollendet hat"
                 r"(?:(?<=agen)|(?<=ahren)|(?<=onaten)|(?!\s+(?:alt|jung|älter|jünger)\w*))")

# "der ersten Hälfte des 15. Jahrhunderts": KRAUTS spans the half with the century
# (value 14), as it spans "Mitte der achtziger Jahre".
HALF_OF = r"(?:(?:der|die)\s+)?(?:erste|zweite)n?\s+Hälfte\s+"

# Separators between the days of a list or range ("1., 2. und 3. März").  The
# space after the last one is taken once: with "\s*" on both sides of each
# separator, the spaces between two of them could go to either, and a run of
# " , , , ," that ends in no month took exponential time (16 commas: a minute).
_DAY_SEP = r"(?:\s*(?:bis|-|–|/|und|sowie|,|am|zum|vom|dem|den))+\s*"


def _month(m: re.Match) -> int:
    mon = m.group("mon").lower()
    return lx.MONTHS[L].get(mon) or lx.MONTHS[L][mon + "."]


def _rel_offset(word: str | None) -> int:
    """-1, 0, +1 for 'vergangenen', 'diesen', 'nächsten' (also 'vergangenen Jahres',
    'des Vorjahres'); -2, +2 for 'vorletzten', 'übernächsten'."""
    if not word:
        return 0
    w = word.split()[0].lower()
    if w == "vorjahres":
        return -1
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


def numeric_day_month(m, ctx):
    d, mon = int(m.group("d")), int(m.group("mo"))
    if not (1 <= d <= 31 and 1 <= mon <= 12):
        return None
    return r.nearest_day_month(ctx, d, mon)


def pod_of_date(m, ctx):
    day = day_month(m, ctx) if m.group("d") else ordinal_day_month(m, ctx)
    return f"{day}T{lx.PARTS_OF_DAY[L][m.group('pod').lower()]}"


def night_before(m, ctx):
    """'in der Nacht zum Dienstag': the night that ends on that day, i.e. Monday night."""
    if m.group("rd"):           # "in der Nacht auf gestern": the night before yesterday
        morning = ctx.anchor_date() + dt.timedelta(days=_DAY_WORDS[m.group("rd").lower()])
        return (morning - dt.timedelta(days=1)).isoformat() + "TNI"
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    if m.group("adj"):          # "in der Nacht zum heutigen Samstag"
        morning = ctx.anchor_date() + dt.timedelta(days=_DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    else:
        morning = dt.date.fromisoformat(r.nearest_weekday(ctx, wd))
    day = morning - dt.timedelta(days=1)
    return day.isoformat() + "TNI"


# "Jedes Jahr, am 28. Dezember, ...", "alljährlich am 1. Mai": a day that recurs every
# year has no year (TimeML: XXXX-12-28).
_EVERY_YEAR_BEFORE = re.compile(r"(?i)\b(?:jedes\s+Jahr|alljährlich|jährlich)\s*,?\s*(?:am|um\s+den|zum)?\s*$")


def day_month(m, ctx):
    d, mon = int(m.group("d")), _month(m)
    if m.groupdict().get("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    if _EVERY_YEAR_BEFORE.search(m.string, max(0, m.start() - 25), m.start()):
        return f"XXXX-{mon:02d}-{d:02d}"
    return r.nearest_day_month(ctx, d, mon)


def month_year(m, ctx):
    return r.month(_full_year(m.group("y"), ctx), _month(m))


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
        return r.month(_year_of(m, ctx), _month(m))
    if _every_year(m):
        return f"XXXX-{_month(m):02d}"
    return r.nearest_month(ctx, _month(m))


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
        return f"{_year_of(m, ctx)}-{code}"
    rel = g.get("rel") or g.get("rel2")
    if not rel and _every_year(m):
        return f"XXXX-{code}"
    if ctx.narrative_year is not None and not rel:
        return f"{ctx.narrative_year}-{code}"   # "1992 ... im Herbst", like bare months
    a = ctx.anchor_date()
    start = _SEASON_START[code]
    # The winter now ending (January to March) is this year's (KRAUTS: March -> YYYY-WI).
    winter_ending = code == "WI" and a.month <= 3
    if rel:
        off = _rel_offset(rel)
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


def year(m, ctx):
    return m.group("y")


# "die frühen Neunziger", "im späten 19. Jahrhundert": the start or the end of it.
_EARLY_LATE = {"frühen": "START", "beginnenden": "START", "späten": "END", "ausgehenden": "END"}


def _early_late(m, value):
    early = m.groupdict().get("early")
    return (value, "DATE", _EARLY_LATE[early.lower()]) if early and value else value


def decade(m, ctx):
    return _early_late(m, decade_value(m.group("dec"), L))


_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                  "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
                  "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
                  "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20,
                  "einundzwanzigst": 21, "zweiundzwanzigst": 22, "dreiundzwanzigst": 23,
                  "vierundzwanzigst": 24, "fünfundzwanzigst": 25, "sechsundzwanzigst": 26,
                  "siebenundzwanzigst": 27, "achtundzwanzigst": 28, "neunundzwanzigst": 29,
                  "dreißigst": 30, "einunddreißigst": 31}
ORDINAL_WORD = rf"(?P<ord>{alternation(_ORDINAL_STEMS)})e[nmrs]?"


def ordinal_day_month(m, ctx):
    """'am siebten Oktober', 'des siebten Oktobers 2023'."""
    d, mon = _ORDINAL_STEMS[m.group("ord").lower()], _month(m)
    if m.group("y"):
        return f"{int(m.group('y')):04d}-{mon:02d}-{d:02d}"
    return r.nearest_day_month(ctx, d, mon)


def month_relative(m, ctx):
    """'im vergangenen Dezember' (the last one before this month), 'im kommenden Mai'."""
    off, mon = _rel_offset(m.group("rel")), _month(m)
    a = ctx.anchor_date()
    if off < 0:
        return r.month((a.year if mon < a.month else a.year - 1) + off + 1, mon)
    if off > 0:
        return r.month((a.year if mon > a.month else a.year + 1) + off - 1, mon)
    return r.month(a.year, mon)


def century(m, ctx):
    if m.groupdict().get("n"):
        return _early_late(m, f"{int(m.group('n')) - 1:02d}")
    if m.groupdict().get("ord"):        # "im zwanzigsten Jahrhundert" -> 19
        return _early_late(m, f"{_ORDINAL_STEMS[m.group('ord').lower()] - 1:02d}")
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


# 'bis heute', 'für heute (geplant)', or right after a dateline ("Bozen (lu). Heute ...",
# "BOZEN. Heute ...").
_HEUTE_DATE_BEFORE = re.compile(r"\b(?:[Bb]is|[Aa]b|[Ss]eit|[Ff]ür)\s+$|\(\w{1,5}\)\.\s*$|\b[A-ZÄÖÜ]{3,}\.\s*$")
_HEUTE_DATE_AFTER = re.compile(
    r"^\s*(?:\(|,)?\s*(?:um|ab|von)?\s*\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|-(?!\s*[Jj]ährig))"   # not "der heute 80-Jährige"
    r"|^\s*(?:abend|morgen|nachmittag|vormittag|früh)"
    r"|^\s*(?:\(|(?:und|oder|bis)\s+(?:morgen|übermorgen))"
    # "Heute, Freitag, findet ...": the weekday in apposition names the day
    rf"|^\s*,\s*(?:{WD})\b", re.I)
_COMMA_CUT = re.compile(r"[.!?;:,–][\"”“«»']?(?:\s|$)")
# An event of the day: a past passive ("wurde heute aufgehoben", "ist heute abgesagt
# worden"), a perfect with a participle ("haben heute das Kraftwerk besetzt", "hat heute
# ... angekündigt"), or "findet heute ... statt".  A present passive ("Heute wird zwar
# niemand ... gesteckt", "So wird es heute noch erzählt") stays the generic present.
_PAST_EVENT = re.compile(
    r"(?<!\w)(?:wurden?|worden)(?!\w)"
    r"|(?<!\w)(?:hat|haben|ist|sind)\s(?:.*\s)?(?<!\bzu )\W?(?:[a-zäöü]*ge[a-zäöüß]{2,}(?:t|en)"
    r"|[a-zäöü]*(?:be|er|ver|ent|zer)[a-zäöüß]{2,}(?:t|en)|[a-zäöü]{2,}iert)\W*$"
    r"|(?<!\w)(?:findet|finden)\s(?:.*\s)?statt\W*$")
# Perfects of change and state ("hat sich heute gewandelt") speak of the present in general.
_GENERIC_PERFECT = re.compile(r"(?<!\w)sich\s(?:.*\s)?(?:ge|ver)(?:ändert|wandelt)\b")
# A scheduled, one-off event in the present tense is on that day too ("Heute tritt der
# Landtag zusammen", "Der Gemeinderat tagt heute", "Heute beginnt die Messe", "Der Prozess
# wird heute fortgesetzt"): verbs that name a meeting, a start or end, a decision, a vote,
# a presentation; a clause that speaks of how things are now ("heute noch", "nicht mehr",
# "immer", "kaum", "längst", "man", "es gibt") stays the generic present.
_EVENT_PRESENT = re.compile(
    r"(?<!\w)(?:beginnt|beginnen|startet|starten|endet|enden|eröffnet|tagt|tagen|entscheidet|"
    r"entscheiden|berät|beraten|verhandelt|verhandeln|streikt|streiken|demonstriert|"
    r"demonstrieren|verkündet|verkünden|präsentiert|präsentieren|erfolgt|erfolgen)(?!\w)(?!\s+sich\b)"
    r"|(?<!\w)(?:trifft|treffen)\s+sich(?!\w)"
    r"|(?<!\w)(?:tritt|treten|stimmt|stimmen|stellt|stellen|legt|legen|gibt|geben|läuft|laufen|"
    r"kommt|kommen|geht|gehen)\s(?:.*\s)?(?:zusammen|ab|vor|bekannt|aus|los)\W*$"
    r"|(?<!\w)(?:wird|werden)\s(?:.*\s)?(?:eröffnet|fortgesetzt|vorgestellt|verkündet|"
    r"entschieden|gewählt|beigesetzt|eingeweiht|abgestimmt|verhandelt|übergeben)\W*$")
_GENERIC_PRESENT = re.compile(
    r"(?<!\w)(?:noch|mehr|immer|kaum|längst|oft|meist|meistens|man|gibt\s+es|es\s+gibt|inzwischen|"
    r"mittlerweile|wieder|zunehmend|häufig|viele|alle|jeder|jede)(?!\w)", re.I)


def _heute_is_date(m, ctx) -> bool:
    """'heute' is a day in event notices and past clauses, else the generic present."""
    before = m.string[max(0, m.start() - 12):m.start()]
    after = m.string[m.end():m.end() + 25]
    if _HEUTE_DATE_BEFORE.search(before) or _HEUTE_DATE_AFTER.search(after):
        return True
    # "Mönche setzten heute ihre Proteste fort": a simple past next to "heute" reports
    # an event of the day, not the present in general.
    near = m.string[max(0, m.start() - 30):m.end() + 30]
    # no word cut in half ("[Ei]nsatzgebiete" is no preterite in -te)
    if m.start() > 30 and m.string[m.start() - 31].isalnum():
        near = near.split(" ", 1)[-1]
    if m.end() + 30 < len(m.string) and m.string[m.end() + 30].isalnum():
        near = near.rsplit(" ", 1)[0]
    near = re.split(r"[.!?;:,–]\s", near)       # the same clause only
    if any(tense.has_preterite(part) for part in near if "heute" in part.lower()):
        return True
    # ... and so does a past passive or perfect in the clause part around it (up to the
    # next comma or stop).
    left = _COMMA_CUT.split(m.string[max(0, m.start() - 150):m.start()])[-1]
    right = _COMMA_CUT.split(m.string[m.end():m.end() + 200], 1)[0]
    if m.start() >= 150:
        left = left.split(" ", 1)[-1]           # no word cut in half
    clause = left + m.group(0) + right
    if _EVENT_PRESENT.search(clause) and not _GENERIC_PRESENT.search(clause):
        return True
    event = _PAST_EVENT.search(clause)
    if not event or _GENERIC_PERFECT.search(clause):
        return False
    # "heute ist sie für ihre Rundungen bekannt", "Heute sind die Städte so stark
    # belastet": a state with "sein", not a perfect.
    last = re.findall(r"[a-zäöüß]+", event.group(0))
    return not (last and last[-1] in tense.STATIVE and event.group(0).startswith(("ist", "sind")))


# "am heutigen / morgigen / gestrigen Samstag": the adjective names the day.
_DAY_ADJECTIVE_BEFORE = re.compile(r"(?i)\b(?P<adj>heutigen|morgigen|gestrigen)\s+$")
_DAY_ADJECTIVE_OFFSET = {"heutigen": 0, "morgigen": 1, "gestrigen": -1}


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


# "am Freitag (24. Mai)": a date in brackets right after a weekday names that day.
_BRACKET_DATE_AFTER = re.compile(
    rf"(?i)\s*\(\s*(?:den\s+)?(?P<d>\d{{1,2}})\.\s*(?:(?P<mon>{MONTH})|(?P<mo>\d{{1,2}})\.)"
    rf"(?:\s*(?P<y>{YEAR}))?\s*\)")


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


_THEREAFTER = re.compile(r"\s+(?:darauf|danach)\b")


def weekday(m, ctx):
    wd = lx.WEEKDAYS[L][m.group("wd").lower()]
    rel = m.groupdict().get("rel")
    if not rel and _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        # "an einem Montag", "on a Monday": some Monday, no date (TIMEX3's unanchored week day)
        pod = m.groupdict().get("pod")
        value = f"XXXX-WXX-{wd}"
        return (value + "T" + lx.PARTS_OF_DAY[L][pod.lower()], "TIME") if pod else (value, "DATE")
    direction = 0
    if rel:
        off = _rel_offset(rel)
        direction = off if off else 1      # "diesen Sonntag" lies ahead ...
        if not off and wd == ctx.anchor_date().isoweekday():
            direction = 0                  # ... but "an diesem Samstag" on a Saturday is today
    elif (_FROM_NOW_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
          and wd != ctx.anchor_date().isoweekday() and not _sentence_has_finite_past(m)):
        direction = 1
    adj = _DAY_ADJECTIVE_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    range_start = _WEEKDAY_RANGE_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if range_start and not rel and ctx.last_day:
        # "von Montag bis Mittwoch": the end is the first such day after the start.
        day = ctx.last_day + dt.timedelta(days=(wd - ctx.last_day.isoweekday()) % 7 or 7)
        value = day.isoformat()
    elif adj and not rel:
        day = ctx.anchor_date() + dt.timedelta(days=_DAY_ADJECTIVE_OFFSET[adj.group("adj").lower()])
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
    monday = a - dt.timedelta(days=a.isoweekday() - 1) + dt.timedelta(weeks=_rel_offset(m.group("rel")))
    day = monday + dt.timedelta(days=lx.WEEKDAYS[L][m.group("wd").lower()] - 1)
    ctx.last_day = day
    return day.isoformat()


_UNIT_WORDS = {"woche": "W", "wochenende": "WE", "monat": "M", "monats": "M", "jahr": "Y",
               "jahres": "Y", "jahrs": "Y", "jahrzehnt": "DE", "jahrzehnts": "DE",
               "jahrzehntes": "DE", "jahrhundert": "CE", "jahrhunderts": "CE", "tag": "D",
               "tages": "D"}


def relative_unit(m, ctx):
    unit = _UNIT_WORDS[m.group("unit").lower()]
    off = _rel_offset(m.groupdict().get("rel"))
    story = ctx.story_day(m.start())
    if unit == "D" and off > 0 and story:
        # "Am Dienstag kam er. Am folgenden Tag ...": the day after the one last named.
        day = story + dt.timedelta(days=off)
        ctx.last_day = day
        return day.isoformat()
    return r.relative_unit(ctx, unit, off)


def relative_unit_next(m, ctx):
    day = (ctx.story_day(m.start()) or ctx.anchor_date()) + dt.timedelta(days=1)
    ctx.last_day = day
    return day.isoformat()


def next_pod(m, ctx):
    """'am nächsten Morgen', 'in der folgenden Nacht': the part of the day after the
    day last named (else after the anchor)."""
    day = (ctx.story_day(m.start()) or ctx.anchor_date()) + dt.timedelta(days=1)
    ctx.last_day = day
    return day.isoformat() + "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]


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
             "wochenbeginn": ("W", 0), "diesjährigen": ("Y", 0), "diesjährige": ("Y", 0),
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


# "ein Zeitraum von sechs Jahren", "eine Haftstrafe von zwei Jahren", "Amtszeit von".
_TIME_NOUN_BEFORE = re.compile(
    r"(?i:zeitraum|zeit|dauer|frist|strafe|periode|pause|spanne|sperre|suspendierung|verspätung|"
    r"verlängerung|abstand|intervall|laufzeit)\s+$")


_LATER_END = re.compile(r"(?i)\s(?:später|danach|zuvor|vorher|davor)$")


# "zwischen 10 und 64 Jahren", "im Alter von 9 und 13 Jahren": the second of two ages
# (the first is a bare number); after a noun of time ("Haftstrafen zwischen drei und fünf
# Jahren") it stays a duration.
_AGE_PAIR_BEFORE = re.compile(
    rf"(?i)(?:\bzwischen|\bAlter\s+von)\s+(?:{NUM}|\d+)\s*(?:und|oder|,)\s*$")
_TIME_NOUN_BEFORE_PAIR = re.compile(
    r"(?i:zeitraum|zeit|dauer|frist|strafe|periode|pause|spanne|sperre|laufzeit|haft)\w{0,3}\s+$")


# "innerhalb eines Tages", "im Laufe eines Tages": a stretch of one day after all.
_DAY_SPAN_BEFORE = re.compile(r"(?i)\b(?:innerhalb|binnen|während|Laufe|Verlauf|Dauer|Hälfte)\s+$")


# Ages without "alt": a change of an age limit ("das Startalter von 16 auf 18 Jahre
# erhöhen", "sein Alter wird auf 36 Jahre geschätzt": "auf" after a word of age in the
# clause), and an age as predicate right before a comma, "als" or the end of a line
# ("Robert S. war 19 Jahre, als er ...", "Margot Friedländer wird 100 Jahre").
_AGE_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:start|mindest|renten|höchst|eintritts|einstiegs|pensions|wahl)?alter(?:sgrenze\w*)?\b"
    r"[^.;:!?]{0,60}?\bauf\s+$")
_AGE_PREDICATE_BEFORE = re.compile(r"(?i)\b(?:war|ist|wird|wäre|sei)\s+$")
_AGE_PREDICATE_AFTER = re.compile(r"\s*(?:,|\bals\b|\n|$)")


def _is_age(m) -> bool:
    before = m.string[max(0, m.start() - 90):m.start()]
    if _AGE_CHANGE_BEFORE.search(before):
        return True
    verb = _AGE_PREDICATE_BEFORE.search(before)
    # "Die Amtszeit ist fünf Jahre, ...": a stretch of time after all
    return bool(verb and _AGE_PREDICATE_AFTER.match(m.string, m.end())
                and not _TIME_NOUN_BEFORE_PAIR.search(before, max(0, verb.start() - 30), verb.start()))


def duration(m, ctx):
    unit = lx.UNITS[L][m.group("unit").lower()]
    if unit == "Y":
        pair = _AGE_PAIR_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
        if pair and not _TIME_NOUN_BEFORE_PAIR.search(m.string, max(0, pair.start() - 30), pair.start()):
            return None
        if m.group(0).lower().endswith("jahre") and _is_age(m):
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
    return r.duration(n, unit)


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


# "am Abend zuvor" / "am Morgen danach": the day before / after the day last named;
# "am Nachmittag des gestrigen Tages": that day.
_POD_SHIFT_AFTER = re.compile(
    r"\s+(?:(?P<before>zuvor|davor|vorher)|(?P<after>darauf|danach)|des\s+(?P<adj>heutigen|morgigen|gestrigen)\s+Tages)\b")


def part_of_day(m, ctx):
    code = lx.PARTS_OF_DAY[L][m.group("pod").lower()]
    base = ctx.last_day or ctx.anchor_date()
    shift = _POD_SHIFT_AFTER.match(m.string, m.end())
    if shift and shift.group("adj"):
        base = ctx.anchor_date() + dt.timedelta(days=_DAY_ADJECTIVE_OFFSET[shift.group("adj").lower()])
    elif shift:
        base += dt.timedelta(days=-1 if shift.group("before") else 1)
    return base.isoformat() + "T" + code


def adjective_day_pod(m, ctx):
    """'am gestrigen Abend': the part of that day; the adjective stays outside, as in
    'am morgigen [Sonntag]'."""
    day = ctx.anchor_date() + dt.timedelta(days=_DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    ctx.last_day = day
    return day.isoformat() + "T" + lx.PARTS_OF_DAY[L][m.group("pod").lower()]


def adjective_day(m, ctx):
    """'im Laufe des gestrigen Tages', 'am morgigen Tag': the day before / after."""
    day = ctx.anchor_date() + dt.timedelta(days=_DAY_ADJECTIVE_OFFSET[m.group("adj").lower()])
    ctx.last_day = day
    return day.isoformat()


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


def set_word(m, ctx):
    return lx.SET_WORDS[L][m.group("w").lower()]


def set_pod(m, ctx):
    before = m.string[max(0, m.start() - 6):m.start()]
    # "Eines Morgens stand er vor der Tür": one morning, untagged like "eines Tages"
    if re.search(r"(?i)\beines\s+(?:schönen\s+)?$", m.string[max(0, m.start() - 15):m.start()]):
        return None
    if re.search(r"Uhr\s+$", before):
        return None             # "3 Uhr morgens": read by the clock rule, not a set
    if re.search(r"\bdes\s+$", before):   # "die Referenten des Abends": that day's evening
        base = ctx.last_day or ctx.anchor_date()
        return base.isoformat() + "T" + lx.SET_PART_OF_DAY[L][m.group("w").lower()], "TIME"
    return "XXXX-XX-XXT" + lx.SET_PART_OF_DAY[L][m.group("w").lower()]


def set_every(m, ctx):
    w = m.group("u").lower()
    if w in lx.WEEKDAYS[L]:
        return f"XXXX-WXX-{lx.WEEKDAYS[L][w]}"
    if w in lx.PARTS_OF_DAY[L]:
        return "XXXX-XX-XXT" + lx.PARTS_OF_DAY[L][w]
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
        return f"{_year_of(m, ctx)}-Q{q}"
    if ctx.narrative_year is not None:
        return f"{ctx.narrative_year}-Q{q}"
    a = ctx.anchor_date()
    year = a.year
    if 3 * (q - 1) + 1 > a.month and not (ctx.future and not ctx.past):
        year -= 1
    return f"{year}-Q{q}"


def holiday(m, ctx):
    rule_ = lx.HOLIDAYS[L][re.sub(r"\s+", " ", m.group("h").lower())]
    if m.groupdict().get("y"):
        return r.day(r.holiday_date(rule_, int(m.group("y"))))
    return r.nearest_holiday(ctx, rule_)


def reference(value):
    return lambda m, ctx: value


_GENITIVE_DET = r"(?:der|des|dieser|dieses|jener|jenes|eines|einer|(?:mein|dein|sein|ihr|unser|euer|eur)(?:er|es))"


def _reference_rules() -> list[Rule]:
    out = []
    for value, words in lx.REFERENCE_WORDS[L].items():
        # ... but not "heutigen" in "am heutigen Samstag" or "am gestrigen Abend" (the
        # weekday and part-of-day rules read it),
        # nor the idiom "früher oder später", nor "zur Zeit" before a genitive ("zur Zeit
        # der Besatzung", "zur Zeit seiner Geburt": at the time of, not now).
        out.append(rule(f"de-{value.lower()}", "DATE",
                        rf"\b(?P<t>{alternation(words)})\b(?!\s+(?:{WD}|{POD})\b)(?!\s+oder\s+später)"
                        rf"(?!(?<=zur\sZeit)\s+{_GENITIVE_DET}\b)",
                        reference(value), relative=False, priority=-1))
    return out


# Periods named by two years ("Saison 2014/15").
_PERIOD_NOUNS = alternation([
    "Saison", "Wintersaison", "Sommersaison", "Skisaison", "Spielzeit", "Spielsaison",
    "Amtsperiode", "Legislaturperiode", "Legislatur", "Mandatsperiode", "Amtszeit",
    "Schuljahr", "Schuljahres", "Schuljahrs", "Studienjahr", "Studienjahres", "Kindergartenjahr",
    "Kindergartenjahres", "Geschäftsjahr", "Geschäftsjahres", "Wirtschaftsjahr", "Wirtschaftsjahres",
    "Haushaltsjahr", "Haushaltsjahres", "Vereinsjahr", "Vereinsjahres", "Tätigkeitsjahr",
    "Arbeitsjahr", "Jagdjahr", "Wintersemester", "Semester"])

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
         day_month, priority=2),
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
    rule("de-day-month-ordinal", "DATE",
         rf"\b{ORDINAL_WORD}\s+(?P<mon>{MONTH})s?(?![\w])(?:\s+(?P<y>{YEAR})\b)?", ordinal_day_month, priority=3),
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
         rf"\b(?:im|seit|bis|ab|vom|zum|nach|für|den|dem|des|der|ganzen|während|und|oder|diese[mns]?|(?:im\s+)?(?P<rel>{REL}))\s+(?P<t>(?:(?P<rel2>{REL})\s+)?(?P<season>{SEASON})(?:monate|monaten)?\b(?!-\w)(?:\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres)\b)?)",
         season, priority=1),
    # "in diesem (strengen) Winter": the demonstrative is part of the span, as with
    # "der vergangenen Woche".
    rule("de-season-this", "DATE",
         rf"\b(?P<t>(?P<rel>diese[mnrs]?)\s+(?:[a-zäöüß]{{3,}}e[nmrs]?\s+)?(?P<season>{SEASON})(?:monate|monaten)?)\b(?!-\w)",
         season, priority=1),
    rule("de-decade", "DATE",
         rf"\b(?:(?:{MODW})\s+|{HALF_OF})?(?:(?:de[nr]|die)\s+)?(?:(?P<early>frühen|späten|ausgehenden|beginnenden)\s+)?(?P<dec>{DECADE}|(?:1[0-9]|20)?\d0-?er)(?:\s*-?\s*Jahren?|n?\b)",
         decade, relative=False, priority=2),
    rule("de-century", "DATE",
         rf"\b(?:(?:{MODW})\s+|{HALF_OF})?(?:(?:de[smn]|das)\s+)?(?:(?P<early>frühen|späten|ausgehenden|beginnenden)\s+)?(?P<n>[12]?\d)\.\s*Jahrhunderts?\b",
         century, relative=False, priority=2,
         cue="jahrhundert"),
    rule("de-century-word", "DATE",
         rf"\b(?:(?:{MODW})\s+|{HALF_OF})?(?:(?:de[smn]|das)\s+)?(?:(?P<early>frühen|späten|ausgehenden|beginnenden)\s+)?{ORDINAL_WORD}\s+Jahrhunderts?\b",
         century, relative=False, priority=2,
         cue="jahrhundert"),
    rule("de-millennium", "DATE",
         rf"\b(?:(?:de[smn]|das)\s+)?(?:{ORDINAL_WORD}|(?P<n>[1-3])\.)\s*Jahrtausends?\b",
         lambda m, ctx: str((_ORDINAL_STEMS[m.group("ord").lower()] if m.group("ord") else int(m.group("n"))) - 1),
         relative=False, priority=2, cue="jahrtausend"),
    rule("de-century-rel", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[smn]|das)\s+)?(?P<rel>{REL})\s+Jahrhunderts?\b",
         century, priority=1, cue="jahrhundert"),
    # The look-ahead at what a match starts with (a MODW word, des/dem, Jahr, the year) comes
    # first: the thirty look-behinds of NOT_YEAR_BEFORE were tried at every position of a digit
    # window, the most costly step of the stage.
    rule("de-year", "DATE",
         rf"(?=[abdejm12]){NOT_YEAR_BEFORE}\b(?:(?:{MODW})\s+)?(?:(?:de[sm]\s+)?Jahr(?:es|e)?\s+)?(?P<y>{YEAR})\b{NOT_YEAR_AFTER}",
         year, relative=False),
    # "als etwa 1930 gegenüber ...", "(ca. 1850)": after an approximation word a count is
    # far more common ("rund 1500 Azubis"), so only a year-like number that no noun or
    # unit follows is a year.
    rule("de-year-approx", "DATE",
         r"\b(?:etwa|ca\.|circa|zirka)\s+(?P<t>(?P<y>1[89]\d\d|20[0-3]\d))\b"
         r"(?=\s*[,;.)!?]|\s+(?:gegenüber|als|wurde|wurden|war|waren|entstand|erbaut|gebaut|"
         r"gegründet|errichtet|geboren|gestorben|starb|kam|begann)\b)",
         year, relative=False),
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
    rule("de-relative-unit", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[rsnm]|die|das)\s+)?(?P<rel>{REL})\s+(?P<unit>Wochenende|Woche|Monats?|Jahr(?:es|s)?|Jahrzehnts?|Tag(?:es)?)\b",
         relative_unit, priority=1),
    rule("de-next-day", "DATE",
         r"\b(?:am|vom|des)\s+(?P<t>(?P<rel>darauf\s*folgenden)\s+(?P<unit>Tag(?:es)?))\b",
         lambda m, ctx: relative_unit_next(m, ctx), priority=1),
    rule("de-next-pod", "TIME",
         rf"\b(?:am|in\s+der|des)\s+(?P<t>(?:nächsten|folgenden|darauf\s*folgenden)\s+(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)s?)\b",
         next_pod, priority=1),
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
         cue=UNIT),
    rule("de-duration-range-end", "DURATION",
         rf"(?<![\d.,])(?<!von )(?<!ab )(?<!mit )(?<!Alter )\b(?:{NUM}|\d+(?:,\d+)?)\s*(?:bis|-|–)\s*"
         rf"(?P<t>(?P<n>{NUM}|\d+(?:,\d+)?)\s+(?P<unit>{UNIT}))\b{NOT_AGE_AFTER}",
         duration, relative=False, priority=1,
         cue=UNIT),
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
    rule("de-clock", "TIME",
         # "9 Uhr 30": the minutes after "Uhr" (not "5 Uhr 30 Gäste", "Uhr 30 Minuten")
         r"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d)\s*Uhr\b|\s*Uhr\b"
         r"(?:\s+(?P<mi2>[0-5]\d)\b(?!\s*(?:(?-i:[A-ZÄÖÜ])|[.,:]\d|%|€)))?)", clock, priority=1),
    rule("de-clock-words", "TIME",
         rf"\b(?:(?P<half>halb)\s+)?(?P<hw>{alternation(_CLOCK_WORDS)})\s+Uhr\b", clock_words, priority=1,
         cue="uhr"),
    rule("de-clock-range-start", "TIME",
         rf"(?<![\d.,])(?P<h>[012]?\d)(?:[.:](?P<mi>[0-5]\d))?{_RANGE_END}", clock, priority=1),
    rule("de-clock-range-mid", "TIME", _RANGE_MID, clock, priority=1),
    rule("de-clock-um", "TIME", _CLOCK_UM, clock, priority=1),
    rule("de-clock-between", "TIME", _BETWEEN_START, clock, priority=1),
    # "um halb acht": "halb" makes it a clock time without "Uhr".
    rule("de-clock-half", "TIME",
         rf"(?<=\b[Uu]m\s)(?P<half>halb)\s+(?P<hw>{alternation(_CLOCK_WORDS)})\b(?!\s+Uhr)", clock_words,
         priority=1),
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
    # ("bis zum heutigen Tag" stays PRESENT_REF: it means "until now").
    rule("de-adjective-day", "DATE",
         r"\b(?P<t>(?P<adj>morgigen|gestrigen)\s+Tag(?:es|s)?)\b", adjective_day, priority=1),
    rule("de-adjective-day-pod", "TIME",
         rf"\b(?P<adj>heutigen|morgigen|gestrigen)\s+(?P<t>(?P<pod>{POD}))\b", adjective_day_pod, priority=1),
    # "in den frühen Morgenstunden", "in den Abendstunden": that part of the day.
    rule("de-pod-hours", "TIME",
         r"\b(?:(?:in|bis|zu)\s+(?=den)|bis\s+in\s+(?=die))(?P<t>(?:den|die)\s+(?:(?:frühen|späten)\s+)?(?P<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)s?stunden)\b",
         part_of_day, priority=1),
    rule("de-set-word", "SET",
         # "zweimal wöchentlich": the frequency word is part of the span (KRAUTS).
         rf"\b(?:(?:ein|zwei|drei|vier|fünf|sechs|mehr|\d+)[- ]?mal\s+)?(?P<w>{alternation(lx.SET_WORDS[L])})(?:e[nmrs]?)?\b",
         set_word, relative=False),
    rule("de-set-pod", "SET", rf"\b(?P<w>{alternation(lx.SET_PART_OF_DAY[L])})\b", set_pod,
         relative=False),
    rule("de-set-every", "SET",
         rf"\b(?:jede[nsm]?|alle)\s+(?:(?P<n>{NUM}|\d+)\s+|(?P<paar>paar)\s+)?(?P<u>{UNIT}|{WD}|{POD})\b",
         set_every, relative=False),
    # "jedes Wochenende", "an jedem Wochenende": every weekend (TIMEX3 XXXX-WXX-WE).
    rule("de-set-weekend", "SET", r"\b(?:jede[nsm]?)\s+Wochenende\b",
         lambda m, ctx: "XXXX-WXX-WE", relative=False, priority=2),
    rule("de-set-weekday", "SET",
         rf"\b(?:jede[nsm]?|immer)\s+(?:(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+)?(?P<wd>{WD})(?P<pod>{POD})?s?\b(?P<monthly>\s+im\s+Monat)?",
         set_weekday, relative=False, priority=2),
    rule("de-set-weekdays", "SET", rf"\b(?P<wd>{WD})s\b",
         lambda m, ctx: f"XXXX-WXX-{lx.WEEKDAYS[L][m.group('wd').lower()]}", relative=False),
    # "zweimal pro Woche", "dreimal am Tag", "mehrmals im Jahr": the frequency is inside (KRAUTS).
    rule("de-set-per", "SET", r"\b(?:(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)[- ]?mal|mehrmals)\s+"
         r"(?:pro|je|im|in\s+der|am)|pro|je)\s+(?P<u>Jahr|Monat|Woche|Tag|Stunde)\b",
         set_every, relative=False),
    # "400 Euro im Monat", "40 Stunden in der Woche", "200 Patienten am Tag": a rate.
    rule("de-set-rate", "SET",
         rf"(?:\d|\b(?:{NUM})\b)[\w.,]*\s+(?:[A-ZÄÖÜ][\wäöüß]*\s+)?(?P<t>im\s+(?P<u>Monat|Jahr)|in\s+der\s+(?P<u2>Woche)|am\s+(?P<u3>Tag))\b"
         rf"(?!\s*(?:\d|{MONTH}))",
         lambda m, ctx: r.duration(1, lx.UNITS[L][(m.group("u") or m.group("u2") or m.group("u3")).lower()]),
         relative=False,
         cue="Monat|Jahr|Woche|Tag"),
    # "die die EU im Jahr noch zahlt": a rate without a number before it, as long as
    # nothing after "im Jahr" names which year ("im Jahr 2014", "im Jahr darauf",
    # "im Jahr der Wende", "im Jahr, in dem ...").
    rule("de-set-rate-bare", "SET",
         rf"\b(?P<t>[Ii]m\s+(?P<u>Jahr|Monat))\b(?![,;:]|\s*(?:\d|(?i:{MONTH})\b|darauf|danach|zuvor|davor|"
         r"vorher|nachher|eins\b|de[rsm]\b|[A-ZÄÖÜ]))",
         lambda m, ctx: r.duration(1, lx.UNITS[L][m.group("u").lower()]), relative=False, flags=0),
    # "am selben Tag", "im gleichen Jahr", "im Jahr darauf": the day or year just talked
    # about (the last day named, the year of the story), else the anchor's.
    rule("de-same-unit", "DATE",
         r"\b(?:am|im|in\s+der|zur|an\s+diesem|in\s+dieser)\s+(?P<t>(?:(?:selben|gleichen|demselben|derselben)\s+)?(?P<unit>Tag|Abend|Nacht|Morgen|Vormittag|Mittag|Nachmittag|Woche|Monat|Jahr))\b"
         r"(?<!\bam\sTag)(?<!\bam\sMorgen)(?<!\bam\sAbend)(?<!\bam\sMittag)(?<!\bim\sJahr)(?<!\bim\sMonat)"
         r"(?<!\bam\sVormittag)(?<!\bam\sNachmittag)(?<!\bin\sder\sNacht)(?<!\bin\sder\sWoche)(?<!\bzur\sNacht)(?<!\bzur\sWoche)",
         same_unit, priority=1),
    rule("de-year-after", "DATE",
         r"\b(?:im|ein|einem)\s+(?P<t>Jahr\s+(?P<dir>darauf|danach|zuvor|davor))\b", year_after, priority=1),
    # "im Folgejahr", "des Folgejahres": like "im Jahr darauf"
    rule("de-following-year", "DATE",
         r"\b(?:im|des|dem|das|ins)\s+(?P<t>(?P<dir>Folgejahr)(?:es|s)?)\b", year_after, priority=1),
    # "um Mitternacht": the end of that day, T24:00 (TimeML, HeidelTime).
    rule("de-midnight", "TIME", r"\b(?:um|gegen|nach|vor|bis|ab|seit)\s+(?:kurz\s+)?(?:(?:nach|vor)\s+)?(?P<t>Mitternacht)\b",
         lambda m, ctx: ctx.reference_day().isoformat() + "T24:00", priority=1),
    rule("de-set-repeat", "SET", r"\b(?P<u>Jahr|Tag|Woche|Monat)\s+(?:um|für)\s+(?:Jahr|Tag|Woche|Monat)\b",
         set_every, relative=False),
    rule("de-day-before-after", "DATE",
         r"\b(?:(?:am|vom)\s+)?(?P<t>Vortag(?:es)?|Tag(?:e|es)?\s+(?:zuvor|davor|darauf|danach)|Tags\s+(?:zuvor|darauf)|Folgetag(?:es)?)\b",
         day_before_after),
    rule("de-half-year", "DATE",
         rf"\b(?:de[rmn]\s+|das\s+)?(?P<h>ersten|zweiten|erste|zweite)\s+(?:Jahreshälfte|Halbjahr(?:es)?|Hälfte\s+(?:des|dieses)\s+Jahres)(?:\s+(?P<y>{YEAR})|\s+(?:des\s+)?(?P<rel>{REL})\s+Jahres)?\b",
         half_year, priority=1),
    # Quarters; Italian-style "Trimester" in South Tyrolean copy means the same.
    rule("de-quarter", "DATE",
         rf"\b(?:de[mns]\s+|das\s+)?(?P<q>ersten?|zweiten?|dritten?|vierten?|letzten?|[1-4]\.)\s*"
         rf"(?:Quartal|Trimester|Vierteljahr)(?:e?s)?(?:\s+(?P<y>{YEAR})\b|\s+(?:des\s+)?(?P<yrel>(?:{REL})\s+Jahres|Vorjahres)\b)?",
         quarter, priority=1),
    rule("de-tomorrow-initial", "DATE", r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<rel>Morgen)\b(?!\s*(?:früh|abend))",
         lambda m, ctx: (ctx.anchor_date() + dt.timedelta(days=1)).isoformat(), flags=0),
    rule("de-tomorrow-initial-pod", "TIME",
         r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<rel>Morgen)\s+(?P<pod>früh|[Aa]bend|[Vv]ormittag|[Nn]achmittag|[Mm]ittag)\b",
         relative_day, flags=0, priority=1),
    # "am ersten Advent", "am 3. Adventsonntag": the Sundays before Christmas (HeidelTime's
    # German resources name them too).
    rule("de-advent", "DATE",
         r"\b(?:(?P<n>[1-4])\.\s*|(?P<ord>erste|zweite|dritte|vierte)[nmrs]?\s+)Advent(?:s?sonntag)?s?\b",
         lambda m, ctx: r.nearest_holiday(ctx, ("advent", int(m.group("n")) if m.group("n") else
                                              _ORDINAL_STEMS[m.group("ord").lower()[:-1]])),
         priority=1),
    # "der Saison 2014/15", "die Amtsperiode 2010/15", "im Schuljahr 2013/14": a period that
    # straddles two years has no TIMEX3 value of its own; KRAUTS spans the noun with the
    # years and leaves the value open (XXXX-XX-XX), rather than naming the first year.
    rule("de-period-two-years", "DATE",
         rf"\b(?P<t>(?:(?:der|die|das|dem|den)\s+)?(?:{_PERIOD_NOUNS})\s+(?:{YEAR})\s?/\s?(?:{YEAR}|\d\d))\b(?![/.,]\d)",
         lambda m, ctx: "XXXX-XX-XX", relative=False, priority=3),
    # "in dieser schwierigen Zeit": with an adjective the demonstrative points at the time
    # the clause talks about: the present, or the past in a past clause ("dieser Zeit"
    # alone stays PAST_REF, see lexicon.REFERENCE_WORDS).
    rule("de-this-time", "DATE",
         r"\b(?:in|zu|seit|während)\s+(?P<t>(?:dieser|jener)\s+(?:[a-zäöüß]{3,}(?:en|e)\s+)(?:Zeit|Zeiten))\b",
         lambda m, ctx: "PAST_REF" if ctx.past else "PRESENT_REF", priority=1),
    # "Goldener Sonntag", "Silberner Sonntag": the shopping Sundays of Advent in South Tyrol and
    # Austria, the fourth and the third ("Goldenen-Sonntag-Veranstaltungen").
    rule("de-advent-shopping", "DATE",
         r"\b(?P<g>Golden|Silbern)e[nmrs]?[-\s]+Sonntag(?:s)?(?![a-zäöüß])",
         lambda m, ctx: r.nearest_holiday(ctx, ("advent", 4 if m.group("g").lower() == "golden" else 3)),
         priority=2),
    rule("de-holiday", "DATE",
         rf"\b(?P<h>{alternation(lx.HOLIDAYS[L])})(?:\s+(?P<y>{YEAR}))?\b", holiday),
    *_reference_rules(),
]

# The trigger words each rule needs (see triggers.py); rules not listed need a digit.
NEEDS = {
    "de-month-range-start": ("month",), "de-month-mod": ("month",), "de-month-cue": ("month",), "de-month-bare": ("month",), "de-month-list": ("month",), "de-day-month-ordinal": ("month",), "de-month-relative": ("month",),
    "de-season": ("season",), "de-season-this": ("season",), "de-decade": ("decade", "digit"),
    "de-century-rel": ("unit",), "de-century-word": ("unit",), "de-millennium": ("millennium", "digit"), "de-relative-day": ("relday",),
    "de-weekday-pod": ("weekday",), "de-weekday-of-week": ("weekday",), "de-weekday": ("weekday",), "de-relative-unit": ("unit", "compound"),
    "de-mod-unit": ("unit",), "de-compound": ("compound",), "de-duration": ("unit",),
    "de-duration-vague": ("unit",), "de-duration-compound": ("digit", "number"),
    "de-duration-adjective": ("digit", "number"), "de-duration-bare": ("unit",), "de-duration-the-years": ("unit",), "de-duration-the-years-of": ("unit",), "de-duration-lang": ("unit",),
    "de-part-of-day": ("pod",), "de-adjective-day-pod": ("pod",), "de-adjective-day": ("compound",), "de-pod-hours": ("podhours",), "de-pod-of-date": ("pod",), "de-set-weekdays": ("weekday",),
    "de-duration-within": ("unit",), "de-duration-range-start": ("unit",), "de-duration-range-end": ("unit",), "de-night-before": ("weekday", "relday"), "de-last-night": ("pod",), "de-clock-words": ("number",), "de-clock-half": ("number",), "de-set-word": ("set",), "de-set-pod": ("pod",),
    "de-set-every": ("set",), "de-set-weekend": ("set",), "de-course-of-unit": ("unit",), "de-set-weekday": ("weekday",), "de-set-per": ("set",),
    "de-set-repeat": ("unit",), "de-set-rate": ("unit",), "de-day-before-after": ("compound",),
    "de-half-year": ("compound",), "de-quarter": ("compound",), "de-tomorrow-initial": ("relday", "pod"),
    "de-holiday": ("holiday",), "de-advent": ("holiday",), "de-set-rate-bare": ("unit",), "de-same-unit": ("unit", "pod"),
    "de-year-after": ("unit",), "de-following-year": ("compound",), "de-midnight": ("midnight",),
    "de-next-day": ("unit",), "de-next-pod": ("pod",), "de-tomorrow-initial-pod": ("relday", "pod"),
    "de-duration-of": ("unit",), "de-quarter-hour": ("podhours",),
    "de-duration-adjective-vague": ("unit2",), "de-this-time": ("ref",),
    "de-advent-shopping": ("weekday",),
}
RULES = [replace(r, needs=("ref",) if r.name.endswith("_ref") else NEEDS.get(r.name, ("digit",)))
         for r in RULES]
