"""Lead sentences read for the fourth and fifth dev extensions of events_de.jsonl (2026-11-27).

C (ids DE-WN-C000 to DE-WN-C274): the German WikiNews quotation corpus' dev and test splits hold 253 articles
from which no sentence of events_de.jsonl or events_de_check.jsonl comes; the 79 in ARTICLES were picked by
their title alone (politics, conflict, crime, courts, protest), never by their sentences.
D (ids DE-WN-D000 to DE-WN-D215): the same for the corpus' train split (453 such articles), 65 picked by title
(ARTICLES_D; one has no lead of the right length).
F (ids DE-WN-F000 to DE-WN-F139): sentences 4-6 of the D articles, read after the D leads.
H (ids DE-WN-H016 to DE-WN-H103): sentences 4-6 of the C articles (first 109 of 170 read).
Their sentences 0-3 (4-6 for F; first line, 60-280 characters), in corpus order (train, dev, test; files by
name) are the leads; the id number is the position in this list.
Run: LESART_SHARED=../shared python tests/data/events_de_leads_c.py [C|D|F|H]
"""
import gzip
import json
import os
from pathlib import Path

ARTICLES = ("12324 15274 15510 16696 17060 18058 26056 2745 29336 37752 3855 38693 39049 44357 50777 51806 52410 "
            "52546 52963 53153 57661 58562 6028 64195 64683 65535 71370 73035 73255 75087 75244 76866 79539 80019 "
            "80634 80698 82573 12825 13474 16561 23777 26502 26748 29410 2954 34748 37332 41916 43568 44763 45080 "
            "52445 54074 58940 59848 62091 6226 63051 63594 64021 65177 65671 67548 67830 68080 69083 70345 70697 "
            "71380 71466 72379 72691 72779 73472 74583 77285 77466 83299 8684").split()
ARTICLES_D = ("10057 12291 13682 13761 14074 15010 15794 19560 24558 26226 27312 2840 29688 32521 33262 33398 3354 "
              "33957 34728 38177 40973 42185 45074 45701 46350 46721 48687 48690 49378 51344 52153 53092 53657 54188 "
              "54361 56063 56876 57026 58108 59410 5943 59510 59662 61374 6196 64689 65962 66171 67143 67437 68535 "
              "68853 69106 69725 70718 72414 79793 79859 80548 80950 81786 81799 82125 9251").split()


def leads(articles: list[str] = ARTICLES, first: int = 0, last: int = 3) -> list[dict]:
    corpus = Path(os.environ.get("LESART_SHARED", "../shared")) / "data" / "attribution" / "de-wikinews-quotation"
    want = set(articles)
    out = []
    for part in ("train", "dev", "test"):
        for line in gzip.open(corpus / f"{part}.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(line)
            if d["documentName"].split(" - ")[0] not in want:
                continue
            for s in d["sentences"]:
                text = s["text"].strip().split("\n")[0].strip()
                if first <= s["id"] <= last and 60 <= len(text) <= 280:
                    out.append({"wikinews_split": part, "document": d["documentName"], "sentence_id": s["id"],
                                "text": text})
    return out


if __name__ == "__main__":
    import sys
    part = sys.argv[1] if len(sys.argv) > 1 else "C"
    if part in ("F", "H"):
        found = leads(ARTICLES_D if part == "F" else ARTICLES, 4, 6)
    else:
        found = leads(ARTICLES_D if part == "D" else ARTICLES)
    for i, c in enumerate(found):
        print(f"DE-WN-{part}{i:03d}\t{c['document']}\t{c['sentence_id']}\t{c['text']}")
