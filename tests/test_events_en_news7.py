"""English news: general rules added after the news-dev7 errors (2026-11-28, issue 6).
Sentences from the news-dev7 batch (scrapinghub dev pages and PolNeAR dev campaign text, a tuning split since its
blind score was taken) and helper-written wording of the same constructions."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    evs = code_sentence(text, "en").events
    return evs[0] if evs else None


@pytest.mark.parametrize("text", [
    "Senate Minority Leader Harry Reid (D-Nev.), in particular, has been steadily pounding Trump as a “con artist”.",
    "Meanwhile, it attacked Trump, saying he “has offended Hispanics, women, the disabled and former prisoners of war "
    "with his insults and bombast.”",
    "A new ad from Donald Trump’s presidential campaign is seizing on recent comments his rival made.",
    "Organizations that seek to combat political misinformation cried foul.",
    "Trump took offense at suggestions that he is not a self-made billionaire.",
    "Republicans said the findings raised more troubling questions about the Justice Department's actions.",
    "On Monday night, Clinton leaned in heavy and often, painting Trump as a Romney caricature.",
])
def test_criticism_idioms_are_accuse(text):
    ev = first(text)
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "disapprove"


@pytest.mark.parametrize("text", [
    "And I think his tweet yesterday was all about demonstrating that she was trying to distract attention.",
    "The study demonstrates how the policy failed.",
    "Primarily, Google tells us you should expect to buy, not rent cloud games.",
])
def test_no_act(text):
    ev = first(text)
    assert ev is None or ev.type not in ("PROTEST", "REQUEST")


@pytest.mark.parametrize("text,typ", [
    ("Russian artillery pounded Aleppo overnight.", "ASSAULT"),
    ("Police seized on Tuesday three tons of cocaine.", "COERCE"),
    ("The rebels demanded the release of the hostages.", "REQUEST"),
    ("Protesters demonstrated outside the embassy.", "PROTEST"),
])
def test_force_seizures_and_releases_stay(text, typ):
    assert first(text).type == typ


def test_the_release_of_documents_is_no_retreat_and_want_x_to_is_a_request():
    ev = first("The US wants the UK to extradite Assange, 47, over his alleged role in the release of classified "
               "military and diplomatic material in 2010.")
    assert ev.type == "REQUEST" and ev.actor.code == "USA" and ev.target.code == "GBR"


@pytest.mark.parametrize("text,typ", [
    ("Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday for his role in a widespread scheme.", "ACCUSE"),
    ("The CEO was grilled by senators over the scandal.", "ACCUSE"),
    ("Ohio Democratic Party Chairman David Pepper called Friday's decision a \"huge win for Ohio voters.\"", "SUPPORT"),
    ("“Neither the president nor Congress should be permitted to make us wait another day to pass JASTA,” she said.",
     "REQUEST"),
    ("Iran should not be allowed to enrich uranium, the minister said.", "REQUEST"),
])
def test_grilling_praise_by_label_and_should_not_be_allowed(text, typ):
    assert first(text).type == typ


@pytest.mark.parametrize("text", ["Grilled chicken is a healthy option.", "Grill the steaks for five minutes."])
def test_food_is_grilled_by_no_one(text):
    assert first(text) is None


def test_the_accused_in_a_passive_is_the_subject_not_a_party_named_in_the_charge():
    ev = first("Russia and the Syrian government have been accused of creating a humanitarian disaster in the Rukban "
               "camp by blocking the delivery of aid in an attempt to force the U.S. to abandon the al-Tanf base.")
    assert ev.type == "ACCUSE" and ev.target.code == "RUS"


def test_naacp_is_a_us_organisation():
    ev = first("In late September, a group of black parents sent a letter to the NAACP board of directors urging them "
               "to reconsider.")
    assert ev.type == "REQUEST" and ev.target.code == "USA"


@pytest.mark.parametrize("text", [
    "Penn State quarterback Sean Clifford said he received death threats on social media after the loss.",
    "The man threatened to kill the president.",
    "He pleaded guilty to threatening to assault and murder a United States official.",
])
def test_threats_against_life_are_threats_of_violence(text):
    ev = first(text)
    assert ev.type == "THREATEN" and ev.mode == "violence"


@pytest.mark.parametrize("text", [
    "If you offer a customized service to an exclusive group of people, you can focus on building a referral network.",
    "Retiring early doesn't have to mean never earning a paycheck again — unless you want it to.",
])
def test_the_reader_addressed_acts_in_no_event(text):
    assert first(text) is None


def test_you_as_an_object_leaves_the_act():
    assert first("“We implore you to allow our volunteer physicians to hold a vaccine clinic,” the physicians stated "
                 "in the letter.").type == "REQUEST"


@pytest.mark.parametrize("text", [
    "They had a loft, which he didn't visit much, but they did have an en-suite bathroom.",
    "While the man's symptoms improved a bit after that visit, they worsened later that month.",
])
def test_a_meeting_between_no_parties_is_no_event(text):
    assert first(text) is None


def test_a_visit_between_states_stays():
    assert first("The Chinese premier visited Japan on Monday.").type == "CONSULT"


def test_walking_off_the_job_is_a_strike_not_the_demand():
    ev = first("Workers at the state oil company walked off the job demanding higher wages.")
    assert ev.type == "PROTEST" and ev.mode == "strike"


def test_a_time_limit_with_its_or_else_is_an_ultimatum():
    assert first("The rebels gave the government 48 hours to release the prisoners or face attacks.").type == "THREATEN"
    ev = first("The president gave his aides two days to prepare a report.")
    assert ev is None or ev.type != "THREATEN"


@pytest.mark.parametrize("text,typ", [
    ("Talks between the two Koreas were suspended after the incident.", "SANCTION"),
    ("Aid to the country was halted last week.", "SANCTION"),
    ("Moscow said it would respond to any NATO expansion with military measures.", "THREATEN"),
    ("Verizon has struck a provisional work agreement with unions representing nearly 40,000 employees.", "AGREE"),
])
def test_passive_stops_announced_answers_and_struck_agreements(text, typ):
    assert first(text).type == typ


def test_talks_held_stay_talks():
    assert first("The talks were held in Geneva.").type == "CONSULT"


def test_troops_that_massed_are_mobilised():
    ev = first("Ten thousand troops massed on the border.")
    assert ev.type == "MOBILIZE" and ev.mode == "troops"
