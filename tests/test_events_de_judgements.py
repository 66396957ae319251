"""German judgements put in someone's mouth without a word of criticism (events README, "Judgements attributed",
2026-11-28): an opinion holder ("laut X", "X zufolge", "nach Ansicht von X") and a clause that closes on a negative
judgement; characterisation words the lexicons weigh neutral. The sentences are written for the test, not taken
from the gold set."""
import pytest

from lesart.evaluation.events import code_sentence


def _first(text):
    doc = code_sentence(text, "de")
    return doc.events[0] if doc.events else None


@pytest.mark.parametrize("text", [
    "Die Angaben des Herstellers sind laut «Stiftung Warentest» irreführend.",
    "Die Werbung des Konzerns ist laut Verbraucherzentrale rechtswidrig.",
    "Nach Ansicht des Rechnungshofs hat das Ministerium bei der Planung völlig versagt.",
    "Die Antwort der Regierung sei einem Gutachten der Opposition zufolge unverschämt.",
])
def test_a_negative_judgement_with_an_opinion_holder_is_criticism(text):
    ev = _first(text)
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", [
    "Laut Polizei wurde der Mann bei dem Unfall schwer verletzt.",      # what happened, not a judgement
    "Laut Experten ist die Lage an der Grenze gefährlich.",              # a state of affairs
    "Laut Angaben der Veranstalter waren die Konzerte ausverkauft.",
    "Die Musik war zu laut, sagten die Nachbarn.",                       # the adjective "laut"
    "Nach Ansicht der Forscher ist das Verfahren wirksam.",              # a positive judgement
])
def test_an_opinion_holder_without_a_negative_judgement_codes_nothing(text):
    assert _first(text) is None


@pytest.mark.parametrize("text", [
    "Die Regierung betrachtet die Rebellen als terroristische Vereinigung.",
    "Die Opposition sieht die Entlassung des Richters als politisch motiviert an.",
    "Der Verband bezeichnete die Angaben der Firma als irreführend.",
])
def test_charges_of_terror_motive_and_misleading_characterise_negatively(text):
    ev = _first(text)
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", [
    # an adverb before the copula: the judged conduct follows it (V2)
    "Deshalb ist die Entscheidung der Ministerin falsch, sagte der Vorsitzende des Verbands.",
    "„Insofern ist das Vorgehen der Behörde unverschämt“, so die Anwältin.",
    # Konjunktiv I reports speech: a party's conduct judged negatively with "sei/seien", the speaker named before
    "Dieses Vorgehen der Polizei sei rechtswidrig und unverhältnismäßig, denn es habe keinen Anlass gegeben.",
    "Die Politik der Regierung sei gescheitert.",
])
def test_reported_negative_judgement_of_conduct_is_criticism(text):
    ev = _first(text)
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", [
    "Deshalb ist die Lage an der Grenze schwierig, sagte der Sprecher.",     # a state of affairs
    "Dieses Vorgehen der Polizei sei richtig und notwendig.",                 # a positive judgement
    "Die Stimmung im Land sei schlecht.",
    "Es sei kalt und regnerisch gewesen.",
])
def test_reported_judgement_of_no_party_or_not_negative_codes_nothing(text):
    assert _first(text) is None


@pytest.mark.parametrize("text", [
    # the subject's apposition between commas after the V2 verb does not end the clause
    "Am Montag bezeichnete Anna Weber, Sprecherin des Verbands, die Reform als Skandal.",
    # an article inside the quoted label is the label's, not the object's predicate
    "Gestern nannte der Minister das Vorhaben „unsinnig wie eine Steuer auf Luft“.",
    # labels quoted one by one and coordinated judge together
    "Von „schlampiger“ oder „bewusster Täuschung“ spricht die Opposition.",
])
def test_characterisation_frames_past_appositions_and_split_quotes(text):
    ev = _first(text)
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "disapprove")


def test_a_quoted_newspaper_name_before_the_article_is_not_the_label():
    ev = _first("Der Kandidat nannte die Ministerin im „Tagesspiegel“ ein „Auslaufmodell“.")
    assert ev is not None and ev.type == "ACCUSE"


def test_a_quoted_statement_that_judges_is_its_issuers_criticism():
    ev = _first("„Die grundlosen Berichte haben unnötige Verwirrung gestiftet“, hieß es in einer Erklärung der Regierung.")
    assert ev is not None and (ev.type, ev.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize("text", [
    "„Wir haben unnötige und ärgerliche Fehler gemacht“, hieß es in einer Mitteilung des Unternehmens.",   # itself
    "„Das Konzert beginnt um acht Uhr“, hieß es in einer Mitteilung der Veranstalter.",                  # no judgement
])
def test_a_quoted_statement_without_criticism_of_another_is_no_accusation(text):
    ev = _first(text)
    assert ev is None or ev.type != "ACCUSE"
