"""Entity rules from the second reading round on real news pages (stages/entities/page/forms.py): whole
sentences from Fundus and Scrapinghub dev pages, through the stage's page rules or the whole pipeline."""
from __future__ import annotations

from lesart import api
from lesart.stages.entities import page
from lesart.stages.entities.document import _Context


def _apply(text, spans, lang):
    ents = []
    for s, lab in spans:
        i = text.index(s)
        ents.append([i, i + len(s), lab, None])
    out = page.apply(text, ents, lang, _Context(text, [0], lang))
    return {(text[x[0]:x[1]], x[2], x[3]) for x in out}


def _entities(text):
    return {(e.text, e.label, e.kb_id) for e in api.analyze_text(text).entities}


def test_quoted_lowercase_german_word_is_no_name():
    text = "Die Bundesregierung fand die Dokumentation „berührend“, sagte der Sprecher."
    assert _apply(text, [("berührend", "MISC"), ("Bundesregierung", "ORG")], "de") == {
        ("Bundesregierung", "ORG", None)}
    # an unquoted German name adjective stays (GermEval's LOCderiv)
    text = "Die deutschen Behörden ermitteln."
    assert ("deutschen", "MISC", None) in _apply(text, [("deutschen", "MISC")], "de")


def test_english_span_without_capitals_is_no_name():
    text = "Their nominee for governor, Jim Hood, lost by five-and-a-half points."
    assert _apply(text, [("Jim Hood", "PER"), ("five-and-a-half", "ORG")], "en") == {("Jim Hood", "PER", None)}


def test_lone_letter_is_no_place():
    text = "Russia and Syria: U.S.-backed Syrian forces, S. said."
    out = _apply(text, [("S.", "LOC"), ("Russia", "LOC")], "en")
    assert ("S.", "LOC", None) not in out and ("Russia", "LOC", None) in out


def test_official_state_forms_get_their_code():
    out = _entities("Um seine Botschaft zu unterstreichen, wechselte Abdullah bin Zayed, Außenminister der "
                    "Vereinigten Arabischen Emirate, ins Englische.")
    assert ("Vereinigten Arabischen Emirate", "LOC", "ARE") in out
    out = _entities("Die Islamische Republik hat am Montag reagiert. Das Vereinigte Königreich verhandelt.")
    assert ("Islamische Republik", "LOC", "IRN") in out and ("Vereinigte Königreich", "LOC", "GBR") in out


def test_islamic_republic_before_a_country_is_that_country():
    text = "Die Islamische Republik Pakistan wählt."
    out = _apply(text, [("Islamische Republik Pakistan", "LOC")], "de")
    assert out == {("Islamische Republik Pakistan", "LOC", None)}


def test_common_compound_next_to_a_country_is_not_its_name():
    out = _entities("Das Literaturland Philippinen mit seinen 110 Millionen Einwohnern liest wenig.")
    assert ("Philippinen", "LOC", "PHL") in out
    text = "China droht mit einer Besetzung des Inselstaates Taiwan."
    assert ("Taiwan", "LOC", "TWN") in _apply(text, [("Inselstaates Taiwan", "ORG")], "de")
    text = "In diesem Jahr sind die Philippinen Gastland der Frankfurter Buchmesse."
    assert ("Philippinen", "LOC", "PHL") in _apply(text, [("Philippinen Gastland", "LOC")], "de")


def test_plural_common_noun_is_no_person():
    text = "Die Bucht wird ausgebaut. Casinos sollen da entstehen. Außerhalb von Labortests wirkt es nicht."
    assert _apply(text, [("Casinos", "PER"), ("Labortests", "PER")], "de") == set()
    text = "Gangs roam the streets, officials said."
    assert _apply(text, [("Gangs", "PER")], "en") == set()
    # a surname the page also writes after a first name stays a person ("Jens" is no plural noun either)
    text = "Patricia Evangelista schreibt. Evangelistas Buch erschien. Richards sagte, Keith Richards spiele."
    out = _apply(text, [("Patricia Evangelista", "PER"), ("Richards", "PER"), ("Keith Richards", "PER")], "de")
    assert ("Richards", "PER", None) in out


def test_platforms_are_organisations():
    out = _entities("Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.")
    assert {("Facebook", "ORG", None), ("Twitter", "ORG", None), ("Instagram", "ORG", None)} <= out
    out = _entities("Auf Tiktok und Co gelingt es dem 25-jährigen Sohn, junge Muslime zu ködern.")
    assert ("Tiktok", "ORG", None) in out


def test_swiss_spelling_of_a_country():
    out = _entities("Israel hat Hilfe anderer Staaten wie Frankreich, Grossbritannien, Jordanien und den USA bekommen.")
    assert ("Grossbritannien", "LOC", "GBR") in out


def test_given_name_before_a_family_surname():
    out = _entities("Es wurde ein Grab für Arbeiter, eines der vielen, die Imelda Marcos, Witwe des einstigen "
                    "Diktators Ferdinand Marcos, hinterlassen hat.")
    assert ("Imelda Marcos", "PER", None) in out and ("Ferdinand Marcos", "PER", None) in out


def test_one_label_per_name_after_the_page_rules():
    text = ("Trump said so. Trump won. Trump spoke. Instead, voters handed Trump an unambiguous defeat.")
    spans = [("Trump", "PER")] * 3
    ents = []
    pos = 0
    for _ in range(4):
        i = text.index("Trump", pos)
        ents.append([i, i + 5, "PER", None])
        pos = i + 1
    ents[3][2] = "MISC"
    out = page.apply(text, ents, "en", _Context(text, [0], "en"))
    assert spans and {x[2] for x in out} == {"PER"}


def test_first_word_of_a_german_firm_is_the_firm():
    text = ("Es handelt sich um den Hauptsitz der Diehl Metal Applications (DMA). Anwohner kennen Diehl "
            "seit Jahren.")
    out = _apply(text, [("Diehl Metal Applications", "ORG"), ("Diehl", "LOC")], "de")
    assert ("Diehl", "ORG", None) in out


def test_hyphenated_common_nouns_are_no_place():
    text = "Unser Tagesgeld-Vergleich und Festgeld-Vergleich zeigen eine Auswahl. Die Handball-Bundesliga spielt."
    out = _apply(text, [("Festgeld-Vergleich", "LOC"), ("Handball-Bundesliga", "ORG")], "de")
    assert out == {("Handball-Bundesliga", "ORG", None)}


def test_platform_before_a_possessive_is_an_organisation():
    text = "Google’s forthcoming accounts, and Facebook’s payment wallets could change banking."
    out = _apply(text, [("Facebook", "PER")], "en")
    assert out == {("Facebook", "ORG", None)}
