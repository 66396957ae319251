"""Konjunktiv chains after reported speech (linking.chain_continuations) and sayings, slogans and
law titles in quotation marks that are no claim (``_without_titles``); sentences of our own."""
from __future__ import annotations

from lesart.model import Claim, Source
from lesart.stages.claims import _without_titles
from lesart.stages.claims.linking import chain_continuations
from test_claims import make_doc


def _claim(doc, content, mode="indirect", source=None):
    k = doc.text.index(content)
    src = None
    if source is not None:
        s = doc.text.index(source)
        src = Source(start=s, end=s + len(source), text=source, kind="person")
    return Claim(start=k, end=k + len(content), text=content, mode=mode, source=src)


CHAIN = ["Die Bürgermeisterin Petra Wolf sagte, der Haushalt sei ausgeglichen.",
         "Die Stadt habe keine neuen Schulden gemacht.", "Die Rücklagen reichten bis zum Jahr 2030."]


def _chain_doc(paragraphs):
    doc = make_doc(paragraphs)
    claims = [_claim(doc, "der Haushalt sei ausgeglichen", source="Die Bürgermeisterin Petra Wolf")]
    for s in doc.sentences[1:]:
        if s.text.startswith("Der Kämmerer"):
            claims.append(Claim(start=s.start, end=s.end - 1, text=s.text[:-1], mode="asserted"))
        else:
            claims.append(_claim(doc, s.text))
    return doc, claims


def test_a_konjunktiv_chain_keeps_its_speaker_to_its_end():
    doc, claims = _chain_doc([" ".join(CHAIN)])
    out = chain_continuations(doc, claims)
    assert [c.source.text if c.source else None for c in out] == ["Die Bürgermeisterin Petra Wolf"] * 3


def test_an_asserted_sentence_ends_the_chain():
    doc, claims = _chain_doc([" ".join([CHAIN[0], CHAIN[1], "Der Kämmerer legte den Bericht am Montag vor.",
                                        CHAIN[2]])])
    out = chain_continuations(doc, claims)
    assert [c.source.text if c.source else None for c in out] == \
        ["Die Bürgermeisterin Petra Wolf", "Die Bürgermeisterin Petra Wolf", None, None]


def test_a_new_paragraph_ends_the_chain():
    doc, claims = _chain_doc([" ".join(CHAIN[:2]), CHAIN[2]])
    out = chain_continuations(doc, claims)
    assert [c.source.text if c.source else None for c in out] == \
        ["Die Bürgermeisterin Petra Wolf", "Die Bürgermeisterin Petra Wolf", None]


def test_a_new_speaker_takes_over_the_chain():
    text = " ".join([CHAIN[0], "Der Kämmerer Jan Roth erklärte, die Zinsen stiegen.", CHAIN[2]])
    doc = make_doc([text])
    claims = [_claim(doc, "der Haushalt sei ausgeglichen", source="Die Bürgermeisterin Petra Wolf"),
              _claim(doc, "die Zinsen stiegen", source="Der Kämmerer Jan Roth"), _claim(doc, CHAIN[2])]
    out = chain_continuations(doc, claims)
    assert out[2].source.text == "Der Kämmerer Jan Roth"


def _titles(text, quote):
    doc = make_doc([text])
    k = text.index(quote)
    c = Claim(start=k, end=k + len(quote), text=quote, mode="direct")
    return _without_titles(doc, [c])


def test_a_law_title_in_quotes_is_no_claim():
    out = _titles("Der Bundestag beschloss am Freitag das „Starke-Familien-Gesetz“ mit großer Mehrheit.",
                  "„Starke-Familien-Gesetz“")
    assert [c.mode for c in out] == ["asserted"]
    out = _titles("Congress passed the “Clean Harbors Act” on Tuesday after a long debate.", "“Clean Harbors Act”")
    assert [c.mode for c in out] == ["asserted"]


def test_a_slogan_or_saying_in_quotes_is_no_claim():
    out = _titles("Die Partei zog mit dem Slogan „Mehr Grün für alle“ in den Wahlkampf.", "„Mehr Grün für alle“")
    assert [c.mode for c in out] == ["asserted"]
    out = _titles("„Früh übt sich, wer ein Meister werden will!“ ist ein altes Sprichwort aus Schwaben.",
                  "„Früh übt sich, wer ein Meister werden will!“")
    assert [c.mode for c in out] == ["asserted"]
    out = _titles("Am Wochenende heißt es wieder „Leinen los“!", "„Leinen los“")
    assert [c.mode for c in out] == ["asserted"]


def test_a_short_quotation_of_someones_words_stays_a_claim():
    out = _titles("Die Ministerin nannte den Entwurf einen „großen Schritt nach vorn“ für die Pflege.",
                  "„großen Schritt nach vorn“")
    assert [c.mode for c in out] == ["direct"]
    out = _titles("Der Trainer war nach dem Spiel außer sich: „Das war unfassbar!“", "„Das war unfassbar!“")
    assert [c.mode for c in out] == ["direct"]
