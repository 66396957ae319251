"""German event rules made for generality in the dev9 round (tests/data/events_de.README.md, "dev9": a blind batch of
GerNTSA and Fundus dev sentences, and the failures found by reading whole pages). The sentences below are written
for the test, not taken from the gold set."""
import pytest

from lesart.evaluation.events import code_sentence


def test_dev9_is_its_own_split_with_sentences_of_no_event():
    from lesart.evaluation.events import evaluate, load

    rows = load("all", "de")
    dev9 = load("dev9", "de")
    assert len(dev9) == 125
    assert {r["source"]["selection"] for r in dev9} == {"dev9-gerntsa-seed20", "dev9-fundus-seed22"}
    assert not {r["text"] for r in dev9} & {r["text"] for r in rows if r["split"] != "dev9"}
    # GerNTSA read on after dev7 (positions 0-699), Fundus dev pages only (never a test page)
    assert all(r["source"]["position"] >= 700 for r in dev9 if r["id"].startswith("DE-NT9"))
    none = [r for r in dev9 if not r["event"]]
    assert len(none) == 18 and all(r["status"] is None and not r["actor"] for r in none)
    res = evaluate("dev9", "de")
    assert res["none_n"] == 18 and None not in res["per_type"]


def _first(text):
    doc = code_sentence(text, "de")
    return doc.events[0] if doc.events else None


@pytest.mark.parametrize("text,actor,target", [
    # German V2 with a fronted adverbial: the name after the finite verb is the subject, the party after it the object
    ("Am Montag kritisierte Julia Klöckner die Regierung.", "Julia Klöckner", "Regierung"),
    ("Am Montag hat Julia Klöckner die Regierung scharf kritisiert.", "Julia Klöckner", "Regierung"),
    ("Dabei verurteilte Tino Chrupalla die Proteste vor dem Wohnhaus der Ministerin.", "Tino Chrupalla", "Ministerin"),
])
def test_subject_after_the_finite_verb_is_the_actor(text, actor, target):
    ev = _first(text)
    assert ev.actor.text == actor and ev.target.text == target


@pytest.mark.parametrize("text,actor", [
    ("Am Montag wurde Julia Klöckner von der Regierung kritisiert.", "Regierung"),     # passive: acted on
    ("Gestern verhaftete die Polizei Julia Klöckner.", "Polizei"),                     # the subject comes first
])
def test_a_name_after_the_verb_that_is_no_subject_is_not_the_actor(text, actor):
    assert _first(text).actor.text == actor
