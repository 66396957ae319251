"""German event rules made from the errors of the blind WikiNews sample dev5 (tests/data/events_de.README.md,
"dev5"); the split itself must leave dev and test alone."""
import pytest

from german_events import first_event as _first, first_type as _type


def test_dev5_is_its_own_split_and_keeps_test_articles_out():
    from lesart.evaluation.events import load

    rows = load("all", "de")
    dev5 = load("dev5", "de")
    assert len(dev5) == 63 and all(r["source"]["selection"] == "country" for r in dev5)
    assert len(load("dev", "de")) == 668 and len(load("test", "de")) == 120
    test_articles = {r["source"]["document"].split(" - ")[0] for r in rows if r["split"] == "test"}
    assert not test_articles & {r["source"]["document"].split(" - ")[0] for r in dev5}
    assert not {r["text"] for r in dev5} & {r["text"] for r in rows if r["split"] != "dev5"}


@pytest.mark.parametrize("text,typ", [
    # proposals and recommendations ask for something (REQUEST, as the gold codes "hat ... vorgeschlagen")
    ("Der Politik schlug er vor, sich an US-Modellen zu orientieren, wo so genannten Langzeitarbeitslosen eine "
     "soziale Grundsicherung staatlich garantiert werde.", "REQUEST"),
    ("Bolivien möchte einen formalen Vorschlag für die Gründung eines Rates vorlegen, der die Energiepreise "
     "regulieren soll.", "REQUEST"),
    ("Colomer empfahl dem Gericht, der vor zweieinhalb Jahren angestrengten Klage der EU-Kommission gegen die "
     "Bundesrepublik Deutschland stattzugeben.", "REQUEST"),
    # compound boycotts
    ("Dies ist das Resultat des Wahlboykotts, dem viele Sunniten im Irak gefolgt sind.", "PROTEST"),
    # refusal, challenge and contradiction
    ("Die Veröffentlichung des Untersuchungsberichts führte seitens des Bruders des Präsidenten, Jarosław "
     "Kaczyński, zu einer heftigen ablehnenden und entrüsteten Reaktion.", "REJECT"),
    ("In der vergangenen Woche hatte die Regierung Österreichs die bisherige Beschlusslage in Frage gestellt.",
     "REJECT"),
    ("Das Fahrzeug sei, anders als das amerikanische Militär behauptet, langsam gefahren.", "REJECT"),
    # concern, diplomatic annoyance, "sich fragen lassen müssen"
    ("Der deutsche Außenminister Frank-Walter Steinmeier sagte vor der Presse, die Bundesregierung sehe mit Sorge "
     "nach Teheran.", "ACCUSE"),
    ("Die Aufstellung der Partei des Ex-Diktators Bouterse verstimmte die USA und die Niederlande.", "ACCUSE"),
    ("„Die BaFin muss sich fragen lassen, warum sie den Weg für ein Unternehmen frei macht.“", "ACCUSE"),
    # an angry crowd is no criticism of a party
    ("Die Entscheidung verärgerte die Zuschauer im Stadion.", None),
    # blame, suspicion, trial
    ("Er sprach von einer einseitigen Schuldzuweisung an Polen und die polnischen Piloten.", "ACCUSE"),
    ("Die Zeitung präsentierte neue Verdachtsmomente für eine Beteiligung des Bundesnachrichtendienstes.", "ACCUSE"),
    ("Für einen 28-jährigen Flugpassagier wird die geplante Flugreise vor einem Richter eines US-Gerichtes enden.",
     "ACCUSE"),
    # surveillance in the passive
    ("Auch während des Hannover-Besuchs von US-Präsident Barack Obama im April 2016 wurde er von der Polizei "
     "überwacht.", "COERCE"),
])
def test_dev5_news_vocabulary(text, typ):
    assert _type(text) == typ


def test_handing_over_documents_is_sharing_information():
    assert _type("Der Minister hat die Unterlagen an die Staatsanwaltschaft übergeben.") == "COOPERATE"


@pytest.mark.parametrize("text,typ,status", [
    ("Bolivien möchte einen formalen Vorschlag für die Gründung eines Rates vorlegen, der die Energiepreise "
     "regulieren soll.", "REQUEST", "planned"),
    ("Außerdem wird ihren Angehörigen das Besuchsrecht von den US-Behörden permanent verweigert.", "REJECT",
     "ongoing"),
    ("Für die Finanzierung einer neuen „Do 228“ wird das AWI in Kürze einen Antrag an die deutsche Bundesregierung "
     "stellen.", "REQUEST", "planned"),
])
def test_wishes_lasting_refusals_and_applications(text, typ, status):
    ev = _first(text)
    assert (ev.type, ev.status) == (typ, status)


def test_a_meeting_in_the_future_stays_consult_planned():
    ev = _first("Daneben werden sich die Regierungsvertreter über die Vor- und Nachteile der Produktion von "
                "Biokraftstoffen austauschen.")
    assert (ev.type, ev.status) == ("CONSULT", "planned")


@pytest.mark.parametrize("text,typ", [
    ("Menschenrechtsorganisationen wiesen auf die Doppelbödigkeit der US-Erklärungen hin.", "ACCUSE"),
    ("Die Ministerin hat auf Versäumnisse der Behörden hingewiesen.", "ACCUSE"),
    ("Er wies auf die Gefahr eines Krieges hin.", None),        # a warning of a danger accuses no one
    ("Die russische Kommission zur Untersuchung des Flugzeugabsturzes übergab heute in Moskau den Abschlussbericht "
     "an die polnische Seite.", "COOPERATE"),
    ("Die Regierung setzte eine Kommission zur Untersuchung der Vorfälle ein.", "ACCUSE"),
])
def test_faults_pointed_out_reports_handed_over_and_commissions(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Wie der Bevollmächtigte der EU-Kommission, Gerald Braun, in Luxemburg mitteilte, sieht Wiedeking in dem Gesetz "
     "eine Benachteiligung und Rechtsverletzung gegenüber dem VW-Anteilseigner Porsche.", "ACCUSE"),
    ("Die Opposition sah darin einen Affront gegen das Parlament.", "ACCUSE"),
    ("Der Minister sieht darin eine Chance für die Region.", None),      # an assessment, no praise
    ("Er sieht in der Reform einen wichtigen Schritt.", None),
])
def test_seeing_a_wrong_in_something(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text", [
    "Ein Berater des weißrussischen Oppositionspolitikers dementierte die Festnahme von Milinkewitsch durch die "
    "weißrussische Polizei.",
    "Ein Bericht der russischen Nachrichtenagentur „Interfax“, wonach der weißrussische Oppositionsführer Aljaksandr "
    "Milinkewitsch festgenommen worden sein soll, wurde dementiert.",
])
def test_an_official_denial_codes_the_act_denied(text):
    ev = _first(text)
    assert (ev.type, ev.mode, ev.status) == ("COERCE", "arrest", "denied")


@pytest.mark.parametrize("text,typ", [
    ("Der Minister übernahm die Verantwortung für die Panne.", "CONCEDE"),
    ("Der Minister hat die Verantwortung für die Panne übernommen.", "CONCEDE"),
    ("Die Taliban übernahmen die Verantwortung für den Anschlag.", "ASSAULT"),
    ("Eine Gruppe hat die Verantwortung für den Selbstmordanschlag übernommen.", "ASSAULT"),
])
def test_taking_responsibility(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Sie habe die offiziellen Angaben des US-Militärs zum Beschuss ihres Fahrzeuges bezweifelt.", "ACCUSE"),
    ("Der Sprecher hat die Angaben zum Angriff bestritten.", "REJECT"),
])
def test_doubt_and_dispute_weigh_like_criticism_and_refusal(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,host", [
    ("Der deutsche Verteidigungsminister Franz Josef Jung (CDU) kündigte indes an, diese Problematik bei seinem "
     "Israelbesuch in der kommenden Woche anzusprechen.", "ISR"),
    ("Der Minister beendete seine China-Reise.", "CHN"),
])
def test_the_state_in_a_visit_compound_is_the_host(text, host):
    ev = _first(text)
    assert ev.type == "CONSULT" and ev.target is not None and ev.target.code == host


def test_a_visit_compound_without_a_state_names_no_host():
    ev = _first("Der Staatsbesuch des Präsidenten begann am Montag.")
    assert ev.type == "CONSULT" and ev.target is None


@pytest.mark.parametrize("text,typ", [
    ("Demnach steht insbesondere der Air-France-Kopilot in der Schusslinie, der bei der Landung am Steuer saß.",
     "ACCUSE"),
    ("Der Konzern steht am Pranger.", "ACCUSE"),
    ("Die Soldaten gerieten in die Schusslinie der Rebellen.", None),
])
def test_under_fire_in_the_figurative_sense(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Von einem Skandal spricht die Opposition.", "ACCUSE"),
    ("Von absichtlicher oder mutwilliger Täuschung sprechen Medienberichte heute.", "ACCUSE"),
    ("Von Berlin aus sprach der Kanzler mit Putin.", None),
])
def test_a_fronted_characterisation_with_sprechen(text, typ):
    assert _type(text) == typ


def test_a_violation_charged_with_the_subject_between_verb_and_preposition():
    assert _type("Nach Auffassung der Politiker verstößt das Gesetz gegen das im Grundgesetz verankerte Recht auf "
                 "Leben.") == "ACCUSE"
