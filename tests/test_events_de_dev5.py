"""German event rules made from the errors of the blind WikiNews sample dev5 (tests/data/events_de.README.md,
"dev5"); the split itself must leave dev and test alone."""
import pytest


def _first(text: str):
    from lesart.evaluation.events import code_sentence
    events = code_sentence(text, "de").events
    return events[0] if events else None


def _type(text: str):
    ev = _first(text)
    return ev.type if ev else None


def test_dev5_is_its_own_split_and_keeps_test_articles_out():
    from lesart.evaluation.events import load

    rows = load("all", "de")
    dev5 = load("dev5", "de")
    assert len(dev5) == 63 and all(r["source"]["selection"] == "country" for r in dev5)
    assert len(load("dev", "de")) == 668 and len(load("test", "de")) == 120
    test_articles = {r["source"]["document"].split(" - ")[0] for r in rows if r["split"] == "test"}
    assert not test_articles & {r["source"]["document"].split(" - ")[0] for r in dev5}
    assert not {r["text"] for r in dev5} & {r["text"] for r in rows if r["split"] != "dev5"}
