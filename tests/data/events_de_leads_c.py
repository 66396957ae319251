"""Lead sentences read for the fourth dev extension of events_de.jsonl (ids DE-WN-C000 to DE-WN-C274).

The German WikiNews quotation corpus' dev and test splits hold 253 articles from which no sentence of
events_de.jsonl or events_de_check.jsonl comes; the 79 below were picked by their title alone (politics,
conflict, crime, courts, protest), never by their sentences. Their sentences 0-3 (first line, 60-280
characters), in corpus order (train, dev, test; files by name) are the 275 leads; the id number is the
position in this list. Run: LESART_SHARED=../shared python tests/data/events_de_leads_c.py
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


def leads() -> list[dict]:
    corpus = Path(os.environ.get("LESART_SHARED", "../shared")) / "data" / "attribution" / "de-wikinews-quotation"
    want = set(ARTICLES)
    out = []
    for part in ("train", "dev", "test"):
        for line in gzip.open(corpus / f"{part}.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(line)
            if d["documentName"].split(" - ")[0] not in want:
                continue
            for s in d["sentences"]:
                text = s["text"].strip().split("\n")[0].strip()
                if s["id"] <= 3 and 60 <= len(text) <= 280:
                    out.append({"wikinews_split": part, "document": d["documentName"], "sentence_id": s["id"],
                                "text": text})
    return out


if __name__ == "__main__":
    for i, c in enumerate(leads()):
        print(f"DE-WN-C{i:03d}\t{c['document']}\t{c['sentence_id']}\t{c['text']}")
