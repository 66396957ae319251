"""German speakers by case and position, and frames around 'heißt es' and colons (speakers_de)."""
from __future__ import annotations

from lesart.model import Claim, Entity, Source
from lesart.stages.claims.speakers_de import colon_frames, german_speakers, impersonal_frames
from test_claims import make_doc


def _doc(text, entities=()):
    doc = make_doc([text])
    for name, label in entities:
        k = text.index(name)
        doc.entities.append(Entity(start=k, end=k + len(name), text=name, label=label))
    return doc


def _claim(doc, content, mode="reported", source=None, cue=None):
    k = doc.text.index(content)
    src = None
    if source is not None:
        s = doc.text.index(source)
        src = Source(start=s, end=s + len(source), text=source, kind="person")
    cu = None
    if cue is not None:
        u = doc.text.index(cue)
        cu = doc.span(u, u + len(cue))
    return Claim(start=k, end=k + len(content), text=content, mode=mode, source=src, cue=cu)


def test_the_object_after_the_verb_is_not_the_speaker():
    text = "Die frühere Botschafterin Maria Lenz lobte Kramer in der Zeitung als „verlässliche Partnerin“."
    doc = _doc(text, [("Maria Lenz", "PER"), ("Kramer", "PER")])
    c = _claim(doc, text[:-1], source="Kramer", cue="lobte")
    [out] = german_speakers(doc, [c])
    assert out.source.text == "Die frühere Botschafterin Maria Lenz"


def test_a_fronted_object_is_not_the_speaker():
    text = "Den Verkauf der Werft an den Investor nannte Betriebsrat Olaf Kunz einen „schweren Fehler“."
    doc = _doc(text, [("Olaf Kunz", "PER")])
    c = _claim(doc, "„schweren Fehler“", mode="direct", source="Den Verkauf der Werft an den Investor", cue="nannte")
    [out] = german_speakers(doc, [c])
    assert out.source.text == "Betriebsrat Olaf Kunz"


def test_subject_after_the_verb_and_prepositional_frames_stay():
    text = "Am Dienstag kritisierte die Ministerin den Plan scharf."
    doc = _doc(text)
    c = _claim(doc, text[:-1], source="die Ministerin", cue="kritisierte")
    assert german_speakers(doc, [c])[0].source.text == "die Ministerin"
    text = "Laut dem Sprecher der Stadt bleibt die Brücke gesperrt."
    doc = _doc(text)
    c = _claim(doc, "bleibt die Brücke gesperrt", source="dem Sprecher der Stadt", cue="Laut")
    assert german_speakers(doc, [c])[0].source.text == "dem Sprecher der Stadt"


def test_the_listener_is_cut_off_the_speaker():
    text = "„Wir bleiben hier“, sagte die 70-Jährige dem Lokalradio."
    doc = _doc(text)
    c = _claim(doc, "„Wir bleiben hier“", mode="direct", source="die 70-Jährige dem Lokalradio", cue="sagte")
    assert german_speakers(doc, [c])[0].source.text == "die 70-Jährige"


def test_a_partial_quotation_in_a_clause_with_its_own_subject():
    text = ("„Das ist ein Verlust“, sagte Bürgermeister Tom Weis. "
            "Die Verlegerin Anna Roth würdigte die Autorin als „leise Chronistin ihrer Stadt“.")
    doc = _doc(text, [("Tom Weis", "PER"), ("Anna Roth", "PER")])
    c = _claim(doc, "„leise Chronistin ihrer Stadt“", mode="direct", source="Bürgermeister Tom Weis")
    [out] = german_speakers(doc, [c])
    assert (out.source.text, out.cue.text) == ("Die Verlegerin Anna Roth", "würdigte")


def test_heisst_es_frames():
    text = "Zwei Kühe seien entlaufen, hieß es."
    doc = _doc(text)
    c = Claim(start=0, end=len(text) - 1, text=text[:-1], mode="asserted")
    [out] = impersonal_frames(doc, [c])
    assert (out.mode, out.text, out.cue.text, out.source.kind) == ("indirect", "Zwei Kühe seien entlaufen",
                                                                   "hieß es", "unspecified")
    text = "Es hieß damals, die Strecke werde bald wieder befahren."
    doc = _doc(text)
    c = _claim(doc, text, mode="indirect")
    [out] = impersonal_frames(doc, [c])
    assert (out.text, out.cue.text) == ("die Strecke werde bald wieder befahren.", "Es hieß")


def test_colon_frames_name_the_speaker():
    text = "Vom Hersteller heißt es dazu: „Alle Geräte wurden geprüft.“"
    doc = _doc(text, [("Hersteller", "ORG")])
    c = _claim(doc, "„Alle Geräte wurden geprüft.“", mode="direct")
    [out] = colon_frames(doc, [c])
    assert (out.source.text, out.cue.text) == ("Hersteller", "heißt es")
    text = "Wovor Förster Ben Alt besonders warnt: „Gehen Sie nicht allein in den Wald.“"
    doc = _doc(text, [("Ben Alt", "PER")])
    c = _claim(doc, "„Gehen Sie nicht allein in den Wald.“", mode="direct")
    assert colon_frames(doc, [c])[0].source.text == "Förster Ben Alt"
    text = "Wir erinnern an Sätze wie: „Die Stadt gehört allen.“"       # the author quoting: no one named
    doc = _doc(text)
    c = _claim(doc, "„Die Stadt gehört allen.“", mode="direct")
    assert colon_frames(doc, [c])[0].source is None


def test_page_kinds_of_sites_companies_and_club_heads():
    from lesart.stages.claims.sources import page_kinds

    def kind_of(text, source, kind="person"):
        doc = _doc(text)
        c = _claim(doc, text[:20], source=source)
        c.source.kind = kind
        return page_kinds(doc, [c])[0].source.kind

    assert kind_of("Laut Pilzratgeber.de wächst der Pilz im Herbst.", "Pilzratgeber.de") == "media"
    assert kind_of("Der Versandhändler Zalimo wuchs. Zalimo teilte mit, der Umsatz steige.", "Zalimo") == "organisation"
    assert kind_of("Die Lehrerin Zalimo erklärte, sie bleibe. Zalimo sagte, sie sei froh.", "Zalimo") == "person"
    assert kind_of("Der Vorstand des Rotary Clubs wählte. „Wir freuen uns“, so der neue Präsident Udo Mai.",
                   "der neue Präsident Udo Mai", "government") == "organisation"
    assert kind_of("„Wir bleiben“, sagte Yamaha-Präsident Ken Oda.", "Yamaha-Präsident Ken Oda", "government") == "organisation"
    assert kind_of("„Wir bleiben“, sagte US-Präsident Joe Kay.", "US-Präsident Joe Kay", "government") == "government"


def test_english_said_to_be_names_no_source():
    from lesart.stages.claims import _no_hearsay_subject
    text = "Two Dutch firms are said to be among the bidders for the port."
    doc = _doc(text)
    doc.language = "en"
    c = _claim(doc, "to be among the bidders for the port", mode="hearsay", source="Two Dutch firms", cue="said")
    assert _no_hearsay_subject(doc, c).source is None
    text = "The mayor said the port would be sold to pay debts."
    doc = _doc(text)
    c = _claim(doc, "the port would be sold", mode="indirect", source="The mayor", cue="said")
    assert _no_hearsay_subject(doc, c).source.text == "The mayor"
