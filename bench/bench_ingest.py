"""Benchmark of the corpus store: ingest throughput vs. analyze alone, and search latency.

1. Throughput: the same pages of ../shared/data/extraction analysed by
   ``lesart.api.analyze`` alone and ingested by ``lesart.store.ingest.ingest``
   into a fresh database, alternating (A B A B ...) so background load hits
   both alike; the best round of each is compared.  Goal: ingest >= 0.8x analyze.
2. Search: a database of ``--docs`` documents made by storing the analysed
   pages again and again under different ids/keys, then ``--queries`` searches
   (words from the corpus, alone and with site/language/date/claim filters);
   p50/p95/max latency of ``Store.search`` (count + ranked page + claims).  Goal: p95 < 100 ms.

    .venv/bin/python bench/bench_ingest.py                      # SQLite
    .venv/bin/python bench/bench_ingest.py --db postgresql://postgres@127.0.0.1/lesart_bench
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LESART_SHARED", ROOT.parent / "shared"))
SETS = ("scrapinghub", "fundus_de", "trafilatura_de")


def pages(n: int) -> list[str]:
    files = sorted(str(p) for s in SETS for p in (SHARED / "data" / "extraction" / s / "html").rglob("*.html.gz"))
    if not files:
        sys.exit(f"no pages under {SHARED}/data/extraction")
    random.Random(7).shuffle(files)
    return sorted(files[:n])


CREATED: list[str] = []


def drop_created() -> None:
    import psycopg

    for db in CREATED:
        base, _, name = db.rpartition("/")
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_db(url: str | None, tag: str) -> str:
    if url and url.startswith("postgres"):
        import psycopg
        base, _, name = url.rpartition("/")
        name = f"{name}_{tag}"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        CREATED.append(f"{base}/{name}")
        return f"{base}/{name}"
    return str(Path(tempfile.mkdtemp(prefix="lesart-bench-")) / f"{tag}.db")


def throughput(files: list[str], stages: list[str] | None, url: str | None, rounds: int) -> dict:
    from lesart import api
    from lesart.store import open_store
    from lesart.store.ingest import ingest

    api.pipeline(stages)
    list(api.analyze(files[:3], stages=stages))          # warm up models and caches
    # Wall clock and this process's CPU time: on a busy machine CPU time is the
    # steadier measure (for PostgreSQL it leaves out the server's own work).
    analyze_s, ingest_s, analyze_cpu, ingest_cpu = [], [], [], []
    for r in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        n = sum(1 for _ in api.analyze(files, stages=stages))
        analyze_s.append(time.perf_counter() - t)
        analyze_cpu.append(time.process_time() - c)
        db = fresh_db(url, f"tp{r}")
        with open_store(db) as store:
            t, c = time.perf_counter(), time.process_time()
            report = ingest(files, store, stages=stages)
            ingest_s.append(time.perf_counter() - t)
            ingest_cpu.append(time.process_time() - c)
            assert report.added + report.failed >= n - report.skipped
    a, i = min(analyze_s), min(ingest_s)
    return {"pages": len(files), "analyze_s": analyze_s, "ingest_s": ingest_s, "analyze_cpu_s": analyze_cpu,
            "ingest_cpu_s": ingest_cpu, "analyze_pages_per_s": len(files) / a, "ingest_pages_per_s": len(files) / i,
            "ratio": a / i, "cpu_ratio": min(analyze_cpu) / min(ingest_cpu), "load": os.getloadavg()}


def build_corpus(files: list[str], stages: list[str] | None, url: str | None, target: int) -> str:
    from lesart import api
    from lesart.store import Pending, open_store

    docs = [d for d in api.analyze(files, stages=stages) if not hasattr(d, "reason")]
    db = fresh_db(url, "search")
    with open_store(db) as store:
        copy = 0
        while store.counts()["documents"] < target:
            batch = []
            for d in docs:
                clone = dataclasses.replace(d, id=f"{d.id}-{copy}")
                batch.append(Pending(key=f"{d.id}-{copy}", input=f"copy {copy}", doc=clone))
            left = target - store.counts()["documents"]
            for i in range(0, min(len(batch), left), 200):
                store.add(batch[i:min(i + 200, left)])
            copy += 1
        store.optimize()                                   # what every ingest run does at its end
    return db


def queries(db: str, n: int) -> list:
    from lesart.store import SearchQuery, open_store

    rng = random.Random(11)
    with open_store(db) as store:
        texts = [r["text"] for r in store.rows("SELECT text FROM documents ORDER BY id LIMIT 300")]
        sites = [r["site"] for r in store.rows("SELECT DISTINCT site FROM documents WHERE site IS NOT NULL")]
        modes = [r["mode"] for r in store.rows("SELECT DISTINCT mode FROM claims")] or [None]
    words = [w for t in texts for w in re.findall(r"\w{4,}", t)]
    out = []
    for i in range(n):
        q = SearchQuery(text=" ".join(rng.sample(words, 1 + (i % 3 == 0))))
        kind = i % 5
        if kind == 1:
            q.language = rng.choice(["de", "en"])
        elif kind == 2 and sites:
            q.site = rng.choice(sites)
        elif kind == 3:
            q.since, q.mode = "2020-01-01", rng.choice(modes)
        elif kind == 4:
            q.text = None
            q.language, q.mode = "de", rng.choice(modes)
        out.append(q)
    return out


def search_latency(db: str, n: int) -> dict:
    from lesart.store import open_store

    qs = queries(db, n)
    times, totals = [], []
    with open_store(db, readonly=True) as store:
        for q in qs[:10]:
            store.search(q)                                # warm the page cache
        for q in qs:
            t = time.perf_counter()
            result = store.search(q)
            times.append((time.perf_counter() - t) * 1000)
            totals.append(result.total)
        docs = store.counts()["documents"]
    times.sort()
    return {"documents": docs, "queries": n, "p50_ms": statistics.median(times),
            "p95_ms": times[int(0.95 * (len(times) - 1))], "max_ms": times[-1],
            "median_hits": statistics.median(totals)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="postgresql://.../NAME (databases NAME_* are created and dropped); default SQLite")
    ap.add_argument("--pages", type=int, default=150)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--stages", default=None, help="comma-separated (default: every installed stage)")
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the PostgreSQL databases it made")
    ap.add_argument("--search-db", help="time searches on this existing database instead of building one")
    ap.add_argument("--json", default=str(ROOT / "bench" / "results" / "ingest.json"),
                    help="write the figures here as JSON")
    args = ap.parse_args()
    stages = args.stages.split(",") if args.stages else None
    files = pages(args.pages)
    out: dict = {"db": "postgresql" if (args.db or "").startswith("postgres") else "sqlite",
                 "stages": stages or "all installed"}
    if not args.skip_throughput:
        out["throughput"] = throughput(files, stages, args.db, args.rounds)
        tp = out["throughput"]
        print(f"throughput on {tp['pages']} pages ({out['stages']}): analyze {tp['analyze_pages_per_s']:.2f} pages/s, "
              f"ingest {tp['ingest_pages_per_s']:.2f} pages/s, ratio {tp['ratio']:.2f} wall, {tp['cpu_ratio']:.2f} CPU "
              f"(goal >= 0.80; load {tp['load'][0]:.1f})", flush=True)
    db = args.search_db or build_corpus(files, stages, args.db, args.docs)
    out["search"] = search_latency(db, args.queries)
    out["search"]["load"] = os.getloadavg()
    s = out["search"]
    print(f"search on {s['documents']} documents, {s['queries']} queries: p50 {s['p50_ms']:.1f} ms, "
          f"p95 {s['p95_ms']:.1f} ms, max {s['max_ms']:.1f} ms (goal p95 < 100 ms)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=2))
    if CREATED and not args.keep:
        drop_created()


if __name__ == "__main__":
    main()
