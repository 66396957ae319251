"""Sets, what recurs: 'wöchentlich', 'jeden Montag', 'montags', 'zweimal pro Woche', '400
Euro im Monat', 'Jahr für Jahr'."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, number, rule
from .shared import L, MONTH, NUM, POD, UNIT, WD


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


RULES: list[Rule] = [
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
    # "(immer) am ersten Montag im Monat", "am letzten Freitag jedes / des Monats": a weekday that
    # recurs every month, spanned whole like "jeden zweiten Donnerstag im Monat" (not dated).
    rule("de-set-weekday-of-month", "SET",
         rf"\bam\s+(?P<t>(?:ersten|zweiten|dritten|vierten|letzten)\s+(?P<wd>{WD})(?:{POD})?\s+(?:im|jedes|eines|des)\s+Monats?)\b",
         lambda m, ctx: "P1M", relative=False, priority=3),
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
         cue=r"im\s+(?:Monat|Jahr)|in\s+der\s+Woche|am\s+Tag"),
    # "die die EU im Jahr noch zahlt": a rate without a number before it, as long as
    # nothing after "im Jahr" names which year ("im Jahr 2014", "im Jahr darauf",
    # "im Jahr der Wende", "im Jahr, in dem ...").
    rule("de-set-rate-bare", "SET",
         rf"\b(?P<t>[Ii]m\s+(?P<u>Jahr|Monat))\b(?![,;:]|\s*(?:\d|(?i:{MONTH})\b|darauf|danach|zuvor|davor|"
         r"vorher|nachher|eins\b|de[rsm]\b|[A-ZÄÖÜ]))",
         lambda m, ctx: r.duration(1, lx.UNITS[L][m.group("u").lower()]), relative=False, flags=0,
         cue=r"[Ii]m\s+(?:Jahr|Monat)"),
    rule("de-set-repeat", "SET", r"\b(?P<u>Jahr|Tag|Woche|Monat)\s+(?:um|für)\s+(?:Jahr|Tag|Woche|Monat)\b",
         set_every, relative=False),
]
