"""Evaluation gate: refuse a silent drop in any pinned score.

``baseline.json`` (beside this module) pins, for each evaluation, mode, split
and dataset, the scores measured when the baseline was last accepted:

    {"noise_margin": 0.005,
     "evals": {"extraction": {"html": {"test": {"fundus_de": {"f1": 0.97}}}}}}

A result that falls more than the margin below a pinned value is a
regression.  Every evaluation returns the same shape (``eval``, ``mode``,
``split``, ``datasets`` -> ``{metric: value}``), so entities, times or claims
add their pins under their own ``evals`` key without touching this code.  An
entry may carry its own ``"noise_margin"`` to widen or narrow the default.
Raise a pin only on purpose, with ``pin(results)`` after an accepted change.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping

BASELINE_PATH = Path(__file__).with_name("baseline.json")
DEFAULT_MARGIN = 0.005


def load_baseline(path: Path | str = BASELINE_PATH) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _as_list(results: Mapping | Iterable[Mapping]) -> list[Mapping]:
    return [results] if isinstance(results, Mapping) else list(results)


def check(results: Mapping | Iterable[Mapping], baseline: Mapping | None = None) -> list[str]:
    """Regressions of ``results`` (one evaluation answer or several) against
    the pinned baseline, as readable lines; empty when all pins hold.

    A pinned dataset or metric missing from a result is reported too: a gate
    that silently skips what it cannot see does not guard anything.
    """
    baseline = load_baseline() if baseline is None else baseline
    default_margin = float(baseline.get("noise_margin", DEFAULT_MARGIN))
    problems: list[str] = []
    for result in _as_list(results):
        name, mode, split = result.get("eval"), result.get("mode"), result.get("split")
        pinned = baseline.get("evals", {}).get(name, {}).get(mode, {}).get(split)
        if not pinned:
            continue
        measured = result.get("datasets", {})
        for dataset, metrics in pinned.items():
            if dataset == "noise_margin":
                continue
            margin = float(metrics.get("noise_margin", pinned.get("noise_margin", default_margin)))
            for metric, minimum in metrics.items():
                if metric == "noise_margin":
                    continue
                where = f"{name}/{mode}/{split}/{dataset} {metric}"
                value = measured.get(dataset, {}).get(metric)
                if value is None:
                    problems.append(f"{where}: missing from the results (pinned {minimum:.4f})")
                elif value < minimum - margin:
                    problems.append(f"{where}: {value:.4f} < pinned {minimum:.4f} - margin {margin:.3f}")
    return problems


def pin(results: Mapping | Iterable[Mapping], metrics: tuple[str, ...] = ("f1",),
        path: Path | str = BASELINE_PATH) -> dict:
    """Write the measured values of ``results`` into the baseline file (other
    evaluations' pins stay as they are) and return the new baseline."""
    path = Path(path)
    baseline = load_baseline(path) if path.exists() else {"noise_margin": DEFAULT_MARGIN, "evals": {}}
    for result in _as_list(results):
        split_pins = (baseline.setdefault("evals", {}).setdefault(result["eval"], {})
                      .setdefault(result["mode"], {}).setdefault(result["split"], {}))
        for dataset, scores in result["datasets"].items():
            entry = split_pins.setdefault(dataset, {})
            for metric in metrics:
                if metric in scores:
                    entry[metric] = round(float(scores[metric]), 4)
    path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return baseline
