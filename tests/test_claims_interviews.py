"""Printed interviews: answers are the interviewee's claims (``claims.interviews``); texts of our own."""
from __future__ import annotations

from lesart.stages.claims import ClaimsStage
from test_claims import make_doc


def _said(doc):
    return [(c.mode, c.source.text if c.source else None, c.text[:30]) for c in doc.claims if c.mode != "asserted"]


def test_labelled_and_unlabelled_answers_are_the_interviewees():
    doc = ClaimsStage(tagger="auto")(make_doc([
        "Iran hat Israel angegriffen. Wie zentral der Konflikt für die USA ist, weiss Thomas Jäger.",
        "SRF News: Mehrere Staaten haben Drohnen abgefangen. Wie wichtig war die Unterstützung der USA?",
        "Thomas Jäger: Diese war ausschlaggebend. Man wusste, dass ein solcher Angriff bevorsteht.",
        "Wie viel hat die Zurückhaltung Israels mit den USA zu tun?",
        "Sehr viel. Auch wenn der Iran nun sagt, man habe Vergeltung geübt, bleibt die Lage gefährlich.",
        "Das Gespräch führte Peter Hanselmann.",
    ]))
    answers = [c for c in doc.claims if c.mode == "direct"]
    assert [(c.source.text, c.text[:20]) for c in answers] == [
        ("Thomas Jäger", "Diese war ausschlagg"), ("Thomas Jäger", "Sehr viel. Auch wenn")]
    assert answers[0].cue.text == ":" and answers[1].cue is None
    # the question and the closing line stay the author's; the interviewee's report of Iran's words stays
    assert not any(c.source and c.source.text.lower() == "man" for c in doc.claims)
    assert any(c.source and c.source.text == "der Iran" for c in doc.claims)
    assert any(c.mode == "asserted" and c.text.startswith("Das Gespräch führte") for c in doc.claims)


def test_labelled_paragraphs_without_a_question_are_no_interview():
    paragraphs = ["Bauzinsen: Die Zinsen für Baukredite steigen seit Juli wieder leicht an.",
                  "Sparzinsen: Die Zinsen für Tagesgeld sinken weiter, sagt die Verbraucherzentrale."]
    doc = ClaimsStage(tagger="auto")(make_doc(paragraphs))
    assert not any(c.source and c.source.text in ("Bauzinsen", "Sparzinsen") for c in doc.claims)


def test_an_english_interview_with_named_turns():
    doc = ClaimsStage(tagger="auto")(make_doc([
        "Reuters: How long will the talks take?",
        "Jane Smith: At least another month. Both sides have hardened their positions.",
        "And what happens if they fail?",
        "Then the tariffs stay in place.",
    ], "en"))
    answers = [c for c in doc.claims if c.mode == "direct"]
    assert [(c.source.text, c.text) for c in answers] == [
        ("Jane Smith", "At least another month. Both sides have hardened their positions."),
        ("Jane Smith", "Then the tariffs stay in place.")]


def test_a_lines_label_is_no_interviewee():
    # a trafilatura_de page (a car-finance guide): "Quellen:" under a table made every paragraph after it a
    # quotation of "Quellen"
    doc = ClaimsStage(tagger="auto")(make_doc([
        "Tipp: Was kostet das Leasing?",
        "Quellen: Vergleich.de Autokredit Vergleich, Audi Leasing-Konfigurator",
        "Bei Wagen in der höheren Preiskategorie ist es wahrscheinlich, dass Sie Einmalzahlungen leisten.",
        "Beim Leasing zahlen Sie in diesem Beispiel anfangs knapp 9.000 Euro.",
    ]))
    assert not any(c.source and c.source.text in ("Quellen", "Tipp") for c in doc.claims), _said(doc)
