"""German event rules made for generality in the dev9 round (tests/data/events_de.README.md, "dev9": a blind batch of
GerNTSA and Fundus dev sentences, and the failures found by reading whole pages). The sentences below are written
for the test, not taken from the gold set."""
import pytest

from lesart.evaluation.events import code_sentence


def test_dev9_is_its_own_split_with_sentences_of_no_event():
    from lesart.evaluation.events import evaluate, load

    rows = load("all", "de")
    dev9 = load("dev9", "de")
    assert len(dev9) == 163      # 125 read first, 38 read on after the round's rules
    assert {r["source"]["selection"] for r in dev9} == {"dev9-gerntsa-seed20", "dev9-fundus-seed22"}
    assert not {r["text"] for r in dev9} & {r["text"] for r in rows if r["split"] != "dev9"}
    # GerNTSA read on after dev7 (positions 0-699), Fundus dev pages only (never a test page)
    assert all(r["source"]["position"] >= 700 for r in dev9 if r["id"].startswith("DE-NT9"))
    none = [r for r in dev9 if not r["event"]]
    assert len(none) == 24 and all(r["status"] is None and not r["actor"] for r in none)
    res = evaluate("dev9", "de")
    assert res["none_n"] == 24 and None not in res["per_type"]


def _first(text):
    doc = code_sentence(text, "de")
    return doc.events[0] if doc.events else None


@pytest.mark.parametrize("text,actor,target", [
    # German V2 with a fronted adverbial: the name after the finite verb is the subject, the party after it the object
    ("Am Montag kritisierte Julia Klöckner die Regierung.", "Julia Klöckner", "Regierung"),
    ("Am Montag hat Julia Klöckner die Regierung scharf kritisiert.", "Julia Klöckner", "Regierung"),
    ("Dabei verurteilte Tino Chrupalla die Proteste vor dem Wohnhaus der Ministerin.", "Tino Chrupalla", "Ministerin"),
])
def test_subject_after_the_finite_verb_is_the_actor(text, actor, target):
    ev = _first(text)
    assert ev.actor.text == actor and ev.target.text == target


@pytest.mark.parametrize("text,actor", [
    ("Am Montag wurde Julia Klöckner von der Regierung kritisiert.", "Regierung"),     # passive: acted on
    ("Gestern verhaftete die Polizei Julia Klöckner.", "Polizei"),                     # the subject comes first
])
def test_a_name_after_the_verb_that_is_no_subject_is_not_the_actor(text, actor):
    assert _first(text).actor.text == actor


@pytest.mark.parametrize("text", [
    "Der Mann schlug einen Polizisten.",
    "Mehrere Männer hatten den Obdachlosen geschlagen und getreten.",
    "Der Vater soll seine Kinder regelmäßig geschlagen haben.",
])
def test_a_blow_is_an_assault(text):
    ev = _first(text)
    assert ev.type == "ASSAULT" and ev.mode == "beat"


@pytest.mark.parametrize("text", [
    # "schlagen" that strikes no one: a particle, a fixed phrase, reflexive, flames
    "Der Versuch schlug fehl.",
    "Die Opposition schlug Alarm.",
    "Die Regierung will eine Brücke zu den Gewerkschaften schlagen.",
    "Er hat sich im Wahlkampf gut geschlagen.",
    "Die Kosten schlagen mit 20 Millionen Euro zu Buche.",
    "Durch die Hitze barsten die Scheiben, Flammen schlugen auf die Straße.",
    # sports reports: a race, a tennis match, a derby, a pitch invasion; conceding defeat
    "Jeweils in vier Sätzen schlug er den an Nummer 12 gesetzten Franzosen.",
    "Der Belgier wagte in der Abfahrt der letzten Runde den entscheidenden Angriff.",
    "Nach dem Derby wurde der Stürmer vom Platz geschossen.",
    "Beim Platzsturm nach dem Bundesliga-Aufstieg wurden mehrere Menschen verletzt.",
    "Die Schwimmerin musste sich im Finale nur der Italienerin geschlagen geben.",
])
def test_no_blow(text):
    ev = _first(text)
    assert ev is None or ev.type != "ASSAULT"


def test_a_proposal_after_an_apposition_is_no_blow():
    ev = _first("Des Weiteren schlug der Fraktionschef den Obmann im Ausschuss, Thomas Weber, als Nachfolger vor.")
    assert ev is None or ev.type != "ASSAULT"


def test_fans_attacking_police_at_a_derby_stay_an_assault():
    assert _first("Nach dem Derby griffen Fans mehrere Polizisten mit Flaschen an.").type == "ASSAULT"


def test_a_comma_between_adjectives_does_not_split_the_clause():
    # the object after "unschuldige, völlig unbewaffnete" is no actor of its own clause
    ev = _first("Die syrische Armee hat zahlreiche friedliche, unbewaffnete Zivilisten erschossen.")
    assert ev.type == "ASSAULT" and ev.actor.code == "SYR" and ev.target.text == "Zivilisten"
    ev = _first("„Könnte jemand dem Papst sagen, dass der Iran mindestens 42.000 unschuldige, völlig unbewaffnete "
                "Demonstranten getötet hat?“, schrieb Trump am Mittwoch.")
    assert ev.type == "ASSAULT" and ev.actor.code == "IRN"
    assert ev.target is None or ev.target.code != "USA"      # the speaker of the tag is no recipient


@pytest.mark.parametrize("text", [
    "Der Iran warf den Medien vor, Lügen zu verbreiten.",
    "Teheran warf den westlichen Medien vor, die Proteste anzuheizen.",
])
def test_the_media_a_state_accuses_are_not_its_own(text):
    ev = _first(text)
    assert ev.type == "ACCUSE" and ev.actor.code == "IRN" and (ev.target is None or ev.target.code is None)


@pytest.mark.parametrize("text", [
    "Polizisten gehen mit Schlagstöcken gegen Demonstranten vor (Symbolbild).",
    "Ein Notarzt konnte den schwer verletzten Mann nicht mehr retten (Symbolfoto).",
])
def test_a_symbol_picture_caption_reports_no_event(text):
    assert _first(text) is None


@pytest.mark.parametrize("text,typ", [
    ("Der Sänger ohrfeigte den Moderator auf offener Bühne.", "ASSAULT"),
    ("Bei einem Streit zog der Mann eine Pistole, drückte ab und verletzte den Nachbarn.", "ASSAULT"),
    ("Ein Mann liegt nach einem Schusswaffeneinsatz der Polizei im Krankenhaus.", "ASSAULT"),
    ("Der Verband hatte den Spieler zu einer hohen Geldstrafe verdonnert.", "SANCTION"),
    ("Die Staatsanwaltschaft hat Vorermittlungen gegen den Bürgermeister eingeleitet.", "ACCUSE"),
    ("Die Kanzlerin drückte den Helfern ihren großen Respekt aus.", "SUPPORT"),
    ("Die beiden Minister besiegelten das Abkommen mit einem Handschlag.", "SUPPORT"),
    ("Gegen den flüchtigen Mann wurde ein Haftbefehl ausgestellt.", "COERCE"),
    # protecting oneself is no aid given: the attack is the event
    ("Die Angriffe auf die Stadt gehen weiter, viele Bewohner schützen sich in Kellern.", "ASSAULT"),
])
def test_dev9_vocabulary(text, typ):
    assert _first(text).type == typ


@pytest.mark.parametrize("text", [
    "Eine Autofahrerin missachtete am Abend eine rote Ampel und stieß mit einem Bus zusammen.",
    "Bei der Explosion eines Einfamilienhauses sind zwei Menschen verletzt worden.",
    "Bei einer Gasexplosion in einem Wohnhaus starben drei Menschen.",
])
def test_everyday_scenes_report_no_event(text):
    assert _first(text) is None


def test_an_explosion_in_a_metro_station_stays_an_attack():
    assert _first("Bei einer Explosion in einer Metro-Station sind neun Menschen getötet worden.").type == "ASSAULT"


@pytest.mark.parametrize("text,code", [
    # Austrian federal offices and parties, leaders named without their country
    ("Freitagabend ist Bundeskanzler Karl Nehammer zu seinem Besuch in die Ukraine aufgebrochen.", "AUT"),
    ("Die ÖVP wies die Vorwürfe des Rechnungshofs zurück.", "AUT"),
    ("Auch Gesundheitsminister Karl Lauterbach hat die Pläne scharf kritisiert.", "DEU"),
])
def test_actor_codes_of_named_austrian_and_german_politicians(text, code):
    assert _first(text).actor.code == code


def test_a_german_federal_title_stays_german():
    assert _first("Bundeskanzler Olaf Scholz reiste am Montag nach Kiew.").actor.code == "DEU"


def test_parties_after_a_preposition_or_in_the_dateline_are_no_subject():
    # dev9 (GerNTSA): the fronted adverbial names the USA and Mexico, the dateline dpa; the government sues
    ev = _first("Boston/Mexiko-Stadt (dpa) - Wegen des Gebrauchs geschmuggelter Waffen aus den USA durch kriminelle "
                "Gruppen in Mexiko hat die mexikanische Regierung mehrere Waffenhersteller und -händler in den USA "
                "verklagt.")
    assert (ev.type, ev.actor.text, ev.actor.code, ev.target.code) == ("ACCUSE", "mexikanische Regierung", "MEX", "USA")
    # with no other party before the verb, one after a preposition may still act: the court the trial is before
    # (dev: the place "Den Haag" acted before), and the German column of the actor table knows "ICTY"
    ev = _first("Am Mittwoch hat in Den Haag vor dem Internationalen Strafgerichtshof für das ehemalige Jugoslawien "
                "(ICTY) der Kriegsverbrecherprozess gegen Ratko Mladić begonnen.")
    assert (ev.type, ev.actor.text, ev.actor.code) == ("ACCUSE", "ICTY", "IGO")
