"""CI gate for main-text extraction: the test-split scores must not regress.

The pinned minimums live in ``src/lesart/evaluation/baseline.json``; a score
more than the noise margin below its pin fails this test.  The gate's own
logic is tested on made-up numbers, so it runs without the gold data too.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lesart.evaluation import gate

SHARED = Path(os.environ.get("LESART_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")
GOLD = SHARED / "data" / "extraction" / "eval.jsonl"

BASELINE = {
    "noise_margin": 0.005,
    "evals": {"extraction": {"html": {"test": {
        "scrapinghub": {"f1": 0.970},
        "fundus_de": {"f1": 0.955, "noise_margin": 0.01},
    }}}},
}


def _result(scrapinghub: float | None, fundus: float | None) -> dict:
    datasets = {}
    if scrapinghub is not None:
        datasets["scrapinghub"] = {"f1": scrapinghub}
    if fundus is not None:
        datasets["fundus_de"] = {"f1": fundus}
    return {"eval": "extraction", "mode": "html", "split": "test", "datasets": datasets}


def test_gate_passes_within_margin():
    assert gate.check(_result(0.966, 0.946), BASELINE) == []


def test_gate_flags_a_drop_beyond_margin():
    problems = gate.check(_result(0.964, 0.960), BASELINE)
    assert len(problems) == 1 and "scrapinghub" in problems[0]


def test_gate_uses_entry_margin():
    assert gate.check(_result(0.980, 0.946), BASELINE) == []
    assert len(gate.check(_result(0.980, 0.944), BASELINE)) == 1


def test_gate_flags_missing_dataset():
    problems = gate.check(_result(0.980, None), BASELINE)
    assert len(problems) == 1 and "missing" in problems[0]


def test_gate_ignores_unpinned_evaluations():
    other = {"eval": "entities", "mode": "html", "split": "test", "datasets": {"x": {"f1": 0.1}}}
    assert gate.check(other, BASELINE) == []


def test_pin_keeps_other_evaluations(tmp_path):
    path = tmp_path / "baseline.json"
    path.write_text('{"noise_margin": 0.005, "evals": {"times": {"text": {"test": {"tempeval": {"f1": 0.8}}}}}}')
    updated = gate.pin(_result(0.97123, 0.95678), path=path)
    assert updated["evals"]["times"]["text"]["test"]["tempeval"]["f1"] == 0.8
    assert updated["evals"]["extraction"]["html"]["test"]["fundus_de"]["f1"] == 0.9568


def test_shipped_baseline_pins_extraction():
    pins = gate.load_baseline()["evals"]["extraction"]["html"]["test"]
    assert {"scrapinghub", "fundus_de"} <= set(pins)


@pytest.mark.gold
@pytest.mark.slow
@pytest.mark.skipif(not GOLD.exists(), reason=f"extraction gold not found at {GOLD} (set LESART_SHARED)")
def test_html_extraction_test_split_holds_baseline(monkeypatch):
    monkeypatch.setenv("LESART_SHARED", str(SHARED))
    from lesart.evaluation.extraction import evaluate_extraction
    result = evaluate_extraction(split="test", mode="html")
    assert result["datasets"]["scrapinghub"]["n"] == 91
    assert result["datasets"]["fundus_de"]["n"] == 55
    assert gate.check(result) == []
