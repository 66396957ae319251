"""German event rules made from the errors of the dev3 sample (tests/data/events_de.README.md, "dev3")."""
import pytest


def _first(text: str):
    from lesart.evaluation.events import code_sentence
    events = code_sentence(text, "de").events
    return events[0] if events else None


@pytest.mark.parametrize("text,typ", [
    ("Dagegen protestierte auch der Deutsche Journalisten-Verband (DJV).", "ACCUSE"),
    ("Der Verband hat scharf gegen die Kürzungen protestiert.", "ACCUSE"),
    ("Frankreich protestierte gegen die Festnahme seines Botschafters.", "ACCUSE"),
    ("Tausende Menschen protestierten in Berlin gegen die Regierung.", "PROTEST"),
    ("Greenpeace protestierte vor dem Kanzleramt gegen die Atompolitik.", "PROTEST"),
    ("Daher protestierten etwa 500 Fans am Samstag in einem Schweigemarsch.", "PROTEST"),
])
def test_a_protest_without_crowd_march_or_place_is_a_complaint(text, typ):
    assert _first(text).type == typ
