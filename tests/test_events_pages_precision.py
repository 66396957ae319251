"""Events on whole pages (issue 6, fifth page round, 2026-11-28): false events found reading the full pipeline's
output on pages no earlier round had read (trafilatura's German pages, PolNeAR campaign articles), each with the
general rule written for it. Sentences are the pages' own wording or helper-written wording of the same
constructions; real acts of the same words stay."""
from lesart.model import Document, Sentence, SourceInfo
from lesart.pipeline import create
from lesart.stages import load as load_stage
from lesart.stages.events.stage import EventsStage


def page(sentences: list[str], lang: str = "de", url: str | None = None) -> list:
    text = " ".join(sentences)
    spans, pos = [], 0
    for sent in sentences:
        spans.append(Sentence(start=pos, end=pos + len(sent), text=sent))
        pos += len(sent) + 1
    doc = Document(id="t", source=SourceInfo(kind="html", uri=url), text=text, language=lang, sentences=spans)
    if load_stage("entities"):
        doc = create("entities")(doc)     # persons are parties only through the entities layer
    return EventsStage()(doc).events


SPORT_DE = ["Das Team trainiert seit dem Sommer in den Bergen.", "Die Athleten laufen jeden Tag zwei Stunden.",
            "Am Wochenende beginnt die neue Saison.", "Der Trainer ist mit der Form zufrieden.",
            "Die Stimmung in der Mannschaft ist gut."]


def test_everyday_page_drops_events_whose_sentence_names_no_political_party():
    # a demonym or a city codes a party, but the sentence names no state, government or army: sport, no PLOVER act
    events = page(SPORT_DE + ["Der norwegische Trainer bekam Unterstützung vom französischen Schießtrainer.",
                              "Die Sportler haben die schwierigen Lockdowns gut überstanden."])
    assert events == []


def test_everyday_page_keeps_a_killing_and_a_political_sentence():
    events = page(SPORT_DE + ["Der Täter hatte den Mann im Jahr 1990 ermordet.",
                              "Das Forum Waffenrecht fordert die Bundesregierung auf, die Gesetze zu prüfen."])
    assert [e.type for e in events] == ["ASSAULT", "REQUEST"]


def test_a_named_person_keeps_an_english_campaign_event():
    events = page(["The campaign ended on Tuesday.", "Voters went to the polls early.", "Turnout was high.",
                   "The weather was mild.", "Results came in late.", "Carson lambasted the media on Tuesday."], "en")
    assert [e.type for e in events] == ["ACCUSE"]


def test_everyday_page_keeps_arrests():
    events = page(SPORT_DE + ["Im März wurde der Schriftsteller festgenommen und ins Gefängnis gebracht."])
    assert [e.type for e in events] == ["COERCE"]
