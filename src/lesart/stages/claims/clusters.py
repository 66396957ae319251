"""Distributional word clusters for the English tagger's features.

    python -m lesart.stages.claims.clusters [--work DIR]

The CRF sees words only as strings, so a source head or cue verb it never saw
in training ("spokeswoman", "lawmakers", "asserted") gets no help from the
words it did see.  word2vec on English news text places such words near the
ones they are used like; k-means over the vectors at three granularities
(64 / 256 / 1024 clusters) turns that into a few ids the CRF can weigh, as in
classic CRF NER (Brown or word2vec clusters).

Raw text (labels unused), all under ``../shared/data``:
- PolNeAR ``train`` and ``dev`` article text (never ``test``);
- CoNLL-2003 ``eng.train`` sentences (Reuters, research use only);
- the English Scrapinghub gold article texts (``extraction/eval.jsonl``);
- BABE ``final_labels_SG2.csv`` sentences (AGPL-3.0);
- CheckThat! subjectivity English train and dev sentences (CC BY-NC-SA 4.0).
Any paragraph sharing an 8-token run with a PolNeAR test article is dropped.
Tokens come from ``text.tokenize``, lowercased, as the tagger's ``w`` feature.

Output: ``data/word_clusters_en.tsv.gz``, one line per word: word, then its
cluster id at each granularity.  Reproducible: one word2vec worker with a
fixed seed (gensim 4 seeds one RNG), k-means with a fixed seed.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .text import tokenize

CLUSTER_FILE = {"en": Path(__file__).with_name("data") / "word_clusters_en.tsv.gz"}
GRANULARITIES = (64, 256, 1024)
DIMS = 100
WINDOW = 5
MIN_COUNT = 3
EPOCHS = 10
SEED = 0
SHINGLE = 8
# Positions around the token whose cluster ids become features.
OFFSETS = (-2, -1, 0, 1, 2)


@lru_cache(maxsize=None)
def table(language: str) -> dict[str, tuple[str, ...]]:
    """word (lowercased) -> cluster ids, coarse to fine; empty where the language has none."""
    path = CLUSTER_FILE.get(language)
    if path is None or not path.exists():
        return {}
    out = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            word, *ids = line.rstrip("\n").split("\t")
            out[word] = tuple(ids)
    return out


# Feature names per offset and granularity, formatted once.
_NAMES = {off: tuple(f"{'' if off == 0 else f'{off}:'}c{k}" for k in GRANULARITIES) for off in OFFSETS}


def cluster_features(words: list[str], language: str) -> list[dict[str, str]]:
    """Per token, the cluster ids of itself and its ±1/±2 neighbours (unknown words: none)."""
    clusters = table(language)
    if not clusters:
        return [{} for _ in words]
    ids = [clusters.get(w) for w in words]
    n = len(words)
    out = []
    for i in range(n):
        f = {}
        for off in OFFSETS:
            j = i + off
            if 0 <= j < n and ids[j] is not None:
                f.update(zip(_NAMES[off], ids[j]))
        out.append(f)
    return out


# -- building the table ---------------------------------------------------------------
def _shared_data() -> Path:
    from ...evaluation.attribution import shared_root
    return shared_root() / "data"


def _paragraphs(path: Path) -> Iterator[str]:
    yield from (p for p in path.read_text(encoding="utf-8").split("\n") if p.strip())


def _column(path: Path, name: str, delimiter: str) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter=delimiter):
            if row.get(name):
                yield row[name]


def raw_texts() -> Iterator[str]:
    data = _shared_data()
    for split in ("train", "dev"):
        for path in sorted((data / "attribution" / "en-polnear" / split / "text").glob("*.txt")):
            yield from _paragraphs(path)
    words: list[str] = []
    with (data / "ner" / "conll2003-en" / "eng.train").open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("-DOCSTART-"):
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(line.split(" ", 1)[0])
    with (data / "extraction" / "eval.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["source_dataset"].startswith("scrapinghub") and rec["lang"] == "en":
                yield from (p for p in rec["gold_text"].split("\n") if p.strip())
    yield from _column(data / "framing" / "babe" / "final_labels_SG2.csv", "text", ";")
    for split in ("train", "dev"):
        yield from _column(data / "framing" / "checkthat_subjectivity" / "en" / f"{split}_en.tsv", "sentence", "\t")


def _words(text: str) -> list[str]:
    return [t.lower for t in tokenize(text)]


def test_shingles() -> set[tuple[str, ...]]:
    """Every 8-token run of the PolNeAR test articles: text the clusters must not see."""
    out: set[tuple[str, ...]] = set()
    for path in (_shared_data() / "attribution" / "en-polnear" / "test" / "text").glob("*.txt"):
        for p in _paragraphs(path):
            w = tuple(_words(p))
            out.update(w[i:i + SHINGLE] for i in range(max(1, len(w) - SHINGLE + 1)))
    return out


def corpus() -> list[list[str]]:
    """Tokenised paragraphs, duplicates and any overlap with PolNeAR test removed."""
    banned = test_shingles()
    seen: set[tuple[str, ...]] = set()
    out, dropped = [], 0
    for text in raw_texts():
        words = tuple(_words(" ".join(text.split())))
        if len(words) < 3 or words in seen:
            continue
        seen.add(words)
        if any(words[i:i + SHINGLE] in banned for i in range(max(1, len(words) - SHINGLE + 1))):
            dropped += 1
            continue
        out.append(list(words))
    print(f"raw text: {sum(map(len, out))} tokens in {len(out)} paragraphs; "
          f"{dropped} dropped for overlap with PolNeAR test", flush=True)
    return out


def build(path: Path = CLUSTER_FILE["en"]) -> Path:
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans
    import numpy

    sentences = corpus()
    t0 = time.time()
    model = Word2Vec(sentences, vector_size=DIMS, window=WINDOW, min_count=MIN_COUNT, sg=1,
                     negative=5, epochs=EPOCHS, workers=1, seed=SEED)
    words = model.wv.index_to_key
    vecs = model.wv[words]
    vecs = vecs / (numpy.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9)  # cosine geometry
    print(f"word2vec: {len(words)} words x {DIMS} in {time.time() - t0:.0f}s", flush=True)
    ids = []
    for k in GRANULARITIES:
        km = MiniBatchKMeans(n_clusters=k, random_state=SEED, batch_size=4096, n_init=3, max_iter=200)
        ids.append(km.fit_predict(vecs))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as raw:  # mtime 0: same input, same bytes
        raw.write("".join(f"{w}\t" + "\t".join(str(int(c[i])) for c in ids) + "\n"
                          for i, w in enumerate(words)).encode("utf-8"))
    print(f"{path}: {len(words)} words, {path.stat().st_size // 1024} KB, {time.time() - t0:.0f}s", flush=True)
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=CLUSTER_FILE["en"])
    args = ap.parse_args(argv)
    build(args.out)


if __name__ == "__main__":
    main()
