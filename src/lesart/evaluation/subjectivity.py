"""Sentence subjectivity: CheckThat! (English, German) and BABE (English media bias).

    from lesart.evaluation import subjectivity
    res = subjectivity.evaluate("checkthat-de", "dev")
    print(subjectivity.markdown([res]))

- ``checkthat-de`` / ``checkthat-en``: the voice stage's shipped model applied
  the way the stage applies it (model probability, then the attribution cap
  for sentences the fallback finds reported), macro-F1 over OBJ/SUBJ, the
  official metric.  Splits: ``train``, ``dev``, ``dev_test`` (= the 2024 test)
  and ``test`` (the 2025 test).  The shipped model is trained on train + dev +
  dev_test, so only ``test`` is held out from it; ``tune`` reports the recipe's
  train -> dev and train+dev -> dev_test numbers instead (see ``train.py``).
- ``babe``: sentence-level Biased / Non-biased on BABE (SG2), macro-F1 over
  10 stratified folds grouped by sentence text, so that a sentence and its
  copies (SG1 and MBIC hold the same sentences) never sit on both sides of a
  split.  The model is the same recipe (``model.build("en")``), trained per fold.
"""
from __future__ import annotations

import ast
import csv
import re
import time
from pathlib import Path

import numpy as np
from .shared import shared_dir

CHECKTHAT_SPLITS = ("train", "dev", "dev_test", "test")
DATASETS = ("checkthat-de", "checkthat-en", "babe")

ANCHORS = {
    "checkthat-en": {
        "CheckThat! 2024 best English (HYBRINFOX; 2024 test = dev_test)": 0.744,
        "CheckThat! 2025, fine-tuned transformer, 19th (2025 test)": 0.66,
        "TF-IDF + lexicon LogReg, shared/ README (2025 test)": 0.578,
        "goal (issue 5)": 0.75,
    },
    "checkthat-de": {
        "CheckThat! 2025, fine-tuned transformer, 5th (2025 test)": 0.77,
        "TF-IDF + lexicon LogReg, shared/ README (2025 test)": 0.656,
        "goal (issue 5)": 0.80,
    },
    "babe": {"BABE paper best (BERT + distant supervision, Spinde et al. 2021)": 0.804},
}


def framing_dir() -> Path:
    return shared_dir() / "data" / "framing"


def read_checkthat(language: str, split: str) -> tuple[list[str], np.ndarray]:
    """Sentences and labels (1 = SUBJ) of one CheckThat! split."""
    path = framing_dir() / "checkthat_subjectivity" / language / f"{split}_{language}.tsv"
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows)
        for row in rows:
            texts.append(row[1])
            labels.append(int(row[2] == "SUBJ"))
    return texts, np.array(labels)


def read_babe() -> tuple[list[str], np.ndarray, list[list[str]]]:
    """BABE SG2: sentences, labels (1 = Biased) and the words marked as biased."""
    texts, labels, words = [], [], []
    with (framing_dir() / "babe" / "final_labels_SG2.csv").open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if row["label_bias"] not in ("Biased", "Non-biased"):
                continue
            texts.append(row["text"])
            labels.append(int(row["label_bias"] == "Biased"))
            try:
                words.append([str(w) for w in ast.literal_eval(row["biased_words"] or "[]")])
            except (ValueError, SyntaxError):
                words.append([])
    return texts, np.array(labels), words


def text_key(text: str) -> str:
    """Sentence identity across SG1/SG2/MBIC: case, spacing and punctuation do not count."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def macro_f1(gold, predicted) -> dict:
    from sklearn.metrics import f1_score

    per_class = f1_score(gold, predicted, average=None, labels=[0, 1])
    return {"macro_f1": round(float(per_class.mean()), 4),
            "f1_neg": round(float(per_class[0]), 4), "f1_pos": round(float(per_class[1]), 4)}


def stage_probabilities(texts: list[str], language: str, model) -> np.ndarray:
    """What the voice stage would say about isolated sentences (model + attribution cap)."""
    from ..stages.voice import ATTRIBUTED_CAP
    from ..stages.voice.attribution import sentence_is_reported

    probs = np.array(model.probabilities(texts))
    cap = ATTRIBUTED_CAP * model.threshold / 0.5
    reported = np.array([sentence_is_reported(t, language) for t in texts])
    return np.where(reported, np.minimum(probs, cap), probs)


def _checkthat(language: str, split: str) -> dict:
    from ..stages.voice.model import load

    model = load(language)
    if model is None:
        raise FileNotFoundError(f"no subjectivity model for {language}: run python -m lesart.stages.voice.train")
    texts, gold = read_checkthat(language, split)
    started = time.perf_counter()
    probs = stage_probabilities(texts, language, model)
    seconds = time.perf_counter() - started
    scores = macro_f1(gold, probs >= model.threshold)
    scores["model_only_macro_f1"] = macro_f1(gold, np.array(model.probabilities(texts)) >= model.threshold)["macro_f1"]
    scores["brier"] = round(float(np.mean((probs - gold) ** 2)), 4)
    return {"dataset": f"checkthat-{language}", "split": split, "sentences": len(texts), "held_out": split == "test",
            "system": f"voice model {model.version} ({model.trained_on}), threshold {model.threshold:.2f}",
            "scores": scores, "seconds": round(seconds, 2)}


def babe_folds(texts: list[str], labels: np.ndarray, n_folds: int = 10, seed: int = 13) -> np.ndarray:
    """Fold number per sentence: stratified, and equal sentences share a fold."""
    from sklearn.model_selection import StratifiedGroupKFold

    groups = [text_key(t) for t in texts]
    folds = np.zeros(len(texts), dtype=int)
    splitter = StratifiedGroupKFold(n_splits=n_folds, shuffle=True, random_state=seed)
    for k, (_, test) in enumerate(splitter.split(texts, labels, groups)):
        folds[test] = k
    return folds


def _babe(n_folds: int = 10) -> dict:
    from ..stages.voice.model import build

    texts, gold, _ = read_babe()
    folds = babe_folds(texts, gold, n_folds)
    predicted = np.zeros(len(texts), dtype=int)
    started = time.perf_counter()
    for k in range(n_folds):
        train, test = folds != k, folds == k
        model = build("en").fit([t for t, m in zip(texts, train) if m], gold[train])
        predicted[test] = model.predict([t for t, m in zip(texts, test) if m])
    return {"dataset": "babe", "split": f"{n_folds}-fold CV (grouped by sentence)", "sentences": len(texts),
            "held_out": True,
            "system": "voice recipe (word+char TF-IDF + cues, LogReg) trained per fold",
            "scores": macro_f1(gold, predicted), "seconds": round(time.perf_counter() - started, 1)}


def evaluate(dataset: str, split: str = "dev") -> dict:
    if dataset == "babe":
        return _babe()
    if dataset in ("checkthat-de", "checkthat-en"):
        if split not in CHECKTHAT_SPLITS:
            raise ValueError(f"split must be one of {CHECKTHAT_SPLITS}")
        return _checkthat(dataset.split("-")[1], split)
    raise ValueError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")


def markdown(results: list[dict]) -> str:
    """One table per result, beside the published anchors."""
    out = []
    for res in results:
        sc = res["scores"]
        note = "" if res.get("held_out", True) else " — in the shipped model's training data, not a held-out score"
        out.append(f"### {res['dataset']} {res['split']} — {res['system']} ({res['sentences']} sentences){note}\n")
        out.append("| system | macro-F1 |\n|---|---|")
        out.append(f"| lesart | {sc['macro_f1']:.3f} |")
        if "model_only_macro_f1" in sc:
            out.append(f"| lesart, model without the attribution cap | {sc['model_only_macro_f1']:.3f} |")
        for name, value in ANCHORS.get(res["dataset"], {}).items():
            out.append(f"| {name} | {value:.3f} |")
        out.append("")
    return "\n".join(out)


def speed(pages: int = 60, sample_dir: Path | None = None) -> dict:
    """Seconds per article of the extraction path (extract, language, sentences) and of voice + genre.

    HTML pages of the extraction gold (``shared/data/extraction/*/html``), the
    first ``pages`` in name order; each stage timed on the same documents after
    one warm-up page (model loading is not per-article cost).
    """
    import gzip

    from .. import stages
    from ..api import pipeline
    from ..model import Document, RawInput, SourceInfo
    from ..pipeline import create

    root = sample_dir or shared_dir() / "data" / "extraction"
    files = sorted(root.glob("*/html/**/*.html.gz"))[: pages + 1]
    extraction = pipeline(["extract", "language", "sentences"])
    layer = [create(name) for name in ("voice", "genre") if stages.load(name)]
    timing = {"extraction": 0.0, "voice": 0.0, "genre": 0.0}
    counted = 0
    for i, path in enumerate(files):
        content = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
        raw = RawInput(name=path.name, content=content, kind="html", source_kind="html")
        doc = Document(id=path.name, source=SourceInfo(kind="html"), raw=raw)
        started = time.perf_counter()
        doc = extraction(doc, errors="catch")
        extraction_s = time.perf_counter() - started
        if doc.errors:
            continue
        layer_s = {}
        for stage in layer:
            started = time.perf_counter()
            doc = stage(doc)
            layer_s[stage.name] = time.perf_counter() - started
        if i == 0:
            continue                   # warm-up: models load on first use
        counted += 1
        timing["extraction"] += extraction_s
        for name, s in layer_s.items():
            timing[name] += s
    per = {k: round(v / max(1, counted) * 1000, 1) for k, v in timing.items()}
    return {"pages": counted, "ms_per_article": per,
            "ratio": round((timing["voice"] + timing["genre"]) / max(1e-9, timing["extraction"]), 3)}
