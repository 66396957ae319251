"""Stories: online clustering units, metrics, and the evaluation on the hand-labelled PolNeAR set."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lesart.corpus.evaluate import bcubed, pairwise_prf, story_labels
from lesart.model import Document, Entity, SourceInfo
from conftest import SHARED, needs_shared


def test_metrics_on_a_small_case():
    gold = {"a": 1, "b": 1, "c": 2, "d": 3}
    pred = {"a": "x", "b": "x", "c": "x", "d": "y"}
    pw = pairwise_prf(pred, gold)
    assert (pw["tp"], pw["fp"], pw["fn"]) == (1, 2, 0)
    b = bcubed(pred, gold)
    assert b["recall"] == 1.0 and b["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)


def _doc(id, text, published, lang="en", ents=()):
    d = Document(id=id, source=SourceInfo(kind="text"), text=text, language=lang, published=published)
    from lesart.model import Block
    d.blocks = [Block(start=0, end=len(text), text=text, kind="body")]
    for name, kb in ents:
        i = text.find(name)
        d.entities.append(Entity(start=i, end=i + len(name), text=name, label="LOC", kb_id=kb))
    return d


def test_time_window_and_topics_separate_stories():
    from lesart.corpus.stories import StoryIndex

    quake = "A strong earthquake struck the coast of Chile near Valparaiso, damaging buildings and cutting power."
    quake2 = "Rescue teams searched damaged buildings in Valparaiso after the earthquake in Chile cut power lines."
    vote = "Parliament in Oslo voted on the fishing quota bill after a long debate about coastal jobs in Norway."
    idx = StoryIndex()
    a = idx.assign(_doc("q1", quake, "2025-01-01", ents=[("Chile", "CHL")]))
    b = idx.assign(_doc("q2", quake2, "2025-01-02", ents=[("Chile", "CHL")]))
    c = idx.assign(_doc("v1", vote, "2025-01-02", ents=[("Norway", "NOR")]))
    late = idx.assign(_doc("q3", quake2, "2025-03-01", ents=[("Chile", "CHL")]))   # outside the window
    assert a.new and not b.new and b.story == a.story
    assert c.new and c.story != a.story
    assert late.new


def test_inflected_forms_are_one_term():
    from lesart.corpus.stories import word_counts

    d = _doc("c", "The caucuses opened. The caucus closed.", "2016-02-01")
    assert word_counts(d)["caucus"] == 2
    de = _doc("w", "Die Wahlen begannen. Nach der Wahl kam der Streit.", "2016-02-01", lang="de")
    assert word_counts(de)["wahl"] == 2


@needs_shared
def test_labels_cover_the_window_and_leave_polnear_test_out():
    gold = story_labels(shared=SHARED)
    assert len(gold) >= 150
    assert all(not name.startswith("parc") for name in gold)
    import csv
    meta = SHARED / "data" / "attribution" / "en-polnear" / "metadata.tsv"
    with open(meta, encoding="utf-8") as f:
        test = {r["filename"] for r in csv.DictReader(f, delimiter="\t") if r["compartment"] == "test"}
    assert not set(gold) & test


@needs_shared
@pytest.mark.gold
@pytest.mark.slow
def test_story_eval_on_labelled_polnear(tmp_path_factory):
    """Analyses 187 articles (minutes); set LESART_CORPUS_CACHE to keep them between runs."""
    from lesart.corpus.evaluate import eval_stories, labelled_documents, warm_texts

    cache = Path(os.environ["LESART_CORPUS_CACHE"]) if os.environ.get("LESART_CORPUS_CACHE") \
        else tmp_path_factory.mktemp("stories")
    docs, gold = labelled_documents(SHARED, cache)
    r = eval_stories(docs, gold, warm_texts(gold, SHARED))
    # Pinned minimums a little under the measured 0.849 / 0.504, March 0.846 (docs/evaluation.md).
    # The score moves by about 0.01 with upstream analysis (titles, entities), so the
    # margin is wider than scorer noise; the goal of 0.85 is not yet met on the held-out half.
    assert r["bcubed"]["f1"] >= 0.835
    assert r["pairwise"]["f1"] >= 0.47
    assert r["held_part"]["bcubed_f1"] >= 0.83        # March, never used for tuning
    assert r["bcubed"]["f1"] > r["baseline_singletons"]["bcubed"]["f1"]


def test_index_of_an_older_format_is_rebuilt_not_mixed(tmp_path):
    """A version-1 index (unlemmatised statistics) is refused by from_json and replaced by load_index."""
    import json

    import pytest

    from lesart.corpus.stories import StaleIndexError, StoryIndex
    from lesart.corpus.store_adapter import load_index

    old = json.loads(StoryIndex().to_json())
    old["format"] = "lesart.stories/1"
    old["n_docs"] = 5
    path = tmp_path / "corpus.db.stories.json"
    path.write_text(json.dumps(old), "utf-8")
    with pytest.raises(StaleIndexError):
        StoryIndex.from_json(path.read_text("utf-8"))
    assert load_index(path).n_docs == 0
    with pytest.raises(ValueError, match="not a lesart story index"):
        StoryIndex.from_json('{"format": "something else"}')
