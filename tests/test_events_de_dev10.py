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


def test_dev10_is_its_own_split_read_on_after_dev9():
    from lesart.evaluation.events import load

    rows = load("all", "de")
    dev10 = load("dev10", "de")
    assert len(dev10) == 110 and {r["source"]["selection"] for r in dev10} == {"dev10-gerntsa-seed20"}
    assert not {r["text"] for r in dev10} & {r["text"] for r in rows if r["split"] != "dev10"}
    assert all(1960 <= r["source"]["position"] < 2530 for r in dev10)       # dev9 read GerNTSA up to 1959
    none = [r for r in dev10 if not r["event"]]
    assert len(none) == 20 and all(r["status"] is None and not r["actor"] for r in none)


@pytest.mark.parametrize("text", [
    # a wound in the passive or as a state in an accident, with no one named who caused it, is no attack
    "Ein Arbeiter ist auf einer Baustelle verschüttet und dabei schwer verletzt worden.",
    "Eine Radfahrerin ist von einem Lastwagen erfasst und schwer verletzt worden.",
    # no act: a fixture, finding someone at home, a medical state, an evacuation
    "Am Samstag trifft die Nationalmannschaft in Berlin auf die Auswahl Frankreichs.",
    "Die Beamten trafen den Mann in seiner Wohnung an, als sie klingelten.",
    "Der Patient befindet sich weiter in kritischem Zustand.",
    "Tausende Menschen mussten ihre Häuser verlassen.",
])
def test_no_event(text):
    assert _first(text) is None


@pytest.mark.parametrize("text", [
    "Bei dem Messerangriff wurden zwei Menschen verletzt.",
    "Ein Mann hat am Bahnhof einen Polizisten verletzt.",
])
def test_a_wound_with_its_cause_stays_an_attack(text):
    assert _first(text).type == "ASSAULT"


@pytest.mark.parametrize("text,typ,mode", [
    ("Die Opposition fand deutliche Worte für den Kanzler.", "ACCUSE", "disapprove"),
    ("Die Partei zeigte sich irritiert über die Entscheidung der Regierung.", "ACCUSE", "disapprove"),
    ("Unter Experten waren Zweifel laut geworden, ob der Plan trägt.", "ACCUSE", "disapprove"),
    ("Das Landgericht hat die Berufungsverhandlung gegen den früheren Minister eröffnet.", "ACCUSE", "allege"),
    ("Der Angeklagte plädierte vor dem Bundesgericht in allen Punkten auf schuldig.", "CONCEDE", None),
    ("Frankreich verschärft seine Einreiseregeln für Reisende aus Großbritannien.", "COERCE", "restrict"),
])
def test_dev10_wording(text, typ, mode):
    ev = _first(text)
    assert ev.type == typ and ev.mode == mode


def test_a_consequence_clause_ranks_below_the_main_clause():
    # "weswegen/weshalb" open a relative clause: the confession is the act, the penalty it brings is background
    ev = _first("Der Angeklagte bekannte sich schuldig, weswegen ihm eine Haftstrafe droht.")
    assert ev.type == "CONCEDE"


@pytest.mark.parametrize("text,status", [
    # a lasting act in the present goes on; its perfect or past was done
    ("Die Staatsanwaltschaft ermittelt gegen den Bürgermeister.", "ongoing"),
    ("Die Staatsanwaltschaft hat gegen den Bürgermeister ermittelt.", "happened"),
    ("Die Staatsanwaltschaft ermittelte gegen den Bürgermeister.", "happened"),
    # habits and spans
    ("Die Regierung droht regelmäßig mit Sanktionen gegen das Nachbarland.", "ongoing"),
    ("Tausende Studenten demonstrieren seit drei Tagen in der Hauptstadt.", "ongoing"),
])
def test_lasting_status(text, status):
    assert _first(text).status == status


@pytest.mark.parametrize("text,typ", [
    ("„Es ist höchste Zeit, dass die Regierung die Sanktionen aufhebt“, sagte der Verbandschef.", "REQUEST"),
    ("Die EU-Kommission hat ein Vertragsverletzungsverfahren gegen Ungarn eingeleitet.", "ACCUSE"),
    ("In dem Lastwagen sind 50 Kilogramm Kokain sichergestellt worden.", "COERCE"),
])
def test_dev10_second_step(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text", [
    "Ein Segler ist vor der Küste gerettet worden, nachdem sein Boot gekentert war.",
    "Schwer bewaffnet betrat der Mann die Bankfiliale.",
])
def test_no_event_second_step(text):
    assert _first(text) is None
