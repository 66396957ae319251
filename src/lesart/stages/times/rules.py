"""The rule table: one precompiled regex per rule plus the function that turns
a match into a TIMEX3 value.  Language tables live in ``rules_de``/``rules_en``;
this module holds what both share.

A rule's extent is the named group ``t`` when the pattern has one (so context
words such as "seit" or "um" can be matched without being part of the span),
else the whole match.  Overlaps are settled in the stage: longest span first,
then higher ``priority``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from . import lexicon as lx
from .resolve import Context

# A resolver returns the value, or (value, type) when the type depends on the match,
# or (value, type, mod) when the rule knows the mod better than the generic scan.
Resolver = Callable[[re.Match, Context], object]


@dataclass(frozen=True)
class Rule:
    name: str
    type: str
    regex: re.Pattern
    resolve: Resolver
    priority: int = 0
    relative: bool = True        # needs the anchor (False: absolute or reference token)
    needs: tuple[str, ...] = ("digit",)   # trigger-word kinds (see triggers.py)
    # Words every match contains in the text it consumes (not in a lookaround), searched
    # once per sentence: a sentence without them cannot match, and the rule, whose
    # pattern is tried at every position of its trigger windows, is skipped there.
    cue: re.Pattern | None = None


def alternation(words) -> str:
    """Longest first so that 'Jahrzehnten' wins over 'Jahr'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def rule(name: str, type_: str, pattern: str, resolve: Resolver, *, priority: int = 0,
         relative: bool = True, flags: int = re.IGNORECASE,
         needs: tuple[str, ...] = ("digit",), cue: str | None = None) -> Rule:
    return Rule(name, type_, re.compile(pattern, flags | re.UNICODE), resolve, priority, relative,
                needs, re.compile(_first_letters(cue, flags), flags | re.UNICODE) if cue else None)


_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|\\[.\-]|\\s\+)*")     # a word as ``alternation`` writes it


def _first_letters(cue: str, flags: int) -> str:
    """A case-insensitive list of words, with a look-ahead at the letters they start with.

    The regex engine tries every word of a case-insensitive alternation at every position of
    a sentence (the German month and unit lists took a fifth of the stage); a position whose
    letter starts none of them now fails at the look-ahead.  What matches stays the same."""
    words = cue.split("|")
    if not flags & re.IGNORECASE or len(words) < 2 or not all(_WORD.fullmatch(w) for w in words):
        return cue
    return f"(?=[{''.join(sorted({w[0] for w in words}))}])(?:{cue})"


def number(text: str, lang: str) -> float | None:
    t = text.lower().replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    t = re.sub(r"\s+", " ", t)
    return lx.NUMBER_WORDS[lang].get(t)


@lru_cache(maxsize=20_000)
def mod_of(text: str, lang: str) -> str | None:
    """The TIMEX3 mod a span's own words carry ('Anfang Februar' -> START); cached, since news
    repeat their time expressions ('2019', 'Monday', 'last year') and each was a loop over the
    mod words."""
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    for mod, words in lx.MOD_WORDS[lang].items():
        for w in words:
            if w.endswith("-"):
                if low.startswith(" " + w):
                    return mod
            elif low.startswith(" " + w + " ") or (mod in ("START", "MID", "END")
                                                   and f" {w} " in low):
                return mod
    return None


def decade_value(word: str, lang: str) -> str | None:
    w = word.lower().replace("'", "").replace("-", "")
    if w in lx.DECADE_WORDS[lang]:
        return f"19{lx.DECADE_WORDS[lang][w]}"
    m = re.fullmatch(r"(1\d|20)?(\d)0(?:er|s)", w)
    if not m:
        return None
    century = m.group(1) or "19"      # "die 90er" are the 1990s
    return f"{century}{m.group(2)}"

