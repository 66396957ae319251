"""What each stage adds to the extraction path, per page, against trafilatura in the same run.

The issues state their speed budgets as "the X layer adds at most N% to the
extraction path's time per article".  This bench measures exactly that: on
the same pages, in one process, it times trafilatura alone, then lesart's
pipeline stage by stage (each stage's CPU time on each page, with the stages
before it already run), and reports for every stage its ms/page and its
share of the extract stage's time.

Pages: the 110 German Fundus pages and (``--pages all``) the 181 English
Scrapinghub pages of the extraction gold set.  One untimed warm-up pass
loads models; each of ``--repeat`` passes is timed and the best kept per
stage (on a shared machine the slow passes measure the neighbours).  CPU
time (``time.process_time``) is used because this machine is shared.

    .venv/bin/python bench/bench_stages.py [--repeat 2] [--pages fundus_de|scrapinghub|all] [--claims-tagger crf]

Writes ``bench/results/stages.json``.  A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "stages.json"

# The budget each issue states, as the share of the extract stage's time a
# layer may add.  Entities, times and quantities share one budget (issue 4).
BUDGETS = {"claims": 0.50, "voice": 0.30, "events": 0.20, "entities+times+quantities": 0.50}
GROUPS = {"entities+times+quantities": ("entities", "times", "quantities")}


def _pages(which: str) -> list[tuple[str, str | None]]:
    from lesart.evaluation.extraction import available, extraction_dir, load_gold
    if not available():
        raise SystemExit(f"extraction gold not found under {extraction_dir()} (set LESART_SHARED)")
    sets = ["fundus_de", "scrapinghub"] if which == "all" else [which]
    return [(page.html(), page.url) for page in load_gold("all", sets)]


def _one_pass(pages, pipeline) -> dict[str, float]:
    """CPU seconds per stage over all pages (and trafilatura's), for one pass."""
    import trafilatura

    from lesart.model import Document, RawInput, SourceInfo

    spent: dict[str, float] = {"trafilatura": 0.0}
    for html, url in pages:
        t0 = time.process_time()
        trafilatura.extract(html, url=url, include_comments=False)
        spent["trafilatura"] += time.process_time() - t0
        raw = RawInput(name=url or "page", content=html, kind="html", source_kind="html", uri=url)
        doc = Document(id="bench", source=SourceInfo(kind="html", uri=url), raw=raw)
        for stage in pipeline.stages:
            t0 = time.process_time()
            try:
                doc = stage(doc)
            except Exception:  # noqa: BLE001 - a stage failing on a page is counted, not fatal
                pass
            spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - t0
    return spent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--pages", default="fundus_de", choices=("fundus_de", "scrapinghub", "all"))
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--claims-tagger", default="auto", choices=("auto", "crf"),
                    help="the claims stage's tagger (crf: without the English BiLSTM)")
    args = ap.parse_args(argv)

    from lesart.api import pipeline
    from lesart.pipeline.memory import freeze_long_lived

    pages = _pages(args.pages)
    pipe = pipeline()
    if args.claims_tagger != "auto":
        from lesart.stages.claims import ClaimsStage
        pipe.stages = [ClaimsStage(tagger=args.claims_tagger) if st.name == "claims" else st for st in pipe.stages]
    _one_pass(pages[:20], pipe)                # warm-up: models load, caches fill
    # As the CLI's analyze loop does: the loaded models leave the cyclic collector's
    # walks (lesart.pipeline.memory), which otherwise land on whichever stage allocates.
    freeze_long_lived()
    passes = [_one_pass(pages, pipe) for _ in range(args.repeat)]
    best = {name: min(p[name] for p in passes) for name in passes[0]}
    n = len(pages)
    extract = best["extract"]
    rows = []
    for name, seconds in best.items():
        rows.append({"stage": name, "ms_per_page": round(1000 * seconds / n, 2),
                     "share_of_extract": round(seconds / extract, 3),
                     "budget": BUDGETS.get(name)})
    for group, members in GROUPS.items():
        seconds = sum(best.get(m, 0.0) for m in members)
        rows.append({"stage": group, "ms_per_page": round(1000 * seconds / n, 2),
                     "share_of_extract": round(seconds / extract, 3), "budget": BUDGETS.get(group)})
    analysis = sum(s for k, s in best.items() if k != "trafilatura")
    summary = {"pages": n, "set": args.pages, "repeat": args.repeat, "claims_tagger": args.claims_tagger,
               "extract_vs_trafilatura": round(extract / best["trafilatura"], 3),
               "full_vs_trafilatura": round(analysis / best["trafilatura"], 2),
               "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                           "load": os.getloadavg()}}
    print(f"{n} pages ({args.pages}), best of {args.repeat} passes, CPU ms per page")
    print(f"{'stage':<26}{'ms/page':>9}{'× extract':>11}  budget")
    for r in rows:
        budget = ""
        if r["budget"] is not None:
            budget = f"≤ {r['budget']:.2f}  {'met' if r['share_of_extract'] <= r['budget'] else 'NOT met'}"
        print(f"{r['stage']:<26}{r['ms_per_page']:>9.2f}{r['share_of_extract']:>11.3f}  {budget}")
    print(f"extract / trafilatura: {summary['extract_vs_trafilatura']}; "
          f"all stages / trafilatura: {summary['full_vs_trafilatura']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"summary": summary, "stages": rows}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
