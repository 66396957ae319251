"""Train the CRF taggers: ``python -m lesart.stages.claims.train [de|en] [--c1 .. --c2 .. --iter ..]``.

German: de-wikinews-quotation train, scored on dev.  English: en-polnear
train, scored on dev.  Test is scored only with ``--test`` (once per shipped model).
Models go to ``models/crf_<lang>.pkl``.
"""
from __future__ import annotations

import argparse
import joblib
import time

import sklearn_crfsuite

from ...evaluation import attribution as A
from . import ClaimsStage
from .crf import MODELS, CrfTagger, quote_mask, rule_labels, sentence_features
from .text import tokenize

TYPE_LABEL = {"Direct": "DIR", "Indirect": "IND", "FreeIndirect": "FIND",
              "IndirectFreeIndirect": "IFI", "Reported": "REP"}


def char_labels(gold: A.GoldDoc, dataset: str) -> dict[int, str]:
    """char offset -> role label; speaker and cue win over content, outer quotes over nested."""
    lab: dict[int, str] = {}

    def paint(spans, label, overwrite):
        for s, e in spans:
            for c in range(s, e):
                if overwrite or c not in lab:
                    lab[c] = label

    if dataset == "en-polnear":
        for rel in gold.relations:
            paint(rel.get("content", []), "CONTENT", False)
    else:
        for rel in gold.relations:
            paint(rel["quote"], TYPE_LABEL.get(rel["type"], "IND"), False)
    for rel in gold.relations:
        paint(rel.get("speaker", rel.get("source", [])), "SRC", True)
        paint(rel.get("cue", []), "CUE", True)
    return lab


def sequences(golds: list[A.GoldDoc], dataset: str):
    X, Y = [], []
    rules = ClaimsStage(tagger="rules")
    for g in golds:
        doc = A.gold_document(g)
        claims = list(rules(doc).claims)
        lab = char_labels(g, dataset)
        for s in doc.sentences:
            tokens = tokenize(doc.text[s.start:s.end], s.start)
            if not tokens or len(tokens) > 250:
                continue
            mask = quote_mask(tokens, doc.text, s.start, s.end)
            tags, prev = [], None
            for t in tokens:
                label = lab.get(t.start)
                if label is None:
                    tags.append("O"); prev = None
                else:
                    tags.append(("I-" if prev == label else "B-") + label); prev = label
            X.append(sentence_features(tokens, mask, g.language, rule_labels(claims, tokens)))
            Y.append(tags)
    return X, Y


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("language", choices=["de", "en"])
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iter", type=int, default=80)
    ap.add_argument("--test", action="store_true", help="also score test (once per shipped model)")
    ap.add_argument("--no-save", action="store_true", help="score on dev without replacing the shipped model")
    args = ap.parse_args(argv)
    dataset = "de-wikinews-quotation" if args.language == "de" else "en-polnear"
    t0 = time.perf_counter()
    X, Y = sequences(A.load(dataset, "train"), dataset)
    print(f"{len(X)} train sentences, features in {time.perf_counter() - t0:.0f}s", flush=True)
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=args.c1, c2=args.c2, max_iterations=args.iter,
                               all_possible_transitions=True)
    t1 = time.perf_counter()
    crf.fit(X, Y)
    print(f"trained in {time.perf_counter() - t1:.0f}s", flush=True)
    print(f"settings: c1={args.c1} c2={args.c2} max_iterations={args.iter}", flush=True)
    tagger = CrfTagger(crf, args.language)
    if not args.no_save:
        MODELS.mkdir(exist_ok=True)
        joblib.dump(crf, MODELS / f"crf_{args.language}.joblib", compress=3)
    for split in ["dev"] + (["test"] if args.test else []):
        res = A.evaluate(dataset, split, system=tagger.claims)
        print(A.markdown([res]), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
