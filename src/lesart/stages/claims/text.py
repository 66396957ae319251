"""Tokens with document offsets, and quotations of every common style.

Kept dependency-free and linear in the input, because the claims stage runs
on every sentence of every article (and on 20,000-sentence junk pages).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

# Words (with inner hyphens, apostrophes and digit groups such as 10.000), or
# any single other non-space character.
# Titles and initials keep their dot, so "Mr. Obama" and "Jeffrey N. Trimble" stay whole.
# Both begin with a capital A-Z, which the lookahead checks once before the ~20
# titles are tried (the same tokens; a third less time on a news page). The word's
# repeats are possessive: what follows each part can never be a word character, so the
# greedy match is the match and the engine keeps no states to backtrack into (a tenth
# less time in the regex, the same spans).
_TOKEN = re.compile(
    r"(?=[A-Z])(?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Prof|Rev|Jr|Sr|St|Hr|Fr|Dipl|Ing)\.(?=\s)"
    r"|\b[A-Z]\.(?=\s[A-Z]))"
    r"|\w++(?:[-'’.,]\w++)*+|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    # Derived from ``text`` once, in ``tokenize``: the rules and the tagger ask
    # for them many times per token.
    lower: str = field(repr=False, compare=False)
    is_word: bool = field(repr=False, compare=False)
    is_capitalised: bool = field(repr=False, compare=False)


@lru_cache(maxsize=256)
def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``, offsets shifted by ``offset``.

    Cached, a little: the rules, the asserted fallback and the CRF tagger each
    read the same sentence (the stage hands the page's tokens from the rules to
    the tagger itself, ``ClaimsStage._rules_pass``).  A larger cache kept the
    tokens of thousands of sentences of earlier pages alive, which lengthened
    every full pass of the cyclic garbage collector (the stage 5% slower with
    4096).  The list is shared between callers: read it, never change it.
    """
    matches = list(_TOKEN.finditer(text))
    words = [m.group() for m in matches]
    # column by column: a tenth faster than one loop over the matches
    return list(map(Token, [m.start() + offset for m in matches], [m.end() + offset for m in matches], words,
                    [w.lower() for w in words], [w[:1].isalnum() for w in words], [w[:1].isupper() for w in words]))


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved inward past surrounding whitespace of ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def has_words(text: str, count: int) -> bool:
    """Whether ``text`` has at least ``count`` word tokens (``Token.is_word``),
    without building its tokens."""
    if count <= 0:
        return True
    for m in _TOKEN.finditer(text):
        if m.group()[:1].isalnum():
            count -= 1
            if not count:
                return True
    return False


# Opening mark -> marks that may close it.  German „…“ and »…«, Swiss «…»,
# English “…”, single ‚…‘ and ‘…’, and straight quotes.
_PAIRS = {
    "„": "“”\"",
    "»": "«",
    "«": "»",
    "“": "”",
    "‚": "‘’",
    "‘": "’",
    "\"": "\"",
}
# Every mark that may open or close a quotation, for readers of single tokens ("„D.Live“").
OPENING_MARKS = frozenset(_PAIRS)
CLOSING_MARKS = frozenset("".join(_PAIRS.values()))
MAX_QUOTE_CHARS = 3000


@dataclass(slots=True)
class Quote:
    start: int          # offset of the opening mark
    end: int            # offset after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def _may_open(text: str, i: int) -> bool:
    ch = text[i]
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    if ch in "‘\"":  # ambiguous marks open only after a space, bracket or start
        return i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-:"
    return True


def _may_close(text: str, j: int) -> bool:
    ch = text[j]
    after = text[j + 1] if j + 1 < len(text) else " "
    if ch in "’'":  # not an apostrophe (isn't, Trump’s)
        return not after.isalnum()
    if ch == "\"":
        return j > 0 and not text[j - 1].isspace()
    return True


# Where a quotation may open, and per opening mark where it may close (or a
# paragraph break stop it): found by regex search instead of a loop over
# every character.
_OPENERS = re.compile("[" + re.escape("".join(_PAIRS)) + "]")
_CLOSE_OR_BREAK = {ch: re.compile("[" + re.escape(closers) + "\n]") for ch, closers in _PAIRS.items()}


def opens_quotation(text: str) -> bool:
    """Does this paragraph begin with an opening quotation mark?"""
    stripped = text.lstrip()
    return bool(stripped) and stripped[0] in _PAIRS and _may_open(stripped, 0)


def find_quotes(text: str, offset: int = 0, runs_on: bool = False) -> list[Quote]:
    """Top-level quotations in ``text`` (a block); unbalanced marks are skipped.

    Each opening mark is paired with the nearest fitting closing mark within
    MAX_QUOTE_CHARS; an opener without one is treated as a stray character,
    so one missing mark never swallows the rest of the article.  ``runs_on``:
    the next paragraph opens with a quotation mark.  A quotation of several
    paragraphs is printed that way (each paragraph opens with a mark, only the
    last one closes), so a quotation still open at the end of this paragraph
    ends with it.
    """
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while True:
        m = _OPENERS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if not _may_open(text, i):
            i += 1
            continue
        closers = _PAIRS[ch]
        stop = _CLOSE_OR_BREAK[ch]
        limit = min(n, i + MAX_QUOTE_CHARS)
        j = i + 1
        found = -1
        while True:
            c = stop.search(text, j, limit)
            if c is None:
                break
            j = c.start()
            if text[j] in closers:
                if _may_close(text, j):
                    found = j
                    break
            elif j + 1 < n and text[j + 1] == "\n":
                break  # quotations do not run over paragraph breaks unmarked
            j += 1
        if found < 0:
            rest = text[i:].rstrip()
            if runs_on and "\n" not in rest and len(rest) <= MAX_QUOTE_CHARS:
                quotes.append(Quote(offset + i, offset + i + len(rest)))
                break
            i += 1
            continue
        quotes.append(Quote(offset + i, offset + found + 1))
        i = found + 1
    return quotes


class SortedSentences(list):
    """A document's sentences by start, with their starts, so that finding a position's sentence is a
    bisection (asked once or twice per claim, a scan made 20,000-sentence pages quadratic)."""

    def __init__(self, doc) -> None:
        super().__init__(sorted(doc.sentences, key=lambda s: s.start))
        self.starts = [x.start for x in self]


def sentence_at(sentences: SortedSentences, pos: int):
    """The sentence that holds ``pos`` (sentences do not overlap), or None."""
    k = bisect.bisect_right(sentences.starts, pos) - 1
    return sentences[k] if k >= 0 and pos < sentences[k].end else None
