"""German named persons fill an event's empty actor or recipient slot (events/persons_de.py)."""
from __future__ import annotations

import pytest

from lesart.evaluation.events import code_sentence


def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = code_sentence(text, "de")
    return [(e.type, e.actor and e.actor.text, e.target and e.target.text) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Bernd Osterloh kritisierte die Kommission scharf.", ("ACCUSE", "Bernd Osterloh", None)),
    ("Die Ex-Grünen-Vorsitzende Ricarda Lang attackiert Julia Klöckner.", ("ACCUSE", "Ricarda Lang", "Julia Klöckner")),
    ("Ricarda Lang hat Julia Klöckner scharf kritisiert.", ("ACCUSE", "Ricarda Lang", "Julia Klöckner")),
    ("Anna Müller traf sich mit Jens Weber in Hamburg.", ("CONSULT", "Anna Müller", "Jens Weber")),
])
def test_a_person_before_the_verb_acts_and_the_one_after_it_is_acted_on(text, expected):
    assert expected in _parties(text)


def test_a_person_stays_without_a_code():
    doc = code_sentence("Bernd Osterloh kritisierte die Kommission scharf.", "de")
    assert doc.events[0].actor.code is None


@pytest.mark.parametrize("text, not_actor", [
    ("Julia Klöckner wurde von Ricarda Lang kritisiert.", "Julia Klöckner"),       # a passive's subject
    ("Evangelista hat über sechs Jahre die Morde untersucht.", None),               # see below
    ("Manager und Anwälte von Musikern wie Helene Fischer, Herbert Grönemeyer unterstützen die Initiative.",
     "Herbert Grönemeyer"),                                                          # a list's last name
    ("Johnson ist damit per Gesetz verpflichtet, bei der Europäischen Union eine Verlängerung zu beantragen.",
     "Johnson"),                                                                     # a state, not a perfect
])
def test_no_person_where_the_word_order_does_not_name_the_role(text, not_actor):
    parties = _parties(text)
    if not_actor is not None:
        assert all(actor != not_actor for _, actor, _ in parties)
    else:   # the murders are not Evangelista's: a noun's event takes no subject of the verb
        assert all(actor is None for typ, actor, _ in parties if typ == "ASSAULT")


def test_the_actor_s_own_name_after_its_title_is_no_recipient():
    parties = _parties("Demgegenüber pochte CDU-Generalsekretär Volker Kauder auf die Formulierung des Grundgesetzes.")
    assert all(target != "Volker Kauder" for _, _, target in parties)
