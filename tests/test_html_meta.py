"""Page metadata read from <meta>, JSON-LD, <time> and the page's address (extract/html_meta.py)."""
from __future__ import annotations

from lxml import html as lxml_html

from lesart.stages.extract.html_meta import read_metadata

# A page that declares a placeholder date and carries an older date in a caption: what htmldate
# alone would guess (2017) is not when the article appeared.
PLACEHOLDER = """<html><head><title>Guards charged</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Guards charged",
 "datePublished": "0001-01-01T00:00:00Z"}</script>
<meta property="og:url" content="https://news.example.com/story/politics/2019/11/19/guards-charged/4233306002/">
</head><body><article><p>Two officers were charged Tuesday.</p>
<figure><figcaption>This March 28, 2017, file photo shows the jail.</figcaption></figure></article></body></html>"""


def test_date_in_the_pages_address_before_a_guess():
    assert read_metadata(lxml_html.fromstring(PLACEHOLDER)).published == "2019-11-19"
    page = PLACEHOLDER.replace('<meta property="og:url" content="https://news.example.com/story/politics/2019/11/19/'
                               'guards-charged/4233306002/">', "")
    tree = lxml_html.fromstring(page)
    assert read_metadata(tree, url="https://news.example.com/2024-05-03/guards-charged").published == "2024-05-03"


def test_declared_date_wins_over_the_address():
    page = PLACEHOLDER.replace("0001-01-01T00:00:00Z", "2019-11-20T08:00:00Z")
    assert read_metadata(lxml_html.fromstring(page)).published == "2019-11-20"


def test_html_entities_left_in_metadata_are_decoded():
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
     "headline": "Tom &amp; Jerry &#8211; wieder da", "publisher": {"name": "Verlag GmbH &amp; Co. KG"}}</script>
     </head><body><p>Text.</p></body></html>"""
    meta = read_metadata(lxml_html.fromstring(page))
    assert (meta.title, meta.site) == ("Tom & Jerry – wieder da", "Verlag GmbH & Co. KG")


def test_authors_without_roles_degrees_or_the_sites_name():
    page = """<html><head><meta property="og:site_name" content="Business Insider Deutschland">
     <meta name="twitter:site" content="@bi_de">
     <meta name="author" content="Analysis by Jane Roe, AP Auto Writer, Business Insider, MS"></head>
     <body><p>Text.</p></body></html>"""
    meta = read_metadata(lxml_html.fromstring(page), url="https://www.businessinsider.de/x")
    assert meta.authors == ["Jane Roe"]
    assert meta.site == "Business Insider Deutschland"
    page = page.replace('<meta property="og:site_name" content="Business Insider Deutschland">', "")
    assert read_metadata(lxml_html.fromstring(page), url="https://www.businessinsider.de/x").site \
        == "businessinsider.de"                 # the host, not the Twitter handle


def test_the_part_of_the_title_that_names_the_site_is_no_headline_variant():
    # "<headline> - Entermedia" on entermedia.co.kr: "Entermedia" is the site, and a masthead
    # line "Entermedia 주요뉴스" above the story matched it as the headline.
    page = ("<html><head><title>엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유 - Entermedia</title></head>"
            "<body><p>x</p></body></html>")
    meta = read_metadata(lxml_html.fromstring(page), "http://entermedia.co.kr/news/news_view.html?idx=8576")
    assert "Entermedia" not in meta.title_variants
    assert "엘제이-류화영 진흙탕 싸움, 공적인 사안으로 봐야하는 이유" in meta.title_variants
    # without the page's address the part stays, as before
    meta = read_metadata(lxml_html.fromstring(page))
    assert "Entermedia" in meta.title_variants


def test_a_byline_in_capitals_is_written_as_a_name():
    # read on a Scrapinghub dev page (AP via chron.com): the author was 'ROBERT BURNS'
    page = """<html><head><meta name="author" content="ROBERT BURNS, MEG KINNARD and NATURSTROM AG">
     </head><body><p>Text.</p></body></html>"""
    assert read_metadata(lxml_html.fromstring(page)).authors == ["Robert Burns", "Meg Kinnard", "Naturstrom AG"]
    page = page.replace("ROBERT BURNS, MEG KINNARD and NATURSTROM AG", "DPA AFP")
    assert read_metadata(lxml_html.fromstring(page)).authors == ["DPA AFP"]      # initials stay


def test_a_wire_agency_or_owner_firm_as_publisher_is_not_the_site():
    # read on a Scrapinghub dev page: an AP story on chron.com had the site 'Associated Press'
    page = """<html><head><meta property="og:site_name" content="Houston Chronicle">
     <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Esper accuses China",
      "publisher": {"@type": "NewsMediaOrganization", "name": "Associated Press"}}</script>
     </head><body><p>Text.</p></body></html>"""
    assert read_metadata(lxml_html.fromstring(page)).site == "Houston Chronicle"
    assert read_metadata(lxml_html.fromstring(page.replace("Associated Press", "Tamedia AG"))).site \
        == "Houston Chronicle"
    # a paper's own name as publisher stays ('Süddeutsche Zeitung' beside 'Süddeutsche.de')
    assert read_metadata(lxml_html.fromstring(page.replace("Associated Press", "Süddeutsche Zeitung"))).site \
        == "Süddeutsche Zeitung"
