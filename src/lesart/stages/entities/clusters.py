"""Word clusters learnt from raw news text: what the NER tagger knows of words its training split lacks.

    python -m lesart.stages.entities.clusters --lang de|en     (needs the ``train`` extra: gensim)

GermEval gives the German tagger 96k training tokens and CoNLL the English one
200k; most names in the text it tags were never seen.  word2vec on 1.3-1.7M
tokens of news text places an unseen name near the names it occurs like
("sagte X", "in X"); k-means then cuts the vectors into 64, 256 and 1,024
clusters, and a word's three cluster ids are CRF features (crf.py), in the
manner of the distributional-similarity classes of the Stanford tagger.  Only
the cluster table ships (``models/<lang>/clusters.tsv.gz``), not the vectors.

Raw text: the NER training split and the *text* of the other corpora in
../shared/data (their labels are not used).  Any paragraph sharing an 8-token
run with the NER tuning or test text is dropped, so the clusters never see
the text we score on.  Several of these corpora are non-commercial; the model
cards say so.  ``model.load_clusters`` reads the table at run time.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy

from ...evaluation import entities as gold
from .model import CLUSTER_FILE, MODELS, load_clusters

# 40 dims for German, 50 for English: the settings measured on the tuning splits (German 40 was the
# 1.x model's vector size; English 50 at first try).  Every word seen twice, at most 65k words.
DIMS = {"de": 40, "en": 50}
MAX_WORDS = 65000
MIN_COUNT = 2
EPOCHS = 10
SIZES = (64, 256, 1024)
SHINGLE = 8
# Splits whose text the clusters must not see (tuning and test; German has no test split here).
HELD_OUT = {"de": ("dev",), "en": ("dev", "test")}


# ---- recipe -------------------------------------------------------------------------------

def _paragraphs(text: str) -> Iterator[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if len(para.split()) >= 5:
            yield para


def _tsv_sentences(path: Path) -> Iterator[str]:
    """Redewiedergabe TSV: one token per row, ``sentstart`` marks a new sentence."""
    words: list[str] = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("sentstart") == "yes" and words:
                yield " ".join(words)
                words = []
            if row.get("tok"):
                words.append(row["tok"])
    if words:
        yield " ".join(words)


def _tml_text(path: Path) -> Iterator[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    body = re.search(r"<TEXT>(.*)</TEXT>", text, re.S)
    yield from re.split(r"\n\s*\n", re.sub(r"<[^>]+>", "", body.group(1) if body else ""))


def _column(path: Path, name: str) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t" if path.suffix == ".tsv" else ";"):
            if row.get(name):
                yield row[name]


def raw_texts(lang: str) -> Iterator[str]:
    """Paragraphs or sentences of unlabelled news text in ``lang`` from ../shared/data."""
    data = gold.shared_dir() / "data"
    for s in gold.load(lang, "train"):
        yield " ".join(s.words)
    for line in (data / "extraction" / "eval.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item.get("lang") == lang:
            yield from _paragraphs(item["gold_text"])
    sub = data / "framing" / "checkthat_subjectivity" / lang
    for split in ("train", "dev"):
        yield from _column(sub / f"{split}_{lang}.tsv", "sentence")
    if lang == "de":
        for split in ("train", "dev", "test"):
            with gzip.open(data / "attribution" / "de-wikinews-quotation" / f"{split}.jsonl.gz", "rt",
                           encoding="utf-8") as f:
                for line in f:
                    yield from _paragraphs(json.loads(line)["originalText"])
        import trafilatura

        for page in sorted((data / "extraction" / "trafilatura_de" / "html").glob("*.html.gz")):
            text = trafilatura.extract(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
            yield from _paragraphs(text or "")
        for path in sorted((data / "attribution" / "de-redewiedergabe-news").glob("*_tsv/*.tsv")):
            if path.name != "metadata.tsv":
                yield from _tsv_sentences(path)
        for path in sorted((data / "temporal" / "krauts").glob("KRAUTS_*/*.tml")):
            if not path.parent.name.endswith("_Heideltime"):
                yield from _tml_text(path)
        for item in json.loads((data / "framing" / "gerntsa" / "GerNTSA.json").read_text(encoding="utf-8")):
            yield item["opinion_snippet"]
    else:
        for page in sorted((data / "attribution" / "en-polnear").glob("*/text/*")):
            yield from _paragraphs(page.read_text(encoding="utf-8", errors="replace"))
        yield from _column(data / "framing" / "babe" / "final_labels_SG2.csv", "text")


def held_out_shingles(lang: str) -> set[tuple[str, ...]]:
    """Every 8-token run (or whole shorter sentence) of the NER text we tune and score on."""
    out: set[tuple[str, ...]] = set()
    for split in HELD_OUT[lang]:
        for s in gold.load(lang, split):
            w = tuple(s.words)
            out.update(w[i:i + SHINGLE] for i in range(max(1, len(w) - SHINGLE + 1)))
    return out


def corpus(lang: str, path: Path) -> Path:
    """Tokenised raw text, one line per paragraph, held-out text removed; written to ``path``."""
    from .tokens import tokenize

    banned = held_out_shingles(lang)
    kept = dropped = 0
    seen: set[tuple[str, ...]] = set()
    with path.open("w", encoding="utf-8") as f:
        for text in raw_texts(lang):
            text = " ".join(text.split())
            words = tuple(text[s:e] for s, e in tokenize(text, lang))
            if len(words) < 3 or words in seen:
                continue
            seen.add(words)
            if any(words[i:i + SHINGLE] in banned for i in range(max(1, len(words) - SHINGLE + 1))):
                dropped += 1
                continue
            kept += len(words)
            f.write(" ".join(words) + "\n")
    print(f"{lang} raw text: {kept} words, {dropped} paragraphs dropped for overlap with {HELD_OUT[lang]}")
    return path


def _stable_hash(text: str) -> int:
    """gensim seeds each word's first vector from ``hashfxn(word + str(seed))``; its default,
    Python's ``hash``, differs from process to process for strings (PYTHONHASHSEED), so the
    same text and seed gave other vectors, and other clusters, on every run.  CRC-32 does not."""
    return zlib.crc32(text.encode("utf-8"))


def word_vectors(lang: str, work: Path) -> dict[str, numpy.ndarray]:
    """word -> skip-gram vector for the most frequent words of the raw text."""
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    text = corpus(lang, work / f"raw_{lang}.txt")
    t0 = time.time()
    # Skip-gram, small window: a name's neighbours say more about its type than its topic does.
    # One worker, a fixed seed and a hash that does not change between processes, so the
    # same text gives the same vectors.
    model = Word2Vec(LineSentence(str(text)), vector_size=DIMS[lang], window=3, min_count=MIN_COUNT, sg=1,
                     negative=5, epochs=EPOCHS, workers=1, seed=0, max_final_vocab=MAX_WORDS,
                     hashfxn=_stable_hash)
    words = model.wv.index_to_key[:MAX_WORDS]
    print(f"word2vec {lang}: {len(words)} words x {DIMS[lang]} in {time.time() - t0:.0f}s")
    return dict(zip(words, model.wv[words]))


def cluster(vectors: dict[str, numpy.ndarray]) -> dict[str, tuple[int, ...]]:
    """k-means over the standardised, length-normalised vectors, once per size in SIZES."""
    from sklearn.cluster import MiniBatchKMeans

    words = sorted(vectors)
    matrix = numpy.stack([vectors[w] for w in words])
    # Each dimension standardised, then each vector to unit length: k-means on cosine geometry.
    matrix = (matrix - matrix.mean(0)) / (matrix.std(0) + 1e-6)
    matrix /= numpy.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
    ids = [MiniBatchKMeans(n_clusters=k, random_state=0, batch_size=4096, n_init=3).fit(matrix).labels_
           for k in SIZES]
    return {w: tuple(int(column[i]) for column in ids) for i, w in enumerate(words)}


def write_clusters(table: dict[str, tuple[int, ...]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # No name and mtime 0 in the header: the same table gives the same bytes, so a rerun leaves git
    # with nothing to commit.
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as f:
        for word in sorted(table):
            f.write(("\t".join([word, *map(str, table[word])]) + "\n").encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default /tmp/lesart-ner-<lang>)")
    ap.add_argument("--out", type=Path, default=None, help="cluster file (default: models/<lang>/clusters.tsv.gz)")
    args = ap.parse_args(argv)
    work = args.work or Path(f"/tmp/lesart-ner-{args.lang}")
    work.mkdir(parents=True, exist_ok=True)
    out = args.out or MODELS / args.lang / CLUSTER_FILE
    table = cluster(word_vectors(args.lang, work))
    write_clusters(table, out)
    load_clusters.cache_clear()
    print(f"{len(table)} words -> {out}")


if __name__ == "__main__":
    main()
