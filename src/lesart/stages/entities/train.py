"""Recipe that retrains the shipped NER models (CRF, ``crf.py``).

    python -m lesart.stages.entities.clusters --lang de|en     (first: the word clusters)
    python -m lesart.stages.entities.word_tags --lang de       (then, German: the word classes)
    python -m lesart.stages.entities.train --lang de|en [--c1 X] [--c2 X] [--iterations N]
        [--out FILE] [--no-install]

German trains on GermEval 2014 *test* and tunes on *dev* (the train split is
not available here); English trains on CoNLL-2003 eng.train and tunes on
eng.testa.  The model file goes to ``models/<lang>/ner.crfsuite`` with a
``meta.json`` holding its name, version, settings and tuning score; the model
card beside them is written by hand.  About a minute per language on one core.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from ...evaluation import entities as gold
from . import crf
from .clusters import SIZES
from .model import MODELS, MODEL_FILE, load_clusters, load_word_tags

# 2.0.0: the CRF replaces the spaCy CNN of 1.x; 2.1.0 adds word clusters; 2.2.0 cuts words with tokens.py;
# 2.3.0 adds first names (features.first_names); German 2.4.0 HanTa's word classes (word_tags.py).
MODEL_VERSION = {"de": "2.4.0", "en": "2.3.0"}
TRAIN_SPLIT = {"de": "train", "en": "train"}     # evaluation.entities maps GermEval "train" to its test file
TUNE_SPLIT = {"de": "dev", "en": "dev"}


def training_pairs(sentences: list[gold.GoldSentence]) -> list[tuple[list[str], list[str]]]:
    return [(s.words, crf.spans_to_bio(len(s.words), s.spans)) for s in sentences]


def train(lang: str, out: Path, settings: dict | None = None) -> dict:
    """Train on the training split, score on the tuning split (model alone); return the meta.
    The language's word clusters (``clusters.py``) must already be in ``models/<lang>/``."""
    features = crf.Features(load_clusters(lang), word_tags=load_word_tags(lang))
    sentences = gold.load(lang, TRAIN_SPLIT[lang])
    t0 = time.time()
    crf.train(training_pairs(sentences), gold.documents(sentences), out, features, settings)
    seconds = time.time() - t0
    tune = gold.load(lang, TUNE_SPLIT[lang])
    tagger = crf.CrfTagger(out, crf.Features(load_clusters(lang), word_tags=load_word_tags(lang)))
    pred = gold.crf_spans(tagger, tune)
    micro = gold.score([s.spans for s in tune], pred)["micro"]
    print(f"{lang}: trained on {len(sentences)} sentences in {seconds:.0f}s; "
          f"{TUNE_SPLIT[lang]} F1 {micro['f']} (P {micro['p']} / R {micro['r']})")
    return {"lang": lang, "name": f"lesart_ner_{lang}", "version": MODEL_VERSION[lang],
            "description": "lesart NER (PER, ORG, LOC, MISC), linear-chain CRF; see MODEL_CARD.md",
            "labels": list(crf.LABELS), "training": {**crf.TRAINING, **(settings or {})},
            "clusters": {"words": len(features.clusters), "sizes": list(SIZES)},
            "train_split": gold.ner_path(lang, TRAIN_SPLIT[lang]).name,
            "tune_split": gold.ner_path(lang, TUNE_SPLIT[lang]).name, "tune_micro": micro}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--c1", type=float, default=None, help="L1 weight (default %s)" % crf.TRAINING["c1"])
    ap.add_argument("--c2", type=float, default=None, help="L2 weight (default %s)" % crf.TRAINING["c2"])
    ap.add_argument("--iterations", type=int, default=None,
                    help="L-BFGS iterations (default %s)" % crf.TRAINING["max_iterations"])
    ap.add_argument("--out", type=Path, default=None, help="model file (default: a scratch file, then installed)")
    ap.add_argument("--no-install", action="store_true", help="leave models/<lang> as it is")
    args = ap.parse_args(argv)
    settings = {k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
                if v is not None}
    out = args.out or Path(f"/tmp/lesart-ner-{args.lang}.crfsuite")
    meta = train(args.lang, out, settings)
    if not args.no_install:
        target = MODELS / args.lang
        target.mkdir(parents=True, exist_ok=True)
        (target / MODEL_FILE).write_bytes(out.read_bytes())
        (target / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"installed {out} -> {target / MODEL_FILE}")


if __name__ == "__main__":
    main()
