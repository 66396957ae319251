"""Recipe that retrains the shipped NER models.

    python -m lesart.stages.entities.train --lang de|en [--[no-]word-vectors] [--set KEY=VALUE]
        [--pretrain-epochs N] [--max-steps N] [--work DIR] [--no-install]

With ``--word-vectors`` (the default for German, see WORD_VECTORS) word2vec
vectors are first trained on raw news text (vectors.py; needs the ``train``
extra, gensim) and join the gazetteer flags as the static vectors.

With ``--pretrain-epochs N`` the tok2vec layer is first pretrained (spaCy's
character objective) on raw news text from ../shared/data -- never on the
tuning or test text -- and the NER training starts from those weights.
(Not used for the shipped models: on the shared 2-core machine it ran at
~250 words/s, far too slow for the ~1M words available.)

German trains on GermEval 2014 *test* and tunes on *dev* (the train split is
not available here); English trains on CoNLL-2003 eng.train and tunes on
eng.testa.  The best checkpoint on the tuning split (spaCy's ``model-best``)
is copied to ``models/<lang>/``; the model card beside it is kept.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import time
from pathlib import Path

from ...evaluation import entities as gold

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "ner.cfg"
MODELS = HERE / "models"
# Sentences per training doc: batching by doc, CoNLL keeps its articles whole.
GERMEVAL_DOC_SIZE = 10
# 1.1.0: German adds the raw-text word vectors.
MODEL_VERSION = {"de": "1.1.0", "en": "1.0.0"}
# Steps that fit the 15-minute budget on a shared 2-core machine (dev F1 is
# flat after ~1,500 steps in both languages); German has half the words per
# epoch, so its 2,000 steps are already ~16 epochs.
MAX_STEPS = {"en": 2500, "de": 2000}
# Which languages' models add word2vec vectors from raw text (vectors.py) to the gazetteer flags:
# German gained 3 F1 on dev; English (14k training sentences, 1.3M raw tokens) only 0.6 on testa
# (89.0 vs 88.4 with ner.cfg's settings), not enough to pay for the larger model.
WORD_VECTORS = {"de": True, "en": False}
# ner.cfg settings that differ when the word vectors are used.  Fewer NORM rows pay for the vectors'
# size; with the vectors German peaks after ~5 epochs, hence the finer checkpointing.
SETTINGS = {"de": {"training.dropout": 0.3, "components.tok2vec.model.embed.rows": [10000, 5000, 5000, 2500],
                   "training.eval_frequency": 250}}


def to_docbin(nlp, sentences: list[gold.GoldSentence], lang: str):
    """Gold sentences as spaCy docs (gold tokens, entity spans set)."""
    from spacy.tokens import Doc, DocBin, Span

    groups: list[list[gold.GoldSentence]] = []
    if lang == "en":
        for s in sentences:
            if groups and groups[-1][0].doc_id == s.doc_id:
                groups[-1].append(s)
            else:
                groups.append([s])
    else:
        groups = [sentences[i:i + GERMEVAL_DOC_SIZE] for i in range(0, len(sentences), GERMEVAL_DOC_SIZE)]
    db = DocBin(store_user_data=False)
    for group in groups:
        words, ents, starts = [], [], []
        for s in group:
            offset = len(words)
            words += s.words
            starts += [True] + [False] * (len(s.words) - 1)
            ents += [(offset + a, offset + b, lab) for a, b, lab in s.spans]
        doc = Doc(nlp.vocab, words=words, sent_starts=starts)
        doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in ents]
        db.add(doc)
    return db


def prepare(lang: str, work: Path) -> tuple[Path, Path]:
    import spacy

    nlp = spacy.blank(lang)
    paths = []
    for split in ("train", "dev"):
        path = work / f"{split}.spacy"
        to_docbin(nlp, gold.load(lang, split), lang).to_disk(path)
        paths.append(path)
    return paths[0], paths[1]


def _paragraphs(text: str):
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if len(para.split()) >= 5:
            yield para


def raw_texts(lang: str):
    """Unlabelled news text for pretraining: the NER training split and other corpora's text.

    The NER tuning/test splits are left out, so pretraining sees none of the text we score on.
    """
    data = gold.shared_dir() / "data"
    for s in gold.load(lang, "train"):
        yield " ".join(s.words)
    for line in (data / "extraction" / "eval.jsonl").open(encoding="utf-8"):
        item = json.loads(line)
        if item.get("lang") == lang:
            yield from _paragraphs(item["gold_text"])
    if lang == "de":
        for split in ("train", "dev", "test"):
            with gzip.open(data / "attribution" / "de-wikinews-quotation" / f"{split}.jsonl.gz", "rt",
                           encoding="utf-8") as f:
                for line in f:
                    yield from _paragraphs(json.loads(line)["originalText"])
        import trafilatura

        for page in sorted((data / "extraction" / "trafilatura_de" / "html").glob("*.html.gz")):
            text = trafilatura.extract(gzip.decompress(page.read_bytes()).decode("utf-8", "replace"))
            yield from _paragraphs(text or "")
    else:
        for page in sorted((data / "attribution" / "en-polnear").glob("*/text/*")):
            yield from _paragraphs(page.read_text(encoding="utf-8", errors="replace"))


def pretrain(lang: str, work: Path, epochs: int) -> Path:
    """Pretrain tok2vec on raw text; returns the weights file of the last epoch."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    raw = work / "raw.jsonl"
    with raw.open("w", encoding="utf-8") as f:
        for text in raw_texts(lang):
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    import spacy

    # The training config, auto-filled as `spacy train` would, plus spaCy's pretraining defaults.
    filled = spacy.util.load_model_from_config(load_config(CONFIG, overrides={"nlp.lang": lang}),
                                               auto_fill=True).config
    defaults = load_config(Path(spacy.__file__).parent / "default_config_pretraining.cfg", interpolate=False)
    config = filled.merge(defaults)
    config["paths"]["raw_text"] = str(raw)
    from .features import build_vectors_model

    build_vectors_model(lang, work / "vectors")
    config["paths"]["vectors"] = str(work / "vectors")
    config["pretraining"]["max_epochs"] = epochs
    out = work / "pretrain"
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    spacy_pretrain(config.interpolate(), out, silent=False)
    print(f"pretrained {lang} tok2vec in {time.time() - t0:.0f}s")
    return out / "model-last.bin"


def train(lang: str, work: Path, max_steps: int | None = None, install: bool = True,
          init_tok2vec: Path | None = None, word_vectors: bool = False,
          settings: dict[str, object] | None = None) -> Path:
    from spacy.cli.train import train as spacy_train

    from .features import build_vectors_model

    work.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = prepare(lang, work)
    if word_vectors:
        from .vectors import train_vectors

        build_vectors_model(lang, work / "vectors", train_vectors(lang, work))
    else:
        build_vectors_model(lang, work / "vectors")
    overrides = {"nlp.lang": lang, "paths.train": str(train_path), "paths.dev": str(dev_path),
                 "paths.vectors": str(work / "vectors"),
                 "training.max_steps": max_steps or MAX_STEPS[lang]}
    overrides.update(SETTINGS.get(lang, {}) if word_vectors else {})
    overrides.update(settings or {})
    if init_tok2vec:
        overrides["paths.init_tok2vec"] = str(init_tok2vec)
    t0 = time.time()
    spacy_train(CONFIG, work / "output", overrides=overrides)
    print(f"trained {lang} in {time.time() - t0:.0f}s")
    best = work / "output" / "model-best"
    if install:
        install_model(best, lang)
    return best


def install_model(best: Path, lang: str) -> None:
    """Copy a trained pipeline to ``models/<lang>/``, keeping the model card there."""
    target = MODELS / lang
    card = (target / "MODEL_CARD.md").read_text(encoding="utf-8") if (target / "MODEL_CARD.md").exists() else None
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(best, target)
    _name_model(target, lang)
    if card is not None:
        (target / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    print(f"installed {best} -> {target}")


def _name_model(target: Path, lang: str) -> None:
    """Give the copied pipeline a name and version; the stage reports them in ``doc.pipeline``."""
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=f"lesart_ner_{lang}", version=MODEL_VERSION[lang],
                description="lesart NER (PER, ORG, LOC, MISC); see MODEL_CARD.md")
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")


def _setting(text: str) -> tuple[str, object]:
    key, _, value = text.partition("=")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("de", "en"), required=True)
    ap.add_argument("--work", type=Path, default=None, help="scratch folder (default: /tmp/lesart-ner-<lang>)")
    ap.add_argument("--max-steps", type=int, default=None, help="training steps (default: %s)" % MAX_STEPS)
    ap.add_argument("--pretrain-epochs", type=int, default=0, help="pretrain tok2vec on raw text first")
    ap.add_argument("--init-tok2vec", type=Path, default=None, help="start from these pretrained weights")
    ap.add_argument("--word-vectors", action=argparse.BooleanOptionalAction, default=None,
                    help="add word2vec vectors from raw text, vectors.py (default: %s)" % WORD_VECTORS)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a ner.cfg setting, e.g. training.dropout=0.3 (repeatable)")
    ap.add_argument("--no-install", action="store_true", help="leave models/<lang> as it is")
    args = ap.parse_args(argv)
    work = args.work or Path(f"/tmp/lesart-ner-{args.lang}")
    work.mkdir(parents=True, exist_ok=True)
    init = args.init_tok2vec
    if args.pretrain_epochs:
        init = pretrain(args.lang, work, args.pretrain_epochs)
    vectors = WORD_VECTORS[args.lang] if args.word_vectors is None else args.word_vectors
    train(args.lang, work, args.max_steps, install=not args.no_install, init_tok2vec=init,
          word_vectors=vectors, settings=dict(_setting(kv) for kv in args.set))


if __name__ == "__main__":
    main()
