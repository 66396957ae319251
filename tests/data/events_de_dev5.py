"""Sentences read for the `dev5` split of events_de.jsonl (2026-11-27; see events_de.README.md, section "dev5").

Two content-blind orders, both built with the test part's own selection rule (a sentence, first line, 60-280
characters, that names a country: pycountry's German `name` and `common_name`, word bounded, plus Irak, Iran,
Russland, USA, Vereinigten Staaten, Großbritannien, Kosovo, Gaza; the demonym adjectives of the second extension with
an ending -e/-en/-er/-es/-em; the prefix `US-`), from the German WikiNews quotation corpus, all three splits in
corpus order (train, dev, test; files as stored, sentences by id), not already in events_de.jsonl or
events_de_check.jsonl, not read before (the C, D, F, H lists of events_de_leads_c.py and the E and K lists of
events_de_dev3.py), no duplicates, each shuffled with random.seed(1205); the id number is the position in its order.
M (`python events_de_dev5.py M`, 713 sentences): articles from which no sentence of either file comes (531 of 998;
none holds a `test` sentence). Positions 0-79 were read and 4 kept: these articles are what title-picking for the
earlier samples left over (sport, science, business), about one sentence in twenty reports a codable event.
N (`python events_de_dev5.py N`, 411 sentences): articles that hold a sentence of either file but no `test` sentence
(so test stays independent), the sentences the earlier country samples (the first 1,168 and G) had not kept or had
not reached. All 411 were read and 59 kept.
Kept sentences were coded by hand by the README's guidelines before the events stage was run on any of them.
Run: LESART_SHARED=../shared python tests/data/events_de_dev5.py [M|N]
"""
import gettext
import gzip
import json
import os
import random
import re
import sys
from pathlib import Path

import pycountry

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from events_de_dev3 import keyword_rows, lead_rows  # noqa: E402
from events_de_leads_c import ARTICLES, ARTICLES_D, leads  # noqa: E402

SHORT = ("Irak", "Iran", "Russland", "USA", "Vereinigten Staaten", "Großbritannien", "Kosovo", "Gaza")
DEMONYMS = ("deutsch amerikanisch russisch chinesisch französisch britisch israelisch palästinensisch iranisch "
            "irakisch afghanisch pakistanisch indisch japanisch türkisch ukrainisch syrisch libanesisch ägyptisch "
            "italienisch spanisch polnisch nordkoreanisch südkoreanisch serbisch georgisch sudanesisch somalisch "
            "kenianisch libysch österreichisch schweizerisch niederländisch belgisch griechisch").split()


def country_pattern() -> re.Pattern:
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    names = {de.gettext(v) for c in pycountry.countries for v in (getattr(c, "name", None),
                                                                  getattr(c, "common_name", None)) if v}
    names |= set(SHORT)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b|\b(?:"
                      + "|".join(DEMONYMS) + r")(?:e|en|er|es|em)\b|\bUS-")


def known(own_split: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """What earlier batches used, leaving out the rows of ``own_split`` (the batch being rebuilt): the articles
    that hold a kept sentence, the kept sentences, the articles that hold a test sentence, and the sentences of
    the recorded read lists."""
    used, gold, tested = set(), set(), set()
    for name in ("events_de.jsonl", "events_de_check.jsonl"):
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") == own_split:
                continue
            gold.add(r["text"])
            used.add(r["source"].get("document", "").split(" - ")[0])
            if r.get("split") == "test":
                tested.add(r["source"]["document"].split(" - ")[0])
    read = {c["text"] for c in leads(ARTICLES) + leads(ARTICLES_D) + leads(ARTICLES_D, 4, 6) + leads(ARTICLES, 4, 6)}
    read |= {c["text"] for c in lead_rows() + keyword_rows(("train",)) + keyword_rows(("dev", "test"))}
    return used, gold, tested, read


def candidates(part: str = "M") -> list[dict]:
    corpus = Path(os.environ.get("LESART_SHARED", "../shared")) / "data" / "attribution" / "de-wikinews-quotation"
    used, gold, tested, read = known("dev5")
    pat = country_pattern()
    out, seen = [], set()
    for split in ("train", "dev", "test"):
        for line in gzip.open(corpus / f"{split}.jsonl.gz", "rt", encoding="utf-8"):
            d = json.loads(line)
            article = d["documentName"].split(" - ")[0]
            if (article in used) if part == "M" else (article not in used or article in tested):
                continue
            for s in d["sentences"]:
                t = s["text"].strip().split("\n")[0].strip()
                if 60 <= len(t) <= 280 and t not in gold and t not in read and t not in seen and pat.search(t):
                    seen.add(t)
                    out.append({"wikinews_split": split, "document": d["documentName"], "sentence_id": s["id"],
                                "text": t})
    random.seed(1205)
    random.shuffle(out)
    return out


if __name__ == "__main__":
    part = sys.argv[1] if len(sys.argv) > 1 else "M"
    for i, c in enumerate(candidates(part)):
        print(f"DE-WN-{part}{i:03d}\t{c['wikinews_split']}\t{c['document']}\t{c['sentence_id']}\t{c['text']}")
