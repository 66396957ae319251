"""The quantities layer: the issue's examples, conventions, and the labelled sets."""
from __future__ import annotations

import pytest

from lesart.model import Document, Sentence, SourceInfo
from lesart.stages.quantities import QuantitiesStage, parse_number


def _quantities(text: str, language: str = "de", sentences=None) -> list:
    doc = Document(id="q", source=SourceInfo(kind="text"), text=text, language=language,
                   sentences=sentences or [])
    doc = QuantitiesStage()(doc)
    for q in doc.quantities:
        assert doc.text[q.start:q.end] == q.text
    return [(q.text, q.value, q.unit, q.approx) for q in doc.quantities]


@pytest.mark.parametrize("text, lang, expected", [
    ("Nordkorea hatte etwa 10.000 Soldaten in der Region stationiert.", "de",
     ("etwa 10.000", 10000.0, "Soldaten", True)),
    ("Das Projekt kostet rund 1,5 Millionen Euro.", "de",
     ("rund 1,5 Millionen Euro", 1500000.0, "EUR", True)),
    ("Es kamen mehr als 300 Menschen.", "de", ("mehr als 300", 300.0, "Menschen", True)),
    ("Tausende Demonstranten zogen durch die Stadt.", "de",
     ("Tausende", 1000.0, "Demonstranten", True)),
    ("Zwei Drittel der Wähler stimmten zu.", "de", ("Zwei Drittel", 2 / 3, "Wähler", False)),
    ("Gold im Wert von 15.000€!", "de", ("15.000€", 15000.0, "EUR", False)),
    ("Die Inflation lag bei 3.5% im Februar.", "de", ("3.5%", 3.5, "percent", False)),
    ("Die Arbeitslosigkeit stieg um 0,3 Prozent.", "de", ("0,3 Prozent", 0.3, "percent", False)),
    ("Der Tanker ist mehr als 330 Meter lang.", "de", ("mehr als 330 Meter", 330.0, "m", True)),
    ("A dozen people were hurt.", "en", ("A dozen", 12.0, "people", False)),
    ("More than 1,000 troops were sent.", "en", ("More than 1,000", 1000.0, "troops", True)),
    ("Inflation rose 3.5% in March.", "en", ("3.5%", 3.5, "percent", False)),
    ("The firm raised $2.3bn last year.", "en", ("$2.3bn", 2.3e9, "USD", False)),
    ("He was fined £10,000.", "en", ("£10,000", 10000.0, "GBP", False)),
    ("Thousands of people marched.", "en", ("Thousands", 1000.0, "people", True)),
    ("The plan costs CHF 40 million.", "en", ("CHF 40 million", 40e6, "CHF", False)),
    ("They sent five hundred soldiers.", "en", ("five hundred", 500.0, "soldiers", False)),
    # numbers written as one word (text2num reads the value), halves, dozens as a scale
    ("Fünfundzwanzig Menschen starben.", "de", ("Fünfundzwanzig", 25.0, "Menschen", False)),
    ("Mehr als zweitausend Menschen protestierten.", "de", ("Mehr als zweitausend", 2000.0, "Menschen", True)),
    ("Die Firma entließ einhundertzwanzig Mitarbeiter.", "de", ("einhundertzwanzig", 120.0, "Mitarbeiter", False)),
    ("Achtzehn Verletzte wurden gezählt.", "de", ("Achtzehn", 18.0, "Verletzte", False)),
    ("Rund anderthalb Millionen Euro fehlen.", "de", ("Rund anderthalb Millionen Euro", 1.5e6, "EUR", True)),
    ("Etwa dreieinhalb Tausend Menschen flohen.", "de", ("Etwa dreieinhalb Tausend", 3500.0, "Menschen", True)),
    ("Zwei Dutzend Häuser brannten.", "de", ("Zwei Dutzend", 24.0, "Häuser", False)),
    ("Ein paar hundert Demonstranten kamen.", "de", ("Ein paar hundert", 100.0, "Demonstranten", True)),
    ("Twenty-five people died.", "en", ("Twenty-five", 25.0, "people", False)),
    ("Two dozen houses burned.", "en", ("Two dozen", 24.0, "houses", False)),
    ("A few hundred protesters came.", "en", ("A few hundred", 100.0, "protesters", True)),
    ("Seventeen soldiers were wounded.", "en", ("Seventeen", 17.0, "soldiers", False)),
])
def test_examples(text, lang, expected):
    found = _quantities(text, lang)
    assert len(found) == 1, found
    got = found[0]
    assert got[0] == expected[0] and got[2] == expected[2] and got[3] == expected[3]
    assert got[1] == pytest.approx(expected[1], rel=1e-3)


@pytest.mark.parametrize("text, lang", [
    ("Am 25. Februar 2010 um 20 Uhr.", "de"),             # dates and clock times
    ("Das dauerte zwei Jahre.", "de"),                     # durations belong to times
    ("Die 37-Jährige gewann das 9-Euro-Ticket.", "de"),    # compounds
    ("Eine Kolonne fuhr an einem Morgen los.", "de"),      # articles
    ("Arsenal won 5:0 on Tuesday in 2019.", "en"),         # scores and years
    ("He abused girls since at least 2002.", "en"),        # a bound on a year counts nothing
    ("Er war seit mindestens 2015 Mitglied.", "de"),
    ("The shift ran from 4 p.m. to midnight.", "en"),      # the 'p' of 'p.m.' is no pence
    ("Highlights\n2. Never urged Ukraine to act", "en"),     # a list item's number
    ('6. "The Gordon problem"', "en"),
    ("Then the four go on an adventure, mixing the three together.", "en"),   # numbers as pronouns
    ("3) Die Kosten steigen.", "de"),
    ("Deshalb blieb er innerhalb des Jahrzehnts einzig in Leipzig.", "de"),   # not written numbers
    ("The former star, 42, was voted off the show.", "en"),        # an age between commas
    ("Instead, they lost 24-17. At 4-7, the Chargers are out.", "en"),   # a score and a record
])
def test_not_quantities(text, lang):
    assert _quantities(text, lang) == []


@pytest.mark.parametrize("text, lang, value", [
    ("10.000", "de", 10000.0), ("1,5", "de", 1.5), ("10.979.777", "de", 10979777.0),
    ("1,000", "en", 1000.0), ("3.5", "en", 3.5), ("zwölf", "de", 12.0), ("twelve", "en", 12.0),
])
def test_number_formats(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text, lang, units", [
    ("Der Mann hat mindestens 550 bis 600 Kinder gezeugt.", "de", ["Kinder", "Kinder"]),
    ("Zwischen 20 und 30 Menschen wurden verletzt.", "de", ["Menschen", "Menschen"]),
    ("Between 200 and 300 people were killed.", "en", ["people", "people"]),
    ("Some 10 to 15 soldiers died.", "en", ["soldiers", "soldiers"]),
    ("Er zahlte 20 Euro und 30 Cent.", "de", ["EUR", "EUR-cent"]),        # two amounts, no range
])
def test_the_first_end_of_a_range_counts_what_the_second_counts(text, lang, units):
    assert [unit for _, _, unit, _ in _quantities(text, lang)] == units


def test_only_sentences_are_searched():
    text = "Menü 500 Artikel\nEs kamen 300 Menschen."
    start = text.index("Es kamen")
    found = _quantities(text, "de", [Sentence(start=start, end=len(text), text=text[start:])])
    assert [q[0] for q in found] == ["300"]


# Pinned minimums, a little below the measured values (issue goal: value+unit F1 >= 0.9).
MINIMUM_F1 = {"de": 0.95, "en": 0.92}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_labelled_sets(lang):
    from lesart.evaluation.quantities import evaluate, load

    assert sum(len(r["quantities"]) for r in load(lang)) >= 100
    m = evaluate((lang,))["langs"][lang]
    assert m["value_unit_f1"] >= MINIMUM_F1[lang], m["errors"]


# Issue 4, real pages: what a fact-checker's pages showed (own wording).
@pytest.mark.parametrize("text, lang", [
    ("She stepped down at age 62 after a long career.", "en"),
    ("Respondents aged between 30 to 45 were asked.", "en"),
    ("Users aged 65 or older were counted separately.", "en"),
    ("Er starb im Alter von 88 in Wien.", "de"),
    ("Sie gewann in 2.07‘13‘‘ vor der Titelverteidigerin.", "de"),
    ("Der Zweite lag (25‘‘) dahinter.", "de"),
    ("He moved his savings into a 403(b) plan.", "en"),
    ("Der Verein stand lange auf Platz Vier hinter Bayern.", "de"),
    ("Sie spielte jahrelang nur Nummer Zwei hinter Schmidt.", "de"),
    ("The sequel was Half Dome 3 Legends, released in spring.", "en"),
    ("The airline ordered more Airbus 350 Jets last week.", "en"),
    ("The carrier flies the Boeing 777 fleet on long routes.", "en"),
    ("He was diagnosed with Type 2 diabetes early on.", "en"),
    ("He retired at age 61 and a half.", "en"),
])
def test_ages_race_times_and_names_count_nothing(text, lang):
    assert _quantities(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The council paid nearly half a million dollars for the logo.", "en",
     ("nearly half a million dollars", 500000.0, "USD", True)),
    ("Die Stadt gab eine halbe Million Euro für das Fest aus.", "de",
     ("eine halbe Million Euro", 500000.0, "EUR", False)),
    ("About two and a half million people fled the region.", "en",
     ("About two and a half million", 2500000.0, "people", True)),
    ("He said he had paid Rs 12 lakh to the agent.", "en", ("Rs 12 lakh", 1200000.0, "INR", False)),
    ("The project costs ₹3 crore.", "en", ("₹3 crore", 30000000.0, "INR", False)),
    ("Tickets cost 55,000₩ at the door.", "en", ("55,000₩", 55000.0, "KRW", False)),
])
def test_scales_currencies_and_fractions_on_real_pages(text, lang, expected):
    found = _quantities(text, lang)
    assert len(found) == 1
    t, v, u, a = found[0]
    assert (t, u, a) == expected[:1] + expected[2:] and v == pytest.approx(expected[1], rel=1e-3)


def test_a_change_from_one_value_to_another_shares_the_unit():
    assert [q[2] for q in _quantities("Die Zölle sinken von 40 auf 15 Prozent.", "de")] == ["percent", "percent"]


def test_a_player_line_in_a_box_score_still_counts():
    assert [q[2] for q in _quantities("Maria Lopez 14 points and 3 steals.", "en")] == ["points", "steals"]


def test_speeds_durations_and_verbs_after_numbers():
    from lesart.stages.quantities.extract import find

    q = find("mit einer Geschwindigkeit von 150 Kilometern pro Stunde.", "de")
    assert [(x.text, x.unit) for x in q] == [("150 Kilometern pro Stunde", "km/h")]
    assert find("A half century on, the band tours.", "en") == []
    q = find("a cell meant for 35 held 155 adult males", "en")
    assert [x.unit for x in q] == [None, "males"]
    q = find("Rund 80 lebensbedrohlich Verletzte liegen im Spital.", "de")
    assert q[0].unit == "Verletzte"


def test_legal_references_and_athletes_ages_are_no_amounts():
    from lesart.stages.quantities.extract import find

    text = "Art. 2 Abs. 2 S. 1 Grundgesetz (Az. 2 BvR 508/21; Az. 5 L 3799/24.F), siehe S. 48."
    assert find(text, "de") == []
    assert find("Katharina Steinruck (34/Eintracht Frankfurt) gab auf.", "de") == []
    assert [q.text for q in find("Er trank 5 l Wasser.", "de")] == ["5 l"]


def test_country_dollars_paragraphs_ordinals_and_adjective_durations():
    from lesart.stages.quantities.extract import find

    q = find("investors have been told 176 Hong Kong dollars is likely", "en")
    assert [(x.text, x.unit) for x in q] == [("176", "HKD")]
    assert find("It was down for four straight years.", "en") == []
    assert find("geregelt in § 68 SGB V und §§ 305 ff. BGB", "de") == []
    assert find("Air Astana and a third undisclosed buyer.", "en") == []
    assert [x.text for x in find("The mass could be reduced by a third by removing it, a quarter mile away.", "en")] \
        == ["a third", "a quarter"]


def test_english_counted_noun_after_joined_modifiers_and_noun_compounds():
    import lesart
    for text, unit in (("The hearing follows the testimony of four national security and diplomatic officials.", "officials"),
                       ("About 300 local police officers were deployed.", "officers"),
                       ("They sold 5 million face masks and gloves.", "masks")):
        doc = lesart.analyze_text(text, stages=["extract", "language", "sentences", "entities", "times", "quantities"])
        assert [q.unit for q in doc.quantities] == [unit]


def test_postal_codes_and_telephone_groups_are_no_quantities():
    # imprint and contact lines found in a sweep of the stored German pages
    qs = _quantities("Musterstraße 5\n53333 Meckenheim\nTel. 0221 12345\nFax: +49 (0)30 123 45\n"
                     "Die Firma in der Hauptstraße 3, 60313 Frankfurt am Main, hat 200 Mitarbeiter und "
                     "10000 Produkttester.")
    assert [(q[0], q[2]) for q in qs] == [("200", "Mitarbeiter"), ("10000", "Produkttester")]


def test_house_numbers_and_years_of_an_era_are_no_quantities():
    assert _quantities("The office at 520 Third Street and the firm at 2134 Main St. opened.", "en") == []
    assert _quantities("Rome was founded in 753 BC.", "en") == []
    assert _quantities("Die Siedlung wurde ab etwa 900 v. Chr. bewohnt.") == []


def test_range_ends_share_scale_and_currency():
    # read on Scrapinghub dev pages (a Reuters trade story): '$40-50 billion' was $40
    assert _quantities("He would need the $40-50 billion in annual purchases.", "en") == [
        ("$40", 4e10, "USD", False), ("50 billion", 5e10, "USD", False)]
    assert _quantities("between $40 and $50 billion", "en") == [
        ("$40", 4e10, "USD", False), ("$50 billion", 5e10, "USD", False)]
    assert _quantities("Between 10-15 soldiers died.", "en") == [
        ("10", 10.0, "soldiers", False), ("15", 15.0, "soldiers", False)]
    assert _quantities("Es kamen 3.000-4.000 Demonstranten.") == [
        ("3.000", 3000.0, "Demonstranten", False), ("4.000", 4000.0, "Demonstranten", False)]
    # no range: a score, a season, a phone number, two amounts of different units, a larger first end
    assert _quantities("They lost 24-17 on Sunday in the 2019-20 season. Call 555-1234.", "en") == []
    assert [q[0] for q in _quantities("a 2-3 loss", "en")] == ["2"]
    assert _quantities("revenue rose 3.5 percent to $27.2 billion", "en") == [
        ("3.5 percent", 3.5, "percent", False), ("$27.2 billion", 2.72e10, "USD", False)]
    assert _quantities("between 500 and 2 million people", "en")[0] == ("500", 500.0, "people", False)


def test_counted_noun_after_an_initialism_or_a_comma_between_adjectives():
    # read on dev pages: 'Some 200 U.S. military personnel' counted 'U'; the 42.000 of a German quote was lost
    assert _quantities("Some 200 U.S. military personnel are believed to remain.", "en") == [
        ("Some 200", 200.0, "personnel", True)]
    assert _quantities("dass der Iran in den letzten zwei Monaten mindestens 42.000 unschuldige, völlig "
                       "unbewaffnete Demonstranten getötet hat") == [
        ("mindestens 42.000", 42000.0, "Demonstranten", True)]
    assert _quantities("Es gab 30 schwere, lebensgefährliche Verletzungen.") == [
        ("30", 30.0, "Verletzungen", False)]


def test_english_counted_noun_stops_at_line_breaks_adverbs_and_explained_acronyms():
    # read on Scrapinghub dev pages (whole-page round): a box score's last number counted the team on the
    # next line ('— 70\n\nPalm Bay' was 70 'Bay'), an adverb was the unit ('from 16 currently'), an acronym
    # its brackets explain was the unit ('three FIRE (financial independence, retire early) categories')
    assert _quantities("Rockledge 14 11 6 15 — 44\n\nPalm Bay (1-0): Tolivert 25 points.", "en")[-2:] == [
        ("44", 44.0, None, False), ("25", 25.0, "points", False)]
    assert _quantities("Palm Bay d. Rockledge 70-44\n\nRockledge (1-0): Smith 4 points.", "en") == [
        ("4", 4.0, "points", False)]
    assert _quantities("sales are expected to grow from 16 currently to as many as 80 by 2022", "en")[0] == (
        "16", 16.0, None, False)
    assert _quantities("NASA chose bids from two relatively smaller organisations.", "en") == [
        ("two", 2.0, "organisations", False)]
    assert _quantities("It announced an order of 50 Airbus A350-900 jets on Monday.", "en") == [
        ("50", 50.0, "jets", False)]
    assert _quantities("you'll fall into one of three FIRE (financial independence, retire early) "
                       "categories", "en") == []
    assert _quantities("The two became romantically involved in 1993.", "en") == []


def test_english_counted_noun_skips_ly_adverbs_and_capitalised_adjectives():
    # PolNeAR train (AP, Politico): '35 randomly selected precincts' counted 'randomly', '800 likely Republican
    # primary voters' counted 'primary', 'five reasonably viable Republican candidates' counted 'Republican'
    assert _quantities("In an online poll of 800 likely Republican primary voters, Trump led.", "en")[0] == (
        "800", 800.0, "voters", False)
    assert _quantities("With five reasonably viable Republican candidates, nobody leads.", "en") == [
        ("five", 5.0, "candidates", False)]
    assert _quantities("voters leaving 35 randomly selected precincts", "en") == [("35", 35.0, None, False)]
    # joined adjectives before the noun, and a demonym in -ese that is the noun
    assert _quantities("Mr. Obama freed seven Iranian and Iranian-American men.", "en") == [
        ("seven", 7.0, "men", False)]
    assert _quantities("It helped pull 300 million Chinese out of poverty.", "en") == [
        ("300 million", 3e8, "Chinese", False)]


def test_video_lines_written_with_p_are_no_pence():
    # IGN deals page (Scrapinghub dev): '15" 1080p GTX 1660 Ti Laptop' was 1080 GBP-pence
    assert [q[2] for q in _quantities('Dell G3 15" 1080p GTX 1660 Ti Laptop for $799.99', "en")] == [None, "USD"]
    assert _quantities("You can stream in 4K or 720p.", "en") == []
    # pence stay pence where no word of screens or video is near
    assert _quantities("Shares rose 12p to 480p.", "en") == [
        ("12p", 12.0, "GBP-pence", False), ("480p", 480.0, "GBP-pence", False)]
