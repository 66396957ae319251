"""English news: general rules added after the news-dev6 errors (2026-11-28, issue 6).
Sentences from the news-dev6 batch (PolNeAR campaign text, a tuning split since its blind score was taken) and
helper-written wording of the same constructions."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    evs = code_sentence(text, "en").events
    return evs[0] if evs else None


@pytest.mark.parametrize("text", [
    "“The Guantánamo military commissions are an abject failure,” said ACLU executive Director Anthony Romero in a "
    "statement.",
    "Clinton “caused tremendous havoc and tremendous death,” he said.",
    "He added, “Crooked Hillary has once again been proven to be a person who is dishonest, incompetent and of very "
    "bad judgement.”",
    "“The government has been dishonest and incompetent from the start,” the opposition leader said.",
    "The ministry's policy is a disgrace to the country, the union said.",
])
def test_a_judgement_in_a_speakers_mouth_without_a_verb_of_criticism_is_accuse(text):
    ev = first(text)
    assert ev is not None and ev.type == "ACCUSE" and ev.mode == "disapprove"


@pytest.mark.parametrize("text", [
    "“The situation is terrible,” he said.",
    "“We are leaving behind the corruption and the lies,” Stein told her supporters.",
    "Speaking on a radio show last week, Kiedis said his band wrote a host of new songs.",
    "Law enforcement officers and engineers might also benefit from such programs, he said.",
    "“Today I am pleased to announce that we are keeping track of these criminals,” he said.",
])
def test_no_party_judged_no_accuse(text):
    ev = first(text)
    assert ev is None or ev.type != "ACCUSE"


def test_a_named_act_in_the_quotation_keeps_its_type():
    assert first("“They shelled the town and killed dozens of civilians,” the governor said.").type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "\"If you're a business person and you look at this, your first thought is these people are crazy,\" said Bill "
    "Dombrowski.",
    "The senator said the financial system was corrupt.",
])
def test_a_body_as_subject_of_a_reported_negative_predicate(text):
    assert first(text).type == "ACCUSE"


@pytest.mark.parametrize("text,typ", [
    ("Top Senate candidates pointing fingers at the House bill for failed Zika funding.", "ACCUSE"),
    ("Clinton's campaign on Monday dressed down Sanders for his campaign’s persistent suggestion.", "ACCUSE"),
    ("The town has faced public scrutiny for its policing tactics and municipal court abuse.", "ACCUSE"),
    ("Enough is enough: it’s time to stand up to the NRA and enact meaningful gun safety laws.", "REQUEST"),
    ("It's time to quit attacking various people and get on message.", "REQUEST"),
    ("But he also said that Sanders's attacks have reinforced stereotypes for Clinton.", "ACCUSE"),
    ("Cruz said Donald Trump “relentlessly attacks us and ignores the other candidates.”", "ACCUSE"),
    ("Putin's attacks on Ukraine continued overnight.", "ASSAULT"),
])
def test_news_dev6_idioms_appeals_and_verbal_attacks(text, typ):
    assert first(text).type == typ


def test_a_question_asked_is_no_request_and_quitting_a_habit_no_resignation():
    for text in ("Asked why he had yet to comment, the senator said nothing.", "He quit smoking last year."):
        ev = first(text)
        assert ev is None or ev.type not in ("REQUEST", "RETREAT")
    assert first("Russia asked the UN to send observers.").type == "REQUEST"


def test_a_trigger_that_opens_a_name_of_for_codes_nothing():
    ev = first("One group, Partnership for Responsible Growth, has run ads in both outlets.")
    assert ev is None or ev.type != "COOPERATE"


@pytest.mark.parametrize("text", [
    "Rubio said the plan was \"reckless.\"",
    "The senator said the decision was a mistake.",
])
def test_a_partys_act_judged_in_reported_speech_is_accuse(text):
    assert first(text).type == "ACCUSE"


def test_a_state_of_affairs_judged_is_no_accuse():
    assert first("Officials said the situation is dangerous.") is None


@pytest.mark.parametrize("text", [
    "“Donald is not a racist. … Just because you build a wall doesn’t mean you’re racist,” Walker said.",
    "\"He is not a criminal,\" his lawyer said.",
])
def test_denying_a_charge_against_a_party_defends_it(text):
    assert first(text).type == "SUPPORT"


@pytest.mark.parametrize("text", [
    "\"He is not only a racist, but a danger to the free world,\" said a member of parliament.",
    "Trump said Clinton’s disastrous actions in Libya are not confined to the Benghazi scandal.",
    "President Barack Obama says that he’s not plotting to take away everyone’s guns.",
])
def test_no_defence_where_the_negation_is_no_denied_label(text):
    ev = first(text)
    assert ev is None or ev.type != "SUPPORT"


@pytest.mark.parametrize("text,typ", [
    ("President Barack Obama says that contrary to the claims of some GOP presidential candidates, he’s not plotting to "
     "take away everyone’s guns.", "ACCUSE"),
    ("Longtime Clinton foe files wrongful death claim for clients.", "ACCUSE"),
    ("\"Discrimination should never be sanctioned by the state, and we call on the House to reject this resolution,\" "
     "the legal director said.", "REQUEST"),
    ("The UN sanctioned North Korea.", "SANCTION"),
])
def test_rebuttals_lawsuits_and_sanction_as_approval(text, typ):
    assert first(text).type == typ


def test_no_place_in_condemns():
    assert first("Racism has no place in our society, the mayor said.").type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "\"They'd be wrong,\" Michael Briggs, a spokesman for Sanders, said in an interview Sunday.",
    "“Hillary Clinton represents a continuation of the same failed policies,” she said.",
    "She said Rubio “has failed to do anything beyond furthering his own political aspirations.",
])
def test_judgements_with_an_apposition_a_contraction_failed_policies_or_a_quote_mark(text):
    assert first(text).type == "ACCUSE"


def test_an_outcome_is_no_judgement():
    ev = first("“The plan apparently failed due to difficulties in crossing the border,” he added.")
    assert ev is None or ev.type != "ACCUSE"
