"""Each distinct token of a language classified once: the trigger scans of the times and quantities stages."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class TokenMemo(Generic[T]):
    """token -> ``classify(token, lang)``, one table per language. News repeat their words, so each is classified
    once; a table is dropped when it grows past ``max_size`` tokens, as a long batch run meets new words forever."""

    def __init__(self, classify: Callable[[str, str], T], max_size: int = 200_000) -> None:
        self.classify = classify
        self.max_size = max_size
        self.tables: dict[str, dict[str, T]] = {}

    def hits(self, pattern: re.Pattern[str], text: str, lang: str, start: int,
             end: int) -> Iterator[tuple[tuple[int, int], T]]:
        """(span, value) of each token ``pattern`` finds in text[start:end] whose value is truthy."""
        known = self.tables.setdefault(lang, {})
        if len(known) > self.max_size:
            known.clear()
        classify = self.classify
        for m in pattern.finditer(text, start, end):
            tok = m.group()
            value = known.get(tok)
            if value is None:
                value = known[tok] = classify(tok, lang)
            if value:
                yield m.span(), value
