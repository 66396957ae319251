"""Recipe for the word-class table the German NER reads (``models/de/word_tags.tsv.gz``).

German capitalises every noun, so a capitalised word's shape does not say
whether it names something; "Fischer" and "Sturm" look alike.  HanTa, the
Hanover morphological tagger (LGPL; its German model learnt from the TIGER
treebank), knows for many words whether they are proper nouns (NE) or common
nouns (NN), and what else they can be.  Running it per word at tagging time
costs about 0.14 ms a word, more than the whole stage may spend, so this
recipe asks it once for every capitalised word of the word-cluster vocabulary
(``clusters.py``: words seen at least twice in the raw news text) and ships
only its most likely tag, cut to the part before the bracket ("VV(FIN)" ->
"VV").  The CRF reads it as a feature of the word and of its neighbours
(``crf.Features``); words outside the table get none, as rare words get no
clusters, and the training text has such words too, so the model learns both.

    python -m lesart.stages.entities.word_tags --lang de     (needs the [train] extra: HanTa)

Chosen on GermEval dev (model alone, with first names: 67.25): the top tag of
capitalised words 68.38; of all words 68.18; the top and second tag 68.37; only
"NE among the top three" / "NE on top" flags 67.55.
"""
from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from .model import MODELS, WORD_TAGS_FILE, load_clusters

HANTA_MODELS = {"de": "morphmodel_ger.pgz"}


def build(lang: str) -> dict[str, str]:
    """Capitalised word of the cluster vocabulary -> HanTa's most likely coarse tag."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger(HANTA_MODELS[lang])
    table = {}
    for word in load_clusters(lang):
        if not word[:1].isupper():
            continue
        try:
            tags = tagger.tag_word(word, cutoff=5)
        except Exception:           # HanTa fails on a few odd strings; they simply get no tag
            continue
        if tags:
            table[word] = tags[0][0].split("(")[0]
    return table


def write(table: dict[str, str], path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        for word in sorted(table):
            f.write(f"{word}\t{table[word]}\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=sorted(HANTA_MODELS), required=True)
    args = ap.parse_args(argv)
    table = build(args.lang)
    path = MODELS / args.lang / WORD_TAGS_FILE
    write(table, path)
    print(f"{args.lang}: {len(table)} words -> {path}")


if __name__ == "__main__":
    main()
