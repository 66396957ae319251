"""Shingle scoring of extracted main text, as in Scrapinghub's benchmark.

Reimplemented from the description in ``shared/data/extraction/README.md``
("Scoring used"): tokens are Unicode ``\\w+`` with case kept (both sides composed to NFC and
invisible soft hyphens and zero-width characters removed first), the text becomes
a multiset of 4-token shingles, each page gets tp/fp/fn normalised to sum to 1,
precision and recall are averaged over pages (a page with an empty prediction
is left out of the precision mean but scores 0 recall), and F1 is the harmonic
mean of the two means.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..stages.extract import canonical_text

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE_SIZE = 4


def shingles(text: str | None, n: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    # Soft hyphens, zero-width spaces, word joiners, BOMs: invisible, yet each one splits
    # a \w+ token.  Some gold texts keep them (Fundus parsers copy &shy;), others and the
    # extract stage drop them, so both sides are scored without, as the stage removes them. Likewise
    # both sides composed (NFC): a decomposed "u" + U+0308 splits a \w+ token, and gold texts and
    # pages write either form.
    tokens = _TOKEN.findall(canonical_text(text or ""))
    if not tokens:
        return Counter()
    # A text shorter than n tokens still counts as one (short) shingle, so a
    # one-line gold is not scored as empty.
    count = max(1, len(tokens) - n + 1)
    return Counter(tuple(tokens[i:i + n]) for i in range(count))


@dataclass(frozen=True)
class PageCounts:
    """Normalised true positives, false positives and false negatives."""
    tp: float
    fp: float
    fn: float


def match(gold: str | None, predicted: str | None, n: int = SHINGLE_SIZE) -> PageCounts:
    gold_shingles = shingles(gold, n)
    predicted_shingles = shingles(predicted, n)
    tp = sum((gold_shingles & predicted_shingles).values())
    fp = sum((predicted_shingles - gold_shingles).values())
    fn = sum((gold_shingles - predicted_shingles).values())
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def page_precision(counts: PageCounts) -> float | None:
    """None when nothing was predicted: such pages stay out of the precision mean."""
    predicted = counts.tp + counts.fp
    return counts.tp / predicted if predicted > 0 else None


def page_recall(counts: PageCounts) -> float | None:
    """None when the gold is empty (no page in the staged sets has that)."""
    relevant = counts.tp + counts.fn
    return counts.tp / relevant if relevant > 0 else None


def aggregate(pages: Iterable[PageCounts]) -> dict[str, float | int]:
    """Mean precision, mean recall, F1 of the two means, and the page count."""
    pages = list(pages)
    precisions = [p for p in map(page_precision, pages) if p is not None]
    recalls = [r for r in map(page_recall, pages) if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n": len(pages)}
