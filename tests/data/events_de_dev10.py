"""Sentences read for the `dev10` split of events_de.jsonl (2026-11-28; see events_de.README.md, section "dev10").

A tenth blind batch: GerNTSA (`../shared/data/framing/gerntsa/GerNTSA.json`, `cgoer/GerNTSA`, CC BY 4.0) read on in
dev7's seed-20 order (`events_de_dev7.candidates`; the id number DE-NT10-NNNN is the position in that order). dev7 read
positions 0-699, dev9 700-1959; dev10 read 1960-2529 (570 positions) and kept 110 sentences: 90 that report an event
PLOVER codes and 20 of no event that a reader might take for one (accidents and their wounded, a rescue, a sports
fixture, a retirement from sport, a caption of a rescue, a trial sentence with no act), each coded by hand before the
events stage was run on any of them.
Run: LESART_SHARED=../shared python tests/data/events_de_dev10.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_de_dev7 import candidates  # noqa: E402

READ = range(1960, 2530)

if __name__ == "__main__":
    order = candidates()
    for k in READ:
        print(f"DE-NT10-{k:04d}\t{order[k]['doc']}\t{order[k]['text']}")
