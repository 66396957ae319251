"""German claims: failures found reading whole pages as a fact-checker (session 27, issue 3)."""
from __future__ import annotations

import pytest

from lesart.evaluation.attribution import _quoted_inside
from test_claims import check_spans, claim_with, run


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_a_courts_belief_is_the_courts_claim(tagger):
    doc = run(["Nach Überzeugung des Gerichts habe der Angeklagte aus Habgier gehandelt.",
               "Das Gericht ging davon aus, er habe das Geld für sich behalten."], tagger=tagger)
    c = claim_with(doc, "aus Habgier gehandelt")
    assert c.mode == "indirect" and c.cue.text == "Nach" and "Gerichts" in c.source.text
    c = claim_with(doc, "das Geld für sich behalten")
    assert c.mode == "indirect" and c.source.text == "Das Gericht"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_what_the_court_holds_plausible_is_its_claim(tagger):
    doc = run(["Die Darstellung des Angeklagten hält das Gericht für plausibel.",
               "Für plausibel hält das Gericht auch die Aussage der Zeugin.",
               "Dass der Mann in Notwehr handelte, hält das Gericht für wahrscheinlich."], tagger=tagger)
    c = claim_with(doc, "Die Darstellung des Angeklagten")
    assert c.mode == "reported" and c.source.text == "das Gericht"
    c = claim_with(doc, "die Aussage der Zeugin")
    assert c.mode == "reported" and c.source.text == "das Gericht"
    c = claim_with(doc, "in Notwehr handelte")
    assert c.mode == "indirect" and c.source.text == "das Gericht" and c.cue.text == "hält"
    check_spans(doc)


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_a_quoted_phrase_inside_indirect_speech_stays_in_it(tagger):
    doc = run(["Die Polizei teilte mit, der Fahrer sei „mit deutlich überhöhter Geschwindigkeit“ unterwegs gewesen."],
              tagger=tagger)
    assert [c.mode for c in doc.claims] == ["indirect"]
    c = doc.claims[0]
    assert c.text.startswith("der Fahrer sei „mit") and c.source.text == "Die Polizei"
    # the WikiNews scorer still reads the quotation as the Direct passage nested in the Indirect one
    (q,) = _quoted_inside(c)
    assert doc.text[q[0]:q[1]] == "„mit deutlich überhöhter Geschwindigkeit“"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_the_authors_indicative_clause_before_a_speakers_konjunktiv(tagger):
    doc = run(["Das Unternehmen hat 500 Mitarbeiter, die Lage sei aber ernst, sagte Müller.",
               "Am Montag tagte der Rat, die Entscheidung sei gefallen, sagte der Bürgermeister.",
               "Die Feuerwehr war mit 50 Kräften im Einsatz, verletzt wurde niemand, sagte ein Sprecher.",
               "Die Lage ist ernst, sagte Müller."], tagger=tagger)
    assert claim_with(doc, "500 Mitarbeiter").mode == "asserted"
    c = claim_with(doc, "die Lage sei aber ernst")
    assert c.text == "die Lage sei aber ernst" and c.source.text == "Müller" and c.mode == "indirect"
    # (the tagger may leave the author's clause out; it is never the mayor's)
    assert all(c.mode == "asserted" for c in doc.claims if "tagte der Rat" in c.text)
    assert claim_with(doc, "die Entscheidung sei gefallen").source.text == "der Bürgermeister"
    # all indicative: the whole is the spokesman's report
    c = claim_with(doc, "verletzt wurde niemand")
    assert c.text.startswith("Die Feuerwehr") and c.source.text == "ein Sprecher"
    assert claim_with(doc, "Die Lage ist ernst").source.text == "Müller"
    check_spans(doc)


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_no_dateline_in_a_claim(tagger):
    doc = run(["BERLIN (dpa) - Die Regierung will die Steuern senken, sagte Finanzminister Müller am Montag.",
               "Washington/Berlin (AFP) - Die USA und Deutschland wollen enger zusammenarbeiten, sagte Scholz.",
               "Hamburg (dpa) – Der Hafen meldet für das Jahr einen Rekordumschlag.",
               "Kiel (dpa/lno) - Die Landesregierung will die Schulen sanieren, sagte die Ministerin.",
               "Berlin (dts Nachrichtenagentur) - Die Lage sei ernst, sagte der Sprecher.",
               "Der Bericht (dpa) wurde gestern veröffentlicht, sagte Müller."], tagger=tagger)
    c = claim_with(doc, "Steuern senken")
    assert c.text == "Die Regierung will die Steuern senken" and c.source.text == "Finanzminister Müller"
    assert claim_with(doc, "enger zusammenarbeiten").text.startswith("Die USA")
    assert claim_with(doc, "Rekordumschlag").text.startswith("Der Hafen")
    assert claim_with(doc, "Schulen sanieren").text.startswith("Die Landesregierung")
    assert claim_with(doc, "Die Lage sei ernst").text == "Die Lage sei ernst"
    assert claim_with(doc, "veröffentlicht").text.startswith("Der Bericht (dpa)")   # no dateline: no dash
    check_spans(doc)


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_two_nouns_in_the_midfield_and_a_fronted_object(tagger):
    doc = run(["Der Täter sei geflüchtet, teilten Polizei und Staatsanwaltschaft am Montag mit.",
               "Am Dienstag teilten Polizei und Staatsanwaltschaft mit, der Mann sei gefasst.",
               "Die Vorwürfe nannte der Sprecher des Ministeriums „völlig absurd und haltlos“.",
               "Die Ministerin sagte der Zeitung, sie habe nichts gewusst."], tagger=tagger)
    assert claim_with(doc, "Der Täter sei geflüchtet").source.text == "Polizei und Staatsanwaltschaft"
    assert claim_with(doc, "der Mann sei gefasst").source.text == "Polizei und Staatsanwaltschaft"
    c = claim_with(doc, "völlig absurd")
    assert c.source.text == "der Sprecher des Ministeriums" and c.cue.text == "nannte"
    # the phrase before the verb speaks when it names someone: the dative after it is the listener
    assert claim_with(doc, "sie habe nichts gewusst").source.text == "Die Ministerin"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_a_bare_object_after_the_midfield_speaker_is_no_part_of_it(tagger):
    doc = run(["Vor Gericht hat der Kläger Schadensersatz verlangt.",
               "Am Montag forderte die Gewerkschaft Lohnerhöhungen von fünf Prozent.",
               "Am Montag forderte die Gewerkschaft Verdi höhere Löhne."], tagger=tagger)
    assert claim_with(doc, "Schadensersatz").source.text == "der Kläger"
    assert claim_with(doc, "Lohnerhöhungen").source.text == "die Gewerkschaft"
    assert claim_with(doc, "höhere Löhne").source.text == "die Gewerkschaft Verdi"   # a name in apposition


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_a_quotation_inside_a_prepositional_frame_stays_in_it(tagger):
    doc = run(["Nach Angaben der Polizei war der Fahrer „mit deutlich überhöhter Geschwindigkeit“ unterwegs.",
               "Der Plan wurde von der Opposition als „Akt der blanken Verzweiflung“ kritisiert."], tagger=tagger)
    assert not [c for c in doc.claims if c.mode == "direct" and "Geschwindigkeit" in c.text]
    # a summarised act keeps its quotation as the record of the words
    assert claim_with(doc, "Verzweiflung").mode == "direct"
