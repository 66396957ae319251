"""English news: general rules added after news-dev2/news-dev errors (2026-11-27, helper B, issue 6).
Each sentence is helper-written wording of a construction, not a gold row."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    evs = code_sentence(text, "en").events
    return evs[0] if evs else None


@pytest.mark.parametrize("text,code", [
    ("Cruz criticized the deal on Sunday.", "USA"),
    ("McConnell condemned the decision.", "USA"),
    ("Christie praised the governor.", "USA"),
    ("Ash Carter warned China against provocative behavior.", "USA"),
])
def test_us_politicians_of_the_news_have_their_state(text, code):
    ev = first(text)
    assert ev is not None and ev.actor is not None and ev.actor.code == code


@pytest.mark.parametrize("text", [
    "He attacked Cruz relentlessly in Iowa.",
    "Trump attacked Hillary Clinton over her emails.",
])
def test_attacking_a_coded_politician_is_criticism(text):
    ev = first(text)
    assert ev.type == "ACCUSE" and ev.mode == "disapprove"


def test_attacking_a_titled_person_with_force_stays_assault():
    assert first("Rebels attacked President Bashir.").type == "ASSAULT"
