"""German reported speech acts that are only the frame of what was said
(``speakers_de.reported_frames``, 2026-11-27); sentences of our own."""
from __future__ import annotations

from lesart.model import Claim, Source
from lesart.stages.claims.speakers_de import reported_frames
from test_claims import make_doc


def _claim(doc, content, mode="reported", source=None, cue=None):
    k = doc.text.index(content)
    src = cue_span = None
    if source is not None:
        s = doc.text.index(source)
        src = Source(start=s, end=s + len(source), text=source, kind="person")
    if cue is not None:
        c = doc.text.index(cue)
        cue_span = doc.span(c, c + len(cue))
    return Claim(start=k, end=k + len(content), text=content, mode=mode, source=src, cue=cue_span)


def _read(claims):
    return [(c.mode, c.text, c.cue.text if c.cue else None) for c in claims]


def test_the_frame_of_an_indirect_claim_is_no_reported_claim():
    doc = make_doc(["Die Feuerwehr forderte die Anwohner auf, die Fenster geschlossen zu halten."])
    claims = [_claim(doc, "Die Feuerwehr forderte die Anwohner auf", source="Die Feuerwehr"),
              _claim(doc, "die Fenster geschlossen zu halten", mode="indirect", source="Die Feuerwehr",
                     cue="forderte")]
    assert _read(reported_frames(doc, claims)) == [("indirect", "die Fenster geschlossen zu halten", "forderte")]


def test_a_relative_clause_after_a_speech_act_leaves_the_act():
    doc = make_doc(["Beobachter werten den Sieg als Rückschlag für die Linke, die mit einem Erfolg gerechnet habe."])
    claims = [_claim(doc, "Beobachter werten den Sieg als Rückschlag für die Linke", source="Beobachter"),
              _claim(doc, "die mit einem Erfolg gerechnet habe", mode="indirect", cue="werten")]
    assert [c.mode for c in reported_frames(doc, claims)] == ["reported", "indirect"]


def test_a_quotation_that_ends_the_act_is_the_claim():
    doc = make_doc(["Kritiker sprachen in diesem Zusammenhang von einem „politischen Erdbeben“."])
    claims = [_claim(doc, "Kritiker sprachen in diesem Zusammenhang von einem „politischen Erdbeben“.",
                     source="Kritiker")]
    out = reported_frames(doc, claims)
    assert _read(out) == [("direct", "„politischen Erdbeben“", None)]
    assert out[0].source.text == "Kritiker"


def test_a_scare_quoted_word_or_a_name_in_the_act_stays_reported():
    doc = make_doc(["Der Verband nennt die Kosten für die Entsorgung von „Altlasten“ als Grund.",
                    "Die Opposition forderte die Rückgabe der „Krone Karls“."])
    claims = [_claim(doc, "Der Verband nennt die Kosten für die Entsorgung von „Altlasten“", source="Der Verband"),
              _claim(doc, "Die Opposition forderte die Rückgabe der „Krone Karls“.", source="Die Opposition")]
    assert [c.mode for c in reported_frames(doc, claims)] == ["reported", "reported"]


def test_a_dass_clause_after_the_comma_is_what_was_said():
    doc = make_doc(["Beobachter schließen daraus, dass die Regierung keine Mehrheit mehr hat."])
    claims = [_claim(doc, "Beobachter schließen daraus, dass die Regierung keine Mehrheit mehr hat.",
                     source="Beobachter")]
    out = reported_frames(doc, claims)
    assert _read(out) == [("indirect", "dass die Regierung keine Mehrheit mehr hat", "schließen")]
    assert out[0].source.text == "Beobachter"


def test_an_infinitive_that_belongs_to_a_noun_is_no_content():
    doc = make_doc(["Der Minister bezeichnete den Plan als einen Versuch, die Debatte zu beenden.",
                    "Der ursprüngliche Plan, ein Kraftwerk zu bauen, wurde zurückgestellt."])
    claims = [_claim(doc, "Der Minister bezeichnete den Plan als einen Versuch, die Debatte zu beenden.",
                     source="Der Minister"),
              _claim(doc, "Der ursprüngliche Plan, ein Kraftwerk zu bauen, wurde zurückgestellt.")]
    assert [c.mode for c in reported_frames(doc, claims)] == ["reported", "reported"]


def _rules(paragraphs):
    from lesart.stages.claims import ClaimsStage
    doc = ClaimsStage(tagger="rules")(make_doc(paragraphs))
    return [(c.mode, c.text, c.cue.text if c.cue else None, c.source.text if c.source else None)
            for c in doc.claims]


def test_demnach_after_the_verb_passes_on_the_source_just_named():
    out = _rules(["Die Polizei berichtete am Abend über den Anschlag. Unter den Opfern waren demnach vier Kinder."])
    assert out[-1][0] == "reported" and out[-1][2] == "demnach" and out[-1][1].startswith("Unter den Opfern")
    # its own verb of saying is the frame; in Konjunktiv the sentence goes on with the words said
    out = _rules(["Die Polizei berichtete am Abend über den Anschlag. Er gab demnach an, müde zu sein."])
    assert out[-1][2] != "demnach"

