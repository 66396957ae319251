"""Entity rules from the fifth reading round on real pages (issue 4): whole sentences from German
trafilatura_de pages and English Scrapinghub dev pages, through the stage's page rules."""
from __future__ import annotations

from lesart.stages.entities import page
from lesart.stages.entities.document import _Context


def _apply(text, spans, lang):
    ents = []
    pos = {}
    for s, lab in spans:
        i = text.index(s, pos.get(s, 0))
        pos[s] = i + 1
        ents.append([i, i + len(s), lab, None])
    out = page.apply(text, ents, lang, _Context(text, [0], lang))
    return {(text[x[0]:x[1]], x[2], x[3]) for x in out}


def test_job_titles_are_no_names():
    text = ("my6sense Names Mobile Marketing Pioneer Ivan Braiker Chief Strategy Officer\n\nNew York - my6sense "
            "is adding mobile marketing pioneer Ivan Braiker as the company’s first Chief Strategy Officer.")
    out = _apply(text, [("Ivan Braiker Chief Strategy Officer", "ORG"), ("Ivan Braiker", "PER"),
                        ("Strategy Officer", "PER")], "en")
    assert out == {("Ivan Braiker", "PER", None)}
    text = "Senate Leader, Ahmad Lawan raises a motion on the deaths."
    assert _apply(text, [("Senate Leader", "PER"), ("Ahmad Lawan", "PER")], "en") == {("Ahmad Lawan", "PER", None)}


def test_office_of_a_firm_names_the_firm():
    text = ("Ivan served as the CEO of Hipcricket, a mobile marketing company. He brings his experience, "
            "most notably from Hipcricket, said the founder.")
    out = _apply(text, [("CEO of Hipcricket", "ORG"), ("Hipcricket", "LOC")], "en")
    assert out == {("Hipcricket", "ORG", None)}


def test_trade_terms_and_identifiers_are_no_bodies():
    text = "With our enhanced AI technology and an open programmatic RTB exchange we grow."
    assert _apply(text, [("AI", "ORG"), ("RTB", "ORG")], "en") == set()
    text = "ATC Code\n\nPreise verfügbar: PZN, AVP/UVP, Festbetrag. Science 371, DOI 10.1126/science.abe4688"
    assert _apply(text, [("ATC Code", "ORG"), ("PZN", "ORG"), ("AVP/UVP", "ORG"), ("DOI", "ORG")], "de") == set()


def test_english_body_names_read_as_misc_are_bodies():
    text = "— The Nigerian Senate (@NGRSenate) October 9, 2018"
    assert _apply(text, [("Nigerian Senate", "MISC")], "en") == {("Nigerian Senate", "ORG", None)}
    text = "sowie des RIKEN Nishina Centers for Accelerator-Based Science in Tokyo"
    assert ("RIKEN Nishina Centers for Accelerator-Based Science", "ORG", None) in _apply(
        text, [("RIKEN Nishina Centers for Accelerator-Based Science", "MISC")], "de")
    # a law or a show with such a word inside stays MISC
    text = "The Senate Bill 5 passed."
    assert _apply(text, [("Senate Bill 5", "MISC")], "en") == {("Senate Bill 5", "MISC", None)}


def test_journal_is_a_body_on_the_whole_page():
    text = ("Die Ergebnisse sind in einem Beitrag in der Zeitschrift Science zu finden. Quelle: Tanaka et al., "
            "In: Science; Vol. 371.")
    out = _apply(text, [("Science", "LOC"), ("Science", "LOC")], "de")
    assert out == {("Science", "ORG", None)}


def test_words_glued_by_the_markup_are_cut():
    text = ("Axel Hellmann übernimmt die Geschäftsbereiche Marketing und KommunikationBruno Hübner erhält "
            "neuen DreijahresvertragEintracht Frankfurt stellt die Weichen. Mit Bruno Hübner und Eintracht "
            "Frankfurt plant der Vorstand.")
    spans = [("KommunikationBruno Hübner", "ORG"), ("DreijahresvertragEintracht Frankfurt", "ORG"),
             ("Bruno Hübner", "PER"), ("Eintracht Frankfurt", "ORG")]
    out = _apply(text, spans, "de")
    assert out == {("Bruno Hübner", "PER", None), ("Eintracht Frankfurt", "ORG", None)}
    # each piece takes the label the page gives that name where it stands alone
    text = ("Der Vertrag mit Bruno Hübner läuft weiter, als Sportdirektor von Eintracht Frankfurt.Sportdirektor "
            "Bruno Hübner: Ich danke Eintracht Frankfurt.")
    spans = [("Bruno Hübner", "PER"), ("Eintracht Frankfurt.Sportdirektor Bruno Hübner", "ORG"),
             ("Eintracht Frankfurt", "ORG")]
    out = _apply(text, spans, "de")
    assert ("Bruno Hübner", "PER", None) in out and ("Eintracht Frankfurt", "ORG", None) in out
    # a name with an inner capital and no glued piece of its own stays ("ThyssenKrupp Steel")
    text = "Die ThyssenKrupp Steel baut um."
    assert _apply(text, [("ThyssenKrupp Steel", "ORG")], "de") == {("ThyssenKrupp Steel", "ORG", None)}


def test_plural_verbal_nouns_are_no_places():
    text = "In der Windy City hat der Sheriff der Stadt Zwangsräumungen bis zum 18. Mai ausgesetzt."
    assert _apply(text, [("Zwangsräumungen", "LOC")], "de") == set()
    text = "Als wir 1994 den Film „Begegnungen“ drehten, war alles anders."
    assert _apply(text, [("Begegnungen", "MISC")], "de") == {("Begegnungen", "MISC", None)}


def test_autonomous_region_is_a_place():
    text = "The patient was hospitalized in north China’s Inner Mongolia Autonomous Region, the agency said."
    out = _apply(text, [("Inner Mongolia Autonomous Region", "ORG")], "en")
    assert out == {("Inner Mongolia Autonomous Region", "LOC", None)}


def test_names_joined_by_ampersand_are_one_firm():
    text = "It won awards from Frost & Sullivan, CTIA and Ernst & Young."
    out = _apply(text, [("Frost & Sullivan", "ORG"), ("CTIA", "ORG"), ("Ernst", "ORG"), ("Young", "ORG")], "en")
    assert ("Ernst & Young", "ORG", None) in out and ("Ernst", "ORG", None) not in out
    # two drivers, two universities' acronyms: two names each
    text = "Das können Gasly & Tsunoda. Die beiden technischen Hochschulen (ETH & EPFL) forschen."
    out = _apply(text, [("Gasly", "PER"), ("Tsunoda", "PER"), ("ETH", "ORG"), ("EPFL", "ORG")], "de")
    assert len(out) == 4


def test_firm_in_a_list_after_possessives():
    text = "It has 100 brands as clients including Ford, Macy’s, Kellogg’s, NBC, Fox and others."
    out = _apply(text, [("Ford", "ORG"), ("Macy", "ORG"), ("Kellogg", "PER"), ("NBC", "ORG")], "en")
    assert ("Kellogg", "ORG", None) in out


def test_firm_by_majority_also_over_a_place_reading():
    text = ("Alibaba is set to raise money. Alibaba shares closed up. One of Alibaba’s New York-listed shares "
            "will be worth eight of its Hong Kong shares.")
    out = _apply(text, [("Alibaba", "ORG"), ("Alibaba", "ORG"), ("Alibaba", "LOC")], "en")
    assert out == {("Alibaba", "ORG", None)}


def test_firm_after_a_german_group_noun():
    text = "Es sind RWE, der Ölkonzern Equinor und Invenergy. Während Equinor zwei GW angibt, plant RWE mehr."
    out = _apply(text, [("RWE", "ORG"), ("Equinor", "ORG"), ("Invenergy", "ORG"), ("Equinor", "LOC"),
                        ("RWE", "ORG")], "de")
    assert ("Equinor", "LOC", None) not in out and ("Equinor", "ORG", None) in out


def test_acronym_and_role_before_a_name():
    text = "Das sei sehr wichtig, sagt ATU-Organisator Gutierrez gegenüber der Zeitung."
    out = _apply(text, [("ATU-Organisator Gutierrez", "PER")], "de")
    assert out == {("Gutierrez", "PER", None)}


def test_place_after_a_place_noun_stays_a_place():
    text = ("Ein Projekt im Londoner Stadtteil Holborn. Zum Umbau des Holborn Community Center lesen Sie hier. "
            "Das Holborn Community Center öffnet im Mai.")
    out = _apply(text, [("Holborn", "LOC"), ("Holborn Community Center", "MISC"), ("Holborn Community Center",
                                                                                  "ORG")], "de")
    assert ("Holborn", "LOC", None) in out

