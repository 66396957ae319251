"""Claims stage: the seed page, German/English rules, bad input, gold floors."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from lesart.model import Block, Claim, Document, Sentence, Source, SourceInfo, Span
from lesart.stages.claims import ClaimsStage
from lesart.stages.claims.text import find_quotes

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seeds" / "000_3a2dee0eeef83530.txt"
# sentence end: . ! ? (plus a closing quotation mark) before a space or the end
_SENT = re.compile(r".+?(?:[.!?]+[“”\"«»‘]?(?=\s|$)|$)")


def make_doc(paragraphs: list[str], language: str = "de", kinds: list[str] | None = None) -> Document:
    """A document built by hand: one block per paragraph, a plain regex sentence splitter."""
    text = "\n\n".join(paragraphs)
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language=language)
    pos = 0
    for i, para in enumerate(paragraphs):
        kind = kinds[i] if kinds else "body"
        doc.blocks.append(Block(start=pos, end=pos + len(para), text=para, kind=kind))
        for m in _SENT.finditer(para):
            s, e = pos + m.start(), pos + m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                doc.sentences.append(Sentence(start=s, end=e, text=text[s:e]))
        pos += len(para) + 2
    return doc


def run(paragraphs, language="de", kinds=None, tagger="rules"):
    return ClaimsStage(tagger=tagger)(make_doc(paragraphs, language, kinds))


def claim_with(doc, phrase):
    hits = [c for c in doc.claims if phrase in c.text]
    assert hits, f"no claim contains {phrase!r}: {[(c.mode, c.text) for c in doc.claims]}"
    return min(hits, key=lambda c: len(c.text))


def check_spans(doc):
    for c in doc.claims:
        assert doc.text[c.start:c.end] == c.text
        for sp in (c.source, c.cue):
            if sp is not None:
                assert doc.text[sp.start:sp.end] == sp.text


# -- the seed page ----------------------------------------------------------------
def seed_document(tagger: str) -> Document:
    text = SEED.read_text(encoding="utf-8")
    try:
        from lesart.api import analyze_text
        doc = analyze_text(text, stages=["extract", "language", "sentences"])
        return ClaimsStage(tagger=tagger)(doc)
    except (ImportError, KeyError):
        # Without the lead's pipeline: the article body by hand.
        body = text.split("- Themen:")[0].strip().splitlines()[1:]
        paras = [p for p in body if len(p.split()) > 8]
        return run(paras, tagger=tagger)


@pytest.mark.skipif(not SEED.exists(), reason=f"seed page not found under {SHARED} (set LESART_SHARED)")
@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_seed_page(tagger):
    doc = seed_document(tagger)
    check_spans(doc)
    c = claim_with(doc, "soll Nordkorea erneut Soldaten nach Russland entsandt haben")
    assert c.mode == "hearsay"
    assert c.source is not None and "Geheimdienstkreisen" in c.source.text
    assert c.source.kind in ("intelligence", "anonymous")

    c = claim_with(doc, "Das genaue Ausmaß der Truppenverlegung sei derzeit noch Gegenstand von Untersuchungen")
    assert c.mode == "indirect"
    assert c.source is not None and "Geheimdienstkreisen" in c.source.text

    c = claim_with(doc, "dass die nordkoreanischen Truppen seit Mitte Januar nicht mehr in Kampfhandlungen verwickelt gewesen seien")
    assert c.mode == "indirect"
    assert c.source is not None and c.source.text == "Der südkoreanische Geheimdienst NIS"
    assert c.cue is not None and c.cue.text == "erklärt"
    assert not c.text.startswith("Der südkoreanische")  # the frame is not content

    c = claim_with(doc, "hatte Nordkorea seit Oktober des vergangenen Jahres etwa 10.000 Soldaten in der Region Kursk stationiert")
    assert c.mode == "reported"
    assert c.source is not None and c.source.text == "Südkorea, der Ukraine und den Vereinigten Staaten"
    assert c.source.kind == "government"
    assert c.text.startswith("hatte Nordkorea")  # the listed source is not content
    for claim in doc.claims:  # a claim never starts inside its own source
        assert claim.source is None or not claim.source.start < claim.start < claim.source.end, claim.text

    c = claim_with(doc, "dass erst Anfang Februar nordkoreanische Einheiten aus der russischen Region Kursk abgezogen wurden")
    assert c.mode == "asserted" and c.source is None
    # An evaluative sentence with a verb from the cue list is still the author's.
    assert claim_with(doc, "Die Bereitschaft des Kim-Regimes").mode == "asserted"
    # Headings, title and the advertisement carry no claims.
    for claim in doc.claims:
        assert "Webinar" not in claim.text and "Westliche Beobachter alarmiert" != claim.text


# -- German rules --------------------------------------------------------------------
def test_soll_obligation_is_not_hearsay():
    doc = run(["Der Prozess soll morgen in Hamburg beginnen, teilte das Gericht mit.",
               "Der Verdächtige soll das Geld aus der Kasse genommen haben."])
    assert claim_with(doc, "Prozess soll morgen").mode != "hearsay"
    assert claim_with(doc, "Geld aus der Kasse genommen haben").mode == "hearsay"


def test_konjunktiv_continuation_takes_previous_speaker():
    doc = run(["Innenministerin Anna Berger sagte am Montag, die Lage sei unter Kontrolle. "
               "Weitere Einsatzkräfte würden nicht benötigt. Die Polizei habe alle Zugänge gesperrt."])
    first = claim_with(doc, "die Lage sei unter Kontrolle")
    assert first.mode == "indirect" and first.source.text == "Innenministerin Anna Berger"
    cont = claim_with(doc, "Die Polizei habe alle Zugänge gesperrt")
    assert cont.mode == "indirect" and cont.source is not None
    assert cont.source.text == "Innenministerin Anna Berger"


def test_direct_quote_with_frame_and_laut():
    doc = run(["„Wir werden die Steuern nicht erhöhen“, sagte der Finanzminister.",
               "Laut Polizei wurden drei Menschen verletzt."])
    q = claim_with(doc, "Wir werden die Steuern nicht erhöhen")
    assert q.mode == "direct" and q.source is not None and "Finanzminister" in q.source.text
    assert q.source.kind == "government"
    r = claim_with(doc, "wurden drei Menschen verletzt")
    assert r.mode == "reported" and r.source.text == "Polizei" and r.cue.text == "Laut"


def test_all_quote_styles():
    for text in ("Er sagte: »Das ist eine gute Nachricht für alle.«",
                 "Er sagte: „Das ist eine gute Nachricht für alle.“",
                 "Er sagte: «Das ist eine gute Nachricht für alle.»",
                 "Er sagte: ‚Das ist eine gute Nachricht für alle.‘",
                 'Er sagte: "Das ist eine gute Nachricht für alle."'):
        doc = run([text])
        c = claim_with(doc, "Das ist eine gute Nachricht")
        assert c.mode == "direct", text


def test_asserted_only_for_body_blocks():
    doc = run(["Die Stadt hat 40.000 Einwohner und liegt am Rhein.",
               "Die Stadt hat 40.000 Einwohner und liegt am Rhein."], kinds=["heading", "body"])
    assert len(doc.claims) == 1 and doc.claims[0].mode == "asserted"
    assert doc.claims[0].start > 50


# -- bad input -------------------------------------------------------------------------
def test_unbalanced_quotation_marks():
    doc = run(["„Das ist ein Satz ohne schließendes Zeichen, sagte er. Danach kommt noch viel Text über die Lage.",
               "Die Regierung hat den Haushalt am Dienstag beschlossen."])
    check_spans(doc)
    assert claim_with(doc, "Haushalt am Dienstag beschlossen").mode == "asserted"
    assert find_quotes("„offen und nie geschlossen") == []


def test_no_punctuation_at_all():
    words = "die regierung hat heute beschlossen dass die steuern steigen sagte der minister".split()
    text = " ".join(words * 40)
    doc = run([text])
    check_spans(doc)  # finishes; long unsplit text yields no wild claims
    assert all(c.end <= len(doc.text) for c in doc.claims)


def test_twenty_thousand_sentences_finish():
    sentences = ["Der Minister sagte, die Lage sei ernst.", "Laut Polizei gab es drei Verletzte.",
                 "„Wir helfen sofort und ohne Bedingungen“, erklärte die Sprecherin.",
                 "Die Brücke ist seit 1990 gesperrt."] * 5000
    doc = make_doc([" ".join(sentences[i:i + 20]) for i in range(0, 20000, 20)])
    assert len(doc.sentences) == 20000
    t0 = time.perf_counter()
    ClaimsStage(tagger="rules")(doc)
    assert time.perf_counter() - t0 < 60
    assert len(doc.claims) >= 20000


# -- English -----------------------------------------------------------------------------
def test_english_examples():
    doc = run(["The minister said that the budget would be balanced by 2027.",
               "According to the police, three people were injured.",
               "The suspect reportedly fled to Canada.",
               "“We will not raise taxes,” said Senator Jane Miller.",
               "The bridge was built in 1932 and carries 40,000 cars a day."], language="en")
    check_spans(doc)
    c = claim_with(doc, "that the budget would be balanced")
    assert c.mode == "indirect" and c.source.text == "The minister" and c.cue.text == "said"
    c = claim_with(doc, "three people were injured")
    assert c.mode == "reported" and c.source.text == "the police" and c.source.kind == "government"
    assert claim_with(doc, "fled to Canada").mode == "hearsay"
    c = claim_with(doc, "We will not raise taxes")
    assert c.mode == "direct" and c.source.text == "Senator Jane Miller"
    assert claim_with(doc, "bridge was built in 1932").mode == "asserted"


def test_wikinews_scorer_leaves_out_the_cue_of_a_summarised_act():
    """WikiNews tags no cue for a Reported act (its verb is content); a reported speech act's
    cue is still lesart's output, but not scored as a cue, while an indirect claim's is."""
    from lesart.evaluation.attribution import GoldDoc, WIKINEWS_TYPES, score_wikinews
    text = "Die Partei forderte Neuwahlen. Er sagte, sie komme."
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    gold = GoldDoc(id="g", text=text, language="de", tokens=tokens)
    gold.spans = {f"quote:{t}": [] for t in WIKINEWS_TYPES} | {"speaker": [], "cue": [(34, 39)],
                                                               "quote": [(0, 29), (41, 50)]}
    gold.spans["quote:Reported"] = [(0, 29)]
    gold.spans["quote:Indirect"] = [(41, 50)]
    doc = make_doc([text])
    act = Claim(start=0, end=29, text=text[:29], mode="reported",
                source=Source(start=0, end=10, text=text[:10], kind="organisation"), cue=doc.span(11, 19))
    said = Claim(start=41, end=50, text=text[41:50], mode="indirect", cue=doc.span(34, 39))
    scores = score_wikinews([(gold, [act, said])])
    assert scores["cue"]["p"] == 100 and scores["cue"]["r"] == 100
    assert scores["type:Reported"]["f1"] == 100


# -- gold floors (dev only; the numbers themselves are in docs/evaluation.md) ---------------
GOLD = SHARED / "data" / "attribution"


@pytest.mark.gold
@pytest.mark.skipif(not (GOLD / "de-wikinews-quotation").exists(), reason=f"no WikiNews gold under {GOLD}")
def test_wikinews_dev_floor():
    from lesart.evaluation import attribution
    res = attribution.evaluate("de-wikinews-quotation", "dev", root=SHARED)
    assert res["scores"]["type:Direct"]["f1"] >= 85
    assert res["scores"]["any quotation"]["f1"] >= 60


@pytest.mark.gold
@pytest.mark.skipif(not (GOLD / "en-polnear").exists(), reason=f"no PolNeAR gold under {GOLD}")
def test_polnear_dev_floor():
    from lesart.evaluation import attribution
    res = attribution.evaluate("en-polnear", "dev", root=SHARED)
    assert res["scores"]["overlap:content"]["f1"] >= 60
    assert res["scores"]["exact:cue"]["f1"] >= 35


# -- the trained tagger ---------------------------------------------------------------------
MODELS = Path(__file__).resolve().parents[1] / "src" / "lesart" / "stages" / "claims" / "models"


@pytest.mark.skipif(not (MODELS / "crf_de.joblib").exists(), reason="German CRF model not built (python -m lesart.stages.claims.train de)")
def test_crf_tagger_runs_and_keeps_offsets():
    pytest.importorskip("sklearn_crfsuite")
    from lesart.stages.claims.crf import CrfTagger
    doc = make_doc(["Der Minister sagte am Montag, die Lage sei unter Kontrolle. Die Polizei habe alle Zugänge gesperrt.",
                    "„Wir helfen sofort“, erklärte die Sprecherin der Stadt Köln."])
    claims = CrfTagger.load("de").claims(doc)
    assert claims
    for c in claims:
        assert doc.text[c.start:c.end] == c.text
        assert c.mode in ("direct", "indirect", "hearsay", "reported")


@pytest.mark.skipif(not (MODELS / "crf_en.joblib").exists(), reason="English CRF model not built (python -m lesart.stages.claims.train en)")
def test_english_default_uses_tagger_and_stays_sane():
    pytest.importorskip("sklearn_crfsuite")
    stage = ClaimsStage()
    assert stage.models()  # the pipeline record names the model
    doc = stage(make_doc(["The minister said that the budget would be balanced by 2027.",
                          "“We will not raise taxes,” said Senator Jane Miller.",
                          "The bridge was built in 1932 and carries 40,000 cars a day."], "en"))
    check_spans(doc)
    said = claim_with(doc, "the budget would be balanced")
    assert said.mode != "asserted" and said.source is not None and "minister" in said.source.text
    assert claim_with(doc, "We will not raise taxes").mode == "direct"
    assert claim_with(doc, "bridge was built in 1932").mode == "asserted"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_embedded_post_is_its_accounts_direct_claim(tagger):
    """A tweet the page embeds (kept by extract as a quote block with its attribution line) is
    the account's own words: a direct claim with the account as source, not the author's."""
    from lesart.api import analyze_html

    story = ("The state launched a new campaign against drug abuse on Monday, and it drew mockery online "
             "within hours of its launch. Officials said the campaign would run until the end of the year.")
    post = ("<blockquote class=\"twitter-tweet\"><p>The state spent nearly half a million dollars on this "
            "campaign and it is a joke.</p>&mdash; Dianna Anderson (@diannaeanderson) "
            "<a href=\"https://twitter.com/x/status/1\">November 18, 2019</a></blockquote>")
    html = (f"<html lang=\"en\"><body><article><p>{story}</p>{post}<p>{story.replace('Monday', 'Tuesday')}</p>"
            "</article></body></html>")
    doc = analyze_html(html, stages=("extract", "language", "sentences", "claims"))
    ClaimsStage(tagger=tagger)(doc)
    posts = [c for c in doc.claims if "half a million" in c.text]
    assert len(posts) == 1
    assert posts[0].mode == "direct" and posts[0].source is not None
    assert posts[0].source.text == "Dianna Anderson"
    assert "(@diannaeanderson)" not in posts[0].text


def test_pieces_of_one_quotation_are_joined():
    """The tagger's sentence pieces inside one pair of quotation marks, with one source, become
    one direct claim over the whole quotation; pieces with two different sources stay apart."""
    from lesart.model import Claim, Source
    from lesart.stages.claims.quotations import merge_split_quotations

    text = '"It is one of the things worrying them. And that can be deadly," Smith said.'
    doc = Document(id="q", source=SourceInfo(kind="text"), text=text, language="en",
                   blocks=[Block(start=0, end=len(text), text=text, kind="body")])
    src = Source(start=text.index("Smith"), end=text.index("Smith") + 5, text="Smith", kind="person")
    first, second = text.index("It is"), text.index("And that")
    pieces = [Claim(start=first, end=second - 1, text=text[first:second - 1], mode="direct", source=src),
              Claim(start=second, end=text.index(',"'), text="", mode="direct", source=src)]
    joined = merge_split_quotations(doc, pieces)
    assert len(joined) == 1 and joined[0].text == text[:text.index(" Smith")]
    other = Source(start=0, end=1, text='"', kind="person")
    pieces[1] = Claim(start=second, end=text.index(',"'), text="", mode="direct", source=other)
    assert len(merge_split_quotations(doc, pieces)) == 2



def test_words_before_a_parenthetical_frame_are_a_claim_too():
    """"Lenox was a juggernaut, Mr. Clarke said, until ...": the words before a frame set off by
    commas are said as well, with the same source and cue; a participle opening the sentence
    ("Asked about it, ...") is the speaker's, and a clause before the last comma is not said."""
    from lesart.model import Claim, Source
    from lesart.stages.claims.crf_repairs import _words_before_parenthetical_frame

    def framed(text, content_from, speaker, verb):
        doc = make_doc([text], "en")
        s0, v0, c0 = text.index(speaker), text.index(verb), text.index(content_from)
        c = Claim(start=c0, end=len(text) - 1, text=text[c0:-1], mode="indirect",
                  source=Source(start=s0, end=s0 + len(speaker), text=speaker, kind="person"),
                  cue=doc.span(v0, v0 + len(verb)))
        return doc, _words_before_parenthetical_frame(doc, [c])

    doc, out = framed("Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.",
                      "until", "Mr. Clarke", "said")
    assert [c.text for c in out] == ["Lenox was a juggernaut", "until it went bankrupt in 1999"]
    assert out[0].source.text == "Mr. Clarke" and out[0].cue.text == "said"
    doc, out = framed("The park is near the stadium, which, Tompkins said, is usually full.", "is usually",
                      "Tompkins", "said")
    assert [c.text for c in out][0] == "which"
    doc, out = framed("Asked about the device, the official said, it was a pressure cooker.", "it was",
                      "the official", "said")
    assert len(out) == 1


def test_tagged_piece_of_a_quotation_gives_it_its_frame():
    """'Clinton spoke. “A. B,” she said.': the tagger tags the quotation's last sentence with
    "she said"; that piece is part of the rules' quotation, which takes the frame from it."""
    from lesart.model import Claim, Source
    from lesart.stages.claims.crf import CrfTagger

    text = "Clinton spoke on Tuesday. “We need change. It is unbearable,” she said."
    doc = make_doc([text], "en")
    q0, q1 = text.index("“"), text.index("”") + 1
    she, said, piece = text.index("she"), text.index("said"), text.index("It is")
    rule = Claim(start=q0, end=q1, text=text[q0:q1], mode="direct",
                 source=Source(start=0, end=7, text="Clinton", kind="person"), cue=doc.span(said, said + 4))
    tagged = Claim(start=piece, end=q1, text=text[piece:q1], mode="indirect",
                   source=Source(start=she, end=she + 3, text="she", kind="person"), cue=doc.span(said, said + 4))
    out = CrfTagger._merge([tagged], [rule], keep_rule_only=False, language="en")
    assert [(c.text, c.mode, c.source.text) for c in out] == [(text[q0:q1], "direct", "she")]


@pytest.mark.parametrize("text,speaker,verb", [
    ("“Does anybody know what the platform is?” Graham asked. “Neither do I.”", "Graham", "asked"),
    ("Clinton, at a later press gaggle, said, “I have been briefed about the bombings.”", None, "said"),
    ("Said Ellis: “I don't get the sense she is interested in tax reform.”", "Ellis", "Said"),
])
def test_frameless_quotation_takes_the_frame_beside_it(text, speaker, verb):
    from lesart.model import Claim
    from lesart.stages.claims.crf_repairs import _framed_next_to

    doc = make_doc([text], "en")
    q0 = text.index("“")
    q1 = text.index("”", q0) + 1
    c = _framed_next_to(doc, Claim(start=q0, end=q1, text=text[q0:q1], mode="direct"))
    assert c.cue is not None and c.cue.text == verb
    assert (c.source.text if c.source is not None else None) == speaker


def test_circumstance_after_a_quotations_frame_is_no_claim():
    from lesart.model import Claim, Source
    from lesart.stages.claims.crf_repairs import _without_circumstance_of_quotation

    text = "“I would,” Melanie said to the TV."
    doc = make_doc([text], "en")
    said, m = doc.span(text.index("said"), text.index("said") + 4), text.index("Melanie")
    src = Source(start=m, end=m + 7, text="Melanie", kind="person")
    quote = Claim(start=0, end=10, text=text[:10], mode="direct", source=src, cue=said)
    after = Claim(start=text.index("to the"), end=len(text) - 1, text="to the TV", mode="indirect", source=src, cue=said)
    assert _without_circumstance_of_quotation(doc, [quote, after]) == [quote]


@pytest.mark.parametrize("language,text", [
    ("en", 'The minister said "we will not pay," according to Reuters, while officials reportedly disagreed.'),
    ("en", "Prices rose."),
    ("de", "Der Sprecher sagte, die Regierung sei bereit, „das Abkommen zu prüfen“, und habe keine Einwände."),
    ("de", "Nordkorea soll erneut Soldaten nach Russland entsandt haben, erklärte der Geheimdienst NIS."),
])
@pytest.mark.parametrize("with_rules", [False, True])
def test_tagger_attributes_match_the_training_features(language, text, with_rules):
    """Tagging reads byte attributes (``sentence_attributes``), training feature dicts
    (``sentence_features``): both must give crfsuite the same item, or the tagger
    would see other features than the model learnt."""
    from lesart.stages.claims.crf_features import quote_mask, sentence_attributes, sentence_features
    from lesart.stages.claims.text import tokenize

    tokens = tokenize(text)
    mask = quote_mask(tokens, text, 0, len(text))
    rules = [("cue", "src", "none")[i % 3] for i in range(len(tokens))] if with_rules else None

    def as_crfsuite_reads(features: dict) -> list[bytes]:
        return [(k if v is True or v == 1.0 and not isinstance(v, str) else f"{k}:{v}").encode()
                for k, v in features.items()]

    expected = [as_crfsuite_reads(f) for f in sentence_features(tokens, mask, language, rules, drop_false=True)]
    assert sentence_attributes(tokens, mask, language, rules) == expected


@pytest.mark.parametrize("tagger", ["auto", "rules"])
@pytest.mark.parametrize(("sentence", "source", "cue", "content"), [
    ("Officials who asked not to be named said talks would resume.", "Officials", "said", "talks would resume"),
    ("A senior official, who spoke on condition of anonymity because he was not authorised to speak "
     "publicly, said the plan had been dropped.", "A senior official", "said", "the plan had been dropped"),
    ("Two people familiar with the matter, who declined to be identified, told Reuters that the deal was off.",
     "Two people familiar with the matter", "told", "that the deal was off"),
])
def test_anonymity_clause_belongs_to_the_source(tagger, sentence, source, cue, content):
    if tagger == "auto":
        pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger=tagger)(make_doc([sentence], "en"))
    said = [c for c in doc.claims if c.mode != "asserted"]
    assert len(said) == 1, [(c.text, c.mode) for c in doc.claims]
    claim = said[0]
    assert (claim.text, claim.source.text, claim.source.kind, claim.cue.text) == (content, source, "anonymous", cue)


def test_other_relative_clauses_keep_their_own_claims():
    doc = ClaimsStage(tagger="rules")(make_doc(
        ["The mayor, who arrived on Monday, said the bridge would reopen next week."], "en"))
    before = [(c.text, c.mode) for c in doc.claims]
    from lesart.stages.claims.anonymous_sources import with_anonymous_sources
    assert [(c.text, c.mode) for c in with_anonymous_sources(doc, doc.claims)] == before


@pytest.mark.parametrize("tagger", ["auto", "crf", "rules"])
def test_english_hearsay_keeps_its_reading_under_every_tagger(tagger):
    if tagger != "rules":
        pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger=tagger)(make_doc([
        "The troops are said to have suffered heavy losses.",
        "North Korea reportedly sent another 3,000 soldiers in January, South Korea's spy agency told lawmakers.",
    ], "en"))
    said = next(c for c in doc.claims if "heavy losses" in c.text)
    # passive hearsay: nobody is named, and the troops are what the claim is about
    assert said.mode == "hearsay" and said.source is None and said.text.startswith("The troops")
    understood = run(["It is understood that the deal will be signed next week.",
                      "The minister is expected to resign."], language="en", tagger=tagger)
    assert claim_with(understood, "the deal will be signed").mode == "hearsay"
    expected = [c for c in understood.claims if "resign" in c.text]
    assert expected and all(c.source is None for c in expected)    # the minister says nothing here
    if tagger == "crf":
        return      # the CRF alone reads "North Korea" as the source of "reportedly"; the BiLSTM does not
    sent = next(c for c in doc.claims if "3,000 soldiers" in c.text)
    # the hearsay word sits inside a claim whose frame names the source
    assert (sent.text, sent.source.text, sent.source.kind, sent.cue.text) == (
        "North Korea reportedly sent another 3,000 soldiers in January", "South Korea's spy agency",
        "intelligence", "told")


def test_source_kind_from_the_entity_it_names_when_its_words_say_nothing():
    from lesart.model import Entity
    text = "Big Machine said the singer would be allowed to perform at the awards."
    plain = ClaimsStage(tagger="rules")(make_doc([text], "en"))
    assert claim_with(plain, "the singer").source.kind == "person"      # nothing else to go on
    doc = make_doc([text, "The spokeswoman said the label had agreed."], "en")
    at = doc.text.index("The spokeswoman")
    # (the second entity is a tagger's mistake: the words still decide)
    doc.entities = [Entity(start=0, end=11, text="Big Machine", label="ORG"),
                    Entity(start=at, end=at + 15, text="The spokeswoman", label="ORG")]
    doc = ClaimsStage(tagger="rules")(doc)
    assert claim_with(doc, "the singer").source.kind == "organisation"
    # a person noun says what the source is, whatever entity it mentions
    assert claim_with(doc, "the label had agreed").source.kind == "person"


@pytest.mark.parametrize("tagger", ["rules", "auto"])
def test_quotation_over_several_paragraphs_keeps_its_speaker(tagger):
    """Each paragraph of a long quotation opens with a mark and only the last one
    closes: the unclosed first paragraph is still the speaker's quotation, and the
    next paragraph continues it rather than going back to an earlier speaker."""
    if tagger == "auto":
        pytest.importorskip("sklearn_crfsuite")
    doc = run(['The decision was final, the Swedish Prosecution Authority said.',
               'Ms Persson said: "I would like to emphasise that the injured party has submitted a credible '
               'and reliable version of events.',
               '"Her statements have been coherent, extensive and detailed; however, the evidential situation '
               'has been weakened."'], language="en", tagger=tagger)
    check_spans(doc)
    first = claim_with(doc, "I would like to emphasise")
    assert first.mode == "direct" and first.source is not None and first.source.text == "Ms Persson"
    second = claim_with(doc, "Her statements have been coherent")
    assert second.mode == "direct" and second.source is not None and second.source.text == "Ms Persson"


def test_an_unclosed_mark_without_a_following_quotation_stays_stray():
    text = 'He said: "the plan works. Then he left.'
    assert find_quotes(text) == []
    assert find_quotes(text, runs_on=True)[0].start == 9


def test_passive_accusation_names_no_speaker():
    """'Assange was accused of ...': the subject is the accused, not who accuses."""
    pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage()(make_doc(["Assange was accused of rape by a woman following a conference in Stockholm in 2010.",
                                  "He is accused of participating in one of the largest ever leaks of secrets.",
                                  "Trump was asked whether he would resign."], "en"))
    check_spans(doc)
    for c in doc.claims:
        assert c.source is None or c.source.text not in ("Assange", "He", "Trump"), (c.text, c.source)


def test_reports_name_the_author_only_for_asserted_claims():
    from lesart.model import Claim
    from lesart.render.claim_rows import source_label
    assert source_label(Claim(start=0, end=4, text="Text", mode="asserted")) == "the author"
    assert source_label(Claim(start=0, end=4, text="Text", mode="indirect")) == "no source named"


def test_a_passive_is_not_printed_as_its_own_speaker():
    from lesart.model import Claim, Source, Span
    from lesart.render.claim_rows import source_label
    text = "Als Hauptgrund wurden die Verluste genannt"
    verb = Source(start=35, end=42, text="genannt", kind="unspecified")
    assert source_label(Claim(start=0, end=42, text=text, mode="reported", source=verb)) == "no source named (passive)"
    framed = Claim(start=0, end=10, text=text[:10], mode="indirect", source=verb, cue=Span(start=35, end=42, text="genannt"))
    assert source_label(framed) == "no source named (passive)"
    named = Source(start=0, end=3, text="Als", kind="person")
    assert source_label(Claim(start=5, end=42, text=text[5:], mode="reported", source=named)) == "Als (person)"


@pytest.mark.parametrize("phrase, kind", [
    ("das Gericht", "government"), ("Dem Urteil", "government"), ("das Landgericht München", "government"),
    ("a federal judge", "government"), ("the Supreme Court", "government"), ("Courtney Love", "person"),
    ("ein Bericht der BBC", "media"), ("südkoreanischen Geheimdienstkreisen", "intelligence"),
    ("Die Stiftung Donorkind", "organisation"), ("Kreise in Berlin", "anonymous"),
    ("Statistischem Bundesamt", "government"), ("die Bundesagentur für Arbeit", "government"),
    ("die Nachrichtenagentur dpa", "media"), ("der Agentur zufolge", "media"),
    # an unnamed group is no one the reader could ask; a named expert, or experts of a body, are
    ("Viele Experten", "anonymous"), ("Analysts", "anonymous"), ("Many experts", "anonymous"),
    ("Der Experte Hans Müller", "person"), ("Forscher der Universität Bonn", "organisation"),
    # a word of anonymity as a job title before a full name names the person ("NFL Insider Jason La Canfora")
    ("NFL Insider Jason La Canfora", "person"), ("ein Insider", "anonymous"), ("a source close to Trump", "anonymous")])
def test_source_kinds_from_their_words(phrase, kind):
    from lesart.stages.claims.sources import classify
    assert classify(phrase) == kind


# One convention in both languages: a body's head named with their office speaks with the body's kind (state
# offices: government; the head of a company, party or club: organisation); a bare "the CEO", a kitchen's chef
# or a post in a body is a person.
@pytest.mark.parametrize("phrase, kind", [
    ("Bundeskanzler Olaf Scholz", "government"), ("Chancellor Olaf Scholz", "government"),
    ("Staatschef Xi Jinping", "government"), ("Kreml-Chef Wladimir Putin", "government"),
    ("Siemens-Chef Roland Busch", "organisation"), ("Siemens CEO Roland Busch", "organisation"),
    ("Deutsche-Bank-Chef Christian Sewing", "organisation"), ("Bahnchef Richard Lutz", "organisation"),
    ("Der Chef der Deutschen Bank, Christian Sewing", "organisation"),
    ("Roland Busch, chief executive of Siemens", "organisation"),
    ("Tesla chief executive Elon Musk", "organisation"),
    ("the CEO", "person"), ("der Chef", "person"), ("Küchenchef Tim Mälzer", "person"),
    ("Chefredakteur Giovanni di Lorenzo", "person"),
    ("Omar Lamrani, a senior military analyst at Stratfor", "person")])
def test_source_kinds_of_office_holders(phrase, kind):
    from lesart.stages.claims.sources import classify
    assert classify(phrase) == kind


def test_both_sides_of_a_frame_show_as_one_row():
    from lesart.model import Claim, Source, Span
    from lesart.render.claim_rows import claim_rows
    text = "Derzeit gibt es laut Ministerium noch 40 Betriebe. Das ist wenig."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="de")
    src = Source(start=21, end=32, text="Ministerium", kind="government")
    cue = Span(start=16, end=20, text="laut")
    doc.claims = [Claim(start=0, end=15, text=text[:15], mode="reported", source=src, cue=cue),
                  Claim(start=33, end=49, text=text[33:49], mode="reported", source=src, cue=cue),
                  Claim(start=51, end=64, text=text[51:64], mode="asserted")]
    rows = claim_rows(doc)
    assert [(number, shown) for number, _, shown, _ in rows] == [
        ("1–2", "Derzeit gibt es … noch 40 Betriebe"), ("3", "Das ist wenig")]


def test_reports_say_whom_a_pronoun_source_stands_for():
    from lesart.model import Claim, Source, Span
    from lesart.render.claim_rows import claim_rows
    from lesart.model import Entity
    text = "Holland-Moritz erklärt: „Die Kosten steigen.“ Er sagt: „Wir brauchen Hilfe.“"
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="de")
    doc.entities = [Entity(start=0, end=14, text="Holland-Moritz", label="PER")]
    named = Source(start=0, end=14, text="Holland-Moritz", kind="person")
    pronoun = Source(start=46, end=48, text="Er", kind="person")
    doc.claims = [Claim(start=23, end=45, text=text[23:45], mode="direct", source=named,
                        cue=Span(start=15, end=22, text="erklärt")),
                  Claim(start=55, end=77, text=text[55:77], mode="direct", source=pronoun,
                        cue=Span(start=49, end=53, text="sagt"))]
    from lesart.stages.claims.antecedents import with_antecedents
    doc.claims = with_antecedents(doc, doc.claims)
    labels = [label for _, _, _, label in claim_rows(doc)]
    assert labels == ["Holland-Moritz (person)", "Er → Holland-Moritz (person)"]
    assert doc.claims[1].source.text == "Er"      # the layer keeps the pronoun
    assert doc.claims[1].source.refers_to.text == "Holland-Moritz"     # and says whom it stands for


def test_she_and_they_are_not_given_a_man_as_antecedent():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import antecedents
    text = "Donald Trump said it. Trump said more. She said no. They said yes. Angela Merkel agreed. She smiled."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    doc.entities = [Entity(start=0, end=12, text="Donald Trump", label="PER"),
                    Entity(start=22, end=27, text="Trump", label="PER"),
                    Entity(start=67, end=80, text="Angela Merkel", label="PER")]

    def claim(src_start, src_end):
        return Claim(start=src_end + 1, end=src_end + 5, text=text[src_end + 1:src_end + 5], mode="indirect",
                     source=Source(start=src_start, end=src_end, text=text[src_start:src_end], kind="person"),
                     cue=Span(start=src_end + 1, end=src_end + 5, text=text[src_end + 1:src_end + 5]))
    spans = [(22, 27), (39, 42), (52, 56), (67, 80), (89, 92)]     # Trump, She, They, Angela Merkel, She
    doc.claims = [claim(a, b) for a, b in spans]
    found = {doc.claims.index(c): text[s:e] for c in doc.claims for key, (s, e) in antecedents(doc, doc.claims).items()
             if key == id(c)}
    assert found == {4: "Angela Merkel"}        # not "She → Trump", nor "They → Trump"


def test_a_surname_takes_the_gender_of_its_full_name_and_titled_persons_count():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import antecedents
    # "Cruz" alone reads as a woman's first name; as Ted Cruz's surname it is a man's
    text = "Ted Cruz said it. Cruz said more. Maria Lopez, president of the union, said so. She said no."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    doc.entities = [Entity(start=0, end=8, text="Ted Cruz", label="PER"),
                    Entity(start=34, end=45, text="Maria Lopez", label="PER")]

    def claim(src_start, src_end, kind="person"):
        return Claim(start=src_end + 1, end=src_end + 5, text=text[src_end + 1:src_end + 5], mode="indirect",
                     source=Source(start=src_start, end=src_end, text=text[src_start:src_end], kind=kind),
                     cue=Span(start=src_end + 1, end=src_end + 5, text=text[src_end + 1:src_end + 5]))
    doc.claims = [claim(0, 8), claim(18, 22), claim(34, 69, "organisation"), claim(80, 83)]
    assert {k: text[s:e] for k, (s, e) in antecedents(doc, doc.claims).items()} == {
        id(doc.claims[3]): "Maria Lopez, president of the union"}


def test_only_a_person_named_shortly_before_is_whom_he_stands_for():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import antecedents
    text = "Die Familie sagte das. Er sagte mehr."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="de")

    def claim(src_start, src_end):
        return Claim(start=src_end + 1, end=src_end + 6, text=text[src_end + 1:src_end + 6], mode="indirect",
                     source=Source(start=src_start, end=src_end, text=text[src_start:src_end], kind="person"),
                     cue=Span(start=src_end + 1, end=src_end + 6, text=text[src_end + 1:src_end + 6]))
    doc.claims = [claim(0, 11), claim(23, 25)]
    assert antecedents(doc, doc.claims) == {}              # "die Familie" is no one "er" stands for
    doc.entities = [Entity(start=4, end=11, text="Familie", label="PER")]
    assert antecedents(doc, doc.claims) == {id(doc.claims[1]): (0, 11)}


def test_a_pronoun_that_opens_its_sentence_continues_the_person_who_opened_the_one_before():
    from lesart.model import Claim, Entity, Sentence, Source, Span
    from lesart.stages.claims.antecedents import antecedents
    text = ("Kurt Volker said he knew nothing. Tim Morrison was the third witness with Ukrainian President "
            "Volodymyr Zelensky. He said he was not concerned.")
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    cut = [0, text.index("Tim"), text.index("He said")]
    doc.sentences = [Sentence(start=a, end=b - 1 if b < len(text) else b, text=text[a:(b - 1 if b < len(text) else b)])
                     for a, b in zip(cut, cut[1:] + [len(text)])]
    doc.entities = [Entity(start=text.index(n), end=text.index(n) + len(n), text=n, label="PER")
                    for n in ("Kurt Volker", "Tim Morrison", "Volodymyr Zelensky")]

    def claim(src):
        a = text.index(src[0], src[1])
        return Claim(start=a, end=a + 1, text=text[a:a + 1], mode="indirect",
                     source=Source(start=a, end=a + len(src[0]), text=src[0], kind="person"), cue=None)
    doc.claims = [claim(("Kurt Volker", 0)), claim(("He", text.index("He said"))),
                  claim(("he", text.index("he was")))]
    found = {doc.claims.index(c): text[a:b] for c in doc.claims for k, (a, b) in antecedents(doc, doc.claims).items()
             if k == id(c)}
    assert found == {1: "Tim Morrison", 2: "Tim Morrison"}     # not the last speaker, Kurt Volker


def test_a_relative_who_source_points_to_the_name_before_its_comma():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import antecedents
    text = "The hearing went on with Fiona Hill, who described the call as improper."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    doc.entities = [Entity(start=25, end=35, text="Fiona Hill", label="PER")]
    c = Claim(start=50, end=72, text=text[50:72], mode="reported",
              source=Source(start=37, end=40, text="who", kind="person"), cue=Span(start=41, end=50, text="described"))
    doc.claims = [c]
    assert {k: text[s:e] for k, (s, e) in antecedents(doc, doc.claims).items()} == {id(c): "Fiona Hill"}


def test_a_tagged_auxiliary_is_no_cue():
    # the German tagger tags "hatte"/"hatten" as the cue of a perfect; the verb frames the claim,
    # and a subject of "hatten ... gebracht" is no speaker of the quotation in the relative clause
    doc = run(["Der Konkurrent hatte schon länger angeboten, selbstfahrende Autos in seinen Dienst zu integrieren. "
               "Die Küstenwache und andere Einheiten hatten am Mittwoch einen Öltanker unter ihre Kontrolle "
               "gebracht, was in Caracas als \"Akt der internationalen Piraterie\" verurteilt wurde."], tagger="auto")
    check_spans(doc)
    assert all(c.cue is None or c.cue.text not in ("hatte", "hatten") for c in doc.claims)
    offer = claim_with(doc, "in seinen Dienst zu integrieren")
    assert (offer.source.text, offer.cue.text) == ("Der Konkurrent", "angeboten")
    piracy = claim_with(doc, "Akt der internationalen Piraterie")
    assert piracy.source is None or "Küstenwache" not in piracy.source.text


def test_justification_frames_its_dass_clause():
    doc = run(["Das Weiße Haus rechtfertigte die Beschlagnahmung damit, dass der Tanker Öl an den Iran liefere."])
    c = claim_with(doc, "der Tanker Öl an den Iran liefere")
    assert (c.mode, c.source.text, c.cue.text) == ("indirect", "Das Weiße Haus", "rechtfertigte")


def test_speaker_before_an_apposition_and_no_dative_speaker():
    doc = run(["Der autoritär regierende Präsident des Landes, Nicolás Maduro, wirft den USA vor, "
               "es auf dieses Öl abgesehen zu haben."])
    c = claim_with(doc, "es auf dieses Öl abgesehen zu haben")
    assert c.source is not None and c.source.text == "Der autoritär regierende Präsident des Landes, Nicolás Maduro"
    # with no subject before the verb, the dative after it is the addressee, never the speaker
    doc = run(["Gestern warf den USA vor, es auf Öl abgesehen zu haben."])
    assert all(c.source is None or "USA" not in c.source.text for c in doc.claims)


@pytest.mark.parametrize("text,kind", [
    ("Chinas Führung", "government"), ("die russische Führung", "government"),
    ("the Chinese leadership", "government"),
    ("CORRECTIV-Recherchen", "media"), ("die Unternehmensführung", "organisation"),
    ("the tweet shown above", "media"), ("these sites", "media"),
    ("Serene Gregg, local president of the prison workers' union", "organisation"),
    ("der Präsident des Fußballverbands", "organisation"), ("der russische Präsident", "government"),
    ("Der Staatsschutz in Wien", "intelligence"), ("Die Islamische Glaubensgemeinschaft", "organisation"),
    ("Viele Beobachter", "anonymous"), ("observers", "anonymous"), ("some commentators", "anonymous"),
    # an expert on or critic of a body is a person, its spokesman speaks for it
    ("Geheimdienstexperte Adrian Hänni", "person"), ("Militärexperte Gustav Gressel", "person"),
    ("ein Regierungskritiker", "person"), ("der Regierungssprecher", "government"),
    # anonymity granted in the phrase itself
    ("A spokesperson who did not wish to be named because of agency policy", "anonymous"),
    ("an official who was not authorized to speak publicly", "anonymous"),
    ("ein Regierungsvertreter, der nicht namentlich genannt werden wollte", "anonymous"),
    ("the agency", "government"), ("the news agency", "media"), ("the hospital", "organisation"),
    ("das BVerfG", "government"), ("VG und VGH", "government"), ("LG", "person"),
    ("Politico", "media"), ("The Guardian", "media"), ("die taz", "media"),
])
def test_source_kinds_of_leaderships_records_and_research(text, kind):
    from lesart.stages.claims.sources import classify
    assert classify(text) == kind


def test_wie_frame_cue_ends_at_the_verb():
    doc = run(["Am Mittwoch bekam die Hochschule Besuch von Ermittlern, wie ein Sprecher bestätigte."])
    c = claim_with(doc, "Besuch von Ermittlern")
    assert (c.source.text, c.cue.text) == ("ein Sprecher", "bestätigte")


def test_festhalten_frames_a_statement():
    doc = run(["Die Glaubensgemeinschaft hält in einem Statement fest, dass sie die Forderungen ablehne."])
    c = claim_with(doc, "dass sie die Forderungen ablehne")
    assert (c.mode, c.source.text) == ("indirect", "Die Glaubensgemeinschaft")


def test_own_account_names_the_subject_in_reports():
    from lesart.render.claim_rows import claim_rows
    doc = run(["Das Schweizer Außenministerium hat nach eigenen Angaben Einladungen an 35 Staaten verschickt. "
               "Laut eigener Aussage war Kate Moss schon immer eine spirituelle Person."], tagger="auto")
    labels = [label for _, _, _, label in claim_rows(doc)]
    assert any(label.startswith("eigenen Angaben → Das Schweizer Außenministerium (government)") for label in labels)
    assert any(label.startswith("eigener Aussage → Kate Moss (person)") for label in labels)
    # the layer keeps the span as WikiNews marks it; no piece of the content is listed twice
    assert all(not (a.start <= b.start and b.end <= a.end) for a in doc.claims for b in doc.claims
               if a is not b and a.source == b.source and a.cue == b.cue and a.mode == b.mode)


def test_own_account_subject_is_a_noun_phrase_without_its_relative_clause():
    from lesart.model import Source
    from lesart.stages.claims.sources import own_account_subject
    for text, want in [("Laut eigener Aussage war Kate Moss, die Steinbock ist, schon immer spirituell.", "Kate Moss"),
                       ("Abgesehen von Schweizern kamen nach eigenen Angaben die meisten aus Frankreich.", None)]:
        doc = run([text], tagger="rules")
        s = text.index("eigene")
        e = text.index(" ", text.index(" ", s) + 1)
        found = own_account_subject(doc, Source(start=s, end=e, text=text[s:e], kind="person"))
        assert (text[found[0]:found[1]] if found else None) == want


def test_adverbs_and_contractions_are_no_sources():
    from lesart.stages.claims.crf_repairs import _function_words_only, _without_contraction
    assert _function_words_only("twice") and _function_words_only("allerdings")
    text = "I’m sharing my approach."
    assert _without_contraction(text, ("SRC", 0, 3)) == ("SRC", 0, 1)


def test_english_sources_that_run_past_the_speaker_are_tidied():
    from lesart.model import Claim, Source
    from lesart.stages.claims import _tidy_english_source
    text = "That was how Ford described it. It was vivid, he recalled it. Or so it seemed."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")

    def claim(src):
        a = text.index(src)
        return Claim(start=0, end=3, text=text[:3], mode="indirect",
                     source=Source(start=a, end=a + len(src), text=src, kind="person"))
    assert _tidy_english_source(doc, claim("how Ford")).source.text == "Ford"
    assert _tidy_english_source(doc, claim("he recalled it")).source.text == "he"
    assert _tidy_english_source(doc, claim("Or")).source is None


def test_german_sources_that_name_no_speaker_are_dropped():
    from lesart.model import Claim, Source, Span
    from lesart.stages.claims.german_sources import tidy_german_source as _tidy_german_source
    text = "Gestern kritisierte den Plan der Minister scharf, er sei falsch."

    def claim(src, cue):
        a, b = text.index(src), text.index(cue)
        return Claim(start=0, end=3, text=text[:3], mode="indirect",
                     source=Source(start=a, end=a + len(src), text=src, kind="person"),
                     cue=Span(start=b, end=b + len(cue), text=cue))
    assert _tidy_german_source(claim("den Plan", "kritisierte")).source is None
    assert _tidy_german_source(claim("der", "kritisierte")).source is None
    assert _tidy_german_source(claim("der Minister", "kritisierte")).source.text == "der Minister"


def test_frame_after_a_relative_clause_of_the_content():
    doc = run(["Als Kämpfer die Stadt einnahmen, töteten sie mehrere hundert Zivilisten, die sich auf der Flucht "
               "befanden, teilten die Vereinten Nationen mit."])
    c = claim_with(doc, "mehrere hundert Zivilisten")
    assert (c.mode, c.source.text, c.cue.text) == ("indirect", "die Vereinten Nationen", "teilten")
    # the relative clause of the sentence's opening noun phrase still belongs to the speaker
    doc = run(["Ein Sprecher, der nicht genannt werden wollte, kritisierte die Pläne."])
    assert doc.claims[0].source.text == "Ein Sprecher" and doc.claims[0].mode == "reported"


def test_continued_speech_frame():
    doc = run(["General Hagee sagte: „Das war schlimm.“ Er fuhr fort: „Das war keine direkte Reaktion.“"], tagger="auto")
    c = claim_with(doc, "keine direkte Reaktion")
    assert (c.mode, c.source.text) == ("direct", "Er")


def test_it_as_a_speaker_stands_for_the_body_named_before():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import with_antecedents
    text = ("The Swedish Prosecution Authority said the case was closed. "
            "It added that the evidence had weakened. "
            "Apple, Google and Microsoft sell phones; it said nothing more.")
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    ends = [m.end() for m in re.finditer(r"[.;]\s", text)][:2] + [len(text)]
    starts = [0] + ends[:2]
    doc.sentences = [Sentence(start=a, end=b, text=text[a:b]) for a, b in zip(starts, ends)]
    doc.entities = [Entity(start=text.index("Apple"), end=text.index("Apple") + 5, text="Apple", label="ORG")]

    def claim(word, at, kind):
        a = text.index(word, at)
        cue_at = a + len(word) + 1
        cue_end = text.index(" ", cue_at)
        return Claim(start=cue_end + 1, end=cue_end + 10, text=text[cue_end + 1:cue_end + 10], mode="indirect",
                     source=Source(start=a, end=a + len(word), text=word, kind=kind),
                     cue=Span(start=cue_at, end=cue_end, text=text[cue_at:cue_end]))
    doc.claims = [claim("The Swedish Prosecution Authority", 0, "government"), claim("It", 0, "unspecified"),
                  claim("it", text.index("phones"), "unspecified")]
    out = with_antecedents(doc, doc.claims)
    assert out[1].source.refers_to.text == "The Swedish Prosecution Authority"
    assert out[1].source.kind == "government" and out[1].source.text == "It"
    assert out[2].source.refers_to is None      # names before "it" in its own sentence: unclear


def test_naming_is_no_speech_cue():
    from lesart.model import Claim, Source, Span
    from lesart.stages.claims.crf_repairs import _without_non_speech_cues

    def claim(source, cue, mode="indirect"):
        return Claim(start=0, end=1, text="x", mode=mode, cue=Span(start=0, end=len(cue), text=cue),
                     source=None if source is None else Source(start=0, end=len(source), text=source, kind="person"))
    kept = _without_non_speech_cues([
        claim("The Rukban camp", "also known as"), claim("a poem", "called", "direct"),
        claim("Officials", "did not immediately"), claim("Aviation analysts", "called"),
        claim("Steenburgen", "has", "direct"), claim("Smith", "said")])
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in kept] == [
        (None, None), ("Aviation analysts", "called"), ("Steenburgen", None), ("Smith", "said")]


def test_a_company_president_is_no_government():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.sources import classify, refine_kinds

    def kind(phrase, entities=()):
        src = Source(start=0, end=len(phrase), text=phrase, kind=classify(phrase))
        c = Claim(start=len(phrase) + 6, end=len(phrase) + 9, text="abc", mode="indirect", source=src,
                  cue=Span(start=len(phrase) + 1, end=len(phrase) + 5, text="said"))
        return refine_kinds([c], [Entity(start=a, end=b, text=phrase[a:b], label=label)
                                  for a, b, label in entities] or [Entity(start=0, end=1, text="x", label="MISC")])[0].source.kind
    assert kind("Emirates President Tim Clark") == "organisation"
    assert kind("Brent Sherwood, vice president of Advanced Development Programs at Blue Origin") == "organisation"
    assert kind("US President Donald Trump") == "government"
    assert kind("Russian President Vladimir Putin") == "government"
    assert kind("Senate President Tom Brown") == "government"
    assert kind("Maria Lopez, president of Brazil", [(26, 32, "LOC")]) == "government"


def test_a_dateline_in_capitals_is_no_speaker_but_a_transcript_turn_is():
    dateline = run(["NEW DELHI: Nearly 150 Indians returned home broke on Wednesday after being deported.",
                    "They had paid agents large sums."], language="en", tagger="crf")
    assert not any(c.source and c.source.text == "NEW DELHI" for c in dateline.claims)
    debate = run(["The debate began at nine.", "CLINTON: We need a plan that works for everyone here.",
                  "TRUMP: Her plan is a disaster for this country."], language="en", tagger="crf")
    assert {c.source.text for c in debate.claims if c.source} >= {"CLINTON", "TRUMP"}


def test_english_speaker_stands_before_adverbs_and_not_after_a_preposition():
    doc = run(["Big Machine have twice denied doing anything wrong.",
               "Officials in Washington said the talks had failed.",
               "Then Taylor Swift posted on Twitter accusing the label of bullying her."], language="en")
    sources = {c.cue.text: c.source.text for c in doc.claims if c.cue is not None and c.source is not None}
    assert sources.get("denied") == "Big Machine"
    assert sources.get("said") == "Officials in Washington"
    assert "Twitter" not in sources.values()


def test_a_relative_source_points_to_the_country_or_noun_phrase_before_it():
    from lesart.model import Claim, Entity, Source, Span
    from lesart.stages.claims.antecedents import with_antecedents
    text = ("Assange is battling extradition to the United States, which accuses him of spying. "
            "Four officials spoke, including a career Army officer who described the call as improper.")
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")
    us = text.index("United States")
    doc.entities = [Entity(start=us, end=us + 13, text="United States", label="LOC")]

    def claim(pronoun, cue):
        a, v = text.index(pronoun), text.index(cue)
        return Claim(start=v + len(cue) + 1, end=v + len(cue) + 5, text=text[v + len(cue) + 1:v + len(cue) + 5],
                     mode="reported", source=Source(start=a, end=a + len(pronoun), text=pronoun, kind="unspecified"),
                     cue=Span(start=v, end=v + len(cue), text=cue))
    which, who = with_antecedents(doc, [claim("which", "accuses"), claim("who", "described")])
    assert (which.source.refers_to.text, which.source.kind) == ("United States", "government")
    assert who.source.refers_to.text == "a career Army officer"
    # after a comma, and the last noun phrase only: "the manager believed the waitress, who said", "his many victims, who"
    text = "The manager believed the waitress, who said that I started it. His many victims, who had anticipated a trial, spoke."
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="en")

    def relative(at, cue):
        a, v = text.index(at), text.index(cue)
        return Claim(start=v + len(cue) + 1, end=v + len(cue) + 5, text=text[v + len(cue) + 1:v + len(cue) + 5],
                     mode="reported", source=Source(start=a, end=a + 3, text="who", kind="person"),
                     cue=Span(start=v, end=v + len(cue), text=cue))
    said, anticipated = with_antecedents(doc, [relative("who said", "said"), relative("who had", "anticipated")])
    assert said.source.refers_to.text == "the waitress"
    assert anticipated.source.refers_to.text == "His many victims"


def test_english_hearsay_adverb_names_no_source_and_told_without_that():
    doc = run(["The company reportedly plans to cut 1,000 jobs.",
               "Sources close to the negotiations told Reuters a deal was near.",
               "Trump claimed, without evidence, that the election was rigged."], language="en", tagger="auto")
    c = claim_with(doc, "plans to cut")
    assert c.mode == "hearsay" and c.source is None      # the company says nothing
    assert claim_with(doc, "a deal was near").cue.text == "told"
    assert not [c for c in doc.claims if c.text.strip(" ,") == "without evidence"]


@pytest.mark.parametrize("sentence, source, cue, content", [
    # an inverted frame: the phrase after the verb is the speaker, not content of its own
    ("The talks have failed, said the minister.", "the minister", "said", "The talks have failed"),
    # a speaker with an apposition before the verb: what follows is said, not said by it
    ("Charles Simpson, program administrator at Tufts University, told VOA the camp was in danger.",
     "Charles Simpson, program administrator at Tufts University", "told", "the camp was in danger"),
    ("The chairman, Phil Lovas, said the deal was near.", "The chairman, Phil Lovas", "said", "the deal was near"),
    # a circumstance after the verb is no content
    ("The talks have failed, the ministry said in a statement.", "the ministry", "said", "The talks have failed"),
    # ... a long one too (a polygraph.info page)
    ("Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University’s Feinstein "
     "International Center, told Polygraph.info the Russian Defense Ministry’s allegations are false.",
     "Charles Simpson, program administrator for the Refugees in Towns Project at Tufts University’s Feinstein "
     "International Center", "told", "the Russian Defense Ministry’s allegations are false"),
])
def test_english_frames_around_a_comma(sentence, source, cue, content):
    pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger="auto")(make_doc(["The government met on Monday.", sentence], "en"))
    said = [c for c in doc.claims if c.mode != "asserted"]
    assert len(said) == 1, [(c.text, c.mode, c.source and c.source.text) for c in doc.claims]
    c = said[0]
    assert (c.text, c.source.text.rstrip(","), c.cue.text) == (content, source, cue)


def test_a_request_for_anonymity_is_no_claim():
    pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger="auto")(make_doc([
        "A source inside the camp, a refugee who feared retaliation and asked not to be identified, "
        "said that the claim is absolutely not true."], "en"))
    said = [c for c in doc.claims if c.mode != "asserted"]
    assert [c.text for c in said] == ["that the claim is absolutely not true"]


def test_the_authors_address_to_the_reader_is_no_ones_claim():
    pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger="auto")(make_doc([
        "Which is not to say that whatever happened on Saturday was minor.",
        "Remember what we already know about this President's health.",
        "When you consider that Trump has shown little hesitation to doctor the truth, the story looks different."],
        "en"))
    assert [c for c in doc.claims if c.mode != "asserted"] == []


def test_people_briefed_on_talks_are_anonymous():
    pytest.importorskip("sklearn_crfsuite")
    doc = ClaimsStage(tagger="auto")(make_doc([
        "Two people briefed on the talks said the tariffs would be rolled back."], "en"))
    said = [c for c in doc.claims if c.mode != "asserted"]
    assert [(c.text, c.source.kind) for c in said] == [("the tariffs would be rolled back", "anonymous")]


def test_an_abbreviation_is_no_sentence_end_inside_an_english_speaker():
    from lesart.api import analyze_text
    doc = analyze_text("The talks have failed, the U.S. Attorney’s Office for the Western District of New York "
                       "said in a statement.")
    c = claim_with(doc, "talks")
    assert c.source.text == "the U.S. Attorney’s Office for the Western District of New York"
    assert c.text == "The talks have failed"


def test_a_newspaper_named_intelligencer_is_media():
    from lesart.stages.claims.sources import classify
    assert classify("the Intelligencer, the Wheeling News-Register") == "media"
    assert classify("US intelligence") == "intelligence"


def test_english_sentence_ending_in_its_own_frame_is_that_sources_claim_with_nested_ones_inside():
    # a hand-read Scrapinghub dev page (nbcnews.com): the tagger read only the attributions inside
    from lesart.stages.claims.crf_repairs import _outer_trailing_frames
    text = ("During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, "
            "“somebody ought to put a bullet in her skull,” the prosecutor’s office said.")
    doc = ClaimsStage(tagger="auto")(make_doc([text], "en"))
    outer = [c for c in doc.claims if c.source is not None and c.source.text == "the prosecutor’s office"]
    assert outer and outer[0].text.startswith("During the call") and outer[0].cue.text == "said"
    # the repair alone: a tagged piece with the rules' trailing cue gets the whole content
    rule = Claim(start=0, end=20, text="x" * 20, mode="indirect", cue=Span(start=30, end=34, text="said"),
                 source=Source(start=21, end=29, text="the firm", kind="organisation"))
    piece = Claim(start=10, end=20, text="x" * 10, mode="indirect", cue=Span(start=30, end=34, text="said"),
                  source=Source(start=21, end=29, text="the firm", kind="organisation"))
    assert [(c.start, c.end) for c in _outer_trailing_frames([piece], [rule])] == [(0, 20)]


def test_a_group_from_a_place_is_anonymous_not_the_place():
    from lesart.model import Entity
    from lesart.stages.claims.sources import refine_kinds
    text = "Middle East observers say the base is vital."
    src = Source(start=0, end=21, text="Middle East observers", kind="person")
    claim = Claim(start=22, end=len(text), text=text[22:], mode="indirect", source=src, cue=Span(start=22, end=25, text="say"))
    ents = [Entity(start=0, end=11, text="Middle East", label="LOC")]
    assert refine_kinds([claim], ents)[0].source.kind == "anonymous"


def test_a_copula_and_a_noun_of_state_is_no_cue():
    from lesart.stages.claims.crf_repairs import _names_no_speech
    c = Claim(start=40, end=80, text="x" * 40, mode="indirect", cue=Span(start=10, end=34, text="is of particular concern"))
    assert _names_no_speech(c) == "auxiliary"
    c = Claim(start=40, end=80, text="x" * 40, mode="indirect", cue=Span(start=10, end=14, text="said"))
    assert _names_no_speech(c) is None


# -- English, hand-read Scrapinghub dev pages (issue 3, 2026-11-28 round) ------------------
def _said(doc):
    return [c for c in doc.claims if c.mode != "asserted"]


def test_the_authors_turns_of_argument_with_a_verb_of_saying_are_the_authors():
    pytest.importorskip("sklearn_crfsuite")
    doc = run(["That said, early retirement comes in various shapes and sizes and what it looks like to you "
               "will determine exactly what you need to do to get there.",
               "It's worth noting that it's not uncommon for artists to give up the rights to their original recordings.",
               "After outlining your version of early retirement, it's time to establish how much money you need.",
               "Stier said he was stunned. Is there something you think we should know about Instagram?"],
              language="en", tagger="auto")
    assert [(c.text, c.source.text) for c in _said(doc)] == [("he was stunned", "Stier")]
    for opening in ("That said, early", "It's worth noting", "After outlining"):
        assert claim_with(doc, opening).mode == "asserted"


def test_seeing_knowing_letting_and_stumbling_upon_frame_no_speech():
    pytest.importorskip("sklearn_crfsuite")
    doc = run(["I changed my profile several weeks ago. Instagram allows you to choose what type of business you run. "
               "I could suddenly see things like how many people unfollowed me each week.",
               "People who upload photos and videos will still know how many people liked them.",
               "He stumbled upon the issue while researching Instagram marketing for a potential client and became concerned.",
               "The game certainly isn’t shy about sending you to one planet for a single mission. "
               "By the same token, enemies don’t really care about your parries."], language="en", tagger="auto")
    assert _said(doc) == []
    assert claim_with(doc, "will still know how many").mode == "asserted"
    # seeing something as something, and a company's forecast with 'sees', stay claims
    doc = run(["Critics see reauthorization of the program as an opportunity to fix problems.",
               "Looking ahead, Home Depot sees fiscal year 2019 sales growth of 1.8 percent, down from previous guidance."],
              language="en", tagger="auto")
    assert [c.cue.text for c in _said(doc)] == ["see", "sees"]


def test_one_content_across_an_apposition_and_no_listener_in_it():
    pytest.importorskip("sklearn_crfsuite")
    doc = run(["According to Swift, her former label Big Machine, which owns her masters, is preventing her "
               "from performing her past hits.",
               "Kym Lino, a spokesperson for Instagram, confirmed to WIRED that the company notifies people "
               "who could benefit."], language="en", tagger="auto")
    assert [(c.text, c.cue.text) for c in _said(doc)] == [
        ("her former label Big Machine, which owns her masters, is preventing her from performing her past hits",
         "According to"),
        ("that the company notifies people who could benefit", "confirmed")]


def test_the_word_before_a_colon_is_no_cue_where_a_verb_of_saying_frames_the_quotation():
    pytest.importorskip("sklearn_crfsuite")
    doc = run(['The 56-year-old said after his appointment: "I am excited to be joining a club with such a '
               'great heritage."'], language="en", tagger="auto")
    c = claim_with(doc, "I am excited")
    assert (c.mode, c.source.text, c.cue.text) == ("direct", "The 56-year-old", "said")


def test_imperatives_and_questions_to_the_reader_have_no_speaker():
    pytest.importorskip("sklearn_crfsuite")
    doc = run(["Ignore all the techniques you’ll need in future stages, and just aim to master the stage you’re in.",
               "Read about that topic in the next article in this series.",
               "Is it fair to say that the event was neither as bad as the sceptics thought it would be, nor as good "
               "as the organisers hoped it would be?",
               'Noting that on Earth there is a bacterium that can survive on acetylene and water, Malaska asked, '
               '"Could it live in Titan deep in the crust?"'], language="en", tagger="auto")
    said = _said(doc)
    assert said and all("Malaska" in c.source.text for c in said), [(c.text, c.cue and c.cue.text) for c in said]


def test_a_trailing_frames_pronoun_continues_the_person_who_opened_the_sentence_before():
    pytest.importorskip("sklearn_crfsuite")
    from lesart.model import Entity
    text = ("Sabatier encourages taking up a side hustle to diversify your income streams. The most lucrative side "
            "hustles are those that generate passive income, such as real estate, he wrote in his book.")
    doc = make_doc([text], "en")
    doc.entities = [Entity(start=0, end=8, text="Sabatier", label="PER")]
    ClaimsStage(tagger="auto")(doc)
    c = claim_with(doc, "The most lucrative side hustles")
    assert c.source.text == "he" and c.source.refers_to is not None and c.source.refers_to.text == "Sabatier"
    # an earlier speaker with another name stays out, and an object after a pronoun is no opener
    doc = make_doc(["On July 27, he emailed Gaiman about the book. “It is not exactly easy,” he wrote."], "en")
    doc.entities = [Entity(start=26, end=32, text="Gaiman", label="PER")]
    ClaimsStage(tagger="auto")(doc)
    c = claim_with(doc, "not exactly easy")
    assert c.source.refers_to is None or c.source.refers_to.text != "Gaiman"


def test_a_company_title_with_words_between_names_the_company_not_a_government():
    from lesart.model import Claim, Entity, Source
    from lesart.stages.claims.sources import refine_kinds
    text = "Gwynne Shotwell, president and chief operating officer of SpaceX,"
    claim = Claim(start=0, end=len(text), text=text, mode="indirect",
                  source=Source(start=0, end=len(text), text=text, kind="government"))
    spacex = text.index("SpaceX")
    ent = Entity(start=spacex, end=spacex + 6, text="SpaceX", label="ORG")
    assert refine_kinds([claim], [ent])[0].source.kind == "organisation"
