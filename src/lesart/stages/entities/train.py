"""Recipe that retrains the shipped NER models (CRF, ``crf.py``).

    python -m lesart.stages.entities.clusters --lang de|en     (first: the word clusters)
    python -m lesart.stages.entities.word_tags --lang de       (then, German: the word classes)
    python -m lesart.stages.entities.train --lang de|en [--c1 X] [--c2 X] [--iterations N]
        [--out FILE] [--no-install] [--folds 5]

German trains on GermEval 2014 *test* and tunes on *dev* (the train split is
not available here; since dev is also what German reports, features and settings
are now chosen by ``--folds 5``, cross-validation on the training split); English
trains on CoNLL-2003 eng.train and tunes on eng.testa.  The model file goes to ``models/<lang>/ner.crfsuite`` with a
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
from .model import MODELS, MODEL_FILE, features as features_for

# 2.0.0: the CRF replaces the spaCy CNN of 1.x; 2.1.0 adds word clusters; 2.2.0 cuts words with tokens.py;
# 2.3.0 adds first names (features.first_names); German 2.4.0 HanTa's word classes (word_tags.py), 2.5.0
# longer affixes, genitive stems and compound parts (crf.Features._german_names).
MODEL_VERSION = {"de": "2.5.0", "en": "2.3.0"}
TRAIN_SPLIT = {"de": "train", "en": "train"}     # evaluation.entities maps GermEval "train" to its test file
TUNE_SPLIT = {"de": "dev", "en": "dev"}


def training_pairs(sentences: list[gold.GoldSentence]) -> list[tuple[list[str], list[str]]]:
    return [(s.words, crf.spans_to_bio(len(s.words), s.spans)) for s in sentences]


def train(lang: str, out: Path, settings: dict | None = None) -> dict:
    """Train on the training split, score on the tuning split (model alone); return the meta.
    The language's word clusters (``clusters.py``) must already be in ``models/<lang>/``."""
    features = features_for(lang)
    sentences = gold.load(lang, TRAIN_SPLIT[lang])
    t0 = time.time()
    crf.train(training_pairs(sentences), gold.documents(sentences), out, features, settings)
    seconds = time.time() - t0
    tune = gold.load(lang, TUNE_SPLIT[lang])
    tagger = crf.CrfTagger(out, features)
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


def cross_validate(lang: str, folds: int = 5, settings: dict | None = None, scratch: Path = Path("/tmp")) -> dict:
    """Micro F1 (model alone) of ``folds`` models, each trained on the training split less every
    ``folds``-th sentence and scored on those: features and settings are chosen here, so that the
    tuning split, which German also reports on, stays out of the choice."""
    features = features_for(lang)
    sentences = gold.load(lang, TRAIN_SPLIT[lang])
    gold_spans, found, per_fold = [], [], []
    for k in range(folds):
        train_part = [s for i, s in enumerate(sentences) if i % folds != k]
        held_out = [s for i, s in enumerate(sentences) if i % folds == k]
        path = scratch / f"lesart-ner-{lang}-fold{k}.crfsuite"
        crf.train(training_pairs(train_part), gold.documents(train_part), path, features, settings)
        pred = gold.crf_spans(crf.CrfTagger(path, features), held_out)
        path.unlink()
        per_fold.append(gold.score([s.spans for s in held_out], pred)["micro"]["f"])
        gold_spans += [s.spans for s in held_out]
        found += pred
    micro = gold.score(gold_spans, found)["micro"]
    print(f"{lang}: {folds}-fold cross-validation on {gold.ner_path(lang, TRAIN_SPLIT[lang]).name}: F1 {micro['f']} "
          f"(P {micro['p']} / R {micro['r']}); folds {per_fold}")
    return {"micro": micro, "folds": per_fold}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--c1", type=float, default=None, help="L1 weight (default %s)" % crf.TRAINING["c1"])
    ap.add_argument("--c2", type=float, default=None, help="L2 weight (default %s)" % crf.TRAINING["c2"])
    ap.add_argument("--iterations", type=int, default=None,
                    help="L-BFGS iterations (default %s)" % crf.TRAINING["max_iterations"])
    ap.add_argument("--out", type=Path, default=None, help="model file (default: a scratch file, then installed)")
    ap.add_argument("--no-install", action="store_true", help="leave models/<lang> as it is")
    ap.add_argument("--folds", type=int, default=0,
                    help="only cross-validate on the training split with this many folds (installs nothing)")
    args = ap.parse_args(argv)
    settings = {k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
                if v is not None}
    if args.folds:
        cross_validate(args.lang, args.folds, settings)
        return
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
