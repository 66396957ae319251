"""German event rules made from the errors of the modern-news samples dev2 and dev4
(tests/data/events_de.README.md, "dev2" and "dev4"); the sentences here are written for the tests."""
import pytest

from german_events import first_event as _first, first_type as _type


@pytest.mark.parametrize("text,typ", [
    ("„Die Regierung hat wieder einmal nichts verstanden“, spöttelte der Oppositionsführer.", "ACCUSE"),
    ("Die Ministerin störte sich am Ton der Debatte.", "ACCUSE"),
    ("Der Präsident arbeitet sich seit Wochen an der Notenbank ab.", "ACCUSE"),
    ("Der Kanzler hat im Streit mit den Ländern nachgelegt.", "ACCUSE"),
    ("Der Verband bringt den Fall nun nach Karlsruhe.", "ACCUSE"),
    ("Der Lärm störte die Anwohner.", None),
])
def test_criticism_as_mockery_and_cases_taken_to_court(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Der Spieler erhielt eine Sperre von drei Spielen.", "SANCTION"),
    ("Beide Vereine müssen ein Strafgeld zahlen.", "SANCTION"),
    ("Das Gericht verdonnerte die Firma zu einer Vertragsstrafe.", "SANCTION"),
    ("Ein Schiedsgericht hat strenge Sanktionen festgesetzt.", "SANCTION"),
    ("Die Polizei hat den Verdächtigen festgesetzt.", "COERCE"),
    ("Die Verbraucherzentrale mahnte den Händler ab.", "ACCUSE"),
    ("Der Händler gab daraufhin eine Unterlassungserklärung ab.", "CONCEDE"),
])
def test_penalties_warnings_and_desisting(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ,mode", [
    ("Die Wachleute schlugen auf den Gefangenen ein.", "ASSAULT", "beat"),
    ("Zeugen zufolge hätten die Männer auf ihn eingeschlagen.", "ASSAULT", "beat"),
    ("Man habe ihn gefesselt und ausgepeitscht.", "ASSAULT", "torture"),
    ("Der Reporter wurde mit kaltem Wasser übergossen.", "ASSAULT", "beat"),
    ("Fans beider Vereine waren vor dem Stadion aneinander geraten.", "ASSAULT", "beat"),
    ("Mehrere Staaten haben den Diplomaten die Tür gewiesen.", "COERCE", "deport"),
])
def test_violence_in_passive_and_impersonal_reports(text, typ, mode):
    ev = _first(text)
    assert (ev.type, ev.mode) == (typ, mode)


def test_troop_reduction_is_a_withdrawal_announced():
    ev = _first("Die USA haben einen Truppenabbau in Europa angekündigt.")
    assert (ev.type, ev.status) == ("RETREAT", "planned")


@pytest.mark.parametrize("text,typ", [
    # verb-final: the "als" before the verb is its predicate, the one after belongs to the next conjunct
    ("Auf Transparenten wurde die Regierung als „Diktatur“ bezeichnet und der Umsturz als „die Lösung“.", "ACCUSE"),
    ("Die als Skandal bezeichnete Entscheidung wurde am Montag vertagt.", None),
    # the finite verb before its object is no attribute ("bezeichnete Wulff", not "die bezeichnete Sache")
    ("Die Kanzlerin bezeichnete Wulff am Donnerstag als einen wunderbaren Kandidaten.", "SUPPORT"),
    # a label in scare quotes, with or without article, after a bracket in the middle field
    ("Der Diplomat nannte die Ministerin (Grüne) im Interview ein „Auslaufmodell“.", "ACCUSE"),
    ("Die Innenministerin nannte die Kundgebung „schwer erträglich“.", "ACCUSE"),
    ("Der Minister nannte das Treffen einen „Meilenstein“.", "SUPPORT"),
    ("Der Sportdirektor spricht von „Manipulation“.", "ACCUSE"),
    # seeing or holding a party as something bad; a positive assessment is no praise
    ("Der Außenminister sieht das Land als „Spielball Kiews“.", "ACCUSE"),
    ("Der Experte hält die Politik der Regierung für falsch.", "ACCUSE"),
    ("Der Minister hält es für wichtig, die Bürger früh zu informieren.", None),
])
def test_characterisations_in_modern_news(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Tausende Menschen gingen am Samstag in Zürich auf die Strasse.", "PROTEST"),
    ("Der Bundesrat schliesst eine Beteiligung an der Mission aus.", "REJECT"),
    ("Die Behörden liessen die Gefangenen am Montag frei.", "RETREAT"),
])
def test_swiss_spelling_of_phrases(text, typ):
    assert _type(text) == typ


def test_swiss_spelling_is_derived_for_every_phrase():
    from lesart.stages.events import lexicon
    parts = {e.parts for e in lexicon.load("de").entries}
    assert ("auf", "die", "strasse") in parts and ("kündigen", "..", "gegenmassnahme*", "..", "an") in parts


@pytest.mark.parametrize("text,typ,status", [
    ("Die Regierung kündigte Sanktionen an.", "SANCTION", "planned"),
    ("Die Gewerkschaft kündigte für Montag einen Streik an.", "PROTEST", "planned"),
    ("Beide Seiten kündigten Untersuchungen an.", "ACCUSE", "planned"),
    ("Linke Gruppen hatten ihren Protest gegen die Zeremonie angekündigt.", "PROTEST", "planned"),
    ("Die angekündigten Sanktionen traten am Montag in Kraft.", "SANCTION", "happened"),
    ("Die Regierung verhängte Sanktionen an einem Montag.", "SANCTION", "happened"),
])
def test_announced_acts_are_planned(text, typ, status):
    ev = _first(text)
    assert (ev.type, ev.status) == (typ, status)


@pytest.mark.parametrize("text,status", [
    ("Zeugen zufolge hätten die Männer auf den Gefangenen eingeschlagen.", "happened"),
    ("Ein Sprecher sagte, die Angreifer hätten Gewehre auf die Gruppe abgefeuert.", "happened"),
    ("Ohne ihren Einsatz hätte die Armee mehr Menschen getötet.", "hypothetical"),
    ("Die Polizei hätte die Demonstranten festnehmen können.", "hypothetical"),
])
def test_reported_perfect_subjunctive_is_past(text, status):
    assert _first(text).status == status


@pytest.mark.parametrize("text,typ", [
    ("Die Gruppe wird vom Verfassungsschutz als extremistisch eingestuft.", "ACCUSE"),
    ("Der Verband sieht die Forderungen der Gruppe mit großer Besorgnis.", "ACCUSE"),
    ("Beide Verbände beobachten mit Sorge, dass regionale Schlachthöfe verschwinden.", None),
    ("Die Bundesregierung hat Rüstungsexporte an Saudi-Arabien genehmigt.", "COOPERATE"),
    ("Der Mann wurde am Freitag im Eilverfahren verurteilt.", "SANCTION"),
    ("Die Regierung wurde für ihr Vorgehen scharf verurteilt.", "ACCUSE"),
    ("Der Trainer spricht öffentlich von Manipulation.", "ACCUSE"),
    ("Der Sprecher sprach von 100 Toten.", None),
])
def test_classifications_concern_approvals_and_convictions(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Identifizierte Spione müssten ausgewiesen werden, forderte die Partei.", "REQUEST"),
    ("Die Truppen müssten sofort abgezogen werden, forderte der Präsident.", "REQUEST"),
    ("Die Kläger bemängeln, dass die Regierung den Bundesrat ausgeschlossen hat.", "ACCUSE"),
])
def test_inverted_tag_of_a_demand_codes_the_sentence(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Die Aufsicht hat bei der Bank schwere Mängel festgestellt.", "ACCUSE"),
    ("Die Organisation unterstützt eine am Montag eingelegte Verfassungsbeschwerde.", "ACCUSE"),
    ("Die Partei unterstützt den Kandidaten der Opposition.", "SUPPORT"),
])
def test_faults_found_and_complaints_backed(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text,typ", [
    ("Die Regierung hat angekündigt, den Notstand auszurufen, wenn sich die Lage nicht bessert.", "THREATEN"),
    ("Die Regierung hat angekündigt, den Notstand auszurufen.", "COERCE"),
])
def test_an_announced_act_under_a_condition_is_a_threat(text, typ):
    assert _type(text) == typ


@pytest.mark.parametrize("text", [
    "Der Ökonom sieht die Wahrscheinlichkeit weiterer Zinssenkungen als gering an.",
    "Der Minister hält die Lage für ernst.",
    "Gleichzeitig bezeichnete es die Fachwelt als „Gamechanger“ in der Behandlung.",
    "Die Sängerin nennt ihre „Spiritual Guide“ Victoria Young als großen Einfluss.",
])
def test_assessments_and_quoted_terms_are_no_criticism(text):
    assert _type(text) is None
