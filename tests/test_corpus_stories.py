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


def _lines(kinds_texts, source="text"):
    """A document whose blocks are the given (kind, text) lines, as the extractor would leave them."""
    from lesart.model import Block

    d = Document(id="h", source=SourceInfo(kind=source), language="en", published="2016-03-18")
    pos = 0
    for kind, text in kinds_texts:
        d.blocks.append(Block(start=pos, end=pos + len(text), text=text, kind=kind))
        pos += len(text) + 2
    d.text = "\n\n".join(t for _, t in kinds_texts)
    titles = [b.text for b in d.blocks if b.kind == "title"]
    d.title = titles[0] if titles else None
    return d


def test_headline_is_the_opening_line_of_plain_text_even_where_the_extractor_cut_it():
    """The line model may cut a text's headline and take its deck for the title; stories read the headline."""
    from lesart.corpus.stories import headline, word_counts

    body = ("body", "A group of rabbis is planning to boycott the speech next week.")
    d = _lines([("boilerplate", "Rabbis vow to boycott Trump speech to pro-Israel group."),
                ("title", "Protest is set as Jewish leaders consider qualms about GOP front-runner."), body])
    assert headline(d) == "Rabbis vow to boycott Trump speech to pro-Israel group."
    wc = word_counts(d)
    assert wc["rabbi"] == 3 and wc["qualm"] == 0          # headline words count twice more, the deck's not at all
    # the same article where the extractor got it right reads the same
    same = _lines([("title", "Rabbis vow to boycott Trump speech to pro-Israel group."),
                   ("boilerplate", "Protest is set as Jewish leaders consider qualms about GOP front-runner."), body])
    assert word_counts(same) == wc
    # a live blog whose timestamp became the title
    blog = _lines([("boilerplate", "The Latest: Sanders wins Minnesota caucuses.\n\nWASHINGTON (AP) - The Latest."),
                   ("title", "9:42 p.m."), body])
    assert headline(blog) == "The Latest: Sanders wins Minnesota caucuses."


def test_bylines_stamps_and_pages_keep_the_extractors_title():
    from lesart.corpus.stories import headline

    body = ("body", "The council voted on the budget on Monday after a long debate.")
    for opening in ("By Jane Doe and John Roe", "Von Max Mustermann, Berlin", "Updated 10:28 am, March 3",
                    "25.03.2016 Lokales", "Analyse"):
        d = _lines([("boilerplate", opening), ("title", "Council passes the budget"), body])
        assert headline(d) == "Council passes the budget", opening
    nav = _lines([("navigation", "Home News Politics"), ("boilerplate", "Budget vote ends a long dispute today"),
                  ("title", "Council passes the budget"), body], source="html")
    assert headline(nav) == "Council passes the budget"       # pages name their title in markup and metadata
    nav_text = _lines([("navigation", "Home News Politics"), ("boilerplate", "Council passes the budget today"), body])
    assert headline(nav_text) == "Council passes the budget today"


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
    # Pinned minimums a little under the measured 0.853 / 0.517, March 0.858 (with the headline read from
    # the opening line; 0.849 / 0.504 / 0.846 with the extractor's title).  Single links sit within 0.005 of
    # the threshold, so the score still moves by up to 0.01 with upstream analysis: the margin is wider
    # than that.
    assert r["bcubed"]["f1"] >= 0.84
    assert r["pairwise"]["f1"] >= 0.48
    assert r["held_part"]["bcubed_f1"] >= 0.84        # March, never used for tuning
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
