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
    # Words every match contains in the text it consumes or in a look-ahead (which cannot
    # read past the window's end, inside the sentence; not in a look-behind, which may read
    # before the sentence), searched once per sentence: a sentence without them cannot match,
    # and the rule, whose pattern is tried at every position of its trigger windows, is
    # skipped there.
    cue: re.Pattern | None = None


def alternation(words) -> str:
    """Longest first so that 'Jahrzehnten' wins over 'Jahr'; words of one length in alphabetical order, so the
    compiled pattern is the same in every process (a set's order follows the string hash, which changes)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


def rule(name: str, type_: str, pattern: str, resolve: Resolver, *, priority: int = 0,
         relative: bool = True, flags: int = re.IGNORECASE,
         needs: tuple[str, ...] = ("digit",), cue: str | None = None) -> Rule:
    return Rule(name, type_, _with_first_characters(pattern, flags | re.UNICODE), resolve, priority,
                relative, needs, _cue(cue, flags) if cue else None)


def _cue(cue: str, flags: int) -> re.Pattern:
    """The cue compiled with a look-ahead at its first letters (a word list) or characters."""
    written = _first_letters(cue, flags)
    return re.compile(written, flags | re.UNICODE) if written != cue else _with_first_characters(cue, flags | re.UNICODE)


def _with_first_characters(pattern: str, flags: int) -> re.Pattern:
    """The pattern with a look-ahead at the characters its matches can start with.

    A rule's pattern (\\b, look-behinds, optional words, then alternations) is tried at every
    position of its trigger windows, and the engine works through all of it at each; with
    ``(?=[...])`` in front, a position whose character starts no match fails at once.  The
    class is read off the parsed pattern (``_first_characters``), a superset of the first
    characters of every match, so what matches, and where, stays the same.  A pattern whose
    first characters cannot be read so (a back reference, a negated class, a match that
    may be empty) is left as it is."""
    body = _first_characters(pattern, flags)
    if body is None or pattern.startswith("(?") and not pattern.startswith(("(?:", "(?=", "(?!", "(?<", "(?P")):
        return re.compile(pattern, flags)       # (no look-ahead in front of global flags)
    # in a group, so that it stands before every top-level alternative (a newline ends a
    # comment of a verbose pattern)
    end = "\n)" if flags & re.VERBOSE else ")"
    return re.compile(f"(?=[{body}])(?:{pattern}{end}", flags)


class _Unknown(Exception):
    pass


def _first_characters(pattern: str, flags: int) -> str | None:
    """The body of a character class holding the first character of every match of
    ``pattern`` (under ``flags``), or None when that cannot be told."""
    try:
        from re import _constants as sre_c, _parser as sre_p
    except ImportError:         # not CPython 3.11+
        return None
    icase = bool(flags & re.IGNORECASE)
    categories = {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_SPACE: r"\s"}

    def sequence(items) -> tuple[set[str], bool]:
        """(first characters, whether the sequence can match empty)."""
        first: set[str] = set()
        for op, av in items:
            chars, empty = item(op, av)
            first |= chars
            if not empty:
                return first, False
        return first, True

    def item(op, av) -> tuple[set[str], bool]:
        if op is sre_c.LITERAL:
            return {re.escape(chr(av))}, False
        if op is sre_c.IN:
            chars = set()
            for o, a in av:
                if o is sre_c.LITERAL:
                    chars.add(re.escape(chr(a)))
                elif o is sre_c.RANGE:
                    chars.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is sre_c.CATEGORY and a in categories:
                    chars.add(categories[a])
                else:
                    raise _Unknown      # a negated class, another category
            return chars, False
        if op is sre_c.BRANCH:
            chars, empty = set(), False
            for branch in av[1]:
                c, e = sequence(branch)
                chars |= c
                empty = empty or e
            return chars, empty
        if op is sre_c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & re.IGNORECASE and not icase:
                raise _Unknown          # (?i:...) in a case-sensitive pattern
            return sequence(sub)        # ((?-i:...) in a case-insensitive one: the class is wider)
        if op is sre_c.ATOMIC_GROUP:
            return sequence(av)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, _, sub = av
            chars, empty = sequence(sub)
            return chars, empty or low == 0
        if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
            return set(), True          # zero width: the next item holds the first character
        raise _Unknown                  # any character, a back reference, ...

    try:
        parsed = sre_p.parse(pattern, flags)
        chars, empty = sequence(parsed)
    except _Unknown:
        return None
    try:        # the engine's own scan for a literal prefix or a first-character set: faster
        from re import _compiler as sre_compiler
        state = parsed.state.flags
        prefix = sre_compiler._get_literal_prefix(parsed, state)[0] or sre_compiler._get_charset_prefix(parsed, state)
    except (ImportError, AttributeError, TypeError, ValueError):
        prefix = None
    if prefix:
        return None
    if empty or not chars:
        return None
    return "".join(sorted(chars))


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

