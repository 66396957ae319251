"""Train the CRF taggers: ``python -m lesart.stages.claims.train [de|en] [--c1 .. --c2 .. --iter ..]``.

German: de-wikinews-quotation train, scored on dev.  English: en-polnear
train, scored on dev.  Test is scored only with ``--test`` (once per shipped model).
Models go to ``models/crf_<lang>.joblib``.

Tuning: ``--cache DIR`` computes the train features and the dev documents (sentences,
rule claims, sentence features) once and keeps them in DIR, so a setting costs
only the fit; ``--c1``, ``--c2`` and ``--iter`` take several values and every
combination is fitted and scored on dev (one table row each; each model is kept
in DIR/models/).  The dev score from the cache is the same as
``lesart eval attribution --split dev`` for the same model file.  Delete DIR after
any change to the rules, lexicons, tokenizer or features.
"""
from __future__ import annotations

import argparse
import itertools
import time
from pathlib import Path

import joblib
import sklearn_crfsuite

from ...evaluation import attribution as A
from . import ClaimsStage
from .crf import MODELS, CrfTagger
from .crf_features import quote_mask, rule_labels, sentence_features
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


def tagged_sentences(golds: list[A.GoldDoc], dataset: str):
    """Per training sentence (up to 250 tokens): its gold document, tokens, quotation
    mask, the rules' label per token and the gold BIO tags (the CRF's and the BiLSTM's
    training data, ``train_neural.py``)."""
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
            yield g, tokens, mask, rule_labels(claims, tokens), tags


def sequences(golds: list[A.GoldDoc], dataset: str):
    X, Y = [], []
    for g, tokens, mask, rules, tags in tagged_sentences(golds, dataset):
        X.append(sentence_features(tokens, mask, g.language, rules))
        Y.append(tags)
    return X, Y


# -- cached dev scoring: the tagger's own claims(), features looked up -----------------
class _RecordingCrf:
    """Stands in for the CRF while the dev features are recorded: keeps the last features."""

    def __init__(self, crf) -> None:
        self.crf, self.last = crf, None

    def predict_single(self, feats):
        self.last = feats
        return self.crf.predict_single(feats)


class _PerSentence:
    """Tags sentence by sentence through ``tag_sentence`` (which the recipe's taggers
    override), not the document at a time in numpy: same tags, as the tests check."""

    def tag_document(self, doc, locals_):
        return [self.tag_sentence(doc, s.start, s.end, local) for s, local in zip(doc.sentences, locals_)]


class _RecordingTagger(_PerSentence, CrfTagger):
    """The shipped tagger's path, noting each sentence's tokens and features."""

    def __init__(self, crf, language: str) -> None:
        super().__init__(_RecordingCrf(crf), language)
        self.features: dict[tuple[str, int, int], tuple] = {}

    def tag_sentence(self, doc, start, end, rule_claims):
        self.crf.last = None
        tokens, tags = super().tag_sentence(doc, start, end, rule_claims)
        self.features[(doc.id, start, end)] = (tokens, self.crf.last)
        return tokens, tags


class CachedFeatureTagger(_PerSentence, CrfTagger):
    """CrfTagger whose sentence features come from the cache (the claims logic is the
    tagger's own); a sentence not in the cache is featurised as usual."""

    def __init__(self, crf, language: str, features: dict) -> None:
        super().__init__(crf, language)
        self.features = features

    def tag_sentence(self, doc, start, end, rule_claims):
        hit = self.features.get((doc.id, start, end))
        if hit is None or (hit[0] and hit[1] is None):
            return super().tag_sentence(doc, start, end, rule_claims)
        tokens, feats = hit
        return tokens, (self.crf.predict_single(feats) if tokens else [])


def dev_items(dataset: str, language: str, split: str = "dev") -> dict:
    """The split's documents after the sentences stage, their rule claims and each
    sentence's features, recorded on the real tagging path."""
    golds = A.load(dataset, split)
    recorder = _RecordingTagger(CrfTagger.load(language).crf, language)
    docs = []
    for g in golds:
        doc = A.gold_document(g)
        rule_claims = list(recorder.rules._rules_pass(doc).claims)
        recorder.claims(doc, rule_claims=list(rule_claims))
        docs.append((g, doc, rule_claims))
    return {"docs": docs, "features": recorder.features}


def score_cached(crf, language: str, dataset: str, items: dict, split: str = "dev") -> dict:
    """``A.evaluate`` for a model on the cached documents (same scorer, same result dict)."""
    tagger = CachedFeatureTagger(crf, language, items["features"])
    t0 = time.perf_counter()
    pairs = [(g, tagger.claims(doc, rule_claims=list(rule_claims))) for g, doc, rule_claims in items["docs"]]
    seconds = time.perf_counter() - t0
    scores = A.score_polnear(pairs) if dataset == "en-polnear" else A.score_wikinews(pairs)
    return {"dataset": dataset, "split": split, "system": "crf", "documents": len(pairs),
            "seconds": round(seconds, 1), "scores": scores}


def cached(path: Path, build):
    """joblib file at ``path``, built (and written) on first use."""
    if path.exists():
        return joblib.load(path)
    value = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(value, path)
    return value


def summary(res: dict) -> str:
    """One dev line: exact F1 per role (and their sum, the tuning target for PolNeAR)."""
    sc = res["scores"]
    if res["dataset"] != "en-polnear":
        return " / ".join(f"{k.split(':', 1)[-1]} {v['f1']:.1f}" for k, v in sc.items())
    exact = [sc[f"exact:{r}"]["f1"] for r in ("source", "cue", "content")]
    overlap = [sc[f"overlap:{r}"]["f1"] for r in ("source", "cue", "content")]
    return (f"exact {' / '.join(f'{x:.1f}' for x in exact)} (sum {sum(exact):.1f}); "
            f"overlap {' / '.join(f'{x:.1f}' for x in overlap)}")


def fit(X, Y, c1: float, c2: float, iterations: int) -> tuple[sklearn_crfsuite.CRF, float]:
    crf = sklearn_crfsuite.CRF(algorithm="lbfgs", c1=c1, c2=c2, max_iterations=iterations,
                               all_possible_transitions=True)
    t0 = time.perf_counter()
    crf.fit(X, Y)
    return crf, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("language", choices=["de", "en"])
    ap.add_argument("--c1", type=float, nargs="+", default=[0.05])
    ap.add_argument("--c2", type=float, nargs="+", default=[0.01])
    ap.add_argument("--iter", type=int, nargs="+", default=[80])
    ap.add_argument("--test", action="store_true", help="also score test (once per shipped model)")
    ap.add_argument("--no-save", action="store_true", help="score on dev without replacing the shipped model")
    ap.add_argument("--cache", type=Path, help="keep features (and each fitted model) in this folder")
    args = ap.parse_args(argv)
    dataset = "de-wikinews-quotation" if args.language == "de" else "en-polnear"
    settings = list(itertools.product(args.c1, args.c2, args.iter))
    t0 = time.perf_counter()
    if args.cache:
        X, Y = cached(args.cache / f"train_{args.language}.joblib",
                      lambda: sequences(A.load(dataset, "train"), dataset))
        dev = cached(args.cache / f"dev_{args.language}.joblib", lambda: dev_items(dataset, args.language))
    else:
        X, Y = sequences(A.load(dataset, "train"), dataset)
        dev = None
    print(f"{len(X)} train sentences, features in {time.perf_counter() - t0:.0f}s", flush=True)
    crf = None
    for c1, c2, iterations in settings:
        crf, seconds = fit(X, Y, c1, c2, iterations)
        done = crf.training_log_.last_iteration["num"] if crf.training_log_ else "?"
        print(f"settings: c1={c1} c2={c2} max_iterations={iterations} (ran {done}), trained in {seconds:.0f}s",
              flush=True)
        if args.cache:
            (args.cache / "models").mkdir(exist_ok=True)
            joblib.dump(crf, args.cache / "models" / f"crf_{args.language}_c1={c1}_c2={c2}_iter={iterations}.joblib",
                        compress=3)
            print(f"dev: {summary(score_cached(crf, args.language, dataset, dev))}", flush=True)
    if len(settings) > 1:
        return 0  # a grid only scores; ship a setting with a single-setting run (or copy its file from the cache)
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
