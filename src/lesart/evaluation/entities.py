"""NER gold loaders (GermEval 2014, CoNLL-2003) and an exact-span scorer.

Both corpora come pre-tokenised; we score on their tokens (the CoNLL
convention), so tokenisation differences never count as errors here.  A
predicted entity counts only when its token span *and* label match the gold.

GermEval has 12 types; we score 4 (outer spans), mapped as follows:
PER/ORG/LOC -> same, OTH -> MISC, every ``*deriv`` ("deutsche") and
``*part`` ("EU-Kommission") tag -> O.  The derived and partial names are not
names of an entity the reader can look up, and CoNLL-style MISC for
adjectives would mix two very different things into one class in German.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from .shared import shared_dir

LABELS = ("PER", "ORG", "LOC", "MISC")
GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}

# Published anchors the report prints beside our numbers (see the READMEs in shared/data/ner).
ANCHORS = {
    "de": [
        ("spaCy from scratch, GermEval dev, trained on GermEval test (12 labels)", 55.0),
        ("GermaNER (CRF), official test, official train", 76.0),
        ("transformers, official test", 86.0),
    ],
    "en": [
        ("CRF, random-init emb. (Huang et al. 2015)", 83.02),
        ("BiLSTM-CRF, random-init emb. (Huang et al. 2015)", 84.26),
        ("Stanford NER (CMM, postprocessed)", 86.31),
        ("Flair (Akbik et al. 2018)", 93.09),
    ],
}
SPLITS = {
    # lang -> split -> file under shared/data/ner
    "de": {"train": "germeval2014/NER-de-test.tsv", "dev": "germeval2014/NER-de-dev.tsv"},
    "en": {"train": "conll2003-en/eng.train", "dev": "conll2003-en/eng.testa", "test": "conll2003-en/eng.testb"},
}


@dataclass
class GoldSentence:
    words: list[str]
    spans: list[tuple[int, int, str]]      # token offsets, end exclusive
    doc_id: int = 0                         # CoNLL article index (document context)


def ner_path(lang: str, split: str) -> Path:
    try:
        rel = SPLITS[lang][split]
    except KeyError:
        raise ValueError(f"no {split!r} split for {lang!r}; have {sorted(SPLITS.get(lang, {}))}") from None
    return shared_dir() / "data" / "ner" / rel


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Chunks from BIO or IOB1 tags: a chunk starts at ``B-`` or at a change of type."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        if tag == "O" or prefix == "B" or typ != label:
            if label is not None:
                spans.append((start, i, label))
            start, label = (i, typ) if tag != "O" else (None, None)
    return spans


def read_germeval(path: Path) -> list[GoldSentence]:
    """Outer-level (column 3) spans, mapped to 4 classes (see module doc)."""
    out: list[GoldSentence] = []
    words: list[str] = []
    tags: list[str] = []

    def flush():
        if words:
            spans = [(s, e, GERMEVAL_MAP[t]) for s, e, t in bio_spans(tags) if t in GERMEVAL_MAP]
            out.append(GoldSentence(words=list(words), spans=spans))
        words.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not line.strip():
            flush()
            continue
        words.append(cols[1])
        tags.append(cols[2])
    flush()
    for i, sent in enumerate(out):
        sent.doc_id = i             # independent sentences: each is a document of its own
    return out


def read_conll(path: Path) -> list[GoldSentence]:
    out: list[GoldSentence] = []
    words: list[str] = []
    tags: list[str] = []
    doc_id = 0

    def flush():
        if words:
            out.append(GoldSentence(words=list(words), spans=bio_spans(tags), doc_id=doc_id))
        words.clear()
        tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            flush()
            doc_id += 1
            continue
        cols = line.split()
        if not cols:
            flush()
            continue
        words.append(cols[0])
        tags.append(cols[-1])
    flush()
    return out


def load(lang: str, split: str) -> list[GoldSentence]:
    path = ner_path(lang, split)
    return read_germeval(path) if lang == "de" else read_conll(path)


def score(gold: Iterable[Iterable[tuple]], pred: Iterable[Iterable[tuple]]) -> dict:
    """Exact-span P/R/F1 per label and micro; each item is one sentence's (start, end, label) set."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        g, p = set(g), set(p)
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "support": t + f_n}

    labels = sorted(set(tp) | set(fp) | set(fn))
    return {
        "micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_label": {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels},
    }


def crf_spans(tagger, sentences: list[GoldSentence]) -> list[list[tuple[int, int, str]]]:
    """Run the stage's CRF tagger on gold tokens, one document (``doc_id``) at a time, as the
    stage tags one article at a time; token-offset spans per sentence."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    for group in documents(sentences):
        for i, spans in zip(group, tagger.tag_document([sentences[i].words for i in group])):
            out[i] = spans
    return out


def documents(sentences: list[GoldSentence]) -> list[list[int]]:
    """Sentence indices grouped by ``doc_id``, in order (CoNLL articles; GermEval: one sentence each)."""
    groups: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        groups.setdefault(s.doc_id, []).append(i)
    return list(groups.values())


def document_pass_spans(sentences: list[GoldSentence], pred: list[list[tuple[int, int, str]]], lang: str,
                        doc_pass=None) -> list[list[tuple[int, int, str]]]:
    """The stage's document pass on gold tokens: each document as one text (a line per
    sentence, tokens joined by spaces), token spans per sentence in and out."""
    from ..stages.entities.document import DocumentPass

    doc_pass = doc_pass or DocumentPass()
    out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    for group in documents(sentences):
        text_parts, sentence_starts, tok_of_start, tok_of_end, char_spans = [], [], {}, {}, []
        pos = 0
        for si in group:
            sentence_starts.append(pos)
            starts = []
            for ti, w in enumerate(sentences[si].words):
                starts.append(pos)
                tok_of_start[pos] = (si, ti)
                tok_of_end[pos + len(w)] = (si, ti + 1)
                pos += len(w) + 1
            text_parts.append(" ".join(sentences[si].words))
            ends = [st + len(w) for st, w in zip(starts, sentences[si].words)]
            char_spans += [(starts[a], ends[b - 1], lab, None) for a, b, lab in pred[si]]
        for s, e, lab, _ in doc_pass("\n".join(text_parts), sentence_starts, char_spans, lang):
            if s in tok_of_start and e in tok_of_end and tok_of_start[s][0] == tok_of_end[e][0]:
                si = tok_of_start[s][0]
                out[si].append((tok_of_start[s][1], tok_of_end[e][1], lab))
    return out


def evaluate(lang: str, split: str, gazetteer: bool = False, document: bool = False) -> dict:
    """Score the shipped model of ``lang`` on a gold split.

    ``gazetteer=True`` also applies the stage's gazetteer/rules on the gold
    tokens, to show what the merge adds or costs on the benchmark;
    ``document=True`` then the stage's document pass over each article.
    """
    from ..stages.entities.model import load_model

    sentences = load(lang, split)
    pred = crf_spans(load_model(lang), sentences)
    if gazetteer:
        from ..stages.entities.merge import merge_token_spans

        pred = [merge_token_spans(s.words, p, lang) for s, p in zip(sentences, pred)]
    if document:
        pred = document_pass_spans(sentences, pred, lang)
    result = score([s.spans for s in sentences], pred)
    result.update(lang=lang, split=split, sentences=len(sentences), file=str(ner_path(lang, split).name),
                  gazetteer=gazetteer, document=document)
    return result


_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "n't", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m",
                    "...", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}


def running_text(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Gold tokens joined back into text as a page would print them ("U.S. troops, he said."),
    with each token's character offsets."""
    text, offsets, quote_open = "", [], False
    for i, word in enumerate(words):
        glue = i == 0 or word in _NO_SPACE_BEFORE or words[i - 1] in _NO_SPACE_AFTER \
            or (word == '"' and quote_open) or (words[i - 1] == '"' and quote_open)
        if word == '"':
            quote_open = not quote_open
        text += "" if glue else " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
    return text, offsets


def running_text_score(lang: str, split: str) -> dict:
    """The model on running text as the stage sees it: each gold sentence joined back into text
    (``running_text``), cut by the stage's tokenizer, tagged, and scored on character spans.
    Shows what tokenisation at run time costs against the gold-token score (model alone)."""
    from ..stages.entities.model import load_model
    from ..stages.entities.tokens import tokenize

    sentences = load(lang, split)
    tagger = load_model(lang)
    gold: list[set] = []
    pred: list[set] = []
    for group in documents(sentences):
        texts, cuts = [], []
        for i in group:
            text, offsets = running_text(sentences[i].words)
            texts.append(text)
            cuts.append(tokenize(text, lang))
            gold.append({(offsets[a][0], offsets[b - 1][1], lab) for a, b, lab in sentences[i].spans})
        found = tagger.tag_document([[text[s:e] for s, e in cut] for text, cut in zip(texts, cuts)])
        pred += [{(cut[a][0], cut[b - 1][1], lab) for a, b, lab in spans} for cut, spans in zip(cuts, found)]
    return score(gold, pred)["micro"]


def markdown(results: list[dict]) -> str:
    """A table per result (micro and per label) with the published anchors below it."""
    lines: list[str] = []
    for r in results:
        lang, split = r["lang"], r["split"]
        what = "model + gazetteer" if r.get("gazetteer") else "model"
        what += " + document pass" if r.get("document") else ""
        lines += [f"### Entities, {lang}, {split} ({r['file']}, {r['sentences']} sentences, {what})", "",
                  "| label | P | R | F1 | gold |", "| --- | ---: | ---: | ---: | ---: |"]
        for lab, m in [*r["per_label"].items(), ("micro", r["micro"])]:
            name = f"**{lab}**" if lab == "micro" else lab
            lines.append(f"| {name} | {m['p']:.1f} | {m['r']:.1f} | {m['f']:.1f} | {m['support']} |")
        if r.get("running_text"):
            m = r["running_text"]
            lines += ["", f"Running text (the sentences joined back into text and cut by the stage's tokenizer, "
                          f"model alone, scored on characters): F1 {m['f']:.1f} (P {m['p']:.1f} / R {m['r']:.1f})."]
        lines += ["", "Anchors (F1): " + "; ".join(f"{n} {f:.1f}" for n, f in ANCHORS[lang]), ""]
    return "\n".join(lines)


# Datasets per suite split.  GermEval's official test split is our German training data, so German
# is scored on dev only, also when the suite asks for "test".
SUITE_SPLITS = {"dev": [("de", "dev"), ("en", "dev")], "test": [("de", "dev"), ("en", "test")],
                "all": [("de", "dev"), ("en", "dev"), ("en", "test")]}
DATASET_NAMES = {"de": "germeval2014_de", "en": "conll2003_en"}


def run(split: str) -> list[dict]:
    """What ``lesart eval entities --split`` runs: the stage's models, gazetteer and document pass, as shipped."""
    try:
        pairs = SUITE_SPLITS[split]
    except KeyError:
        raise ValueError(f"split must be one of {sorted(SUITE_SPLITS)}") from None
    results = []
    for lang, s in pairs:
        result = evaluate(lang, s, gazetteer=True, document=True)
        result["running_text"] = running_text_score(lang, s)
        results.append(result)
    return results


def gate_entries(results: list[dict]) -> list[dict]:
    """Results in the gate's shape (``eval``, ``mode``, ``split``, ``datasets``), F1 as a fraction."""
    out = []
    for r in results:
        out.append({"eval": "entities", "mode": "model+gazetteer", "split": r["split"],
                    "datasets": {DATASET_NAMES[r["lang"]]: {
                        "f1": round(r["micro"]["f"] / 100, 4),
                        **{f"f1_{lab}": round(m["f"] / 100, 4) for lab, m in r["per_label"].items()}}}})
    return out
