"""A cheap tense guess for the clause around a time expression.

Only what decides between 'the last August' and 'the next August' matters:
explicit future markers (wird, will, plant, ab, kommenden), past markers
(auxiliaries, participles, preterite forms, seit, since, ago).  When both
occur, the marker closer to the expression wins.
"""
from __future__ import annotations

import re

from . import lexicon as lx


def _words(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))


# German preterite: lower-case words in -te/-ten (nouns are capitalised), minus
# frequent adjectives and numerals with the same ending.
_DE_NOT_PRETERITE = {
    "letzte", "letzten", "erste", "ersten", "zweite", "zweiten", "dritte", "dritten",
    "vierte", "vierten", "fünfte", "fünften", "beste", "besten", "gute", "guten", "meiste",
    "meisten", "nächste", "nächsten", "weite", "weiten", "breite", "breiten", "rechte",
    "rechten", "heute", "leute", "späte", "späten", "mitte", "halbe", "neueste", "neuesten",
    "größte", "größten", "höchste", "höchsten", "wichtigste", "wichtigsten", "konkreten",
    "konkrete", "harte", "harten", "rote", "roten", "tote", "toten", "gesamte", "gesamten",
    "soziale", "sozialen", "bereits", "wenigsten", "wenigste", "unterste", "oberste",
    "bekannte", "bekannten", "zweitgrößte", "hunderte", "hunderten", "kommenden", "kommende",
    "vergangenen", "vergangene", "lette", "elite", "geplante", "geplanten", "gerechte",
}
_PATTERNS = {
    "de": (
        re.compile(r"(?<!\w)(?:" + _words(lx.FUTURE_CUES["de"]) + r")(?!\w)", re.I),
        re.compile(r"(?<!\w)(?:" + _words(lx.PAST_CUES["de"]) + r")(?!\w)"
                   r"|(?<!\w)(?:an|auf|aus|ein|ab|zu|vor|nach|mit|weg|zurück|fest|her|hin|los|dar)?"
                   r"ge[a-zäöüß]{3,}(?:t|en)(?!\w)"
                   r"|(?<!\w)(?:[a-zäöüß]{3,}(?:te|ten))(?!\w)"
                   r"|(?<!\w)(?:gab|kam|kamen|ging|gingen|stand|standen|fand|fanden|begann|"
                   r"begannen|starb|traf|trafen|sprach|hieß|lag|lagen|blieb|blieben|zog|"
                   r"fiel|fielen|rief|sah|nahm|nahmen|brachte|verlor|gewann|schrieb|wies|ließ|ließen|"
                   r"hielt|hielten|trat|traten|bat|erhielt|verließ|entschied|beschloss|stieg|sank)(?!\w)"),
    ),
    "en": (
        re.compile(r"(?<![\w'])(?:" + _words(lx.FUTURE_CUES["en"]) + r")(?!\w)", re.I),
        re.compile(r"(?<!\w)(?:" + _words(lx.PAST_CUES["en"]) + r")(?!\w)"
                   r"|(?<!\w)[a-z]{3,}ed(?!\w)"
                   r"|(?<!\w)(?:said|told|took|gave|came|went|began|found|made|met|held|won|"
                   r"lost|left|saw|got|fell|rose|sent|struck|killed|became|brought|announced|"
                   r"wrote|spoke|ran|led|paid|sold|bought|thought|knew|felt|kept)(?!\w)"),
    ),
}


def guess(clause_left: str, clause_right: str, lang: str) -> str | None:
    """'past', 'future' or None for the text left and right of the expression."""
    future_re, past_re = _PATTERNS[lang]
    dist = {}
    for name, regex in (("future", future_re), ("past", past_re)):
        best = None
        for m in regex.finditer(clause_left):
            if name == "past" and lang == "de" and m.group(0).lower() in _DE_NOT_PRETERITE:
                continue
            best = len(clause_left) - m.end()
        for m in regex.finditer(clause_right):
            if name == "past" and lang == "de" and m.group(0).lower() in _DE_NOT_PRETERITE:
                continue
            d = m.start()
            best = d if best is None else min(best, d)
            break
        if best is not None:
            dist[name] = best
    if not dist:
        return None
    return min(dist, key=dist.get)
