"""German event rules made from the errors of the blind news sample dev6 (tests/data/events_de.README.md, "dev6":
news pages of trafilatura's German evaluation set); the split itself must leave dev and test alone."""
import pytest  # noqa: F401


def _first(text: str):
    from lesart.evaluation.events import code_sentence
    events = code_sentence(text, "de").events
    return events[0] if events else None


def _type(text: str):
    ev = _first(text)
    return ev.type if ev else None


def test_dev6_is_its_own_split_from_pages_no_batch_read():
    from lesart.evaluation.events import load

    rows = load("all", "de")
    dev6 = load("dev6", "de")
    assert len(dev6) == 75 and all(r["source"]["selection"] == "dev6-seed19" for r in dev6)
    assert all(r["source"]["document"].startswith("trafilatura-eval/") for r in dev6)
    assert len(load("dev", "de")) == 668 and len(load("test", "de")) == 120
    assert not {r["text"] for r in dev6} & {r["text"] for r in rows if r["split"] != "dev6"}
