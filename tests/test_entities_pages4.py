"""Entity rules from the sixth reading round on real pages (issue 4): sentences from German trafilatura_de pages
and English PolNeAR train articles, through the stage's page rules and the gazetteer."""
from __future__ import annotations

from lesart.stages.entities import page
from lesart.stages.entities.document import _Context
from lesart.stages.entities.gazetteer import load as load_gazetteer


def _apply(text, spans, lang, kb=None):
    ents = []
    pos = {}
    for s, lab, *after in spans:      # (surface, label[, a text the mention comes after])
        i = text.index(s, max(pos.get(s, 0), text.index(after[0]) if after else 0))
        pos[s] = i + 1
        ents.append([i, i + len(s), lab, (kb or {}).get(s)])
    out = page.apply(text, ents, lang, _Context(text, [0], lang))
    return [(text[x[0]:x[1]], x[2], x[3]) for x in out]


def test_country_codes_after_names_are_countries_and_the_list_is_of_people():
    text = ("Biathlon-Weltcup in Antholz (ITA):\n1. Dorothea Wierer (ITA) 35.58,7\n2. Dzinara Alimbekava (BLR) +3,7\n"
            "7. Vanessa Voigt (GER) +35,0\n15. Valeriia Vasnetcova (RUS) +1.24,1")
    spans = [("Antholz", "LOC"), ("ITA", "ORG"), ("Dorothea Wierer", "PER"), ("ITA", "ORG"),
             ("Dzinara Alimbekava", "PER"), ("BLR", "ORG"), ("Vanessa Voigt", "PER"), ("GER", "ORG"),
             ("Valeriia Vasnetcova", "ORG"), ("RUS", "ORG")]
    out = _apply(text, spans, "de")
    assert ("GER", "LOC", "DEU") in out and ("BLR", "LOC", "BLR") in out and out.count(("ITA", "LOC", "ITA")) == 2
    assert ("Valeriia Vasnetcova", "PER", None) in out
    # a body's acronym after its name stays the body's
    text = "um den Hauptsitz der Diehl Metal Applications (DMA). Man sei führend."
    out = _apply(text, [("Diehl Metal Applications", "ORG"), ("DMA", "ORG")], "de")
    assert ("DMA", "ORG", None) in out


def test_us_states_link_to_the_state_not_a_town_of_their_name():
    g = load_gazetteer()
    assert g.lookup("Colorado").kb_id == "geonames:5417618"      # not Colorado, Brazil
    assert g.lookup("Maryland").kb_id == "geonames:4361885"
    assert g.lookup("New York").kb_id == "geonames:5128581"      # the city stays the bare name's first sense
    assert g.lookup("Georgia").kb_id == "GEO"


def test_new_york_beside_new_york_city_is_the_state():
    text = ("Clinton is keeping a lid on Sanders' appeal in New York. Clinton figures to fare well in and around "
            "New York City.")
    kb = {"New York": "geonames:5128581", "New York City": "geonames:5128581"}
    out = _apply(text, [("New York", "LOC"), ("New York City", "LOC")], "en", kb)
    assert ("New York", "LOC", "geonames:5128638") in out and ("New York City", "LOC", "geonames:5128581") in out


def test_state_abbreviations_and_party_state_brackets():
    text = "Echoing Hope Ranch in Hereford, Ariz. It's a ranch. Clinton sharpens focus on Sanders as N.Y. nears."
    out = _apply(text, [("Hereford", "LOC"), ("Ariz", "PER"), ("N.Y.", "ORG")], "en")
    assert ("Ariz.", "LOC", "geonames:5551752") in out and ("N.Y.", "LOC", "geonames:5128638") in out
    text = "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he agreed."
    out = _apply(text, [("Jack Reed", "PER"), ("I.", "PER")], "en")
    assert out == [("Jack Reed", "PER", None), ("R.I.", "LOC", "geonames:5224323")]


def test_laws_and_their_acronyms_are_misc_and_law_parts_no_names():
    text = ("the text of the National Defense Authorization Act, arguing that the law they cite (Section 1032, "
            "Subtitle D) says nothing. The White House met the deadline Congress imposed in the NDAA. Agents are "
            "looking at U.S. Code 18, Section 1001, and the Espionage Act.")
    spans = [("National Defense Authorization Act", "ORG"), ("Subtitle D", "PER"), ("White House", "ORG"),
             ("Congress", "ORG"), ("NDAA", "ORG"), ("U.S. Code", "ORG"), ("Section", "PER"),
             ("Espionage Act", "ORG")]
    out = _apply(text, spans, "en")
    assert out == [("National Defense Authorization Act", "MISC", None), ("White House", "ORG", None),
                   ("Congress", "ORG", None), ("NDAA", "MISC", None), ("U.S. Code", "MISC", None),
                   ("Espionage Act", "MISC", None)]


def test_a_headline_word_run_into_a_name_is_cut():
    text = ("The FBI Just Made An Even BIGGER Move Against Hillary Clinton\n\nThe FBI is expanding its probe into "
            "Hillary Clinton's emails.")
    out = _apply(text, [("FBI Just", "ORG"), ("Hillary Clinton", "PER"), ("FBI", "ORG"), ("Hillary Clinton", "PER")],
                 "en")
    assert out[0] == ("FBI", "ORG", None)
    # a body's head is no headline word ("Clinton Foundation"), nor a name the body text writes as well
    text = "Big News About The Clinton Foundation Today\n\nClinton spoke."
    out = _apply(text, [("Clinton Foundation", "ORG"), ("Clinton", "PER")], "en")
    assert ("Clinton Foundation", "ORG", None) in out


def test_party_members_are_misc_and_misc_majority():
    text = ("a relief to the Democrats running to replace him. Hill Democrats, however, were vague. Trump wants to "
            "ban Muslims. He insulted Islam and Muslims. Muslims of the West.")
    spans = [("Democrats", "PER"), ("Hill Democrats", "PER"), ("Trump", "PER"), ("Muslims", "MISC"),
             ("Islam", "MISC"), ("Muslims", "LOC"), ("Muslims", "MISC"), ("West", "LOC")]
    out = _apply(text, spans, "en")
    assert out.count(("Democrats", "MISC", None)) == 2 and ("Muslims", "LOC", None) not in out
    assert ("West", "LOC", None) in out


def test_groups_from_the_gazetteer():
    g = load_gazetteer()
    assert g.lookup("ISIS").label == "ORG" and g.lookup("Ku Klux Klan").label == "ORG"


def test_german_dateline_interjection_genitive_and_first_words():
    text = ("CALDEN. In Sorge um ihre Arbeitsplätze demonstrierten Mitarbeiter in Calden. Oh, ein Nerd-Telefon! "
            "Ich hatte ein Herz für Mozilla. Mozillas Bemühen ist groß. Dann durfte sich Anais Chevalier-Bouchet "
            "freuen.\n3. Anais Chevalier-Bouchet (FRA)")
    spans = [("CALDEN", "ORG"), ("Calden", "LOC"), ("Oh", "PER"), ("Mozilla", "ORG"), ("Mozillas", "PER"),
             ("Anais", "PER"), ("Anais Chevalier-Bouchet", "PER", "3.")]
    out = _apply(text, spans, "de")
    assert ("CALDEN", "LOC", None) in out and ("Mozillas", "ORG", None) in out
    assert not any(s == "Oh" for s, _, _ in out)
    assert out.count(("Anais Chevalier-Bouchet", "PER", None)) == 2
    # a label's name in capitals that the page never writes as a place stays
    text = "HESSNATUR – Fair Fashion aus Naturfasern. Das Konzept von Hessnatur ist klar."
    assert ("HESSNATUR", "ORG", None) in _apply(text, [("HESSNATUR", "ORG"), ("Hessnatur", "ORG")], "de")
    # a results list's name with a number is no longer name to grow into
    text = "8. Henning, Anja 1993 WÜ LSG Aalen. Anja 1993 WÜ lief."
    out = _apply(text, [("Anja 1993 WÜ", "PER"), ("Anja", "PER")], "de")
    assert ("Anja", "PER", None) in out


def test_brackets_are_no_part_of_a_name():
    text = "He said [Trump] is being used in social media."
    assert _apply(text, [("[Trump]", "PER")], "en") == [("Trump", "PER", None)]


def test_products_are_misc_and_their_makers_bodies():
    g = load_gazetteer()
    assert g.lookup("Firefox").label == "MISC" and g.lookup("Google Chrome").kind == "product"
    text = ("Da ich schon immer ein Herz für Mozilla hatte: Mozilla Firefox Preview. Von seinem Vorgänger "
            "unterscheidet Firefox Preview vor allem die Geschwindigkeit. Mozillas Bemühen hat Firefox Monitor "
            "hervorgebracht, bei Mozilla Firefox.")
    spans = [("Mozilla", "PER"), ("Mozilla Firefox Preview", "MISC"), ("Firefox Preview", "PER"),
             ("Mozillas Bemühen", "PER"), ("Firefox Monitor", "ORG"), ("Mozilla Firefox", "MISC")]
    out = _apply(text, spans, "de")
    assert ("Mozilla", "ORG", None) in out and ("Mozillas", "ORG", None) in out
    assert ("Firefox Preview", "MISC", None) in out and ("Firefox Monitor", "MISC", None) in out


def test_two_names_the_page_writes_as_one_are_one():
    text = "Nebenbei kann der Firefox Preview mehr. Nicht zuletzt ist in Firefox Preview der Dienst eingebaut."
    out = _apply(text, [("Firefox Preview", "ORG"), ("Firefox", "LOC", "zuletzt"), ("Preview", "PER", "zuletzt")], "de")
    assert out == [("Firefox Preview", "MISC", None), ("Firefox Preview", "MISC", None)]
    # a body or title before a person stays apart
    text = "Sie trafen Bundesrat Cassis. An Bundesrat Cassis wandte sie sich."
    out = _apply(text, [("Bundesrat Cassis", "ORG"), ("Bundesrat", "ORG", "An"), ("Cassis", "PER", "An")], "de")
    assert ("Cassis", "PER", None) in out


def test_a_sentences_the_is_no_part_of_a_name():
    text = "Few options.\n\nThe Centers for Disease Control and Prevention estimates that one in 45 children has it."
    out = _apply(text, [("The Centers for Disease Control and Prevention", "ORG")], "en")
    assert out == [("Centers for Disease Control and Prevention", "ORG", None)]
    text = "The Hague Tribunal met. Judges in The Hague Tribunal said so."
    out = _apply(text, [("The Hague Tribunal", "ORG"), ("The Hague Tribunal", "ORG")], "en")
    assert out[0] == ("The Hague Tribunal", "ORG", None)


def test_diseases_are_no_places():
    text = ("Die Weltcupetappe, die trotz Corona gut verlaufen ist. Seuchen wie Ebola, HIV oder Zika. "
            "Corona, California.")
    out = _apply(text, [("Corona", "LOC"), ("Ebola", "PER"), ("Corona", "LOC")], "de")
    assert out == [("Corona", "LOC", None)]          # the town, before its state


def test_a_clause_is_no_name():
    text = "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive."
    out = _apply(text, [("has been donating their crawl data to the Internet Archive", "MISC")], "de")
    assert out == []
    # a title in quotes or in title case stays
    text = "Sie sah „Don't Look Up“ und „We are the Champions“ am Abend."
    out = _apply(text, [("Don't Look Up", "MISC"), ("We are the Champions", "MISC")], "de")
    assert len(out) == 2


def test_del_before_a_name_is_a_delegate_s_title_not_delaware():
    from lesart.api import analyze_text
    doc = analyze_text("The bill passed, said Del. Eleanor Holmes Norton, a Democrat. He lives in Wilmington, Del., "
                       "with his wife.", stages=["extract", "language", "sentences", "entities"])
    dels = [e for e in doc.entities if e.text.startswith("Del")]
    assert [e.label for e in dels][-1] == "LOC" and all(e.kb_id is None for e in dels[:-1])


def test_addresses_and_tables_are_no_names():
    from lesart.stages.entities.stage import is_no_name
    assert is_no_name("stensen@dsv.de", "MISC") and is_no_name("www.austria.org.sg", "ORG")
    assert is_no_name("WÜ TS Göppingen 28,50 m 26,78 28,47 x 28,50", "MISC")
    assert not is_no_name("Deutscher Schwimm-Verband", "ORG") and not is_no_name("Windows 10", "MISC")
    assert not is_no_name("Bundesministerium für Bildung und Forschung", "ORG")


def test_a_site_named_by_its_domain_is_one_name():
    # read on a Scrapinghub dev page: 'told Polygraph.info' gave the person 'Polygraph'
    text = "Sources in the camp told Polygraph.info the claims are false. Write to info@foo.com or www.foo.com."
    assert _apply(text, [("Polygraph", "PER")], "en") == [("Polygraph.info", "ORG", None)]
    # GermEval labels sites OTH (MISC): 'Blick.ch', 'stern.de', 't-online.de'
    text = "Wie Golem.de und t-online.de berichten, zahlt Samsung. Der Mann A.de Silva kam."
    assert _apply(text, [("Samsung", "ORG")], "de") == [("Golem.de", "MISC", None), ("t-online.de", "MISC", None),
                                                         ("Samsung", "ORG", None)]


def test_an_untagged_surname_after_a_city_named_first_name_is_the_person():
    # read on a Fundus dev page (Hamburger Abendblatt): 'Rom Braslavski' was Rome, twice, and no person
    text = ("Berlin. Rom Braslavski wurde entführt. Zwei Jahre war Rom Braslavski in Geiselhaft. "
            "Braslavski antwortet: Ja.")
    out = _apply(text, [("Berlin", "LOC"), ("Rom", "LOC"), ("Rom", "LOC", "Zwei"), ("Braslavski", "PER", "Geiselhaft")],
                 "de", kb={"Rom": "geonames:3169070"})
    assert [x for x in out if x[1] == "PER"] == [("Rom Braslavski", "PER", None), ("Rom Braslavski", "PER", None),
                                                 ("Braslavski", "PER", None)]
    assert ("Rom", "LOC", "geonames:3169070") not in out
    # a month is no first name ('From January to June Comelf exported', CoNLL)
    text = "From January to June Comelf exported 59 percent. Comelf said so."
    assert _apply(text, [("Comelf", "PER", "percent")], "en") == [("Comelf", "PER", None)]


def test_a_round_bracket_the_name_does_not_open_ends_it():
    # read on a Fundus dev page (t-online): 'Trump card) spielen!' was a name
    text = 'als würde Gott seinen Trumpf (im englischen Original: Trump card) spielen!" Trump schrieb dazu.'
    assert _apply(text, [("Trump card) spielen!", "MISC"), ("Trump", "PER", '"')], "de") == [
        ("Trump card", "MISC", None), ("Trump", "PER", None)]
    text = "Die Linke (PDS) kam. Jerry ( Jerry ) Koosman kam."
    assert _apply(text, [("Die Linke (PDS)", "ORG"), ("Jerry ) Koosman", "PER")], "de") == [
        ("Die Linke (PDS)", "ORG", None), ("Jerry ) Koosman", "PER", None)]


def test_an_office_run_into_a_persons_name_is_cut_off():
    # read on a Scrapinghub dev page (Reuters): 'US Trade Representative Robert Lighthizer'
    text = "Trump and US Trade Representative Robert Lighthizer recognize that. President Trump said so."
    assert _apply(text, [("Representative Robert Lighthizer", "PER"), ("Trump", "PER", "President")], "en") == [
        ("Robert Lighthizer", "PER", None), ("Trump", "PER", None)]


def test_a_name_before_a_prison_or_a_stadium_is_the_place():
    # read on a Scrapinghub dev page (AP): 'the city's Hoa Lo prison' was a person
    text = "He paid a visit to the city's Hoa Lo prison, dubbed the Hanoi Hilton."
    assert _apply(text, [("Hoa Lo", "PER")], "en") == [("Hoa Lo", "LOC", None)]


def test_a_small_town_in_a_dateline_in_ordinary_case_is_a_place_wherever_the_page_names_it():
    from lesart.stages.entities.page.forms import mixed_case_datelines
    # Stuttgarter Zeitung (Fundus dev): the model tags "Gundremmingen" nowhere on the page
    text = ("Kühltürme von AKW Gundremmingen gesprengt\n"
            "Gundremmingen - Die beiden jeweils 160 Meter hohen Kühltürme des früheren Kernkraftwerks Gundremmingen "
            "in Schwaben sind knapp vier Jahre nach der Stilllegung des Atommeilers gesprengt worden.")
    out = _apply(text, [("Schwaben", "LOC")], "de")
    assert [x for x in out if x[0] == "Gundremmingen"] == [("Gundremmingen", "LOC", "geonames:2913657")] * 3

    def found(text, ents=()):
        return [(text[x[0]:x[1]], x[2], x[3]) for x in mixed_case_datelines(text, [list(x) for x in ents])]
    # a double dateline stays one place, a model's span stays as it is
    text = ("Frankfurt/Main (dpa) - Die Notenbank hat am Donnerstag den Leitzins erneut angehoben, wie sie in einer "
            "Mitteilung schrieb, und weitere Schritte angekündigt.")
    assert found(text) == [("Frankfurt/Main", "LOC", None)]
    assert found(text, [(0, 14, "ORG", None)]) == [("Frankfurt/Main", "ORG", None)]
    # a glossary line, a shop or a person opening a paragraph is no town; a headline does not run on
    for text in ("Pensionskasse - Die Beiträge zahlt der Arbeitgeber aus dem Bruttogehalt ein, und die Kasse legt "
                 "das Geld für den Arbeitnehmer bis zur Rente an.",
                 "Edeka Rheinstetten - Der Markt hat am Samstag wieder geöffnet und bietet nun auch eine große "
                 "Frischetheke mit regionalen Produkten an.",
                 "Rückbau von Gundremmingen - Kühltürme gesprengt"):
        assert found(text) == []


def test_acronyms_of_common_nouns_trade_terms_and_named_days():
    # English whole-page round on Scrapinghub dev pages (Business Insider, Barron's, IGN, Tor.com)
    text = ("you'll fall into one of three FIRE (financial independence, retire early) categories: FIRE, "
            "leanFIRE, and fatFIRE. Employer-sponsored plans and IRAs provide tax advantages; $6,000 to a "
            "traditional IRA. You can dip into your Roth IRA. Legere will hand over the reins to COO Mike Siever. "
            "Home Depot (ticker: HD) reported $2.53 a share. Version tested: PC. Skip the Black Friday rush. "
            "His Christmas cards were prized.")
    spans = [("FIRE", "ORG"), ("FIRE", "ORG", "categories"), ("IRA", "ORG", "traditional"), ("Roth IRA", "ORG"),
             ("COO", "ORG"), ("Mike Siever", "PER"), ("Home Depot", "ORG"), ("HD", "ORG"), ("PC", "LOC"),
             ("Black Friday", "PER"), ("Christmas", "LOC")]
    assert _apply(text, spans, "en") == [
        ("Roth IRA", "MISC", None), ("Mike Siever", "PER", None), ("Home Depot", "ORG", None), ("HD", "ORG", None),
        ("Black Friday", "MISC", None), ("Christmas", "MISC", None)]
    # not counted in the plural, not explained: the Irish Republican Army stays a body (CoNLL)
    text = "The IRA said on Sunday it would not resume its campaign."
    assert _apply(text, [("IRA", "ORG")], "en") == [("IRA", "ORG", None)]


def test_a_country_leaving_a_union_is_a_process_not_a_person():
    text = "Theresa May said Brexit would happen on time. Der Grexit wurde damals gefordert. Exit polls closed."
    out = _apply(text, [("Theresa May", "PER"), ("Brexit", "PER"), ("Grexit", "LOC")], "en")
    assert ("Brexit", "MISC", None) in out and ("Grexit", "MISC", None) in out and ("Theresa May", "PER", None) in out


def test_a_name_followed_by_who_is_a_person_unless_a_known_place_or_governed():
    # a real page's "Kanye West" the model tags LOC (West a direction); "who" is the relative pronoun of people
    text = ("Kanye West said he would release an album. West, who has often courted controversy, spoke. "
            "Leicester, who won the title, beat Chelsea. Matt Duss, the president of the Foundation for Middle East "
            "Peace, who often criticizes the government, spoke.")
    out = _apply(text, [("Kanye West", "LOC"), ("West", "LOC", "album"), ("Leicester", "LOC"),
                        ("Middle East Peace", "LOC")], "en", kb={"Leicester": "geonames:2644668"})
    assert ("Kanye West", "PER", None) in out and ("West", "PER", None) in out
    assert ("Leicester", "LOC", "geonames:2644668") in out            # a team's city: a gazetteer place
    assert ("Middle East Peace", "LOC", None) in out                  # "who" is the president's
