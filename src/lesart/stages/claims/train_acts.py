"""Train the German speech-act sentence model (``acts.py``):
``python -m lesart.stages.claims.train_acts [--C 1.0] [--rep 0.4] [--find 0.4] [--grid]``.

Every sentence of de-wikinews-quotation train (gold sentences) is one example:
its ``acts.features`` (the rules' modes of the sentences around it as context),
labelled REP where a gold *Reported* quotation covers more than half of its
tokens and FIND where a *FreeIndirect* one does.  One logistic regression per
label (scikit-learn, L2, ``C``); the weights go to ``models/acts_de.tsv`` with
the thresholds given.  ``--grid`` scores thresholds on dev through the stage
(``ClaimsStage(tagger="auto")``) and writes nothing.  Test is never scored here.
"""
from __future__ import annotations

import argparse
import itertools

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from ...evaluation import attribution as A
from . import ClaimsStage, acts
from .text import find_quotes, tokenize

DATASET = "de-wikinews-quotation"


def examples(golds: list[A.GoldDoc]):
    rules = ClaimsStage(tagger="rules")
    X, Y = [], []
    for g in golds:
        doc = A.gold_document(g)
        claims = list(rules(doc).claims)
        modes = acts._sentence_modes(doc, claims)
        for k, s in enumerate(doc.sentences):
            tokens = tokenize(doc.text[s.start:s.end], s.start)
            if not tokens:
                continue
            quotes = find_quotes(doc.text[s.start:s.end], s.start)
            mask = [any(q.start <= t.start < q.end for q in quotes) for t in tokens]
            X.append(acts.features(tokens, mask, modes[k - 1] if k else "start",
                                   modes[k + 1] if k + 1 < len(doc.sentences) else "end"))

            def share(key):
                return sum(1 for t in tokens if any(a <= t.start and t.end <= b for a, b in g.spans[key])) / len(tokens)
            Y.append("REP" if share("quote:Reported") > 0.5 else "FIND" if share("quote:FreeIndirect") > 0.5 else "O")
    return X, Y


def fit(X, Y, C: float) -> dict[str, tuple[float, ...]]:
    vec = DictVectorizer()
    M = vec.fit_transform([{f: 1 for f in x} for x in X])
    cols = []
    for label in acts.LABELS:
        lr = LogisticRegression(C=C, max_iter=5000).fit(M, np.array([y == label for y in Y]))
        cols.append(lr.coef_[0].copy())
        cols[-1][vec.vocabulary_["bias"]] += lr.intercept_[0]
    weights = {}
    for name, j in vec.vocabulary_.items():
        ws = tuple(round(float(c[j]), 4) for c in cols)
        if any(abs(w) >= 1e-3 for w in ws):
            weights[name] = ws
    return weights


def write(weights, thresholds: dict[str, float], C: float, n: int) -> None:
    lines = ["# German speech-act sentence model (lesart.stages.claims.acts), trained by",
             f"# python -m lesart.stages.claims.train_acts --C {C} on de-wikinews-quotation train",
             f"# ({n} sentences; CC BY-NC-SA 4.0 data, see MODEL_CARD.md). Columns: feature, " +
             ", ".join(f"w_{label}" for label in acts.LABELS)]
    lines += [f"# threshold\t{label}\t{thresholds[label]}" for label in acts.LABELS]
    lines += ["\t".join([name, *map(str, ws)]) for name, ws in sorted(weights.items())]
    acts.MODEL.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--rep", type=float, nargs="+", default=[0.4])
    ap.add_argument("--find", type=float, nargs="+", default=[0.4])
    ap.add_argument("--grid", action="store_true", help="score the thresholds on dev, write nothing")
    args = ap.parse_args(argv)
    X, Y = examples(A.load(DATASET, "train"))
    weights = fit(X, Y, args.C)
    print(f"{len(X)} train sentences ({Y.count('REP')} REP, {Y.count('FIND')} FIND), {len(weights)} weights")
    if args.grid:
        from .train import summary
        dev = A.load(DATASET, "dev")
        for t_rep, t_find in itertools.product(args.rep, args.find):
            acts._MODEL_OVERRIDE = acts.ActModel(weights, {"REP": t_rep, "FIND": t_find})
            stage = ClaimsStage(tagger="auto")
            res = A.evaluate(DATASET, "dev", system=lambda d: stage(d).claims)
            print(f"REP {t_rep} FIND {t_find}: {summary(res)}", flush=True)
        acts._MODEL_OVERRIDE = None
        return 0
    write(weights, {"REP": args.rep[0], "FIND": args.find[0]}, args.C, len(X))
    print(f"wrote {acts.MODEL} ({acts.MODEL.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
