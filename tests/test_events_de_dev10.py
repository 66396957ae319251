"""German event rules of the dev10 round (tests/data/events_de.README.md, "dev10"): the weak spots named after dev9
(demands in direct speech, "sich für ... aussprechen", a fronted "Nachdem" clause) and the rules written from the
dev10 batch's errors. The sentences below are written for the test, not taken from the gold set."""
import pytest

from lesart.evaluation.events import code_sentence


def _first(text):
    doc = code_sentence(text, "de")
    return doc.events[0] if doc.events else None


@pytest.mark.parametrize("text,typ", [
    # a fronted adverbial clause and the zu-clause after it are background, even with a heavier trigger
    ("Nachdem sie angedeutet hatte, das Ergebnis nicht anzuerkennen, gratulierte die Kandidatin ihrem Rivalen.",
     "SUPPORT"),
    ("Obwohl er gedroht hatte, die Gespräche abzubrechen, traf sich der Minister mit seinem Amtskollegen.", "CONSULT"),
])
def test_fronted_clause_and_its_zu_clause_rank_below_the_main_clause(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text,typ", [
    ("Der Minister sprach sich für eine Reform der Rente aus.", "SUPPORT"),
    ("Die Kanzlerin hat sich dafür ausgesprochen, die Grenzen offen zu halten.", "SUPPORT"),
    # advocating a release or the lifting of a measure demands it of whoever must yield
    ("Die Opposition sprach sich für die Freilassung der Gefangenen aus.", "REQUEST"),
    ("Der Verband hat sich für die Aufhebung des Verbots ausgesprochen.", "REQUEST"),
])
def test_advocating_a_policy_is_support_a_yield_a_demand(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text", [
    "„Der Minister muss sofort zurücktreten“, sagte die Fraktionschefin der Grünen.",
    "\"Die Vorsitzende des Verbands, Anna Schulz, muss unverzüglich zurücktreten\", sagte der Sprecher.",
    "Die Regierung »sollte endlich bereit sein, ihre Fehler zu korrigieren«, so der Abgeordnete.",
])
def test_a_demand_in_direct_speech_codes_the_sentence_not_the_act_demanded(text):
    ev = _first(text)
    assert ev.type == "REQUEST" and ev.status == "happened"


def test_a_condition_after_a_comma_is_no_demand():
    # "sollte" opening an inverted condition with its subject after it demands nothing
    ev = _first("Die Armee wird angreifen, sollte die Regierung nicht zurücktreten, sagte der General.")
    assert ev is None or ev.type != "REQUEST"
