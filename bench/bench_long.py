"""How each stage grows with the length of one document: a guard against quadratic passes.

A page of 20,000 sentences must finish (issue 3's bad input), and a pass that
compares every sentence or claim with every other one stays unnoticed on news
pages of 50 sentences.  This bench builds one plain-text document of N unique
sentences (German or English news sentences of the kinds the stages read:
reported speech, quotations, "nach Angaben von", hearsay, numbers, dates),
runs the pipeline stage by stage at two lengths, and reports each stage's
seconds and its growth factor from the short to the long document.  A linear
stage grows by about the length ratio (4x from 2,000 to 8,000 sentences); a
factor near its square (16x) is a quadratic pass.

    .venv/bin/python bench/bench_long.py [--lang de|en] [--short 2000] [--long 8000]

Writes ``bench/results/long_<lang>.json``.  A benchmark, not a test: CPU time
on a shared machine varies, so read the growth factors, not the seconds.
"""
from __future__ import annotations

import argparse
import json
import platform
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

SENTENCES = {
    "de": ["Der Minister {} sagte, die Lage sei ernst.",
           "„Wir werden handeln“, erklärte die Sprecherin {} am Montag.",
           "Nach Angaben der Polizei wurden {} Menschen verletzt.",
           "Russland soll weitere {} Truppen entsandt haben.",
           "Die Regierung kritisierte die Entscheidung {} scharf.",
           "Im März 2024 stiegen die Preise um {} Prozent."],
    "en": ["The minister {} said the situation was serious.",
           "\"We will act,\" spokeswoman {} said on Monday.",
           "According to police, {} people were injured.",
           "Russia reportedly sent {} more troops.",
           "The government {} sharply criticized the decision.",
           "In March 2024 prices rose by {} percent."],
}
STAGES = ("language", "sentences", "entities", "times", "quantities", "claims", "voice", "events")


def document(lang: str, n: int) -> str:
    """N sentences, each made unique by its number (repeated lines would be cut as page furniture)."""
    rng = random.Random(1)
    return " ".join(rng.choice(SENTENCES[lang]).format(i) for i in range(n))


def timed_stages(text: str) -> dict[str, float]:
    from lesart.api import analyze_text
    from lesart.pipeline import create
    from lesart.stages import load

    out = {}
    started = time.process_time()
    doc = analyze_text(text, published="2025-03-27", stages=["extract"])
    out["extract"] = time.process_time() - started
    for name in STAGES:
        if not load(name):
            continue
        stage = create(name)
        started = time.process_time()
        doc = stage(doc)
        out[name] = time.process_time() - started
    out["sentences found"] = len(doc.sentences)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=sorted(SENTENCES), default="de")
    ap.add_argument("--short", type=int, default=2000)
    ap.add_argument("--long", type=int, default=8000)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    timed_stages(document(args.lang, 200))          # warm-up: models and tables load here
    short, long_ = timed_stages(document(args.lang, args.short)), timed_stages(document(args.lang, args.long))
    ratio = args.long / args.short
    rows = []
    print(f"{args.lang}: {args.short} -> {args.long} sentences (x{ratio:g}); linear ~x{ratio:g}, quadratic ~x{ratio ** 2:g}")
    print(f"{'stage':<12}{'short s':>9}{'long s':>9}{'growth':>8}")
    for name in ("extract",) + STAGES:
        if name not in short:
            continue
        growth = long_[name] / short[name] if short[name] > 0 else float("nan")
        rows.append({"stage": name, "short_s": round(short[name], 3), "long_s": round(long_[name], 3),
                     "growth": round(growth, 2)})
        print(f"{name:<12}{short[name]:>9.2f}{long_[name]:>9.2f}{growth:>8.1f}")
    result = {"bench": "long document", "lang": args.lang, "short": args.short, "long": args.long,
              "sentences_found": [short["sentences found"], long_["sentences found"]], "stages": rows,
              "machine": platform.platform(), "python": platform.python_version(),
              "date": time.strftime("%Y-%m-%d")}
    out = args.out or HERE / "results" / f"long_{args.lang}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
