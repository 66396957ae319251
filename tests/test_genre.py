"""The genre layer: the seed page, labels, URL sections and schema.org types."""
from __future__ import annotations

import lesart
from lesart.model import Block, Document, Sentence, SourceInfo
from lesart.stages.genre import GenreStage


def test_seed_is_opinion_or_mixed_and_carries_promotion(seed_doc):
    genre = seed_doc.genre
    assert genre is not None
    assert genre.label in ("opinion", "mixed"), genre
    assert genre.promotion is True
    assert any("advertisement blocks" in e for e in genre.evidence)
    assert any("subjective sentences" in e for e in genre.evidence)
    assert abs(sum(genre.scores.values()) - 1.0) < 0.01 and set(genre.scores) == {
        "report", "opinion", "promotional", "mixed", "satire"}


def _doc(paragraphs, subjective, uri=None, kinds=None, raw=None):
    text, blocks, sentences, pos = "", [], [], 0
    for i, para in enumerate(paragraphs):
        start = len(text)
        text += para + "\n"
        kind = kinds[i] if kinds else "body"
        blocks.append(Block(start=start, end=start + len(para), text=para, kind=kind))
        if kind == "body":
            flag = subjective[pos]
            pos += 1
            sentences.append(Sentence(start=start, end=start + len(para), text=para, subjective=flag,
                                      subjectivity=0.9 if flag else 0.1))
    doc = Document(id="g", source=SourceInfo(kind="html" if raw else "text", uri=uri), text=text, language="de")
    doc.blocks, doc.sentences = blocks, sentences
    if raw is not None:
        doc.raw = lesart.model.RawInput(name="g", content=raw, kind="html")
    return doc


FACTS = ["Der Rat beschloss am Dienstag den Haushalt.", "Die Abstimmung endete mit sieben zu zwei Stimmen.",
         "Die Sitzung dauerte drei Stunden.", "Der Haushalt umfasst 40 Millionen Euro."]


def test_objective_text_is_a_report_without_promotion():
    genre = GenreStage()(_doc(FACTS, [False] * 4)).genre
    assert genre.label == "report" and genre.promotion is False


def test_subjective_text_is_opinion():
    genre = GenreStage()(_doc(FACTS, [True] * 4)).genre
    assert genre.label == "opinion"


def test_sponsored_url_and_label_make_it_promotional():
    doc = _doc(["Anzeige", *FACTS], [False] * 4, uri="https://example.de/sponsored/neue-kueche",
               kinds=["heading", "body", "body", "body", "body"])
    genre = GenreStage()(doc).genre
    assert genre.label == "promotional" and genre.promotion
    assert any("/sponsored/" in e for e in genre.evidence)


def test_schema_org_opinion_type_from_raw_html():
    raw = '<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "x"}</script>'
    genre = GenreStage()(_doc(FACTS, [False, False, True, False], raw=raw)).genre
    assert "schema.org type OpinionNewsArticle" in genre.evidence
    assert genre.scores["opinion"] > GenreStage()(_doc(FACTS, [False, False, True, False])).genre.scores["opinion"]


def test_english_call_to_action_counts_as_addressing_the_reader():
    doc = _doc(["Sign up today and save 20% on your first order!", "You will love it."], [True, True])
    doc.language = "en"
    genre = GenreStage()(doc).genre
    assert any("addresses the reader" in e for e in genre.evidence)
    assert genre.scores["promotional"] > 0.2


def test_a_satire_outlet_is_satire_even_in_a_news_layout():
    """Der Postillon tags its stories NewsArticle and writes them as reports."""
    genre = GenreStage()(_doc(FACTS, [False] * 4, uri="https://www.der-postillon.com/2018/04/ostsee-krokodil.html")).genre
    assert genre.label == "satire" and "satire site der-postillon.com" in genre.evidence
    assert GenreStage()(_doc(FACTS, [False] * 4, uri="https://www.tagesschau.de/inland/x.html")).genre.label == "report"


def test_a_blog_host_is_not_the_site_name():
    from lxml import html as lxml_html
    from lesart.stages.extract.html_meta import read_metadata
    page = ('<html><head><meta property="og:site_name" content="Der Postillon"/>'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Krokodil",'
            ' "publisher": {"@type": "Organization", "name": "Blogger"}}</script></head><body><p>x</p></body></html>')
    assert read_metadata(lxml_html.fromstring(page)).site == "Der Postillon"


def test_a_label_is_a_label_not_a_word_in_a_sentence():
    said = ["In my opinion, the Crystal is the best looking of all.", *FACTS]
    genre = GenreStage()(_doc(said, [False] * 5)).genre
    assert not any("label" in e for e in genre.evidence)
    labelled = GenreStage()(_doc(["OPINION | Why the vote matters", *FACTS], [False] * 4,
                                 kinds=["heading", "body", "body", "body", "body"])).genre
    assert any('label "Opinion"' in e for e in labelled.evidence)


def test_shopping_pages_and_affiliate_disclosures_are_promotional():
    deals = _doc(["Daily Deals: PS4 controllers and AirPods", *FACTS], [False] * 4,
                 kinds=["title", "body", "body", "body", "body"])
    assert GenreStage()(deals).genre.label == "promotional"
    shop = GenreStage()(_doc(FACTS, [False] * 4, uri="https://www.example.de/kaufberatung/deals_angebote/lego")).genre
    assert shop.promotion and any("/kaufberatung/" in e for e in shop.evidence)
    paid = _doc([*FACTS, "Wenn Sie über diese Links kaufen, erhalten wir eine Provision."], [False] * 5)
    assert GenreStage()(paid).genre.promotion
    # a site footer's disclosure is no mark of the article
    footer = _doc([*FACTS, "Mit * markierte Links sind Affiliate-Links."], [False] * 4,
                  kinds=["body", "body", "body", "body", "boilerplate"])
    assert not GenreStage()(footer).genre.promotion
