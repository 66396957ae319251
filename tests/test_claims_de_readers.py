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


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_the_source_of_an_account_is_who_gave_it(tagger):
    from lesart.evaluation.attribution import _wikinews_speaker
    # a hand-read Fundus dev page (stuttgarter-zeitung.de): the police are the source, "Angaben" only how they spoke
    doc = run(["Etwa 30.000 Schaulustige verfolgten nach Angaben der Polizei die Sprengung der Kühltürme.",
               "Nach Angaben der Feuerwehr sei niemand verletzt worden. Die Straße sei wieder frei.",
               "In den Bergen kam es Informationen des Senders France Info zufolge zu Felsstürzen."], tagger=tagger)
    c = claim_with(doc, "Schaulustige")
    assert c.source.text == "der Polizei" and c.cue.text == "nach"
    assert claim_with(doc, "niemand verletzt").source.text == "der Feuerwehr"
    assert claim_with(doc, "wieder frei").source.text == "der Feuerwehr"      # the continuation too
    c = claim_with(doc, "Felsstürzen")
    assert c.source.text == "des Senders France Info"
    # WikiNews marks the account noun with its genitive as the speaker: the scorer widens the source back
    s, e = _wikinews_speaker(c, doc.text)
    assert doc.text[s:e] == "Informationen des Senders France Info"
    c = claim_with(doc, "Schaulustige")
    s, e = _wikinews_speaker(c, doc.text)
    assert doc.text[s:e] == "Angaben der Polizei"
    check_spans(doc)


def test_his_view_is_his_own():
    from lesart.api import analyze_text
    from lesart.evaluation.attribution import _wikinews_speaker
    # a hand-read Fundus dev page (ndr.de): "Seiner Meinung nach" is the view of the man named before
    doc = analyze_text("Titel\n\nDurch das Lesen am Bildschirm lasse die Konzentration nach, so Christian Dawidowski. "
                       "Seiner Meinung nach gehen vor allem zwei Dinge verloren.",
                       stages=["extract", "language", "sentences", "entities", "claims"])
    c = claim_with(doc, "zwei Dinge verloren")
    assert c.source.text == "Seiner" and c.source.kind == "person" and c.cue.text == "nach"
    assert "Dawidowski" in c.source.refers_to.text
    s, e = _wikinews_speaker(c, doc.text)
    assert doc.text[s:e] == "Seiner Meinung"


def test_a_person_named_with_a_role_is_a_person_unless_heading_the_body_and_a_description_refers_to_them():
    from lesart.api import analyze_text
    # a hand-read Fundus dev page (ndr.de): a role with the person's name in apposition is that person; "der
    # Leseforscher", "laut dem Forscher" later stand for the man named with that noun before
    doc = analyze_text(
        "Titel\n\nDer Osnabrücker Leseforscher Christian Dawidowski sagt, die Kompetenz des Lesens sei zurückgegangen. "
        "„Es passiert immer irgendetwas anderes“, sagt der Leseforscher. Auf die KI greifen laut dem Forscher viele "
        "Studierende zurück. Der Vizepräsident für Studium und Lehre der Universität Osnabrück, Jochen Oltmer, geht "
        "davon aus, dass die Hausarbeiten nicht komplett wegfallen werden. Die Sprecherin der Universität, Anna "
        "Weber, sagte, die Regeln würden überarbeitet. Der Kanzler der Universität, Peter Roth, sagte, die Mittel "
        "werden nicht reichen. Die Referentin des Ministeriums, Eva Brandner, sagte, der Antrag sei geprüft worden.",
        stages=["extract", "language", "sentences", "entities", "claims"])
    for phrase in ("immer irgendetwas", "viele Studierende"):
        c = claim_with(doc, phrase)
        assert c.source.kind == "person" and c.source.refers_to.text == "Christian Dawidowski", (phrase, c.source)
    c = claim_with(doc, "Hausarbeiten")     # the university's head (vice-president) speaks for it
    assert c.source.text.endswith("Jochen Oltmer") and c.source.kind == "organisation"
    c = claim_with(doc, "Antrag")           # a member of the ministry's staff, named: a person
    assert c.source.text.endswith("Eva Brandner") and c.source.kind == "person"
    c = claim_with(doc, "Regeln")       # a spokesperson speaks for the body
    assert c.mode == "indirect" and c.source.kind == "organisation" and c.cue.text == "sagte"
    # after a name with its apposition, "sagte," frames a clause in Konjunktiv II or the indicative as well
    c = claim_with(doc, "Mittel werden")
    assert c.mode == "indirect" and c.source.text == "Der Kanzler der Universität, Peter Roth"


def test_a_description_after_another_speaker_is_left_alone():
    from lesart.api import analyze_text
    # a hand-read Fundus dev page (waz.de): "so der Mediziner" right after Aberle's words is Aberle, a physician
    # too, not the "Ernährungsmediziner Andreas Pfeiffer" named before him
    doc = analyze_text(
        "Titel\n\n„Das wirkt“, erklärt Ernährungsmediziner Andreas Pfeiffer von der Charité. „Das muss man sich erst mal "
        "leisten können“, räumt Jens Aberle ein. Zwar gebe es einen Einwand, so der Mediziner.",
        stages=["extract", "language", "sentences", "entities", "claims"])
    c = claim_with(doc, "einen Einwand")
    assert c.source.text == "der Mediziner" and c.source.refers_to is None


def test_a_prepositional_phrase_after_the_speaker_is_no_cue():
    # a hand-read Fundus dev page (derstandard.at): the tagger took "mit der Rechtsgrundlage" for the cue
    doc = run(["Dass sie gestattet worden war, erklärt Hamburgs Polizeipräsident Falk Schnabel mit der Rechtsgrundlage: "
               "„Es war die einhellige Meinung aller Juristen, dass sich ein Verbot nicht rechtfertigen lässt.“"],
              tagger="auto")
    c = claim_with(doc, "einhellige Meinung")
    assert c.mode == "direct" and c.source.text == "Hamburgs Polizeipräsident Falk Schnabel" and c.cue.text == "erklärt"
    check_spans(doc)
    # nor an adverb (a fundus dev page, golem.de)
    from lesart.model import Claim, Source, Span
    from lesart.stages.claims.german_readers import verb_for_a_phrase_cue
    text = "Darin beklagt Samsung zusätzlich, dass Datang Mobile kein Angebot unterbreitet habe."
    c = Claim(start=39, end=len(text) - 1, text=text[39:-1], mode="indirect",
              source=Source(start=14, end=21, text="Samsung", kind="organisation"), cue=Span(start=22, end=32, text="zusätzlich"))
    doc.text = text
    (out,) = verb_for_a_phrase_cue(doc, [c])
    assert out.cue.text == "beklagt" and text[out.cue.start:out.cue.end] == "beklagt"


def test_the_federal_prosecutor_is_an_office_of_state():
    from lesart.stages.claims.sources import classify
    # a hand-read Fundus dev page (correctiv.org): "teilte der Generalbundesanwalt mit" was a person's words
    assert classify("der Generalbundesanwalt") == "government"
    assert classify("Die Bundesanwaltschaft") == "government"


def test_a_law_as_source_names_no_one(tagger="auto"):
    # a trafilatura_de page (a boating guide): laws and rules were read as persons
    doc = run(["Ab Werten von 1,1 handeln Schiffsführer laut § 316 des Strafgesetzbuches (StGB) strafbar.",
               "Im Dienst darf er laut den Kollisionsverhütungsregeln und der Seeschifffahrtsstraßen-Ordnung (SeeSchStrO) "
               "keinen Alkohol trinken.",
               "Laut dem Bürgermeister Hans Roth ist die Straße gesperrt."], tagger=tagger)
    assert claim_with(doc, "strafbar").source.kind == "unspecified"
    assert claim_with(doc, "keinen Alkohol").source.kind == "unspecified"
    assert claim_with(doc, "Straße gesperrt").source.kind != "unspecified"
    # a fundus dev page (tageblatt.lu): "laut Regularien"
    reg = run(["Eine zusätzliche Sohle ist laut Regularien nicht erlaubt."], tagger="auto")
    assert claim_with(reg, "Sohle").source.kind == "unspecified"
    # a fundus dev page (taz.de): a draft law is a document
    from lesart.stages.claims.german_readers import law_kinds
    from lesart.model import Claim, Source, Span
    text = "Im Gesetzentwurf wird betont, dass es die Rechtslage nicht verändert."
    c = Claim(start=36, end=len(text) - 1, text=text[36:-1], mode="indirect",
              source=Source(start=3, end=16, text="Gesetzentwurf", kind="person"), cue=Span(start=17, end=28, text=text[17:28]))
    (out,) = law_kinds(doc, [c])
    assert out.source.kind == "unspecified"


def test_he_may_stand_for_a_person_named_after_a_title():
    from lesart.api import analyze_text
    # a hand-read Fundus dev page (euronews.com): "er" went to the last source of kind person, passing over the
    # ambassador and the Secretary-General named with their titles
    doc = analyze_text(
        "Titel\n\n„Das verstößt gegen das Völkerrecht“, sagte Jay Dharmadhikari, stellvertretender französischer "
        "Botschafter bei der UNO. US-Botschafter Mike Waltz wies die Vorwürfe zurück. Zugleich forderte er den "
        "Sicherheitsrat auf, Maduro scharf zu verurteilen.",
        stages=["extract", "language", "sentences", "entities", "claims"])
    c = claim_with(doc, "scharf zu verurteilen")
    assert c.source.text == "er" and c.source.refers_to.text == "US-Botschafter Mike Waltz"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_a_clause_of_time_after_the_frame_is_no_speech(tagger):
    # a hand-read Fundus dev page (abendblatt.de)
    doc = run(["„Ich bin mega happy“, sagte Franke, nachdem er seine Freude auf den Knien sitzend herausgeschrien hatte.",
               "Er sagte, als er ankam, sei alles ruhig gewesen.",
               "Die Firma warf ihm vor, seit 2014 Vorschriften verletzt zu haben."], tagger=tagger)
    assert claim_with(doc, "herausgeschrien").mode == "asserted"
    assert claim_with(doc, "mega happy").source.text == "Franke"
    assert claim_with(doc, "alles ruhig").mode == "indirect"      # a Konjunktiv: what he said
    assert claim_with(doc, "Vorschriften verletzt").mode == "indirect"     # "seit" a preposition, a zu-clause
    check_spans(doc)


def test_a_cue_ends_before_the_name_of_its_speaker():
    from lesart.api import analyze_text
    # a hand-read Fundus dev page (abendblatt.de): the tagger's cue "erzählte Koech"
    doc = analyze_text("Titel\n\nDer Kenianer Cosmas Koech gewann. Im Gespräch mit dem Abendblatt erzählte Koech, dass "
                       "ihm der Wind zu schaffen gemacht hätte.",
                       stages=["extract", "language", "sentences", "entities", "claims"])
    c = claim_with(doc, "Wind zu schaffen")
    assert c.source.text == "Koech" and c.cue.text == "erzählte"
