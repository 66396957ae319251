"""Story assignment latency for a new article in a 10,000-article story index.

    .venv/bin/python bench/bench_stories.py [--store-size 10000] [--queries 300] [--cache DIR]

The store is made of real analysed articles (the 187 labelled PolNeAR train+dev articles, analysed once with
the extract, language, sentences, entities and quantities stages and cached under --cache), repeated with
publication dates spread over one year (about 27 articles a day, several times PolNeAR's density, so each
time window holds many candidate stories).  The index is filled in publication order, written to JSON and read
back; then new articles (further copies with dates inside the year) are assigned one by one and each
``StoryIndex.assign`` call (vectors, candidate lookup, scoring, update) is timed.  Results go to
bench/results/stories.json.
"""
from __future__ import annotations

import argparse
import copy
import json
import platform
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lesart.corpus.evaluate import SHARED, labelled_documents, warm_texts  # noqa: E402
from lesart.corpus.stories import StoryIndex  # noqa: E402


def variant(doc, i: int, day0: date, rng: random.Random):
    d = copy.copy(doc)
    d.id = f"{doc.id}#{i}"
    d.published = (day0 + timedelta(days=rng.randrange(365))).isoformat()
    return d


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store-size", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/lesart_corpus_cache/stories"))
    ap.add_argument("--shared", type=Path, default=SHARED)
    a = ap.parse_args()
    rng = random.Random(8)
    base, gold = labelled_documents(a.shared, a.cache)
    day0 = date(2016, 1, 1)
    store = sorted((variant(base[i % len(base)], i, day0, rng) for i in range(a.store_size)),
                   key=lambda d: (d.published, d.id))
    idx = StoryIndex()
    for t in warm_texts(gold, a.shared):
        idx.observe_text(t, "en")
    t0 = time.perf_counter()
    for d in store:
        idx.assign(d)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    text = idx.to_json()
    idx = StoryIndex.from_json(text)
    reload_s = time.perf_counter() - t0
    queries = [variant(base[rng.randrange(len(base))], a.store_size + j, day0, rng) for j in range(a.queries)]
    times = []
    for q in queries:
        t0 = time.perf_counter()
        idx.assign(q)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p = lambda f: times[min(len(times) - 1, int(f * len(times)))]  # noqa: E731
    out = {"store_size": a.store_size, "queries": a.queries, "stories": len(idx.stories),
           "build_s": round(build_s, 2), "json_mb": round(len(text) / 1e6, 1), "save_load_s": round(reload_s, 2),
           "assign_ms": {"p50": round(p(0.5), 2), "p95": round(p(0.95), 2), "max": round(times[-1], 2),
                         "mean": round(statistics.mean(times), 2)},
           "machine": {"python": platform.python_version(), "cpu": platform.processor() or platform.machine()}}
    res = ROOT / "bench" / "results"
    res.mkdir(parents=True, exist_ok=True)
    (res / "stories.json").write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
