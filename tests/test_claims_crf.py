"""The claims CRF in numpy (``crf_numpy.py``) against CRFsuite's own tagger, on real sentences."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("sklearn_crfsuite")

from lesart.stages.claims import ClaimsStage  # noqa: E402
from lesart.stages.claims.crf import CrfTagger, available  # noqa: E402
from lesart.stages.claims.crf_features import quote_mask, rule_labels, sentence_attributes  # noqa: E402
from lesart.stages.claims.text import tokenize  # noqa: E402
from test_claims import make_doc  # noqa: E402

SENTENCES = {
    "en": ["“We will not back down,” the president told reporters on Tuesday, adding that talks "
           "were “a waste of time.”",
           "Russia has moved troops to the border, according to officials in Kyiv who asked not to be named.",
           "The company reportedly paid $2 billion.",
           "Officials said the talks would resume.",
           "Yes.",
           "“Unbalanced quotation, he said, and it goes on"],
    "de": ["Nach übereinstimmenden Angaben von Südkorea, der Ukraine und den Vereinigten Staaten hatte "
           "Nordkorea seit Oktober etwa 10.000 Soldaten in der Region Kursk stationiert.",
           "Der südkoreanische Geheimdienst NIS hatte damals erklärt, dass die Truppen nicht mehr in "
           "Kampfhandlungen verwickelt gewesen seien.",
           "Das genaue Ausmaß der Truppenverlegung sei derzeit noch Gegenstand von Untersuchungen.",
           "„Wir werden nicht nachgeben“, sagte der Minister am Dienstag.",
           "Die Regierung soll Soldaten entsandt haben."],
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_numpy_crf_gives_crfsuites_tags_and_marginals(language):
    if not available(language):
        pytest.skip(f"no claims CRF for {language}")
    tagger = CrfTagger.load(language)
    doc = make_doc(SENTENCES[language], language)
    rule_claims = list(ClaimsStage(tagger="rules")._rules_pass(doc).claims)
    crfsuite = tagger.crf.tagger_
    batch, expected, expected_marginals = [], [], []
    for s in doc.sentences:
        tokens = tokenize(doc.text[s.start:s.end], s.start)
        local = [c for c in rule_claims if c.start < s.end and s.start < c.end]
        mask, rules = quote_mask(tokens, doc.text, s.start, s.end), rule_labels(local, tokens)
        expected.append(crfsuite.tag(sentence_attributes(tokens, mask, language, rules)))
        expected_marginals.append([[crfsuite.marginal(y, i) for y in tagger.fast.labels] for i in range(len(tokens))])
        batch.append((tokens, mask, rules))
    scores, lengths = tagger.fast.scores(batch)
    assert tagger.fast.tag(scores, lengths) == expected
    assert any(t != "O" for tags in expected for t in tags)      # the sentences exercise the model
    for got, want in zip(tagger.fast.marginals(scores, lengths), expected_marginals):
        np.testing.assert_allclose(got, np.array(want), atol=1e-9)


def test_document_tagging_matches_sentence_by_sentence():
    if not available("en"):
        pytest.skip("no claims CRF for en")
    tagger = CrfTagger.load("en")
    doc = make_doc(SENTENCES["en"], "en")
    locals_ = [[] for _ in doc.sentences]
    by_document = tagger.tag_document(doc, locals_)
    by_sentence = [tagger.tag_sentence(doc, s.start, s.end, []) for s in doc.sentences]
    assert [tags for _, tags in by_document] == [tags for _, tags in by_sentence]
