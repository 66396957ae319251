"""English news: general rules added after the news-dev5 errors (2026-11-27, issue 6).
Sentences from the news-dev5 batch (PolNeAR campaign text, a tuning split since its blind score was taken) and
helper-written wording of the same constructions."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    evs = code_sentence(text, "en").events
    return evs[0] if evs else None


def test_two_word_name_calling_counts():
    ev = first("Rubio called Trump a con man.")
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "disapprove"


@pytest.mark.parametrize("text", [
    "He insisted Curiel had “an inherent conflict of interest” in the case despite being American.",
    "The rebels insisted that they had not attacked the town, the spokesman said.",
])
def test_insisting_on_a_fact_is_no_request(text):
    ev = first(text)
    assert ev is None or ev.type != "REQUEST"


@pytest.mark.parametrize("text", [
    "Russia insisted on a vote in the Security Council.",
    "China insisted that Japan must apologise.",
])
def test_insisting_on_an_act_stays_a_request(text):
    assert first(text).type == "REQUEST"


def test_a_named_partys_report_judged_in_reported_speech():
    ev = first("Clinton spokesman Brian Fallon said the AP report is misleading because it only focuses on one small "
               "subset of Clinton’s day-to-day activities.")
    assert ev.type == "ACCUSE" and ev.target is not None and ev.target.code == "USA"
    ev = first("Officials said the U.S. economy is weak.")
    assert ev is None or ev.type != "ACCUSE"


@pytest.mark.parametrize("text, etype", [
    ("Cruz disavowed Lindsey Graham’s endorsement on Tuesday.", "REJECT"),
    ("His supporters routinely boo at the mention of her name.", "ACCUSE"),
    ("Rubio pushed back on those claims Thursday.", "ACCUSE"),
    ("In his statement Saturday, Sanders did go further in trying to hold Snyder accountable.", "ACCUSE"),
    ("The move drew a supportive response from American officials.", "SUPPORT"),
    ("Residents are trying to collect money and give blood to the victims.", "AID"),
    ("A Secret Service agent was seen grabbing a photographer by the throat during a protest.", "ASSAULT"),
    ("\"It is time for Congress to stop playing politics with the health of families in Florida,\" Scott said.",
     "REQUEST"),
])
def test_news_wording(text, etype):
    assert first(text).type == etype


def test_the_giver_of_a_drawn_response_is_the_actor():
    ev = first("The move drew a supportive response from American officials.")
    assert ev.actor is not None and ev.actor.code == "USA"


def test_a_hedge_fund_is_no_aid():
    ev = first("Hillary Clinton turned the State Department into her private hedge fund.")
    assert ev is None or ev.type != "AID"
