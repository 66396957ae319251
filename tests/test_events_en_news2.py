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


@pytest.mark.parametrize("text", [
    "The senator blasted the administration for its Iran policy.",
    "Republicans blasted the plan as a giveaway to Iran.",
    "An outside Republican group is blasting out missives about Clinton's role in Libya.",
    "Cruz hit back at Trump on Sunday.",
    "Democrats ripped the Republican plan as reckless.",
    "The candidate took a shot at Obama over the Iran deal.",
    "Obama drew fire from Republicans for the prisoner swap.",
    "Trump has been critical of NATO.",
    "The State Department said it was deeply concerned by the arrests.",
])
def test_criticism_in_news_idiom(text):
    ev = first(text)
    assert ev.type == "ACCUSE" and ev.mode == "disapprove"


@pytest.mark.parametrize("text", [
    "Militants blasted the police station with rockets.",
    "The explosion blasted a hole in the wall of the embassy.",
    "Rebels launched a new attack on the city.",
])
def test_blasts_and_attacks_stay_assault(text):
    assert first(text).type == "ASSAULT"


def test_a_probe_into_an_attack_is_the_investigation():
    ev = first("Congress launched a probe into the attack.")
    assert ev.type == "ACCUSE" and ev.mode == "investigate"


def test_war_crimes_charged_and_kind_words():
    assert first("Amnesty International said Israeli forces had committed war crimes.").type == "ACCUSE"
    assert first("Trump had kind words for Putin.").type == "SUPPORT"


def test_tax_returns_are_no_return():
    evs = code_sentence("Clinton went after Trump on his tax returns.", "en").events
    assert not [e for e in evs if e.type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "The nuclear test announced by North Korea is in clear breach of UN resolutions, NATO said.",
    "The missile launch was a violation of UN resolutions, Japan said.",
])
def test_an_act_judged_a_breach_is_the_judgement(text):
    ev = first(text)
    assert ev.type == "ACCUSE" and ev.mode == "allege"


def test_a_reported_breach_has_its_speaker_as_actor():
    ev = first("The nuclear test announced by North Korea is in clear breach of UN resolutions, NATO said.")
    assert ev.actor is not None and ev.actor.code == "IGO"


@pytest.mark.parametrize("text", [
    "Obama is to visit Hanoi next week.",
    "The two ministers are to meet in Vienna on Monday.",
    "World leaders were to gather at the United Nations to sign the agreement.",
])
def test_be_to_future_is_planned_cooperation(text):
    ev = first(text)
    assert ev.type == "AGREE" and ev.status == "planned"


def test_to_blame_is_no_future():
    ev = first("Trump said Obama is to blame for the rise of ISIS.")
    assert ev.type == "ACCUSE" and ev.status == "happened"


@pytest.mark.parametrize("text", [
    "France and Germany unveiled a proposal for a joint European army.",
    "Russia put forward a proposal for a ceasefire.",
])
def test_a_proposal_put_forward_is_an_offer(text):
    assert first(text).type == "AGREE"


def test_a_table_name_after_the_article_keeps_its_code():
    ev = first("The Department of Commerce has begun putting heavy tariffs on some Chinese steel makers.")
    assert ev.type == "SANCTION" and ev.actor is not None and ev.actor.code == "USA"


@pytest.mark.parametrize("text,code", [
    ('"This is a grave provocation," Japan\'s prime minister told reporters.', "JPN"),
    ('"We reject these accusations," the Kremlin said on Monday.', "RUS"),
    ('"The test is in clear breach of UN Security Council resolutions," NATO Secretary General Jens Stoltenberg said.',
     "IGO"),
])
def test_a_quoted_speech_act_is_made_by_the_tags_speaker(text, code):
    ev = first(text)
    assert ev.actor is not None and ev.actor.code == code


def test_a_state_protesting_a_measure_complains():
    ev = first("China protested the sale of weapons to Taiwan.")
    assert ev.type == "ACCUSE" and ev.actor.code == "CHN"
    assert first("Thousands of people protested in Paris against the law.").type == "PROTEST"


@pytest.mark.parametrize("text", [
    "Obama said India was a natural partner.",
    "Netanyahu said Trump was a great friend of Israel.",
])
def test_reported_praise_of_a_named_party(text):
    assert first(text).type == "SUPPORT"


def test_reported_assessment_is_no_praise():
    assert not code_sentence("Trump said Clinton was confident.", "en").events


def test_campaign_words_that_name_no_act():
    assert not code_sentence("Sanders has won states with open primaries but struggled in states with closed "
                             "primaries, like New York.", "en").events
    assert not [e for e in code_sentence("Huckabee has delivered paid speeches since announcing his bid.", "en").events
                if e.type == "AID"]


def test_an_infinitive_saying_what_a_purpose_is_is_no_arrangement():
    ev = first("He declares that the purpose of our life is to cooperate with God's plan.")
    assert ev is None or ev.status != "planned"


@pytest.mark.parametrize("text,code", [
    ("Israeli warplanes hit targets in Gaza.", "ISR"),
    ("Saudi warplanes struck the city of Sanaa.", "SAU"),
    ("Turkish troops entered northern Syria.", "TUR"),
])
def test_the_state_of_a_force_noun_trigger_acts(text, code):
    ev = first(text)
    assert ev.actor is not None and ev.actor.code == code


def test_a_report_finding_a_violation_charges_it():
    ev = first("The report found that Clinton had violated State Department policy.")
    assert ev.type == "ACCUSE" and ev.mode == "allege"


@pytest.mark.parametrize("text", [
    "Rebels blew up the power station in the city.",
    "Militants cut the water supply to the town.",
])
def test_public_goods_cut_are_withheld(text):
    ev = first(text)
    assert ev.type == "COERCE" and ev.mode == "withhold"


def test_a_bridge_blown_up_stays_an_attack():
    assert first("Insurgents blew up a bridge.").type == "ASSAULT"


@pytest.mark.parametrize("text,code", [
    ("Israel struck targets in Syria.", "ISR"),
    ("U.S. jets struck Islamic State positions near Raqqa.", "USA"),
])
def test_military_strikes_on_targets(text, code):
    ev = first(text)
    assert ev.type == "ASSAULT" and ev.actor.code == code


def test_earthquakes_and_labour_strikes_are_no_military_strike():
    assert not code_sentence("The earthquake struck the town.", "en").events
    assert first("Workers went on strike at the camp.").type == "PROTEST"


def test_what_is_talked_about_is_no_act():
    ev = first("U.S. officials have long been talking with Chinese and Japanese officials about the threat posed by "
               "North Korea.")
    assert ev.type == "CONSULT"


@pytest.mark.parametrize("text,typ", [
    ('In her speech, Clinton emphasized the need for an "unshakeable commitment" to Israel.', "SUPPORT"),
    ("Biden stressed America's commitment to NATO.", "SUPPORT"),
])
def test_a_commitment_to_a_party_is_backing(text, typ):
    assert first(text).type == typ


def test_a_commitment_to_a_ceasefire_stays_an_offer():
    evs = code_sentence("Both sides announced their commitment to the ceasefire.", "en").events
    assert "SUPPORT" not in [e.type for e in evs if e.trigger.text == "commitment"]


def test_habits_go_on_but_habitual_speech_is_made():
    assert first("The Israeli leader frequently meets with members of Congress.").status == "ongoing"
    assert first("Trump and Sanders often blame China for taking American jobs.").status == "happened"


@pytest.mark.parametrize("text", [
    "The State Department released more than 1,100 additional pages of Hillary Clinton's emails Friday night.",
    "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.",
    "Clinton had captured 1,944 delegates heading into Tuesday's primaries.",
    "He can rely on his fundraising machine to power him through a protracted nomination battle.",
])
def test_political_news_words_that_name_no_act(text):
    assert not code_sentence(text, "en").events


def test_prisoners_released_and_towns_captured_stay_acts():
    assert first("Israel released 50 Palestinian prisoners on Monday.").type == "RETREAT"
    assert first("Rebels captured the town of Kunduz.").type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Scenes from Donald Trump's rally at the Greensboro Coliseum will stay with the writer.",
    "Hillary Clinton turned her attention during her victory rally to Trump.",
])
def test_a_candidates_rally_is_no_protest(text):
    assert not [e for e in code_sentence(text, "en").events if e.type == "PROTEST"]


def test_a_rally_against_a_government_stays_a_protest():
    assert first("Thousands of opposition supporters held a rally in Caracas against Maduro.").type == "PROTEST"
