"""Sentences read for the `dev9` split of events_de.jsonl (2026-11-28; see events_de.README.md, section "dev9").

Two parts, both text no earlier split had read, read in a fixed order and coded by hand before the events stage was run
on any of them:
- `fundus` (ids DE-FU9-NNNN): the German Fundus pages of the extraction set that split.json marks dev (never a test
  page) that neither dev2 nor dev4 read beyond dev2's first 150 positions: every dev page not in dev4's DEV2_PAGES or
  EXTRA_PAGES (28 pages, 2023-2026, not chosen by topic: sport, culture, consumer and local pages stay in). Sentences by
  the dev2/dev4 rule (`events_de_dev4.sentences`), 40-280 characters, not in events_de.jsonl or events_de_check.jsonl,
  not among the 150 positions of dev2's seed-17 order, no duplicates, in page order, then shuffled with
  random.seed(22). Positions 0-199 were read (few events: the pages are mostly sport, weather, consumer and culture).
- `gerntsa` (ids DE-NT9-NNNN): GerNTSA read on in dev7's seed-20 order (`events_de_dev7.candidates`, the number is the
  position in that order); dev7 read positions 0-699, dev9 read 700-1719 (118 kept), then, after the
  round's rules, 1720-1959 (38 kept, scored blind before and after the round).
A sentence was kept when it reports an event PLOVER codes (the keep rule of the README), plus read sentences of no event
that a reader might take for one (sport "Angriff", "schlug", accidents, fires, explosions; kept as `event: []`).
Run: LESART_SHARED=../shared python tests/data/events_de_dev9.py [fundus|gerntsa]
"""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from events_de_dev4 import DEV2_PAGES, EXTRA_PAGES, SHARED, sentences  # noqa: E402
from events_de_dev7 import candidates as gerntsa_candidates  # noqa: E402

FUNDUS_READ = range(0, 200)
GERNTSA_READ = range(700, 1960)


def fundus_candidates():
    base = SHARED / "data" / "extraction"
    split = json.loads((base / "split.json").read_text(encoding="utf-8"))
    pages = [json.loads(line) for line in (base / "eval.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = [p for p in pages if p["id"].startswith("fundus/") and p["lang"] == "de" and split.get(p["id"]) == "dev"]
    rows = [json.loads(line) for line in (HERE / "events_de.jsonl").read_text(encoding="utf-8").splitlines() if line]
    check = [json.loads(line) for line in (HERE / "events_de_check.jsonl").read_text(encoding="utf-8").splitlines()
             if line]
    # dev2's seed-17 order (as events_de_dev4.candidates rebuilds it): its first 150 positions were read on all pages
    before_dev2 = {r["text"] for r in rows if r.get("split") not in ("dev2", "dev4", "dev9")}
    seed17 = [s for p in pages for s in sentences(p["gold_text"]) if 40 <= len(s) <= 280 and s not in before_dev2]
    random.seed(17)
    random.shuffle(seed17)
    read = set(seed17[:150])
    known = {r["text"] for r in rows if r.get("split") != "dev9"} | {r["text"] for r in check}
    out, seen = [], set()
    for p in pages:
        if p["id"] in DEV2_PAGES | EXTRA_PAGES:
            continue
        for s in sentences(p["gold_text"]):
            if 40 <= len(s) <= 280 and s not in known and s not in read and s not in seen:
                seen.add(s)
                out.append({"doc": p["id"], "url": p["url"], "text": s})
    random.seed(22)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "gerntsa"
    if part == "fundus":
        for k, c in enumerate(fundus_candidates()):
            print(f"DE-FU9-{k:04d}\t{c['doc']}\t{c['text']}")
    else:
        for k, c in enumerate(gerntsa_candidates()):
            print(f"DE-NT9-{k:04d}\t{c['doc']}\t{c['text']}")
