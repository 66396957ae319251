"""German event rules made from the errors of the dev3 sample (tests/data/events_de.README.md, "dev3")."""
import pytest

from german_events import first_event as _first


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


@pytest.mark.parametrize("text,typ", [
    ("Die Regierung hält an ihrem Sparkurs fest.", None),
    ("Der Bericht hält fest, dass die Polizei Fehler gemacht hat.", None),
    ("Die Gewerkschaft hielt an der Kritik an den Plänen der Bank fest.", "ACCUSE"),
    ("Der Journalist wurde am Flughafen von der Polizei festgehalten.", "COERCE"),
    ("Ein Beamter wurde am darauf folgenden Tag festgenommen.", "COERCE"),
    ("Die Beifahrerin ist aus der U-Haft entlassen worden.", "RETREAT"),
])
def test_keeping_to_a_plan_is_no_detention(text, typ):
    ev = _first(text)
    assert (ev.type if ev else None) == typ


@pytest.mark.parametrize("text,typ", [
    ("Der Minister reichte am Montag seinen Rücktritt ein.", "CONCEDE"),
    ("Der Bürgermeister bot seinen Rücktritt an.", "CONCEDE"),
    ("Der Präsident hat seinen Rücktritt erklärt.", "CONCEDE"),
    ("Der Minister ist am Montag zurückgetreten.", "RETREAT"),
    ("Tausende Demonstranten verlangten am Sonntag in Kiew den Rücktritt des Präsidenten.", "PROTEST"),
    ("Die Opposition forderte die Freilassung der Demonstranten.", "REQUEST"),
    ("Die Regierung hat die Demonstranten aufgefordert, den Platz zu räumen.", "REQUEST"),
])
def test_offered_resignations_and_demonstrators_demands(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text,typ", [
    ("Zwei Bahnsteige am Bahnhof wurden polizeilich gesperrt.", "COERCE"),
    ("Nach dem Unfall sperrte die Polizei die Autobahn in beiden Richtungen.", None),
    ("Die Straße ist wegen Bauarbeiten gesperrt.", None),
    ("Viele Abgeordnete melden verfassungsrechtliche Bedenken gegen das Verfahren an.", "ACCUSE"),
    ("Prominente Politiker hatten sich in Anzeigen für den Kandidaten eingesetzt.", None),
])
def test_police_cordons_doubts_and_adverts(text, typ):
    ev = _first(text)
    assert (ev.type if ev else None) == typ


@pytest.mark.parametrize("text,typ", [
    ("Da der Motor als Brandursache auszuschließen war, leitete die Polizei Ermittlungen ein.", "ACCUSE"),
    ("Die SPD schloss eine Koalition mit der Linken aus.", "REJECT"),
    ("Die Partei schreibt, die Meldung sei frei erfunden.", "REJECT"),
    ("Der Kandidat erkannte seine Niederlage an.", "CONCEDE"),
    ("Die Regierung hat ihre Verantwortung für das Massaker anerkannt.", "CONCEDE"),
    ("Deutschland erkannte den Kosovo als Staat an.", "SUPPORT"),
])
def test_ruled_out_denials_and_conceded_claims(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text,typ", [
    ("Die Minister tauschten sich über die Lage in Syrien aus.", "CONSULT"),
    ("Die Länder tauschten Gefangene aus.", "RETREAT"),
    ("Der Trainer tauschte in der Pause zwei Spieler aus.", None),
    ("Bei dem Gespräch war man sich nicht einig geworden.", "AGREE"),
    ("Das Amt will die Frau besser in Arbeit vermitteln.", None),
    ("Der Präsident erteilte der Luftwaffe den Befehl, Hilfsgüter zu fliegen.", "REQUEST"),
])
def test_exchanges_agreement_placement_and_orders(text, typ):
    ev = _first(text)
    assert (ev.type if ev else None) == typ


@pytest.mark.parametrize("text,typ,mode", [
    ("Ein Team des spanischen Fernsehens wurde ausgewiesen.", "COERCE", "deport"),
    ("Russland wies 23 britische Diplomaten aus.", "SANCTION", "expel"),
    ("Der Botschafter wurde ausgewiesen.", "SANCTION", "expel"),
])
def test_expelling_people_is_deportation_expelling_diplomats_a_sanction(text, typ, mode):
    ev = _first(text)
    assert (ev.type, ev.mode) == (typ, mode)


@pytest.mark.parametrize("text,typ", [
    ("Russische Truppen sind auf dem Weg in die Region.", "MOBILIZE"),
    ("Die Soldaten waren auf dem Weg ins Rebellengebiet, um gegen die Rebellen zu kämpfen.", "MOBILIZE"),
    ("Bisher sind die deutschen Streitkräfte nur im Norden des Landes vertreten.", "MOBILIZE"),
    ("Die Frau wurde von der Polizei befreit.", "AID"),
])
def test_troops_on_their_way_and_police_rescues(text, typ):
    assert _first(text).type == typ


def test_patterns_opening_with_a_plural_noun_match_inside_the_sentence():
    from lesart.stages.events import lexicon
    from lesart.stages.events.tokens import tokenize
    lex = lexicon.load("de")
    for text, parts in (("Die Rebellen wollen die Waffen niederlegen.", ("waffen", "niederlegen")),
                        ("Russland will die Beziehungen zu Georgien abbrechen.", ("beziehungen", "..", "abbrechen")),
                        ("Die Staaten wollen Informationen austauschen.", ("informationen", "..", "austauschen"))):
        assert parts in {h.entry.parts for h in lex.find(tokenize(text, "de"))}, text
    # a verb in -en keeps its noun reading: "Stellen" is no "stellen .. ein"
    assert not any(h.entry.parts[0] == "stellen" for h in lex.find(tokenize("Die Firma will 500 Stellen einsparen.", "de")))


def test_police_breaking_up_an_assembly_is_coercion():
    assert _first("Die Polizei löste die Versammlung am Abend auf.").type == "COERCE"
    assert _first("Die Kundgebung wurde von der Polizei aufgelöst.").type == "COERCE"


def test_laying_down_an_office_in_main_clause_order_is_a_resignation():
    assert _first("Die Ministerin legte am Montag ihr Amt nieder.").type == "RETREAT"
    assert _first("Der Abgeordnete legte heute sein Landtagsmandat nieder.").type == "RETREAT"


def test_a_concluded_agreement_is_support_a_planned_one_agree():
    assert _first("Die beiden Länder schlossen am Montag ein Abkommen über die Zusammenarbeit ab.").type == "SUPPORT"
    assert _first("Die EU und Indien haben ein umfassendes Freihandelsabkommen abgeschlossen.").type == "SUPPORT"
    assert _first("Die beiden Staaten wollen bis Ende des Jahres ein Abkommen schließen.").type == "AGREE"


def test_the_doer_after_durch_in_a_fronted_phrase_and_the_clause_subject_outside_it():
    from lesart.evaluation.events import code_sentence
    ev = code_sentence("Nach der Beschlagnahme eines Öltankers vor der Küste Venezuelas durch das US-Militär hat "
                       "Trump über Bodeneinsätze gesprochen.", "de").events[0]
    assert (ev.type, ev.actor.code) == ("COERCE", "USA")
    assert ev.target is None or ev.target.text != "Trump"


def test_a_states_adjective_before_a_noun_of_force_is_its_doer():
    from lesart.evaluation.events import code_sentence
    ev = code_sentence("Trump wurde nach einer möglichen amerikanischen Bodeninvasion in Venezuela gefragt.",
                       "de").events[0]
    assert (ev.type, ev.actor.code, ev.target.code) == ("ASSAULT", "USA", "VEN")
    ev = code_sentence("Die Hamas hält israelische Geiseln fest.", "de").events[0]
    assert ev.target.code == "ISR"        # hostages: the adjective names who is held


def test_the_prefix_of_a_noun_of_force_is_its_doer():
    from lesart.evaluation.events import code_sentence
    ev = code_sentence("Er sprach über die seit Wochen andauernden US-Angriffe auf Boote in der Karibik.", "de").events[0]
    assert (ev.type, ev.actor.code) == ("ASSAULT", "USA")
    ev = code_sentence("Die Nato-Manöver in Litauen beunruhigen Moskau.", "de").events[0]
    assert ev.actor.code == "IGO"
