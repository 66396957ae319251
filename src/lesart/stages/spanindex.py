"""Which spans overlap [a, b)? Bisection over sorted starts, so pages with
tens of thousands of claims stay linear-ish instead of quadratic."""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    def __init__(self, items: Sequence[T], spans: Sequence[tuple[int, int]]) -> None:
        order = sorted(range(len(items)), key=lambda i: spans[i])
        self._items = [items[i] for i in order]
        self._spans = [spans[i] for i in order]
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def overlapping(self, a: int, b: int) -> list[T]:
        lo = bisect.bisect_left(self._starts, a - self._longest)
        hi = bisect.bisect_left(self._starts, b)
        return [self._items[k] for k in range(lo, hi) if self._spans[k][1] > a]

    def any(self, a: int, b: int) -> bool:
        return bool(self.overlapping(a, b))
