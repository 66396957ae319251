"""Sentences read for the `dev7` split of events_de.jsonl (2026-11-28; see events_de.README.md, section "dev7").

German news text no earlier batch read, from a corpus no events batch had used: GerNTSA (`../shared/data/framing/
gerntsa/GerNTSA.json`, `cgoer/GerNTSA`, CC BY 4.0), 3,792 sentences of 15 German, Austrian and Swiss online news
outlets, August 2021 to July 2022, chosen by that corpus for news topics (not by this project). A snippet may hold
two sentences glued by "..": only the text before the first ".. " is kept (as the WikiNews batches kept the first
line). Snippets of 40-280 characters, not already in events_de.jsonl or events_de_check.jsonl, no duplicates, in file
order, then shuffled with random.seed(20); the id number (DE-NT7-NNNN) is the position in that order. Positions were
read in order and a sentence kept when it reports an event PLOVER codes (the keep rule of the README); kept sentences
were coded by hand before the events stage was run on any of them.
Run: LESART_SHARED=../shared python tests/data/events_de_dev7.py
"""
import json
import os
import random
from pathlib import Path

HERE = Path(__file__).parent
SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def first_sentence(snippet: str) -> str:
    return snippet.split(".. ", 1)[0].strip() + ("." if ".. " in snippet else "")


def candidates() -> list[dict]:
    items = json.loads((SHARED / "data" / "framing" / "gerntsa" / "GerNTSA.json").read_text(encoding="utf-8"))
    before = set()
    for name in ("events_de.jsonl", "events_de_check.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") not in ("dev7", "dev9", "dev10"):  # dev9 and dev10 read on in this order
                before.add(r["text"])
    out, seen = [], set()
    for it in items:
        s = first_sentence(it["opinion_snippet"])
        if 40 <= len(s) <= 280 and s not in before and s not in seen:
            seen.add(s)
            out.append({"doc": it["id"], "text": s})
    random.seed(20)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    for k, c in enumerate(candidates()):
        print(f"DE-NT7-{k:04d}\t{c['doc']}\t{c['text']}")
