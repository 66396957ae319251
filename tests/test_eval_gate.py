"""The CI eval gate for every layer's gold evaluation (extraction has its own,
``test_eval_gate_extraction.py``): a score more than its noise margin below the
pin in ``baseline.json`` fails, as trafilatura's eval gate does."""
from __future__ import annotations

import pytest

from conftest import needs_shared
from lesart.evaluation import gate
from lesart.evaluation.suites import SUITES

# Each of these runs in seconds; slower ones (babe, stories) run through `lesart eval`.
GATED = [("times", "test"), ("quantities", "test"), ("events", "test"), ("subjectivity", "test"),
         ("entities", "test"), ("attribution", "test")]


@needs_shared
@pytest.mark.gold
@pytest.mark.parametrize(("name", "split"), GATED)
def test_scores_hold_their_pins(name, split):
    suite = SUITES[name]
    results = suite.gate(suite.run(split))
    assert results, f"{name} produced nothing the gate can read"
    pinned = gate.load_baseline()["evals"].get(name)
    assert pinned, f"{name} has no pins in baseline.json"
    assert gate.check(results) == []


def test_gate_flags_a_drop_and_a_missing_metric():
    baseline = {"noise_margin": 0.005,
                "evals": {"times": {"rules": {"test": {"DieZeit": {"relaxed_f1": 0.87}}}}}}
    ok = [{"eval": "times", "mode": "rules", "split": "test", "datasets": {"DieZeit": {"relaxed_f1": 0.868}}}]
    low = [{"eval": "times", "mode": "rules", "split": "test", "datasets": {"DieZeit": {"relaxed_f1": 0.85}}}]
    gone = [{"eval": "times", "mode": "rules", "split": "test", "datasets": {}}]
    assert gate.check(ok, baseline) == []
    assert "0.8500 < pinned 0.8700" in gate.check(low, baseline)[0]
    assert "missing" in gate.check(gone, baseline)[0]
