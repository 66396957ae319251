"""Which rule needs which kind of word, and where those words are.

Scanning ~40 patterns over a whole article costs tens of milliseconds in
Python's ``re``; almost all positions cannot start a time expression.  One
pass over the tokens finds the words each rule needs (a digit, a month name,
a unit, 'heute', ...), and each rule then runs only in short windows around
its own trigger words.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..token_memo import TokenMemo
from . import lexicon as lx

TOKEN = re.compile(r"\d+|[^\W\d_]+")
# How far an expression may reach before and after its trigger word
# ("den letzten zehn Jahren", "Oktober des vergangenen Jahres").
BEFORE, AFTER = 60, 80

_ORDINALS = {"erster", "ersten", "zweiter", "zweiten"}
_EXTRA = {
    "de": {
        "relday": {"heute", "gestern", "morgen", "vorgestern", "übermorgen"},
        "compound": {"vorjahr", "vorjahres", "vorjahrs", "heuer", "vormonat", "vormonats",
                     "vorwoche", "wochenende", "wochenendes", "jahresende", "jahresbeginn", "jahresanfang",
                     "jahresmitte", "monatsende", "monatsanfang", "monatsbeginn", "wochenbeginn",
                     "wochenmitte", "wochenanfang", "monatsmitte",
                     "diesjährigen", "diesjährige", "vorjährigen", "vortag", "vortages", "tags",
                     "tag", "tage", "tages", "folgetag", "folgetages", "folgejahr", "folgejahres", "folgejahrs", "jahreshälfte", "hälfte",
                     "halbjahr", "halbjahres", "quartal", "quartals", "quartales",
                     "trimester", "trimesters", "vierteljahr", "vierteljahres"},
        # The first word names the feast, except after an ordinal ("ersten
        # Weihnachtsfeiertag"): the ordinal is too common to open a window on.
        "holiday": {(phrase.split()[-1] if phrase.split()[0] in _ORDINALS else phrase.split()[0]).split("-")[0]
                    for phrase in lx.HOLIDAYS["de"]},
        "millennium": {"jahrtausend", "jahrtausends"},
        "midnight": {"mitternacht"},
        "podhours": {"morgenstunden", "vormittagsstunden", "mittagsstunden",
                     "nachmittagsstunden", "abendstunden", "nachtstunden", "viertelstunde",
                      "viertelstunden", "dreiviertelstunde"},
        "set": {"jede", "jeden", "jedes", "jedem", "alle", "pro", "je", "immer", "einmal",
                "zweimal", "dreimal", "viermal", "fünfmal", "mehrmals"},
    },
    "en": {
        "relday": {"yesterday", "today", "tomorrow", "tonight", "this", "last"},
        "compound": {"weekend", "quarter", "q1", "q2", "q3", "q4", "ago", "noon", "midnight"},
        "holiday": {phrase.split()[0].split("'")[0] for phrase in lx.HOLIDAYS["en"]},
        "millennium": {"millennium"},
        "set": {"every", "each", "per", "a"},
    },
}


def _vocabulary(lang: str) -> dict[str, set[str]]:
    v = {
        "month": {w.rstrip(".") for w in lx.MONTHS[lang]},
        "weekday": set(lx.WEEKDAYS[lang]),
        "season": set(lx.SEASONS[lang]),
        "pod": set(lx.PARTS_OF_DAY[lang]) | set(lx.SET_PART_OF_DAY[lang]),
        "unit": set(lx.UNITS[lang]),
        "decade": set(lx.DECADE_WORDS[lang]),
        "set": set(lx.SET_WORDS[lang]) | _EXTRA[lang]["set"],
        "ref": {phrase.split()[-1] for ws in lx.REFERENCE_WORDS[lang].values() for phrase in ws},
        "number": set(lx.NUMBER_WORDS[lang]),
    }
    for k in ("relday", "compound", "holiday", "millennium", "podhours", "midnight"):
        v[k] = set(_EXTRA[lang].get(k, ()))
    return v


VOCABULARY = {lang: _vocabulary(lang) for lang in ("de", "en")}
# Compounds: "Dienstagabend", "jahrelang", "tägliche" start with a known word.
PREFIXES = {
    "de": {"weekday": tuple(lx.WEEKDAYS["de"]), "unit": ("jahr", "monat", "woche", "tag", "stunde"),
           "number": ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
                      "zehn"),
           "set": tuple(lx.SET_WORDS["de"]), "season": tuple(lx.SEASONS["de"]),
           "decade": tuple(lx.DECADE_WORDS["de"]),
           "month": tuple(w for w in lx.MONTHS["de"] if not w.endswith(".")),
           # "am ersten Advent", "3. Adventsonntag" (rules_de: de-advent)
           "holiday": ("advent", "welt"),      # (and "Weltfrauentag": rules_de de-awareness-day-world)
           # "langjährige", "mehrmonatigen": vague durations as adjectives
           "unit2": ("langjährig", "mehrjährig", "vieljährig", "mehrmonatig", "mehrwöchig",
                     "mehrtägig", "mehrstündig")},
    "en": {"weekday": tuple(lx.WEEKDAYS["en"])},
}


def _index(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, list[tuple[str, str]]]]:
    """word -> kinds, and first three letters -> (prefix, kind) for compounds."""
    kinds: dict[str, list[str]] = defaultdict(list)
    for kind, words in VOCABULARY[lang].items():
        for w in words:
            kinds[w].append(kind)
    by_start: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, prefixes in PREFIXES[lang].items():
        for p in prefixes:
            by_start[p[:3]].append((p, kind))
    return {w: tuple(k) for w, k in kinds.items()}, dict(by_start)


INDEX = {lang: _index(lang) for lang in ("de", "en")}


def positions(text: str, lang: str, start: int, end: int) -> dict[str, list[tuple[int, int]]]:
    """Trigger-word spans by kind ('digit', 'month', 'unit', ...)."""
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span, kinds in _KINDS_OF_TOKEN.hits(TOKEN, text, lang, start, end):
        for kind in kinds:
            found[kind].append(span)
    return found


def _kinds(tok: str, lang: str) -> tuple[str, ...]:
    """The trigger kinds of one token (a kind twice where two of its prefixes have it)."""
    if tok[0].isdigit():
        return ("digit",)
    kinds_of, by_start = INDEX[lang]
    low = tok.lower()
    return kinds_of.get(low) or tuple(kind for prefix, kind in by_start.get(low[:3], ()) if low.startswith(prefix))


# token -> its kinds, per language (each token looked up once)
_KINDS_OF_TOKEN: TokenMemo[tuple[str, ...]] = TokenMemo(_kinds)


def windows(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Merge trigger spans, widened by BEFORE/AFTER, into disjoint windows."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        s, e = max(start, s - BEFORE), min(end, e + AFTER)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
