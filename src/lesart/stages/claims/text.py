"""Tokens with document offsets, and quotations of every common style.

Kept dependency-free and linear in the input, because the claims stage runs
on every sentence of every article (and on 20,000-sentence junk pages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words (with inner hyphens, apostrophes and digit groups such as 10.000), or
# any single other non-space character.
# Titles and initials keep their dot, so "Mr. Obama" and "Jeffrey N. Trimble" stay whole.
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Prof|Rev|Jr|Sr|St|Hr|Fr|Dipl|Ing)\.(?=\s)"
    r"|\b[A-Z]\.(?=\s[A-Z])"
    r"|\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


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


def find_quotes(text: str, offset: int = 0) -> list[Quote]:
    """Top-level quotations in ``text`` (a block); unbalanced marks are skipped.

    Each opening mark is paired with the nearest fitting closing mark within
    MAX_QUOTE_CHARS; an opener without one is treated as a stray character,
    so one missing mark never swallows the rest of the article.
    """
    quotes: list[Quote] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        closers = _PAIRS.get(ch)
        if closers is None or not _may_open(text, i):
            i += 1
            continue
        limit = min(n, i + MAX_QUOTE_CHARS)
        j = i + 1
        found = -1
        while j < limit:
            c = text[j]
            if c in closers and _may_close(text, j):
                found = j
                break
            if c == "\n" and j + 1 < n and text[j + 1] == "\n":
                break  # quotations do not run over paragraph breaks unmarked
            j += 1
        if found < 0:
            i += 1
            continue
        quotes.append(Quote(offset + i, offset + found + 1))
        i = found + 1
    return quotes
