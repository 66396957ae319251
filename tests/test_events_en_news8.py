"""English news: general rules added after the news-dev8 errors (2026-11-28, issue 6).
Sentences from the news-dev8 batch (a tuning split since its blind score was taken), one Scrapinghub dev page and
helper-written wording of the same constructions (campaign and sports senses of force and request words)."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    evs = code_sentence(text, "en").events
    return evs[0] if evs else None


@pytest.mark.parametrize("text", [
    "Clinton’s judgment has also been called into question with regard to her push to overthrow Libyan dictator "
    "Moammar Gadhafi.",
    "Trump continued to question whether Cruz's birth in Canada makes him ineligible for the White House.",
    "Trump’s comments have drawn scrutiny from some who saw the comment as a dig at America’s military.",
    "Days after its report was issued, the Holocaust Museum issued a statement of concern about political "
    "resistance to welcoming Syrian refugees to the United States.",
    "Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.",
    "Obama Just Pulled Out The Race Card On Donald Trump In A Major Way.",
    "When Donald Trump attacked a federal judge whose parents were born in Mexico, Hispanic Americans were outraged.",
    "Progressives have been especially upset that Wasserman Schultz was undermining new Obama administration rules.",
    "On Monday, Trump groused to a crowd that CNN “doesn’t treat me properly”.",
])
def test_criticism_wordings_are_accuse(text):
    ev = first(text)
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "disapprove"


def test_blame_pinned_on_is_an_allegation():
    ev = first("Bernie Sanders Pins The Rise Of ISIS On ‘Disastrous’ Invasion Of Iraq")
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "allege"


def test_reopened_investigation_is_investigate():
    ev = first("However, Swedish prosecutors decided to reopen the investigation in May.")
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "investigate"
    assert ev.actor is not None and ev.actor.code == "SWE"


@pytest.mark.parametrize("text", [
    "But Flynn said Trump has “enormous respect” for the military.",
    "Symms said he has been impressed by Ayotte in the past.",
    "\"In the United States, first-, second- and third-generation Mexicans are just beyond reproach - spectacular, "
    "spectacular, hard-working people.",
])
def test_praise_is_support(text):
    ev = first(text)
    assert ev is not None and ev.type == "SUPPORT"


def test_call_with_counterpart_is_consult_with_his_state():
    ev = first("Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo \"to discuss potential "
               "alliance responses to the recent apparent North Korean nuclear test,\" according to a Pentagon readout.")
    assert ev is not None and ev.type == "CONSULT"
    assert ev.actor is not None and ev.actor.code == "USA"
    assert ev.target is not None and ev.target.code == "KOR"


def test_blocking_an_attempt_is_reject():
    ev = first("Russia had long blocked China's attempts to create an infrastructure development bank.")
    assert ev is not None and ev.type == "REJECT"
    assert ev.actor.code == "RUS" and ev.target.code == "CHN"


def test_pushing_a_party_to_act_is_request():
    ev = first("Bernie Sanders is pushing fellow Senate Democrats to reject the Puerto Rico debt deal.")
    assert ev is not None and ev.type == "REQUEST"


def test_fired_back_at_names_the_recipient():
    ev = first("Former Mexican presidents Vicente Fox and Felipe Calderón promptly fired back at Trump over the proposal.")
    assert ev is not None and ev.type == "ACCUSE"
    assert ev.actor.code == "MEX" and ev.target is not None and ev.target.text == "Trump"


def test_place_entered_is_not_the_passive_target():
    # a Scrapinghub dev page (indiapost.com): California was the recipient of the deportation
    ev = first("From there, I tried to enter California on May 16 but was caught by police and deported from "
               "Arizona,” he said.")
    assert ev is not None and ev.type == "COERCE"
    assert ev.target is None or ev.target.text not in ("California", "Arizona")


@pytest.mark.parametrize("text", [
    "She holds appeal to voters in the suburbs.",
    "Biden holds broad appeal to working-class voters.",
    "Trump made an appeal to evangelical voters on Sunday.",
    "''President Kim has used his first term to focus the World Bank on today's most pressing global development "
    "challenges,'' Mr. Smith said.",
    "“It was Barack Obama who helped undo all the hard fought gains that our soldiers won.\"",
    "''He has put his fair share into hiring union people,'' said the president of a construction trades council.",
    "“When Donald Trump comes, Republicans are going to have recruit interns to sit in the seats,” he said.",
])
def test_campaign_senses_are_no_request_or_force(text):
    ev = first(text)
    assert ev is None or ev.type not in ("REQUEST", "ASSAULT", "MOBILIZE", "COOPERATE")


@pytest.mark.parametrize("text", [
    "The Warriors beat the Cavaliers 112-103 on Tuesday.",
    "The Patriots crushed the Jets 30-3.",
    "The team launched an attack in the second half of the game.",
])
def test_sports_reports_are_no_force(text):
    assert first(text) is None


@pytest.mark.parametrize("text,typ", [
    ("Militants attacked fans at the stadium, killing three.", "ASSAULT"),
    ("Gunmen attacked a judge in Kabul on Monday.", "ASSAULT"),
    ("The UN appealed to the warring parties to stop fighting.", "REQUEST"),
    ("Pakistan appealed to India to release the fishermen.", "REQUEST"),
    ("Police beat protesters outside the stadium.", "ASSAULT"),
])
def test_force_and_appeals_stay(text, typ):
    ev = first(text)
    assert ev is not None and ev.type == typ


@pytest.mark.parametrize("text", [
    "But they are convinced that the president could have accomplished much more if only he’d fought harder for his "
    "agenda.",
    "She fights hard for working families in Ohio.",
])
def test_fighting_hard_for_a_cause_is_no_assault(text):
    ev = first(text)
    assert ev is None or ev.type != "ASSAULT"


def test_fighting_stays_assault():
    ev = first("Government troops fought rebels near Aleppo on Sunday.")
    assert ev is not None and ev.type == "ASSAULT"


def test_calling_off_a_strike_is_a_concession_and_blocking_sanctions_a_rejection():
    ev = first("The dockworkers' union called off the strike on Friday.")
    assert ev is not None and ev.type == "CONCEDE"
    ev = first("Hungary blocked the EU sanctions package.")
    assert ev is not None and ev.type == "REJECT" and ev.actor.code == "HUN"


def test_a_range_is_no_score():
    # "3-5 years" is no game's score: the attack stays what the lexicon makes of it, not a sports report's play
    ev = first("The country could attack its neighbour within 3-5 years, analysts said.")
    assert ev is not None and ev.type == "ASSAULT"
