"""Sentences read for the `dev3` split of events_de.jsonl (2026-11-27; see events_de.README.md, section "dev3").

E (ids DE-WN-E000 to DE-WN-E387, `selection: "lead"`): lead sentences (corpus sentence ids 0-3, first line, 60-280
characters) of articles from which no sentence of events_de.jsonl or events_de_check.jsonl comes and whose leads
were not read for C or D, picked by their title alone: ARTICLES_E from the corpus' train split (74 of 389), then
ARTICLES_E2 from its dev and test splits (42 of 174), in corpus order (train, dev, test; files by name); the id
number is the position in this list.
K (ids DE-WN-K000 to DE-WN-K103, `selection: "keyword"`): any sentence (first line, 60-280 characters) of the same
kind of unused articles that matches KEYWORDS and is neither one of the E leads nor already in either file,
shuffled with random.seed(1127): first the corpus' train split (K000-K049, all 50), then its dev and test splits
(K050-K103, all 54; three sentences already read for H were skipped).
Run: LESART_SHARED=../shared python tests/data/events_de_dev3.py [E|K]
"""
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_de_leads_c import ARTICLES, ARTICLES_D, leads  # noqa: E402

ARTICLES_E = ("12491 12599 14879 15242 18551 19599 21932 2464 24911 25147 25575 27912 28062 28391 28736 2896 2937 "
              "29640 32592 33857 3434 35051 35318 3552 3574 36350 36639 39835 40144 42171 43411 47745 47835 48348 "
              "48539 50935 51963 52330 53748 54054 54334 54578 55554 58160 5310 60304 60843 6200 64070 64095 64897 "
              "64928 65500 65561 6659 66614 68811 71480 72118 72501 73273 74190 75759 77153 77730 7546 7804 80391 "
              "80622 82138 83346 84583 8561 22629").split()
ARTICLES_E2 = ("16470 16930 26888 3216 33687 34005 34359 38981 40463 47942 52532 5352 58288 61652 69005 69844 75720 "
               "7771 78978 78997 8014 81491 72867 12162 13406 30393 37231 4030 4249 49445 57479 59230 59934 62849 "
               "67356 72180 746 81036 8915 64221 29071 58004").split()
KEYWORDS = re.compile(
    r"Rücktritt|zurückgetreten|räumte? .*ein\b|eingeräumt|gab(en)? nach|nachgegeben|Zugeständnis|"
    r"Zusammenarbeit|kooperier|Abkommen|unterzeichne|"
    r"Demonstr|protestier|Protest|Streik|streik|"
    r"lehnte? .*ab\b|abgelehnt|weigert|wies .*zurück|zurückgewiesen|"
    r"Hilfe|Hilfsgüter|Hilfslieferung|spendete|gespendet|"
    r"Soldaten|Truppen|verlegt|entsandt|entsendet|stationiert|"
    r"festgenommen|verhaftet|Festnahme|Ausgangssperre|ausgewiesen|abgeschoben")
HERE = Path(__file__).parent


def lead_rows() -> list[dict]:
    return leads(ARTICLES_E) + [c for c in leads(ARTICLES_E2) if c["wikinews_split"] != "train"]


def keyword_rows(parts: tuple[str, ...]) -> list[dict]:
    corpus = Path(os.environ.get("LESART_SHARED", "../shared")) / "data" / "attribution" / "de-wikinews-quotation"
    used, gold = set(), set()
    for name in ("events_de.jsonl", "events_de_check.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") in ("dev3", "dev5"):  # dev5 (added later) took sentences of four unused articles
                continue
            gold.add(r["text"])
            used.add(r["source"]["document"].split(" - ")[0])
    read = {c["text"] for c in lead_rows()}
    out = []
    for part in parts:
        for line in gzip.open(corpus / f"{part}.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(line)
            if d["documentName"].split(" - ")[0] in used:
                continue
            for s in d["sentences"]:
                t = s["text"].strip().split("\n")[0].strip()
                if 60 <= len(t) <= 280 and t not in read and t not in gold and KEYWORDS.search(t):
                    out.append({"wikinews_split": part, "document": d["documentName"], "sentence_id": s["id"],
                                "text": t})
    random.seed(1127)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "E"
    if part == "E":
        found = lead_rows()
    else:
        seen = {c["text"] for c in leads(ARTICLES) + leads(ARTICLES_D) + leads(ARTICLES, 4, 6) + leads(ARTICLES_D, 4, 6)}
        found = keyword_rows(("train",)) + keyword_rows(("dev", "test"))
        found = [c if c["text"] not in seen else dict(c, text="(read for H, skipped) " + c["text"]) for c in found]
    for i, c in enumerate(found):
        print(f"DE-WN-{part}{i:03d}\t{c['document']}\t{c['sentence_id']}\t{c['text']}")
