"""Sentences read for the `dev8` split of events_de.jsonl (2026-11-28; see events_de.README.md, section "dev8").

German WikiNews text no earlier batch kept or read: the German WikiNews quotation corpus, **train** split only (the
corpus' dev and test halves are the claims evaluation's; never read here), articles that hold a sentence of
events_de.jsonl or events_de_check.jsonl but no `test` sentence (so the test part stays independent; political
articles, picked by earlier batches by their title), their sentences that name **no** country (the country sentences
of these articles were all read by the country samples G and dev5's N; these are the quotations, reactions and
follow-ups around them). First line, 60-280 characters, not in either file, not in any recorded list of read
sentences (C, D, F, H of events_de_leads_c.py, E and K of events_de_dev3.py, M and N of events_de_dev5.py), no
duplicates, in corpus order (sentences by id), then shuffled with random.seed(21); the id number (DE-WN8-NNNN) is
the position in that order. Positions were read in order and a sentence kept when it reports an event PLOVER codes
(the keep rule of the README), plus a few read sentences with no codable event kept as `event: []` (the scorer
counts a type predicted for them as a false positive). Kept sentences were coded by hand before the events stage
was run on any of them. Positions 0-344 were read first (107 kept, 9 of them with no event); positions 345-459 were
read on after the first rules of the round (36 kept, 3 with no event), and positions 460-579 after the read-on's rules
(40 kept, 3 with no event), positions 580-699 after the next ones (43 kept, 3 with no event) and positions 700-819
after those (47 kept, 3 with no event) and positions 820-939 after the rules for those (37 kept, 4 with no event), each
coded the same way before the stage ran on them.
Run: LESART_SHARED=../shared python tests/data/events_de_dev8.py
"""
import gzip
import json
import os
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from events_de_dev5 import candidates as dev5_candidates, country_pattern, known  # noqa: E402


def candidates() -> list[dict]:
    corpus = Path(os.environ.get("LESART_SHARED", "../shared")) / "data" / "attribution" / "de-wikinews-quotation"
    used, gold, tested, read = known("dev8")
    read |= {c["text"] for c in dev5_candidates("M") + dev5_candidates("N")}
    pat = country_pattern()
    out, seen = [], set()
    for line in gzip.open(corpus / "train.jsonl.gz", "rt", encoding="utf-8"):
        d = json.loads(line)
        article = d["documentName"].split(" - ")[0]
        if article not in used or article in tested:
            continue
        for s in sorted(d["sentences"], key=lambda s: s["id"]):
            t = s["text"].strip().split("\n")[0].strip()
            if 60 <= len(t) <= 280 and t not in gold and t not in read and t not in seen and not pat.search(t):
                seen.add(t)
                out.append({"wikinews_split": "train", "document": d["documentName"], "sentence_id": s["id"],
                            "text": t})
    random.seed(21)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    for i, c in enumerate(candidates()):
        print(f"DE-WN8-{i:04d}\t{c['document']}\t{c['sentence_id']}\t{c['text']}")
