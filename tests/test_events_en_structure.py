"""English events, structural status rules found from the confusion over all English dev splits (2026-11-28):
the largest structural class of errors on rightly typed sentences was status ongoing read as happened.
Each case is the construction's usual wording, not a gold row."""
import pytest

from lesart.evaluation.events import code_sentence


def first(text):
    return code_sentence(text, "en").events[0]


@pytest.mark.parametrize("text", [
    # an -ly adverb or "long" inside the perfect progressive
    "The rebels have been steadily shelling the town.",
    "Officials have long been negotiating with the rebels.",
    # the trigger is the object of a progressive verb that is no act of its own
    "Syrian troops are taking part in the attack on the town.",
    "France is playing a leading role in the campaign to impose sanctions on Iran.",
    # present tense of wanting or seeking: a wish that lasts
    "The United States wants Britain to extradite the suspect.",
    "The opposition now seeks the resignation of the prime minister.",
])
def test_lasting_act_is_ongoing(text):
    assert first(text).status == "ongoing"


@pytest.mark.parametrize("text", [
    "The army shelled the town on Monday.",
    "Russia asked Turkey to close its borders.",
    # "happen" names no act: what is happening is no frame
    "What is happening in the town is an attack on civilians.",
    # the infinitive of wanting is read as the frame's, not as a present wish
    "Russia has begun to seek the resignation of the prime minister.",
])
def test_done_act_is_not_ongoing(text):
    assert first(text).status != "ongoing"
