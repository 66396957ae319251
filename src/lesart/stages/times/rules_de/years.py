"""Years ('1989', 'im Jahr 2014', 'etwa 1930'), decades ('die frühen Neunziger', 'der
1980er Jahre'), centuries, millennia, and periods named by two years ('Saison 2014/15')."""
from __future__ import annotations

import re

from .. import lexicon as lx
from .. import resolve as r
from ..rules import Rule, alternation, decade_value, rule
from .not_times import NOT_YEAR_AFTER, NOT_YEAR_BEFORE
from .shared import L, MODW, ORDINAL_STEMS, ORDINAL_WORD, REL, YEAR, rel_offset

DECADE = alternation(lx.DECADE_WORDS[L])

# "der ersten Hälfte des 15. Jahrhunderts": KRAUTS spans the half with the century
# (value 14), as it spans "Mitte der achtziger Jahre".
HALF_OF = r"(?:(?:der|die)\s+)?(?:erste|zweite)n?\s+Hälfte\s+"


def year(m, ctx):
    return m.group("y")


# "die frühen Neunziger", "im späten 19. Jahrhundert": the start or the end of it.
_EARLY_LATE = {"frühen": "START", "beginnenden": "START", "späten": "END", "ausgehenden": "END"}


def _early_late(m, value):
    early = m.groupdict().get("early")
    return (value, "DATE", _EARLY_LATE[early.lower()]) if early and value else value


# A decade word with nothing around it is a name or a count ("Theo Zwanziger", "einen
# Zwanziger"): the decade needs an article, a modifier before it or "Jahre" after it
# ("den Neunzigern", "Mitte der Achtziger", "Zwanzigerjahre"); "90er" stands alone.
_DECADE_FRAMED = re.compile(r"(?i)^(?:\S+\s+)+\S|jahr")


def decade(m, ctx):
    dec = m.group("dec")
    if dec[0].isalpha() and not _DECADE_FRAMED.search(m.group(0)):
        return None
    return _early_late(m, decade_value(dec, L))


def century(m, ctx):
    if m.groupdict().get("n"):
        return _early_late(m, f"{int(m.group('n')) - 1:02d}")
    if m.groupdict().get("ord"):        # "im zwanzigsten Jahrhundert" -> 19
        return _early_late(m, f"{ORDINAL_STEMS[m.group('ord').lower()] - 1:02d}")
    return r.relative_unit(ctx, "CE", rel_offset(m.group("rel")))


# Periods named by two years ("Saison 2014/15").
_PERIOD_NOUNS = alternation([
    "Saison", "Wintersaison", "Sommersaison", "Skisaison", "Spielzeit", "Spielsaison",
    "Amtsperiode", "Legislaturperiode", "Legislatur", "Mandatsperiode", "Amtszeit",
    "Schuljahr", "Schuljahres", "Schuljahrs", "Studienjahr", "Studienjahres", "Kindergartenjahr",
    "Kindergartenjahres", "Geschäftsjahr", "Geschäftsjahres", "Wirtschaftsjahr", "Wirtschaftsjahres",
    "Haushaltsjahr", "Haushaltsjahres", "Vereinsjahr", "Vereinsjahres", "Tätigkeitsjahr",
    "Arbeitsjahr", "Jagdjahr", "Wintersemester", "Semester"])

RULES: list[Rule] = [
    rule("de-decade", "DATE",
         rf"\b(?:(?:{MODW})\s+|{HALF_OF})?(?:(?:de[nr]|die)\s+)?(?:(?P<early>frühen|späten|ausgehenden|beginnenden)\s+)?(?P<dec>{DECADE}|(?:1[0-9]|20)?\d0-?er)(?:\s*-?\s*Jahren?|n?\b)",
         decade, relative=False, priority=2,
         cue=r"ziger|ßiger|0-?er"),
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
         lambda m, ctx: str((ORDINAL_STEMS[m.group("ord").lower()] if m.group("ord") else int(m.group("n"))) - 1),
         relative=False, priority=2, cue="jahrtausend"),
    rule("de-century-rel", "DATE",
         rf"\b(?:(?:{MODW})\s+)?(?:(?:de[smn]|das)\s+)?(?P<rel>{REL})\s+Jahrhunderts?\b",
         century, priority=1, cue="jahrhundert"),
    # The look-ahead at what a match starts with (a MODW word, des/dem, Jahr, the year) comes
    # first: the thirty look-behinds of NOT_YEAR_BEFORE were tried at every position of a digit
    # window, the most costly step of the stage; then the word boundary, which fails inside a
    # word, and what a match starts with (a MODW word, des/dem, Jahr, a year: 'die', 'auf',
    # 'bei' fail there), before the look-behinds are tried (zero-width tests of one position
    # in any order: the same matches, the rule three times as fast).
    rule("de-year", "DATE",
         rf"(?=[abdejm12])\b(?=(?:{MODW})|de[sm]\s|jahr|{YEAR}){NOT_YEAR_BEFORE}(?:(?:{MODW})\s+)?(?:(?:de[sm]\s+)?Jahr(?:es|e)?\s+)?(?P<y>{YEAR})\b{NOT_YEAR_AFTER}",
         year, relative=False),
    # "als etwa 1930 gegenüber ...", "(ca. 1850)": after an approximation word a count is
    # far more common ("rund 1500 Azubis"), so only a year-like number that no noun or
    # unit follows is a year.
    rule("de-year-approx", "DATE",
         r"\b(?:etwa|ca\.|circa|zirka)\s+(?P<t>(?P<y>1[89]\d\d|20[0-3]\d))\b"
         r"(?=\s*[,;.)!?]|\s+(?:gegenüber|als|wurde|wurden|war|waren|entstand|erbaut|gebaut|"
         r"gegründet|errichtet|geboren|gestorben|starb|kam|begann)\b)",
         year, relative=False, cue=r"etwa|ca\.|circa|zirka"),
    # "der Saison 2014/15", "die Amtsperiode 2010/15", "im Schuljahr 2013/14": a period that
    # straddles two years has no TIMEX3 value of its own; KRAUTS spans the noun with the
    # years and leaves the value open (XXXX-XX-XX), rather than naming the first year.
    rule("de-period-two-years", "DATE",
         rf"\b(?P<t>(?:(?:der|die|das|dem|den)\s+)?(?:{_PERIOD_NOUNS})\s+(?:{YEAR})\s?/\s?(?:{YEAR}|\d\d))\b(?![/.,]\d)",
         lambda m, ctx: "XXXX-XX-XX", relative=False, priority=3, cue=_PERIOD_NOUNS),
]
