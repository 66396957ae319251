"""What the German rule modules share: the patterns of the words they are built of (months,
weekdays, parts of the day, numbers, units, relative words, years, ordinals) and the small
readers of a match (the month's number, the offset of 'vergangenen' / 'nächsten', the year)."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import alternation

L = "de"
MONTH = alternation(lx.MONTHS[L])
WD = alternation(lx.WEEKDAYS[L])
POD = alternation(lx.PARTS_OF_DAY[L])
NUM = alternation(lx.NUMBER_WORDS[L])
UNIT = alternation(lx.UNITS[L])
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


def month_of(m: re.Match) -> int:
    mon = m.group("mon").lower()
    return lx.MONTHS[L].get(mon) or lx.MONTHS[L][mon + "."]


def rel_offset(word: str | None) -> int:
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


def year_of(m: re.Match, ctx: r.Context) -> int:
    """An explicit year, or one given by 'des vergangenen Jahres' / 'nächsten Jahres'."""
    if m.groupdict().get("y"):
        return int(m.group("y"))
    return ctx.anchor_date().year + rel_offset(m.groupdict().get("yrel"))


ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
                 "siebt": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
                 "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16,
                 "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20,
                 "einundzwanzigst": 21, "zweiundzwanzigst": 22, "dreiundzwanzigst": 23,
                 "vierundzwanzigst": 24, "fünfundzwanzigst": 25, "sechsundzwanzigst": 26,
                 "siebenundzwanzigst": 27, "achtundzwanzigst": 28, "neunundzwanzigst": 29,
                 "dreißigst": 30, "einunddreißigst": 31}
ORDINAL_WORD = rf"(?P<ord>{alternation(ORDINAL_STEMS)})e[nmrs]?"

# The words of a day named relative to the anchor, and the adjectives of them: 'am
# heutigen / morgigen / gestrigen Samstag'.
DAY_WORDS = {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2}
DAY_ADJECTIVE_OFFSET = {"heutigen": 0, "morgigen": 1, "gestrigen": -1}
