"""Train the plain-text line classifier (``line_model/line_model.npz``).

    python -m lesart.stages.extract.train_line_model            # train on dev (+ segment pages), save
    python -m lesart.stages.extract.train_line_model --cv       # grouped 5-fold CV on dev, seeds 0 1 2 (mean ± sd)
    python -m lesart.stages.extract.train_line_model --test     # score the saved model on test

Data: the ``dev`` pages of ``<shared>/data/extraction`` (``split.json``), where
``<shared>`` is ``$LESART_SHARED`` or ``../shared`` next to the repository.
Each page is dumped to plain text with ``lesart.evaluation.dumps.html_to_dump``
and every line is labelled by its overlap with the gold text:

- *article*: most of the line's 4-token shingles are in the gold text (each
  gold shingle is used up once, so a repeated teaser does not count twice);
  a line shorter than 4 tokens counts when its tokens occur in the gold in
  this order and it lies between the first and the last long article line;
- *title*: the one non-article line that equals the page's ``<h1>`` /
  ``og:title`` / ``<title>``, the last such line before the article starts;
- *other*: everything else.

trafilatura's German segment pages (``trafilatura_de_segments.jsonl``, free
for development) add partial labels: a line holding a must-appear segment is
article, one holding a must-not-appear segment is other; their other lines
are context only (``--no-segments`` leaves them out).

Scores use the project's shingle F1 (``lesart.evaluation.shingles``); the
test numbers in the model card come from ``lesart eval extraction --mode text``
(``lesart.evaluation.extraction``), which runs the same dump and segmenter.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from lesart.evaluation.dumps import html_to_dump
from lesart.evaluation.shingles import aggregate, match
from lesart.stages.extract import plaintext
from lesart.stages.extract.plaintext import ARTICLE, OTHER, TITLE
from lesart.evaluation.shared import shared_dir

_WORD = re.compile(r"\w+")
REPO = Path(__file__).resolve().parents[4]
CV_CACHE = Path(os.environ.get("TMPDIR", "/tmp")) / "lesart_line_cv.pkl"
BOW_C = 1.0
# Train on features computed with the page's language?  The text path gets
# no language hint at inference (lesart eval extraction, the pipeline).
LANGUAGE_HINT = False
PARAMS = dict(max_iter=150, learning_rate=0.08, max_leaf_nodes=31, max_depth=8, min_samples_leaf=20,
              l2_regularization=0.1, random_state=0)
# The shipped model averages the trees of these seeds (see plaintext.LineModel):
# in grouped CV on dev one seed ranged 0.928-0.948 F1 on Scrapinghub lines.
ENSEMBLE_SEEDS = (0, 1, 2)


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------

def load_pages(split: str) -> list[dict]:
    root = shared_dir() / "data" / "extraction"
    splits = json.loads((root / "split.json").read_text())
    pages = []
    with open(root / "eval.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if splits.get(record["id"]) != split:
                continue
            raw = gzip.decompress((root / record["html_file"]).read_bytes())
            record["html"] = raw.decode("utf-8", "replace")
            record["dataset"] = "fundus_de" if record["id"].startswith("fundus/") else "scrapinghub"
            pages.append(record)
    return pages


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", "replace")


def load_segment_pages() -> list[dict]:
    """trafilatura's German eval pages (free for development): only short
    must / must-not segments are known, so they give partial labels."""
    root = shared_dir() / "data" / "extraction"
    path = root / "trafilatura_de_segments.jsonl"
    if not path.exists():
        return []
    pages = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            record["html"] = _decode(gzip.decompress((root / record["html_file"]).read_bytes()))
            pages.append(record)
    return pages


def _norm(text: str) -> str:
    return " ".join(text.split())


def label_by_segments(lines: list[str], with_: list[str], without: list[str]) -> np.ndarray:
    """ARTICLE / OTHER where a line holds a must / must-not segment; -1 elsewhere."""
    labels = np.full(len(lines), -1)
    wanted = [_norm(x) for x in with_ if _norm(x)]
    unwanted = [_norm(x) for x in without if _norm(x)]
    for i, line in enumerate(lines):
        text = _norm(line)
        is_in = any(seg in text or (len(text) >= 30 and text in seg) for seg in wanted)
        is_out = any(seg in text for seg in unwanted)
        if is_in != is_out:
            labels[i] = ARTICLE if is_in else OTHER
    return labels


def build_segment_dataset(pages: list[dict]) -> list[dict]:
    out = []
    for page in pages:
        dump = html_to_dump(page["html"])
        lines = [dump[s:e] for s, e in plaintext.split_units(dump)]
        labels = label_by_segments(lines, page["gold_with"], page["gold_without"])
        if (labels >= 0).any():
            out.append({"id": page["id"], "dataset": "trafilatura_de", "lang": "de", "gold": None,
                        "dump": dump, "lines": lines, "labels": labels})
    return out


def title_candidates(html: str) -> list[str]:
    """Headline texts a page declares: <h1>, og:title, twitter:title, <title>."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a page without a parseable tree has no title
        return []
    texts = [h.text_content() for h in tree.iter("h1")]
    texts += tree.xpath("//meta[@property='og:title' or @name='twitter:title']/@content")
    for title in tree.iter("title"):
        full = title.text_content()
        texts.append(full)
        texts += re.split(r"\s+[|–—-]\s+", full)
    return [t for t in texts if _WORD.search(t)]


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _shingles(tokens: list[str], n: int = 4) -> list[tuple[str, ...]]:
    if len(tokens) < n:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


def label_lines(lines: list[str], gold: str, titles: list[str]) -> np.ndarray:
    gold_tokens = _WORD.findall(gold)
    remaining = Counter(_shingles(gold_tokens))
    gold_joined = "\x01" + "\x01".join(gold_tokens) + "\x01"
    labels = np.full(len(lines), OTHER)
    short_matches = []
    for i, line in enumerate(lines):
        tokens = _WORD.findall(line)
        if len(tokens) >= 4:
            wanted = Counter(_shingles(tokens))
            hit = {s: min(c, remaining[s]) for s, c in wanted.items() if remaining[s]}
            if sum(hit.values()) >= 0.5 * sum(wanted.values()):
                labels[i] = ARTICLE
                remaining.subtract(hit)
        elif tokens and ("\x01" + "\x01".join(tokens) + "\x01") in gold_joined:
            short_matches.append(i)
    long_article = np.flatnonzero(labels == ARTICLE)
    if len(long_article):
        first, last = long_article[0], long_article[-1]
        for i in short_matches:
            if first <= i <= last:
                labels[i] = ARTICLE
    title_keys = {_key(t) for t in titles} - {""}
    matches = [i for i, line in enumerate(lines) if labels[i] == OTHER and _key(line) in title_keys]
    if matches:
        start = long_article[0] if len(long_article) else len(lines)
        before = [i for i in matches if i < start]
        labels[before[-1] if before else matches[0]] = TITLE
    return labels


def build_dataset(pages: list[dict]) -> list[dict]:
    """Per page: the dump, its line units, line texts and labels."""
    out = []
    for page in pages:
        dump = html_to_dump(page["html"])
        units = plaintext.split_units(dump)
        lines = [dump[s:e] for s, e in units]
        out.append({
            "id": page["id"], "dataset": page["dataset"], "lang": page["lang"],
            "gold": page["gold_text"], "dump": dump, "lines": lines,
            "labels": label_lines(lines, page["gold_text"], title_candidates(page["html"])),
        })
    return out


# --------------------------------------------------------------------------
# Scoring: the project's shingle F1 (lesart.evaluation.shingles)
# --------------------------------------------------------------------------

def article_text(text: str, blocks: list[tuple[str, int, int]]) -> str:
    return "\n".join(text[s:e] for kind, s, e in blocks if kind in ("heading", "body", "quote"))


def score_segmenter(data: list[dict], segment) -> dict[str, dict]:
    """Shingle P/R/F1 per dataset of ``segment(page) -> blocks`` over dumped pages."""
    by_set: dict[str, list] = {}
    for page in data:
        predicted = article_text(page["dump"], segment(page))
        by_set.setdefault(page["dataset"], []).append(match(page["gold"], predicted))
    return {name: aggregate(counts) for name, counts in sorted(by_set.items())}


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------

def _classifier(seed: int = 0):
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(**{**PARAMS, "random_state": seed})


def _fit_trees(features: list[np.ndarray], labels: list[np.ndarray], seed: int = 0):
    """Fit on the labelled rows only (segment pages label a few lines each)."""
    x, y = np.vstack(features), np.concatenate(labels)
    known = y >= 0
    return _classifier(seed).fit(x[known], y[known])


def _stack(data: list[dict], language_hint: bool = True):
    features = [plaintext.line_features(p["lines"], p["lang"] if language_hint else None) for p in data]
    labels = [p["labels"] for p in data]
    return features, labels


def _fit_bow(lines: list[list[str]], labels: list[np.ndarray]):
    from sklearn.linear_model import LogisticRegression

    vectors = plaintext.bow_vectorizer().transform([line for page in lines for line in page])
    target = np.concatenate(labels)
    known = target >= 0
    return LogisticRegression(C=BOW_C, max_iter=2000).fit(vectors[known], (target[known] == ARTICLE).astype(int))


def _bow_scores(model, lines: list[str]) -> np.ndarray:
    return model.decision_function(plaintext.bow_vectorizer().transform(lines))


def bow_stage(hand: list[np.ndarray], labels: list[np.ndarray], lines: list[list[str]],
              inner_folds: int = 3) -> tuple[object, list[np.ndarray]]:
    """The word model on all pages, and every page's features with an
    out-of-fold word score (the trees must not see scores of memorised lines)."""
    n_pages = len(hand)
    folds = np.arange(n_pages) % inner_folds
    features: list[np.ndarray] = [None] * n_pages  # type: ignore[list-item]
    for fold in range(inner_folds):
        train = [i for i in range(n_pages) if folds[i] != fold]
        bow = _fit_bow([lines[i] for i in train], [labels[i] for i in train])
        for i in range(n_pages):
            if folds[i] == fold:
                features[i] = plaintext.with_bow(hand[i], _bow_scores(bow, lines[i]))
    return _fit_bow(lines, labels), features


def tree_stage(features: list[np.ndarray], labels: list[np.ndarray], seed: int = 0,
               inner_folds: int = 3) -> tuple[object, object]:
    """Pass 1 on the features, pass 2 on out-of-fold pass-1 probabilities."""
    n_pages = len(features)
    folds = np.arange(n_pages) % inner_folds
    oof = [None] * n_pages
    for fold in range(inner_folds):
        train = [i for i in range(n_pages) if folds[i] != fold]
        model = _fit_trees([features[i] for i in train], [labels[i] for i in train], seed)
        for i in range(n_pages):
            if folds[i] == fold:
                oof[i] = _proba(model, features[i])
    pass1 = _fit_trees(features, labels, seed)
    second = [plaintext.second_pass_features(f, p) for f, p in zip(features, oof)]
    return pass1, _fit_trees(second, labels, seed)


def fit(hand: list[np.ndarray], labels: list[np.ndarray], lines: list[list[str]],
        seeds: tuple[int, ...] = ENSEMBLE_SEEDS) -> dict:
    """A word model, then per seed pass 1 on line features + word scores and
    pass 2 on out-of-fold pass-1 probabilities (all stacking inputs out of
    fold).  The word model has no randomness: the members share it."""
    bow, features = bow_stage(hand, labels, lines)
    members = [tree_stage(features, labels, seed) for seed in seeds]
    return {"bow": bow, "members": members, "feature_names": plaintext.FEATURE_NAMES,
            "classes": ("other", "article", "title")}


def _proba(model, features: np.ndarray) -> np.ndarray:
    """predict_proba with all three classes, even if a fold lacked one."""
    out = np.zeros((len(features), 3))
    if len(features):
        out[:, model.classes_] = model.predict_proba(features)
    return out


def cross_validate(data: list[dict], extra: list[dict], folds: int = 5, seeds: tuple[int, ...] = (0,),
                   language_hint: bool = LANGUAGE_HINT) -> dict[int, list[np.ndarray]]:
    """Out-of-fold (page-grouped) final probabilities for every dev page, per
    seed; the ``extra`` (segment-labelled) pages are in every training fold.
    The word model has no randomness, so the seeds share it.  Held-out pages
    get no language hint, as in ``lesart eval extraction`` and the pipeline."""
    features, labels = _stack(data, language_hint)
    held_out_features = _stack(data, language_hint=False)[0] if language_hint else features
    extra_features, extra_labels = _stack(extra, language_hint)
    order = np.arange(len(data)) % folds
    probs = {seed: [None] * len(data) for seed in seeds}
    for fold in range(folds):
        train = [i for i in range(len(data)) if order[i] != fold]
        bow, train_features = bow_stage([features[i] for i in train] + extra_features,
                                        [labels[i] for i in train] + extra_labels,
                                        [data[i]["lines"] for i in train] + [p["lines"] for p in extra])
        train_labels = [labels[i] for i in train] + extra_labels
        held_out = [i for i in range(len(data)) if order[i] == fold]
        first = {i: plaintext.with_bow(held_out_features[i], _bow_scores(bow, data[i]["lines"])) for i in held_out}
        for seed in seeds:
            pass1, pass2 = tree_stage(train_features, train_labels, seed)
            for i in held_out:
                probs[seed][i] = _proba(pass2, plaintext.second_pass_features(first[i], _proba(pass1, first[i])))
        print(f"  fold {fold + 1}/{folds} done", file=sys.stderr)
    return probs


def _cached(path: Path, build):
    """Dumping and labelling the pages takes a while; CV runs share the result."""
    import pickle

    if path.exists():
        with open(path, "rb") as handle:
            return pickle.load(handle)
    value = build()
    with open(path, "wb") as handle:
        pickle.dump(value, handle)
    return value


def _summary(per_seed: dict[int, dict[str, dict]]) -> dict[str, str]:
    """F1 mean ± sd over seeds, per dataset."""
    names = next(iter(per_seed.values())).keys()
    out = {}
    for name in names:
        values = np.array([scores[name]["f1"] for scores in per_seed.values()])
        out[name] = f"{values.mean():.4f} ± {values.std(ddof=1) if len(values) > 1 else 0.0:.4f}"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cv", action="store_true", help="grouped 5-fold CV on dev; saves nothing")
    parser.add_argument("--test", action="store_true", help="score the saved model on the test split")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2],
                        help="--cv: random_state of the trees, one CV run each (default 0 1 2)")
    parser.add_argument("--ensemble-seeds", type=int, nargs="+", default=list(ENSEMBLE_SEEDS),
                        help="random_state of each member of the saved model (default 0 1 2)")
    parser.add_argument("--probs-out", type=Path, default=CV_CACHE,
                        help="--cv: where the out-of-fold probabilities go (for tuning the decoding)")
    parser.add_argument("--out", type=Path, default=plaintext.MODEL_FILE, help="where the trained model goes")
    parser.add_argument("--data-cache", type=Path, default=None,
                        help="pickle of the dumped, labelled dev pages (made if missing)")
    parser.add_argument("--language-hint", type=int, default=int(LANGUAGE_HINT),
                        help="1: training features use the page's language (0: none, as at inference)")
    parser.add_argument("--no-segments", dest="segments", action="store_false",
                        help="train on the dev pages only, without trafilatura's segment-labelled pages")
    args = parser.parse_args(argv)
    if not (shared_dir() / "data" / "extraction").exists():
        print(f"no extraction data under {shared_dir()} (set LESART_SHARED)", file=sys.stderr)
        return 2
    started = time.time()
    if args.test:
        data = build_dataset(load_pages("test"))
        # No language hint, as in ``lesart eval extraction`` and the pipeline.
        scores = score_segmenter(data, lambda p: plaintext.segment_text(p["dump"], None))
        print(json.dumps({"split": "test", "scores": scores}, indent=2))
        return 0
    build = lambda: (build_dataset(load_pages("dev")),  # noqa: E731
                     build_segment_dataset(load_segment_pages()) if args.segments else [])
    data, extra = _cached(args.data_cache, build) if args.data_cache else build()
    oracle = score_segmenter(data, _label_blocks)
    print(json.dumps({"labels_as_prediction (ceiling)": oracle}, indent=2))
    print(f"{len(data)} dev pages, {len(extra)} segment-labelled pages", file=sys.stderr)
    if args.cv:
        probs = cross_validate(data, extra, seeds=tuple(args.seeds), language_hint=bool(args.language_hint))
        per_seed = {}
        for seed, seed_probs in probs.items():
            for page, prob in zip(data, seed_probs):
                page["probs"] = prob
            per_seed[seed] = score_segmenter(
                data, lambda p: plaintext.decode(p["dump"], _units(p), p["lines"], p["probs"]))
            print(json.dumps({"seed": seed, "scores": per_seed[seed]}), flush=True)
        if len(probs) > 1:  # what the shipped model does: average the members
            for index, page in enumerate(data):
                page["probs"] = np.mean([seed_probs[index] for seed_probs in probs.values()], axis=0)
            ensemble = score_segmenter(
                data, lambda p: plaintext.decode(p["dump"], _units(p), p["lines"], p["probs"]))
            print(json.dumps({"seeds averaged": list(probs), "scores": ensemble}), flush=True)
        import pickle

        with open(args.probs_out, "wb") as handle:  # for tuning the decoding rules without refitting
            pickle.dump({"data": data, "probs": probs}, handle)
        print(json.dumps({"split": "dev (5-fold CV, grouped by page)", "seeds": args.seeds,
                          "f1 mean ± sd over seeds": _summary(per_seed)}, indent=2))
    else:
        features, labels = _stack(data + extra, bool(args.language_hint))
        model = fit(features, labels, [page["lines"] for page in data + extra], seeds=tuple(args.ensemble_seeds))
        np.savez_compressed(args.out, **export_arrays(model))
        _check_export(model, args.out, features[0], data[0]["lines"], data[0]["lang"] if args.language_hint else None)
        print(f"saved {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")
    print(f"took {time.time() - started:.0f} s", file=sys.stderr)
    return 0


def _forest_arrays(classifier, prefix: str) -> dict[str, np.ndarray]:
    """A fitted HistGradientBoostingClassifier as flat node arrays (see plaintext.Forest)."""
    parts: dict[str, list] = {k: [] for k in ("feature", "threshold", "left", "right", "leaf", "value")}
    roots, tree_class, offset = [], [], 0
    for iteration in classifier._predictors:
        for k, tree in enumerate(iteration):
            nodes = tree.nodes
            if nodes["is_categorical"].any():
                raise ValueError("categorical splits are not exported")
            parts["feature"].append(nodes["feature_idx"].astype(np.int32))
            parts["threshold"].append(nodes["num_threshold"].astype(np.float64))
            parts["left"].append(nodes["left"].astype(np.int32) + offset)
            parts["right"].append(nodes["right"].astype(np.int32) + offset)
            parts["leaf"].append(nodes["is_leaf"].astype(bool))
            parts["value"].append(nodes["value"].astype(np.float64))
            roots.append(offset)
            tree_class.append(k)
            offset += len(nodes)
    out = {f"{prefix}_{k}": np.concatenate(v) for k, v in parts.items()}
    out[f"{prefix}_roots"] = np.array(roots, dtype=np.int32)
    out[f"{prefix}_tree_class"] = np.array(tree_class, dtype=np.int32)
    out[f"{prefix}_baseline"] = np.asarray(classifier._baseline_prediction, dtype=np.float64).ravel()
    return out


def export_arrays(model: dict) -> dict[str, np.ndarray]:
    arrays = {}
    for number, (pass1, pass2) in enumerate(model["members"]):
        arrays.update(_forest_arrays(pass1, f"m{number}_pass1"))
        arrays.update(_forest_arrays(pass2, f"m{number}_pass2"))
    arrays["bow_coef"] = model["bow"].coef_.ravel().astype(np.float64)
    arrays["bow_intercept"] = np.asarray(model["bow"].intercept_, dtype=np.float64)
    arrays["feature_names"] = np.array(plaintext.FEATURE_NAMES)
    return arrays


def _check_export(model: dict, path: Path, hand: np.ndarray, lines: list[str], language: str | None) -> None:
    """The saved arrays must predict what scikit-learn predicts."""
    saved = plaintext.LineModel(path)
    assert len(saved.members) == len(model["members"])
    first = plaintext.with_bow(hand, _bow_scores(model["bow"], lines))
    references = []
    for (pass1, pass2), (saved1, _) in zip(model["members"], saved.members):
        expected = pass1.predict_proba(first)
        got = saved1.predict_proba(first)
        assert np.allclose(expected, got, atol=1e-6), np.abs(expected - got).max()
        references.append(pass2.predict_proba(plaintext.second_pass_features(first, expected)))
    final = plaintext.predict_probabilities(lines, language, model=saved)
    reference = np.mean(references, axis=0)
    assert np.allclose(final, reference, atol=1e-4), np.abs(final - reference).max()
    plaintext.load_model.cache_clear()


def _units(page: dict) -> list[tuple[int, int]]:
    return plaintext.split_units(page["dump"])


def _label_blocks(page: dict) -> list[tuple[str, int, int]]:
    return [("body" if label == ARTICLE else "navigation", s, e)
            for label, (s, e) in zip(page["labels"], _units(page))]


if __name__ == "__main__":
    sys.exit(main())
