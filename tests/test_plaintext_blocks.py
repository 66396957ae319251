"""The plain-text block classifier (lesart issue 2)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from lesart.evaluation.dumps import html_to_dump
from lesart.stages.extract.plaintext import segment_text

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LESART_SHARED", REPO.parent / "shared"))
SEED_COPY = REPO / "examples" / "seed_de_nordkorea.txt"
SEED_SHARED = SHARED / "seeds" / "000_3a2dee0eeef83530.txt"
SEED = SEED_COPY if SEED_COPY.exists() else SEED_SHARED

# Minimum text-mode shingle F1 on the TEST dumps: measured 0.928 (fundus_de)
# and 0.926 (scrapinghub) on 2026-11-26 (line_model/MODEL_CARD.md); the
# floor stays about the gate's noise margin below.  The goal is 0.93 on both; not reached yet.
MIN_TEST_F1 = {"scrapinghub": 0.92, "fundus_de": 0.92}


def kinds_by_line(text: str) -> dict[str, str]:
    """Each non-empty line's text -> the kind of the block that covers it."""
    blocks = segment_text(text, "de")
    out: dict[str, str] = {}
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        covering = [kind for kind, s, e in blocks if s <= start + (len(line) - len(line.lstrip())) < e]
        assert len(covering) == 1, f"line not covered exactly once: {line!r}"
        out.setdefault(line.strip(), covering[0])
    return out


@pytest.mark.skipif(not SEED.exists(), reason=f"seed page not found ({SEED})")
def test_seed_page_blocks():
    text = SEED.read_text(encoding="utf-8")
    kinds = kinds_by_line(text)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert text.split("\n")[0] == ""  # the seed starts with an empty line, then the title
    assert kinds[lines[0]] == "title"

    themen = lines.index("- Themen:")
    ad_start = next(i for i, line in enumerate(lines) if line.startswith("Exklusives Live-Webinar"))
    ad_end = lines.index("Tausende bereits angemeldet")
    article = lines[1:themen]
    headings = [line for line in article if not line.endswith((".", "!", "?"))]
    paragraphs = [line for line in article if line.endswith((".", "!", "?"))]
    assert len(headings) == 4 and len(paragraphs) == 7
    for line in headings:
        assert kinds[line] == "heading", line
    for line in paragraphs:
        assert kinds[line] == "body", line
    assert kinds["- Themen:"] == "tags"
    assert kinds["- #Blackout"] == "tags"
    for line in lines[ad_start:ad_end + 1]:
        assert kinds[line] == "advertisement", line
    assert lines[-4:] == ["- Kettner Edelmetalle News", "- Finanzen", "- Wirtschaft", "- Politik"]
    for line in lines[-4:]:
        assert kinds[line] == "navigation", line


@pytest.mark.skipif(not SEED.exists(), reason=f"seed page not found ({SEED})")
def test_seed_page_language():
    from lesart.stages.extract.plaintext import lexicon

    text = SEED.read_text(encoding="utf-8").lower().split()
    lex = lexicon()
    # The stopword lists the classifier uses tell German from English here.
    assert sum(w in lex.stopwords_de for w in text) > 3 * sum(w in lex.stopwords_en for w in text)


ARTICLE = (
    "Stadtrat beschließt neuen Haushalt\n"
    "Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen. "
    "Die Opposition kritisierte die hohen Ausgaben für den Straßenbau.\n"
    "Bürgermeisterin Meier sagte, die Stadt müsse in ihre Infrastruktur investieren, auch wenn die Schulden "
    "dadurch vorübergehend steigen würden.\n"
)


MENU = "Startseite\nPolitik\nWirtschaft\nSport\nSuche\n"
FOOTER = "Impressum\nDatenschutz\n© 2025 Beispiel Verlag GmbH\n"
ARTICLE_END = (
    "Die Kämmerei rechnet damit, dass die Gewerbesteuer im nächsten Jahr wieder steigt. "
    "Ob das reicht, um die Lücke zu schließen, ist unter den Fraktionen umstritten.\n"
)


@pytest.mark.parametrize("ad", [
    "Anzeige\nDie neue Kaffeemaschine von Brühwerk – jetzt nur 199 €\nJetzt kaufen",
    "Sponsored\nSave 30% on your next trip. Book now!",
    "Großes Gewinnspiel: Gewinnen Sie eine Reise nach Rom im Wert von 3.000 €!\nJetzt teilnehmen",
    "Kostenloses Online-Seminar am 12.05.2025, 18:00 Uhr\nMit unseren Referenten:\nAnna Schmidt\n"
    "Prof. Dr. Jens Berger\nMaria Lopez\nJetzt anmelden – nur noch wenige Plätze frei!\n"
    "Über 2.000 Teilnehmer bereits angemeldet",
    "Join our free live webinar on 5 June, 4:00 pm\nRegister now – thousands already registered",
])
def test_invented_ads_come_out_as_advertisement(ad):
    text = MENU + ARTICLE + ad + "\n" + ARTICLE_END + FOOTER
    kinds = kinds_by_line(text)
    for line in ad.split("\n"):
        assert kinds[line.strip()] == "advertisement", line
    assert kinds[ARTICLE.split("\n")[1]] == "body"
    assert kinds[ARTICLE_END.strip()] == "body"


def test_report_about_an_event_is_not_an_ad():
    text = ARTICLE + (
        "Die Veranstalter der Messe rechnen in diesem Jahr mit deutlich weniger Besuchern als 2019, "
        "weil viele Aussteller wegen der hohen Kosten abgesagt haben.\n"
    )
    kinds = kinds_by_line(text)
    assert all(kind in ("title", "body", "heading") for kind in kinds.values()), kinds


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "x", "\u2028", "a\r\nb\r\n"])
def test_trivial_inputs_do_not_raise(text):
    blocks = segment_text(text)
    for kind, start, end in blocks:
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def test_text_without_newlines_is_split_into_sentences():
    text = " ".join(ARTICLE.split("\n")) * 5
    blocks = segment_text(text, "de")
    assert len(blocks) > 1
    assert any(kind == "body" for kind, _, _ in blocks)
    assert all("\n" not in text[s:e] for _, s, e in blocks)


def test_one_paragraph_keeps_dates_and_its_first_sentence():
    # a German ordinal ends no sentence ("Seit dem 1. Januar", "Am 3. Oktober 1990"), and a sentence cut
    # from one paragraph is no headline: the whole paragraph is the article
    text = ("Am vergangenen Wochenende demonstrierten Tausende. Nächste Woche beginnen die Gespräche. "
            "Vor zwei Jahren war das anders. Im Frühjahr 2023 begann der Bau. Seit dem 1. Januar gilt das "
            "Gesetz. Bis Ende des Jahres soll alles fertig sein. Zwischen 2019 und 2021 stieg die Zahl. "
            "Gestern Abend kam es zu Ausschreitungen. Am 3. Oktober 1990 wurde Deutschland wiedervereinigt. "
            "Dr. Müller sagte am Montag, die Lage sei ernst.")
    blocks = segment_text(text, "de")
    pieces = [text[s:e] for _, s, e in blocks]
    assert "Seit dem 1. Januar gilt das Gesetz." in pieces
    assert "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt." in pieces
    assert "Dr. Müller sagte am Montag, die Lage sei ernst." in pieces
    assert {kind for kind, _, _ in blocks} == {"body"}


def test_one_huge_line():
    text = "word " * 200_000
    blocks = segment_text(text)
    assert blocks and blocks[0][1] == 0


def test_spans_are_ordered_and_trimmed():
    text = ARTICLE + "  \n\t- Politik  \r\n- Sport\n© 2025 Beispiel Verlag GmbH. Alle Rechte vorbehalten.\n"
    blocks = segment_text(text, "de")
    ends = 0
    for kind, start, end in blocks:
        assert start >= ends and end > start
        assert text[start:end] == text[start:end].strip()
        assert "\n" not in text[start:end] or kind in ("advertisement", "navigation", "boilerplate", "tags")
        ends = end
    assert blocks[-1][0] == "boilerplate"


def test_twenty_thousand_lines_finish_quickly():
    # Distinct lines, so that the per-line cache does not make this easy.
    kinds = ["Menüpunkt {i}", "Absatz {i}: " + ARTICLE_END.strip(), "Anzeige {i}", "Kommentare ({i})"]
    text = "\n".join(kinds[i % 4].format(i=i) for i in range(20_000))
    started = time.perf_counter()
    blocks = segment_text(text)
    # About 5 s on one free core; the bound only catches quadratic slips.
    assert time.perf_counter() - started < 60
    assert len(blocks) > 1000


@pytest.mark.gold
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "extraction").exists(), reason=f"no gold data under {SHARED}")
def test_text_mode_f1_on_test_pages():
    from lesart.evaluation.extraction import evaluate_extraction

    scores = evaluate_extraction(split="test", mode="text")["datasets"]
    for dataset, minimum in MIN_TEST_F1.items():
        assert scores[dataset]["f1"] >= minimum, (dataset, scores[dataset])


def test_dump_keeps_menus_and_drops_scripts():
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<nav><ul><li><a href='/'>Startseite</a></li><li>Politik</li></ul></nav>"
        "<h1>Überschrift</h1><script>var x = 1;</script><p>Erster <b>Absatz</b>.<br>Zweite Zeile</p>"
        "<div hidden>versteckt</div><footer>© Verlag</footer></body></html>"
    )
    dump = html_to_dump(html)
    lines = [line for line in dump.split("\n") if line]
    assert lines == ["Startseite", "Politik", "Überschrift", "Erster Absatz.", "Zweite Zeile", "© Verlag"]
    assert html_to_dump(html) == dump
    assert html_to_dump("") == ""


def test_random_text_never_raises():
    import random

    rng = random.Random(7)
    alphabet = "ab Zä. ,!?\n\n\r\t-•#€©:0123456789\u00a0\u2028\ud800日本語»«"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        for kind, start, end in segment_text(text, rng.choice([None, "de", "en", "xx"])):
            assert 0 <= start < end <= len(text)
            assert kind in ("title", "heading", "body", "tags", "advertisement", "navigation", "boilerplate")


def test_best_span_finds_the_contiguous_article_region():
    import numpy as np

    from lesart.stages.extract.line_features import best_span

    probs = np.array([0.1, 0.9, 0.2, 0.95, 0.9, 0.3, 0.1, 0.1, 0.8, 0.05])
    words = np.array([2, 30, 3, 40, 35, 4, 2, 2, 5, 3], dtype=float)
    # The one-word dip at index 2 is bridged; the short teaser at 8 stays out.
    assert best_span(probs, words, 0.5) == (1, 4)
    assert best_span(np.zeros(3), np.ones(3), 0.5) == (0, -1)


def test_plaintext_reexports_the_split_modules():
    # The training script and older callers use these names from plaintext.
    from lesart.stages.extract import line_decoding, line_features, plaintext

    assert plaintext.decode is line_decoding.decode
    assert plaintext.line_features is line_features.line_features
    assert plaintext.FEATURE_NAMES == line_features.FEATURE_NAMES


def test_wire_copy_opening_with_its_headline():
    """A clean text whose first line is the headline (wire style, with a full stop) gives a title,
    and the story's paragraphs stay article text."""
    headline = "After Rubio stumbles, rivals see opening in New Hampshire."
    body = ("BEDFORD, N.H. (AP) — Marco Rubio's rivals pounced on his shaky debate performance on Sunday, "
            "casting the Florida senator as unready for the White House as the race in New Hampshire tightened "
            "in the final days before Tuesday's primary. Jeb Bush and Chris Christie both said the debate had "
            "shown voters what they needed to see.")
    second = ("Rubio's campaign brushed off the criticism and said the senator would keep to his schedule of "
              "town halls across the state, where polls showed him in second place behind Donald Trump.")
    text = f"{headline}\n\n{body}\n\n{second}\n"
    kinds = {text[s:e]: k for k, s, e in segment_text(text, "en")}
    assert kinds[headline] == "title"
    assert kinds[body] == "body" and kinds[second] == "body"


@pytest.mark.parametrize("headline, lead", [
    ("Only 24 Percent of Hillary Clinton's Contributors Are Small Donors.",
     "Less than a quarter of Hillary Clinton's campaign donors are small-dollar donors who pitch in $200 or less."),
    ("Obama Power Plant Rules Face Key Test In U.S. Court.",
     "The administration's rules to cut carbon emissions from power plants face their biggest legal test on Tuesday, "
     "when a federal appeals court hears arguments from the states that oppose them."),
])
def test_opening_line_over_a_short_lead_is_the_title(headline, lead):
    """The text's very first line is its headline even when the lead under it is not twice as
    long, and "U.S." inside it does not read as a sentence break."""
    second = ("The campaign did not answer a request for comment on Tuesday, and a spokesman said the figures "
              "would be published with the next report to the commission.")
    text = f"{headline}\n\n{lead}\n\n{second}\n"
    kinds = {text[s:e]: k for k, s, e in segment_text(text, None)}
    assert kinds[headline] == "title"
    assert kinds[second] == "body"


def _article_spans(lines: list[str], p_article: list[float]) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """(text, line units, heading/body spans) that ``decode`` gives for these article probabilities."""
    import numpy as np

    from lesart.stages.extract.line_decoding import ARTICLE, decode

    text = "\n".join(lines)
    units, offset = [], 0
    for line in lines:
        units.append((offset, offset + len(line)))
        offset += len(line) + 1
    probs = np.zeros((len(lines), 3))
    probs[:, ARTICLE] = p_article
    return text, units, [(s, e) for kind, s, e in decode(text, units, lines, probs) if kind in ("heading", "body")]


def _article_lines(lines: list[str], p_article: list[float]) -> set[str]:
    """Lines that ``decode`` makes heading/body for given article probabilities."""
    text, _, spans = _article_spans(lines, p_article)
    return {text[s:e] for s, e in spans}


def test_article_extends_over_nearly_accepted_sentences_at_its_edges():
    """A full sentence next to the article, just under the threshold, joins it: upwards on any
    page, downwards only on English pages; short lines and prose away from the article do not."""
    p_article = [0.1, 0.55, 0.95, 0.9, 0.45, 0.6, 0.6]
    english = ["Home",
               "The council voted on Monday to close the old bridge to all traffic from next spring.",
               "Engineers had warned for years that the steel supports were corroding faster than expected, "
               "and the last inspection found cracks in two of the main beams.",
               "The city will now ask the state for money to replace the bridge with a new one by the end of 2028.",
               "The city has not yet said how long the repairs will take or what they will cost.",
               "Menu",
               "Sign up for our newsletter and get the best stories of the week in your inbox."]
    article = _article_lines(english, p_article)
    assert english[1] in article and english[4] in article    # the lead above, the closing line below
    assert not {english[0], english[5], english[6]} & article  # short lines, prose away from the article
    german = ["Startseite",
              "Der Rat hat am Montag beschlossen, die alte Brücke ab dem nächsten Frühjahr zu sperren.",
              "Die Ingenieure hatten seit Jahren gewarnt, dass die Stahlträger schneller rosten als erwartet "
              "und bei der letzten Prüfung Risse in zwei der Hauptträger gefunden wurden.",
              "Die Stadt will nun beim Land Geld beantragen, um die Brücke bis Ende 2028 zu ersetzen.",
              "Die Stadt hat noch nicht gesagt, wie lange die Reparatur dauern wird und was sie kosten soll.",
              "Menü",
              "Melden Sie sich für unseren Newsletter an und lesen Sie die besten Texte der Woche."]
    article = _article_lines(german, p_article)
    assert german[1] in article and german[4] not in article  # German pages grow upwards only


def test_short_gaps_inside_the_article_close_on_pages_that_are_not_german():
    """List items the model doubted, between two article lines, join the article on an English
    page when none of them is clearly furniture (p >= 0.2); on a German page they stay out
    (German gold leaves in-article boxes out); a line the model rejects outright keeps the gap open."""
    p_article = [0.95, 0.3, 0.25, 0.9, 0.1, 0.9]
    english = ["The shop lists the games it expects to sell out first, and the prices are lower than last year.",
               "1) Monopoly travel edition",
               "2) A puzzle with a thousand pieces",
               "Most of the offers end on Monday, and the shop says it will not restock the cheapest games.",
               "Share on Facebook",
               "Customers who ordered online will get their parcels before the end of the week, it said."]
    article = _article_lines(english, p_article)
    assert english[1] in article and english[2] in article
    assert english[4] not in article
    german = ["Der Laden nennt die Spiele, die zuerst ausverkauft sein dürften, und die Preise sind niedriger.",
              "1) Monopoly für die Reise",
              "2) Ein Puzzle mit tausend Teilen",
              "Die meisten Angebote enden am Montag, und der Laden will die billigsten Spiele nicht nachbestellen.",
              "Auf Facebook teilen",
              "Wer online bestellt hat, bekommt die Pakete noch vor dem Ende der Woche, sagte der Laden."]
    article = _article_lines(german, p_article)
    assert german[1] not in article and german[2] not in article


_STORY_DE = ["Der Rat hat am Montag beschlossen, die alte Brücke ab dem nächsten Frühjahr zu sperren.",
             "Die Ingenieure hatten seit Jahren gewarnt, dass die Stahlträger schneller rosten als erwartet.",
             "Bei der letzten Prüfung fanden sie Risse in zwei der Hauptträger und in mehreren Stützen."]


def test_prose_after_a_box_inside_the_story_resumes_it():
    """A teaser box in the middle of the story makes the model doubt the paragraph after it:
    a full sentence a few lines after the article, with p >= 0.3, is article again; the box
    is not, nor a sentence the model rejects outright."""
    lines = _STORY_DE + ["Auch interessant",
                         "Streit um Schulden: Minister droht mit Rücktritt",
                         "Die Stadt will nun beim Land Geld beantragen, um die Brücke bis Ende 2028 zu ersetzen.",
                         "Melden Sie sich an und lesen Sie jeden Morgen die wichtigsten Nachrichten aus der Stadt."]
    article = _article_lines(lines, [0.95, 0.95, 0.9, 0.05, 0.1, 0.35, 0.1])
    assert lines[5] in article
    assert not {lines[3], lines[4], lines[6]} & article


def test_an_embedded_post_between_article_lines_joins_the_story():
    lines = ["The governor defended the campaign on Monday and said it had already reached thousands of people.",
             "Hey Twitter, the whole point of this ad campaign is to raise awareness.",
             "— Governor Kristi Noem (@govkristinoem) November 18, 2019",
             "The state has paid the agency nearly half a million dollars for the campaign so far this year.",
             "Still, this is not the first time a slogan has gone wrong in South Dakota, officials said."]
    article = _article_lines(lines, [0.95, 0.2, 0.1, 0.9, 0.9])
    assert lines[1] in article and lines[2] in article
    alone = _article_lines(lines[:3], [0.95, 0.2, 0.1])       # no story below: the post stays out
    assert lines[2] not in alone


def test_the_comment_section_below_the_story_is_cut():
    comment = "I think this is it. The slimmer bezels and the new keyboard are the redesign we were promised."
    lines = _STORY_DE + ["[ 167 comments ]", "Nick A", comment]
    assert comment not in _article_lines(lines, [0.95, 0.95, 0.9, 0.05, 0.1, 0.95])
    counter = _STORY_DE + ["Kommentare: 49 , Empfehlungen: 24", comment]   # a teaser's counter, not a heading
    assert comment in _article_lines(counter, [0.95, 0.95, 0.9, 0.05, 0.95])


def test_a_repeated_line_is_article_once():
    card = "2018 Jeongdong Theater Tradition Series Performance opens in Seoul this week"
    lines = _STORY_DE[:2] + [card] + _STORY_DE[2:] + [card, card]
    text, units, kept = _article_spans(lines, [0.95, 0.95, 0.9, 0.9, 0.9, 0.9])
    assert [text[s:e] for s, e in kept].count(card) == 1 and units[2] in kept   # the first one
