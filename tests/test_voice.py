"""The voice layer: the author's own words on the seed page, English examples, CheckThat! gold."""
from __future__ import annotations

import numpy as np
import pytest

from conftest import needs_shared

import lesart
from lesart.model import Block, Claim, Document, Sentence, Source, SourceInfo, Span
from lesart.stages.voice import VoiceStage, fastpredict
from lesart.stages.voice.features import cue_matrix, cue_vector
from lesart.stages.voice.attribution import sentence_is_reported
from lesart.stages.voice.lexicon import load
from lesart.stages.voice.model import load as load_model

SEED_VOICE = ("Fragwürdige", "autoritären Regimen", "Verzweiflung des Kreml", "besorgniserregende",
              "destabilisieren könnte", "ins Leere zu laufen", "demokratiefeindliche")
SEED_NOT_VOICE = ("Der südkoreanische Geheimdienst NIS hatte damals erklärt", "Das genaue Ausmaß der Truppenverlegung")


def _overlapping(doc, phrase, kinds=("evaluative", "loaded", "speculation")):
    start = doc.text.index(phrase)
    end = start + len(phrase)
    return [v for v in doc.voice if v.kind in kinds and v.start < end and v.end > start]


@pytest.mark.parametrize("phrase", SEED_VOICE)
def test_seed_words_of_the_author_are_voice(seed_doc, phrase):
    assert _overlapping(seed_doc, phrase), f"no word-level voice span over {phrase!r}"


@pytest.mark.parametrize("phrase", SEED_NOT_VOICE)
def test_seed_attributed_and_neutral_text_is_not_voice(seed_doc, phrase):
    kinds = ("evaluative", "loaded", "speculation", "opinion")
    assert not _overlapping(seed_doc, phrase, kinds), phrase


def test_seed_voice_spans_are_exact_and_sentences_scored(seed_doc):
    doc = seed_doc
    for v in doc.voice:
        assert doc.text[v.start:v.end] == v.text and v.kind in ("evaluative", "loaded", "speculation", "opinion")
    body = [s for s in doc.sentences if s.subjectivity is not None]
    assert len(body) >= 15
    assert all(0.0 <= s.subjectivity <= 1.0 and isinstance(s.subjective, bool) for s in body)
    by_text = {s.text: s for s in doc.sentences}
    opinion = next(t for t in by_text if t.startswith("Die erneute Entsendung"))
    reported = next(t for t in by_text if t.startswith("Der südkoreanische Geheimdienst NIS"))
    assert by_text[opinion].subjectivity > by_text[reported].subjectivity
    assert not by_text[reported].subjective


def _doc(text, language, claims=()):
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language=language)
    doc.blocks = [Block(start=0, end=len(text), text=text, kind="body")]
    doc.sentences = [Sentence(start=0, end=len(text), text=text)]
    doc.claims = list(claims)
    return doc


def test_english_loaded_words_and_hedges():
    text = "The regime's brazen crackdown is a shameful debacle that could backfire."
    doc = VoiceStage()(_doc(text, "en"))
    found = {(v.text, v.kind) for v in doc.voice if v.kind != "opinion"}
    assert ("regime", "loaded") in found and ("shameful", "evaluative") in found
    assert ("could", "speculation") in found


def test_words_inside_attributed_content_are_not_voice():
    text = 'The minister said the plan was "a shameful and reckless disaster for everyone".'
    quote_start = text.index('"')
    cue = text.index("said")
    claim = Claim(start=quote_start, end=len(text) - 1, text=text[quote_start:-1], mode="direct",
                  source=Source(start=0, end=12, text=text[:12], kind="government"),
                  cue=Span(start=cue, end=cue + 4, text="said"))
    doc = VoiceStage()(_doc(text, "en", [claim]))
    assert not doc.voice
    # Without claims the fallback sees the reporting verb and the quotation.
    doc = VoiceStage()(_doc(text, "en"))
    assert not [v for v in doc.voice if v.text in ("shameful", "reckless")]


def test_konjunktiv_and_reporting_cues_are_attribution():
    assert sentence_is_reported("Die Lage sei ernst, hieß es aus Regierungskreisen.", "de")
    assert sentence_is_reported("Laut Polizei wurden drei Menschen verletzt.", "de")
    assert sentence_is_reported("The figures were wrong, the ministry said.", "en")
    assert not sentence_is_reported("Die Lage ist ernst.", "de")


def test_german_compound_patterns_and_no_false_stems():
    lex = load("de")
    assert lex.lookup("demokratiefeindliche").kind == "loaded"
    assert lex.lookup("zwangsabgabe").kind == "loaded"
    assert lex.lookup("skandalurteil").kind == "loaded"
    assert lex.lookup("migrantenhetze").kind == "loaded"
    assert lex.lookup("gutachten") is None and lex.lookup("wohlstand") is None
    assert lex.lookup("feindlich") is None          # no compound head: not a "*feindlich" compound


def test_english_subjective_sentence_scores_higher():
    doc = lesart.analyze_text("The council approved the budget on Tuesday with a vote of 7 to 2. "
                              "Frankly, this is the most absurd decision I have ever seen.",
                              stages=["extract", "language", "sentences", "voice"])
    assert doc.language == "en"
    first, second = doc.sentences
    assert second.subjectivity > first.subjectivity and second.subjective and not first.subjective


# Regression gate on the CheckThat! 2025 test (measured once: model 1.0 de 0.655, en 0.588; model 1.1 de 0.689,
# en 0.593; pins leave about 0.025 for noise).
# The shipped models were trained on train + dev + dev_test, so only test is held out.
@needs_shared
@pytest.mark.gold
@pytest.mark.parametrize("language,minimum", [("de", 0.66), ("en", 0.565)])
def test_checkthat_test_macro_f1_is_pinned(language, minimum):
    from lesart.evaluation import subjectivity

    result = subjectivity.evaluate(f"checkthat-{language}", "test")
    assert result["scores"]["macro_f1"] >= minimum, result
    assert result["scores"]["brier"] <= 0.22, result     # calibrated: no worse than measured 0.19-0.20 + noise


def test_capitalised_words_inside_a_sentence_are_names_not_voice():
    doc = VoiceStage()(_doc("The talks in Great Britain ended on May 5 with a deal.", "en"))
    assert not [v for v in doc.voice if v.kind != "opinion"]
    doc = VoiceStage()(_doc("Das Wohl der Kinder steht im Mittelpunkt.", "de"))
    assert not [v for v in doc.voice if v.text == "Wohl"]


def test_fast_prediction_is_sklearns_bit_for_bit(seed_doc):
    """fastpredict counts n-grams its own way and skips sklearn's checks: no probability may move."""
    sentences = [s.text for s in seed_doc.sentences] + [
        "", "x", "The regime's brazen crackdown is a shameful debacle that could backfire."]
    for language in ("de", "en"):
        pipeline = load_model(language).pipeline
        assert np.array_equal(fastpredict.predict_proba(pipeline, sentences), pipeline.predict_proba(sentences))


def test_cue_vectors_do_not_depend_on_the_batch(seed_doc):
    sentences = [s.text for s in seed_doc.sentences][:20] + ["", "Ich sage: Das ist sehr, sehr schlecht..."]
    batch = cue_matrix(sentences, "de")
    assert all(np.array_equal(row, cue_vector(text, "de")) for row, text in zip(batch, sentences))


def test_models_stay_loaded_across_many_languages():
    german, english = load_model("de"), load_model("en")
    for code in ("pt", "ko", "it", "id", "ru", "fr", "nl"):
        assert load_model(code) is None
    assert load_model("de") is german and load_model("en") is english


def test_an_ing_verb_with_an_object_is_not_the_adjective():
    from lesart.api import analyze_text
    doc = analyze_text("Hawk Sawyer acknowledged staffing shortages, telling lawmakers that officials are working. "
                       "It was a telling sign.", stages=["extract", "language", "sentences", "claims", "voice"])
    telling = [v for v in doc.voice if v.text == "telling"]
    assert len(telling) == 1 and doc.text[telling[0].start - 2:telling[0].start] == "a "


def test_could_before_a_verb_of_the_senses_is_ability_not_speculation_en():
    from lesart.api import analyze_text
    doc = analyze_text("The counselor was having lunch with the ambassador when Holmes could hear the president's voice.",
                       stages=["extract", "language", "sentences", "entities", "claims", "voice"])
    assert not any(v.kind == "speculation" and v.text == "could" for v in doc.voice)


def test_german_words_of_a_state_or_a_legal_finding_are_not_value_words():
    # read on Fundus dev pages: 'Bevor er verletzt und entführt worden war', 'Giftige Rauchwolke',
    # 'Etwa 18.600 Menschen sind arbeitslos gemeldet' were the author's value words (SentiWS polarity)
    text = ("Bevor er verletzt und entführt worden war, zog eine giftige Rauchwolke auf. 18.600 Menschen sind "
            "arbeitslos, das Jahr war das wärmste, sie plädierten auf nicht schuldig. Das ist eine besorgniserregende Entwicklung.")
    doc = VoiceStage()(_doc(text, "de"))
    found = {v.text for v in doc.voice if v.kind in ("evaluative", "loaded")}
    assert not found & {"verletzt", "giftige", "arbeitslos", "wärmste", "schuldig"}
    assert "besorgniserregende" in found
