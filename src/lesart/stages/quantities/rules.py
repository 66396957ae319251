"""Precompiled patterns for numbers with units, German and English."""
from __future__ import annotations

import re

from . import lexicon as lx


def alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


NUMBER = {
    # German: 10.000 / 1,5 / 10.000,50; a dot with 1-2 digits is read as a decimal point.
    "de": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+",
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+",
}


def _main(lang: str) -> re.Pattern:
    approx = alternation(lx.APPROX[lang])
    words = alternation(lx.NUMBER_WORDS[lang])
    scale = alternation(lx.SCALES[lang])
    unit = alternation(lx.UNITS[lang])
    cur = alternation(lx.CURRENCY_BEFORE)
    # Scale words that are single letters ("m", "bn") must touch the number or
    # follow a currency; the unit group is checked for a word boundary by hand.
    return re.compile(
        rf"(?:(?<![\w.,:/-])|(?<=\d-))(?:(?P<approx>{approx})\s+)?"
        rf"(?:(?P<cur>{cur})\s?)?"
        rf"(?P<num>{NUMBER[lang]}|(?:{words}|{lx.WRITTEN_NUMBER[lang]})(?=\s))(?![\d]|[.,:]\d)"
        rf"(?:\s?(?P<scale>{scale})(?![\w]))?"
        rf"(?:\s?(?P<unit>{unit})(?![\w]))?",
        re.IGNORECASE,
    )


MAIN = {lang: _main(lang) for lang in ("de", "en")}

VAGUE = {lang: re.compile(
    rf"(?<![\w-])(?:(?P<approx>{alternation(lx.APPROX[lang])})\s+)?"
    rf"(?P<vague>{alternation(lx.VAGUE[lang])})(?![\w-])", re.IGNORECASE)
    for lang in ("de", "en")}

FRACTION = {
    "de": re.compile(
        rf"(?<![\w-])(?:(?P<approx>{alternation(lx.APPROX['de'])})\s+)?(?:(?P<num>{alternation(lx.NUMBER_WORDS['de'])}|\d+)\s+(?P<frac>{alternation(lx.FRACTIONS['de'])})|(?:die|der)\s+(?P<half>Hälfte)|(?:eine[mnr]?\s+)?halben?\s+(?P<hscale>Million|Milliarde|Billion))(?![\w])",
        re.IGNORECASE),
    "en": re.compile(
        rf"(?<![\w-])(?:(?P<approx>{alternation(lx.APPROX['en'])})\s+)?(?:(?P<whole>\d+|{alternation(lx.NUMBER_WORDS['en'])})\s+and\s+a\s+half(?:\s+(?P<wscale>million|billion|trillion|thousand|hundred|dozen))?|(?:half\s+a|a\s+half)\s+(?P<hscale>million|billion|trillion|thousand|hundred|dozen)|(?P<num>{alternation(lx.NUMBER_WORDS['en'])}|a|\d+)[\s-]+(?P<frac>{alternation(lx.FRACTIONS['en'])})|(?P<half>half)(?=\s+(?:of|the|a)\b))(?![\w])",
        re.IGNORECASE),
}



def _cue(words) -> re.Pattern:
    """The words as a case-insensitive search, with a look-ahead at the letters they start with
    (most positions of a text fail there)."""
    firsts = "".join(sorted({w[0].lower() for w in words}))
    return re.compile(rf"(?=[{re.escape(firsts)}])(?:{alternation(words)})", re.IGNORECASE)


# Words every match of FRACTION and VAGUE consumes: a sentence without them needs neither pattern.
FRACTION_CUE = {"de": _cue([*lx.FRACTIONS["de"], "Hälfte", "halbe"]), "en": _cue([*lx.FRACTIONS["en"], "half"])}
VAGUE_CUE = {lang: _cue(lx.VAGUE[lang]) for lang in ("de", "en")}

DATE_AFTER = {
    "de": re.compile(r"\.\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|"
                     r"Oktober|November|Dezember|[01]?\d\.)", re.IGNORECASE),
    "en": re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE),
}
MONTH_BEFORE_EN = re.compile(r"(?:January|February|March|April|May|June|July|August|September|"
                             r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|"
                             r"Dec\.)\s+$")
WORD = re.compile(r"\s*([\w\-’']+|[^\w\s])")

# A currency or measurement word right after a quantity ('eine halbe Million Euro', 'half a million dollars').
UNIT_AFTER = {lang: re.compile(rf"\s?(?P<unit>{alternation(lx.UNITS[lang])})(?![\w])", re.IGNORECASE)
              for lang in ("de", "en")}
