"""The entities stage: seed expectations, gazetteer merge, shipped models, gold scores."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from lesart.evaluation import entities as ev
from lesart.model import Document, Sentence, SourceInfo
from lesart.stages.entities import EntitiesStage
from lesart.stages.entities.gazetteer import load as load_gazetteer
from lesart.stages.entities.merge import merge, merge_token_spans
from lesart.stages.entities.model import has_model, load_model, model_meta

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seeds" / "000_3a2dee0eeef83530.txt"
NO_SHARED = "needs ../shared (gold NER data and the seed page); set LESART_SHARED to its path"

# Pinned minimums (micro F1, exact spans, model + gazetteer as the stage runs it)
# about 1.5 points below the measured scores, so noise passes and a real regression fails.
MIN_F1 = {("de", "dev"): 59.0, ("en", "dev"): 87.0, ("en", "test"): 80.5}


def doc_from_text(text: str, language: str) -> Document:
    """A Document with one sentence per line-internal sentence, split simply (no other stage needed)."""
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language=language)
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s)|$)", text, re.M):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        if e > s:
            doc.sentences.append(Sentence(start=s, end=e, text=text[s:e]))
    return doc


def by_text(doc: Document) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in doc.entities:
        out.setdefault(e.text, set()).add(e.label)
    return out


@pytest.mark.skipif(not SEED.exists(), reason=NO_SHARED)
def test_seed_entities():
    text = SEED.read_text(encoding="utf-8")
    article = text.split("- Themen:")[0]          # the article, without the ad block below it
    doc = EntitiesStage()(doc_from_text(article, "de"))
    labels = by_text(doc)
    for name in ("Nordkorea", "Russland", "Kursk", "Pjöngjang", "Vereinigten Staaten"):
        assert labels.get(name) == {"LOC"}, (name, labels.get(name))
    for name in ("NIS", "Kreml"):
        assert labels.get(name) == {"ORG"}, (name, labels.get(name))
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    kb = {e.text: e.kb_id for e in doc.entities}
    assert kb["Nordkorea"] == "PRK" and kb["Russland"] == "RUS"
    assert kb["Pjöngjang"].startswith("geonames:")


def test_armed_groups_are_organisations_and_not_model_features():
    from lesart.stages.entities.features import gazetteer_flags

    doc = EntitiesStage()(doc_from_text(
        "Zwei Jahre war er in Geiselhaft der Terrororganisation Hamas.\n"
        "Die Hisbollah und die Taliban griffen an.", "de"))
    labels = by_text(doc)
    for name in ("Hamas", "Hisbollah", "Taliban"):
        assert labels.get(name) == {"ORG"}, (name, labels.get(name))
    # the NER models were trained without these names, so they are no gazetteer feature of theirs
    assert "org" not in gazetteer_flags().get("Hamas", ())


def test_offsets_are_document_offsets():
    text = "Intro line.\nThe talks in Pyongyang ended. Reuters reported that North Korea sent troops."
    doc = EntitiesStage()(doc_from_text(text, "en"))
    assert doc.entities, "no entities found"
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    labels = by_text(doc)
    assert labels["North Korea"] == {"LOC"} and labels["Reuters"] == {"ORG"}
    assert labels["Pyongyang"] == {"LOC"}


def test_unknown_language_uses_gazetteer_and_warns():
    doc = EntitiesStage()(doc_from_text("Le Kremlin et l'OTAN. Reuters a dit que la Russie et la NATO.", "fr"))
    assert any("no NER model" in w for w in doc.warnings)
    assert {"Reuters", "NATO"} <= {e.text for e in doc.entities}


def test_merge_rules():
    g = load_gazetteer()
    # the model calls the Kremlin LOC: the gazetteer wins and relabels it
    text = "Der Kreml schweigt."
    assert merge(text, [(4, 9, "LOC")], g) == [(4, 9, "ORG", None)]
    # a longer model entity around a country name stays
    text = "Die Bank of England sagt nichts."
    assert merge(text, [(4, 19, "ORG")], g) == [(4, 19, "ORG", None)]
    # a hyphenated compound is one token: "Nordkorea-Politik" is no country
    assert merge("Die Nordkorea-Politik.", [], g) == []
    # a country the model missed is added with its ISO code
    assert merge("Truppen aus Nordkorea.", [], g) == [(12, 21, "LOC", "PRK")]
    # on gold tokens: token spans in and out
    assert merge_token_spans(["Die", "Vereinigten", "Staaten", "."], []) == [(1, 3, "LOC")]


def test_scorer_exact_spans():
    gold = [[(0, 2, "PER"), (3, 4, "LOC")], [(1, 2, "ORG")]]
    pred = [[(0, 2, "PER"), (3, 4, "ORG")], [(1, 3, "ORG")]]
    r = ev.score(gold, pred)
    assert r["micro"]["p"] == pytest.approx(33.33, abs=0.01)
    assert r["micro"]["r"] == pytest.approx(33.33, abs=0.01)
    assert r["per_label"]["PER"]["f"] == 100.0
    assert r["per_label"]["LOC"]["r"] == 0.0


def test_bio_and_iob1_chunks():
    assert ev.bio_spans(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]
    assert ev.bio_spans(["B-ORG", "I-ORG", "I-PER"]) == [(0, 2, "ORG"), (2, 3, "PER")]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_model_loads_from_package(lang, monkeypatch):
    # No gold data is needed to load and run the shipped model.
    monkeypatch.setenv("LESART_SHARED", "/nonexistent")
    assert has_model(lang)
    tagger = load_model(lang)
    words = {"de": "Angela Merkel traf in Paris Vertreter von Siemens .",
             "en": "Angela Merkel met Siemens executives in Paris ."}[lang].split()
    found = {(" ".join(words[a:b]), label) for a, b, label in tagger.tag_document([words])[0]}
    assert ("Paris", "LOC") in found and ("Angela Merkel", "PER") in found
    assert model_meta(lang)["labels"] == ["PER", "ORG", "LOC", "MISC"]


@pytest.mark.gold
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "ner").exists(), reason=NO_SHARED)
@pytest.mark.parametrize("lang,split", sorted(MIN_F1))
def test_gold_f1_at_least_pinned(lang, split):
    result = ev.evaluate(lang, split, gazetteer=True)
    assert result["micro"]["f"] >= MIN_F1[(lang, split)], ev.markdown([result])


def test_crf_features_and_bio_round_trip():
    from lesart.stages.entities import crf

    features = crf.Features({"Pjöngjang": (3, 17, 250)})
    attrs = [{a.decode() for a in word}
             for word in features.sentence(["Die", "Regierung", "in", "Pjöngjang"], frozenset({"die"}))]
    assert {"doclow", "BOS"} <= attrs[0]                        # "Die" is also used as "die"
    assert {"g_place", "c0:3", "c2:250"} <= attrs[3]            # gazetteer list and clusters
    assert {"1:g_place", "1:c1:17", "1:s3:ang"} <= attrs[2]     # ... and as the next word's
    assert "2:c1:17" not in attrs[1] and "2:w:pjöngjang" in attrs[1]   # two away: no clusters
    assert "bg+:in|pjöngjang" in attrs[2] and "2:pad" in attrs[3]
    assert crf.word_shape("10.000") == "dd.dd" and crf.word_shape("Nordkorea") == "Xxx"
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-ORG"]
    spans = crf.bio_to_spans(tags)
    assert spans == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "ORG")]
    assert crf.spans_to_bio(6, spans) == ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"]


def test_german_features_read_genitive_stems_and_compound_parts():
    """A German word the model has not seen brings what its genitive stem and its compound's parts
    tell; the English features stay as they were."""
    from lesart.stages.entities import crf

    clusters = {"Nordafrika": (19, 216, 900), "Politiker": (23, 217, 280)}
    tags = {"Nordafrika": "NE", "Politiker": "NN", "CSU": "NE"}
    german = crf.Features(clusters, word_tags=tags, german=True)
    attrs = [{a.decode() for a in word}
             for word in german.sentence(["Die", "Städte", "Nordafrikas", "und", "der", "CSU-Politiker", "Huber"])]
    assert {"gs:wt:NE", "gs:c0:19", "gs:c2:900", "s5:rikas", "p4:nord"} <= attrs[2]   # the stem "Nordafrika"
    assert {"hh:politiker", "hc1:217", "hwt:NN", "hfwt:NE", "hfu"} <= attrs[5]      # "Politiker", "CSU"
    assert {"-1:hh:politiker", "-1:hwt:NN", "-1:hfu"} <= attrs[6]                   # ... before the name
    assert not any(a.startswith("gs:") for a in attrs[1])      # "Städte": no -s
    english = crf.Features(clusters, word_tags=tags)
    plain = [{a.decode() for a in word} for word in english.sentence(["the", "CSU-Politiker", "Nordafrikas"])]
    assert not any(a.startswith(("gs:", "hh:", "hfu", "s5:", "p4:", "-1:hh:")) for word in plain for a in word)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_numpy_tagger_gives_crfsuites_tags(lang):
    """The tagger reads the model file itself and tags in numpy: its attribute table is
    crfsuite's, a token's attributes are the training features' that the model knows, in the
    same order, and the tags are those of crfsuite's own tagger."""
    import pycrfsuite

    from lesart.stages.entities import crf

    if not has_model(lang):
        pytest.skip(f"no {lang} model")
    tagger = load_model(lang)
    reference = pycrfsuite.Tagger()
    reference.open(str(tagger.path))
    names = {i: name for name, i in tagger.weights.attribute_ids.items()}
    assert set(names.values()) == {a.encode() for a, _label in reference.info().state_features}
    sentences = [
        ["Die", "Regierung", "in", "Pjöngjang", "sagte", "am", "Montag", ",", "Kim", "Jong", "Un", "sei",
         "nach", "Moskau", "gereist", "."],
        ["Angela", "Merkel", "traf", "Emmanuel", "Macron", "in", "Paris", "."],
        ["Apple", "Inc.", "said", "on", "Monday", "that", "Tim", "Cook", "will", "visit", "the", "U.S.", "."],
        ["die", "Bundesbank", "und", "die", "Europäische", "Zentralbank"],
        ["Berlin"],
        ["Der", "CSU-Politiker", "Straubinger", "sprach", "in", "Nordafrikas", "Hauptstädten", "mit", "der",
         "EU-Kommission", "."],
    ]
    full = crf.Features(tagger.features.clusters, word_tags=tagger.features.word_tags, german=tagger.features.german)
    lowercase = crf.lowercase_words(sentences)
    for words in sentences:
        expected = full.sentence(words, lowercase)
        ids = tagger.features.sentence(words, lowercase)
        assert [[names[i] for i in token] for token in ids] == \
            [[a for a in token if a in tagger.weights.attribute_ids] for token in expected]
    assert tagger.tag_document(sentences) == \
        [crf.bio_to_spans(reference.tag(full.sentence(words, lowercase))) for words in sentences]

def test_stage_maps_tokens_back_to_document_offsets():
    from lesart.model import Document, Sentence, SourceInfo
    from lesart.stages.entities.stage import EntitiesStage

    text = "Vorspann.\nDer Kreml bestätigte am Montag in Moskau ein Treffen mit Kim Jong Un."
    start = text.index("Der")
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="de",
                   sentences=[Sentence(start=0, end=9, text=text[:9]), Sentence(start=start, end=len(text),
                                                                            text=text[start:])])
    doc = EntitiesStage()(doc)
    found = {(e.text, e.label) for e in doc.entities}
    assert all(text[e.start:e.end] == e.text for e in doc.entities)
    assert {("Kreml", "ORG"), ("Moskau", "LOC")} <= found


def test_entities_do_not_end_on_or_run_over_a_line_break():
    """A schedule line's sentence ran on into the next line, and the model closed
    an entity on the newline ('Sky Sport 1 HD\\n') or ran it over the break."""
    from lesart.stages.entities.stage import line_pieces

    text = "bei Sky Sport 1 HD\nPGA Tour: 1. Tag\n  \nBLUM, Dr."
    assert line_pieces(text, 4, 19, "kb") == [(4, 18, "kb")]
    assert line_pieces(text, 4, 27, "kb") == [(4, 18, None), (19, 27, None)]
    assert line_pieces(text, 36, 43, "kb") == [(39, 43, "kb")]     # blank line, then 'BLUM'
    assert line_pieces(text, 17, 19, None) == [(17, 18, None)]      # 'D\n'
    assert line_pieces(text, 18, 19, None) == []


@pytest.mark.skipif(not has_model("de"), reason="no German NER model")
def test_stage_entities_have_no_whitespace_edges_in_a_multiline_sentence():
    text = ("DP World Tour: Ras al Khaimah Championship, 1. Tag in Ras al Khaimah, VAE, 11:30 Uhr bei "
            "Sky Sport 1 und Sky Sport 1 HD\nPGA Tour: AT&T Pebble Beach Pro-Am, 1. Tag in Pebble Beach, "
            "Kalifornien, 21:00 Uhr bei Sky Sport 2 HD\nBECKER, Paul G.: Private Exlibrissammlung\nBLUM, Dr.")
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language="de",
                   sentences=[Sentence(start=0, end=len(text), text=text)])
    doc = EntitiesStage()(doc)
    assert doc.entities
    for e in doc.entities:
        assert e.text == e.text.strip() and "\n" not in e.text and text[e.start:e.end] == e.text


def _spans_by_text(text, spans):
    return sorted((text[s:e], lab) for s, e, lab, _ in spans)


def test_document_pass_votes_a_string_to_its_majority_label():
    from lesart.stages.entities.document import DocumentPass

    text = "Reuters said so.\nReuters said more.\nReuters said no."
    ents = [(0, 7, "ORG", None), (17, 24, "ORG", None), (36, 43, "PER", None)]
    out = DocumentPass(vote=True, propagate=False, person_parts=False)(text, [0, 17, 36], ents, "en")
    assert _spans_by_text(text, out) == [("Reuters", "ORG")] * 3
    # off by default: it cost F1 on CoNLL testa (a city is LOC in the dateline, its team ORG); only the page
    # rule page.org_majority turns a one-word PER or LOC the page tags ORG at least twice into ORG, and never
    # a place the gazetteer knows
    text = "Paris said so.\nParis said more.\nParis said no."
    ents = [(0, 5, "ORG", None), (15, 20, "ORG", None), (32, 37, "LOC", None)]
    assert DocumentPass()(text, [0, 15, 32], ents, "en") == ents


def test_document_pass_propagates_names_and_person_parts():
    from lesart.stages.entities.document import DocumentPass

    text = "Talks with Kim Jong Un in Pyongyang ended. Later Kim met the Workers Party again. Kim Jong Un smiled."
    s = text.index
    ents = [(s("Kim"), s("Kim") + 11, "PER", None), (s("Workers"), s("Workers") + 13, "ORG", None),
            (s("Later Kim") + 6, s("Later Kim") + 9, "ORG", None)]
    starts = [0, s("Later"), s("Kim Jong Un smiled")]
    out = DocumentPass(part_which="first")(text, starts, ents, "en")
    labels = _spans_by_text(text, out)
    assert ("Kim", "PER") in labels and ("Kim", "ORG") not in labels       # first part of a PER name
    assert labels.count(("Kim Jong Un", "PER")) == 2                          # propagated, sentence-initial too
    text = "Vladimir Putin spoke. Russia's Putin said no. Putin left."
    out = DocumentPass()(text, [0, 22, 46], [(0, 14, "PER", None)], "en")
    assert _spans_by_text(text, out) == [("Putin", "PER"), ("Putin", "PER"), ("Vladimir Putin", "PER")]


def test_a_surname_tagged_alone_is_a_person_though_the_first_name_is_too():
    from lesart.stages.entities.document import DocumentPass

    text = "He met Gordon Sondland. It was the Gordon problem. Sondland's role grew. He heard it from Sondland."
    s = text.index
    last = text.rindex("Sondland")
    ents = [(s("Gordon Sondland"), s("Gordon Sondland") + 15, "PER", None), (s("Gordon problem"), s("Gordon problem") + 6, "PER", None),
            (s("Sondland's"), s("Sondland's") + 8, "PER", None), (last, last + 8, "LOC", None)]
    out = DocumentPass()(text, [0, s("It"), s("Sondland's"), s("He heard")], ents, "en")
    assert ("Sondland", "LOC") not in _spans_by_text(text, out)


def test_document_pass_drops_common_words_at_a_sentence_start_in_english():
    from lesart.stages.entities.document import DocumentPass

    text = "Afterward the crew left. Long spoke. STAFF\nThey met Colleen Long, said Long."
    s = text.index
    ents = [(0, 9, "PER", None), (s("Long spoke"), s("Long spoke") + 4, "PER", None), (s("STAFF"), s("STAFF") + 5, "ORG", None)]
    starts = [0, s("Long spoke"), s("STAFF"), s("They")]
    out = _spans_by_text(text, DocumentPass(propagate=False, person_parts=False)(text, starts, ents, "en"))
    # mostly lowercase in news ("afterward", "staff"): no names; "Long" is capitalised inside a sentence here
    # (and the untagged "Long" after the first name "Colleen" is her surname: page.people.first_names)
    assert out == [("Colleen Long", "PER"), ("Long", "PER")]
    german = DocumentPass(propagate=False, person_parts=False)(text, starts, ents, "de")
    assert [x for x in german if x[2] != "PER" or x[0] != s("Colleen")] == ents     # German drops none
    off = DocumentPass(common_initials=None, propagate=False, person_parts=False)(text, starts, ents, "en")
    assert [x for x in off if x[2] != "PER" or x[0] != s("Colleen")] == ents


def test_a_club_opening_a_score_line_is_kept():
    from lesart.stages.entities.document import DocumentPass

    text = "Reading 0 Port Vale 1\nRoughly 14 supporters came."
    s = text.index
    ents = [(0, 7, "ORG", None), (s("Port"), s("Port") + 9, "ORG", None), (s("Roughly"), s("Roughly") + 7, "ORG", None)]
    starts = [0, s("Roughly")]
    out = _spans_by_text(text, DocumentPass(propagate=False, person_parts=False)(text, starts, ents, "en"))
    assert sorted(out) == [("Port Vale", "ORG"), ("Reading", "ORG")]    # "Roughly 14 supporters": one number


def test_document_pass_does_not_propagate_common_words():
    from lesart.stages.entities.document import DocumentPass

    # "Will" is a PER name here but also a lowercase word of the document: it must not spread
    text = "Prince William and Mark Will spoke. It will rain, they said. Will it? Ask Will."
    ents = [(text.index("Mark"), text.index("Mark") + 9, "PER", None)]
    out = DocumentPass(propagate_single=True)(text, [0, 36, 61, 70], ents, "en")
    assert _spans_by_text(text, out) == [("Mark Will", "PER")]
    # a stopword never spreads, even when the model tagged it once
    text = "The Who played.\nThe band said The Who was loud."
    out = DocumentPass(propagate_single=True)(text, [0, 16], [(0, 3, "MISC", None)], "en")
    assert _spans_by_text(text, out) == [("The", "MISC")]


@pytest.mark.parametrize("lang,text,tokens", [
    ("en", "Obama's U.S. trip to Nagorno-Karabakh didn't start.",
     ["Obama", "'s", "U.S.", "trip", "to", "Nagorno-Karabakh", "did", "n't", "start", "."]),
    ("en", "Mr. O'Brien of Mercedes-Benz Corp. said 6-2 on 1996-08-30.",
     ["Mr.", "O'Brien", "of", "Mercedes-Benz", "Corp.", "said", "6-2", "on", "1996-08-30", "."]),
    ("de", "Am 18. Januar sagte Dr. Schmidt (München/Hamburg) bzw. die EU-Kommission: 10.000 Euro.",
     ["Am", "18.", "Januar", "sagte", "Dr", ".", "Schmidt", "(", "München/Hamburg", ")", "bzw.", "die",
      "EU-Kommission", ":", "10.000", "Euro", "."]),
    ("de", "Die 23-jährige Frau aus den 1980er Jahren, M. Weber, sah www.example.org/a.", 
     ["Die", "23-jährige", "Frau", "aus", "den", "1980er", "Jahren", ",", "M.", "Weber", ",", "sah",
      "www.example.org/a", "."]),
])
def test_tokens_are_cut_as_the_training_data_was(lang, text, tokens):
    """CoNLL and GermEval conventions: hyphenated and slashed names whole, English clitics apart,
    ordinals and initials with their dot, GermEval's "Dr" "." but "bzw."."""
    from lesart.stages.entities.tokens import tokenize

    assert [text[s:e] for s, e in tokenize(text, lang)] == tokens


def test_running_text_joins_gold_tokens_as_printed():
    text, offsets = ev.running_text(["U.S.", "troops", ",", "he", "said", '"', "no", '"', "(", "AP", ")",
                                     "do", "n't", "."])
    assert text == 'U.S. troops, he said "no" (AP) don\'t.'
    assert [text[s:e] for s, e in offsets][-3:] == ["do", "n't", "."]


def test_first_names_come_from_the_installed_name_dictionary():
    from lesart.stages.entities.features import FIRST_NAME_COMMON, first_names, gazetteer_flags

    names = first_names()
    # gender-guesser's nam_dict.txt, rated 3+ in some country: about 15,700 names
    assert len(names) > 10_000
    assert names["Angela"] >= FIRST_NAME_COMMON and "Ab+dul" not in names
    assert "first_common" in gazetteer_flags()["Angela"]
    assert "first" not in gazetteer_flags().get("Regierung", ())
    # a name and a place at once keeps both lists
    assert {"city", "first"} <= set(gazetteer_flags()["Florence"])
    # read once per process: the surname rule asks for it page after page
    assert first_names() is names


def test_a_name_after_an_organisation_noun_is_an_organisation():
    from lesart.stages.entities.merge import merge
    text = "Eine Frau und die Stiftung Donorkind hatten den Mann verklagt."
    start = text.index("Donorkind")
    merged = merge(text, [(start, start + len("Donorkind"), "LOC")])
    assert (start, start + len("Donorkind"), "ORG", None) in merged


def test_a_currency_next_to_an_amount_is_misc_in_german_only():
    text = "Er zahlte 100.000 Franken und CHF 7 Mio an die Region Franken."
    merged = merge(text, [], lang="de")
    # the amounts' currencies; "Region Franken" at the end is no currency
    assert [(text[s:e], s) for s, e, lab, _ in merged if lab == "MISC"] == [("Franken", 18), ("CHF", 30)]
    assert not any(lab == "MISC" for _, _, lab, _ in merge("He paid 500 Dollar.", [], lang="en"))
    # the model's name for the currency itself takes the label; a longer name it lies in stays
    assert [(text[s:e], lab) for s, e, lab, _ in merge(text, [(30, 33, "ORG")], lang="de")
            if text[s:e] == "CHF"] == [("CHF", "MISC")]
    text = "Die Bank CHF Holding zahlte 7 Mio Euro."
    assert ("CHF Holding", "ORG") in [(text[s:e], lab) for s, e, lab, _ in merge(text, [(9, 20, "ORG")], lang="de")]


def test_a_german_dateline_in_capitals_is_a_place():
    text = "BOCHUM - Die Stadt plant einen Neubau."
    assert merge(text, [(0, 6, "ORG")], lang="de")[0][:3] == (0, 6, "LOC")
    assert merge(text, [(0, 6, "ORG")], lang="en")[0][:3] == (0, 6, "ORG")     # CoNLL: teams in headlines


def test_party_state_tags_and_a_places_legislature_in_english():
    text = "Sen. Ted Cruz, R-Texas, and Rep. Ilhan Omar (D-Minn.) met in the U.S. House and the Stadium Court."
    s = text.index
    model = [(s("Ted"), s("Ted") + 8, "PER"), (s("R-Texas"), s("R-Texas") + 7, "LOC"),
             (s("Ilhan"), s("Ilhan") + 10, "PER"), (s("D-Minn"), s("D-Minn") + 6, "PER"),
             (s("U.S. House"), s("U.S. House") + 10, "LOC"), (s("Stadium"), s("Stadium") + 13, "LOC")]
    out = [(text[a:b], lab) for a, b, lab, _ in merge(text, model, lang="en")]
    assert out == [("Ted Cruz", "PER"), ("Ilhan Omar", "PER"), ("U.S. House", "ORG"), ("Stadium Court", "LOC")]
    # a title the model tagged on its own is no name
    text = "Cmdr. Jane Smith and the Hon. Tom Lee spoke."
    model = [(0, 4, "PER"), (6, 16, "PER"), (text.index("Hon"), text.index("Hon") + 3, "ORG")]
    assert [text[a:b] for a, b, _, _ in merge(text, model, lang="en")] == ["Jane Smith"]


def test_an_english_dateline_in_capitals_is_a_place_with_its_id():
    for text in ("VIENNA (Reuters) - Austria said.", "DUBAI, United Arab Emirates (AP) — Iran said."):
        label, kb = merge(text, [(0, text.index(" ") - (text[5] == ","), "ORG")], lang="en")[0][2:]
        assert label == "LOC" and kb.startswith("geonames:")
    assert merge("WASHINGTON (AP) — X.", [(0, 10, "LOC")], lang="en")[0][3].startswith("geonames:")
    # a team named after its city in a results line stays as the model read it
    assert merge("ROMA 2 LAZIO 1", [(0, 4, "ORG")], lang="en")[0][2] == "ORG"


def test_a_historic_era_or_art_period_is_misc_in_german():
    text = "Im späten Mittelalter und im Rokoko, nicht im Mittelalter-Markt."
    merged = merge(text, [], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Mittelalter", "MISC"), ("Rokoko", "MISC")]
    assert merge("Mittelalter Um 1000 bezog er die Burg.", [], lang="de") == []     # a heading
    assert merge("in the Rokoko style", [], lang="en") == []


def test_a_common_noun_abbreviation_is_no_organisation_in_german():
    text = "Er wird von CEO Rick Dudley geleitet und sendet auf UKW."
    ceo, ukw = text.index("CEO"), text.index("UKW")
    merged = merge(text, [(ceo, ceo + 3, "ORG"), (ukw, ukw + 3, "ORG")], lang="de")
    assert [text[s:e] for s, e, _, _ in merged] == []
    assert len(merge(text, [(ceo, ceo + 3, "ORG")], lang="en")) == 1


def test_a_quoted_title_after_a_work_noun_is_misc_in_german():
    text = 'Ihr Hit "Take On Me" lief in der Zeitschrift „Super Illu“, zum Beispiel „Wohnen“.'
    hit = text.index("Take")
    merged = merge(text, [(hit, hit + 4, "ORG")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Take On Me", "MISC"), ("Super Illu", "ORG")]
    # a closing straight quote after the noun opens no title
    text = 'Der " Academic Festival " Film " war kurz.'
    assert [text[s:e] for s, e, _, _ in merge(text, [], lang="de")] == []
    assert merge('Her hit "Take On Me" rose.', [], lang="en") == []


def test_a_language_name_is_misc_in_german():
    text = "Er schreibt auf Russisch, im Englischunterricht, in Schwäbisch Hall."
    merged = merge(text, [], lang="de")
    assert ("Russisch", "MISC") in [(text[s:e], lab) for s, e, lab, _ in merged]
    assert not any(text[s:e] in ("Englischunterricht", "Schwäbisch") for s, e, _, _ in merged)
    assert merge("Er spricht Deutsch.", [], lang="de") == []


def test_a_numbered_road_is_a_place_in_german():
    text = "Der Stau auf der A 5 reichte bis zur Autobahn A12, die A4 von Audi nicht."
    merged = merge(text, [], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("A 5", "LOC"), ("A12", "LOC")]
    assert not any(e == 17 for _, e, _, _ in merge("Bayern 3 und B 5 senden.", [], lang="de"))    # a station


def test_a_name_after_a_place_noun_is_a_place_in_german():
    text = "Die Stadt Gedern und die Marktgemeinde Ulrichsberg laden ein, vor Ort Helfer."
    um = text.index("Marktgemeinde")
    merged = merge(text, [(um, um + len("Marktgemeinde Ulrichsberg"), "ORG")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Gedern", "LOC"), ("Ulrichsberg", "LOC")]
    text = "Der Stausee Taiskirchen Das Becken, die Stadt New Orleans, ein Land Rover."
    lr = text.index("Land Rover")
    merged = merge(text, [(lr, lr + 10, "ORG")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [
        ("Taiskirchen", "LOC"), ("New Orleans", "LOC"), ("Land Rover", "ORG")]


def test_a_city_genitive_before_an_office_is_a_place_in_german():
    text = "Das sagte Hannovers damaliger Oberbürgermeister, nicht Bushs Parteikollegen."
    h = text.index("Hannovers")
    merged = merge(text, [(h, h + 9, "PER")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Hannovers", "LOC")]
    text = "Demnach wies Phillips die Mannschaft an."
    assert merge(text, [(13, 21, "PER")], lang="de")[0][2] == "PER"


def test_a_name_after_a_title_or_a_verb_of_saying_is_a_person_in_german():
    text = "„Das geht so nicht“, sagte Bolm. Präsident Cleveland gewann, Rapper Ice-T auch, der Präsident Frankreichs nicht."
    c = text.index("Cleveland")
    merged = merge(text, [(c, c + 9, "LOC")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged if lab == "PER"] == [
        ("Bolm", "PER"), ("Cleveland", "PER"), ("Ice-T", "PER")]
    assert ("Frankreichs", "PER") not in [(text[s:e], lab) for s, e, lab, _ in merged]
    assert merge(text, [(c, c + 9, "LOC")], lang="en")[0][2] == "LOC"          # German only


def test_a_name_after_an_office_compound_is_a_person_in_german():
    # the compound begins with a party's or a state's name, but the office is a person's
    text = "FDP-Generalsekretär Bijan Djir-Sarai trat zurück, Generalsekretär Djir-Sarai auch."
    a, b = text.index("Bijan"), text.rindex("Djir-Sarai")
    merged = merge(text, [(a, a + 16, "ORG"), (b, b + 10, "LOC")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Bijan Djir-Sarai", "PER"), ("Djir-Sarai", "PER")]


def test_german_country_forms_the_gazetteer_makes():
    from lesart.stages.entities.gazetteer import load
    g = load()
    assert g.lookup("Niederlanden").kb_id == "NLD"                       # "in den Niederlanden"
    assert g.lookup("Vereinigten Arabischen Emiraten").kb_id == "ARE"
    assert g.lookup("Israels").kb_id == "ISR"        # German and English share "Israel"
    assert g.lookup("Canadas") is None               # English only: no German genitive


def test_a_name_does_not_begin_with_a_sentence_opener_in_german():
    text = "Sowohl der Thüringer Bauernverband als auch die Regierung sehen das anders."
    merged = merge(text, [(0, 34, "MISC")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Thüringer Bauernverband", "MISC")]


def test_quotation_marks_at_an_entitys_edge_are_not_part_of_it():
    from lesart.stages.entities.stage import line_pieces
    text = 'bei der Firma "Thüringer Landstolz" in Schmalkalden'
    s = text.index('"')
    assert [text[a:b] for a, b, _ in line_pieces(text, s, s + 21, None)] == ["Thüringer Landstolz"]


def test_a_body_named_after_a_person_is_an_organisation():
    text = "Ludwig Maximilian University of Munich, the Robert Koch-Institut and the Robert Koch Instituts staff."
    s = text.index
    model = [(0, 17, "PER"), (s("University"), s("University") + 20, "ORG"),
             (s("Robert Koch-"), s("Robert Koch-") + 20, "PER"), (s("Robert Koch I"), s("Robert Koch I") + 11, "PER")]
    merged = merge(text, model, lang="en")
    assert [(text[a:b], lab) for a, b, lab, _ in merged] == [
        ("Ludwig Maximilian University of Munich", "ORG"), ("Robert Koch-Institut", "ORG"),
        ("Robert Koch Instituts", "ORG")]
    text = "Robert Koch visited the school."
    assert merge(text, [(0, 11, "PER")], lang="en")[0][2] == "PER"       # the person himself


def test_a_country_and_an_office_are_no_bodys_name_in_english():
    text = "He met U.S. Ambassador Gordon Sondland."
    a = text.index("U.S.")
    merged = merge(text, [(a, a + 15, "ORG"), (a + 16, a + 31, "PER")], lang="en")
    assert [(text[s:e], lab, kb) for s, e, lab, kb in merged] == [("U.S.", "LOC", "USA"), ("Gordon Sondland", "PER", None)]


def test_a_known_place_after_in_or_aus_is_a_place_in_german():
    text = "Er lebte in Bozen, zog nach Norden und kam aus Genf zurück."
    merged = merge(text, [], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Bozen", "LOC"), ("Genf", "LOC")]
    assert all(text[s:e] != "Bozen" for s, e, _, _ in merge(text, [], lang="en"))      # German only


def test_a_german_state_or_swiss_canton_is_a_place_in_german():
    text = "Genau hier weckt Schleswig-Holstein nun Erwartungen, im Zug nach Thurgau."
    merged = merge(text, [], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Schleswig-Holstein", "LOC"), ("Thurgau", "LOC")]


def test_a_university_or_power_station_with_its_place_is_an_organisation_in_german():
    text = "Er lehrte an der Medizinischen Hochschule Hannover und im Kraftwerk Lippendorf, die Universität ist alt."
    h = text.index("Hannover")
    merged = merge(text, [(h, h + 8, "LOC")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [
        ("Medizinischen Hochschule Hannover", "ORG"), ("Kraftwerk Lippendorf", "ORG")]
    assert ("Hannover", "LOC") in [(text[s:e], lab) for s, e, lab, _ in merge(text, [(h, h + 8, "LOC")], lang="en")]


def test_a_sports_club_by_prefix_and_name_is_an_organisation_in_german():
    text = "Der FC Carl Zeiss Jena spielt gegen den FC Schalke 04, die SG 01 Höchst und Preußen Münster."
    c = text.index("Carl")
    merged = merge(text, [(c, c + len("Carl Zeiss Jena"), "PER")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [
        ("FC Carl Zeiss Jena", "ORG"), ("FC Schalke 04", "ORG"), ("SG 01 Höchst", "ORG"), ("Preußen Münster", "ORG")]
    text = "Der TSV kam zurück, der FC Bayern Trainer auch, in Preußen im Westen, ( SG ) flog."
    assert [(text[s:e], lab) for s, e, lab, _ in merge(text, [], lang="de") if lab == "ORG"] == [
        ("TSV", "ORG"), ("FC Bayern", "ORG")]
    assert merge("Der TSV kam.", [], lang="en") == []


def test_a_newspaper_by_its_place_adjective_is_an_organisation_in_german():
    text = 'Das sagte er dem " Berliner Kurier " und der Passauer Neuen Presse. Der Bote kam, Dieser Post fehlt.'
    merged = merge(text, [], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Berliner Kurier", "ORG"), ("Passauer Neuen Presse", "ORG")]
    assert merge("Die Aktuelle Presse und die Mailänder Tageszeitung.", [], lang="de") == []
    assert merge('Er sagte dem " Berliner Kurier ".', [], lang="en") == []


def test_a_government_noun_alone_is_no_organisation_in_german():
    text = "Die Regierung und der Bundestag streiten."
    merged = merge(text, [(4, 13, "ORG"), (22, 31, "ORG")], lang="de")
    assert [(text[s:e], lab) for s, e, lab, _ in merged] == [("Bundestag", "ORG")]
    assert (4, 13, "ORG", None) in merge(text, [(4, 13, "ORG")], lang="en")
    # a noun that names one institution stays, whatever GermEval does with it
    named = "Die Bundesregierung und die EU-Kommission streiten."
    assert [named[s:e] for s, e, _, _ in merge(named, [(4, 19, "ORG"), (28, 41, "ORG")], lang="de")] == \
        ["Bundesregierung", "EU-Kommission"]


def test_names_in_cut_menus_are_not_entities_of_the_article():
    """The document pass spreads a name over the text; a menu cut from the article
    ("More on this story: Julian Assange ...") must not gain entities from it."""
    from lesart import analyze_html
    page = ("<html><head><title>Sweden drops Assange inquiry</title></head><body>"
            "<nav><ul><li><a href='/a'>More on this story: Julian Assange dragged from embassy</a></li>"
            "<li><a href='/b'>Julian Assange: campaigner or attention seeker?</a></li></ul></nav>"
            "<article><h1>Sweden drops Assange inquiry</h1>"
            "<p>Prosecutors in Sweden have dropped an investigation into a rape allegation made against "
            "Wikileaks co-founder Julian Assange in 2010. Assange has always denied the allegations.</p>"
            "<p>The decision was announced in Stockholm on Tuesday by the deputy director of public prosecution, "
            "who said the evidence had weakened considerably over the years.</p></article></body></html>")
    doc = analyze_html(page, url="https://example.org/news/assange")
    article = [(b.start, b.end) for b in doc.blocks if b.kind in ("title", "heading", "body", "quote", "caption")]
    assert doc.entities
    assert all(any(a <= e.start and e.end <= b for a, b in article) for e in doc.entities)


def test_listed_companies_under_the_names_news_use():
    from lesart.stages.entities.companies import company_names, listing_names, normalise

    assert normalise("Volkswagen Group") == ["Volkswagen Group", "Volkswagen"]
    assert normalise("ADMA Biologics, Inc.") == ["ADMA Biologics, Inc.", "ADMA Biologics"]
    assert normalise("Henkel AG & Co. KGaA")[-1] == "Henkel"
    assert normalise("Infineon Technologies") == ["Infineon Technologies", "Infineon"]
    assert len(listing_names()) > 1_500          # pytickersymbols 1.17.10: 1,837 companies of 20 indices
    names = company_names()
    assert {"Volkswagen", "Siemens", "Nissan", "Salesforce", "HP", "Apple", "Amazon", "Deutsche Bank"} <= names
    # ordinary words of English or German, first names, places and demonyms are no company names
    assert not {"Target", "Shell", "Visa", "Next", "Norma", "Oxford", "American"} & names


def test_a_listed_company_the_model_took_for_a_person_is_an_organisation():
    from lesart.stages.entities.merge import merge
    text = "Nissan said on Monday that profits fell."
    assert (0, 6, "ORG", None) in merge(text, [(0, 6, "PER")], lang="en")
    # but not after a first name or a verb of saying
    text = "Der Konstrukteur Ferdinand Porsche und erklärte Gates ."
    s1, s2 = text.index("Porsche"), text.index("Gates")
    merged = merge(text, [(s1, s1 + 7, "PER"), (s2, s2 + 5, "PER")], lang="de")
    assert (s1, s1 + 7, "PER", None) in merged and (s2, s2 + 5, "PER", None) in merged


def test_a_name_after_a_company_compound_is_an_organisation_de():
    from lesart.api import analyze_text
    doc = analyze_text("Einige Kunden werden in Roboterautos der Google-Schwesterfirma Waymo unterwegs sein. "
                       "Der Autokonzern Stellantis meldete Verluste.", stages=["extract", "language", "sentences", "entities"])
    assert {(e.text, e.label) for e in doc.entities} >= {("Waymo", "ORG"), ("Stellantis", "ORG")}


def test_english_headline_words_reach_the_tagger_in_lowercase_names_keep_their_case():
    from lesart.stages.entities.model import load_casing
    from lesart.stages.entities.stage import headline_words
    table = load_casing("en")
    words = "Chasing Instagram Analytics , People are Becoming Grocery Stores , Cruise Lines , and More".split()
    read = headline_words(words, table)
    assert read[read.index("Instagram") - 1:read.index("Instagram")] == ["Chasing"]     # the first word stays
    assert ["grocery", "stores", "cruise", "lines"] == [read[7], read[8], read[10], read[11]]
    # a name's common last word stays after the name; a list of names is no headline
    assert headline_words("Tickets at the Pepsi Center and Virginia Beach".split(), table)[3:] == \
        ["Pepsi", "Center", "and", "Virginia", "Beach"]
    names = "Tom Johnston , Michael McDonald , Pat Simmons".split()
    assert headline_words(names, table) == names


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_after_it_en():
    from lesart.stages.entities.document import _Context, drop_common_initials
    text = ("Dempsey and his team questioned the patient. Because Dempsey knew the bedding, he asked again. "
            "Live Nation is producing the tour.")
    starts = [0, text.index("Because"), text.index("Live")]
    b, live = text.index("Because Dempsey"), text.index("Live Nation")
    ents = [[b, b + len("Because Dempsey"), "PER", None], [live, live + len("Live Nation"), "ORG", None]]
    kept = drop_common_initials(_Context(text, starts, "en"), ents, 0.7)
    assert [text[s:e] for s, e, _, _ in kept] == ["Dempsey", "Live Nation"]   # "Nation" never stands alone
    text = "Former National Security Council official Timothy Morrison told investigators."
    name = [[0, len("Former National Security Council"), "ORG", None]]
    kept = drop_common_initials(_Context(text, [0], "en"), name, 0.7)
    assert [text[s:e] for s, e, _, _ in kept] == ["National Security Council"]   # a word of standing
    # a quotation's first word is capitalised as a sentence's is (Scrapinghub dev: "Sacrifice" PER)
    text = 'Steve Adcock wrote on his blog, "Sacrifice is necessary to retire early." He told "Washington" to wait.'
    s0, w0 = text.index("Sacrifice"), text.index("Washington")
    ents = [[s0, s0 + len("Sacrifice"), "PER", None], [w0, w0 + len("Washington"), "LOC", None]]
    kept = drop_common_initials(_Context(text, [0, text.index("He")], "en"), ents, 0.7)
    assert [text[s:e] for s, e, _, _ in kept] == ["Washington"]


def test_a_model_span_across_a_finite_verb_is_two_names():
    from lesart.stages.entities.merge import _split_at_verbs
    words = ["Laut", "dpa", "will", "Volkswagen", "Stellen", "streichen", "."]
    tokens, pos = [], 0
    for w in words:
        tokens.append((pos, pos + len(w)))
        pos += len(w) + 1
    spans = _split_at_verbs([(tokens[1][0], tokens[3][1], "ORG")], tokens, words)
    assert spans == [(tokens[1][0], tokens[1][1], "ORG"), (tokens[3][0], tokens[3][1], "ORG")]
    # a work's title may hold a verb
    assert _split_at_verbs([(tokens[1][0], tokens[3][1], "MISC")], tokens, words) == [(tokens[1][0], tokens[3][1], "MISC")]


def test_first_word_in_round_brackets_is_an_initial_for_the_common_word_check():
    # IGN deals page (Scrapinghub dev): "(Originally $200)" ORG; a ticker in capitals stays ("(LOW) stock")
    from lesart.stages.entities.document import _Context, drop_common_initials

    text = "Apple Watch Series 3 for $169.99 (Originally $200). Peer Lowe's (LOW) stock is off too."
    o, lo = text.index("Originally"), text.index("LOW")
    ents = [[o, o + len("Originally"), "ORG", None], [lo, lo + 3, "ORG", None]]
    kept = drop_common_initials(_Context(text, [0, text.index("Peer")], "en"), ents, 0.7)
    assert [text[s:e] for s, e, _, _ in kept] == ["LOW"]


def test_a_country_after_a_common_first_name_is_a_surname():
    from lesart.stages.entities.merge import merge
    for text, lang in (("The Wheel of Time author Robert Jordan died in 2007.", "en"),
                       ("Der Schriftsteller Robert Jordan starb 2007.", "de")):
        assert ("Robert Jordan", "PER") in [(text[s:e], lab) for s, e, lab, _ in merge(text, [], lang=lang)]
    # a country in a list, or after a place, stays the country
    text = "Officials from Sudan, Jordan and Egypt met in Amman."
    assert ("Jordan", "LOC", "JOR") in [(text[s:e], lab, kb) for s, e, lab, kb in merge(text, [], lang="en")]
