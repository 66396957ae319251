"""German event rules made from the errors of the blind news sample dev6 (tests/data/events_de.README.md, "dev6":
news pages of trafilatura's German evaluation set); the split itself must leave dev and test alone."""
import pytest

from german_events import first_event as _first, first_type as _type


def test_dev6_is_its_own_split_from_pages_no_batch_read():
    from lesart.evaluation.events import load

    rows = load("all", "de")
    dev6 = load("dev6", "de")
    assert len(dev6) == 75 and all(r["source"]["selection"] == "dev6-seed19" for r in dev6)
    assert all(r["source"]["document"].startswith("trafilatura-eval/") for r in dev6)
    assert len(load("dev", "de")) == 668 and len(load("test", "de")) == 120
    assert not {r["text"] for r in dev6} & {r["text"] for r in rows if r["split"] != "dev6"}


@pytest.mark.parametrize("text,typ", [
    # judgements in a speaker's mouth without a verb of criticism
    ("Der Umgang der Politik mit dem Thema sei allerdings völlig unangemessen, so Precht.", "ACCUSE"),
    ("Dies ist der Beginn einer „neuen Stufe der Unterdrückung“, so die nicaraguanische Frauenrechtlerin María "
     "Teresa Blandón.", "ACCUSE"),
    ("Er finde es verwunderlich, dass Lucke nicht eher aus dem Hörsaal gegangen sei, sagte Dolzer.", "ACCUSE"),
    # ... but not an assessment, a state of affairs or a negated neutral word
    ("Die Lage sei ernst, sagte der Sprecher.", None),
    ("Für Änderungen im Innenausbau sei keine Genehmigung nötig, sagte Féraud.", None),
    ("„Die richtige Raumtemperatur ist ein Schutz der Wohnung vor Frostschäden und Schimmel“, sagt Lau.", None),
    ("„Das waren bedauerliche Einzelfälle“, sagt Mazzucotelli.", None),
    # anger voiced, blame
    ("Schon im Sommer 2017 hatte die Stadt ihrem Ärger über das sich hinziehende Verfahren Luft gemacht.", "ACCUSE"),
    ("Die Stadt sieht aufgrund mangelnder Bauausführung das damalige Bauunternehmen in der Schuld.", "ACCUSE"),
    # granting a request, wishing well, canvassing for backing, following an invitation
    ("Einem Antrag auf Aufschub würden die 27 übrigen EU-Staaten mit hoher Wahrscheinlichkeit stattgeben.", "CONCEDE"),
    ("Donald Trump wünscht Nordkoreas Diktator alles Gute.", "SUPPORT"),
    ("Zu Beginn der Debatte hatte Johnson noch einmal eindringlich um Unterstützung für den neuen Brexit-Vertrag "
     "geworben.", "REQUEST"),
    ("Kim lud Trump nach Nordkorea ein, er folgte der Einladung und betrat nordkoreanischen Boden.", "CONSULT"),
    # imprisonment, border checks and closures
    ("Deniz Yücel saß im türkischen Gefängnis.", "COERCE"),
    ("Die Bundespolizei kontrolliere alle Einreisenden.", "COERCE"),
    ("An der Brücke kontrollieren die Bundespolizei und der Zoll.", "COERCE"),
    ("In den folgenden Tagen wurden alle Übergänge verrammelt, Brücken gesperrt.", "COERCE"),
    # a local road closure stays no event
    ("Die Brücke ist wegen Bauarbeiten gesperrt.", None),
    # penalties that loom; campaign help is no aid
    ("Der Partei droht damit eine Millionenstrafe wegen illegaler Parteispenden.", "SANCTION"),
    ("Neben dem Image-Schaden droht dem Konzern ein Bußgeld.", "SANCTION"),
    ("Stuft die Verwaltung das Blatt als illegale Wahlkampfhilfe ein, kommt eine höhere Strafe auf die AfD zu.",
     "SANCTION"),
    # "droht damit, ... zu" is still a threat
    ("Die Partei droht damit, das Wahlergebnis nicht zu akzeptieren.", "THREATEN"),
    # a meeting one will not join is refused; one that did not happen stays denied
    ("Der Premierminister machte deutlich, dass er sich nicht an den Verhandlungen beteiligen wird.", "REJECT"),
    ("Die Regierung will nicht mit den Rebellen verhandeln.", "REJECT"),
    ("Bisher hat sich die Regierung nicht für die Vorfälle entschuldigt.", "SUPPORT"),
    # the main clause's act, not one in a free relative clause
    ("Man habe lediglich eine Kundgebung organisiert, bei der es darum gegangen sei, dass darüber diskutiert wird, "
     "wer sich hier in den Universitätsbetrieb zurückzieht.", "PROTEST"),
])
def test_dev6_news_constructions(text, typ):
    assert _type(text) == typ


def test_looming_penalty_is_not_a_threat_and_is_hypothetical():
    ev = _first("Neben dem Image-Schaden droht dem Konzern ein Bußgeld.")
    assert (ev.type, ev.status) == ("SANCTION", "hypothetical")


def test_direct_speech_judgement_is_the_speakers_criticism_of_the_party_judged():
    ev = _first("„Die Bundesregierung handelt bei der Forschungssicherheit weiterhin zu langsam, zu unklar und zu "
                "unentschlossen“, sagt Ayşe Asar, Grünen-Sprecherin für Forschung im Bundestag.")
    assert ev.type == "ACCUSE"
    assert ev.target is not None and ev.target.text == "Bundesregierung"
    assert ev.actor is not None and ev.actor.text != "Bundesregierung"


@pytest.mark.parametrize("text,typ", [
    # blame across a long middle field: the predicative word closes its verb's bracket like a final verb
    ("Regierungsvertreter machen die größte Oppositionspartei „Koalition für Einheit und Entwicklung“ (CUD) für die "
     "Eskalation der Gewalt verantwortlich.", "ACCUSE"),
    # reacting with dismay
    ("Mit Befremden reagierte die Schwesterpartei der CSU am Mittwoch auf die Forderung des CSU-Vorsitzenden.",
     "ACCUSE"),
    ("Die Opposition reagierte mit Unverständnis auf den Plan der Regierung.", "ACCUSE"),
])
def test_blame_and_dismay(text, typ):
    assert _type(text) == typ


def test_biting_a_person_is_an_assault():
    ev = _first("Der Mann biss den Polizisten in die Hand.")
    assert (ev.type, ev.mode) == ("ASSAULT", "beat")


@pytest.mark.parametrize("text,code", [
    ("Oppositionsführer Jeremy Corbyn von der Labour-Partei erteilte Johnson aber sofort eine Absage.", "GBR"),
    ("Die Labour-Partei kritisierte die Regierung.", "GBR"),
    ("Düsseldorf: Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige", "NGO"),
])
def test_british_opposition_and_animal_rights_groups_as_actors(text, code):
    ev = _first(text)
    assert ev.actor is not None and ev.actor.code == code
