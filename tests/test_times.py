"""The times layer: seed expectations, rules, and the KRAUTS / English gold goals."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from lesart.model import Document, Sentence, SourceInfo
from lesart.stages.times import NO_ANCHOR_WARNING, TimesStage

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
KRAUTS = SHARED / "data" / "temporal" / "krauts"

# Sentences of the seed page (shared/seeds/000_3a2dee0eeef83530.txt).
SEED = (
    "Diese Information stamme aus südkoreanischen Geheimdienstkreisen, wie am Donnerstag "
    "bekannt wurde. Das genaue Ausmaß der Truppenverlegung sei derzeit noch Gegenstand von "
    "Untersuchungen. Besonders brisant erscheint die neue Truppenverlegung vor dem Hintergrund, "
    "dass erst Anfang Februar nordkoreanische Einheiten aus der russischen Region Kursk abgezogen "
    "wurden. Der südkoreanische Geheimdienst NIS hatte damals erklärt, dass die nordkoreanischen "
    "Truppen seit Mitte Januar nicht mehr in Kampfhandlungen verwickelt gewesen seien. Nach "
    "übereinstimmenden Angaben hatte Nordkorea seit Oktober des vergangenen Jahres etwa 10.000 "
    "Soldaten in der Region Kursk stationiert. Diese sollten bei der Rückeroberung von Gebieten "
    "helfen, die seit einer ukrainischen Überraschungsoffensive im August unter Kiewer Kontrolle "
    "stehen. Exklusives Live-Webinar am 23.04.2025 um 19:00 Uhr."
)


def _doc(text: str, published: str | None, language: str = "de", sentences=None) -> Document:
    return Document(id="t", source=SourceInfo(kind="text"), text=text, language=language,
                    published=published, sentences=sentences or [])


def _times(text: str, published: str | None = "2025-03-27", language: str = "de") -> dict:
    doc = TimesStage()(_doc(text, published, language))
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    return {t.text: t for t in doc.times}


def test_seed_with_published():
    times = _times(SEED)
    assert times["Donnerstag"].value == "2025-03-27"
    assert (times["Anfang Februar"].value, times["Anfang Februar"].mod) == ("2025-02", "START")
    # KRAUTS leaves "seit" outside the span; the span carries value and mod.
    assert (times["Mitte Januar"].value, times["Mitte Januar"].mod) == ("2025-01", "MID")
    assert times["Oktober des vergangenen Jahres"].value == "2024-10"
    assert times["August"].value == "2024-08"
    assert times["derzeit"].value == "PRESENT_REF"
    assert times["23.04.2025"].value == "2025-04-23"
    assert times["19:00 Uhr"].value == "2025-04-23T19:00"
    assert times["Donnerstag"].type == "DATE" and times["19:00 Uhr"].type == "TIME"


def test_seed_without_published_stays_unresolved_with_warning():
    doc = TimesStage()(_doc(SEED, None))
    times = {t.text: t for t in doc.times}
    for text in ("Donnerstag", "Anfang Februar", "Mitte Januar",
                 "Oktober des vergangenen Jahres", "August"):
        assert times[text].value is None, text
    assert times["Anfang Februar"].mod == "START"
    assert times["23.04.2025"].value == "2025-04-23"      # absolute dates still resolve
    assert times["derzeit"].value == "PRESENT_REF"        # needs no anchor
    assert NO_ANCHOR_WARNING in doc.warnings


def test_no_warning_when_everything_is_absolute():
    doc = TimesStage()(_doc("Das Gesetz trat am 25. Februar 2010 in Kraft.", None))
    assert [t.value for t in doc.times] == ["2010-02-25"]
    assert doc.warnings == []


@pytest.mark.parametrize("text, expected, value", [
    ("Die Wahl wird im August stattfinden.", "August", "2025-08"),   # future: the next August
    ("Im August hatte die Offensive begonnen.", "August", "2024-08"),
    ("Er kam am vergangenen Sonntag.", "vergangenen Sonntag", "2025-03-23"),
    ("Wir treffen uns kommenden Montag.", "kommenden Montag", "2025-03-31"),
    ("Gestern Abend brannte es.", "Gestern Abend", "2025-03-26TEV"),
    ("Das war im vergangenen Jahr.", "vergangenen Jahr", "2024"),
    ("Im Vorjahr sank der Umsatz.", "Vorjahr", "2024"),
    ("Heuer gibt es mehr Gäste.", "Heuer", "2025"),
    ("Das dauerte zwei Wochen.", "zwei Wochen", "P2W"),
    ("Seit Jahren wird gestritten.", "Jahren", "PXY"),
    ("Er trainiert täglich.", "täglich", "P1D"),
    ("Der Markt ist jeden Montag offen.", "jeden Montag", "XXXX-WXX-1"),
    ("Ende dieses Jahres soll es fertig sein.", "Ende dieses Jahres", "2025"),
    ("Das war in den neunziger Jahren.", "den neunziger Jahren", "199"),
    ("Die Reform kam im Juni 2009.", "Juni 2009", "2009-06"),
    ("Am 30.11.2013 um 17.00 Uhr beginnt es.", "30.11.2013", "2013-11-30"),
])
def test_german_rules(text, expected, value):
    assert _times(text)[expected].value == value


# Anchor 2025-03-27 (a Thursday).
@pytest.mark.parametrize("text, expected, value", [
    # Strong preterites and sentence-initial cue words mark the past ...
    ("Im Mai geschah das Unglück.", "Mai", "2024-05"),
    ("Am Montag bekam er die Nachricht.", "Montag", "2025-03-24"),
    ("Seit dem 1. Mai gilt das Gesetz.", "1. Mai", "2024-05-01"),
    # ... an adjective in -ten after an article does not.
    ("Die Pässe werden im Juli von regelrechten Blechlawinen überrollt.", "Juli", "2025-07"),
    ("Liat ist am siebten Oktober entführt worden.", "siebten Oktober", "2024-10-07"),
    ("Im dritten Quartal 2009 sank der Umsatz.", "dritten Quartal 2009", "2009-Q3"),
    ("Im vierten Quartal stieg der Umsatz.", "vierten Quartal", "2024-Q4"),
    ("Im Herbst vergangenen Jahres begann der Bau.", "Herbst vergangenen Jahres", "2024-FA"),
    ("Nach diesem strengen Winter war viel zu tun.", "diesem strengen Winter", "2025-WI"),
    ("Das sahen wir im vergangenen Dezember.", "vergangenen Dezember", "2024-12"),
    ("Erst 1991 kam die Statue. Ab Ende des Jahres stand sie im Museum.",
     "Ende des Jahres", "1991"),
    ("Anfang 2026 soll es fertig sein.", "Anfang 2026", "2026"),
    ("In der Nacht zum Dienstag brannte ein Haus.", "Nacht zum Dienstag", "2025-03-24TNI"),
    ("Am Abend des 3. Mai 2024 wurde gefeiert.", "Abend des 3. Mai 2024", "2024-05-03TEV"),
    ("Er kam gegen acht Uhr abends.", "acht Uhr", "2025-03-27T20:00"),
    ("Die Schicht beginnt um 3 Uhr morgens.", "3 Uhr", "2025-03-27T03:00"),
    ("Am morgigen Freitag ist Markt.", "Freitag", "2025-03-28"),
    ("Er verdient 400 Euro im Monat.", "im Monat", "P1M"),
    ("Montags ist geschlossen.", "Montags", "XXXX-WXX-1"),
    ("Die Stadt wuchs im zwanzigsten Jahrhundert.", "zwanzigsten Jahrhundert", "19"),
    ("Er brauchte eine halbe Stunde.", "eine halbe Stunde", "PT0.5H"),
    ("Das war in den Neunzigern.", "den Neunzigern", "199"),
    ("Gegen 17 Uhr am Freitagnachmittag gingen sie.", "17 Uhr", "2025-03-21T17:00"),
    ("Mönche setzten heute ihre Proteste fort.", "heute", "2025-03-27"),
    ("Kein Wort verlieren die Wahlsieger vom Wochenende.", "Wochenende", "2025-W12-WE"),
    ("Die Firma, die er gründete, existiert heute noch.", "heute", "PRESENT_REF"),
])
def test_german_rules_beyond_the_seed(text, expected, value):
    assert _times(text)[expected].value == value


# Anchor 2025-03-27 (a Thursday): rules added for issue 4, each with a KRAUTS dev example.
@pytest.mark.parametrize("text, expected, value", [
    ("Zu Weihnachten kamen viele Gäste.", "Weihnachten", "2024-12-24"),
    ("In den frühen Morgenstunden brannte es.", "den frühen Morgenstunden", "2025-03-27TMO"),
])
def test_german_rules_with_dev_examples(text, expected, value):
    assert _times(text)[expected].value == value


# Anchor 2025-03-27 (a Thursday): general German news conventions that KRAUTS dev has few
# or no examples of (issue 4: the rules must hold on unseen Dolomiten and Zeit pages).
@pytest.mark.parametrize("text, expected, value", [
    # The end of a range lies after its start.
    ("Die Saison dauert von Dezember bis April.", "April", "2026-04"),
    ("Zwischen Oktober und März gilt die Winterreifenpflicht.", "März", "2026-03"),
    ("Die Ausstellung ist vom 20. Dezember bis 6. Jänner geöffnet.", "6. Jänner", "2026-01-06"),
    ("Die Saison dauerte von Dezember bis Februar.", "Februar", "2025-02"),
    # Days listed with a slash before the month.
    ("Das Fest findet am 16./17. Mai statt.", "16", "2025-05-16"),
    # A clock time of a recurring day names no one date.
    ("Der Kurs findet jeden Dienstag von 18 bis 20 Uhr statt.", "20 Uhr", "T20:00"),
    ("Jeden Freitag um 19 Uhr trifft sich die Gruppe.", "19 Uhr", "T19:00"),
    # Last night is dated by its evening, like "Nacht zum Dienstag".
    ("In der vergangenen Nacht brannte ein Stadel.", "der vergangenen Nacht", "2025-03-26TNI"),
    ("In der Nacht auf gestern brannte ein Stadel.", "Nacht auf gestern", "2025-03-25TNI"),
    # Advent Sundays and the Tyrolean Sacred Heart Sunday.
    ("Am ersten Advent wird der Christkindlmarkt eröffnet.", "ersten Advent", "2025-11-30"),
    ("Am 3. Adventsonntag singt der Chor.", "3. Adventsonntag", "2025-12-14"),
    ("Am Herz-Jesu-Sonntag brennen die Feuer.", "Herz-Jesu-Sonntag", "2025-06-29"),
    # "heute" is the day of an event reported in a past passive or perfect, or of one
    # that takes place; generic statements and present passives stay PRESENT_REF.
    ("Das Gesetz wurde heute vom Landtag verabschiedet.", "heute", "2025-03-27"),
    ("Aktivisten haben heute das Kraftwerk besetzt.", "heute", "2025-03-27"),
    ("Die Versammlung findet heute im Vereinshaus statt.", "heute", "2025-03-27"),
    ("Die für heute geplante Sitzung fällt aus.", "heute", "2025-03-27"),
    ("Heute wird zwar niemand mehr verhaftet.", "Heute", "PRESENT_REF"),
    ("Er lebt heute in Berlin.", "heute", "PRESENT_REF"),
    ("Bereits heute müssten private Firmen den Schutz übernehmen.", "heute", "PRESENT_REF"),
    ("Dann wäre Freiheit heute zu reduzieren und hätte die Politik eines zu tun.",
     "heute", "PRESENT_REF"),
    # Early and late parts of a decade or century.
    ("Im späten 19. Jahrhundert wurde die Kirche gebaut.", "späten 19. Jahrhundert", "18"),
    ("In den frühen Neunzigern zog er nach Bozen.", "den frühen Neunzigern", "199"),
])
def test_german_news_conventions(text, expected, value):
    assert _times(text)[expected].value == value


def test_counts_below_1800_before_a_plural_noun_are_no_years():
    assert _times("Betroffen sind 1300 Gemeinden in 19 Bundesstaaten.") == {}
    assert _times("Der Verfassungsschutz zählte allein 1600 Angriffe.") == {}
    assert _times("Fichte wollte noch 1798 Deutschland anschließen.")["1798"].value == "1798"
    assert _times("Die Kirche wurde 1650 erbaut.")["1650"].value == "1650"


def test_german_non_times_with_dev_examples():
    assert _times("Der Verein wächst – mittlerweile sind es 1600 – und will mehr.") == {}
    assert _times("Artikel 2013 des Gesetzes gilt.") == {}
    # "in der Nacht auf den 28. Juli": KRAUTS tags the date only.
    assert _times("In der Nacht auf den 28. Juli brannte es.").keys() == {"28. Juli"}


def test_not_times():
    assert _times("Künftig sollen mindestens 1500 Grenzschützer bereitstehen.") == {}
    assert _times("Früher oder später kommt die Reform.") == {}
    assert "morgens" not in _times("Die Schicht beginnt um 3 Uhr morgens.")
    assert "heutigen" not in _times("Am heutigen Samstag beginnt der Markt.", "2025-03-29")


def test_mods_and_approximation():
    times = _times("Mehr als 20 Jahren später, seit rund drei Jahren, Ende Mai.")
    # The shift word is inside the span, as KRAUTS spans "ein Jahr früher".
    assert times["Mehr als 20 Jahren später"].mod == "MORE_THAN"
    assert times["rund drei Jahren"].mod == "APPROX"
    assert times["Ende Mai"].mod == "END"


def test_english_ages_are_no_decades():
    assert _times("A woman in her 80s, she lives alone; he died in his early 50s.", language="en") == {}


def test_german_articles_are_not_weekdays():
    # dateparser's search_dates reads 'die' as Tuesday; no rule here may.
    assert _times("Die Regierung und die Opposition stritten über die Reform.") == {}


@pytest.mark.parametrize("text, expected, value, mod", [
    ("The vote was held on Tuesday.", "Tuesday", "2025-03-25", None),
    ("He will speak on Monday.", "Monday", "2025-03-31", None),
    ("Sales fell last year.", "last year", "2024", None),
    ("The talks began in early February.", "early February", "2025-02", "START"),
    ("Prices rose in mid-January.", "mid-January", "2025-01", "MID"),
    ("It happened two years ago.", "two years ago", "2023", None),
    ("The war lasted two weeks.", "two weeks", "P2W", None),
    ("Inflation is currently high.", "currently", "PRESENT_REF", None),
    ("Troops arrived on March 5, 2024.", "March 5, 2024", "2024-03-05", None),
    ("The report is published annually.", "annually", "P1Y", None),
    ("She spoke at 3 p.m. yesterday.", "3 p.m.", "2025-03-27T15:00", None),
    ("She will be allowed to play on Sunday.", "Sunday", "2025-03-30", None),   # 'be allowed': no past
    ("The memo was written in October of 2006.", "October of 2006", "2006-10", None),
    ("Music of the early 80s was better.", "early 80s", "198", "START"),
    ("Two months later, he died.", "Two months later", "P2M", None),   # one span, as 'zwei Monate später'
])
def test_english_rules(text, expected, value, mod):
    t = _times(text, language="en")[expected]
    assert (t.value, t.mod) == (value, mod)


def test_only_sentences_are_searched_and_offsets_are_document_offsets():
    text = "Menü 2024 Kontakt\nAm Montag kam er. Im Juli ging er."
    start = text.index("Am Montag")
    sentences = [Sentence(start=start, end=len(text), text=text[start:])]
    doc = TimesStage()(_doc(text, "2025-03-27", sentences=sentences))
    assert [t.text for t in doc.times] == ["Montag", "Juli"]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.times)


def test_other_languages_are_left_alone():
    doc = TimesStage()(_doc("Le 3 mars 2024, lundi.", "2025-03-27", language="fr"))
    assert doc.times == []


# -- gold goals (KRAUTS and the hand-labelled English set) -------------------

# Pinned minimums on all documents of each part, a little below the measured
# values (docs/evaluation.md). The goal is relaxed F1 >= 0.85 and value
# F1 >= 0.80; Dolomiten-100's value F1 (0.795) is still short of it.
KRAUTS_MINIMUMS = {
    "DieZeit": {"relaxed_f1": 0.87, "value_f1": 0.79},
    "Dolomiten-42": {"relaxed_f1": 0.90, "value_f1": 0.78},
    "Dolomiten-100": {"relaxed_f1": 0.88, "value_f1": 0.78},
}


@pytest.mark.gold
@pytest.mark.skipif(not KRAUTS.is_dir(), reason=f"KRAUTS not found at {KRAUTS} (set LESART_SHARED)")
def test_krauts_goals():
    from lesart.evaluation.temporal import evaluate

    results = evaluate(split="all", root=KRAUTS, english=False)
    for part, minimum in KRAUTS_MINIMUMS.items():
        ours = results["parts"][part]["lesart"]
        for metric, floor in minimum.items():
            assert ours[metric] >= floor, (part, metric, ours[metric])
        # ... and never below HeidelTime's shipped output on extent.
        assert ours["relaxed_f1"] >= results["parts"][part]["heideltime"]["relaxed_f1"]


def test_english_gold_set():
    from lesart.evaluation.temporal import evaluate_english, load_english

    assert sum(len(d.timexes) for d in load_english()) >= 60
    m = evaluate_english()
    assert m["relaxed_f1"] >= 0.95 and m["value_f1"] >= 0.90, m


# Anchor 2025-03-27 (a Thursday): German rules widened after a look at KRAUTS dev errors.
@pytest.mark.parametrize("text, expected, value", [
    # An inflected adjective after a dative plural is no age ("drei Jahre alt" is).
    ("Wie sich dort an sechs Tagen junge Leichtathleten freuten.", "sechs Tagen", "P6D"),
    # Both ends of a range take the unit named once at the end.
    ("Das dauert höchstens sechs bis acht Monate.", "sechs", "P6M"),
    ("Das dauert höchstens sechs bis acht Monate.", "acht Monate", "P8M"),
    ("Am gestrigen Abend wurde er geehrt.", "Abend", "2025-03-26TEV"),
    ("Im Laufe des gestrigen Tages brannte es.", "gestrigen Tages", "2025-03-26"),
    ("Der Prozess beginnt im Frühsommer.", "Frühsommer", "2025-SU"),
    ("Die Eröffnung ist für Herbst geplant.", "Herbst", "2025-FA"),
    ("Zwischen 8 und 10 Uhr ist geöffnet.", "8", "2025-03-27T08:00"),
    ("Um 20.30 beginnt das Konzert.", "20.30", "2025-03-27T20:30"),
    ("Von 9 bis 12 und von 14 bis 18 Uhr ist geöffnet.", "12", "2025-03-27T12:00"),
    # A clock time that holds on several days has no date.
    ("Termin: 25. und 26. August von 10-18 Uhr.", "10", "T10:00"),
    ("Karten gibt es wochentags von 14 bis 18 Uhr.", "18 Uhr", "T18:00"),
    ("Frankreich ist weniger fremdenfeindlich als etwa 1930 gegenüber den Italienern.",
     "1930", "1930"),
    ("Ein Bild aus der ersten Hälfte des 15. Jahrhunderts.",
     "der ersten Hälfte des 15. Jahrhunderts", "14"),
    ("In der zweiten Hälfte des Jahres stieg der Umsatz.",
     "der zweiten Hälfte des Jahres", "2025-H2"),
    ("Die Verhandlungen beginnen ein Jahr früher, als geplant.", "ein Jahr früher", "P1Y"),
    ("In den nächsten Jahren werden wir wachsen.", "den nächsten Jahren", "FUTURE_REF"),
    ("In den vergangenen Jahren sind wir gewachsen.", "den vergangenen Jahren", "PXY"),
    # An explicit future clause leaves the story of an earlier year.
    ("Seit 1998 regiert er. Im Herbst wird gewählt.", "Herbst", "2025-FA"),
    ("Zu Allerseelen wird gefeiert.", "Allerseelen", "2025-11-02"),
    ("Die Straße bleibt ab Montag gesperrt.", "Montag", "2025-03-31"),
    ("Er war ab Montag krank.", "Montag", "2025-03-24"),
    ("Von Montag bis Mittwoch wird gestreikt.", "Mittwoch", "2025-04-02"),
])
def test_german_rules_widened_on_dev(text, expected, value):
    assert _times(text)[expected].value == value


def test_years_ago_set_the_year_of_what_follows():
    times = _times("Wie es war vor fünfzig Jahren, als er zum Volkssturm musste: "
                   "der 8. Mai war ein Tag der Befreiung.", "1995-04-14")
    assert times["8. Mai"].value == "1945-05-08"


def test_widened_rules_leave_counts_and_ages_alone():
    assert _times("Kinder von 6 bis 14 Jahren zahlen nichts.") == {}
    assert _times("Jedes Jahr legen rund 1500 Azubis die Prüfung ab.").keys() == {"Jedes Jahr"}
    assert _times("Das Haus ist drei Jahre alt.") == {}
    assert _times("Die Zahl stieg um 2.30 Prozent.") == {}
    assert _times("Der Prozess beginnt im Frühsommer.")["Frühsommer"].mod == "START"


def test_overlap_selection_scales_to_thousands_of_candidates():
    """A sentence listing thousands of dates took seconds: each candidate was
    checked against every span taken before it."""
    import random
    import time

    from lesart.stages.times.stage import _first_disjoint

    rng = random.Random(7)
    small = [(s, s + rng.randint(1, 9), None, None) for s in (rng.randint(0, 200) for _ in range(300))]
    small.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    brute: list = []
    for c in small:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in brute):
            brute.append(c)
    assert _first_disjoint(small) == sorted(brute, key=lambda c: c[0])

    many = [(i * 10, i * 10 + 7, None, None) for i in range(20000)]
    began = time.perf_counter()
    assert len(_first_disjoint(many)) == 20000
    assert time.perf_counter() - began < 2


def test_day_list_separators_do_not_backtrack_exponentially():
    """' , , , ...' after a day number with no month at the end took a minute for
    16 commas: the spaces between two separators could go to either."""
    import time

    began = time.perf_counter()
    found = _times("Ergebnis am 1" + " , " * 40 + "x im März. Am 1., 2. und 3. März ist Markt.")
    assert time.perf_counter() - began < 2
    assert "1" in found and found["1"].value == "2025-03-01"
    assert "2" in found and found["2"].value == "2025-03-02"


# Anchor 2025-03-27 (a Thursday): the tense guess and resolution rules widened on
# non-KRAUTS German news (the extraction set's dev pages) and KRAUTS dev.
@pytest.mark.parametrize("text, expected, value", [
    # Subjunctive II is no preterite; a participle before "wird" is a passive.
    ("Die Zentralbank dürfte am Freitag die Zinsen senken.", "Freitag", "2025-03-28"),
    ("Die Regel wird im Oktober eingeführt.", "Oktober", "2025-10"),
    ("Wenn im Herbst gewählt wird, ist alles anders.", "Herbst", "2025-FA"),
    # A perfect infinitive reports the past, whatever modal stands nearer.
    ("Er soll am Montag mit Wasser übergossen worden sein.", "Montag", "2025-03-24"),
    # The perfect with "sein" and a participle without "ge-".
    ("Am Sonntag ist ein Motorradfahrer tödlich verunglückt.", "Sonntag", "2025-03-23"),
    # Infinitives and present plurals in -ten ("starten", "berichten") are no preterite.
    ("Die Bezirke starten erst am 10. Dezember.", "10. Dezember", "2025-12-10"),
    ("Die Bezirke starten am Freitag.", "Freitag", "2025-03-28"),
    # "vom 1. Mai an" opens a period, it is no attribute of a past day.
    ("Das Ticket gilt vom 1. Mai an bundesweit.", "1. Mai", "2025-05-01"),
    # "des Vorjahres" names the year of a month, season or quarter.
    ("Im Februar des Vorjahres gab es Probleme.", "Februar des Vorjahres", "2024-02"),
    ("Im Sommer des Vorjahres gab es Probleme.", "Sommer des Vorjahres", "2024-SU"),
    ("Der Orkan zog im Februar/März 2010 über Europa.", "Februar", "2010-02"),
    # "in diesem Sommer" in a past clause before summer: the last one.
    ("Die Regel wurde in diesem Sommer eingeführt.", "diesem Sommer", "2024-SU"),
    # Opening hours over a span of weekdays have no date.
    ("Öffnungszeiten: Mo.-Fr. 8-12 Uhr.", "12 Uhr", "T12:00"),
    ("Geöffnet von Montag bis Freitag, 9 bis 12 Uhr.", "9", "T09:00"),
])
def test_german_tense_and_resolution(text, expected, value):
    assert _times(text)[expected].value == value


def test_weekend_just_past_on_monday_or_tuesday_carries_this_weeks_number():
    # KRAUTS (Dolomiten): "am Wochenende" on Tuesday 2014-02-18 is 2014-W08-WE.
    assert _times("Sie waren am Wochenende unterwegs.", "2014-02-18")["Wochenende"].value \
        == "2014-W08-WE"
    assert _times("Sie waren am Wochenende unterwegs.", "2025-03-27")["Wochenende"].value \
        == "2025-W12-WE"


def test_race_times_and_energy_are_no_durations():
    assert "08:00 Stunden" not in _times("Er lief eine Zeit von 2:08:00 Stunden.")
    assert not any("Stunden" in k for k in _times("Er lief eine Zeit von 2:08:00 Stunden."))
    assert _times("Der Speicher hat 700 Megawattstunden.") == {}


def test_days_that_are_occasions_are_no_durations():
    assert _times("Putin verkündete zwei neue Feiertage.") == {}
    assert "zwei Parteitage" not in _times("Die SPD hielt in diesem Jahr zwei Parteitage ab.")
    assert _times("Der Prozess hat drei Verhandlungstage.")["drei Verhandlungstage"].value == "P3D"


def test_a_year_after_a_noun_sets_no_narrative_year():
    times = _times("Er verwies auf die Präsidentschaftswahlen 2024 in Venezuela. "
                   "Bei der Militäraktion vom 3. Januar wurden Regeln verletzt.", "2026-01-06")
    assert times["3. Januar"].value == "2026-01-03"


def test_haben_without_participle_and_demonstrative_clauses():
    # "haben" as a full verb is no perfect auxiliary: tenseless, so the next June.
    assert _times("Dann haben wir im Juni ein Problem.")["Juni"].value == "2025-06"
    assert _times("Er hat im Juni die Wahl verloren.")["Juni"].value == "2024-06"
    # "Das teilte ...": the -te word after a sentence-initial demonstrative is the verb.
    assert _times("Das teilte die Stadt am Freitag mit.")["Freitag"].value == "2025-03-21"
    # "an diesem Donnerstag" on a Thursday is that day.
    assert _times("Ein Humor, der an diesem Donnerstag gut ankommt.")["diesem Donnerstag"].value \
        == "2025-03-27"


# Anchor 2013-11-20 (a Wednesday): general German news rules (issue 4, times layer),
# written from HeidelTime's German resources and typical agency / South Tyrolean copy.
@pytest.mark.parametrize("text, expected, value", [
    # A strong preterite plural is also the participle before "werden" or a modal.
    ("Bis Freitag muss das Geld überwiesen werden.", "Freitag", "2013-11-22"),
    # Stative participles ("ist geöffnet", "ist gesperrt") mark no past event ...
    ("Am Heiligen Abend ist geschlossen.", "Heiligen Abend", "2013-12-24"),
    ("Die Straße ist am Montag gesperrt.", "Montag", "2013-11-25"),
    # ... but the auxiliary of a past event still does.
    ("Die Straße wurde am Montag gesperrt.", "Montag", "2013-11-18"),
])
def test_german_tense_of_participles(text, expected, value):
    assert _times(text, "2013-11-20")[expected].value == value


@pytest.mark.parametrize("text, expected, value", [
    ("Im abgelaufenen Jahr wurden 300 Touristen gezählt.", "abgelaufenen Jahr", "2012"),
    ("Am zweiten Weihnachtsfeiertag ist geöffnet.", "zweiten Weihnachtsfeiertag", "2013-12-26"),
    ("Zu Heilige Drei Könige kommen die Sternsinger.", "Heilige Drei Könige", "2014-01-06"),
    ("Am Josefitag ist Feiertag.", "Josefitag", "2014-03-19"),
])
def test_german_feasts_and_austrian_words(text, expected, value):
    assert _times(text, "2013-11-20")[expected].value == value


@pytest.mark.parametrize("text, expected, value", [
    # A rate without a number: "im Jahr" that names no year.
    ("Die Subventionen, die die EU im Jahr noch zahlt, sinken.", "im Jahr", "P1Y"),
    ("Im Monat verdient er 2000 Euro.", "Im Monat", "P1M"),
    # Anaphora: the year of the story, the day just named.
    ("Er wurde 1985 gewählt. Im Jahr darauf starb er.", "Jahr darauf", "1986"),
    ("Er wurde 1985 gewählt. Im selben Jahr starb seine Frau.", "selben Jahr", "1985"),
    ("Am 3. Mai wurde er verhaftet. Am selben Abend kam er frei.", "selben Abend", "2013-05-03TEV"),
    ("Am Samstag wurde kurz vor Mitternacht eingebrochen.", "Mitternacht", "2013-11-16T24:00"),
])
def test_german_rates_anaphora_and_midnight(text, expected, value):
    assert _times(text, "2013-11-20")[expected].value == value


def test_a_named_year_is_no_rate():
    assert "Jahr" not in " ".join(_times("Im Jahr der Wende war er 20.", "2013-11-20"))
    assert "Jahr" not in " ".join(_times("Das war im Jahr, in dem er starb.", "2013-11-20"))


def test_a_day_that_recurs_every_year_has_no_year():
    times = _times("Jedes Jahr, am 28. Dezember, wird gefeiert.", "2013-11-20")
    assert times["28. Dezember"].value == "XXXX-12-28"
    assert _times("Alljährlich am 1. Mai wird gefeiert.", "2013-11-20")["1. Mai"].value == "XXXX-05-01"
    assert _times("Am 1. Mai wird gefeiert.", "2013-11-20")["1. Mai"].value == "2014-05-01"


@pytest.mark.parametrize("text, expected, value", [
    ("Am Samstag vergangener Woche wurde gebaut.", "Samstag vergangener Woche", "2013-11-16"),
    ("Am Montag dieser Woche wurde gebaut.", "Montag dieser Woche", "2013-11-18"),
    ("Am Dienstag kommender Woche wird gebaut.", "Dienstag kommender Woche", "2013-11-26"),
])
def test_weekday_of_a_named_week(text, expected, value):
    assert _times(text, "2013-11-20")[expected].value == value


def test_usa_today_is_a_newspaper_not_a_day():
    doc = Document(id="t", source=SourceInfo(kind="text"), language="en", published="2019-11-19",
                   text="He told USA TODAY that the plan failed. Today the minister resigned.")
    doc.sentences = [Sentence(start=0, end=39, text=doc.text[:39]), Sentence(start=40, end=len(doc.text), text=doc.text[40:])]
    doc = TimesStage()(doc)
    assert [(t.text, t.value) for t in doc.times] == [("Today", "2019-11-19")]


def test_early_and_late_parts_carry_a_mod():
    times = _times("Im späten 19. Jahrhundert und in den frühen 90er Jahren.")
    assert times["späten 19. Jahrhundert"].mod == "END"
    assert times["den frühen 90er Jahren"].mod == "START"


def test_some_weekday_has_no_date():
    # "on a Monday", "an einem Montag": some Monday (TIMEX3's unanchored week day), and a clock time on it
    def values(text, language="de"):
        return {k: t.value for k, t in _times(text, "2019-11-20", language).items()}
    assert values("They held the ceremony at 2:30pm on a Monday.", "en") == {
        "2:30pm": "XXXX-WXX-1T14:30", "Monday": "XXXX-WXX-1"}
    assert values("Die Sitzung findet an einem Montag statt.") == {"Montag": "XXXX-WXX-1"}
    # a clock time before a named weekday is that day's
    assert values("The ceremony started at 2:30pm on Monday.", "en")["2:30pm"] == "2019-11-18T14:30"


def test_plural_weekdays_are_sets_in_english():
    found = {k: (t.value, t.type) for k, t in _times("We meet on Mondays and Thursdays.", "2019-11-20", "en").items()}
    assert found == {"Mondays": ("XXXX-WXX-1", "SET"), "Thursdays": ("XXXX-WXX-4", "SET")}


@pytest.mark.parametrize("text,published,expected,value", [
    # A period that straddles two years has no value of its own (KRAUTS: XXXX-XX-XX, noun spanned).
    ("Ohne in der Saison 2014/15 auch nur einmal gekegelt zu haben", "2015-09-12",
     "der Saison 2014/15", "XXXX-XX-XX"),
    ("ein Arbeitsprogramm für die Amtsperiode 2010/15 ausgearbeitet", "2009-12-17",
     "die Amtsperiode 2010/15", "XXXX-XX-XX"),
    ("Im Schuljahr 2013/14 besuchen 300 Kinder die Schule.", "2013-11-14", "Schuljahr 2013/14", "XXXX-XX-XX"),
    # "drei Minuten später" is a moment, not a stretch.
    ("und war drei Minuten später schon fast aufgebraucht", "2014-12-22",
     "drei Minuten später", "XXXX-XX-XXTXX:XX"),
    # With an adjective the demonstrative's time follows the clause.
    ('Die USA "stehen in dieser schwierigen Zeit an der Seite der Bevölkerung".', "2015-03-19",
     "dieser schwierigen Zeit", "PRESENT_REF"),
    # The shopping Sundays of Advent (South Tyrol, Austria).
    ("Im Rahmen der Goldenen-Sonntag-Veranstaltungen hatten sie einen Stand eingerichtet.",
     "2014-12-23", "Goldenen-Sonntag", "2014-12-21"),
])
def test_two_year_periods_later_moments_and_shopping_sundays(text, published, expected, value):
    times = _times(text, published)
    assert times[expected].value == value


@pytest.mark.parametrize("text", [
    "Mit 126 Ratsuchenden an 35 Montagen hat die Nachfrage zugenommen.",   # a count of days
    "für jedes Kind, welches 26 Jahren noch nicht vollendet hat",          # an age
    "ihre Anwartschaft auf eine Hauptrolle im Winter-Biathlon",            # a compound's first part
])
def test_counts_ages_and_compounds_are_no_times(text):
    assert not _times(text, "2015-09-09")


def test_scorer_reads_misspelt_separators_as_the_value_they_spell():
    from lesart.evaluation.temporal import canonical_value as c
    assert c("2014_07") == c("2014-07") == "2014-07"
    assert c("XXXX-WXX-01-TEV") == c("XXXX-WXX-1TEV")
    assert c("2015-W36-WE") == "2015-W36-WE" and c("XXXX-WXX-1") == "XXXX-WXX-1"
    assert c("2014-07") != c("2014-07-01")


def test_weekday_with_date_in_brackets_takes_that_date():
    # Fundus review: "am Freitag (24. Mai)" in an April article is the Friday in brackets,
    # not the coming Friday; a weekday that does not fit the date keeps its own reading.
    times = _times("Los geht es am Freitag (24. Mai) um 17 Uhr. Am Montag (24. Mai) ist Schluss.",
                   "2024-04-30")
    assert times["Freitag"].value == "2024-05-24"
    assert times["17 Uhr"].value == "2024-05-24T17:00"
    assert times["Montag"].value == "2024-05-06"


def test_second_of_two_ages_is_no_duration():
    # "zwischen 10 und 64 Jahren", "im Alter von 9 und 13 Jahren" are ages; after a noun
    # of time the pair stays a duration.
    times = _times("24 Millionen Filipinos zwischen 10 und 64 Jahren sind betroffen. Sie hat "
                   "zwei Töchter im Alter von 9 und 13 Jahren. Ihm drohen Haftstrafen zwischen "
                   "drei und fünf Jahren.", "2025-09-09")
    assert "64 Jahren" not in times and "13 Jahren" not in times
    assert times["fünf Jahren"].value == "P5Y"


def test_ages_without_alt_are_no_durations():
    # An age limit changed "auf N Jahre" and an age as predicate before a comma or "als"
    # (KRAUTS dev: "von 14 Jahren auf 18 Jahre", "war 19 Jahre, als"); a stretch of time
    # as predicate or after "auf" without a word of age stays a duration.
    times = _times("Der Verband will das Startalter von derzeit 16 auf 18 Jahre erhöhen. "
                   "Robert S. war 19 Jahre, als er die Schule verließ. Die Amtszeit ist fünf "
                   "Jahre, sagte er. Der Vertrag wurde auf vier Jahre verlängert.", "2022-02-03")
    assert "18 Jahre" not in times and "19 Jahre" not in times
    assert times["fünf Jahre"].value == "P5Y" and times["vier Jahre"].value == "P4Y"


def test_two_units_back_or_ahead():
    # "vorletzten", "vorvergangenen", "übernächsten": two weeks, years, days ... from the
    # anchor (web pages: "am übernächsten Montag" had been last Monday).
    times = _times("Übernächste Woche beginnt der Prozess. Am übernächsten Montag kommt der "
                   "Coupon. Den Hangar hat sie am vorletzten Donnerstag verlassen. Vorletztes Jahr "
                   "wurde gewählt. Im vorletzten Sommer war es heiß.", "2014-02-18")
    assert times["Übernächste Woche"].value == "2014-W10"
    assert times["übernächsten Montag"].value == "2014-03-03"
    assert times["vorletzten Donnerstag"].value == "2014-02-06"
    assert times["Vorletztes Jahr"].value == "2012"
    assert times["vorletzten Sommer"].value == "2012-SU"


def test_day_list_with_articles():
    times = _times("Zwischen dem 1. und dem 3. März wird gefeiert.", "2014-02-18")
    assert times["1"].value == "2014-03-01" and times["3. März"].value == "2014-03-03"


def test_the_years_unnamed():
    # "im Laufe der Jahre", "über die Jahre", "die Jahre der ...": PXY, the article inside
    # (KRAUTS dev: [die Jahre] PXY); "in die Jahre gekommen" is an idiom.
    times = _times("Im Laufe der Jahre kamen weitere hinzu. Über die Jahre hat sich viel "
                   "geändert. Die Jahre des Krieges waren schwer. Das Pflaster ist in die Jahre "
                   "gekommen.", "2014-02-18")
    assert [(t.text, t.value) for t in times.values()] == [
        ("der Jahre", "PXY"), ("die Jahre", "PXY"), ("Die Jahre", "PXY")]


def test_heute_with_a_scheduled_event_in_the_present_is_the_day():
    # "Heute tritt der Landtag zusammen", "die heute ... startet", "wird heute fortgesetzt":
    # a one-off event of the day; a clause about how things are now stays PRESENT_REF.
    def value(text):
        return next(t.value for t in _times(text, "2014-02-18").values() if t.text.lower() == "heute")
    assert value("Heute tritt der Landtag zusammen.") == "2014-02-18"
    assert value("Die Miniserie, die heute anlässlich des Weltmädchentages startet.") == "2014-02-18"
    assert value("Der Prozess wird heute fortgesetzt.") == "2014-02-18"
    assert value("Wir stellen euch heute unsere liebsten Labels vor.") == "2014-02-18"
    assert value("Heute präsentiert sich das Viertel in restaurierten Häusern.") == "PRESENT_REF"
    assert value("Heute beginnen die Tage kaum noch vor sieben Uhr.") == "PRESENT_REF"
    assert value("Heute leben nur noch 300 Menschen im Dorf.") == "PRESENT_REF"


def test_numbers_that_are_no_times():
    # telephone and account numbers (a number and a space before a year-like one), race
    # times (the hundredths after a comma), a law's number before "vom"
    times = _times("Infos unter Tel. 0471 2000 oder 335 1950. Er lief die Strecke in 3:38,72 "
                   "Minuten. Laut Landesgesetz Nr. 13 vom 11. August 1997 ist das erlaubt.",
                   "2014-02-18")
    assert list(times) == ["11. August 1997"]


def test_opening_hours_lines_and_shifted_parts_of_day():
    # "Sa: 09:30-14:00 Uhr", "Sa, So, Feiertage 11 – 18 Uhr": hours on several days, no date;
    # "am Abend zuvor" is the evening before the day named, "des gestrigen Tages" that day.
    times = _times("Öffnungszeiten: Mo-Fr: 09:30-18:00 Uhr; Sa: 10:00-14:00 Uhr; Sa, So, Feiertage "
                   "11 – 17 Uhr.", "2014-02-18")
    assert [times[k].value for k in ("10:00", "14:00 Uhr", "11", "17 Uhr")] == [
        "T10:00", "T14:00", "T11:00", "T17:00"]
    times = _times("Am Samstag kam er an. Am Abend zuvor hatte es geregnet.", "2014-02-18")
    assert times["Abend"].value == "2014-02-14TEV"
    times = _times("Am Nachmittag des gestrigen Tages kam es zu einem Unfall.", "2014-02-18")
    assert times["Nachmittag"].value == "2014-02-17TAF"


def test_every_year_every_weekend_and_one_morning():
    times = _times("Das Fest findet jährlich im August statt. Sie treffen sich jedes Jahr im "
                   "Sommer. Jedes Wochenende fährt er aufs Land. Eines Morgens stand er vor der Tür.",
                   "2014-02-18")
    assert times["August"].value == "XXXX-08" and times["Sommer"].value == "XXXX-SU"
    assert (times["Jedes Wochenende"].value, times["Jedes Wochenende"].type) == ("XXXX-WXX-WE", "SET")
    assert "Morgens" not in times


def test_weekday_range_end_is_the_next_such_day_not_next_year():
    # "am Freitag und Samstag" on a Saturday: the coming Friday and the Saturday after it
    # (the end of the range had been moved a year on, as a month and day would be).
    times = _times("Schlanders: Theater am Freitag und Samstag, jeweils um 20 Uhr.", "2013-11-30")
    assert times["Freitag"].value == "2013-12-06" and times["Samstag"].value == "2013-12-07"


def test_weekday_of_a_named_week_in_the_genitive():
    times = _times("In den Morgenstunden des Donnerstags vergangener Woche wird klar, dass ein "
                   "Sturm aufzieht.", "2018-12-22")
    assert times["Donnerstags vergangener Woche"].value == "2018-12-13"


def test_any_month_and_every_year_in_the_genitive():
    times = _times("Das Abonnement ist bis zum 10. eines Monats kündbar. Der Widerspruch ist "
                   "spätestens im Oktober eines jeden Jahres möglich.", "2020-04-28")
    assert "eines Monats" not in times
    assert times["Oktober"].value == "XXXX-10"
    assert (times["eines jeden Jahres"].value, times["eines jeden Jahres"].type) == ("P1Y", "SET")


def test_in_the_course_of_a_unit():
    times = _times("Im Laufe des Tages wird mit Regen gerechnet. Im Laufe der Woche wird gewählt.",
                   "2014-02-18")
    assert times["des Tages"].value == "2014-02-18" and times["der Woche"].value == "2014-W08"
    times = _times("Die Wagen wurden im Frühjahr 1939 vorgestellt, ihnen folgten weitere im Laufe "
                   "des Jahres.", "2021-11-02")
    assert times["des Jahres"].value == "1939"


def test_durations_with_thousands_and_decimals():
    times = _times("10.000 Arbeitsstunden flossen in den Nachbau. Wolle wird seit mehr als 10.000 "
                   "Jahren verwendet. Der Ort liegt 2,5 Autostunden von New York entfernt.", "2019-10-19")
    assert times["10.000 Arbeitsstunden"].value == "PT10000H"
    assert times["mehr als 10.000 Jahren"].value == "P10000Y"
    assert times["2,5 Autostunden"].value == "PT2.5H"


def test_zur_zeit_before_a_genitive_is_no_present_ref():
    times = _times("Meine Schwester wurde zur Zeit der deutschen Besatzung denunziert. "
                   "Die Kunden haben zur Zeit andere Sorgen.", "1997-02-28")
    assert [t.value for t in times.values()] == ["PRESENT_REF"]


def test_clock_time_in_next_sentence_takes_past_day_just_named():
    # "... fand am Sonnabend statt. Seit 8.30 Uhr liefen ...": the clock time belongs to
    # that Saturday; a coming day does not carry over (listings: gold keeps the anchor),
    # nor does a day two sentences back.
    times = _times("Am Sonnabend fand der Kinder-Marathon statt. Seit 8.30 Uhr liefen "
                   "Grundschüler durch die Stadt.", "2024-04-28")
    assert times["8.30 Uhr"].value == "2024-04-27T08:30"
    times = _times("Am Montag ist Markt. Um 8 Uhr öffnen die Stände.", "2024-04-26")
    assert times["8 Uhr"].value == "2024-04-26T08:00"
    times = _times("Am Sonnabend fand der Lauf statt. Es regnete. Um 9 Uhr war Schluss.",
                   "2024-04-28")
    assert times["9 Uhr"].value == "2024-04-28T09:00"


@pytest.mark.parametrize("text, published, expected", [
    # Both ends of a day range are dates of the month named once.
    ("The fair runs January 7-9 in Las Vegas.", "2010-12-29",
     {"January 7": "2011-01-07", "9": "2011-01-09"}),
    ("The fair runs from 7-9 January in Las Vegas.", "2010-12-29",
     {"7": "2011-01-07", "9 January": "2011-01-09"}),
    # The year after the range is the first day's too.
    ("The talks on Dec. 1-3, 2009 failed.", "2010-12-29",
     {"Dec. 1": "2009-12-01", "3, 2009": "2009-12-03"}),
    # No range before an amount or a clock time.
    ("Voting is on March 3 and 4 million people will vote.", "2010-12-29", {"March 3": "2011-03-03"}),
    ("The meeting is Jan. 7 to 10 p.m.", "2010-12-29",
     {"Jan. 7": "2011-01-07", "10 p.m.": "2011-01-07T22:00"}),
])
def test_english_day_ranges(text, published, expected):
    got = {k: t.value for k, t in _times(text, language="en", published=published).items()}
    assert got == expected


# Issue 4, review of unlabelled German and English web pages (trafilatura_de, scrapinghub
# dev): general causes found there, in sentences of our own.
@pytest.mark.parametrize("text, published, expected", [
    # A day range without full stops names the month once ("vom 7-9 Januar").
    ("Der Kurs findet vom 7-9 Januar in Brixen statt.", "2025-11-20",
     {"7": "2026-01-07", "9 Januar": "2026-01-09"}),
    ("Die Messe dauert von 12 - 14 Mai.", "2025-03-27", {"12": "2025-05-12", "14 Mai": "2025-05-14"}),
    # A month abbreviation without its dot after a day number (embedded posts).
    ("Ein Beitrag geteilt von Anna am 23. Okt 2017 um 0:31 Uhr",
     "2019-06-19", {"23. Okt 2017": "2017-10-23", "0:31 Uhr": "2017-10-23T00:31"}),
    # A weekday inside a compound is no weekday of the date after it.
    ("Geschlossen an Ostermontag, 01. Mai und Pfingsten.", "2019-05-23",
     {"Ostermontag": "2020-04-13", "01. Mai": "2019-05-01", "Pfingsten": "2019-06-09"}),
    # Habits: a clock time after "manchmal", "meistens", "in der Regel" has no date.
    ("Manchmal bin ich schon um 7 Uhr im Büro, manchmal erst um 11 Uhr.", "2025-03-27",
     {"7 Uhr": "T07:00", "11 Uhr": "T11:00"}),
    ("In der Regel beginnt die Probe um 19.30 Uhr.", "2025-03-27", {"19.30 Uhr": "T19:30"}),
])
def test_german_web_page_conventions(text, published, expected):
    got = {k: t.value for k, t in _times(text, published).items()}
    assert got == expected


def test_german_web_page_non_times():
    # Section numbers, legal citations and directive numbers are no dates or years.
    assert _times("Siehe dazu die FAQs Nr. 1.1.12 auf der Webseite.") == {}
    got = _times("Vgl. OLG Köln NJW-RR 2002, 1700, 1701; Meier, Medienrecht, Rdn. 1306.")
    assert got.keys() == {"2002"}
    assert _times("Die Richtlinie 2000/31/EG regelt den Handel.") == {}
    # ... but a list of years stays one ("in den Jahren 1998, 1999 und 2004").
    assert _times("Er siegte in den Jahren 1998, 1999 und 2004.").keys() == {"1998", "1999", "2004"}
    # "eines Tages" is some day, no stretch of a day.
    assert _times("Eines Tages will sie nach Kanada auswandern.") == {}
    # "9. Jan Kuppelwieser" in a ranking is a place and a name.
    assert _times("8. Stefan Huber 24.26,0; 9. Jan Moser 24.26,2") == {}


@pytest.mark.parametrize("text, value", [
    # A state with "sein" is no perfect: "heute" stays the generic present.
    ("Früher war er schüchtern, heute ist er im ganzen Land bekannt.", "PRESENT_REF"),
    ("Heute sind die Innenstädte vom Verkehr stark belastet.", "PRESENT_REF"),
    ("Das ist mit den Rechnern der Hochschulen schon heute realisierbar.", "PRESENT_REF"),
    # ... a perfect with "haben" still reports an event of the day.
    ("Die Aktivisten haben heute die Zufahrt besetzt.", "2025-03-27"),
])
def test_german_heute_with_states(text, value):
    assert _times(text)["heute" if "heute" in text else "Heute"].value == value


@pytest.mark.parametrize("text, published, expected, value", [
    # English body text in the present simple of a schedule speaks of what is coming
    # (published on a Tuesday) ...
    ("The Hawks play Saturday against the Tigers, with the title at stake.", "2019-11-19",
     "Saturday", "2019-11-23"),
    ("The new model goes on sale in late January.", "2019-11-19", "late January", "2020-01"),
    ("The fair opens to the public on Friday.", "2019-11-19", "Friday", "2019-11-22"),
    ("When March rolls around and the free trials are offered, prices will rise.",
     "2019-11-19", "March", "2020-03"),
    # ... a headline tells past news in the same tense,
    ("Apple unveils new laptop on Monday", "2019-11-19", "Monday", "2019-11-18"),
    # ... and "once expected to" is a plan of the past.
    ("The deal, once expected within weeks of an October meeting, could slip.", "2019-11-19",
     "October", "2019-10"),
    # Shopping days are dates as modifiers too, the season's nearest one.
    ("More Black Friday deals are live.", "2019-11-19", "Black Friday", "2019-11-29"),
    ("The price dropped to Black Friday levels.", "2019-11-19", "Black Friday", "2019-11-29"),
])
def test_english_schedules_and_shopping_days(text, published, expected, value):
    assert _times(text, published, "en")[expected].value == value


@pytest.mark.parametrize("text, published, expected, value", [
    # A bare weekday in a historic present right after a named past day lies in that
    # story's week ...
    ("Moreno kommt am Montag, dem 10. Dezember, nach Hamburg. Am Dienstag legt Relotius "
     "ein falsches Profil an.", "2018-12-22", "Dienstag", "2018-12-11"),
    # ... "am Freitag darauf" follows that day whatever the tense ...
    ("Am 18. Juni 2009 beschloss der Bundestag das Gesetz. Am Freitag darauf stimmte der "
     "Bundesrat zu.", "2010-08-12", "Freitag", "2009-06-19"),
    # ... but a past clause after a flashback is back at the anchor's week,
    ("Sie hatten ihr Ausscheren bei der Abstimmung am 21. Dezember nicht angekündigt. Am "
     "Dienstagabend waren dann wieder alle auf Linie.", "2016-01-14", "Dienstagabend",
     "2016-01-12TEV"),
    # ... and an announcement after a report of the last days still points ahead.
    ("Gestern fand die Versammlung statt. Am Samstag folgt das Konzert.", "2013-11-27",
     "Samstag", "2013-11-30"),
    # A season of a named year sets the story's year like a year does.
    ("Im Herbst 2008 bricht die Bank zusammen. Am 15. September meldet Lehman Insolvenz an.",
     "2010-08-12", "15. September", "2008-09-15"),
    # Two-digit years after an apostrophe, minutes after "Uhr".
    ("Im Herbst '89 fiel die Mauer.", "2010-08-12", "Herbst '89", "1989-FA"),
    ("Im Mai ’68 brannten in Paris die Autos.", "2010-08-12", "Mai ’68", "1968-05"),
    ("Die Sitzung beginnt um 9 Uhr 30 im Rathaus.", "2013-11-29", "9 Uhr 30", "2013-11-29T09:30"),
    # A separable verb in the preterite at the end of a subordinate clause marks the past,
    ("Ihr Credo, das sie dort am Montagabend noch preisgab, gilt weiter.", "2021-03-16",
     "Montagabend", "2021-03-15TEV"),
    # ... and an abbreviation ends no clause.
    ("Weihnachten habe ich diesmal wieder in Harland bei St. Pölten verbracht.", "2018-12-31",
     "Weihnachten", "2018-12-24"),
])
def test_german_story_week_and_narrative(text, published, expected, value):
    assert _times(text, published)[expected].value == value


@pytest.mark.parametrize("text", [
    "Über 1900 Soldaten sind im Einsatz.",
    "Die Zahl stieg von 2000 auf 2400.",
    "Die UN-Resolution 1441 verlangt Abrüstung.",
    "Weitere 1850 Flüchtlinge kamen an.",
])
def test_german_counts_are_no_years(text):
    assert not [t for t in _times(text, "2010-08-12").values() if t.value and t.value[:2] in ("18", "19", "20", "14")]


@pytest.mark.parametrize("text, expected", [
    ("Die Zahl der Nächte stieg von 2009 auf 2010.", "2009"),
    ("Das gilt über 2010 hinaus.", "2010"),
])
def test_german_years_stay_years(text, expected):
    assert _times(text, "2012-08-12")[expected].value == expected


@pytest.mark.parametrize("text, expected, value", [
    # Listings: weekday abbreviations before a numeric day and month, clock times without
    # "Uhr" after "ab", "bis", "gegen", "Beginn:" when the minutes cannot be a month ...
    ("Sa., 7.12.: Weihnachtsmarkt im Zentrum.", "Sa., 7.12.", "2013-12-07"),
    ("Beginn: 20.30. Einlass ab 19.30.", "19.30", "2013-11-29T19:30"),
    ("Beginn: 20.30. Einlass ab 19.30.", "20.30", "2013-11-29T20:30"),
    ("Die Anmeldung läuft ab 15.12. im Büro.", "15.12.", "2013-12-15"),
    # ... "heute" with a weekday in apposition is that day,
    ("Heute, Freitag, spielt die Musikkapelle im Pavillon.", "Heute", "2013-11-29"),
    # ... "bis in die frühen Morgenstunden", halves as fractions.
    ("Das Fest dauerte bis in die frühen Morgenstunden.", "die frühen Morgenstunden", "2013-11-29TMO"),
    ("Die Wanderung dauert 3 1/2 Stunden.", "3 1/2 Stunden", "PT3.5H"),
    ("Er saß 2½ Jahre in Haft.", "2½ Jahre", "P2.5Y"),
])
def test_german_listings_and_fractions(text, expected, value):
    assert _times(text, "2013-11-29")[expected].value == value


@pytest.mark.parametrize("text", [
    "Der Preis sank bis 12.50 Euro.",
    "Er schlief in die Nachtstunden hinein.",
])
def test_german_listing_non_times(text):
    assert not _times(text, "2013-11-29")


@pytest.mark.parametrize("text, expected, value", [
    ("Im Jahr 2005 wurde geplant, im Folgejahr gebaut.", "Folgejahr", "2006"),
    ("Im Folgejahr soll die Halle fertig sein.", "Folgejahr", "2011"),
    ("Der heute 80-Jährige lebt in Berlin.", "heute", "PRESENT_REF"),
])
def test_german_following_year_and_ages(text, expected, value):
    assert _times(text, "2010-08-12")[expected].value == value


@pytest.mark.parametrize("text, expected, value", [
    # A count before "zuvor" / "vorher" is the duration with its shift word, like "später"
    # ("drei Tage zuvor" was the day before the anchor) ...
    ("Die Titelkämpfe drei Tage zuvor waren leichter.", "drei Tage zuvor", "P3D"),
    ("Nicht einmal 24 Stunden zuvor tüftelten wir noch.", "24 Stunden zuvor", "XXXX-XX-XXTXX:XX"),
    # ... but "ein Jahr zuvor" stays the year before the story's.
    ("Er marschierte, wie ein Jahr zuvor in Afrin, ein.", "Jahr zuvor", "2018"),
    # An inflected participle with a separable prefix is no simple past beside "heute".
    ("In der Sowjetunion waren es Autonome Republiken, heute haben sie zwar eingesetzte "
     "Gouverneure.", "heute", "PRESENT_REF"),
])
def test_german_shift_words_and_participles(text, expected, value):
    assert _times(text, "2019-10-18")[expected].value == value


def test_the_first_character_look_ahead_changes_no_match():
    """Each rule's pattern carries a look-ahead at the characters its matches start with
    (rules._with_first_characters, a speed-up): on German and English news text it finds
    exactly what the pattern without it finds."""
    import json
    import re

    from lesart.stages.times.stage import RULES
    texts = [SEED, (Path(__file__).parent / "data" / "corpus_wire_nordkorea_de.txt").read_text(encoding="utf-8"),
             (Path(__file__).parent / "data" / "corpus_wire_nordkorea_en.txt").read_text(encoding="utf-8")]
    with open(Path(__file__).parent / "data" / "times_en.jsonl", encoding="utf-8") as handle:
        texts += [json.loads(line)["text"] for line in handle]
    texts.append("Am 3.4.2024 um 14.30 Uhr, seit den 90er-Jahren, im Q3 2023, 1998/99, "
                 "jeden zweiten Dienstag, vor 50 Jahren; on Jan. 5, 2021 at 5 p.m., in the mid-1990s.")
    with_look_ahead = 0
    for rules in RULES.values():
        for rule in rules:
            for pattern in (rule.regex, rule.cue):
                written = re.fullmatch(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:(.*)\n?\)", pattern.pattern if pattern else "",
                                       re.DOTALL)
                if written is None:
                    continue
                with_look_ahead += 1
                plain = re.compile(written.group(1), pattern.flags)
                for text in texts:
                    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                        rule.name
    assert with_look_ahead >= 140


def test_product_norm_phone_and_book_numbers_are_no_years():
    # found in a sweep of the stored German pages: units after a bare number, product and norm names
    # before it, telephone and ISBN groups around it; a year before a page count stays
    times = _times("Es sinkt in eine Tiefe von 1500 bis 3000 m. Die Nvidia GTX 1060 ist schnell. Beim ISO-Wert 1250 "
                   "rauscht es. Dazu 1500 Ohm. Ruf an: +44 1234 567 890. ISBN 978-3-7828-1534-5. Köln 1999 420 S. "
                   "Der Schellenturm von 1564 ist alt.", "2014-02-18")
    assert list(times) == ["1999", "1564"]


def test_english_product_numbers_counts_and_house_numbers_are_no_years():
    # found in a sweep of the stored Scrapinghub pages
    times = _times("A GTX 1660 Ti laptop with a 1080p screen. Scores rose from 1061 to 1128. She lives at 1119 Eighth "
                   "St. with a resolution of 1080 pixels. The law changed from 2009 to 2011.", "2019-11-18", "en")
    assert list(times) == ["2009", "2011"]


@pytest.mark.parametrize("text, published, expected, value", [
    # A full date with its year sets the story's year as a month with its year does ...
    ("Am 3. März 2007 wurde er verhaftet. Im April folgte der Prozess.", "2008-06-12", "April", "2007-04"),
    # ... but not over a blank line: a new paragraph goes back to the news.
    ("Am 17. Februar 2008 hatte das Parlament proklamiert.\n\nDer Minister lobte, was seit der "
     "Entscheidung im Dezember geleistet wurde.", "2012-02-25", "Dezember", "2011-12"),
    # "im folgenden / darauffolgenden Jahr" after a named year: the year after it.
    ("Er kam 1945 nach Berlin. Im folgenden Jahr heiratete er.", "2008-06-12", "folgenden Jahr", "1946"),
    ("Er kam 1945 nach Berlin. Im darauffolgenden Jahr heiratete er.", "2008-06-12",
     "darauffolgenden Jahr", "1946"),
    ("Im folgenden Jahr soll das Gesetz kommen.", "2008-06-12", "folgenden Jahr", "2009"),
    # The 11th of September with the attacks around it, in news after 2001.
    ("Die Anschläge vom 11. September haben die Welt verändert.", "2005-03-17", "11. September", "2001-09-11"),
    ("Am 11. September wird in Hamburg gewählt.", "2005-03-17", "11. September", "2005-09-11"),
    # A decade word needs an article, a modifier or "Jahre": "Theo Zwanziger" is a name.
    ("In den Zwanzigern war Berlin eine Weltstadt.", "2006-09-08", "den Zwanzigern", "192"),
])
def test_german_story_year_following_year_and_named_days(text, published, expected, value):
    assert _times(text, published)[expected].value == value


def test_german_decade_word_alone_is_no_decade():
    assert _times("Der DFB wählte Theo Zwanziger. Er gab ihr einen Zwanziger.", "2006-09-08") == {}


@pytest.mark.parametrize("text, published, expected, value", [
    # The date a thing is set or moved to: the past verb is the setting, not the date.
    ("Die Kommission hat den Termin auf Ende September, Anfang Oktober festgelegt.", "2006-05-21",
     "Anfang Oktober", "2006-10"),
    ("Das Treffen ist ohne Ergebnis auf Oktober vertagt worden.", "2014-08-29", "Oktober", "2014-10"),
    ("Die Entscheidung wurde auf Dienstag verschoben.", "2008-04-07", "Dienstag", "2008-04-08"),
    # ... a date moved to that is already past stays this year's.
    ("Im Januar wurde die Wahl auf März verschoben.", "2006-05-21", "März", "2006-03"),
    ("Bis auf den 3. März war alles ruhig.", "2006-05-21", "3. März", "2006-03-03"),
])
def test_german_date_set_or_moved_to(text, published, expected, value):
    assert _times(text, published)[expected].value == value


@pytest.mark.parametrize("text, published, expected, value", [
    # "am gestrigen / heutigen <feast>": the adjective names the day (not last or next Easter),
    # and is no PRESENT_REF of its own.
    ("Der Test musste am gestrigen Ostersonntag abgebrochen werden.", "2007-04-09", "Ostersonntag", "2007-04-08"),
    ("Am heutigen Ostermontag wird gefeiert.", "2007-04-09", "Ostermontag", "2007-04-09"),
    # A weekday with its date in apposition is that date ("am Montagmorgen, dem 18. Juni").
    ("Ein Lastwagen hat am Montagmorgen, dem 18. Juni, ein Chaos verursacht.", "2007-06-25",
     "Montagmorgen", "2007-06-18TMO"),
])
def test_german_day_named_by_adjective_or_apposition(text, published, expected, value):
    times = _times(text, published)
    assert times[expected].value == value
    assert "heutigen" not in times


@pytest.mark.parametrize("text, expected, value", [
    # The n-th weekday of a named month is that day ...
    ("Am ersten Montag im Oktober wird gewählt.", "ersten Montag im Oktober", "2009-10-05"),
    ("Am letzten Sonntag im März wurde gewählt.", "letzten Sonntag im März", "2009-03-29"),
    ("Am zweiten Sonntag im Mai 2010 ist Muttertag.", "zweiten Sonntag im Mai 2010", "2010-05-09"),
    # ... of every month a set, spanned whole like "jeden zweiten Donnerstag im Monat".
    ("Die Kommission tagt immer am ersten Montag im Monat.", "ersten Montag im Monat", "P1M"),
    ("Der Markt findet am letzten Samstag des Monats statt.", "letzten Samstag des Monats", "P1M"),
])
def test_german_nth_weekday_of_a_month(text, expected, value):
    assert _times(text, "2009-09-24")[expected].value == value


@pytest.mark.parametrize("text, expected", [
    ("In der Vergangenheit war alles besser.", ["der Vergangenheit"]),
    ("Zu dieser Zeit lebte er in Berlin.", ["dieser Zeit"]),
    ("Wir haben Pläne für die Zukunft.", ["die Zukunft"]),
    ("In Zukunft wird alles besser.", ["In Zukunft"]),
    # as subject or object, or with a genitive after them, the nouns name prospects or history
    ("Die Zukunft der Huskies steht in den Sternen.", []),
    ("Die Polemiken müssen der Vergangenheit angehören.", []),
    ("Sie verpasste mit dieser Zeit den Sieg.", []),
    ("Trotz der Unsicherheiten in der Zukunft der Allgemeinmedizin bleibt sie zuversichtlich.", []),
])
def test_german_time_nouns_only_after_a_preposition(text, expected):
    assert list(_times(text, "2009-09-24")) == expected


@pytest.mark.parametrize("text, expected, value", [
    # "heutig-" with an event of the day or "Tag" is the anchor's day ...
    ("Der heutige Tag ist ein Warnschuss.", "heutige Tag", "2009-09-24"),
    ("Das berichtet die Zeitung in ihrer heutigen Ausgabe.", "heutigen", "2009-09-24"),
    ("Die heutige Etappe ist die drittlängste.", "heutige", "2009-09-24"),
    # ... else the present, and "bis zum heutigen Tag" means until now.
    ("Die heutige Ukraine ist groß.", "heutige", "PRESENT_REF"),
    ("Das Gesetz gilt bis zum heutigen Tag.", "heutigen", "PRESENT_REF"),
])
def test_german_heutig_of_the_day(text, expected, value):
    assert _times(text, "2009-09-24")[expected].value == value


def test_german_frueher_as_comparative_is_no_past_ref():
    assert _times("Der Alarm wurde früher als erwartet ausgelöst.", "2009-09-24") == {}
    assert _times("Er war dort früher als Wachmann beschäftigt.", "2009-09-24")["früher"].value == "PAST_REF"


def test_german_millions_of_years():
    times = _times("Vor 60 Millionen Jahren war es heißer. Im Mai regnete es.", "2010-10-19")
    assert times["60 Millionen Jahren"].value == "P60000000Y"
    assert times["Mai"].value == "2010-05"      # no story year sixty million years back


@pytest.mark.parametrize("text, value", [
    # in a past clause without a day of its own, the midnight just passed
    ("Seit Mitternacht wurden 35 Angriffe geflogen.", "2009-09-23T24:00"),
    ("Um Mitternacht wird gestreikt.", "2009-09-24T24:00"),
    ("Am Samstag wurde kurz vor Mitternacht gestreikt.", "2009-09-19T24:00"),
    ("Man hatte eine Frist bis Mitternacht am Donnerstag gesetzt.", "2009-09-24T24:00"),
])
def test_german_midnight(text, value):
    assert _times(text, "2009-09-24")["Mitternacht"].value == value


@pytest.mark.parametrize("text, expected", [
    ("Die Ausstellung ist von Montag bis Freitag von 9 bis 12 Uhr geöffnet.",
     {"Montag": "XXXX-WXX-1", "Freitag": "XXXX-WXX-5"}),
    ("Öffnungszeiten: Montag bis Samstag, 8 bis 19 Uhr.", {"Montag": "XXXX-WXX-1", "Samstag": "XXXX-WXX-6"}),
    # a span of days that happens once stays dated
    ("Der Gipfel dauert von Montag bis Mittwoch.", {"Montag": "2014-11-24", "Mittwoch": "2014-11-26"}),
])
def test_german_opening_hours_weekdays_recur(text, expected):
    times = _times(text, "2014-11-21")
    assert {k: times[k].value for k in expected} == expected


def test_english_september_eleven_attacks():
    assert _times("Since the Sept. 11 attacks, security has been tightened.", "2006-05-10", "en")["Sept. 11"].value \
        == "2001-09-11"
    assert _times("The vote is on September 11.", "2006-05-10", "en")["September 11"].value == "2006-09-11"


def test_german_stative_participles_mark_no_past():
    # "umstritten" is an adjective (not "stritten" with a prefix), "ausverkauft" a state
    assert _times("Die im Oktober anstehende Reform ist umstritten.", "2008-06-12")["Oktober"].value == "2008-10"
    assert _times("Die Vorstellung im November ist bereits ausverkauft.", "2008-06-12")["November"].value == "2008-11"


@pytest.mark.parametrize("text, expected, value", [
    ("Am 3. März 2007 wurde er verhaftet. In der Woche darauf kam er frei.", "Woche darauf", "2007-W10"),
    ("Am 3. März 2007 wurde er verhaftet. Im Monat darauf kam er frei.", "Monat darauf", "2007-04"),
    ("Am 3. März 2007 wurde er verhaftet. Am Wochenende darauf kam er frei.", "Wochenende darauf", "2007-W10-WE"),
    ("Am 3. März 2007 wurde er verhaftet. Im Monat zuvor hatte er gestohlen.", "Monat zuvor", "2007-02"),
])
def test_german_week_month_weekend_after_the_day_named(text, expected, value):
    assert _times(text, "2008-06-12")[expected].value == value


def test_german_sunday_papers_are_no_sundays():
    times = _times("Das sagte er der „Welt am Sonntag“. Wie die Bild am Sonntag berichtet, tritt er am Sonntag "
                   "zurück.", "2019-11-13")
    assert [(t, v.value) for t, v in times.items()] == [("Sonntag", "2019-11-17")]


def test_german_part_of_day_takes_no_long_past_day_from_afar():
    filler = "Die Lage ist unverändert. " * 30
    text = "Das Gesetz vom 13.12.1957 gilt weiter. " + filler + "Mücken stechen vor allem in den Abendstunden."
    assert _times(text, "2021-11-12")["den Abendstunden"].value == "2021-11-12TEV"
    # a day near the anchor is the story's day, however far back it was named
    text = "Am Sonntag demonstrierten Tausende. " + filler + "Am Nachmittag versammelten sich noch mehr."
    assert _times(text, "2009-06-16")["Nachmittag"].value == "2009-06-14TAF"


@pytest.mark.parametrize("text, expected, value", [
    # a year right after an article opens an attribute: no story year
    ("Die 1998 gegründete Firma hat im Mai Insolvenz angemeldet.", "Mai", "2023-05"),
    ("Die Doku erscheint zum Geburtstag des 2011 gestorbenen Loriot (ab 4.11. in der Mediathek).", "4.11.", "2023-11-04"),
    ("Die Firma wurde 1998 gegründet. Im Mai folgte der Börsengang.", "Mai", "1998-05"),
])
def test_german_attributive_year_sets_no_story_year(text, expected, value):
    assert _times(text, "2023-11-06")[expected].value == value


def test_german_tenseless_month_just_past_across_new_year():
    # without a tense marker, December in early January is the one just past
    assert _times("Mitte Dezember auf dem Karama-Platz in Sweidah.", "2025-01-05")["Mitte Dezember"].value == "2024-12"


def test_german_from_day_with_reported_future():
    # a past verb of saying does not move "ab Sonntag" back when the clause speaks of the future
    text = "Das Militär wolle ab Sonntag Einberufungsbescheide verschicken, berichtete die Zeitung."
    assert _times(text, "2023-10-07")["Sonntag"].value == "2023-10-08"


@pytest.mark.parametrize("text, expected, value, mod", [
    ("Zur Wochenmitte wurde es kälter.", "Wochenmitte", "2019-W42", "MID"),
    ("Zum Wochenanfang wurde es kälter.", "Wochenanfang", "2019-W42", "START"),
    ("Ab der Monatsmitte regnete es.", "Monatsmitte", "2019-10", "MID"),
])
def test_german_week_and_month_compounds(text, expected, value, mod):
    t = _times(text, "2019-10-17")[expected]
    assert (t.value, t.mod) == (value, mod)


@pytest.mark.parametrize("text, published, expected", [
    # "heute" with a weekday or date in apposition is that day; a weekday other than the
    # anchor's tells the day the text was written (the last one up to the anchor)
    ("Heute, am 17. März, stimmt der Bundestag ab.", "2005-03-17", {"Heute": "2005-03-17"}),
    ("Heute, am Sonntag, ist die Stadt menschenleer.", "2026-01-06", {"Heute": "2026-01-04", "Sonntag": "2026-01-04"}),
    ("Heute, 3 Jahre später, ist alles anders.", "2005-03-17", {"Heute": "PRESENT_REF"}),
])
def test_german_heute_with_a_day_in_apposition(text, published, expected):
    times = _times(text, published)
    assert {k: times[k].value for k in expected} == expected


@pytest.mark.parametrize("text, expected", [
    ("Anlässlich des Internationalen Tages der Kinderrechte wurden Initiativen vorgestellt.", "Tages der Kinderrechte"),
    ("Für gewöhnlich wird der Tag des Baumes im November begangen.", "Tag des Baumes"),
    ("Zum Weltfrauentag gab es Proteste.", "Weltfrauentag"),
])
def test_german_awareness_days(text, expected):
    assert _times(text, "2012-11-21")[expected].value == "XXXX-XX-XX"
    assert _times("Am Tag der offenen Tür kamen viele.", "2012-11-21") == {}


@pytest.mark.parametrize("text, value", [
    ("Zum 700. Todestag Walthers, am 22. Juni 1930, wurde das Kunstwerk enthüllt.", "1930-06-22"),
    ("Die Doku erscheint zum 100. Geburtstag (12.11.) des Komikers.", "2013-11-12"),
    ("Er feierte seinen 80. Geburtstag.", "XXXX-XX-XX"),
])
def test_german_numbered_anniversaries(text, value):
    times = _times(text, "2013-03-27")
    anniversary = next(t for k, t in times.items() if k.endswith("tag"))
    assert anniversary.value == value


@pytest.mark.parametrize("text, expected, value", [
    # a coming year named sets the story's year for clauses that do not speak of the past ...
    ("Im Jahr 2007 ist es wieder soweit: Dann findet die documenta vom 16. Juni bis zum 23. September statt.",
     "16. Juni", "2007-06-16"),
    # ... but not a deadline, nor an edition's year after an acronym
    ("Bis 2010 soll die Brücke fertig sein. Im Mai beginnen die Arbeiten.", "Mai", "2006-05"),
    ("Die WM 2010 findet in Südafrika statt. Im Juni wird das Stadion eröffnet.", "Juni", "2006-06"),
])
def test_german_coming_story_year(text, expected, value):
    assert _times(text, "2006-04-20")[expected].value == value


@pytest.mark.parametrize("text, expected, value", [
    ("Im Herbst 1968 besetzte er das Rektorat. Im Frühjahr darauf wurde er verhaftet.", "Frühjahr darauf", "1969-SP"),
    ("Der Krieg endete im Mai 1945. Erst im folgenden Frühjahr sah er seine Familie wieder.",
     "folgenden Frühjahr", "1946-SP"),
    ("Als die Mauer im November 1989 fiel, war er in Leipzig. Weihnachten verbrachte er bei seiner Mutter.",
     "Weihnachten", "1989-12-24"),
    # plans for a list of coming years set no story year
    ("Der Showcase endet wie auch für 2009 und 2010 geplant am Neujahrstag.", "Neujahrstag", "2009-01-01"),
])
def test_german_seasons_and_feasts_of_the_story_year(text, expected, value):
    assert _times(text, "2008-12-23")[expected].value == value


@pytest.mark.parametrize("text, expected, value", [
    # with a deadline a perfect infinitive is a state to be reached: the future
    ("Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein.", "Herbst", "2014-FA"),
    ("Das Projekt soll bis Ende Mai abgeschlossen sein.", "Ende Mai", "2014-05"),
    # ... hearsay of the past stays past ("bis zu" counts)
    ("Er soll am Montag bis zu 20 Menschen getötet haben.", "Montag", "2014-02-17"),
    ("Er soll am Sonntag in Berlin gewesen sein.", "Sonntag", "2014-02-16"),
])
def test_german_perfect_infinitive_with_a_deadline(text, expected, value):
    assert _times(text, "2014-02-18")[expected].value == value


def test_german_unsinniger_donnerstag_in_the_dative():
    assert _times("Am Unsinnigen Donnerstag findet der Umzug statt.", "2014-02-18")["Unsinnigen Donnerstag"].value \
        == "2014-02-27"


def test_english_later_in_a_past_clause_is_no_future():
    # read on a Scrapinghub dev page (AP, Esper in Hanoi): 'Later, ... Esper said' was FUTURE_REF
    for text in ('Later, in remarks at the party headquarters, Esper said, "We oppose it."',
                 "He later said he was wrong.", "Esper later met officials."):
        assert "later" not in {t.lower() for t in _times(text, "2019-11-20", "en")}
    assert _times("We will talk about it later.", "2019-11-20", "en")["later"].value == "FUTURE_REF"
    assert _times("The firm is set to announce the terms later on Wednesday, but investors have been told.",
                  "2019-11-20", "en")["later"].value == "FUTURE_REF"


def test_next_day_after_the_story_went_back_to_a_past_year():
    # read on a Fundus dev page (MZ): the day after the police's account of autumn 2022 was the page's next day
    text = ("Irans Justiz wies den Bericht am Dienstag entschieden zurück. Im Herbst 2022 hatte die Polizei "
            "erklärt, die junge Frau sei von einem Hochhaus gestürzt, ihre Leiche erst am nächsten Tag von den "
            "Nachbarn entdeckt worden.")
    assert _times(text, "2024-04-30")["nächsten Tag"].value == "2022"
    assert _times("Am Dienstag kam er. Am folgenden Tag ging er.", "2024-04-30")["folgenden Tag"].value == "2024-05-01"


def test_english_frequency_word_in_a_paper_s_name_is_no_set():
    # Scrapinghub dev (Reuters on Hong Kong): "the People’s Daily, the mouthpiece of the Communist Party" was P1D
    got = _times("On Monday, the People’s Daily, the mouthpiece of the party, said so. The Daily Mail reported "
                 "it. Sales are reported monthly.", "2019-11-18", "en")
    assert sorted(got) == ["Monday", "monthly"], got
    assert (got["monthly"].type, got["monthly"].value) == ("SET", "P1M")
    # a headline in title case keeps it: "Despite The Monthly Fee, You're Still Buying Games"
    got = _times("Despite The Monthly Fee, You're Still Buying Games\nStadia costs $10.", "2019-11-18", "en")
    assert (got["Monthly"].type, got["Monthly"].value) == ("SET", "P1M"), got


def test_english_title_case_time_words_after_a_name_are_a_programme_s_name():
    # PolNeAR train (AP, Breitbart): '“CBS This Morning”' was this morning, 'Breitbart News Daily' a SET
    got = _times("Speaking to “CBS This Morning” Monday, Rubio refrained. Breitbart News Daily airs on SiriusXM. "
                 "He spoke this morning.", "2016-02-08", "en")
    assert sorted(got) == ["Monday", "this morning"], got
    # a headline in title case keeps them
    got = _times("Trump Speaks This Morning\nHe will speak.", "2016-02-08", "en")
    assert got["This Morning"].type == "TIME", got
