"""Recipe for the English case table (``models/en/casing.tsv.gz``): how often a word is written in
lowercase and how often capitalised inside a sentence, in the raw text the word clusters learn from.

A sentence's first word is capitalised whatever it is, so there the tagger cannot tell "Afterward",
"Interim" or "Scissors" from a surname, and on web pages (captions, lists, short paragraphs) it
reads many such words as one-word names.  A word that the raw news text writes mostly in lowercase,
and that the page itself never capitalises inside a sentence, is no name there (``document.py``,
``drop_common_initials``).  Counts: a lowercase occurrence ("interim") and a capitalised one right
after a lowercase word or a comma ("said Long", "the Interim"), a position where only names and
titles are capitalised.  Words seen fewer than three times are left out.

    python -m lesart.stages.entities.casing       (after or without the clusters; about a minute)

Raw text: ``clusters.corpus`` (CoNLL eng.train and the English raw text of ../shared/data, with any
paragraph sharing an 8-token run with eng.testa or eng.testb dropped), so the table never sees the
text the tagger is scored on.  ``model.load_casing`` reads the table at run time.
"""
from __future__ import annotations

import argparse
import gzip
from collections import Counter
from pathlib import Path

from .model import CASING_FILE, MODELS, load_casing

MIN_COUNT = 3


def count(lines) -> dict[str, tuple[int, int]]:
    """lowercased word -> (lowercase occurrences, capitalised occurrences after a lowercase word or comma)."""
    low: Counter = Counter()
    cap: Counter = Counter()
    for line in lines:
        words = line.split()
        for i, w in enumerate(words):
            if not w[:1].isalpha():
                continue
            if w.islower():
                low[w] += 1
            elif i and w[0].isupper() and not w.isupper() and (words[i - 1] == "," or words[i - 1].islower()):
                cap[w.lower()] += 1
    return {w: (low[w], cap[w]) for w in set(low) | set(cap) if low[w] + cap[w] >= MIN_COUNT}


def write(table: dict[str, tuple[int, int]], path: Path) -> None:
    # mtime 0 and no name in the header: the same table gives the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
        for word in sorted(table):
            f.write(f"{word}\t{table[word][0]}\t{table[word][1]}\n".encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    from .clusters import corpus

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", type=Path, default=Path("/tmp/lesart-ner-en"), help="scratch folder")
    ap.add_argument("--out", type=Path, default=MODELS / "en" / CASING_FILE)
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    text = corpus("en", args.work / "raw_en.txt")
    with text.open(encoding="utf-8") as f:
        table = count(f)
    write(table, args.out)
    load_casing.cache_clear()
    print(f"{len(table)} words -> {args.out}")


if __name__ == "__main__":
    main()
