"""Every evaluation lesart runs, behind one shape, for ``lesart eval`` and the CI gate.

Each evaluation module keeps its own loaders, scorer and Markdown table; a
``Suite`` here says how to run it for a split, how to render it, and which of
its numbers the gate pins (``gate.check`` reads ``{eval, mode, split,
datasets: {name: {metric: value}}}``).  Adding an evaluation means adding one
entry to ``SUITES``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Suite:
    name: str
    about: str
    run: Callable[[str], Any]
    markdown: Callable[[Any], str]
    gate: Callable[[Any], list[dict]]
    splits: tuple[str, ...] = ("dev", "test", "all")


def _gate(name: str, mode: str, split: str, datasets: dict[str, dict[str, float]]) -> dict:
    return {"eval": name, "mode": mode, "split": split,
            "datasets": {d: {k: float(v) for k, v in m.items() if isinstance(v, (int, float))}
                         for d, m in datasets.items()}}


# -- extraction -----------------------------------------------------------------
def _extraction_run(split: str) -> Any:
    from . import extraction
    return extraction.evaluate_modes(split=split)


def _extraction_md(results: Any) -> str:
    from . import extraction
    section = extraction.extraction_section(results)
    return "\n".join(line for line in section.splitlines()
                     if line not in (extraction.SECTION_START, extraction.SECTION_END)).strip()


def _extraction_gate(results: Any) -> list[dict]:
    return [r for r in results if r.get("eval") == "extraction"]


# -- times and quantities ---------------------------------------------------------
def _times_run(split: str) -> Any:
    from . import temporal
    return temporal.evaluate(split=split)


def _times_gate(r: Any) -> list[dict]:
    parts = {name: {"relaxed_f1": p["lesart"]["relaxed_f1"], "value_f1": p["lesart"].get("value_f1", 0.0)}
             for name, p in r["parts"].items()}
    if r.get("english"):
        parts["english"] = {"relaxed_f1": r["english"]["relaxed_f1"], "value_f1": r["english"].get("value_f1", 0.0)}
    return [_gate("times", "rules", r["split"], parts)]


def _quantities_run(split: str) -> Any:
    from . import quantities
    return quantities.evaluate(split=split)


def _quantities_gate(r: Any) -> list[dict]:
    return [_gate("quantities", "rules", r["split"],
                  {lang: {"value_unit_f1": m.get("value_unit_f1", 0.0), "span_f1": m.get("span_f1", 0.0)}
                   for lang, m in r["langs"].items()})]


# -- events -----------------------------------------------------------------------
def _events_run(split: str) -> Any:
    from . import events
    return [events.evaluate(split, "en"), events.evaluate(split, "de")]


def _events_md(results: Any) -> str:
    from . import events
    return "\n\n".join(events.markdown(r) for r in results)


def _events_gate(results: Any) -> list[dict]:
    return [_gate("events", "rules", results[0]["split"],
                  {r["lang"]: {"type_macro_f1": r["type_macro_f1"], "actor_code_acc": r["actor_code_acc"]}
                   for r in results})]


# -- subjectivity -----------------------------------------------------------------
def _subjectivity_run(split: str) -> Any:
    from . import subjectivity
    return [subjectivity.evaluate("checkthat-de", split), subjectivity.evaluate("checkthat-en", split)]


def _subjectivity_md(results: Any) -> str:
    from . import subjectivity
    return subjectivity.markdown(results)


def _subjectivity_gate(results: Any) -> list[dict]:
    return [_gate("subjectivity", "model", results[0]["split"],
                  {r["dataset"]: {"macro_f1": r["scores"]["macro_f1"]} for r in results})]


def _babe_run(split: str) -> Any:
    from . import subjectivity
    return [subjectivity.evaluate("babe")]


# -- entities -----------------------------------------------------------------------
def _entities_run(split: str) -> Any:
    from . import entities
    return entities.run(split)


def _entities_md(results: Any) -> str:
    from . import entities
    return entities.markdown(results)


def _entities_gate(results: Any) -> list[dict]:
    from . import entities
    return entities.gate_entries(results)


# -- attribution ------------------------------------------------------------------
def _attribution_run(split: str) -> Any:
    from . import attribution
    # "auto" is what the stage runs by default (rules plus CRF, for English averaged
    # with the BiLSTM); "crf" leaves the BiLSTM out (ClaimsStage(tagger="crf"), faster).
    return [attribution.evaluate("en-polnear", split, system="auto"),
            attribution.evaluate("de-wikinews-quotation", split, system="auto"),
            attribution.evaluate("en-polnear", split, system="crf")]


def _attribution_md(results: Any) -> str:
    from . import attribution
    return attribution.markdown(results)


def _attribution_gate(results: Any) -> list[dict]:
    # One gate result per system, all its datasets in it: the gate expects every pinned dataset.
    gates = []
    for system in dict.fromkeys(r["system"] for r in results):
        datasets = {f"{r['dataset']} {name}": {"f1": m["f1"] / 100.0}
                    for r in results if r["system"] == system for name, m in r["scores"].items() if m.get("n_gold")}
        gates.append(_gate("attribution", system, results[0]["split"], datasets))
    return gates


SUITES: dict[str, Suite] = {s.name: s for s in [
    Suite("extraction", "main text vs boilerplate: HTML and plain-text dumps (Scrapinghub, fundus_de)",
          _extraction_run, _extraction_md, _extraction_gate),
    Suite("entities", "named entities: GermEval 2014 (de; dev only, its test is our training data) and CoNLL-2003 (en)",
          _entities_run, _entities_md, _entities_gate, splits=("dev", "test")),
    Suite("times", "time expressions: KRAUTS (German) and the hand-made English set",
          _times_run, lambda r: __import__("lesart.evaluation.temporal", fromlist=["markdown"]).markdown(r), _times_gate),
    Suite("quantities", "numbers with units: hand-labelled German and English sets",
          _quantities_run, lambda r: __import__("lesart.evaluation.quantities", fromlist=["markdown"]).markdown(r),
          _quantities_gate),
    Suite("events", "PLOVER events: CAMEO-manual gold (en) and the hand-coded German set",
          _events_run, _events_md, _events_gate, splits=("dev", "test")),
    Suite("subjectivity", "sentence subjectivity: CheckThat! 2025 (de, en)",
          _subjectivity_run, _subjectivity_md, _subjectivity_gate, splits=("dev", "test")),
    Suite("attribution", "claims: PolNeAR (en) exact/overlap span F1 and WikiNews quotations (de) token F1",
          _attribution_run, _attribution_md, _attribution_gate, splits=("dev", "test")),
    Suite("babe", "BABE biased/non-biased sentences, 10 grouped folds (slow)",
          _babe_run, _subjectivity_md, lambda r: [], splits=("cv",)),
]}
