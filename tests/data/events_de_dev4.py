"""Sentences read for the `dev4` split of events_de.jsonl (2026-11-27; see events_de.README.md, section "dev4").

The German Fundus pages of the extraction set that split.json marks dev (55 pages, 2023-2026; never a test page),
split into sentences by the dev2 rule (paragraphs, then `.!?` plus an optional closing quote before whitespace and a
capital, digit or opening quote, not after a digit, Dr, St, Prof, Nr), 40-280 characters. SEED17 rebuilds dev2's order
(the file's sentences of other splits left out, shuffled with random.seed(17): 2,177 sentences; 97 of the 98 dev2 ids
land on their position). dev2 read positions 0-149 on all pages and 150-1699 on DEV2_PAGES; everything else is unread.
dev4 reads the unread sentences of DEV2_PAGES and of EXTRA_PAGES (five more dev pages chosen by their URL alone as
politics, policy, courts or conflict), not already in the file, no duplicates, shuffled with random.seed(18); the id
number (DE-FU4-NNN) is the position in that order. All 377 were read and 55 kept.
Run: LESART_SHARED=../shared python tests/data/events_de_dev4.py
"""
import json
import os
import random
import re
from pathlib import Path

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[3] / "shared"))
HERE = Path(__file__).parent
DEV2_PAGES = {
    "fundus/at/DerStandard_2024_05_03", "fundus/at/SalzburgerNachrichten_2026_01_06", "fundus/ch/SRF_2024_04_15",
    "fundus/de/AFPFaktencheck_2026_05_24", "fundus/de/BSZ_2025_11_06", "fundus/de/BerlinerZeitung_2023_04_28",
    "fundus/de/Correctiv_2026_05_24", "fundus/de/EuronewsDE_2026_01_06", "fundus/de/FAZ_2024_04_17",
    "fundus/de/FreiePresse_2024_11_29", "fundus/de/Golem_2024_04_28", "fundus/de/HamburgerAbendblatt_2025_09_09",
    "fundus/de/HamburgerAbendblatt_2025_11_06", "fundus/de/LTO_2025_10_20", "fundus/de/MitteldeutscheZeitung_2024_04_30",
    "fundus/de/NTV_2025_12_12", "fundus/de/SpiegelOnline_2023_04_28", "fundus/de/TOnline_2026_04_15",
    "fundus/de/Taz_2023_04_28", "fundus/de/WAZ_2025_09_10", "fundus/de/ZDF_2025_11_07",
    "fundus/li/Landesspiegel_2026_01_27"}
EXTRA_PAGES = {"fundus/de/DieZeit_2023_04_28", "fundus/de/NetzpolitikOrg_2024_04_28", "fundus/de/FAZ_2025_04_15",
               "fundus/de/Hessenschau_2024_04_27", "fundus/lu/Tageblatt_2026_01_13"}
SPLIT = re.compile(r'(?<!\d)(?<!Dr)(?<!St)(?<!Prof)(?<!Nr)([.!?]["“”»«\']?)\s+(?=[A-ZÄÖÜ0-9„"“»«])')


def sentences(text):
    out = []
    for para in re.split(r"\n+", text):
        para, pos = para.strip(), 0
        if not para:
            continue
        for m in SPLIT.finditer(para):
            out.append(para[pos:m.end(1)].strip())
            pos = m.end()
        out.append(para[pos:].strip())
    return out


def candidates():
    base = SHARED / "data" / "extraction"
    split = json.loads((base / "split.json").read_text(encoding="utf-8"))
    pages = [json.loads(line) for line in (base / "eval.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = [p for p in pages if p["id"].startswith("fundus/") and p["lang"] == "de" and split.get(p["id"]) == "dev"]
    rows = [json.loads(line) for line in (HERE / "events_de.jsonl").read_text(encoding="utf-8").splitlines() if line]
    before_dev2 = {r["text"] for r in rows if r.get("split") not in ("dev2", "dev4", "dev9")}  # dev9 read on
    before_dev4 = {r["text"] for r in rows if r.get("split") != "dev4"}
    seed17 = [(p["id"], p["url"], s) for p in pages for s in sentences(p["gold_text"])
              if 40 <= len(s) <= 280 and s not in before_dev2]
    random.seed(17)
    random.shuffle(seed17)
    out, seen = [], set()
    for i, (doc, url, s) in enumerate(seed17):
        read = i < 150 or (i < 1700 and doc in DEV2_PAGES)
        if read or s in before_dev4 or s in seen or doc not in DEV2_PAGES | EXTRA_PAGES:
            continue
        seen.add(s)
        out.append({"doc": doc, "url": url, "text": s, "pos17": i})
    random.seed(18)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    for k, c in enumerate(candidates()):
        print(f"DE-FU4-{k:03d}\t{c['doc']}\t{c['text']}")
