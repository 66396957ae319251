"""Rebuild the candidate order of events_en_news.jsonl (content-blind filter, random.seed(2028)).

Usage: LESART_SHARED=... python tests/data/events_en_news_candidates.py OUT.jsonl [--dev2|--dev3|--dev4|--dev5|--dev6|--dev7|--dev8|--dev9]

--dev2 writes the pool of the news-dev2 batch instead: positions 820 on of the seed-2028 order, minus
sentences already in events_en_news.jsonl before that batch, news-dev side of the article split only,
shuffled with random.seed(2029) (key "pos2"; "pos" stays the seed-2028 place).

--dev3 writes the pool of the news-dev3 batch: (1) positions 1450 on of the seed-2028 order, minus sentences
already in events_en_news.jsonl before that batch, minus sentences of articles that have a news-check sentence,
minus the positions the news-dev2 batch read (pos2 < 530); (2) then every sentence of the English scrapinghub dev
pages (not only those naming a country) not in (1), not read before and not of a news-check article, shuffled with
random.seed(2030) (key "pos3").  Pool (1) comes first, in seed-2028 order.

--dev4 writes the pool of the news-dev4 batch in reading order (seed-2028 order): positions 820 on, minus sentences
already in events_en_news.jsonl before that batch, minus sentences of articles that have a news-check sentence, minus
the positions the news-dev2 batch read (pos2 < 530).  Positions 820-1867 were read.

--dev5 writes the pool of the news-dev5 batch: every sentence of the PolNeAR **train** articles that no earlier batch
read, i.e. that is not in the seed-2028 candidate list (it names no non-US country, nationality or international
body), not already in events_en_news.jsonl and not of an article that has a news-check sentence, shuffled with
random.seed(2031) (key "pos5").

--dev6 writes the same pool in the same order (the news-dev5 batch had read positions 0-569; the news-dev6 batch read
positions 570-1079). Sentences of both batches stay in it, so the positions are those of news-dev5's order.
--dev7 writes the pool of the news-dev7 batch: (1) every sentence of the English scrapinghub dev pages that no
earlier batch read under the all-types keep rule (not in events_en_news.jsonl, not of a news-check article, not at
seed-2028 positions 0-1867 nor among the positions the news-dev2 batch read; news-dev3 had read these pages only for
its weak types), shuffled with random.seed(2032) (key "pos7"); then (2) every sentence of the PolNeAR **dev**
articles outside the seed-2028 candidate list (no batch read them), not of a news-check article, shuffled with
random.seed(2032) and numbered on after (1).

--dev8 writes the pool of the news-dev8 batch: (1) the seed-2028 candidate list (sentences naming a non-US country,
nationality or international body) from position 1868 on, minus sentences already in events_en_news.jsonl, minus
sentences of articles that have a news-check sentence, minus the positions the news-dev2 batch read (the news-dev3
batch had read these only for its weak types, so the weak-type events there are already in the set), shuffled with
random.seed(2033); then (2) the news-dev5 pool (PolNeAR train outside the candidate list) from its position 1080 on
(no batch read them), in that pool's order. Key "pos8" numbers both in that order.
--dev9 writes the pool of the news-dev9 batch: sentences of CoNLL-2003's English Reuters newswire of August 1996
(``../shared/data/ner/conll2003-en/eng.testa``, the NER development split; no batch read Reuters text), 60-300
characters after the tokens are joined back into text (``conll_text``), from every document whose headline is neither a
sports headline ("SOCCER - ...", "Boxing-Bruno quits ...") nor all capitals (results tables and company figures), shuffled
with random.seed(2034) (key "pos9"; "article" is "eng.testa doc N", N counting -DOCSTART- from 0, "sentence" the
sentence's index in its document, the headline 0).
"""
import json, random, re, sys
from pathlib import Path
import pycountry
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from lesart.evaluation.extraction import load_gold

from lesart.evaluation.shared import shared_dir
SH = shared_dir() / "data" / "attribution" / "en-polnear"
US = {"United States", "United States of America", "America"}
names = set()
for c in pycountry.countries:
    for a in ("name", "common_name", "official_name"):
        v = getattr(c, a, None)
        if v and "," not in v and "(" not in v:
            names.add(v)
names -= US | {"United States Minor Outlying Islands"}
names |= {"Russia", "Iran", "Syria", "North Korea", "South Korea", "Korea", "Vietnam", "Venezuela", "Bolivia",
          "Taiwan", "Palestine", "Britain", "Great Britain", "England", "Scotland", "Kosovo", "Gaza", "West Bank",
          "Laos", "Moldova", "Tanzania", "Congo", "Macedonia", "Czech Republic", "Ivory Coast", "Burma"}
demonyms = """Afghan Albanian Algerian Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani Bahraini
Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian Cameroonian Canadian
Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorian Egyptian Eritrean
Estonian Ethiopian Filipino Finnish French Georgian German Ghanaian Greek Guatemalan Haitian Honduran Hungarian
Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan
Korean Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese Liberian Libyan Lithuanian Malaysian Malian Mexican Moldovan
Mongolian Moroccan Mozambican Nepalese Nigerian Nicaraguan Norwegian Omani Pakistani Palestinian Panamanian
Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak
Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Thai Tunisian Turkish Turkmen Ugandan
Ukrainian Emirati Uruguayan Uzbek Venezuelan Vietnamese Yemeni Zambian Zimbabwean European Arab Persian Soviet
Sunni Shiite""".split()
orgs = """United Nations|UN|U.N.|NATO|European Union|EU|E.U.|Security Council|World Bank|IMF|International Monetary Fund|
World Health Organization|WHO|World Trade Organization|WTO|OPEC|African Union|Arab League|G7|G-7|G20|G-20|OSCE|ASEAN|
Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Doctors Without Borders|UNICEF|UNHCR|IAEA|
International Criminal Court|Interpol|Islamic State|ISIS|ISIL|Daesh|al-Qaeda|al Qaeda|Al Qaeda|Taliban|Hamas|Hezbollah|
Boko Haram|al-Shabab|al-Shabaab|Houthi|Houthis|Kremlin|Pentagon|Nusra|Muslim Brotherhood|PKK|FARC""".replace("\n", "").split("|")
pat = re.compile(r"(?<![\w.])(" + "|".join(sorted(map(re.escape, names | set(orgs)), key=len, reverse=True))
                 + r"|(?:" + "|".join(demonyms) + r")s?)(?![\w])")
split_re = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z])")

def sentences(text):
    for para in re.split(r"\n\s*\n|\n", text):
        para = " ".join(para.split())
        for s in split_re.split(para):
            s = s.strip()
            if 60 <= len(s) <= 300:
                yield s

cands = []
for part in ("train", "dev"):
    for f in sorted((SH / part / "text").glob("*.txt")):
        for i, s in enumerate(sentences(f.read_text(encoding="utf-8"))):
            if pat.search(s):
                cands.append({"text": s, "corpus": "en-polnear", "polnear_split": part, "article": f.stem, "sentence": i})
for p in load_gold("dev", ["scrapinghub"]):
    if p.lang != "en":
        continue
    for i, s in enumerate(sentences(p.gold_text)):
        if pat.search(s):
            cands.append({"text": s, "corpus": "scrapinghub", "article": p.url, "sentence": i})
seen, uniq = set(), []
for c in cands:
    if c["text"] not in seen:
        seen.add(c["text"]); uniq.append(c)
random.seed(2028)
random.shuffle(uniq)
for k, c in enumerate(uniq):
    c["pos"] = k
def polnear_sentences(split, check, skip, seen):
    """Every sentence of the PolNeAR ``split`` articles outside ``check`` that is neither in ``skip`` nor in ``seen``
    (which it extends), in article and sentence order."""
    out = []
    for f in sorted((SH / split / "text").glob("*.txt")):
        if f.stem in check:
            continue
        for i, s in enumerate(sentences(f.read_text(encoding="utf-8"))):
            if s not in skip and s not in seen:
                seen.add(s)
                out.append({"text": s, "corpus": "en-polnear", "polnear_split": split, "article": f.stem,
                            "sentence": i})
    return out


def gold_rows():
    """The rows of events_en_news.jsonl as they stand."""
    return [json.loads(l) for l in Path(__file__).with_name("events_en_news.jsonl").read_text(encoding="utf-8").splitlines()]


def read_by_dev2(uniq, gold, not_before):
    """The sentences the news-dev2 batch read (its pool's first 530, seed 2029), its pool rebuilt as that batch
    drew it: positions 820 on, minus the sentences coded in every split but ``not_before`` (news-dev2 and the
    batches after it), news-dev side of the article split only."""
    import hashlib
    done1 = {r["text"] for r in gold if r["split"] not in not_before}
    pool2 = [c for c in uniq if c["pos"] >= 820 and c["text"] not in done1
             and int(hashlib.sha1(c["article"].encode()).hexdigest(), 16) % 2 == 0]
    random.seed(2029)
    random.shuffle(pool2)
    return {c["text"] for c in pool2[:530]}


if "--dev2" in sys.argv:
    import hashlib
    gold = Path(__file__).with_name("events_en_news.jsonl")
    done = {r["text"] for r in map(json.loads, gold.read_text(encoding="utf-8").splitlines())
            if r["split"] != "news-dev2"}
    uniq = [c for c in uniq if c["pos"] >= 820 and c["text"] not in done
            and int(hashlib.sha1(c["article"].encode()).hexdigest(), 16) % 2 == 0]
    random.seed(2029)
    random.shuffle(uniq)
    for k, c in enumerate(uniq):
        c["pos2"] = k
if "--dev3" in sys.argv:
    import hashlib
    gold = gold_rows()
    done = {r["text"] for r in gold if r["split"] != "news-dev3"}
    check = {r["source"]["article"] for r in gold if r["split"] == "news-check"}
    even = lambda a: int(hashlib.sha1(a.encode()).hexdigest(), 16) % 2 == 0  # noqa: E731
    read2 = read_by_dev2(uniq, gold, ("news-dev2", "news-dev3"))
    first = [c for c in uniq if c["pos"] >= 1450 and c["text"] not in done and c["article"] not in check
             and c["text"] not in read2]
    # the scrapinghub pool was drawn before the news-check-side articles joined (1), so it leaves out only
    # the news-dev-side sentences of (1); four sentences stand in both pools and were coded once, in (1)
    read = {c["text"] for c in uniq if c["pos"] < 1450} | read2 | done | {c["text"] for c in first if even(c["article"])}
    second, seen3 = [], set()
    for p in load_gold("dev", ["scrapinghub"]):
        if p.lang != "en" or p.url in check:
            continue
        for i, s in enumerate(sentences(p.gold_text)):
            if s not in read and s not in seen3:
                seen3.add(s)
                second.append({"text": s, "corpus": "scrapinghub", "article": p.url, "sentence": i})
    random.seed(2030)
    random.shuffle(second)
    for k, c in enumerate(second):
        c["pos3"] = k
    uniq = first + second
if "--dev4" in sys.argv:
    gold = gold_rows()
    done = {r["text"] for r in gold if r["split"] != "news-dev4"}
    check = {r["source"]["article"] for r in gold if r["split"] == "news-check"}
    read2 = read_by_dev2(uniq, gold, ("news-dev2", "news-dev3", "news-dev4"))
    uniq = [c for c in uniq if c["pos"] >= 820 and c["text"] not in done and c["article"] not in check
            and c["text"] not in read2]
if "--dev5" in sys.argv or "--dev6" in sys.argv:
    gold = gold_rows()
    done = {r["text"] for r in gold if r["split"] not in ("news-dev5", "news-dev6")}
    check = {r["source"]["article"] for r in gold if r["split"] == "news-check"}
    listed = {c["text"] for c in uniq}
    pool5 = polnear_sentences("train", check, listed | done, set())
    random.seed(2031)
    random.shuffle(pool5)
    for k, c in enumerate(pool5):
        c["pos5"] = k
    uniq = pool5
if "--dev7" in sys.argv:
    gold = gold_rows()
    done = {r["text"] for r in gold if r["split"] != "news-dev7"}
    check = {r["source"]["article"] for r in gold if r["split"] == "news-check"}
    read = read_by_dev2(uniq, gold, ("news-dev2", "news-dev3", "news-dev4", "news-dev7")) \
        | {c["text"] for c in uniq if c["pos"] < 1868} | done
    listed = {c["text"] for c in uniq}
    first, seen7 = [], set()
    for p in load_gold("dev", ["scrapinghub"]):
        if p.lang != "en" or p.url in check:
            continue
        for i, s in enumerate(sentences(p.gold_text)):
            if s not in read and s not in seen7:
                seen7.add(s)
                first.append({"text": s, "corpus": "scrapinghub", "article": p.url, "sentence": i})
    second = polnear_sentences("dev", check, listed | done, seen7)
    random.seed(2032)
    random.shuffle(first)
    random.seed(2032)
    random.shuffle(second)
    uniq = first + second
    for k, c in enumerate(uniq):
        c["pos7"] = k
if "--dev8" in sys.argv:
    gold = gold_rows()
    done = {r["text"] for r in gold if r["split"] != "news-dev8"}
    check = {r["source"]["article"] for r in gold if r["split"] == "news-check"}
    read2 = read_by_dev2(uniq, gold, ("news-dev2", "news-dev3", "news-dev4", "news-dev7", "news-dev8"))
    first = [c for c in uniq if c["pos"] >= 1868 and c["text"] not in done and c["article"] not in check
             and c["text"] not in read2]
    random.seed(2033)
    random.shuffle(first)
    done5 = {r["text"] for r in gold if r["split"] not in ("news-dev5", "news-dev6", "news-dev8")}
    listed = {c["text"] for c in uniq}
    pool5 = polnear_sentences("train", check, listed | done5, set())
    random.seed(2031)
    random.shuffle(pool5)
    second = [c for c in pool5[1080:] if c["text"] not in done]
    uniq = first + second
    for k, c in enumerate(uniq):
        c["pos8"] = k
SPORTS = re.compile(r"(?i)^(soccer|cricket|tennis|golf|baseball|basketball|boxing|squash|athletics|rugby|cycling|"
                    r"motor racing|horse racing|nfl|nhl|nba|ice hockey|hockey|swimming|rowing|badminton|skiing|"
                    r"alpine skiing|sailing|volleyball|judo|wrestling|table tennis|equestrian|olympics|formula one|"
                    r"motorcycling|handball|snooker|triathlon|speedway|american football|yachting|darts)\b\W*-?")


def conll_text(tokens):
    """Reuters tokens joined back into text: no space before punctuation and clitics, quotes hug their words."""
    text, quote_open = "", False
    for t in tokens:
        t = {"``": '"', "''": '"'}.get(t, t)
        if t == '"':
            text += (" " if text and quote_open is False else "") + t
            quote_open = not quote_open
            continue
        glue = (not text or text.endswith(("(", "$")) or (text.endswith('"') and quote_open)
                or t in {",", ".", ":", ";", "?", "!", ")", "%"} or t.lower() in {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"})
        text += ("" if glue else " ") + t
    return text


def conll_pool(path):
    docs, doc, sent = [], None, []
    for line in list(path.read_text(encoding="utf-8").splitlines()) + [""]:
        if line.startswith("-DOCSTART-"):
            doc = []
            docs.append(doc)
        elif not line.strip():
            if sent and doc is not None:
                doc.append(conll_text(sent))
            sent = []
        else:
            sent.append(line.split()[0])
    pool = []
    for d, sents in enumerate(docs):
        head = sents[0] if sents else ""
        if SPORTS.match(head) or head.upper() == head:
            continue
        pool += [{"text": s, "corpus": "conll2003-en", "article": f"eng.testa doc {d}", "sentence": i}
                 for i, s in enumerate(sents) if 60 <= len(s) <= 300]
    return pool


if "--dev9" in sys.argv:
    uniq = conll_pool(shared_dir() / "data" / "ner" / "conll2003-en" / "eng.testa")
    random.seed(2034)
    random.shuffle(uniq)
    for k, c in enumerate(uniq):
        c["pos9"] = k
Path(next((a for a in sys.argv[1:] if not a.startswith("--")), "candidates.jsonl")).write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in uniq))
print(len(cands), len(uniq), sum(c["corpus"] == "scrapinghub" for c in uniq))
