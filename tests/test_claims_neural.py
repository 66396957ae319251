"""The BiLSTM beside the claims CRF: numpy forward pass, BIO decoding, the ensemble."""
from __future__ import annotations

import numpy as np
import pytest

from lesart.stages.claims.neural import MODELS, BiLstmTagger, BioDecoder, token_inputs
from lesart.stages.claims.text import tokenize

EN_MODEL = MODELS / "bilstm_en.npz"
needs_en = pytest.mark.skipif(not EN_MODEL.exists(), reason="no bilstm_en.npz (python -m lesart.stages.claims.train_neural)")


def _inputs(text: str, language: str = "en") -> dict:
    tokens = tokenize(text)
    return token_inputs(tokens, [False] * len(tokens), ["none"] * len(tokens), language)


def test_viterbi_never_starts_or_continues_a_span_it_did_not_open():
    labels = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE"]
    # the most likely label of every token alone is an I- label that may not follow
    probs = np.array([[0.1, 0.2, 0.6, 0.05, 0.05],
                      [0.1, 0.1, 0.1, 0.1, 0.6],
                      [0.3, 0.0, 0.6, 0.05, 0.05]])
    decoder = BioDecoder(labels)
    path, short = decoder([probs, probs[:2]])
    assert short == decoder([probs[:2]])[0]       # a batch's sentences are decoded independently
    assert decoder([]) == []
    valid = np.array([[0.1, 0.7, 0.1, 0.05, 0.05], [0.1, 0.1, 0.7, 0.05, 0.05], [0.8, 0.05, 0.05, 0.05, 0.05]])
    assert decoder([valid, probs])[0] == ["B-SRC", "I-SRC", "O"]     # a valid best path is kept as it is
    assert path[0] != "I-SRC"
    for prev, cur in zip(path, path[1:]):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:], path


@needs_en
def test_probabilities_are_distributions_and_do_not_depend_on_the_batch():
    tagger = BiLstmTagger.load("en")
    short = _inputs("Officials said the talks would resume on Monday.")
    long = _inputs("The senator, who spoke on condition of anonymity because the negotiations "
                   "were private, told reporters that the White House had not yet decided whether to veto the bill.")
    alone = tagger.probabilities([short])[0]
    batched = tagger.probabilities([long, short])
    assert alone.shape == (len(short["word"]), len(tagger.labels))
    np.testing.assert_allclose(alone.sum(axis=1), 1.0, rtol=1e-5)
    # padding after the short sentence must not leak into its backward pass
    np.testing.assert_allclose(batched[1], alone, atol=1e-5)
    assert batched[0].shape[0] == len(long["word"])


@needs_en
def test_tagging_path_gives_the_training_inputs_probabilities():
    tagger = BiLstmTagger.load("en")
    texts = ["“We will not back down,” the President told reporters, adding that talks were over.",
             "Officials who asked not to be named said the army had withdrawn from Kherson.",
             "Yes."]
    batch = []
    for text in texts:
        tokens = tokenize(text)
        mask = [i < 8 for i in range(len(tokens))]
        rules = ["src" if t.text == "Officials" else "none" for t in tokens]
        batch.append((tokens, mask, rules))
    fast = tagger.token_probabilities(batch)
    slow = tagger.probabilities([token_inputs(*item, "en") for item in batch])
    for a, b in zip(fast, slow):
        np.testing.assert_allclose(a, b, atol=1e-6)


@needs_en
def test_bilstm_reads_a_plain_attribution():
    tagger = BiLstmTagger.load("en")
    inputs = _inputs("The minister said that the army had withdrawn from the city.")
    tags = [tagger.labels[i] for i in tagger.probabilities([inputs])[0].argmax(axis=1)]
    words = inputs["word"]
    assert tags[words.index("said")].endswith("CUE")
    assert tags[words.index("minister")].endswith("SRC")
    assert tags[words.index("army")].endswith("CONTENT")


@needs_en
def test_english_ensemble_keeps_offsets():
    pytest.importorskip("sklearn_crfsuite")
    from lesart.stages.claims.crf import CrfTagger
    from test_claims import make_doc
    doc = make_doc(["Russia has moved troops to the border, according to officials in Kyiv.",
                    "“We will not back down,” the president told reporters on Tuesday."], "en")
    tagger = CrfTagger.load("en", neural=True)
    assert tagger.neural is not None and tagger.alpha > 0
    claims = tagger.claims(doc)
    assert claims
    for c in claims:
        assert doc.text[c.start:c.end] == c.text
        if c.source:
            assert doc.text[c.source.start:c.source.end] == c.source.text
    assert any(c.mode == "direct" and c.source and "president" in c.source.text for c in claims)


@needs_en
def test_the_default_reads_the_network_and_crf_mode_does_not():
    pytest.importorskip("sklearn_crfsuite")
    from lesart.stages.claims import ClaimsStage
    from lesart.stages.claims.crf import CrfTagger
    assert CrfTagger.load("en").neural is None
    assert not any("bilstm" in k for k in ClaimsStage(tagger="crf").models())
    default = ClaimsStage()
    assert any("bilstm_en" in k for k in default.models())
    with pytest.raises(ValueError):
        ClaimsStage(tagger="accurate")
    from test_claims import make_doc
    doc = default(make_doc(["The minister said that the budget would be balanced by 2027."], "en"))
    said = next(c for c in doc.claims if "budget would be balanced" in c.text)
    assert said.mode != "asserted" and said.source is not None and "minister" in said.source.text


def test_held_out_slice_is_whole_documents():
    # train_neural.fit(holdout=...) stops on every n-th train document, never on dev
    from lesart.stages.claims.train_neural import held_out
    sentences = [{"doc": f"d{k // 3:02d}", "i": k} for k in range(60)]    # 20 documents of 3 sentences
    fit, stop = held_out(sentences, 0.1)
    assert {s["doc"] for s in stop} == {"d09", "d19"}
    assert not {s["doc"] for s in fit} & {s["doc"] for s in stop}
    assert len(fit) + len(stop) == 60


@needs_en
def test_forward_pass_is_a_plain_bilstm():
    """_forward (both directions and all sentences stepped together, the gates rearranged and
    halved) gives what an LSTM written out token by token from the file's weights gives (torch's
    gate order: input, forget, cell, output)."""
    tagger = BiLstmTagger.load("en")
    with np.load(EN_MODEL, allow_pickle=False) as z:
        w = {k: z[k].astype(np.float64) for k in z.files if k != "meta"}
    rng = np.random.default_rng(3)
    lengths = rng.integers(1, 60, size=40)
    x = rng.standard_normal((int(lengths.sum()), w["fw_w_ih"].shape[1])).astype(np.float32)
    fast = tagger._forward(x, lengths)

    def run(xs, d):
        h, c, hs = np.zeros(tagger.hidden), np.zeros(tagger.hidden), []
        for row in xs:
            i, f, g, o = np.split(w[f"{d}_w_ih"] @ row + w[f"{d}_w_hh"] @ h + w[f"{d}_b"], 4)
            c = c / (1 + np.exp(-f)) + np.tanh(g) / (1 + np.exp(-i))
            h = np.tanh(c) / (1 + np.exp(-o))
            hs.append(h)
        return np.array(hs)

    start = 0
    for n, got in zip(lengths.tolist(), fast):
        xs = x[start:start + n].astype(np.float64)
        start += n
        logits = np.concatenate([run(xs, "fw"), run(xs[::-1], "bw")[::-1]], axis=1) @ w["out_w"].T + w["out_b"]
        want = np.exp(logits - logits.max(axis=1, keepdims=True))
        np.testing.assert_allclose(got, want / want.sum(axis=1, keepdims=True), atol=1e-5)
