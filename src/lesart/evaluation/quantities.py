"""Quantity evaluation on the hand-labelled sets in ``tests/data``.

``tests/data/quantities_de.jsonl`` and ``quantities_en.jsonl``: one sentence of
real news text per line with every quantity in it labelled (value, unit,
approx; see ``stages/quantities/CONVENTIONS.md``).  Scores:

- span F1: system and gold spans overlap (one-to-one);
- value+unit F1 (the goal): an overlapping pair with the same value (relative
  tolerance 0.1%, so 2/3 may be written 0.6667) and the same unit
  (case-insensitive; both None counts as equal);
- approx accuracy: on value+unit matches, the share with the same ``approx``.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

LANGS = ("de", "en")


def data_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data"


def load(lang: str, root: Path | None = None, split: str = "all") -> list[dict]:
    """``split``: ``dev`` (even lines, used while writing the rules), ``test`` (odd lines)."""
    path = (root or data_dir()) / f"quantities_{lang}.jsonl"
    with path.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if split == "all":
        return records
    return [r for i, r in enumerate(records) if (i % 2 == 1) == (split == "test")]


def _same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-3 * max(abs(a), abs(b), 1e-9)


def _same_unit(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(records: list[dict], predict) -> dict:
    """``predict(text) -> list of objects with start, end, value, unit, approx``."""
    n_gold = n_sys = span_tp = vu_tp = approx_ok = 0
    errors = []
    elapsed = 0.0
    for rec in records:
        t0 = time.perf_counter()
        system = predict(rec["text"])
        elapsed += time.perf_counter() - t0
        gold = rec["quantities"]
        n_gold += len(gold)
        n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            best = None
            for j, s in enumerate(system):
                if j in used or s.start >= g["end"] or s.end <= g["start"]:
                    continue
                ok = _same_value(s.value, g["value"]) and _same_unit(s.unit, g["unit"])
                if best is None or ok > best[0]:
                    best = (ok, j)
            if best is None:
                errors.append((rec["id"], "missed", g["text"], g["value"], g["unit"], None))
                continue
            used.add(best[1])
            s = system[best[1]]
            span_tp += 1
            if best[0]:
                vu_tp += 1
                approx_ok += int(bool(s.approx) == bool(g["approx"]))
            else:
                errors.append((rec["id"], "wrong", g["text"], g["value"], g["unit"],
                               (s.text, s.value, s.unit)))
        for j, s in enumerate(system):
            if j not in used:
                errors.append((rec["id"], "spurious", None, None, None, (s.text, s.value, s.unit)))
    sp, sr, sf = _prf(span_tp, n_sys, n_gold)
    vp, vr, vf = _prf(vu_tp, n_sys, n_gold)
    return {"sentences": len(records), "gold": n_gold, "system": n_sys,
            "span_p": sp, "span_r": sr, "span_f1": sf,
            "value_unit_p": vp, "value_unit_r": vr, "value_unit_f1": vf,
            "approx_accuracy": approx_ok / vu_tp if vu_tp else 0.0,
            "ms_per_sentence": 1000 * elapsed / max(1, len(records)),
            "errors": errors}


def _lesart_predictor(lang: str):
    from ..model import Document, SourceInfo
    from ..stages.quantities import QuantitiesStage

    stage = QuantitiesStage()

    def predict(text: str):
        doc = Document(id="q", source=SourceInfo(kind="text"), text=text, language=lang)
        return stage(doc).quantities

    return predict


def evaluate(langs: tuple[str, ...] = LANGS, root: Path | None = None,
             split: str = "all") -> dict:
    """``{"split": ..., "langs": {lang: metrics}}`` for lesart's quantities stage."""
    return {"split": split,
            "langs": {lang: score(load(lang, root, split), _lesart_predictor(lang))
                      for lang in langs}}


def markdown(results: dict) -> str:
    lines = [
        "### Quantities: hand-labelled news sentences (`tests/data/quantities_*.jsonl`), "
        f"split `{results.get('split', 'all')}`",
        "",
        "| lang | sentences | quantities | span F1 | value+unit P | value+unit R | value+unit F1 | approx acc. |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for lang, m in results["langs"].items():
        lines.append(
            f"| {lang} | {m['sentences']} | {m['gold']} | {m['span_f1']:.3f} | "
            f"{m['value_unit_p']:.3f} | {m['value_unit_r']:.3f} | {m['value_unit_f1']:.3f} | "
            f"{m['approx_accuracy']:.3f} |")
    lines += ["", "A match needs overlapping spans, the same value and the same unit "
              "(`lesart.evaluation.quantities`). The sets were labelled by hand; see "
              "`tests/data/README.md`. Even lines (`dev`) were looked at while writing the "
              "rules; odd lines (`test`) only for the final numbers."]
    return "\n".join(lines) + "\n"
