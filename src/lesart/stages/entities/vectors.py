"""Word vectors learnt from raw news text, so the NER model knows words its small training split lacks.

    python -m lesart.stages.entities.vectors --lang de [--work DIR]

GermEval gives the German model only 96k training tokens; most names in the
text it tags were never seen.  word2vec on 1.7M tokens of German news text
(raw_texts below) places an unseen name near the names it co-occurs like
("sagte X", "in X"), which the hashed features cannot.  The vectors join
the gazetteer flags as the pipeline's static vectors (features.py).

Raw text: the NER training split and the *text* of the other corpora in
../shared/data (their labels are not used).  Any paragraph sharing an 8-token
run with the NER tuning or test text is dropped, so the vectors never see
the text we score on.  Needs gensim (the ``train`` extra).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import numpy

from ...evaluation import entities as gold

# Size: 40 dims for every word seen twice (~62k German words) keep the model under 30 MB;
# on GermEval dev this beat 64 dims for the 40k words seen three times (60.6 vs 60.2 F1).
DIMS = 40
MAX_WORDS = 65000
MIN_COUNT = 2
EPOCHS = 10
SHINGLE = 8
# Splits whose text the vectors must not see (tuning and test; German has no test split here).
HELD_OUT = {"de": ("dev",), "en": ("dev", "test")}


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
    """Paragraphs/sentences of unlabelled text: train.py's pretraining text plus the other corpora."""
    from .train import raw_texts as pretraining_texts

    data = gold.shared_dir() / "data"
    yield from pretraining_texts(lang)
    sub = data / "framing" / "checkthat_subjectivity" / lang
    for split in ("train", "dev"):
        yield from _column(sub / f"{split}_{lang}.tsv", "sentence")
    if lang == "de":
        for path in sorted((data / "attribution" / "de-redewiedergabe-news").glob("*_tsv/*.tsv")):
            if path.name != "metadata.tsv":
                yield from _tsv_sentences(path)
        for path in sorted((data / "temporal" / "krauts").glob("KRAUTS_*/*.tml")):
            if not path.parent.name.endswith("_Heideltime"):
                yield from _tml_text(path)
        for item in json.loads((data / "framing" / "gerntsa" / "GerNTSA.json").read_text(encoding="utf-8")):
            yield item["opinion_snippet"]
    else:
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
    import spacy

    tokenizer = spacy.blank(lang).tokenizer
    banned = held_out_shingles(lang)
    kept = dropped = 0
    seen: set[int] = set()
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for text in raw_texts(lang):
            words = [t.text for t in tokenizer(" ".join(text.split()))]
            if len(words) < 3 or hash(tuple(words)) in seen:
                continue
            seen.add(hash(tuple(words)))
            if any(tuple(words[i:i + SHINGLE]) in banned for i in range(max(1, len(words) - SHINGLE + 1))):
                dropped += 1
                continue
            kept += len(words)
            f.write(" ".join(words) + "\n")
    tmp.rename(path)
    print(f"{lang} raw text: {kept} words, {dropped} paragraphs dropped for overlap with {HELD_OUT[lang]}")
    return path


def train_vectors(lang: str, work: Path, dims: int = DIMS, min_count: int = MIN_COUNT,
                  max_words: int = MAX_WORDS) -> dict[str, numpy.ndarray]:
    """word -> vector (standardised per dimension) for the ``max_words`` most frequent words."""
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence

    text = corpus(lang, work / f"raw_{lang}.txt")
    t0 = time.time()
    # Skip-gram, small window: a name's neighbours say more about its type than its topic does.
    # One worker and a fixed seed: the same text gives the same vectors (gensim 4 seeds one RNG).
    model = Word2Vec(LineSentence(str(text)), vector_size=dims, window=3, min_count=min_count, sg=1,
                     negative=5, epochs=EPOCHS, workers=1, seed=0, max_final_vocab=max_words)
    words = model.wv.index_to_key[:max_words]
    vecs = model.wv[words]
    vecs = (vecs - vecs.mean(0)) / (vecs.std(0) + 1e-6)
    print(f"word2vec {lang}: {len(words)} words x {dims} in {time.time() - t0:.0f}s")
    return {w: v.astype("float32") for w, v in zip(words, vecs)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args(argv)
    work = args.work or Path(f"/tmp/lesart-ner-{args.lang}")
    work.mkdir(parents=True, exist_ok=True)
    vecs = train_vectors(args.lang, work)
    for probe in ("Berlin", "Merkel", "Siemens", "London", "Obama", "Microsoft"):
        if probe in vecs:
            sims = sorted(vecs, key=lambda w: -float(vecs[w] @ vecs[probe]) /
                          (numpy.linalg.norm(vecs[w]) * numpy.linalg.norm(vecs[probe]) + 1e-9))[1:8]
            print(probe, sims)


if __name__ == "__main__":
    main()
