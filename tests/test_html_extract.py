"""extract_html on small pages written here: what is article, what is cut."""
from __future__ import annotations

import pytest

from lesart.model import BLOCK_KINDS
from lesart.stages.extract.html import HtmlExtraction, extract_html

PARAGRAPHS = [
    "Die Stadt Leipzig hat am Montag einen neuen Haushalt beschlossen, der deutlich mehr Geld für "
    "Schulen und den öffentlichen Nahverkehr vorsieht als in den vergangenen Jahren.",
    "Der Stadtrat stimmte nach einer langen Debatte mit breiter Mehrheit zu; nur zwei Fraktionen "
    "lehnten den Entwurf ab, weil ihnen die geplanten Ausgaben zu hoch erschienen.",
    "Oberbürgermeister Jung sagte, die Investitionen seien notwendig, um die wachsende Stadt auf die "
    "kommenden Jahrzehnte vorzubereiten und die Infrastruktur zu erneuern.",
    "Kritiker warnen dagegen vor neuen Schulden und verweisen auf steigende Zinsen, die den Spielraum "
    "der Stadt in den nächsten Jahren stark einschränken könnten.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="de"><head>
<title>Leipzig beschließt Rekordhaushalt | Leipziger Tagesblatt</title>
<meta property="og:site_name" content="Leipziger Tagesblatt">
<meta property="og:title" content="Leipzig beschließt Rekordhaushalt">
<meta name="author" content="Anna Beispiel">
<meta property="article:published_time" content="2024-03-05T10:15:00+01:00">
<meta property="article:tag" content="Leipzig">
<meta property="article:tag" content="Haushalt">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Leipzig beschließt Rekordhaushalt", "datePublished": "2024-03-05T10:15:00+01:00",
 "author": [{{"@type": "Person", "name": "Anna Beispiel"}}, {{"@type": "Person", "name": "Ben Muster"}}]}}</script>
</head><body>
<nav class="main-nav"><ul><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/kultur">Kultur</a></li></ul></nav>
<div class="ad-slot">Anzeige: Jetzt Traumreise buchen und sparen</div>
<article>
<h1>Leipzig beschließt Rekordhaushalt</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<h2>Streit um die Schulden</h2>
<p>{PARAGRAPHS[2]}</p>
<p>{PARAGRAPHS[3]}</p>
<p>Lesen Sie auch: <a href="/x">Dresden plant neue Brücke</a></p>
</article>
<footer class="site-footer"><p>Impressum · Datenschutz · Kontakt · © 2024 Leipziger Tagesblatt</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page() -> HtmlExtraction:
    return extract_html(PAGE, "https://www.example.de/leipzig/haushalt")


def test_article_paragraphs_are_body(page):
    body = [text for kind, text in page.blocks if kind == "body"]
    for paragraph in PARAGRAPHS:
        assert paragraph in body


def test_subheading_is_heading(page):
    assert ("heading", "Streit um die Schulden") in page.blocks


def test_headline_is_title_not_article(page):
    assert page.title == "Leipzig beschließt Rekordhaushalt"
    assert ("title", "Leipzig beschließt Rekordhaushalt") in page.blocks
    assert "Rekordhaushalt" not in page.article_text


def test_furniture_is_cut_and_kept_visible(page):
    kinds = {kind for kind, _ in page.blocks}
    cut = {text: kind for kind, text in page.blocks if kind in ("navigation", "advertisement", "boilerplate")}
    assert any("Politik" in text and kind == "navigation" for text, kind in cut.items())
    assert any("Traumreise" in text and kind == "advertisement" for text, kind in cut.items())
    assert any("Impressum" in text and kind == "boilerplate" for text, kind in cut.items())
    assert kinds <= set(BLOCK_KINDS)
    for word in ("Politik", "Traumreise", "Impressum", "Lesen Sie auch"):
        assert word not in page.article_text


def test_order_menu_before_article_footer_after(page):
    kinds = [kind for kind, _ in page.blocks]
    first_body = kinds.index("body")
    assert kinds.index("navigation") < first_body
    footer = next(i for i, (kind, text) in enumerate(page.blocks) if "Impressum" in text)
    assert footer > first_body


def test_metadata(page):
    assert page.authors == ["Anna Beispiel", "Ben Muster"]
    assert page.published == "2024-03-05"
    assert page.site == "Leipziger Tagesblatt"
    assert page.tags == ["Leipzig", "Haushalt"]
    assert page.language == "de"
    assert page.page_type == "NewsArticle"


def test_link_list_is_navigation():
    items = "".join(f'<li><a href="/a{i}">Weitere Meldung Nummer {i} aus der Region</a></li>' for i in range(5))
    html = (f"<html><body><article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
            f"<ul>{items}</ul><p>{PARAGRAPHS[2]}</p></article></body></html>")
    result = extract_html(html)
    assert PARAGRAPHS[2] in result.article_text
    assert "Weitere Meldung" not in result.article_text


@pytest.mark.parametrize("junk", [
    "", "   ", "not html at all", "<", "<html>", "<<<>>>&&&", "\x00\x01\x02", "<p>kurz</p>",
    "<html><body><div><div><div>" * 2000,
    "ä" * 100_000,
])
def test_junk_never_raises(junk):
    result = extract_html(junk)
    assert isinstance(result, HtmlExtraction)
    assert all(kind in BLOCK_KINDS for kind, _ in result.blocks)
    if not result.article_text:
        assert result.warnings


def test_non_string_input_is_a_warning():
    result = extract_html(None)  # type: ignore[arg-type]
    assert result.blocks == [] and result.warnings


def test_huge_input_returns():
    paragraph = f"<p>{PARAGRAPHS[0]}</p>"
    result = extract_html("<html><body>" + paragraph * 20_000 + "</body></html>")
    assert isinstance(result, HtmlExtraction)


def _long(paragraphs: list[str]) -> str:
    return " ".join(paragraphs)


def _story_without(html: str, *gone: str) -> str:
    """The article text of ``html``: none of ``gone`` in it, every paragraph of the story kept."""
    text = extract_html(html).article_text
    for part in gone:
        assert part not in text
    for kept in PARAGRAPHS:
        assert kept in text
    return text


def _leads_the_story(html: str, lead: str, *gone: str) -> None:
    """The standfirst ``lead`` is in the article text, before the story's first paragraph; none of
    ``gone`` is."""
    text = extract_html(html).article_text
    assert lead in text and not any(part in text for part in gone)
    assert text.index(lead) < text.index(PARAGRAPHS[0][:30])


def test_link_line_cut_at_edge_kept_inside():
    # A fully linked sentence between long paragraphs is story text (a cited
    # source, a "click to tweet" quote); the same kind of line after the last
    # long paragraph is a teaser, even with a short line below it.
    inside = "Der Stadtrat hatte den Haushalt bereits im Herbst vertagt"
    after = "Alle Nachrichten aus Leipzig und der Region im Überblick"
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p>"
            f'<p><a href="/vertagt">{inside}</a></p>'
            f"<p>{_long(PARAGRAPHS[1:])}</p>"
            f'<p><a href="/leipzig">{after}</a></p>'
            f"<p>Die Sitzung endete erst am späten Abend.</p></article></body></html>")
    result = extract_html(html)
    assert inside in result.article_text
    assert after not in result.article_text
    assert any(kind == "navigation" and text == after for kind, text in result.blocks)


def test_short_byline_is_cut_long_von_sentence_is_not():
    sentence = "Von den Mitteln profitieren vor allem die Schulen im Leipziger Osten und Norden"
    html = (f"<html><body><article><p>Von Anna Beispiel</p><p>{PARAGRAPHS[0]}</p>"
            f"<p>{sentence}</p><p>{PARAGRAPHS[1]}</p></article></body></html>")
    result = extract_html(html)
    assert "Anna Beispiel" not in result.article_text
    assert sentence in result.article_text


def test_standfirst_found_through_the_meta_description():
    """A Vorspann in utility-class markup (no "lead"/"intro" class) is found because the
    og:description repeats it; a picture caption that repeats another description is not."""
    lead = ("Die Ex-Grünen-Vorsitzende attackiert die Bundestagspräsidentin. Mit Symboldebatten, "
            "so die Politikerin, schade diese ihrem Amt.")
    caption = "Die Politikerin im Bundestag: Sie kritisierte die Präsidentin scharf und sprach von Spaltung."
    html = (f'<html lang="de"><head><meta property="og:description" content="{lead}">'
            f'<meta name="twitter:description" content="{caption}"><title>Streit im Bundestag</title></head>'
            f'<body><header><h1>Streit im Bundestag</h1><div class="copy-lg mb-7">'
            f'<span class="secondary">Berlin.</span> <span class="primary">{lead}</span></div></header>'
            f'<figure><figcaption class="image-description">{caption}</figcaption></figure>'
            f"<article><p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p></article></body></html>")
    result = extract_html(html)
    assert "Berlin. " + lead in result.article_text           # with its dateline
    assert result.article_text.index(lead) < result.article_text.index(PARAGRAPHS[0][:30])
    assert caption not in result.article_text


def test_promo_lines_glued_into_one_block_are_cut():
    """An app and newsletter plug inside one <p> with <br>s (too long for the
    whole-block phrase check) leaves the article line by line; the story's own
    lines in the same block stay."""
    plug = ("Aktuelle Nachrichten aufs Handy? Hier geht es zur neuen Tagesblatt-App – für Android und iOS.<br>"
            "Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen Newsletter richtig – "
            "hier entlang, jeden Morgen um sieben Uhr kostenlos in Ihrem Postfach.")
    story = "Die Sitzung des Stadtrats dauerte bis in den späten Abend und endete mit einer Abstimmung"
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p>"
            f"<p>{story}.<br>{plug}</p><p>{_long(PARAGRAPHS[1:])}</p></article></body></html>")
    result = extract_html(html)
    assert story in result.article_text
    assert "Tagesblatt-App" not in result.article_text
    assert "Newsletter" not in result.article_text
    assert any(kind == "boilerplate" and "Tagesblatt-App" in text for kind, text in result.blocks)


def test_script_settings_in_the_body_are_cut():
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p>"
            "<p>showPaywall:<br>false<br>isSubscriber:<br>false</p>"
            f"<p>{_long(PARAGRAPHS[1:])}</p></article></body></html>")
    result = extract_html(html)
    assert "showPaywall" not in result.article_text
    assert PARAGRAPHS[3] in result.article_text


def test_author_bio_under_the_story_is_cut_a_portrait_sentence_is_not():
    portrait = "Anna Beispiel ist Journalistin und hat zwanzig Jahre aus Leipzig berichtet, zuletzt über den Haushalt."
    bio = "Ben Muster ist Korrespondent für Sachsen und Thüringen."
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p><p>{portrait}</p>"
            f"<p>{_long(PARAGRAPHS[1:])}</p><p>{bio}</p></article></body></html>")
    result = extract_html(html)
    assert portrait in result.article_text
    assert bio not in result.article_text


def test_meta_lines_inside_a_short_block_are_cut():
    """A block of short lines (date, reading time, the team behind the story) that trafilatura
    kept as one paragraph leaves the article line by line."""
    html = (f"<html><body><article><p>Veröffentlicht am 13. Mai 2026 um 15:44<br>3 Minuten Lesezeit</p>"
            f"<p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p>"
            "<p>Redaktion: Anna Beispiel, Ben Muster<br>Faktencheck: Anna Beispiel</p></article></body></html>")
    result = extract_html(html)
    assert "Lesezeit" not in result.article_text and "15:44" not in result.article_text
    assert "Faktencheck" not in result.article_text and "Redaktion:" not in result.article_text
    assert PARAGRAPHS[0] in result.article_text


def test_embedded_post_between_paragraphs_is_kept_as_a_quote():
    """A tweet the story quotes is article text (a claim like any quote); the same embed in a
    sidebar after the story is not; an embed trafilatura already kept is not doubled."""
    post = ("<blockquote class=\"twitter-tweet\"><p lang=\"de\">Der Haushalt ist ein Schuldenberg, "
            "den unsere Kinder bezahlen werden.</p>&mdash; Ratsfraktion Mitte (@mitte_leipzig) "
            "<a href=\"https://twitter.com/x/status/1\">March 5, 2024</a></blockquote>")
    sidebar = ("<aside><blockquote class=\"twitter-tweet\"><p>Heute Abend: Konzert im Park, "
               "Eintritt frei für alle Leipzigerinnen und Leipziger.</p>&mdash; Stadt Leipzig</blockquote></aside>")
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p>{post}"
            f"<p>{_long(PARAGRAPHS[1:])}</p></article>{sidebar}</body></html>")
    result = extract_html(html)
    quotes = [text for kind, text in result.blocks if kind == "quote"]
    assert sum("Schuldenberg" in text for text in quotes) == 1
    assert "@mitte_leipzig" in result.article_text
    assert result.article_text.index("Schuldenberg") < result.article_text.index(PARAGRAPHS[3][:30])
    assert "Konzert im Park" not in result.article_text


def test_info_box_inside_the_article_is_cut():
    box = ("Unter den rund 89.500 Geflüchteten in Leipzig sind rund 65.500 Menschen im erwerbsfähigen Alter, "
           "17.000 von ihnen gehen einer Beschäftigung nach.")
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p>"
            f'<div class="infobox copytext__clearBox"><h3>Geflüchtete in Leipzig</h3><p>{box}</p></div>'
            f"<p>{_long(PARAGRAPHS[1:])}</p></article></body></html>")
    result = extract_html(html)
    assert "89.500" not in result.article_text
    assert PARAGRAPHS[3] in result.article_text


def test_boxes_named_only_by_aria_label_or_data_attributes_are_cut():
    related = ["Waldai-Residenz: Putin rüstet auf", "Papst-Streit: Meloni stellt sich gegen Trump"]
    items = "".join(f'<li><a class="link" href="/a{i}">{t}</a></li>' for i, t in enumerate(related))
    newsletter = "Alle zwei Wochen sonntags: Antworten auf Beziehungsfragen, ehrlich und nah."
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:2])}</p>"
            f'<aside aria-label="Verwandte Artikel"><ul class="grid" data-testid="RelatedArticles.List">{items}</ul></aside>'
            f"<p>{_long(PARAGRAPHS[2:3])}</p>"
            f'<section aria-label="Newsletter Anmeldung" class="box"><h3>Ein Liebesbrief</h3><p>{newsletter}</p></section>'
            f"<p>{_long(PARAGRAPHS[3:])}</p></article></body></html>")
    _story_without(html, *related, newsletter)


def test_reader_poll_and_signed_pull_quote_inside_the_story_are_cut():
    poll = "Welches dieser Mittel ist dein Favorit, wenn du dich erkältet fühlst und nicht schlafen kannst?"
    pull = "In der Stunde schlachten wir hier so fünfundvierzig Schweine, sagt der Chef des Betriebs."
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:2])}</p>"
            f'<div type="poll" class="x1"><div class="x2"><p>{poll}</p></div></div>'
            f"<p>{_long(PARAGRAPHS[2:3])}</p>"
            f'<div class="quote"><blockquote><p class="text">{pull}</p>'
            f'<footer><cite><span>Kevin Muster</span> <span>Geschäftsführer</span></cite></footer></blockquote></div>'
            f"<p>{_long(PARAGRAPHS[3:])}</p></article></body></html>")
    _story_without(html, poll, pull)


def test_standfirst_right_under_the_headline_without_telling_markup():
    """A German Vorspann in a plain <span> under the <h1>, with a description that is a rewrite
    of it, is found by its place; a picture's text in the header is not taken for it."""
    lead = ("Drei Brücken der Stadt müssen saniert werden. Was das für Pendler bedeutet und wie lange "
            "die Arbeiten dauern sollen, hat der Stadtrat nun entschieden.")
    caption = "Die alte Brücke über die Elster im Morgenlicht, aufgenommen von einem Leser aus Plagwitz am Sonntag."
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title>'
            f'<meta property="og:description" content="Der Stadtrat hat entschieden, wie es mit den Brücken weitergeht."></head>'
            f'<body><header><h1>Leipzig beschließt Rekordhaushalt</h1>'
            f'<div class="hero-image"><img src="b.jpg"><div class="image-description"><div>{caption}</div></div></div>'
            f'<div class="copy-lg mb-7"><span class="text-primary">{lead}</span></div></header>'
            f"<article><p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p></article></body></html>")
    result = extract_html(html)
    assert lead in result.article_text
    assert result.article_text.index(lead) < result.article_text.index(PARAGRAPHS[0][:30])
    assert caption not in result.article_text


def test_soft_hyphens_and_zero_width_spaces_leave_the_text():
    """Invisible characters split words for every later stage ("Hinder\\xadnisse" was an ORG)."""
    from lesart.api import analyze_html, analyze_text

    para = ("Die Hinder&shy;nisse des 19. Jahr&shy;hun&shy;derts waren gro&#8203;ß, schreibt der Autor in "
            "seinem neuen Buch über die Geschichte der Stadt und ihrer Brücken.")
    html = f"<html><head><title>Brü&shy;cken</title></head><body><article><h1>Brü&shy;cken</h1>" \
           f"<p>{para}</p><p>{para}</p><p>{para}</p></article></body></html>"
    doc = analyze_html(html, stages=["extract"])
    assert "Hindernisse" in doc.text and "Jahrhunderts" in doc.text and "groß" in doc.text
    assert not set("\u00ad\u200b\u2060\ufeff") & set(doc.text)
    assert doc.title == "Brücken"
    text = analyze_text("Die Hinder\u00adnisse waren gro\u200bß.\n", stages=["extract"]).text
    assert "Hindernisse waren groß." in text


def test_decomposed_characters_are_composed():
    """A page that writes "u" + U+0308 for "ü" (trafilatura's own extract() composes it; our blocks come from its
    XML, which keeps the page's form): composed text, so later stages' word lists and patterns match."""
    from lesart.api import analyze_html, analyze_text

    para = "Die Pru\u0308fung der Bu\u0308rger in Mu\u0308nchen la\u0308uft seit Wochen, sagte der Sprecher der Stadt."
    html = f"<html><head><title>Pru\u0308fung</title></head><body><article><h1>Pru\u0308fung</h1>" \
           f"<p>{para}</p><p>{para}</p><p>{para}</p></article></body></html>"
    doc = analyze_html(html, stages=["extract"])
    assert "Die Prüfung der Bürger in München läuft" in doc.text and "\u0308" not in doc.text
    assert doc.title == "Prüfung"
    assert "Prüfung" in analyze_text("Die Pru\u0308fung.\n", stages=["extract"]).text


def test_expert_box_bio_and_book_line_inside_the_story_are_cut():
    """"... ist Senior Fellow bei ..." continues the name on an expert's
    picture box and is cut even mid-story; so is a book review's
    bibliographic line and a finance box's risk notice."""
    bio = ("... ist Senior Fellow bei der Münchner Sicherheitskonferenz. Von 2004 bis 2006 forschte "
           "und lehrte er in St. Petersburg.")
    book = "Noli me tangere José Rizal Annemarie del Cueto-Mörth (Übers.), Insel 2025, 542 S., 28 €"
    risk = ("Aktien, Immobilien und andere Investments sind grundsätzlich mit einem Risiko verbunden. "
            "Auch ein Totalverlust des eingesetzten Kapitals kann nicht ausgeschlossen werden.")
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:3])}</p><p>{bio}</p><p>{book}</p>"
            f"<p>{_long(PARAGRAPHS[1:])}</p><p>{risk}</p></article></body></html>")
    text = extract_html(html).article_text
    assert PARAGRAPHS[3] in text
    for cut in (bio, book, risk):
        assert cut not in text


def test_caption_with_its_video_length_and_a_description_that_repeats_a_caption():
    """A paragraph that is most of a <figcaption> (the caption adds the video's date and
    length) is a caption; a description that repeats a caption, whose wrapper has no
    figure tag, is not taken for the standfirst."""
    caption = ("Sie sind mutig: Jugendliche, die gegen den Krieg protestieren, erwarten hohe Strafen. "
               "Sie dienen der Abschreckung.")
    description = ("Bernard Koech hat den Marathon als schnellster Mann gewonnen. Schon im Vorjahr "
                   "schaffte es der Kenianer auf den ersten Platz.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title>'
            f'<meta property="og:description" content="{description}"></head><body>'
            f'<h1>Leipzig beschließt Rekordhaushalt</h1>'
            f'<div class="px-5"><figure><img src="a.jpg"><figcaption><div class="text-caption">'
            f'<span>{description}</span><span></span></div></figcaption></figure></div>'
            f"<article><p>{_long(PARAGRAPHS[:2])}</p>"
            f'<figure><img src="b.jpg"><figcaption><p>{caption}</p>05.09.2024 | 2:03 min</figcaption></figure>'
            f"<p>{caption}</p><p>{_long(PARAGRAPHS[2:])}</p></article></body></html>")
    _story_without(html, caption, description)


@pytest.mark.parametrize("furniture", [
    "Sie arbeiten an einer Hochschule und haben Hinweise zum Thema? Melden Sie vertraulich via Signal bei unserem Reporter.",
    "Waffenlieferungen: . In: Legal Tribune Online, 20.10.2025, https://www.lto.de/a/1 (abgerufen am: 20.10.2025)",
    "Die Ausgabe ist ab dem 27. April im Handel erhältlich. Hier können Sie sie schon jetzt vorbestellen!",
    "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
    "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
    "Um neue Beiträge per E-Mail zu erhalten, hier die E-Mail-Adresse eingeben.",
    "VergrößernEine kleine runde Aussparung für die Kamera im Display.",
    "Redakteur in der Wirtschaft.",
    "Telefon: +49 - (40) - 300 30 - 1141",
    "Dieser Text entspricht den Vorgaben der Fachliteratur und wurde von Medizinern geprüft.",
    "Online-Pressemappe - alle Pressemitteilungen der Nordex SE|",
])
def test_reader_address_lines_inside_the_story_are_cut(furniture):
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:2])}</p><p>{furniture}</p>"
            f"<p>{_long(PARAGRAPHS[2:])}</p></article></body></html>")
    _story_without(html, furniture)


def test_list_of_sources_under_its_label_is_cut():
    sources = ["Trump-Post bei Truth Social", "Eigene Recherche"]
    items = "".join(f"<li>{s}</li>" for s in sources)
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:2])}</p><p>{_long(PARAGRAPHS[2:])}</p>'
            f'<div class="grid"><div class="text-14 font-bold">Verwendete Quellen</div><ul>{items}</ul></div>'
            f"</article></body></html>")
    _story_without(html, *sources)


def test_signature_under_a_pull_quote_is_cut_the_quote_stays():
    quote = "Der Klimawandel lieferte den Trend, El Niño einen massiven Schub und das Wetter den Zufall."
    signature = "Karsten Haustein, Universität Leipzig"
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:2])}</p><blockquote><p>{quote}</p></blockquote>"
            f"<p>{signature}</p><p>{_long(PARAGRAPHS[2:])}</p></article></body></html>")
    assert quote in _story_without(html, signature)


def test_share_buttons_and_date_label_glued_to_the_story_are_cut():
    share = ("Bewerten: Teilen Sie dies mit: Twitter Facebook E-Mail Drucken WhatsApp Gefällt mir: Liken Lade … "
             "Veröffentlicht von Anna Beispiel")
    date = "Veröffentlichung: 2. Februar 2022"
    html = (f"<html><body><article><p>{date} {_long(PARAGRAPHS[:2])}</p>"
            f"<p>{_long(PARAGRAPHS[2:])} {share}</p></article></body></html>")
    _story_without(html, "Teilen Sie dies mit", "Liken", date)
    # a label inside the story, without share targets after it, stays
    story = "Die Frage lautete: Gefällt mir: ja oder nein? Die Antwort fiel deutlich aus."
    html = f"<html><body><article><p>{_long(PARAGRAPHS)} {story}</p></article></body></html>"
    assert story in extract_html(html).article_text


def test_blog_author_box_under_the_story_is_cut():
    box = ("Patrick Ludolph, Fotograf aus Hamburg und Gründer von Neunzehn72.\n"
           "Ich mag jede Art von Fotografie, aber ein Mensch muss bei meinen Fotos meistens mit drauf sein.")
    html = (f"<html><body><article><p>{_long(PARAGRAPHS[:2])}</p><p>{_long(PARAGRAPHS[2:])}</p>"
            f"<p>{box.replace(chr(10), '<br>')}</p></article></body></html>")
    _story_without(html, "Fotograf aus Hamburg", "jede Art von Fotografie")


def test_paragraphs_of_a_furniture_box_after_the_story_are_cut():
    # trafilatura keeps such a box when it sits inside the article wrapper; the
    # step is checked on the blocks it gets (the story and the box's paragraphs).
    from lesart.stages.extract import html as H
    from lesart.stages.extract.html_blocks import _Block
    from lesart.stages.extract.html_boxes import _cut_trailing_furniture
    from lesart.stages.extract.html_cut import dropped_blocks
    plug = ("Wir agieren konsequent anbieterunabhängig und lassen Ihnen immer die freie Wahl aus den besten "
            "Angeboten unserer Partner.")
    heading = "Vergleichen Sie über 250 Finanzierer"
    story = _long(PARAGRAPHS)
    html = (f"<html><body><article><p>{story}</p><p>Ein kurzer Schlusssatz des Berichts folgt hier.</p>"
            f'<div class="sidebar"><h3>{heading}</h3><p>{plug}</p></div></article></body></html>')
    article = [_Block(kind="body", text=story, tag="p"),
               _Block(kind="body", text="Ein kurzer Schlusssatz des Berichts folgt hier.", tag="p"),
               _Block(kind="heading", text=heading, tag="head"), _Block(kind="body", text=plug, tag="p")]
    cut, _, _ = dropped_blocks(H._parse(html), H._fingerprints(article[:2]))   # a long story's first paragraphs
    _cut_trailing_furniture(article, cut)
    assert [b.kind for b in article] == ["body", "body", "boilerplate", "boilerplate"]
    # a box that holds a long paragraph of the story is no furniture box
    article = [_Block(kind="body", text=story, tag="p"), _Block(kind="body", text=plug, tag="p")]
    html = (f'<html><body><article><div class="sidebar"><p>{story}</p><p>{plug}</p></div>'
            f"</article></body></html>")
    cut, _, _ = dropped_blocks(H._parse(html), [])
    _cut_trailing_furniture(article, cut)
    assert [b.kind for b in article] == ["body", "body"]


def test_standfirst_that_starts_like_a_story_paragraph():
    """A standfirst whose first 30 characters are also the start of a kept paragraph ("Der Stadtrat
    fordert umfassende ..." above "Der Stadtrat fordert die Bundesregierung ...") is still a standfirst:
    only a longer start of a kept paragraph marks the story itself."""
    lead = ("Der Stadtrat von Leipzig fordert eine umfassende und schnelle Aufklärung des Brückeneinsturzes. "
            "Die Stadt hätte nach geltendem Recht früher prüfen müssen.")
    story = ("Der Stadtrat von Leipzig fordert die Landesregierung auf, mögliche Versäumnisse der Bauaufsicht "
             "umfassend zu untersuchen und die Ergebnisse noch in diesem Jahr vorzulegen.")
    html = (f'<html lang="de"><head><title>Wir sind tief erschüttert</title></head><body><article>'
            f'<div class="intro"><h1>Wir sind tief erschüttert</h1><div class="date">25. Januar 2022</div>'
            f'<div class="teaser-text"><p>{lead}</p></div></div>'
            f"<div class='body'><p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p><p>{story}</p></div>"
            f"</article></body></html>")
    text = extract_html(html).article_text
    assert story in text
    assert "schnelle Aufklärung des Brückeneinsturzes" in text
    assert text.index("schnelle Aufklärung") < text.index(PARAGRAPHS[0][:30])


def test_standfirst_is_the_last_candidate_above_the_story():
    """A menu above the story holds teasers of other pages marked up like the standfirst
    (Drupal's "field--name-field-abstract"): the candidate nearest above the story is the lead."""
    other = ("Um den anhaltenden Rückgang von wild lebenden Arten und natürlichen Lebensräumen zu stoppen, "
             "hat die Stadt ein neues Programm aufgelegt.")
    lead = ("Mit dem jetzt gestarteten Projekt an der Elster wird ein Biotopverbund von nationaler Bedeutung "
            "entwickelt; dafür stehen fünf Millionen Euro bereit.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title></head><body>\n'
            f'<div class="flyout">\n<div class="field--name-field-abstract">{other}</div>\n</div>\n'
            f'<article>\n<h1>Leipzig beschließt Rekordhaushalt</h1>\n'
            f'<div class="field--name-field-abstract">{lead}</div>\n'
            f"<div class='body'>\n<p>{_long(PARAGRAPHS[:3])}</p>\n<p>{_long(PARAGRAPHS[1:])}</p>\n</div>\n"
            f"</article></body></html>")
    _leads_the_story(html, lead, other)


def test_story_start_found_when_its_first_words_are_no_plain_phrase():
    """The story's first line in the source is found by three plain words of a kept paragraph's
    start; 'Jung unterstrich: „Mittlerw…' (the 30-character fingerprint) holds no three, and without
    the story's line the standfirst above it was not put back."""
    lead = ("Vor der zweiten Tarifrunde mahnt der Stadtrat die ungenügende Gesprächsbereitschaft der "
            "Arbeitgeberseite an und fordert ein besseres Angebot.")
    first = ("Jung unterstrich: „Mittlerweile ist die Geduld der Beschäftigten erschöpft, und das sollten "
             "die Arbeitgeber in der nächsten Runde endlich zur Kenntnis nehmen“, sagte er am Montag.")
    second = ("2024 sagte Jung: „Wir erwarten ein Angebot, das die gestiegenen Preise ausgleicht und den "
              "Dienst in der Stadt attraktiv hält“; die Gewerkschaft droht mit Warnstreiks im Frühjahr.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title></head><body>\n'
            f'<article>\n<header>\n<h1>Leipzig beschließt Rekordhaushalt</h1>\n'
            f'<div class="teaser">\n<p class="abstract">{lead}</p>\n</div>\n</header>\n'
            f"<div class='body'>\n<p>{first} {first} {first}</p>\n<p>{second} {second} {second}</p>\n"
            f"</div>\n</article></body></html>")
    text = extract_html(html).article_text
    assert lead in text
    assert text.index(lead) < text.index(first)


def test_standfirst_in_bold_type_found_through_the_description():
    """A Vorspann set in a bare <strong> at the top of the story's container (no paragraph of its
    own) is found through the description that repeats it."""
    lead = ("Ihre Tochter ist launisch, zieht sich zurück, macht sich viele Gedanken um ihr Aussehen? "
            "Dann ist sie wohl in der Pubertät! Seien Sie für sie da und sprechen Sie mit ihr.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title>'
            f'<meta name="description" content="{lead}"></head><body>\n'
            f'<h1>Leipzig beschließt Rekordhaushalt</h1>\n<div>\n<strong>{lead}</strong>\n'
            f'<h2>Streit um die Schulden</h2>\n<p>{_long(PARAGRAPHS[:3])}</p>\n<h2>Die Kritik</h2>\n'
            f'<p>{_long(PARAGRAPHS[1:])}</p>\n</div></body></html>')
    _leads_the_story(html, lead)


def test_standfirst_found_through_a_shorter_description():
    """A description that condenses the standfirst ("... lassen zu Kilo schweren Ballen gepresst gut
    verheizen.") still finds it when the element is up to 1.8 times longer."""
    description = ("Auch dünne Äste, die beispielsweise beim Beschneiden von Bäumen anfallen, lassen zu Kilo "
                   "schweren Ballen gepresst gut verheizen.")
    lead = ("Auch dünne Äste, die beispielsweise beim Beschneiden von Bäumen anfallen, lassen sich verheizen. "
            "Doch einfach in den Ofen geworfen bringen sie nicht viel Wärme. Zu mehreren Kilo schweren "
            "Ballen gepresst heizen sie ordentlich ein.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title>'
            f'<meta name="description" content="{description}"></head><body>\n'
            f'<div class="top"><p><strong>{lead}</strong></p></div>\n'
            f'<article>\n<p>{_long(PARAGRAPHS[:3])}</p>\n<p>{_long(PARAGRAPHS[1:])}</p>\n</article></body></html>')
    text = extract_html(html).article_text
    assert lead in text


def test_story_start_is_not_the_json_ld_in_the_body():
    """JSON-LD inside <body> that repeats the story ("articleBody") above the standfirst is not
    where the story starts: the standfirst below it is put back."""
    lead = ("Stühle, Leuchten und ein Abendmahl aus Gips: Im Kirchen-Forum wurden Dachboden-Schätze der "
            "Kirche versteigert. Für die Neugestaltung kam viel Geld zusammen.")
    json_ld = ('{"@context": "http://schema.org", "@type": "NewsArticle", "articleBody": "'
               + " ".join(PARAGRAPHS) + '"}')
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title></head><body>\n'
            f'<div class="article">\n<script type="application/ld+json">\n{json_ld}\n</script>\n'
            f'<h1>Leipzig beschließt Rekordhaushalt</h1>\n'
            f'<div class="article-teaser-intro">\n<p>{lead}</p>\n</div>\n'
            f'<div class="article-body">\n<p>{_long(PARAGRAPHS[:3])}</p>\n<p>{_long(PARAGRAPHS[1:])}</p>\n</div>\n'
            f'</div></body></html>')
    _leads_the_story(html, lead)


def test_standfirst_of_a_news_details_block():
    """'news-details__teaser' names the standfirst of a news page's details block, not a picture's
    details ('header-teaser__image-details' still is one)."""
    lead = ("Tausende Fahrgäste passieren täglich den Bahnhof der Stadt: Künftig wird man bei der Ein- oder "
            "Ausfahrt ein neues, auffälliges Bauwerk erspähen können.")
    picture = ("Das neue Bauwerk am Bahnhof der Stadt im Modell, aufgenommen im Januar bei der Vorstellung "
               "der Pläne im Rathaus von einem Fotografen der Stadt.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title></head><body>\n'
            f'<div class="news-details">\n<h1>Der Turm der Wünsche</h1>\n'
            f'<div class="header-teaser__image-details"><p>{picture}</p></div>\n'
            f'<div class="teaser-text news-details__teaser">\n<p>{lead}</p>\n</div>\n'
            f'<div class="news-text-wrap">\n<p>{_long(PARAGRAPHS[:3])}</p>\n<p>{_long(PARAGRAPHS[1:])}</p>\n</div>\n'
            f'</div></body></html>')
    _leads_the_story(html, lead, picture)


def _menu(items: int) -> str:
    return "".join(f'<div class="flyout"><span>Thema {i}</span><div>Unterpunkt {i} Alles zum Thema</div></div>\n'
                   for i in range(items))


def test_standfirst_under_the_story_headline_in_an_h2():
    """The site's header holds an <h1> with the title and menus below it; the story's headline is
    an <h2 class="title aka-h1">, and the standfirst (a bare <p> in <strong>) is found under it."""
    lead = ("Der Entwurf der Stadtverwaltung für einen neuen Haushalt würde verhindern, dass die Stadt "
            "ihre Schulden abbaut, so der Rechnungshof in seiner Stellungnahme.")
    html = (f'<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title></head><body>\n'
            f'<div class="top"><h1>Leipzig beschließt Rekordhaushalt | Leipziger Tagesblatt</h1>\n'
            f'{_menu(12)}</div>\n'
            f'<div class="article-content">\n<h2 class="title aka-h1">Leipzig beschließt Rekordhaushalt</h2>\n'
            f'<strong><p>{lead}</p></strong>\n'
            f'<p>{_long(PARAGRAPHS[:3])}</p>\n<p>{_long(PARAGRAPHS[1:])}</p>\n</div></body></html>')
    from lesart.stages.extract import html as H
    from lesart.stages.extract.html_cut import lead_after_headline
    found = lead_after_headline(H._parse(html), lambda text: text.startswith("Leipzig beschließt Rekordhaushalt"),
                                [PARAGRAPHS[0][:60]])
    assert found is not None and found[0] == lead
    text = extract_html(html).article_text
    assert text.index(lead) < text.index(PARAGRAPHS[0][:30])


def test_a_standfirst_keeps_its_dateline_not_a_name():
    """The Funke papers set the Vorspann's dateline in a <span> of its own before it ("Essen."
    / "Drei uralte Städte ..."): it belongs to the standfirst, as the Fundus gold has it; a name,
    a site or an editor's line with a date set there ("Sara Zinnecker", "Red. / 31.10.2023") does not."""
    from lxml import html as lxml_html
    from lesart.stages.extract.html_cut import _with_dateline
    lead = ("Drei uralte Städte tauchen im Dickicht des Regenwalds auf. Was sie offenbaren, stellt unser Bild "
            "einer alten Zivilisation neu zusammen.")

    def standfirst(before: str) -> str:
        box = lxml_html.fromstring(f'<div class="copy"><span class="secondary">{before}</span> '
                                   f'<span class="primary">{lead}</span></div>')
        return _with_dateline(lead, box[1])[0]

    assert standfirst("Essen.") == f"Essen. {lead}"
    assert standfirst("Berlin (dpa) -") == f"Berlin (dpa) - {lead}"
    for other in ("Sara Zinnecker", "whiskyverkostung.com", "Red. / 31.10.2023", "Analyse:"):
        assert standfirst(other) == lead, other


def test_story_start_found_past_a_glued_subheading():
    """trafilatura glues a subheading to the paragraph after it ("HaushaltDie Stadt ..."); that run
    of words is not in the source, so the next run of the story's start finds its line."""
    from lesart.stages.extract import html as H
    from lesart.stages.extract.html_blocks import _Block
    page = ("<html><body>\n<div>menu</div>\n<div class='article-content'>\n<h3>Haushalt</h3>"
            "<p>Die Stadt Leipzig, so der Rat, hat am Montag einen neuen Haushalt beschlossen.</p>\n</div></body></html>")
    block = _Block(kind="body", text="HaushaltDie Stadt Leipzig, so der Rat, hat am Montag einen neuen Haushalt "
                                     "beschlossen.", tag="p")
    assert H._article_line(page, H._fingerprints([block], 120)) == 4


def test_site_tagline_and_intro_box_with_headline_are_no_standfirst():
    """A blog's tagline in the masthead (div#site-description) and an "intro" box that
    holds the headline and a picture are no standfirst; the lead inside the box is."""
    tagline = "Für alle, die mehr über unsere schöne Stadt und ihre Menschen erfahren wollen, jeden Tag neu!"
    lead = ("Der Entwurf der Stadtverwaltung für einen neuen Haushalt würde verhindern, dass die Stadt "
            "ihre Schulden abbaut, so der Rechnungshof in seiner Stellungnahme.")
    story = f'<article><p>{_long(PARAGRAPHS[:2])}</p>\n<p>{_long(PARAGRAPHS[2:])}</p></article></body></html>'
    head = '<html lang="de"><head><title>Leipzig beschließt Rekordhaushalt</title>'
    masthead = (f'{head}</head><body>\n<div id="header"><div id="branding"><div id="site-description">{tagline}'
                f'</div></div></div>\n<h1>Leipzig beschließt Rekordhaushalt</h1>\n{story}')
    _story_without(masthead, tagline)
    intro = (f'{head}<meta name="description" content="{lead}"></head><body>\n'
             f'<div class="intro"><h1>Leipzig beschließt Rekordhaushalt</h1><img src="a.jpg">'
             f'<div class="chapo"><div>{lead}</div></div></div>\n{story}')
    text = _story_without(intro, "RekordhaushaltDer")
    assert text.index(lead) < text.index(PARAGRAPHS[0][:30])


def test_caption_named_by_its_class_and_numbered_figure_label_are_cut():
    """A caption without <figcaption> (p.icaption beside the picture), also as a line of a
    block set with <br>s, and a numbered figure's label ("Abbildung 4: ...") are captions."""
    caption = "Die neue Präsidentin nach der Wahl zusammen mit dem Wahlleiter der Versammlung."
    inline = "Im Sommer wie im Winter ist die Stadt an der Pleiße eine Reise wert!"
    figure = "Abbildung 4: klassische Schwachschicht in einem Profil."
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:2])}</p>'
            f'<p class="icaption_nonfloating"><img src="a.jpg"><span class="caption">{caption}</span></p>'
            f'<p>{caption}</p>'
            f'<div><p>{PARAGRAPHS[2]}<br>{inline}<br>{PARAGRAPHS[3]}</p></div>'
            f'<div class="img"><img src="b.jpg"><div class="text-caption">{inline}</div></div>'
            f'<p><em>{figure}</em></p><p>{_long(PARAGRAPHS[1:])}</p></article></body></html>')
    _story_without(html, caption, inline, figure)


def test_cross_link_lines_and_comments_after_a_short_story_are_cut():
    """'... findest Du hier.' and '... weiter zu "X"' with their link are navigation; the comments
    under a story whose first comments are among the kept paragraphs go with their box."""
    plug = 'Alles über nachhaltige Wanderschuhe findest Du <a href="/schuhe">hier</a>.'
    comment = ("Tipp falls bei euch der Pudding beim Mischen mit dem Schmand klumpig wird: einfach in den "
               "Mixer damit, bis die Klumpen weg sind. Sonst ein super Rezept, danke!")
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS)}</p>'
            f'<p>{plug}</p><p>... weiter zu <a href="/x">"die Wortwahl"</a></p></article>'
            f'<div class="recipe-comments"><div class="comment-item"><p>{comment}</p></div></div>'
            f'</body></html>')
    _story_without(html, "Wanderschuhe findest", "weiter zu", comment[:40])


def test_reader_address_sentence_broken_over_two_lines_is_cut_an_ad_label_takes_no_story_line():
    """'Werden Sie Mitglied bei' / 'for me und erhalten Sie exklusive Angebote!' is one sentence
    of furniture over two lines; after the label 'Anzeige' the story's sentence stays."""
    story = "um eine Forschungsgruppe erweitert, die fünf Jahre lang vom Bund gefördert wird."
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:2])}</p>'
            f'<p>{PARAGRAPHS[2]}<br>Werden Sie Mitglied bei<br>for me und erhalten Sie exklusive Angebote!</p>'
            f'<p>{PARAGRAPHS[3]}<br>Anzeige<br>{story}</p>'
            f'<p>{_long(PARAGRAPHS[1:])}</p></article></body></html>')
    text = _story_without(html, "Werden Sie Mitglied", "exklusive Angebote")
    assert story in text


def test_about_section_under_the_story_is_cut():
    """'Über diese Reihe' / 'Pressekontakt' and the blocks under them, after the story's last long
    paragraph, are the site's box; the same kind of heading above more story is left alone."""
    series = "Die Stiftung ist in rund 110 Ländern mit einem eigenen Büro vertreten und berichtet von dort."
    contact = "Pressesprecherin Anna Beispiel"
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:3])}</p>'
            f'<p>{_long(PARAGRAPHS[1:])}</p><h3>Über diese Reihe</h3><p>{series}</p>'
            f'<h3>Pressekontakt</h3><p>{contact}</p></article></body></html>')
    _story_without(html, series[:40], contact, "Über diese Reihe")


def test_teaser_above_a_read_more_link_is_cut_a_story_paragraph_before_one_is_not():
    """(On trafilatura's blocks: it keeps the bare link on some pages only.)"""
    from lesart.stages.extract.html_blocks import _Block
    from lesart.stages.extract.html_classify import _cut_read_more_teasers

    def blocks(*pairs):
        return [_Block(kind=kind, text=text, tag="p") for kind, text in pairs]

    story = " ".join(PARAGRAPHS)
    teaser = "Heu ist die Grundlage einer guten Pferdefütterung. Doch viele Ballen enthalten Staub."
    article = blocks(("body", story), ("heading", "Leseprobe"), ("body", teaser), ("navigation", "weiterlesen →"))
    _cut_read_more_teasers(article)
    assert [b.kind for b in article] == ["body", "heading", "navigation", "navigation"]
    page_two = "Auf dem Foto ist klar zu erkennen, dass die Sängerin nach der Trennung abgenommen hat."
    article = blocks(("body", story), ("body", page_two), ("navigation", "Weiterlesen"))
    _cut_read_more_teasers(article)
    assert [b.kind for b in article] == ["body", "body", "navigation"]


def test_run_of_menu_labels_above_the_story_is_cut():
    labels = [f"Übersicht: Bereich {name}" for name in
              ("Arbeit", "Rente", "Soziales", "Europa", "Presse", "Service", "Mediathek", "Ministerium",
               "Teilhabe", "Statistik", "Abonnements", "Kontakt")]
    html = ('<html lang="de"><body><article>' + "".join(f"<p>{label}</p>" for label in labels)
            + f'<p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p></article></body></html>')
    _story_without(html, *labels)


def test_call_to_action_plug_is_cut():
    plug = "Über 20.000 Traumjobs warten auf dich in unserer Jobbörse. Gleich reinschauen und entdecken!"
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:3])}</p>'
            f'<p>{_long(PARAGRAPHS[1:])}</p><p>{plug}</p><h3>Jetzt die aktuelle Ausgabe bestellen!</h3>'
            f'</article></body></html>')
    _story_without(html, "Traumjobs", "Ausgabe bestellen")


def test_login_dialog_comment_section_and_embed_buttons_are_cut():
    dialog = ('<div id="aria-login-dialog" class="b-dialog x-dialog-login"><h2>Passwort vergessen?</h2>'
              '<p>Du erhältst in Kürze eine E-Mail von uns mit Infos, wie du dein Passwort zurücksetzen kannst.</p>'
              '<h2>Deine Registrierung war erfolgreich</h2>'
              '<p>Schön, dass du hier bist. Du kannst nun dein Konto in vollem Umfang nutzen.</p></div>')
    comment = ("Ich will der Stadt ihre neue Attraktion gar nicht madig machen, es ist auch schön, dass man "
               "daran arbeitet, aber ein Quantensprung ist das wirklich nicht.")
    html = (f'<html lang="de"><body><article><p>{_long(PARAGRAPHS[:3])}</p>'
            f'<p>Sieh dir diesen Beitrag auf Instagram an</p><p>{_long(PARAGRAPHS[1:])}</p>'
            f'<p>Die Autorin ist Stadtplanerin und lebt in Leipzig.</p>'
            f'<h3>Kommentare</h3><p>Kritiker2010</p><p>{comment}</p><p>2 / 0 / Login für Vote</p>'
            f'{dialog}</article></body></html>')
    _story_without(html, "Passwort", "Registrierung", "Instagram", "Die Autorin", "Kritiker2010", "Quantensprung")


def test_subheading_starting_with_zuletzt_is_kept_a_repeated_paragraph_once():
    from lesart.stages.extract import html as H
    from lesart.stages.extract.html_blocks import _Block
    from lesart.stages.extract.html_captions import _Captions
    from lesart.stages.extract.html_classify import _classify
    article = [_Block(kind="body", text=" ".join(PARAGRAPHS), tag="p"),
               _Block(kind="heading", text="Zuletzt 2013 gegen Brasilien erfolgreich", tag="head"),
               _Block(kind="body", text=PARAGRAPHS[0], tag="p"),
               _Block(kind="body", text=PARAGRAPHS[0], tag="p")]
    _classify(article, H.PageMeta(), _Captions([], []))
    assert [b.kind for b in article] == ["body", "heading", "body", "boilerplate"]


def test_dialog_is_named_by_a_class_word_not_by_a_state_or_trigger_of_one():
    from lxml import html as lxml_html
    from lesart.stages.extract.html_boxes import _names_dialog
    def names(attributes):
        return _names_dialog(lxml_html.fromstring(f"<div {attributes}>x</div>"))
    assert names('class="modal fade"') and names('class="paywall-modal__content"') and names('id="login"')
    # a story that can open a modal, the link that opens one, Drupal's page wrapper
    assert not names('class="box article modal-enabled"') and not names('class="sharebar popup-link"')
    assert not names('class="dialog-off-canvas-main-canvas"')


def test_english_title_case_heading_after_by_is_no_byline():
    from lesart.stages.extract import phrases as P
    assert P.HTML_BYLINE.search("By John Smith") and P.HTML_BYLINE.search("Von Jan Kupitz")
    assert not P.HTML_BYLINE.search("By The Numbers") and not P.HTML_BYLINE.search("By Land And Sea")


def test_english_furniture_lines_and_the_click_to_tweet_button_are_cut():
    quotable = "Every online business exists in the space-time continuum, and most owners forget it."
    html = (f'<html lang="en"><body><article><p>{_long(PARAGRAPHS[:3])}</p><h3>More:</h3>'
            f'<p>{quotable}Click To Tweet</p><p>{_long(PARAGRAPHS[1:])}</p>'
            f'<p>If you buy something through this post, IGN may get a share of the sale.</p>'
            f'<p>SOURCE: Al Jazeera News</p><p>Filed under: Khawarij |</p><h3>More Great WIRED Stories</h3>'
            f'</article></body></html>')
    text = _story_without(html, "More:", "Click To Tweet", "share of the sale", "Al Jazeera", "Filed under", "WIRED")
    assert quotable in text


def test_embedded_post_keeps_its_credit_line_and_loses_its_button():
    from lesart.stages.extract import phrases as P
    assert P.HTML_BOILERPLATE.search("View this post on Instagram")
    # whose post it is, like a tweet's "— Name (@handle) date": kept with the post
    assert not P.HTML_BOILERPLATE.search("A post shared by Spice Girls (@spicegirls) on Jun 16, 2019 at 7:30am PDT")
    assert not P.HTML_BOILERPLATE.search("Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017")


def test_wire_credit_for_the_reporting_under_the_story_is_cut():
    credit = ("Associated Press writers Alan Fram, Zeke Miller and Laurie Kellman contributed to this report.")
    html = (f'<html lang="en"><body><article><p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p>'
            f'<p>{credit}</p><p>Additional reporting by Joseph Hudak</p></article></body></html>')
    _story_without(html, "contributed to this report", "Joseph Hudak")


def test_a_paragraph_split_at_a_link_is_put_back_together():
    # Text set in a <div> with <br>s beside other elements (here a pull quote): trafilatura, asked
    # for links, starts a new paragraph at a link and drops the space after it ("security fairin Las Vegas").
    story = (
        "<blockquote>We lied, we cheated, we stole.</blockquote>"
        "The London embassy contract proved especially valuable to the firm, which guarded the building "
        "for years and reported to its owners in Spain every week.<br><br>"
        "In 2016, the founder rushed off alone to a <a href='https://example.org/fair'>security fair</a> "
        "in Las Vegas, hoping to rustle up lucrative new gigs by touting his role as the guardian of the "
        "embassy.<br><br>"
        "Days later, he returned to his company's headquarters in Jerez de la Frontera with exciting news "
        "for his staff and a new contract that would change the firm for good.<br><br>"
        "He told them about the contract in a long meeting and asked them to keep it to themselves, "
        "which most of them did for the next two years."
    )
    html = (f"<html lang='en'><head><title>The contract</title></head><body><article><h1>The contract</h1>"
            f"<div class='story'>{story}</div></article></body></html>")
    text = extract_html(html).article_text
    assert "fairin" not in text
    assert "rushed off alone to a security fair in Las Vegas, hoping" in text


def test_a_share_word_link_inside_a_sentence_keeps_the_rest_of_the_sentence():
    # Text set in a <div> with <br>s (a book review): trafilatura, asked for links, reads the link
    # on its own and drops it, with the rest of the sentence, when its text is one of its share-button
    # words ("PDF", "E-Mail", "Facebook"): the paragraph read "Ein Blick in das Inhaltsverzeichnis (".
    review = (
        "<h2>Aufbau und Inhalt</h2><br />"
        f"{_long(PARAGRAPHS[:2])}<br /><br />"
        "Ein Blick in das Inhaltsverzeichnis (<a href='https://example.org/inhalt.pdf'>PDF</a>) zeigt aber: "
        "Hier bleiben kaum Fragen offen. In neun Kapiteln erfasst das Buch alle relevanten Rechtsgebiete."
        f"<br /><br />{_long(PARAGRAPHS[2:])}<br />"
    )
    html = (f"<html lang='de'><head><title>Internetrecht</title></head><body><article><h1>Internetrecht</h1>"
            f"<div class='entry'>{review}</div></article></body></html>")
    text = extract_html(html).article_text
    assert ("Ein Blick in das Inhaltsverzeichnis (PDF) zeigt aber: Hier bleiben kaum Fragen offen. "
            "In neun Kapiteln") in text


def test_share_bar_links_stay_links_and_the_page_keeps_its_links():
    from lesart.stages.extract.html import _parse, _trafilatura_blocks, _unlink_misread_links
    bar = _parse("<html><body><div class='share'><a href='/f'>Facebook</a> | <a href='/t'>Twitter</a> | "
                 "<a href='/m'>E-Mail</a></div></body></html>")
    assert _unlink_misread_links(bar.iter("a")) == []
    page = _parse(f"<html><body><article><div><h2>Termine</h2><br />{_long(PARAGRAPHS)}<br /><br />"
                  f"Folgen Sie uns auf <a href='/f'>Facebook</a>, dort gibt es jeden Tag Neues aus der Stadt.<br /><br />"
                  f"{_long(PARAGRAPHS[::-1])}</div></article></body></html>")
    blocks = _trafilatura_blocks(page)
    assert any("auf Facebook, dort gibt es jeden Tag Neues" in block.text for block in blocks)
    assert [link.text for link in page.iter("a")] == ["Facebook"]     # named <a> again after trafilatura's pass


def test_text_after_a_link_without_text_is_not_linked_text():
    # A picture's link (a "pin it" button) opens a short paragraph between short paragraphs
    # of a blog post: trafilatura, asked for links, hands the empty link its tail as its
    # text, and the paragraph read as one link (link share 1) and was cut as a link line.
    pin = ("<a href='https://www.pinterest.com/pin/create/button/?url=x'><img src='pin.jpg' alt=''></a>"
           "Because once you understand my approach to the work …")
    def short_paragraphs(paragraphs: list[str]) -> str:      # one sentence each: no paragraph is long
        return "".join(f"<p>{sentence.rstrip('.')}.</p>" for paragraph in paragraphs
                       for sentence in paragraph.split(". ")[:2])
    html = (f"<html lang='en'><head><title>Business focus</title></head><body><article><h1>Business focus</h1>"
            f"{short_paragraphs(PARAGRAPHS[:3])}<h3>How can I promise you are about to feel better?</h3>"
            f"<p>{pin}</p>{short_paragraphs(PARAGRAPHS[3:])}</article></body></html>")
    result = extract_html(html)
    assert ("body", "Because once you understand my approach to the work …") in result.blocks
    assert ("heading", "How can I promise you are about to feel better?") in result.blocks


def test_a_picture_zoom_instruction_is_furniture():
    from lesart.stages.extract import phrases as P
    for line in ("Zum Vergrößern bitte anklicken", "Klicken zum Vergrößern", "Zur Vergrößerung klicken",
                 "Click to enlarge", "Click on the image to enlarge"):
        assert P.HTML_BOILERPLATE.found(line), line
    for sentence in ("Zum Vergrößern der Karte sind weitere Schritte nötig.", "Click to enlarge your savings today"):
        assert not P.HTML_BOILERPLATE.found(sentence), sentence


def test_a_paragraph_that_opens_with_a_link_keeps_its_space():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>{body}"
            f"<div class='note'><a href='https://example.org/jung'>Burkhard Jung</a> ist seit 2006 "
            f"Oberbürgermeister der Stadt Leipzig und wurde zweimal wiedergewählt.</div>"
            f"{body.replace('Leipzig', 'Dresden')}</article></body></html>")
    text = extract_html(html).article_text
    assert "Burkhard Jung ist seit 2006" in text


def test_a_chinese_story_is_no_menu_of_labels():
    # Chinese sets no spaces: each paragraph counts as one "word", and without its
    # length in characters and the full-width full stop the whole story read as a
    # run of menu labels above a story that never starts.
    sentences = [
        "在美国旧金山举行的中美元首会晤吸引了全世界的目光，多名外国专家接受了采访。",
        "专家们认为，中美合作共赢符合国际社会的利益，美方应当采取更多的实际行动。",
        "美中合作基金会执行主席认为，共同繁荣还是互相毁灭，这是两国面临的抉择。",
        "瑞典一家研究所的副所长指出，作为全球最大的两个经济体，两国关系影响每个国家。",
        "各国在供应链和贸易运输上相互依存，因此两个大国必须深化合作，避免摩擦。",
        "克罗地亚一家论坛的主席表示，元首会晤的举行本身就是一项重大的外交成就。",
        "此次会晤让人们对两个大国之间的合作前景更加乐观，市场也作出了积极反应。",
        "巴基斯坦一家研究中心的主任指出，这次会晤为改善两国关系带来了新的希望。",
        "他认为，媒体应该发挥更具建设性的作用，准确地报道两国合作与发展的前景。",
        "在他看来，通过促进互利合作，媒体可以为两国关系止跌企稳作出自己的贡献。",
        "亚太地区一家机构的会长表示，国际社会高度关注两国如何改善双边关系。",
        "他分析称，双方需要作出更令人放心的承诺，并采取更多令人安心的行动。",
    ]
    body = "".join(f"<p>{s}</p>" for s in sentences)
    html = (f"<html lang='zh'><head><title>中美元首会晤</title></head><body><article><h1>中美元首会晤</h1>"
            f"{body}</article></body></html>")
    text = extract_html(html).article_text
    assert all(s in text for s in sentences)


def test_the_space_before_a_link_in_a_list_item_is_kept():
    # In a list item with bold text and <br>s trafilatura, asked for links, drops the space
    # before a link ("Sozialabgaben und<ref>Steuern ...</ref>"); the page's own <a> shows it.
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    item = ("<ol><li><strong>Sie stecken Gehalt in eine günstige Rentenversicherung - </strong>Seit 2002 haben "
            "Arbeitnehmer einen Anspruch darauf, Teile ihres Bruttolohns einzuzahlen. <br><br> Lange Zeit lohnte "
            "sich das wegen der Sozialabgaben und <a href='/steuern/'>Steuern auf die spätere Rente</a> nur dann, "
            "wenn der Arbeitnehmer sehr alt wurde.</li><li>Ein zweiter Punkt der Liste mit genug Worten, damit er "
            "zählt, und noch ein paar mehr.</li></ol>")
    html = (f"<html lang='de'><head><title>Rente</title></head><body><article><h1>Rente</h1>{body}{item}{body}"
            f"</article></body></html>")
    text = extract_html(html).article_text
    assert "Sozialabgaben und Steuern auf die spätere Rente nur dann" in text


def test_loose_text_after_a_subheading_is_kept():
    # A paragraph the page sets without a <p>, right after a subheading in the same container:
    # trafilatura's XML gives it as the tail of the <head> element (its text output keeps it).
    loose = ("Die Verwaltung rechnet damit, dass die ersten neuen Busse schon im kommenden Herbst "
             "fahren und die Wartezeiten an den Haltestellen in den Außenbezirken deutlich sinken.")
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
            f"<div class='text'>{body}<h2>Mehr Busse</h2>{loose}{body.replace('Leipzig', 'Dresden')}</div>"
            f"</article></body></html>")
    result = extract_html(html)
    assert loose in result.article_text
    assert ("body", loose) in result.blocks


def test_short_loose_text_at_the_edge_or_without_words_is_cut():
    # Loose text is a paragraph only when it is one: a one-line bio under the story and a
    # video's date and length beside a caption are furniture that themes set without a <p>.
    bio = "Anna Beispiel schreibt seit 2019 über Stadtpolitik in Sachsen."
    body = "".join(f"<p>{_long(PARAGRAPHS)}</p>" for _ in range(2))
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
            f"<div class='text'>{body}<p>{PARAGRAPHS[0]}</p>05.09.2024 | 2:03 min<p>{PARAGRAPHS[1]}</p>{body}"
            f"<h3>Die Autorin</h3>{bio}</div></article></body></html>")
    result = extract_html(html)
    assert "2:03 min" not in result.article_text
    assert bio not in result.article_text
    assert PARAGRAPHS[1] in result.article_text
    assert any(kind == "boilerplate" and "2:03 min" in text for kind, text in result.blocks)


def test_an_info_box_class_around_the_whole_story_is_no_box():
    # A tab panel "tab-content infobox" that holds the whole text is the story's container,
    # not a fact box beside it; a small info box inside it is still cut.
    box = ("Unter den rund 89.500 Geflüchteten in Leipzig sind rund 65.500 Menschen im erwerbsfähigen Alter, "
           "17.000 von ihnen gehen einer Beschäftigung nach.")
    html = (f"<html lang='de'><body><div class='tab-content infobox'><h1>Haushalt</h1>"
            f"<p>{_long(PARAGRAPHS[:3])}</p><p>{_long(PARAGRAPHS[1:])}</p>"
            f'<div class="infobox small"><h3>Geflüchtete in Leipzig</h3><p>{box}</p></div>'
            f"<p>{_long(PARAGRAPHS)}</p></div></body></html>")
    _story_without(html, "89.500")


def test_a_bare_address_of_another_site_is_a_cited_source():
    # A bare address under the story that points to another site is the source it cites
    # (gold texts keep it); the page's own address under it is a permalink, furniture.
    cited = "http://www.openpetition.de/petition/online/gegen-die-tarifreform-2013"
    own = "https://www.tagesblatt.example/leipzig/haushalt-2024.html"
    body = "".join(f"<p>{_long(PARAGRAPHS)}</p>" for _ in range(2))
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>{body}"
            f"<p><a href='{cited}'>{cited}</a></p><p><a href='{own}'>{own}</a></p></article></body></html>")
    text = extract_html(html, "https://tagesblatt.example/leipzig/haushalt-2024.html").article_text
    assert cited in text
    assert own not in text
    # without the page's own address, no bare address can be told from the permalink: both are cut
    assert cited not in extract_html(html).article_text


def test_a_sentence_that_opens_with_werbung_is_no_ad_label():
    # "Werbung nervt." opens a paragraph of a story about ad blockers; a label stands alone,
    # before the ad's text or before what it advertises ("WERBUNG für ...").
    opening = ("Werbung nervt. Tracking nervt. Und gerade mobil habe ich eigentlich keine Zeit, "
               "meine Download-Rate mit hässlichen Werbemitteln zu verbringen.")
    body = "".join(f"<p>{_long(PARAGRAPHS)}</p>" for _ in range(2))
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
            f"<p>{opening}</p>{body}<p>WERBUNG für Plantur Farbshampoo</p><p>Anzeige</p>{body}"
            f"</article></body></html>")
    text = _story_without(html, "Plantur", "Anzeige")
    assert opening in text


def test_ad_word_in_sentence_pattern():
    from lesart.stages.extract import phrases as P
    assert P.AD_WORD_IN_SENTENCE.match("Werbungskosten können abgesetzt werden")
    assert not P.AD_WORD_IN_SENTENCE.match("ANZEIGE Jetzt Traumreise buchen")
    assert not P.AD_WORD_IN_SENTENCE.match("Werbung wegen Markennennung")


def test_bare_read_more_buttons_and_ad_slot_labels_in_the_story_are_cut():
    # A list of teasers with a "Mehr erfahren" button under each, set between paragraphs of the
    # page, and an "Ad" label left by an ad slot that did not load: the blocks as trafilatura
    # kept them on a research institute's page (trafilatura drops such buttons on simpler pages).
    from lesart.stages.extract.html_blocks import _Block
    from lesart.stages.extract.html_captions import _Captions
    from lesart.stages.extract.html_classify import _classify
    from lesart.stages.extract.html_meta import PageMeta
    teasers = ["Deutschland will sich eine globale Führungsrolle bei Wasserstofftechnologien sichern und "
               "setzt dabei stärker als andere Länder auf Importe.",
               "Bis 2030 soll ein großer Teil des Stroms aus erneuerbaren Energien stammen; einen Beitrag "
               "dazu sollen Windparks auf See leisten."]
    article = [_Block(kind="body", text=_long(PARAGRAPHS), tag="p"), _Block(kind="heading", text="News", tag="head")]
    for teaser in teasers:
        article += [_Block(kind="body", text=teaser, tag="p"),
                    _Block(kind="body", text="Mehr erfahren", tag="p", link_share=1.0)]
    article += [_Block(kind="body", text="Ad", tag="p"), _Block(kind="body", text=_long(PARAGRAPHS[::-1]), tag="p")]
    _classify(article, PageMeta(title="Haushalt", language="de"), _Captions([]))
    kinds = [block.kind for block in article]
    assert kinds == ["body", "navigation", "navigation", "navigation", "navigation", "navigation",
                     "advertisement", "body"]


def test_wire_credit_under_a_story_of_short_paragraphs_is_cut():
    # Wire copy sets a sentence or two a paragraph: no paragraph reaches 60 words, yet the
    # credit line under the story is still under the story.
    body = "".join(f"<p>{s} Das teilte die Stadt am Montag in Leipzig mit.</p>" for s in PARAGRAPHS)
    html = (f'<html lang="en"><body><article>{body}'
            f"<p>(Reporting by Will Dunham; Editing by Tom Brown)</p></article></body></html>")
    _story_without(html, "Will Dunham")


def test_a_section_label_above_the_headline_is_cut():
    # The section a release is filed under, set as a heading above the headline
    # ("Pressemitteilungen"), is no part of the story.
    html = (f"<html lang='de'><head><title>Leipzig beschließt Rekordhaushalt</title></head><body><article>"
            f"<h2>Pressemitteilungen</h2><h1>Leipzig beschließt Rekordhaushalt</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    result = extract_html(html)
    assert "Pressemitteilungen" not in result.article_text
    assert ("navigation", "Pressemitteilungen") in result.blocks
    assert all(p in result.article_text for p in PARAGRAPHS)


def test_a_date_line_with_its_time_after_a_slash_or_dash_is_cut():
    from lesart.stages.extract import phrases as P
    assert P.DATELINE.match("12. November 2015 / 13:48")
    assert P.DATELINE.match("20. März 2021 - 15:00 Uhr")
    assert not P.DATELINE.match("05.11.2022 - Dives - WUK")     # a concert list's line
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>"
            f"<p>20. März 2021 - 15:00 Uhr</p>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + "</article></body></html>")
    _story_without(html, "15:00 Uhr")


def test_the_explore_further_label_is_cut():
    from lesart.stages.extract import phrases as P
    assert P.HTML_BOILERPLATE.search("Explore further")
    assert not P.HTML_BOILERPLATE.search("Scientists want to explore further how the brain stops")


def test_folded_patterns_found_answers_as_search_does():
    # found() splits a pattern's alternatives (anchored, starting with a letter, the rest)
    # for speed; it must say what bool(search()) says, on every pattern and kind of line.
    from lesart.stages.extract import phrases as P
    assert P._alternatives(r"^a[|\]]b|(?:c|d)|\|e|[]|]f") == [r"^a[|\]]b", "(?:c|d)", r"\|e", "[]|]f"]
    lines = ["View this post on Instagram", "Explore further", "Scientists want to explore further how",
             "Pressekontakt: Anna Muster", "Story continues below advertisement", "Mo, 11:41 Uhr", "2 min",
             "Posted by admin | Category: News", "Fotos zum Download finden Sie hier", "Das ganze Interview gibt es hier",
             "Das Konzeptpapier finden Sie hier:", "Abonnieren Sie unseren Newsletter", "Externe Inhalte laden",
             "ANZEIGE", "Werbung nervt.", "Der Vergleich zeigt die Kosten", "Preisvergleich zeigt aktuelle Tarife",
             "Insel 2025, 542 S., 28 €", "Jetzt die aktuelle Ausgabe bestellen!", "İSTANBUL NEWSLETTER", "Foto: dpa",
             "Bild: Anna Muster / dpa", "Die Anlage ist immer mit Risiko verbunden", "", "   ", "Hauptinhalt",
             "Zum Vergrößern bitte anklicken", "Click to enlarge"]
    for pattern in (v for v in vars(P).values() if isinstance(v, P.FoldedPattern)):
        for line in lines:
            assert pattern.found(line) == bool(pattern.search(line)), (pattern.source[:30], line)
            assert pattern.found(line, line.lower()) == bool(pattern.search(line, line.lower()))
    assert P.HTML_BOILERPLATE.found("Explore further") and not P.HTML_BOILERPLATE.found("We explore further")


def test_cheap_tests_before_the_contributor_and_tweet_patterns_never_skip_a_match():
    # _classify and _split_glued run CONTRIBUTORS and TWEET_BUTTON only where "by"/"contr" and
    # "tweet" stand in the lowered text: their letters match only themselves under re.IGNORECASE.
    import re
    import sys
    from lesart.stages.extract import phrases as P
    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    for letter in "bycontrwe":
        assert {c.lower() for c in re.findall(letter, every, re.IGNORECASE)} == {letter}
    for line in ["(Reporting by Will Dunham; Editing by Tom Brown)", "WRITING BY Jane Doe",
                 "Associated Press writers Alan Fram and Zeke Miller CONTRIBUTED to this report.",
                 "Additional reporting by Joseph Hudak"]:
        assert P.CONTRIBUTORS.search(line) and P.may_name_contributors(line)
    assert not P.may_name_contributors("Die Polizei ermittelt weiter.")
    assert "tweet" in "A quotable sentence. Click To TWEET".lower()
    assert P.TWEET_BUTTON.search("A quotable sentence. Click To TWEET")


def test_comments_under_a_story_of_short_paragraphs_are_cut():
    # The comment section's label wanted a 60-word paragraph above it: a story of short
    # paragraphs (wire copy, a sentence or two each) kept its readers' comments.
    body = "".join(f"<p>{p} Das teilte die Stadt am Montag mit.</p>" for p in PARAGRAPHS)
    comment = "Endlich mal eine gute Nachricht aus dem Rathaus, weiter so und bitte auch an die Radwege denken!"
    html = (f"<html lang='de'><head><title>Haushalt</title></head><body><article><h1>Haushalt</h1>{body}"
            f"<h3>Kommentare</h3><p>{comment}</p></article></body></html>")
    _story_without(html, "Radwege")


def test_the_list_a_kept_paragraph_announces_comes_back():
    # trafilatura kept "So schützen Sie sich vor Einbrechern:" but dropped the tips under it
    # (a crime-prevention release); a list of links under "Links zur Sendung:" stays out.
    from lxml import html as lxml_html
    from lesart.stages.extract.html import _restore_announced_lists
    from lesart.stages.extract.html_blocks import _Block
    tips = ["Wenn Sie Ihr Haus verlassen, schließen Sie unbedingt Ihre Haustür ab.",
            "Verschließen Sie immer Fenster, Balkon- und Terrassentüren."]
    page = (f"<html><body><div><p>{PARAGRAPHS[0]}</p><p>So schützen Sie sich vor Einbrechern:</p>"
            f"<ul><li><strong>Türen</strong><br>{tips[0]}</li><li>{tips[1]}</li></ul>"
            f"<p>Links zur Sendung:</p><ul><li><a href='/a'>Interview eins</a></li>"
            f"<li><a href='/b'>Interview zwei</a></li></ul></div></body></html>")
    article = [_Block(kind="body", text=PARAGRAPHS[0], tag="p"),
               _Block(kind="body", text="So schützen Sie sich vor Einbrechern:", tag="p"),
               _Block(kind="body", text="Links zur Sendung:", tag="p")]
    _restore_announced_lists(lxml_html.fromstring(page), article)
    assert [b.text for b in article] == [PARAGRAPHS[0], "So schützen Sie sich vor Einbrechern:",
                                         f"Türen {tips[0]}\n{tips[1]}", "Links zur Sendung:"]
    assert article[2].kind == "body"
    # a list the article already holds is not added twice
    _restore_announced_lists(lxml_html.fromstring(page), article)
    assert len(article) == 4


def test_a_subheading_that_starts_like_the_headline_below_the_story_is_no_title():
    # Under the game's description, "Bee Simulator Mehrspieler" starts like the headline
    # "Bee Simulator", but it heads a section of the text, not the page.
    description = ("Entdecke die großen Abenteuer einer kleinen Biene. Dieses süße Spiel zeigt den Alltag "
                   "einer Biene und vermittelt dabei lehrreiche Inhalte über die Natur.")
    html = (f"<html lang='de'><head><title>Bee Simulator</title></head><body><div class='content'>"
            f"<p>{description}</p><h2>Bee Simulator Mehrspieler</h2>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></body></html>")
    result = extract_html(html)
    assert ("heading", "Bee Simulator Mehrspieler") in result.blocks
    assert description in result.article_text


def test_a_subheading_set_as_a_div_between_two_kept_paragraphs_comes_back():
    # PolitiFact sets its subheadings as <div class="pf_subheadline"> between the <p>s of
    # the story; trafilatura kept the paragraphs and dropped the subheading. An ad label, a
    # picture's placeholder and a linked line between paragraphs stay out.
    from lxml import html as lxml_html
    from lesart.stages.extract.html import _restore_between_paragraphs
    from lesart.stages.extract.html_blocks import _Block
    first, second, third, fourth = PARAGRAPHS[:4]
    page = (f"<html><body><div><p>{first}</p><div class='pf_subheadline'>Who pays the cost of a tariff?</div>"
            f"<p>{second}</p><div class='sdc-site-au'>Advertisement</div><p>{third}</p>"
            f"<div class='article-image placeholder'>Placeholder image-1</div><p>{fourth}</p>"
            f"<div><a href='/x'>Another story</a></div><p>{first}</p></div></body></html>")
    article = [_Block(kind="body", text=text, tag="p") for text in (first, second, third, fourth)]
    _restore_between_paragraphs(lxml_html.fromstring(page), article)
    assert [b.text for b in article] == [first, "Who pays the cost of a tariff?", second, third, fourth]
    assert article[1].kind == "heading"
    # a pull quote named as one comes back as a quote; nothing comes back twice
    quote = "All contact between his family and his friends dissolved, leaving little but bitterness."
    page = f"<html><body><p>{first}</p><div class='pull-quote'>{quote}</div><p>{second}</p></body></html>"
    article = [_Block(kind="body", text=first, tag="p"), _Block(kind="body", text=second, tag="p")]
    _restore_between_paragraphs(lxml_html.fromstring(page), article)
    _restore_between_paragraphs(lxml_html.fromstring(page), article)
    assert [(b.kind, b.text) for b in article] == [("body", first), ("quote", quote), ("body", second)]


def test_a_pull_quote_between_two_kept_paragraphs_comes_back():
    # Slate's <div class="pull-quote"> repeats a sentence of the story; the Scrapinghub gold
    # keeps it where the page shows it. On a German page (the Fundus parsers skip such a
    # repeat) only a quote the article does not hold yet comes back.
    from lxml import html as lxml_html
    from lesart.stages.extract.html import _restore_pull_quotes
    from lesart.stages.extract.html_blocks import _Block
    first = ("All contact between the writer's family and his friends dissolved, leaving behind little but "
             "bitterness, particularly when, a couple of months later, someone tried to edit his encyclopedia page "
             "to remove all mention of his partner.")
    second = "His friends and loved ones held their own memorial service, which many of his readers attended."
    quote = "All contact between the writer's family and his friends dissolved, leaving behind little but bitterness."
    page = (f"<html><body><p>{first}</p><div class='ad-slot'></div><div class='pull-quote pull-quote--right'>"
            f"<span>{quote}</span></div><p>{second}</p></body></html>")

    def restored(language):
        article = [_Block(kind="body", text=first, tag="p"), _Block(kind="body", text=second, tag="p")]
        _restore_pull_quotes(lxml_html.fromstring(page), article, language)
        return [(b.kind, b.text) for b in article]

    assert restored("en") == [("body", first), ("quote", quote), ("body", second)]
    assert restored("de") == [("body", first), ("body", second)]


def test_a_quotation_set_as_a_figure_between_two_paragraphs_comes_back_without_its_caption():
    # ZDF sets a quotation as <figure><blockquote>...</blockquote><figcaption>who said it</figcaption>;
    # trafilatura drops the figure, the Fundus gold keeps the quotation (not the caption). A figure
    # quote with a link (an embedded post) stays out.
    first = ("Putin hat gestern die Sitzung zur Nationalitätenpolitik abgehalten, scheinbar ein Routinetermin, "
             "und warnte davor, Russland von außen zu zerschlagen:")
    quote = ("Immer häufiger ist von einer Art Dekolonisierung Russlands die Rede. Im Kern geht es darum, "
             "die Russische Föderation zu zerschlagen.")
    html = (f"<html lang='de'><head><title>Putin warnt</title></head><body><article><h1>Putin warnt</h1>"
            f"<p>{PARAGRAPHS[0]}</p><div><p>{first}</p></div><div><div><figure><blockquote><p>{quote}</p>"
            f"<span aria-hidden='true'>„</span></blockquote><figcaption><p>Wladimir Putin, Präsident von Russland</p>"
            f"</figcaption></figure></div></div><div><p>{PARAGRAPHS[1]}</p></div>"
            f"<figure><blockquote><p>Ein Beitrag von <a href='https://x.com/a'>@a</a> über den Termin.</p></blockquote>"
            f"</figure><p>{PARAGRAPHS[2]}</p></article></body></html>")
    text = extract_html(html).article_text
    assert f"{first}\n\n{quote} „\n\n{PARAGRAPHS[1]}" in text
    assert "Wladimir Putin, Präsident" not in text
    assert "Ein Beitrag von" not in text


def test_a_time_stamp_line_and_a_blog_filing_line_are_cut():
    # "기사입력 :[ 2018-08-25 15:24 ]" over a Korean story; "05/10/2018 - Publicado por: ... -
    # Categoria: Saúde - Tags: ..." over a Brazilian city's news; a sentence with a date and a
    # time, or a date line without a time, stays.
    from lesart.stages.extract import phrases as P
    for line in ("기사입력 :[ 2018-08-25 15:24 ]", "Posted: 2019-11-18 09:30",
                 "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad",
                 "Posted by admin | Category: News"):
        assert P.HTML_BOILERPLATE.search(line), line
    for line in ("The hearing is set for 2019-11-18 at 09:30 in the capital.", "Termin: 29.02.2020, 19 Uhr",
                 "Published by Penguin, the book sold well."):
        assert not P.HTML_BOILERPLATE.search(line), line


def test_furniture_between_two_paragraphs_does_not_come_back():
    # what _classify would cut stays out of the restored elements: the label over an ad slot,
    # a date line, a credit line (and the ad label is boilerplate where trafilatura kept it)
    from lxml import html as lxml_html
    from lesart.stages.extract import phrases as P
    from lesart.stages.extract.html import _restore_between_paragraphs
    from lesart.stages.extract.html_blocks import _Block
    first, second, third, fourth = PARAGRAPHS[:4]
    page = (f"<html><body><p>{first}</p><div>Story continues below advertisement</div><p>{second}</p>"
            f"<div>Updated 3:45 PM</div><p>{third}</p><div>Photo: Jane Doe</div><p>{fourth}</p></body></html>")
    article = [_Block(kind="body", text=text, tag="p") for text in (first, second, third, fourth)]
    _restore_between_paragraphs(lxml_html.fromstring(page), article)
    assert [b.text for b in article] == [first, second, third, fourth]
    assert P.HTML_BOILERPLATE.search("ARTICLE CONTINUES BELOW THIS AD")
    assert not P.HTML_BOILERPLATE.search("The story continues below the fold of the report, he said.")


def test_a_list_of_steps_that_opens_with_a_phrase_stays_a_list_of_plugs_goes():
    # "Sign up for ..." opens the first step of a how-to list in the story (Scrapinghub dev:
    # how to get Hulu's bundle); a list of plug labels with the same phrase is furniture
    from lesart.stages.extract.html_blocks import _Block
    from lesart.stages.extract.html_captions import _Captions
    from lesart.stages.extract.html_classify import _classify
    from lesart.stages.extract.html_meta import PageMeta
    steps = ("Sign up for a Hulu ad-free account for $11.99 a month\n"
             "If you already have a Hulu account, visit your account page to upgrade\n"
             "Sign up for the Disney+ bundle using the same email as your Hulu account")
    plugs = "Order Reprints\nPrint Article"
    labels = "Newsletter abonnieren\nE-Paper und News in einer App\nPush-Nachrichten über den Tag hinweg"
    article = [_Block(kind="body", text=PARAGRAPHS[0], tag="p"),
               _Block(kind="body", text=steps, tag="list", items=3),
               _Block(kind="body", text=plugs, tag="list", items=2),
               _Block(kind="body", text=labels, tag="list", items=3),
               _Block(kind="body", text=PARAGRAPHS[1], tag="p")]
    _classify(article, PageMeta(), _Captions([]))
    assert [b.kind for b in article[1:4]] == ["body", "boilerplate", "boilerplate"]


def test_links_come_back_when_the_passes_cut_the_whole_article():
    # a link blog's post (trafilatura_de): every block a list of links, each cut as a menu;
    # with a paragraph of the story left, a link list stays cut
    from lesart.stages.extract.html import _keep_links_when_nothing_is_left
    from lesart.stages.extract.html_blocks import _Block
    links = _Block(kind="body", text="Presseförderung: Studie zweifelt an Stütze vom Staat\n"
                                     "via Horizont https://ift.tt/2loCdek", tag="list", items=2, link_share=0.9)
    stamp = _Block(kind="body", text="2019-10-06", tag="p")
    read = [(links, links.kind), (stamp, stamp.kind)]
    links.kind, stamp.kind = "navigation", "boilerplate"
    _keep_links_when_nothing_is_left(read)
    assert (links.kind, stamp.kind) == ("body", "boilerplate")
    story = _Block(kind="body", text=PARAGRAPHS[0], tag="p")
    links.kind = "navigation"
    _keep_links_when_nothing_is_left([(story, "body"), (links, "body")])
    assert links.kind == "navigation"
