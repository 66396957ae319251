"""The events layer: PLOVER coding, status (negation, modality), the seed page, the timeline, gold goals."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from lesart.model import Document, Sentence, SourceInfo, to_dict
from lesart.render.timeline import interval, timeline_rows, timeline_svg
from lesart.stages.events import EventsStage

SHARED = Path(os.environ.get("LESART_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
SEED = SHARED / "seeds" / "000_3a2dee0eeef83530.txt"
GOLD = SHARED / "data" / "events" / "plover_gsr.jsonl"
GERMAN = Path(__file__).parent / "data" / "events_de.jsonl"


def _code(text: str, lang: str = "de") -> list:
    """Events of one sentence, the events stage alone (no claims, times or entities layer)."""
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language=lang,
                   sentences=[Sentence(start=0, end=len(text), text=text)])
    doc = EventsStage()(doc)
    for ev in doc.events:
        for span in (ev.actor, ev.target, ev.location, ev.trigger):
            if span is not None:
                assert doc.text[span.start:span.end] == span.text
    return doc.events


def _first(text: str, lang: str = "de"):
    events = _code(text, lang)
    assert events, f"no event in {text!r}"
    return events[0]


# -- coding without the other layers ------------------------------------------------------------

@pytest.mark.parametrize("text,lang,typ,actor", [
    ("Nordkorea hat erneut Soldaten nach Russland entsandt.", "de", "MOBILIZE", "PRK"),
    ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", "de", "SANCTION", "IGO"),
    ("Russland und die Ukraine vereinbarten einen Gefangenenaustausch.", "de", "AGREE", "RUS"),
    ("Die Opposition forderte den Rücktritt der Regierung.", "de", "REQUEST", None),
    ("Nordkorea drohte Südkorea mit Vergeltung.", "de", "THREATEN", "PRK"),
    ("Israeli troops attacked a village in the West Bank.", "en", "ASSAULT", "ISR"),
    ("Syria withdrew its troops from Lebanon.", "en", "RETREAT", "SYR"),
    ("The United States imposed sanctions on Iran.", "en", "SANCTION", "USA"),
    ("Egyptian police arrested 12 demonstrators on Monday.", "en", "COERCE", "EGY"),
])
def test_type_and_actor(text, lang, typ, actor):
    ev = _first(text, lang)
    assert ev.type == typ
    assert getattr(ev.actor, "code", None) == actor


@pytest.mark.parametrize("text,typ,mode", [
    # the object decides what "verhängen" imposes
    ("Die Regierung verhängte eine nächtliche Ausgangssperre.", "COERCE", "curfew"),
    ("Die Europäische Union verhängte neue Sanktionen gegen Russland.", "SANCTION", None),
    # a particle right after its verb is a preposition ("schossen auf"), not the end of a separable verb
    ("Soldaten schossen auf Demonstranten.", "ASSAULT", "firearms"),
    ("Der Angeklagte wurde zu zehn Jahren Haft verurteilt.", "SANCTION", "convict"),
    ("Die Schweiz lieferte den Verdächtigen an Deutschland aus.", "COOPERATE", None),
    ("Die Polizei löste die Demonstration gewaltsam auf.", "COERCE", None),
    ("Die USA gehen damit auf eine zentrale Forderung des Iran ein.", "CONCEDE", None),
    ("Das Außenministerium kritisierte den Anschlag als barbarische Tat.", "ACCUSE", "disapprove"),
    ("Rumsfeld attackierte den Iran als Förderer des Terrorismus.", "ACCUSE", "disapprove"),
    ("Gabriel hat Rheinmetall den Export der Anlage nach Russland untersagt.", "SANCTION", "discontinue"),
    # negated recognition is a rejection
    ("Die Ukraine erkennt die Annexion der Krim nicht an.", "REJECT", None),
])
def test_german_constructions(text, typ, mode):
    ev = _first(text)
    assert (ev.type, ev.mode) == (typ, mode)


def test_german_nouns_are_not_verbs():
    # "einigen" (some) is no agreement, "Tagen" (days) no meeting
    types = {ev.type for ev in _code("Vor einigen Tagen griffen Rebellen ein Dorf im Norden an.")}
    assert types == {"ASSAULT"}


def test_german_reader_address_is_no_act():
    # a service box tells the reader what to do; "sie" in lowercase is "they", who do meet
    assert _code("Konsultieren Sie die Webseite der italienischen Botschaft in Berlin.") == []
    assert _code("Bitte wenden Sie sich an die Polizei.") == []
    assert [ev.type for ev in _code("Treffen sie sich heute in Berlin?")] == ["CONSULT"]


def test_a_capitalised_noun_is_not_the_verb_its_lowercase_spells():
    # "Preisen" (prices) is no "preisen" (praise), "des Schützen" (gunman) no "schützen" (protect);
    # the verb itself, and a sentence's first word, still code
    assert _code("Zu beachten ist, dass es sich bei den Preisen stets um Empfehlungen handelt.") == []
    assert {ev.type for ev in _code("Aus Angst vor einem Übergriff des Schützen wurde die Anlage abgeriegelt.")} \
        == {"COERCE"}
    assert _first("Der Präsident pries die Opposition.").type == "SUPPORT"


def test_background_noun_after_nach():
    # "nach einer Besetzung und Geiselnahme" says what came before the break of relations
    ev = _first("Die USA brachen 1980 die Beziehungen zum Iran nach einer Besetzung und Geiselnahme ab.")
    assert ev.type == "SANCTION"


def test_quoted_word_does_not_split_the_clause():
    # the modal "wollen" still governs the verb behind a quoted word: a planned SUPPORT is AGREE
    ev = _first("Die Außenminister wollen Serbien am Freitag den „Kandidatenstatus“ zusprechen.")
    assert (ev.type, ev.status) == ("AGREE", "planned")


def test_demonym_and_sector_without_entities_layer():
    ev = _first("Anfang Februar wurden nordkoreanische Soldaten aus der Region Kursk abgezogen.")
    assert ev.type == "RETREAT"
    assert (ev.actor.code, ev.actor.sector) == ("PRK", "MIL")
    assert "Kursk" in ev.location.text


def test_recipient():
    ev = _first("The United States imposed sanctions on Iran.", "en")
    assert ev.target is not None and ev.target.code == "IRN"


# -- status: negation and modality are no facts ------------------------------------------------

@pytest.mark.parametrize("text,lang,status", [
    ("dass die nordkoreanischen Truppen seit Mitte Januar nicht mehr in Kampfhandlungen verwickelt gewesen seien.",
     "de", "denied"),
    ("Russland griff die Stadt nicht an.", "de", "denied"),
    ("Die Staatsanwaltschaft will im Mai Anklage erheben.", "de", "planned"),
    # announced force is a threat (PLOVER), and the threat is made now
    ("Die Regierung will im Mai weitere Truppen entsenden.", "de", "happened"),
    ("Nordkorea könnte weitere Soldaten entsenden.", "de", "hypothetical"),
    ("Nordkorea soll erneut Soldaten nach Russland entsandt haben.", "de", "happened"),
    ("The army did not attack the town.", "en", "denied"),
    ("Russia could attack the town if talks fail.", "en", "hypothetical"),
])
def test_status(text, lang, status):
    ev = _first(text, lang)
    assert ev.status == status


def test_future_cooperation_is_coded_agree():
    # PLOVER: CONSULT/SUPPORT/COOPERATE/AID announced for the future are AGREE.
    assert _first("Finland will give Tanzania a grant of 580 million shillings.", "en").type == "AGREE"


def test_conditional_announcement_is_a_threat():
    ev = _first("Nigeria announced that it will withdraw its force from Chad unless a ceasefire is arranged.", "en")
    assert ev.type == "THREATEN"


# -- general coverage: inflection, particle verbs, nouns, names, participles --------------------

@pytest.mark.parametrize("text,lang,typ", [
    ("Pakistan broke off diplomatic relations with Congo.", "en", "SANCTION"),          # irregular past
    ("Britain cancelled the visit of the Iranian foreign minister.", "en", "SANCTION"),  # British spelling
    ("The rebels set the hostages free on Monday.", "en", "RETREAT"),                   # particle after object
    ("Police beat protesters in the capital.", "en", "ASSAULT"),                        # participant noun
    ("Turkey announced the closure of its border with Iraq.", "en", "COERCE"),          # noun of the act
    ("Russland verübte einen Cyberangriff auf das Netz der Ukraine.", "de", "COERCE"),  # not "*angriff"
])
def test_general_coverage(text, lang, typ):
    assert _first(text, lang).type == typ


@pytest.mark.parametrize("text,lang,typ", [
    ("Merkel bezeichnete den Vorschlag als Lüge.", "de", "ACCUSE"),
    ("Der Präsident hatte die Reise nach Moskau als hilfreich bezeichnet.", "de", "SUPPORT"),
    ("Sie nannte Putin einen Verräter.", "de", "ACCUSE"),
    ("Der Kanzler wertete das Abkommen als großen Erfolg.", "de", "SUPPORT"),
    ("Der Minister sprach von einem Skandal.", "de", "ACCUSE"),
    ("Die Opposition nannte den Minister eine Marionette.", "de", "ACCUSE"),
    ("Trump called Zelensky a dictator.", "en", "ACCUSE"),
    ("The opposition called the minister a coward.", "en", "ACCUSE"),
    ("Obama described the agreement as a historic success.", "en", "SUPPORT"),
    ("The government branded the protesters terrorists.", "en", "ACCUSE"),
    ("Iran compared Israel to Nazi Germany.", "en", "ACCUSE"),
])
def test_characterisation_by_valence(text, lang, typ):
    ev = _first(text, lang)
    assert ev.type == typ
    assert ev.mode == ("disapprove" if typ == "ACCUSE" else None)


def test_neutral_characterisation_is_no_event_of_its_own():
    assert not _code("Er bezeichnete den Ort als Treffpunkt.")
    assert not _code("Der Minister sprach von 100 Toten.")       # a report, not a judgement
    assert not _code("He described the scene to reporters.", "en")
    assert not _code("She bezeichnete sich als Siegerin.")      # reflexive: nobody is judged
    assert _first("Russia called for talks.", "en").type == "REQUEST"


@pytest.mark.parametrize("text,lang,typ,mode", [
    ("The president vowed to continue cooperation with China.", "en", "AGREE", None),   # a promise
    ("The rebels vowed to attack the capital.", "en", "THREATEN", "violence"),
    ("The minister vowed to impose sanctions on Iran.", "en", "THREATEN", "relations"),
    ("Students boycotted classes.", "en", "PROTEST", "boycott"),
    ("Die Opposition boykottierte die Sitzung des Parlaments.", "de", "PROTEST", "boycott"),
    ("Arab states imposed an economic boycott on Israel.", "en", "SANCTION", "discontinue"),
    ("Die Arabische Liga verhängte einen Wirtschaftsboykott gegen Israel.", "de", "SANCTION", "discontinue"),
    ("The prime minister announced his resignation on Monday.", "en", "CONCEDE", None),
    ("Der Ministerpräsident kündigte seinen Rücktritt an.", "de", "CONCEDE", None),
    ("The prime minister resigned on Monday.", "en", "RETREAT", "resign"),
])
def test_plover_definitions(text, lang, typ, mode):
    ev = _first(text, lang)
    assert (ev.type, ev.mode) == (typ, mode)


def test_trigger_inside_a_name_or_attributive_participle_is_no_event():
    name = "The Asia-Pacific Economic Cooperation forum met a delegation."
    assert all(ev.type != "COOPERATE" for ev in _code(name, "en"))
    occupied = "Israeli soldiers searched houses in the occupied West Bank."
    assert _first(occupied, "en").type == "COERCE"
    assert all(ev.trigger.text != "occupied" for ev in _code(occupied, "en"))
    assert not _code("The ministry released a statement on Monday.", "en")


def test_noun_and_month_readings_are_no_events():
    assert not _code("The house will be turned into a police station, the minister said.", "en")
    assert not _code("It started with steel in March 2018, followed by aluminum.", "en")
    assert _first("Thousands march in Paris against the reform.", "en").type == "PROTEST"
    assert _first("Russia plans to station troops in Belarus.", "en").trigger.text == "station"


def test_passive_agent_with_a_possessor():
    ev = _first("Austria said it was the first victim, having been annexed by Hitler's Germany in 1938.", "en")
    assert (ev.type, ev.actor.code, ev.target.code) == ("COERCE", "DEU", "AUT")


def test_english_passive_shared_by_coordination_and_faced_charges():
    """A participle after "and" shares the passive of the one before it; who "faces charges" is accused."""
    sanction = [e for e in _code("The Iranian diplomat was detained in April and sentenced to ten years.", "en")
                if e.type == "SANCTION"][0]
    assert sanction.actor is None and sanction.target is not None and sanction.target.code == "IRN"
    accused = _first("Iran now faces new charges at the United Nations.", "en")
    assert accused.type == "ACCUSE" and accused.target is not None and accused.target.code == "IRN"
    # an active verb after "and" keeps its subject; "a face mask ban" names no one facing anything
    attack = [e for e in _code("Syria was accused in May and attacked Turkish positions.", "en") if e.type == "ASSAULT"]
    assert attack and attack[0].actor is not None and attack[0].actor.code == "SYR"


def test_event_without_parties_needs_an_unambiguous_trigger():
    # business and health news: "im Handel", "reduce", "foods" are words, not events, when no one does them
    assert not _code("Die Aktie verlor im nachbörslichen Handel zeitweise vier Prozent.")
    assert not _code("Fiber-rich foods can reduce cravings.", "en")
    # unambiguous triggers stay without parties
    assert _first("Bei dem Luftangriff kamen zwölf Menschen ums Leben.").type == "ASSAULT"
    # (on a page where some party has a code or a sector: see the page test below)
    assert "RETREAT" in [e.type for e in _page(["Iran's judiciary announced an amnesty.",
                                                  "The prisoners were freed on Monday."])]


def test_state_named_after_a_compound_on_another_state():
    ev = _first("Venezuela liefert sein Öl vor allem an den US-Rivalen China.")
    assert (ev.actor.code, ev.target.code) == ("VEN", "CHN")


def test_revenue_compounds_are_no_capture():
    assert not _code("Venezuela ist stark von den Exporteinnahmen abhängig.")
    assert _first("Die Rebellen meldeten die Einnahme der Stadt Aleppo.").type == "ASSAULT"


def test_giving_information_is_no_event():
    assert not _code("These sites offered no evidence to support their estimates.", "en")
    assert not _code("The articles provide some basic biographical information about the ambassador.", "en")
    assert _first("Iran offered to mediate between the two sides.", "en").type == "AGREE"


def test_statement_fields_and_fronted_places_de():
    # "hält fest:" introduces what is stated; a detention keeps its event
    assert not _code("Der Staatsschutz in Wien hält fest: Die Inhalte finden Anklang.")
    assert _first("Die Polizei hielt den Verdächtigen in Wien fest.").type == "COERCE"
    # agencies and fields named with -schutz grant no protection
    assert not _code("Das heißt es aus der Direktion Staatsschutz und Nachrichtendienst.")
    # a state after a fronted "In" is where the act happens, not who acts
    ev = _first("In Russland kritisierte die Regierung die Sanktionen.")
    assert ev.location is not None and ev.location.text == "Russland" and ev.actor.text == "Regierung"
    # with no other party named, the fronted state still acts (domestic actors take its code)
    assert _first("In Russland protestierten am Sonntag Tausende.").actor.code == "RUS"


def test_questions_statements_and_released_documents_are_no_requests_or_releases():
    assert not _code("Republican counsel Steve Castor asked Morrison about concerns within the agency.", "en")
    assert not _code("\"My role was the official channel,\" he told lawmakers.", "en")
    assert _first("Ukraine asked the UN Security Council to condemn the attack.", "en").type == "REQUEST"
    assert not _code("Nobody knew until the transcript of that call was released on September 25.", "en")
    ev = _first("Kurt Volker testified before the House Intelligence Committee in the impeachment inquiry.", "en")
    assert ev.actor is not None and ev.actor.code == "USA"


def test_a_state_named_twice_is_not_its_own_recipient():
    ev = _first("Venezuela wies die Vorwürfe gegen Venezuela zurück.")
    assert ev.actor.code == "VEN" and ev.target is None


def _page(sentences: list[str], lang: str = "en") -> list:
    text = " ".join(sentences)
    spans, pos = [], 0
    for sent in sentences:
        spans.append(Sentence(start=pos, end=pos + len(sent), text=sent))
        pos += len(sent) + 1
    doc = Document(id="t", source=SourceInfo(kind="text"), text=text, language=lang, sentences=spans)
    return EventsStage()(doc).events


def test_a_page_without_coded_parties_keeps_only_unambiguous_acts():
    # a game review: no state, organisation or place with a code anywhere
    assert not _page(["Stadia gets a free trial for new players.", "We visited the studio in the spring."])
    # the same weak triggers on a page that names a state stay
    events = _page(["Russia offered talks to Ukraine.", "The delegation visited the capital."])
    assert [e.type for e in events] == ["AGREE", "CONSULT", "CONSULT"] and events[-1].trigger.text == "visited"


def test_commerce_offers_and_free_goods_are_no_events():
    assert not _code("Apple continues to offer free repairs to affected customers.", "en")
    assert not _code("The company shelved its initial public offering.", "en")
    assert not _code("We enjoyed a free drink at the cafe.", "en")
    assert _first("Iran offered to mediate between the two sides.", "en").type == "AGREE"
    assert _first("Russia offered talks to Ukraine.", "en").type == "AGREE"
    assert "RETREAT" in [e.type for e in _code("The rebels vowed to free the hostages.", "en")]


def test_weak_english_triggers_need_their_context():
    assert not _code("Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.", "en")
    assert not _code("I block time for meetings.", "en")
    assert not _code("Stream it from your Echo Dot, phone, PC or other device.", "en")
    assert not _code("We have not seen a Switch Lite deal during Black Friday.", "en")
    assert not _code("Normally this deal ends when the game is released.", "en")
    assert _first("Protesters blocked the main road to the airport.", "en").type == "PROTEST"
    assert _first("Merkel and Putin spoke by phone on Monday.", "en").type == "CONSULT"


def test_a_state_before_its_city_is_the_place_de():
    ev = _first("In Deutschlands zweitgrößter Stadt demonstrierten Islamisten.")
    assert ev.actor is not None and ev.actor.text == "Islamisten" and ev.location.text == "Deutschlands"


def test_hurting_oneself_is_no_assault_de():
    assert not _code("Er stürzte so heftig, dass er sich am Fuß verletzte.")
    assert _first("Bei dem Angriff wurden zwölf Menschen verletzt.").type == "ASSAULT"


def test_actor_table_demonyms_and_capitals():
    ev = _first("Kampuchean guerrillas attacked a village.", "en")
    assert ev.actor.code == "KHM"
    ev = _first("Bolivian police arrested 20 miners in La Paz.", "en")
    assert ev.actor.code == "BOL"


def test_domestic_actor_from_the_place_and_recipient_after_what_is_given():
    # no named actor: the state where the arrest happened arrests
    assert _first("A Christian missionary was arrested in Lebanon.", "en").actor.code == "LBN"
    # "its troops" are what is offered; Lebanon receives them
    assert _first("Syria offered its troops to Lebanon.", "en").target.code == "LBN"


def test_no_events_for_other_languages_or_empty_text():
    doc = Document(id="t", source=SourceInfo(kind="text"), text="Bonjour.", language="fr")
    assert EventsStage()(doc).events == []


def test_events_serialise_with_codes():
    doc = Document(id="t", source=SourceInfo(kind="text"), text="Nordkorea hat Soldaten nach Russland entsandt.",
                   language="de")
    doc.sentences = [Sentence(start=0, end=len(doc.text), text=doc.text)]
    out = to_dict(EventsStage()(doc))
    ev = json.loads(json.dumps(out))["events"][0]
    assert ev["type"] == "MOBILIZE" and ev["actor"]["code"] == "PRK" and ev["status"] == "happened"


# -- timeline -----------------------------------------------------------------------------------

def test_interval():
    assert interval("2025-02", "START") == (dt.date(2025, 2, 1), dt.date(2025, 2, 10))
    assert interval("2024-08") == (dt.date(2024, 8, 1), dt.date(2024, 8, 31))
    assert interval("2025-03-27") == (dt.date(2025, 3, 27), dt.date(2025, 3, 27))
    assert interval("PRESENT_REF") is None and interval("P2W") is None


# -- the seed page ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_doc():
    if not SEED.exists():
        pytest.skip(f"seed page not found: {SEED} (set LESART_SHARED)")
    import lesart

    return lesart.analyze_text(SEED.read_text(encoding="utf-8"), published="2025-03-27")


def _value(doc, ev):
    return getattr(ev.time, "value", None) if ev.time else None


def test_seed_headings_and_comment_code_no_events(seed_doc):
    heads = [(b.start, b.end) for b in seed_doc.blocks if b.kind in ("title", "heading")]
    assert heads
    assert not [ev for ev in seed_doc.events if any(a <= ev.trigger.start < b for a, b in heads)]
    # "Diese militärische Zusammenarbeit ... stellt eine besorgniserregende Entwicklung dar", "wirft ein Licht auf
    # die ... Zusammenarbeit", "Hinweise auf eine ... Kooperation": talked about, not reported
    assert all(ev.type != "COOPERATE" for ev in seed_doc.events)
    assert len(seed_doc.events) <= 10


@pytest.mark.parametrize("text", [
    "Diese militärische Zusammenarbeit zwischen Moskau und Pjöngjang stellt eine besorgniserregende Entwicklung dar.",
    "Besonders brisant erscheint die neue Truppenverlegung.",
    "Die erneute Entsendung nordkoreanischer Soldaten zeigt die Verzweiflung des Kreml.",
    "Es verdichten sich die Hinweise auf eine systematische militärische Kooperation.",
])
def test_evaluated_nominalisation_is_no_event(text):
    assert not _code(text)


def test_reported_act_in_a_comment_sentence_stays():
    # the act in its own clause is reported; the judged noun before the verb is not
    evs = _code("Die Bilder zeigen den Angriff auf das Dorf.")
    assert [ev.type for ev in evs] == ["ASSAULT"]


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seeds (set LESART_SHARED)")
class TestSeed:
    def test_mobilize_from_hearsay(self, seed_doc):
        evs = [e for e in seed_doc.events if e.type == "MOBILIZE" and e.claim is not None
               and seed_doc.claims[e.claim].mode == "hearsay"]
        assert evs, "no MOBILIZE from the hearsay claim"
        ev = evs[0]
        assert ev.actor.code == "PRK" and ev.status == "happened"
        assert "RUS" in {getattr(ev.location, "code", None), getattr(ev.target, "code", None)}
        source = seed_doc.claims[ev.claim].source
        assert source is not None and source.kind == "intelligence" and "Geheimdienst" in source.text

    def test_retreat_from_kursk_in_february(self, seed_doc):
        ev = next(e for e in seed_doc.events if e.type == "RETREAT" and e.time is not None)
        assert _value(seed_doc, ev).startswith("2025-02")
        assert "Kursk" in ev.location.text and ev.actor.code == "PRK"

    def test_stationing_since_october(self, seed_doc):
        ev = next(e for e in seed_doc.events if e.trigger.text.startswith("stationiert"))
        assert ev.type == "MOBILIZE" and _value(seed_doc, ev) == "2024-10"
        assert ev.quantity is not None and ev.quantity.value == 10000
        assert "Kursk" in ev.location.text
        claim = seed_doc.claims[ev.claim]
        assert claim.source.kind == "government" and "Vereinigten Staaten" in claim.source.text

    def test_ukrainian_offensive(self, seed_doc):
        ev = next(e for e in seed_doc.events if "offensive" in e.trigger.text.lower())
        assert ev.type == "ASSAULT" and _value(seed_doc, ev) == "2024-08"
        assert ev.actor.code == "UKR" and "Kursk" in ev.location.text

    def test_no_fighting_that_happened(self, seed_doc):
        evs = [e for e in seed_doc.events if "Kampfhandlungen" in e.trigger.text]
        assert evs and all(e.status != "happened" for e in evs)

    def test_timeline_order(self, seed_doc):
        rows = [r for r in timeline_rows(seed_doc) if r["dated"]]
        months = []
        for r in rows:
            if r["start"][:7] not in months:
                months.append(r["start"][:7])
        assert months == ["2024-08", "2024-10", "2025-01", "2025-02", "2025-03"]
        assert any(not r["dated"] for r in timeline_rows(seed_doc))

    def test_timeline_svg_is_self_contained(self, seed_doc):
        svg = timeline_svg(seed_doc)
        assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
        assert "<script" not in svg and "href" not in svg
        assert "No resolvable time" in svg
        # every label stays inside the drawing: none starts left of it or runs past its right edge
        import re
        from lesart.render.timeline import TEXT_WIDTH
        width = float(re.search(r'width="(\d+)"', svg).group(1))
        for m in re.finditer(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)"[^>]*>([^<]*)<', svg):
            x, anchor, text = float(m.group(1)), m.group(2), m.group(3)
            left = x if anchor == "start" else x - TEXT_WIDTH * len(text)
            assert 0 <= left and left + TEXT_WIDTH * len(text) <= width, text

    def test_stored_and_found_by_type_and_actor(self, seed_doc, tmp_path):
        """`lesart search --event-type MOBILIZE --actor PRK` finds the seed page and lists its deployments."""
        import typer
        from typer.testing import CliRunner

        from lesart.commands.corpus import register
        from lesart.store import Pending, open_store

        db = str(tmp_path / "events.db")
        with open_store(db) as s:
            s.add([Pending(key="seed", input=str(SEED), doc=seed_doc)])
        app = typer.Typer()
        register(app)
        got = CliRunner().invoke(app, ["search", "--db", db, "--event-type", "MOBILIZE", "--actor", "PRK",
                                       "--format", "json"])
        assert got.exit_code == 0, got.output
        (hit,) = json.loads(got.stdout)["hits"]
        assert hit["events"] and {e["type"] for e in hit["events"]} == {"MOBILIZE"}
        assert {e["actor_code"] for e in hit["events"]} == {"PRK"}
        assert any(e["time_value"] == "2024-10" and e["quantity_text"] for e in hit["events"])
        table = CliRunner().invoke(app, ["search", "--db", db, "--event-type", "RETREAT"])
        assert table.exit_code == 0 and "RETREAT" in table.stdout


# -- gold goals ---------------------------------------------------------------------------------

# Floors a little under the numbers measured on the test halves (en: macro-F1 0.674, actor 0.752;
# de: macro-F1 0.522, actor 0.630 after the 2026-11-26 lexicon extension); a drop below them is a
# regression, not noise. The goals of issue 6 (en 0.80/0.80, de 0.75) are NOT reached: see
# evaluation/events.py GOALS.
EN_TEST_FLOOR = {"type_macro_f1": 0.64, "actor_code_acc": 0.72}
DE_TEST_FLOOR = {"type_macro_f1": 0.48, "actor_code_acc": 0.59}


@pytest.mark.gold
@pytest.mark.skipif(not GOLD.exists(), reason="needs ../shared/data/events (set LESART_SHARED)")
def test_plover_gold_floor():
    from lesart.evaluation.events import evaluate

    res = evaluate("test", "en")
    assert res["n"] == 161
    for key, floor in EN_TEST_FLOOR.items():
        assert res[key] >= floor, (key, res[key])


@pytest.mark.gold
def test_german_set_floor():
    from lesart.evaluation.events import evaluate, load

    rows = load("all", "de")
    assert len([r for r in rows if r["split"] == "test"]) >= 120
    # every sentence is coded with its event; dev8, dev9 and dev10 also hold sentences coded with none (event [])
    assert all(r["source"]["document"] and (r["event"] or r["split"] in ("dev8", "dev9", "dev10")) for r in rows)
    assert all(r["event"] for r in rows if r["split"] == "test")
    res = evaluate("test", "de")
    for key, floor in DE_TEST_FLOOR.items():
        assert res[key] >= floor, (key, res[key])


def test_german_tuning_splits_leave_dev_and_test_alone():
    from lesart.evaluation.events import load

    assert len(load("dev", "de")) == 668 and len(load("test", "de")) == 120
    dev3 = load("dev3", "de")
    assert len(dev3) == 98 and all(r["split"] == "dev3" and r["source"]["selection"] in ("lead", "keyword")
                                   for r in dev3)
    assert not {r["text"] for r in dev3} & {r["text"] for r in load("all", "de") if r["split"] != "dev3"}


def test_a_trigger_inside_a_claims_source_is_no_event():
    from lesart.api import analyze_text
    doc = analyze_text("Dem Urteil zufolge ist der Mann Vater von hundert Kindern. "
                       "Das Gericht verurteilte ihn zu zwei Jahren Haft.",
                       stages=["extract", "language", "sentences", "entities", "times", "quantities", "claims", "events"])
    assert [e.trigger.text.split()[0] for e in doc.events] == ["verurteilte"]


# --- confidence: how much to trust an event (README, 2026-11-27, confidence) ---------------------------------

def test_confidence_levels_from_warning_signs():
    from lesart.stages.events.stage import confidence
    assert [confidence(n) for n in range(5)] == ["high", "medium", "medium", "low", "low"]


@pytest.mark.parametrize("text,lang,level", [
    ("Nordkorea hat erneut Soldaten nach Russland entsandt.", "de", "high"),          # strong verb, actor near
    ("Syria withdrew its troops from Lebanon.", "en", "high"),
    ("Russia's army attacked the city of Kharkiv on Monday.", "en", "medium"),        # "attack": weight 2
    # hypothetical, noun trigger, long sentence, actor far from the trigger
    ("Die Regierung könnte nach Angaben von Beobachtern, die sich auf interne Dokumente und Gespräche mit mehreren "
     "Beteiligten in der Hauptstadt berufen, in den kommenden Wochen möglicherweise neue Sanktionen gegen das "
     "Nachbarland verhängen.", "de", "low"),
])
def test_confidence_of_one_sentence(text, lang, level):
    evs = _code(text, lang)
    assert evs and evs[0].confidence == level


def test_low_confidence_events_are_kept_and_listed_apart():
    import io

    from rich.console import Console

    from lesart.api import analyze_text
    from lesart.render.html import render_html
    from lesart.render.markdown import render_markdown
    from lesart.render.summary import render_summary
    doc = analyze_text("Syria withdrew its troops from Lebanon. The government could, according to observers citing "
                       "internal documents and talks with several people in the capital, possibly impose new "
                       "sanctions on its neighbour in the coming weeks, though nothing has been decided yet by anyone.")
    levels = {e.type: e.confidence for e in doc.events}
    assert levels["RETREAT"] == "high" and levels["SANCTION"] == "low"      # hypothetical, long, far, ...
    assert to_dict(doc)["events"][[e.type for e in doc.events].index("SANCTION")]["confidence"] == "low"
    md = render_markdown(doc).split("## Events")[1]
    sure, unsure = md.split("Low confidence", 1)
    assert "RETREAT" in sure and "SANCTION" not in sure and "SANCTION" in unsure
    out = io.StringIO()
    render_summary(doc, Console(file=out, width=200, color_system=None))
    sure, unsure = out.getvalue().split("events, in time order")[1].split("low confidence", 1)
    assert "RETREAT" in sure and "SANCTION" not in sure and "SANCTION" in unsure
    svg = render_html(doc).split('<section class="timeline">')[1]
    sure, unsure = svg.split("Low confidence", 1)
    assert "RETREAT" in sure and "SANCTION" not in sure and "SANCTION" in unsure


@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seeds (set LESART_SHARED)")
def test_seed_events_are_trusted(seed_doc):
    """The seed page's deployments, the withdrawal and the Ukrainian offensive are no low-confidence events."""
    got = {e.trigger.text: e.confidence for e in seed_doc.events}
    assert got["entsandt"] == "high" and got["abgezogen"] == "high"
    assert got["stationiert"] in ("high", "medium") and got["Überraschungsoffensive"] in ("high", "medium")
    assert all(e.confidence in ("high", "medium", "low") for e in seed_doc.events)


# -- roles by grammar (2026-11-27) ---------------------------------------------------------------

@pytest.mark.parametrize("text,target", [
    ("Kritiker warfen dem Präsidenten Blasphemie vor.", "Präsidenten"),
    ("Zugleich forderte er den 15-köpfigen Sicherheitsrat auf, mehr zu tun.", "Sicherheitsrat"),
])
def test_german_dative_or_accusative_object_is_the_recipient_not_the_actor(text, target):
    ev = _first(text)
    assert ev.actor is None and ev.target is not None and ev.target.text == target


def test_place_of_a_domestic_event_is_its_state_by_code_only():
    ev = _first("Tausende protestierten in Russland gegen den Krieg.")
    assert ev.type == "PROTEST" and ev.location.text == "Russland"
    assert ev.actor is not None and (ev.actor.text, ev.actor.code) == ("", "RUS")


def test_english_auxiliary_after_the_verb_is_no_passive():
    ev = _first("China warned that there is absolutely no room for compromise.", "en")
    assert ev.actor is not None and ev.actor.code == "CHN" and ev.target is None


def test_english_roles_of_clauses_passives_and_receiving():
    # the subject right after "that"/"when" acts, not the one who reports it or the main clause's subject
    assert _first("Officials reported on Monday that Egypt had arrested three journalists.", "en").actor.code == "EGY"
    assert _first("Trade topped the agenda when Japan met with Chinese officials.", "en").actor.code == "JPN"
    # a passive without an auxiliary ("accused of") and released prisoners make the subject the recipient
    ev = _first("A Kenyan charity accused of funding militants denied the charges.", "en")
    assert ev.type == "ACCUSE" and ev.target is not None and ev.target.code == "KEN"
    ev = _first("The British sailors were released on Friday.", "en")
    assert ev.type == "RETREAT" and ev.target is not None and ev.target.code == "GBR"
    # a noun with its doer after "by"; receiving an act from someone
    assert _first("The company is under investigation by the FBI.", "en").actor.code == "USA"
    ev = _first("Kenya received military aid from Britain.", "en")
    assert (ev.actor.code, ev.target.code) == ("GBR", "KEN")
    # the object inside the pattern ("blame X for") is the recipient
    assert _first("Brazil blamed Argentina for the loss of Chilean jobs.", "en").target.code == "ARG"
    # a country inside the name of a law is no party
    assert not any(e.actor is not None and e.actor.code == "IRN"
                   for e in _code("The Iran Sanctions Act imposes sanctions on banks.", "en"))


def test_english_blast_tariffs_and_participle_modifiers():
    assert _first("Republicans blast Obama over the deal.", "en").type == "ACCUSE"
    assert _first("A blast killed ten people in Kabul.", "en").type == "ASSAULT"
    assert _first("New tariffs on Chinese goods took effect on Friday.", "en").type == "SANCTION"
    assert _first("The coalition fighting the Taliban welcomed the decision of Pakistan.", "en").type == "SUPPORT"


def test_german_plural_verb_agrees_with_the_first_phrase():
    # "Mehrere Staaten haben Israel unterstützt": the plural finite verb agrees with the first phrase, so the
    # singular state after it is the object (recipient), not the actor
    ev = _first("Mehrere Staaten haben Israel unterstützt.")
    assert ev.actor is None and ev.target is not None and ev.target.code == "ISR"
    ev = _first("Viele Länder kritisierten Russland scharf.")
    assert ev.actor is None and ev.target.code == "RUS"
    # a coordinated or plural state is still the subject
    ev = _first("Russland und China haben Israel kritisiert.")
    assert (ev.actor.code, ev.target.code) == ("RUS", "ISR")
    assert _first("Am Montag haben die USA Israel unterstützt.").actor.code == "USA"


def test_english_infinitive_subjects_addressees_and_meeting_places():
    # the object of a verb of forcing or urging (or of "for") is the subject of the infinitive after it
    ev = next(e for e in _code("Iran blocked aid in an attempt to force the U.S. to abandon the base.", "en")
              if e.trigger.text == "abandon")
    assert ev.actor is not None and ev.actor.code == "USA"
    # the one told something is no party of the act told
    ev = _first("Lamrani told Business Insider that MaT was at the forefront of the fight against ISIS.", "en")
    assert ev.actor is None and ev.target.code == "IMG"
    # a city in the meeting noun's own "in" phrase is where they met, not a party
    ev = _first("Das Video wurde auf einer internationalen Konferenz in Riad aufgezeichnet.")
    assert ev.actor is None


def test_doers_after_by_fronted_places_and_pronoun_subjects():
    # the party after "by" of a participle on the act noun does the act
    ev = next(e for e in _code("The agreement was signed by China and Russia on Friday.", "en") if e.type == "AGREE")
    assert ev.actor.code == "CHN" and ev.target is None
    # German: a fronted "In <capital>" right before the verb is where; the subject follows the verb
    ev = _first("In Berlin kritisierte Merkel Russland.")
    assert (ev.actor.text, ev.target.code) == ("Merkel", "RUS")
    # a pronoun first in a German V2 clause is the subject; the state after the finite verb is the object
    ev = _first("Sie hat Russland scharf kritisiert.")
    assert ev.actor is None and ev.target.code == "RUS"


def test_german_noun_subject_first_is_no_object():
    # "Der Österreicher ...": a nominative noun phrase first is the subject; the party after the verb its object
    ev = _first("Der Österreicher kritisierte die Regierung.")
    assert ev.actor is None and ev.target is not None and ev.target.text == "Regierung"
    # a fronted time phrase is no subject: the party after the verb acts
    assert _first("Ein Jahr später griff Russland die Ukraine an.").actor.code == "RUS"


def test_german_city_bodies_and_far_passive_auxiliary():
    # a police, court or prosecutor qualified by a city takes the city's state; after "vom" it is the agent
    assert _first("Die Jenaer Polizei hat einen Mann festgenommen.").actor.code == "DEU"
    ev = _first("Die Zeremonie wurde vom Pariser Bürgermeister abgesagt.")
    assert ev.actor is not None and ev.actor.code == "FRA"
    # the auxiliary of a German passive may stand far before the participle
    ev = _first("Trotzdem wurden diese beiden und viele weitere Städte von der EU-Kommission in gleicher Weise verwarnt.")
    assert ev.actor.code == "IGO"


def test_german_pronoun_right_after_the_verb_is_the_subject():
    # "kritisierte er ... den Politikstil des US-Präsidenten": the pronoun after the finite verb acts, the party
    # after it is the object (not the actor of the V2 fallback)
    ev = _first("Im vergangenen Jahr kritisierte er den Politikstil des US-Präsidenten Donald Trump.")
    assert ev.actor is None and ev.target is not None and ev.target.code == "USA"
    # a party right after the verb is still its subject ("Am Montag griff Russland ... an")
    assert _first("Am Montag griff Russland die Ukraine an.").actor.code == "RUS"


def test_german_durch_after_an_act_noun_names_the_doer():
    ev = _first("Bei der Erstürmung eines Protestcamps sudanesischer Flüchtlinge in Kairo durch die ägyptische Polizei "
                "brach eine Massenpanik aus.")
    assert (ev.actor.code, ev.target.code) == ("EGY", "SDN")
    # not a "durch" that belongs to another noun or verb further on
    ev = _first("Bei ihrem Vormarsch in der Provinz Helmand trafen US-Truppen auf erheblichen Widerstand durch Aufständische.")
    assert ev.actor is not None and ev.actor.text == "US-Truppen"


def test_german_receiver_and_genitive_place_are_recipients():
    # "erhielt weitere Kritik" with no giver named: the one who receives is the recipient, not the actor
    ev = _first("Der pakistanische Präsident Pervez Musharraf erhielt weitere Kritik.")
    assert ev.actor is None and ev.target.code == "PAK"
    # a place in the genitive after a noun of force is what it is done to
    ev = _first("Die israelische Armee hatte heute mit dem Beschuss des Gazastreifens begonnen.")
    assert (ev.actor.code, ev.target.code) == ("ISR", "PSE")


def test_german_place_after_the_trigger_is_no_party():
    # "in Gaza" after the act names where it happens: no party by its own words (at most its state's code)
    ev = _first("Er erzählt von der Geiselhaft in Gaza.")
    assert ev.actor is None or ev.actor.text != "Gaza"
    ev = _first("Russland verhängte Sanktionen gegen Familienmitglieder in China.")
    assert ev.actor.code == "RUS" and (ev.target is None or ev.target.text != "China")


def test_german_genitive_person_after_an_act_noun_undergoes_it():
    ev = _first("Die Entführung eines Staatschefs wird toleriert.")
    assert ev.actor is None and ev.target is not None and ev.target.text == "Staatschefs"
    # a state in the genitive does the act
    ev = next(e for e in _code("Der Angriff Russlands traf die Ukraine.") if e.type == "ASSAULT")
    assert ev.actor.code == "RUS"


def test_short_name_in_brackets_is_the_actor_itself():
    ev = _first("Diese Woche tagt die Europäische Zentralbank (EZB) erneut über den Leitzins.")
    assert ev.actor.code == "IGO" and ev.target is None
    # the next party of the clause is the recipient
    ev = _first("Der Internationale Gerichtshof (IGH) hat Israel zu Sofortmaßnahmen verpflichtet.")
    assert (ev.actor.code, ev.target.code) == ("IGO", "ISR")


def test_distancing_from_values_is_no_rejection():
    """The seed page's 'zwei Staaten, die sich zunehmend von westlichen Werten ... distanzieren' is a stance;
    distancing oneself from what someone said stays a rejection."""
    assert not _code("Die beiden Staaten distanzieren sich zunehmend von westlichen Werten und Prinzipien.")
    assert _first("Die Partei distanzierte sich von den Äußerungen ihres Vorsitzenden.").type == "REJECT"


def test_scorer_reads_cameo_legacy_codes_as_iso():
    # The PLOVER gold spells three states with CAMEO's older codes; lesart codes ISO alpha-3.
    from lesart.evaluation.events import _gold_codes

    assert _gold_codes([{"entity_text": "Japan", "code": "JAP"}, {"entity_text": "Italy", "code": "ITL"}]) \
        == {"JPN", "ITA"}
    assert _gold_codes([{"entity_text": "Hanoi", "code": "VTN"}, {"entity_text": "x"}]) == {"VNM"}
    assert _gold_codes(None) == set()


def test_forces_a_coded_actor_moves_are_its_own():
    # the one state named is where the troops go, not whose troops they are
    ev = _first("Die Nato verlegt Truppen nach Litauen.")
    assert ev.type == "MOBILIZE" and ev.actor.code == "IGO"
    assert ev.target is None or ev.target.text != "Truppen"


def test_job_cuts_are_business_news_not_sanctions():
    assert _code("Volkswagen will in Wolfsburg 3.000 Stellen streichen.") == []
    assert _code("Der Konzern streicht 500 Arbeitsplätze.") == []
    assert [ev.type for ev in _code("Die Regierung streicht die Hilfen für die Ukraine.")] == ["SANCTION"]


def test_attacking_forces_is_force_attacking_a_politician_is_criticism():
    assert _first("Rebels attacked government forces near Aleppo.", "en").type == "ASSAULT"
    assert _first("Police attacked opposition leader Navalny.", "en").type == "ASSAULT"
    # with the entities layer, as the pipeline runs: Cruz is a person, and no force is named
    from lesart.evaluation.events import code_sentence
    assert code_sentence("He attacked Cruz relentlessly.", "en").events[0].type == "ACCUSE"


def test_a_judged_situation_in_a_place_is_no_criticism_of_a_party():
    from lesart.evaluation.events import code_sentence
    assert code_sentence("Officials said the situation in Gaza is disastrous.", "en").events == []
    assert code_sentence("Biden said Putin is a killer.", "en").events[0].type == "ACCUSE"


def test_deaths_in_a_disaster_are_no_attack():
    from lesart.evaluation.events import code_sentence
    assert code_sentence("Das Unwetter forderte drei Todesopfer.", "de").events == []
    assert code_sentence("Bei dem Erdbeben kamen 40 Menschen ums Leben.", "de").events == []
    assert code_sentence("The storm killed three people.", "en").events == []
    assert code_sentence("Der Anschlag forderte 40 Tote.", "de").events[0].type == "ASSAULT"
    assert code_sentence("Police stormed the building.", "en").events[0].type == "ASSAULT"
    # "sein ... auf X angewiesen" is to depend on X, not an order
    assert code_sentence("Die Firma ist auf Zulieferer aus China angewiesen.", "de").events == []


def test_hiring_is_no_order():
    from lesart.evaluation.events import code_sentence
    assert code_sentence("Der Verein verpflichtete einen neuen Trainer.", "de").events == []
    assert code_sentence("Der Internationale Gerichtshof hat Israel zu Sofortmaßnahmen verpflichtet.",
                         "de").events[0].type == "REQUEST"


def test_headwind_without_a_party_is_weather():
    from lesart.evaluation.events import code_sentence
    assert code_sentence("Der Segler hatte starken Gegenwind.", "de").events == []


def test_ruling_on_a_lawsuit_is_no_conviction():
    from lesart.evaluation.events import code_sentence
    assert all(ev.type != "SANCTION" for ev in code_sentence("Das Gericht urteilte am Montag über die Klage.", "de").events)


def test_job_cuts_announced_and_deaths_from_a_disease_are_no_acts():
    assert _code("Siemens kündigte einen Stellenabbau an.") == []
    assert _code("Siemens hat Massenentlassungen angekündigt.") == []
    assert _code("Das Coronavirus tötet vor allem ältere Menschen.") == []
    assert _code("The virus has killed more than 300 people.", "en") == []
    assert [e.type for e in _code("Bei dem Anschlag wurden drei Menschen getötet.")] == ["ASSAULT"]


def test_what_is_expected_is_still_to_come():
    [ev] = [e for e in _code("Jugendliche, die gegen den Krieg protestieren, erwarten hohe Strafen.") if e.type == "SANCTION"]
    assert ev.status == "planned"
    [ev] = _code("Israel startete am Samstagabend die seit Tagen erwartete Bodenoffensive in den Gazastreifen.")
    assert ev.status == "happened"


def test_an_assumption_is_no_acceptance():
    from lesart.api import analyze_text
    for text, expected in (("Das Berufungsgericht hat angenommen, dass die Beklagte haftet.", []),
                           ("Angenommen, Deutschland folgt dem Vorbild.", []),
                           ("Die UNESCO hat sich des Themas angenommen.", []),
                           ("Die Regierung nahm das Angebot der Gewerkschaft an.", ["AGREE"])):
        doc = analyze_text("Titel\n\n" + text, published="2025-03-27")
        assert [e.type for e in doc.events] == expected, text
