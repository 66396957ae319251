"""Main text, metadata and cut furniture of one HTML page.

trafilatura finds the main text; lesart then reads its structured (XML) output
block by block and takes back what trafilatura kept but a reader would not
call article text: the headline repeated in the body, lists of links to other
stories, "read more" and newsletter lines, photo credits and captions.  Those
become cut blocks (navigation, boilerplate, advertisement, caption) so the
report can show them greyed out, and so does the page furniture that
trafilatura dropped (see ``html_cut``).  Where trafilatura is unsure (it
found little, or much less than the page's paragraph text), readability-lxml
gets a second vote; its reading replaces trafilatura's only when it contains
trafilatura's and clearly more.  On German pages the standfirst (Vorspann)
that trafilatura dropped with the header is put back at the article's start.
Two kinds of story text that trafilatura drops come back in place: the list a
kept paragraph announces ("... these conditions:"), and a subheading or pull
quote set as a text-only <div> between two kept paragraphs.

The passes over the blocks live beside this module: ``html_classify`` (by their
text), ``html_boxes`` (by the page's containers), ``html_captions``; ``html_blocks``
holds the block and the tests they share.

``extract_html`` never raises on bad input: it returns what it could get and
says in ``warnings`` what went wrong.
"""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import islice

from lxml import etree

from . import phrases as P
from .html_blocks import _Block, _at_edge, _is_title, _title_norms
from .html_boxes import _cut_boxes, _cut_dialogs, _cut_trailing_furniture, _source_lists
from .html_captions import _Captions, _marked_captions
from .html_classify import _classify, _split_glued, _split_repeats, site_hosts
from .html_cut import (NOT_LEAD_TOKENS, class_tokens, dropped_blocks, furniture_kind, lead_after_headline,
                       lead_from_description, strip_noise, word_trigrams)
from .html_meta import METADATA_TAGS, PageMeta, elements_by_tag, read_metadata
from .html_posts import embedded_posts

# The rest of lesart reads the offsets of the whole text; trafilatura refuses
# larger inputs anyway (its MAX_FILE_SIZE).
MAX_HTML_CHARS = 20_000_000
# trafilatura's answer is treated as unsure, and readability-lxml is asked
# as well, when it has fewer characters than this, or when it covers less
# than UNSURE_SHARE of the page's paragraph text (it stopped early, or took
# one box of a long story).  readability runs on few pages this way; on
# every page it would cost about 1.7 times trafilatura's own time.
UNSURE_ARTICLE_CHARS = 300
UNSURE_SHARE = 0.45
# readability's text replaces trafilatura's only if it is this much longer
# and contains most of what trafilatura found (a superset, not another box).
SECOND_VOTE_GAIN = 1.8
SECOND_VOTE_CONTAINMENT = 0.8
# An article this long is taken as found (saves counting the page's text).
UNSURE_LONG_ENOUGH = 8000
LEAD_LANGUAGE = "de"


@dataclass
class HtmlExtraction(PageMeta):
    """The page's metadata plus its blocks, (kind, text) in page order."""
    blocks: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def article_text(self) -> str:
        return "\n\n".join(text for kind, text in self.blocks
                           if kind in ("heading", "body", "quote"))


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    result = HtmlExtraction()
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str) or not html.strip():
        result.warnings.append("empty input: no HTML to extract")
        return result
    if len(html) > MAX_HTML_CHARS:
        result.warnings.append(f"input cut to its first {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    try:
        with _quiet_trafilatura():
            _extract_into(result, html, url)
            if not _has_article(result) and html.count("<") > _PARSER_DEPTH:
                # libxml2 drops everything nested deeper than 255 elements (pages with thousands of
                # unclosed <div>/<font> tags): read such a page again without that limit
                deep = HtmlExtraction()
                _extract_into(deep, html, url, tree=_parse_deep(html))
                if _has_article(deep):
                    deep.warnings.append("markup nested deeper than 255 elements: read without the parser's depth limit")
                    result = deep
    except Exception as error:  # bad markup must never stop a batch
        result.warnings.append(f"HTML extraction failed: {type(error).__name__}: {error}")
    if not _has_article(result):
        result.warnings.append("no article text found in the HTML")
    return result


_PARSER_DEPTH = 255


def _has_article(result: HtmlExtraction) -> bool:
    return any(kind in ("heading", "body", "quote") for kind, _ in result.blocks)


def _parse_deep(html: str):
    from lxml import html as lxml_html
    parser = lxml_html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False,
                                  default_doctype=False)
    return lxml_html.fromstring(html, parser=parser) if html.strip() else None


def _extract_into(result: HtmlExtraction, html: str, url: str | None, tree=None) -> None:
    tree = _parse(html) if tree is None else tree
    if tree is None:
        result.warnings.append("input could not be parsed as HTML")
        return
    elements = elements_by_tag(tree, METADATA_TAGS + ("figcaption", "blockquote", "a"))
    meta = read_metadata(tree, url, elements)
    _copy_meta(result, meta)
    article = _trafilatura_blocks(tree, elements["a"])
    if _unsure(tree, article):
        article = _second_vote(html, article, result)
    captions = _Captions(elements["figcaption"], _marked_captions(tree))
    article = _split_glued(_split_repeats(article, captions))
    read = [(block, block.kind) for block in article]
    _classify(article, meta, captions, site_hosts(url, _og_url(elements["meta"])))
    _cut_loose_furniture(article)
    _restore_announced_lists(tree, article)
    _restore_between_paragraphs(tree, article)
    _restore_pull_quotes(tree, article, meta.language, elements["blockquote"])
    for index, text in reversed(embedded_posts(tree, [block.text for block in article], elements["blockquote"])):
        # the embed's button ("Sieh dir diesen Beitrag auf Instagram an") is no part of the post
        lines = text.split("\n")
        furniture = [line for line in lines if P.HTML_BOILERPLATE.found(line)]
        post = "\n".join(line for line in lines if line not in furniture)
        if furniture:
            article.insert(index + 1, _Block(kind="boilerplate", text="\n".join(furniture), tag="quote"))
        if post.strip():
            article.insert(index + 1, _Block(kind="quote", text=post, tag="quote"))
    strip_noise(tree)
    fingerprints = _fingerprints(article)
    starts = _fingerprints(article, _STORY_START_CHARS)
    holders: list[tuple[str, object]] = []
    cut, leads, boxes = dropped_blocks(tree, fingerprints, starts, holders)
    _cut_boxes(article, (boxes + _source_lists(tree, html)) if meta.language == LEAD_LANGUAGE else boxes)
    _cut_trailing_furniture(article, cut + [(kind, "", element) for kind, element in holders])
    _cut_dialogs(article, [element for _, _, element in cut] + [element for _, element in holders])
    _keep_links_when_nothing_is_left(read)
    anchor_line = _article_line(html, _fingerprints(article, 2 * _STORY_START_CHARS))
    lead = _pick_lead(leads, anchor_line, article, meta, captions)
    if lead is None:
        lead = _lead_by_description(tree, meta, starts, anchor_line, article, captions)
    if lead is None and meta.language == LEAD_LANGUAGE:
        lead = lead_after_headline(tree, lambda text: any(_is_title(_Block(kind="heading", text=text, tag="h1"), t)
                                                          for t in _title_norms(meta)), starts)
        if lead is not None and not _usable_lead(lead, anchor_line, article, meta, captions):
            lead = None
    if lead is not None:
        first = next((i for i, b in enumerate(article) if b.kind != "title"), len(article))
        article.insert(first, _Block(kind="body", text=lead[0], tag="p"))
    before, after = [], []
    for kind, text, element in cut:
        (before if _precedes(element, anchor_line) else after).append((kind, text))
    title = [("title", meta.title)] if meta.title and not any(b.kind == "title" for b in article) else []
    result.blocks = before + title + [(b.kind, b.text) for b in article] + after



def _keep_links_when_nothing_is_left(read: list[tuple[_Block, str]]) -> None:
    """When the passes over the blocks cut every block of the article that
    trafilatura read, the blocks they cut as links (link lists, link lines,
    teaser boxes) come back: a page whose whole text is links is a link blog's
    post or a list of sources ("Presseförderung: Studie zweifelt an Stütze vom
    Staat" / "via Horizont https://..."), and an empty article hides it all.
    ``read``: each block with the kind it had before the passes."""
    if any(block.kind in ("body", "heading", "quote") for block, _ in read):
        return
    for block, kind in read:
        if block.kind == "navigation" and kind in ("body", "heading", "quote"):
            block.kind = kind


def _og_url(metas) -> str | None:
    return next((m.get("content") for m in metas if m.get("property") == "og:url"), None)


def _lead_by_description(tree, meta: PageMeta, fingerprints: list[str], anchor_line: int | None,
                         article: list[_Block], captions: _Captions) -> tuple[str, object] | None:
    """A standfirst found through the page's descriptions, when its markup names none."""
    if meta.language != LEAD_LANGUAGE or anchor_line is None:
        return None                 # (without the article's start no lead is usable)
    for description in meta.descriptions:
        lead = lead_from_description(tree, description, fingerprints)
        if lead is not None and _usable_lead(lead, anchor_line, article, meta, captions):
            return lead
    return None


def _pick_lead(leads: list[tuple[str, object]], anchor_line: int | None,
               article: list[_Block], meta: PageMeta, captions: _Captions) -> tuple[str, object] | None:
    """The last usable candidate on a line above the story's first line:
    teasers of other pages in a menu above the story take the same markup as
    the standfirst ("field--name-field-abstract").  On a page whose markup is
    one line the order is unknown, and the first usable candidate is taken."""
    if anchor_line is not None:
        above = [lead for lead in leads if lead[1].sourceline is not None and lead[1].sourceline < anchor_line]
        lead = next((lead for lead in reversed(above) if _usable_lead(lead, anchor_line, article, meta, captions)),
                    None)
        if lead is not None:
            return lead
    return next((lead for lead in leads if _usable_lead(lead, anchor_line, article, meta, captions)), None)


def _usable_lead(lead: tuple[str, object], anchor_line: int | None,
                 article: list[_Block], meta: PageMeta, captions: _Captions) -> bool:
    """A standfirst joins the article when it sits above the article text and
    is not already part of it (nor the headline).

    Only on German pages: there the Vorspann is conventionally article text
    (the Fundus gold keeps it), while English standfirsts ("dek") are treated
    as headline furniture (the Scrapinghub gold leaves them out; on dev,
    adding them cost precision on 7 of 7 English pages)."""
    if meta.language != LEAD_LANGUAGE:
        return False
    text, element = lead
    line = element.sourceline
    if anchor_line is None or line is None or line > anchor_line:
        return False
    if any(_is_title(_Block(kind="body", text=text, tag="p"), t) for t in _title_norms(meta)):
        return False
    if captions.holds(text):
        return False        # a picture's caption (the description repeats it; its wrapper has no figure tag)
    lead_grams = word_trigrams(text)
    article_grams = word_trigrams(" ".join(b.text for b in article[:8]))
    return bool(lead_grams) and len(lead_grams & article_grams) < 0.5 * len(lead_grams)


@contextmanager
def _quiet_trafilatura():
    """trafilatura logs junk input at ERROR level; for us that is a warning
    in the result, not a line on stderr."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _parse(html: str):
    tree = _load_html(html)
    if tree is None or len(tree) == 0:
        # A bare fragment ("<p>x</p>") is rejected as dubious: give it a body.
        tree = _load_html(f"<html><body>{html}</body></html>")
    return tree


_HTML_PARSER = None


def _html_parser():
    """trafilatura's parser settings (``trafilatura.utils.HTML_PARSER``), with
    lxml.html's element classes chosen in C: its own lookup calls Python for
    every element that enters Python (about 4,000 a page in trafilatura's
    cleaning and our walks), only to give form fields classes of their own
    that neither trafilatura nor lesart uses.  Every element is an
    ``HtmlElement`` here; the extraction is the same, about 8% faster."""
    global _HTML_PARSER
    if _HTML_PARSER is None:
        from lxml import html as lxml_html
        parser = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                      remove_comments=True, remove_pis=True)
        parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity))
        _HTML_PARSER = parser
    return _HTML_PARSER


def _load_html(html: str):
    """``trafilatura.utils.load_html`` for a string, with ``_html_parser``:
    the page repaired, parsed, parsed again from bytes if that fails, and
    rejected (None) when it does not look like HTML."""
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html, repair_faulty_html
    parser = _html_parser()
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_faulty_html(html, beginning)
    tree, from_bytes = None, False
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:          # "Unicode strings with encoding declaration are not supported."
        tree, from_bytes = _parse_bytes(html, parser), True
    except Exception:
        pass
    if (tree is None or len(tree) < 1) and not from_bytes:
        tree = _parse_bytes(html, parser)
    if tree is not None and dubious and len(tree) < 2:
        tree = None
    return tree


def _parse_bytes(html: str, parser):
    from lxml.html import fromstring
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=parser)
    except Exception:
        return None


def _copy_meta(result: HtmlExtraction, meta: PageMeta) -> None:
    for f in fields(PageMeta):
        setattr(result, f.name, getattr(meta, f.name))


def _trafilatura_blocks(tree, links=None) -> list[_Block]:
    """``links``: the page's <a> elements, if at hand (from the walk for the metadata)."""
    from trafilatura import bare_extraction
    # No url: trafilatura would make every link target absolute, and only
    # the link texts are used here (for the link share of a block).
    unlinked = _unlink_misread_links(tree.iter("a") if links is None else links)
    try:
        document = bare_extraction(
            tree, output_format="xml", include_comments=False,
            include_links=True, include_tables=True, with_metadata=False,
        )
    finally:
        for link in unlinked:      # trafilatura read a copy: the page's own links come back
            link.tag = "a"
    if document is None or document.body is None:
        return []
    _rejoin_split_links(document.body)
    _restore_link_spaces(document.body, tree)
    _mark_line_breaks(document.body)
    return _body_blocks(document.body)


# A link's tail holding this many words of letters continues a sentence of the story.
_SENTENCE_TAIL_WORDS = 3
# Longer than any text RE_FILTER matches ("More on this" and 8 more characters, around white space).
_FILTERED_WORD_CHARS = 40


def _unlink_misread_links(links) -> list:
    """The links that trafilatura, asked for links, would misread, renamed
    to <span> for its pass (the caller names them <a> again); returns them.
    Two kinds: a link whose text is one of the share-button words trafilatura
    filters ("PDF", "E-Mail", "Facebook", "Drucken": ``trafilatura.utils.RE_FILTER``)
    and whose tail continues a sentence; and a link without text (a picture's
    link, a "pin it" button, an anchor) followed by text.

    Asked for links, trafilatura keeps each link as an element of its own;
    one that stands loose in a <div> (text set with <br>s, no <p>) is read on
    its own (``main_extractor.handle_textelem`` -> ``handle_formatting`` ->
    ``htmlprocessing.process_node``), and ``utils.textfilter`` drops it when
    its text is such a word, together with its tail: the rest of the
    sentence.  "Ein Blick in das Inhaltsverzeichnis (<a>PDF</a>) zeigt aber:
    ..." was read as "Ein Blick in das Inhaltsverzeichnis (".  Without links
    the <a> is plain text by then and nothing is lost; as a <span> it is
    plain text too (trafilatura strips spans after its link-density tests).
    Share bars keep their links: their tails are no sentence.

    An empty element takes its tail as its text in trafilatura's reading
    (``htmlprocessing.handle_textnode``, ``process_node``), so the text after an empty link
    came back inside a <ref>, as linked text: "<a><img></a>Because once you
    understand my approach ..." had a link share of 1 and was cut as a link
    line.  Without links the tail is the paragraph's text, as it is here."""
    from trafilatura.utils import RE_FILTER
    renamed = []
    for link in links:      # (about 0.07 ms a page: the cheap tests first)
        tail = link.tail
        if tail is None or len(tail) < 8 or tail.isspace():
            continue
        text = link.text if not len(link) else "".join(link.itertext())
        if not text or text.isspace():
            if _LETTER_WORDS.search(tail):
                link.tag = "span"
                renamed.append(link)
            continue
        if len(text) > _FILTERED_WORD_CHARS:
            continue
        if any(RE_FILTER.match(line) for line in text.strip().splitlines()) \
                and len(_LETTER_WORDS.findall(tail)) >= _SENTENCE_TAIL_WORDS:
            link.tag = "span"
            renamed.append(link)
    return renamed


def _body_blocks(body) -> list[_Block]:
    """The blocks of trafilatura's XML body, in order.  Most of the text sits
    in block elements (<p>, <head>, <list> ...), but text the page set
    loose in its container, not wrapped in a <p> (a paragraph after an <h2>
    inside the same <div>, the blurb under a review's data), comes back as
    the *tail* of the element before it or as inline elements (<ref>, <hi>)
    standing in the body itself: trafilatura's own text output keeps it, and
    so must we.  Such a run of loose text becomes one body block, tagged
    "loose" (see ``_cut_loose_furniture``).  (Read element by element only,
    it was dropped: on trafilatura's German eval pages whole paragraphs of
    four stories.)"""
    blocks: list[_Block] = []
    loose: list[str] = []
    linked = 0

    def flush() -> None:
        nonlocal linked
        raw = "".join(loose)
        loose.clear()
        lines = (" ".join(line.split()) for line in raw.split("\n"))
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(_Block(kind="body", text=text, tag="loose", link_share=min(1.0, linked / len(text))))
        linked = 0

    if (body.text or "").strip():
        loose.append(body.text)
    for element in body:
        if element.tag in _ELEMENT_KIND:
            if loose:
                flush()
            if block := _block_of(element):
                blocks.append(block)
        elif isinstance(element.tag, str):
            # inline markup standing in the body (<ref>, <hi>, <lb/>): part of the loose run
            inner = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
            loose.append(inner)
            if element.tag == "ref":
                linked += len(" ".join(inner.split()))
        if element.tail and (loose or element.tail.strip()):
            loose.append(element.tail)
    if loose:
        flush()
    return blocks


# A paragraph, or a heading, right before a list in the page (XPath: only the few such
# elements of a page are looked at in Python).
_BEFORE_A_LIST = etree.XPath("//*[self::p or self::div or self::h2 or self::h3 or self::h4]"
                             "[following-sibling::*[1][self::ul or self::ol]]")
_LIST_LINK_SHARE = 0.5


def _restore_announced_lists(tree, article: list[_Block]) -> None:
    """The list that a kept paragraph announces ("So schützen Sie sich vor
    Einbrechern:" / the tips), where trafilatura kept the paragraph but
    dropped the list that follows it in the page: it comes back as a body
    block after the paragraph.  Only a list of text, not of links ("Links zur
    Sendung:", "Lesen Sie dazu auch die Pressemitteilungen:" over their
    links), and only once (a list the article already holds stays as it is)."""
    announcing = {_plain(b.text): i for i, b in enumerate(article) if b.kind == "body" and b.text.endswith(":")
                  and b.words >= 3}
    if not announcing:
        return
    held = " ".join(_plain(b.text) for b in article)
    inserts = []
    for element in _BEFORE_A_LIST(tree):
        index = announcing.get(_plain(element.text_content()))
        if index is None:
            continue
        # pieces apart: "<strong>Weiche Haut</strong><br>Für eine ..." must not read "HautFür"
        items = [t for li in element.getnext().iter("li") if (t := " ".join(" ".join(li.itertext()).split()))]
        if len(items) < 2 or any(_plain(item)[:60] in held for item in items):
            continue
        text = "\n".join(items)
        linked = sum(len(" ".join(a.text_content().split())) for a in element.getnext().iter("a"))
        if linked >= _LIST_LINK_SHARE * len(text):
            continue
        inserts.append((index, _Block(kind="body", text=text, tag="list", items=len(items),
                                      link_share=min(1.0, linked / len(text)))))
    for index, block in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        article.insert(index + 1, block)


# A text-only element (no link, picture or embed inside) that stands between two <p>
# siblings: a subheading or a pull quote set as a <div> (_restore_between_paragraphs).
# (Walked from the <p>s: five times faster than a test on every element of the page.)
_BETWEEN_PARAGRAPHS = etree.XPath(
    "//p/following-sibling::*[1][self::div or self::span or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
    "[following-sibling::*[1][self::p]]"
    "[not(.//a or .//img or .//picture or .//figure or .//video or .//iframe or .//script or .//button"
    " or .//input or .//ul or .//ol or .//table)]")
_BETWEEN_MAX_WORDS = 40
_BETWEEN_HEADING_WORDS = 15
_PARAGRAPH_KEY_CHARS = 50
# Markup of a picture, a video or its placeholder, not of the story's text.
_NOT_BETWEEN_TOKENS = NOT_LEAD_TOKENS | {"placeholder", "hidden", "expandable", "box", "toggle", "audio", "player"}


def _paragraph_keys(article: list[_Block]) -> dict[str, int]:
    """The opening characters of each paragraph of the story (8 words or more) -> its index: how the restore
    passes find the kept paragraphs around an element of the page."""
    keys: dict[str, int] = {}
    for index, block in enumerate(article):
        if block.kind in ("body", "quote") and block.words >= 8:
            keys.setdefault(_plain(block.text)[:_PARAGRAPH_KEY_CHARS], index)
    return keys


def _restore_between_paragraphs(tree, article: list[_Block]) -> None:
    """A subheading or a pull quote that the page sets as a <div> between two
    paragraphs of the story ('<div class="pf_subheadline">Who pays the cost of
    a tariff?</div>', '<div class="pull-quote">...</div>'), where trafilatura
    kept both paragraphs but dropped the element between them: it comes back
    between the two.  Only text-only elements (no link, picture, embed, list
    or form inside) whose markup names no furniture, picture or collapsed
    box, up to 40 words, and not a phrase of the furniture ("Advertisement")."""
    candidates = _BETWEEN_PARAGRAPHS(tree)
    if not candidates:
        return
    keys = _paragraph_keys(article)
    held = None
    inserts = []
    for element in candidates:
        text = _plain(element.text_content())
        words = len(text.split())
        if not text or words > _BETWEEN_MAX_WORDS:
            continue
        before = keys.get(_plain(element.getprevious().text_content())[:_PARAGRAPH_KEY_CHARS])
        after = keys.get(_plain(element.getnext().text_content())[:_PARAGRAPH_KEY_CHARS])
        if before is None or after != before + 1:
            continue
        tokens = class_tokens(element)
        if furniture_kind(element) is not None or tokens & _NOT_BETWEEN_TOKENS or _furniture_text(text):
            continue
        if held is None:
            held = " ".join(_plain(b.text) for b in article)
        if text in held:
            continue
        if any("quote" in token for token in tokens):
            kind, tag = "quote", "quote"
        elif words <= _BETWEEN_HEADING_WORDS:
            kind, tag = "heading", "head"
        else:
            kind, tag = "body", "p"
        inserts.append((before, _Block(kind=kind, text=text, tag=tag)))
    for index, block in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        article.insert(index + 1, block)


def _furniture_text(text: str) -> bool:
    """The phrases and line shapes by which _classify cuts a short block: an ad's or a
    newsletter's label, a share bar, a byline, a credit, date or caption line, a bare
    address, a "read more" button, an author's bio."""
    words = len(text.split())
    return bool(P.phrase_kind(text) or P.HTML_BOILERPLATE.found(text) or P.is_share_bar(text)
                or P.CAPTION_END.search(text) or P.CAPTION_START.match(text) or P.READ_MORE.match(text)
                or P.LEGAL_NOTICE.search(text) or P.AUTHOR_BIO.search(text) or P.ROLE_LINE.match(text)
                or (words <= P.BYLINE_WORDS and (P.BYLINE.search(text) or P.HTML_BYLINE.search(text)))
                or (words <= P.CREDIT_WORDS and (P.CREDIT_LINE.search(text) or P.DATELINE.match(text)
                                                 or P.URL_ONLY.match(text))))


# A container that the markup names a pull quote ("pullquote-embed", "pull-quote--left",
# "PullQuoteEmbedWrapper"), among the few elements after a <p> (an ad slot may stand
# between): a test of the class on every element of the page cost 8% of extract_html.
_NEAR_PARAGRAPHS = etree.XPath("//p/following-sibling::*[position() <= 6][contains(@class, 'ull')]")
_PULL_QUOTE_CLASS = re.compile(r"pull[-_]?quote", re.IGNORECASE)
_NOT_IN_PULL_QUOTE = ("a", "img", "picture", "video", "iframe", "ul", "ol")
_PARAGRAPH_BEFORE = etree.XPath("preceding::p[1]")
_PARAGRAPH_AFTER = etree.XPath("following::p[1]")
_PULL_QUOTE_MAX_WORDS = 80


def _restore_pull_quotes(tree, article: list[_Block], language: str | None, blockquotes=()) -> None:
    """A pull quote the page sets between two paragraphs of the story (an <aside
    class="pullquote-embed">, a <div class="pull-quote">, a quotation set as a
    figure: <figure><blockquote>...</blockquote><figcaption>who said it</figcaption>),
    where trafilatura kept both paragraphs and dropped the quote (it drops
    figures), comes back between them as a quote block, without the figure's
    caption (the Fundus gold leaves it out).  The Scrapinghub gold keeps a pull
    quote where the page shows it, also when it repeats a sentence of the story;
    the Fundus parsers (German pages) skip such a repeat, so on German pages only
    a quote whose text the article does not already hold comes back.
    ``blockquotes``: the page's <blockquote> elements (from the walk for the metadata)."""
    candidates = [element for element in _NEAR_PARAGRAPHS(tree) if _PULL_QUOTE_CLASS.search(element.get("class"))
                  and next(element.iter(*_NOT_IN_PULL_QUOTE), None) is None]
    candidates += [quote for quote in blockquotes if (frame := quote.getparent()) is not None
                   and frame.tag == "figure" and next(quote.iter(*_NOT_IN_PULL_QUOTE), None) is None]
    if not candidates:
        return
    keys = _paragraph_keys(article)
    held = " ".join(_plain(b.text) for b in article if b.kind in ("body", "quote", "heading"))
    inserts = []
    for element in candidates:
        text = _plain(" ".join(element.itertext()))
        if not text or len(text.split()) > _PULL_QUOTE_MAX_WORDS:
            continue
        # (from the figure: its caption may be a <p>)
        parent = element.getparent()
        frame = parent if parent is not None and parent.tag == "figure" else element
        before, after = _PARAGRAPH_BEFORE(frame), _PARAGRAPH_AFTER(frame)
        if not before or not after:
            continue
        index = keys.get(_plain(before[0].text_content())[:_PARAGRAPH_KEY_CHARS])
        if index is None or keys.get(_plain(after[0].text_content())[:_PARAGRAPH_KEY_CHARS]) != index + 1:
            continue
        if _furniture_text(text):
            continue
        start = text[:_PARAGRAPH_KEY_CHARS]
        if any(_plain(b.text).startswith(start) and len(b.text) < 1.5 * len(text) for b in article) \
                or (language == LEAD_LANGUAGE and start in held):
            continue        # kept already as a block of its own; on German pages, kept anywhere
        inserts.append((index, _Block(kind="quote", text=text, tag="quote")))
    for index, block in sorted(inserts, key=lambda pair: pair[0], reverse=True):
        article.insert(index + 1, block)


def _plain(text: str) -> str:
    return " ".join(text.split())


# Loose text shorter than this is a paragraph of the story only inside it.
_LOOSE_STORY_WORDS = 25


def _cut_loose_furniture(article: list[_Block]) -> None:
    """Short loose text (``_body_blocks``) above or below the story is the
    furniture that themes set without a <p>: a date line ("sexta-feira, 22 de
    outubro de 2010 às 20:13"), a video's length, a photo credit, the
    author's one-line bio, a promo line ("Dieser kostenlose interaktive
    Kalender hilft Ihnen ...").  Long loose text, and short loose text
    between paragraphs of the story, stays; not loose text with fewer than
    three words of letters, wherever it stands: no paragraph, but the date and
    length a video's caption leaves loose ("05.09.2024 | 2:03 min")."""
    for index, block in enumerate(article):
        if block.tag == "loose" and block.kind == "body" and block.words < _LOOSE_STORY_WORDS \
                and (_at_edge(article, index) or len(_LETTER_WORDS.findall(block.text)) < 3):
            block.kind = "boilerplate"


_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")


def _rejoin_split_links(body) -> None:
    """Repair two faults of trafilatura's output (asked for links) where a
    paragraph opens with a link: the space after the link is gone
    ("<ref>security fair</ref>in Las Vegas", read as "fairin"), and where the
    story is text set in a <div> with <br>s, the paragraph was split off at
    that link from the sentence it continues ("... rushed off alone to a" /
    "security fair in Las Vegas, ..."); without links trafilatura reads the
    text as it stands.  The space comes back; the piece goes back to the
    paragraph before it when that one stops in the middle of a sentence (it
    ends in a letter, after a few words: not a label such as "Werbung", a
    date line or a list of tags)."""
    previous = None
    for element in list(body):
        if _opens_with_glued_link(element):
            element[0].tail = " " + element[0].tail
            if _stops_mid_sentence(previous):
                last = previous[-1] if len(previous) else None
                if last is None:
                    previous.text = (previous.text or "").rstrip() + " "
                else:
                    last.tail = (last.tail or "").rstrip() + " "
                for child in list(element):
                    previous.append(child)
                body.remove(element)
                continue
        previous = element


def _opens_with_glued_link(element) -> bool:
    """A <p> whose first content is a link followed at once by a word."""
    if element.tag != "p" or (element.text or "").strip() or not len(element) or element[0].tag != "ref":
        return False
    tail = element[0].tail
    return bool(tail) and tail[0].isalnum()


def _restore_link_spaces(body, tree) -> None:
    """The space between a link and the word before or after it, where
    trafilatura (asked for links) dropped it inside a paragraph: "Hautpflege
    von<ref>Douglas</ref>", read as "vonDouglas" (without links it keeps the
    space).  A link may also sit inside a word on purpose ("Gesundheit<ref>s
    ausschuss</ref>" is rare but there), so the page's own <a> decides: the
    space comes back only where the source has one."""
    for ref in body.iter("ref"):
        text = "".join(ref.itertext())
        previous = ref.getprevious()
        before = (previous.tail if previous is not None else ref.getparent().text) or ""
        glued_before = before[-1:].isalnum() and text[:1].isalnum()
        glued_after = text[-1:].isalnum() and (ref.tail or "")[:1].isalnum()
        if not (glued_before or glued_after):
            continue
        link = _source_link(tree, ref.get("target"), text)
        if link is None:
            continue
        spaced_before, spaced_after = _spaces_around(link)
        if glued_before and spaced_before:
            if previous is not None:
                previous.tail += " "
            else:
                ref.getparent().text += " "
        if glued_after and spaced_after:
            ref.tail = " " + ref.tail


_LINKS_TO = etree.XPath("//a[@href=$target]")


def _source_link(tree, target: str | None, text: str):
    """The page's <a> to ``target`` whose text is ``text``, or None."""
    if not target:
        return None
    wanted = " ".join(text.split())
    return next((link for link in _LINKS_TO(tree, target=target)
                 if " ".join(link.text_content().split()) == wanted), None)


def _spaces_around(link) -> tuple[bool, bool]:
    """Whether the source sets white space before and after the link."""
    previous = link.getprevious()
    parent = link.getparent()
    before = (previous.tail if previous is not None else parent.text if parent is not None else "") or ""
    inner = link.text_content()
    return (before[-1:].isspace() or inner[:1].isspace(),
            (link.tail or "")[:1].isspace() or inner[-1:].isspace())


_MID_SENTENCE_WORDS = 3


def _stops_mid_sentence(element) -> bool:
    if element is None or element.tag != "p":
        return False
    if len(element) and element[-1].tag == "lb" and not (element[-1].tail or "").strip():
        return False        # it ended with a line break: the link opens a new line
    text = etree.tostring(element, method="text", encoding="unicode", with_tail=False).rstrip()
    return len(text.split()) >= _MID_SENTENCE_WORDS and text[-1].isalpha()


_ELEMENT_KIND = {"head": "heading", "p": "body", "quote": "quote", "list": "body",
                 "table": "body", "code": "body", "div": "body"}


def _flat_text(element) -> str:
    """Text of a trafilatura XML element, one line per <lb/> (a <br> in the
    page); see _mark_line_breaks."""
    raw = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    if "\n" not in raw:
        return " ".join(raw.split())
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _mark_line_breaks(body) -> None:
    """Turn each <lb/> into a newline in the text: serialised as text, <lb/>
    is otherwise dropped and the words around it run together.  (Newlines of
    the page's source formatting stay line breaks too: they separate the
    pieces of metadata some pages dump into one element.)"""
    for line_break in body.iter("lb"):
        line_break.tail = "\n" + (line_break.tail or "")


def _element_text(element) -> str:
    if element.tag == "list":
        return "\n".join(t for item in element.iter("item") if (t := _flat_text(item)))
    if element.tag == "table":
        rows = (" | ".join(_flat_text(cell) for cell in row) for row in element.iter("row"))
        return "\n".join(r for r in rows if r.strip(" |"))
    return _flat_text(element)


def _block_of(element) -> _Block | None:
    kind = _ELEMENT_KIND.get(element.tag)
    if kind is None:
        return None
    text = _element_text(element)
    if not text:
        return None
    linked = sum(len(" ".join("".join(ref.itertext()).split())) for ref in element.iter("ref"))
    return _Block(kind=kind, text=text, tag=element.tag, link_share=min(1.0, linked / len(text)),
                  items=sum(1 for _ in element.iter("item")))


def _second_vote(html: str, article: list[_Block], result: HtmlExtraction) -> list[_Block]:
    """readability-lxml's reading of the page, kept when it found clearly
    more of the story.  (trafilatura's bundled port of the same algorithm
    is four times faster on our tree but, on dev, never found the missing
    text that readability-lxml finds.)"""
    try:
        from readability import Document as ReadabilityDocument
        from lxml import html as lxml_html
        tree = lxml_html.fromstring(ReadabilityDocument(html).summary(html_partial=True))
    except Exception:  # a failed second opinion is no opinion
        return article
    blocks: list[_Block] = []
    for element in tree.iter("p", "h2", "h3", "h4", "blockquote", "li", "pre"):
        text = " ".join(element.text_content().split())
        if not text or any(True for _ in element.iterancestors("p", "blockquote", "li")):
            continue
        kind = "heading" if element.tag.startswith("h") else "quote" if element.tag == "blockquote" else "body"
        linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
        blocks.append(_Block(kind=kind, text=text, tag=element.tag, link_share=min(1.0, linked / len(text))))
    ours = sum(len(b.text) for b in article)
    theirs = sum(len(b.text) for b in blocks)
    if ours < UNSURE_ARTICLE_CHARS and theirs > max(2 * ours, UNSURE_ARTICLE_CHARS):
        result.warnings.append("main text from readability-lxml (trafilatura found little)")
        return blocks
    if theirs > SECOND_VOTE_GAIN * ours:
        our_grams = word_trigrams(" ".join(b.text for b in article))
        their_grams = word_trigrams(" ".join(b.text for b in blocks))
        if our_grams and len(our_grams & their_grams) >= SECOND_VOTE_CONTAINMENT * len(our_grams):
            result.warnings.append("main text from readability-lxml (it found more of the story)")
            return blocks
    return article


# Plain strings: a "smart" string result would make a Python object of each
# text node's parent element.
_PARAGRAPH_TEXT = etree.XPath("//p//text()", smart_strings=False)


def _unsure(tree, article: list[_Block]) -> bool:
    ours = sum(len(b.text) for b in article if b.kind in ("body", "heading", "quote"))
    if ours < UNSURE_ARTICLE_CHARS:
        return True
    if ours > UNSURE_LONG_ENOUGH:
        return False
    paragraphs = sum(len(piece.strip()) for piece in _PARAGRAPH_TEXT(tree))
    return ours < UNSURE_SHARE * paragraphs


# The start of a kept paragraph that a standfirst must not hold (see dropped_blocks).
_STORY_START_CHARS = 60


def _fingerprints(article: list[_Block], chars: int = 30) -> list[str]:
    prints = []
    for block in article:
        if block.kind in ("body", "quote") and len(block.text) >= 40:
            prints.append(block.text[:chars])
        if len(prints) >= 8:
            break
    return prints


_PLAIN_WORDS = re.compile(r"[^\W\d_]{2,}(?: [^\W\d_]{2,}){2,5}")

_BODY_TAG = re.compile(r"<body[\s>]", re.IGNORECASE)


def _article_line(html: str, fingerprints: list[str]) -> int | None:
    """Source line where the article starts: found by plain words of its first
    paragraph in the raw HTML (a string search; no tree walk needed)."""
    # From <body> on: the head's description and JSON-LD often repeat the
    # first paragraph, and would put the article at the top of the page.
    body = _BODY_TAG.search(html)
    offset = body.start() if body else 0
    for fingerprint in fingerprints[:3]:
        # a run of words may not stand in the source as it is ("AtomkraftDie Europäische
        # ...": a subheading glued to the paragraph): the next run of the start is tried
        for words in islice(_PLAIN_WORDS.finditer(fingerprint), 2):
            position = html.find(words.group(0), offset)
            while position >= 0 and _in_script(html, position):
                # JSON-LD in the body ("articleBody") repeats the story above it
                position = html.find(words.group(0), position + 1)
            if position >= 0:
                return html.count("\n", 0, position) + 1
    return None


def _in_script(html: str, position: int) -> bool:
    # lowercase tags only: a search for "<SCRIPT" runs back to the page's start on most pages
    opened = html.rfind("<script", 0, position)
    return opened >= 0 and opened > html.rfind("</script", opened, position)


def _precedes(element, anchor_line: int | None) -> bool:
    line = element.sourceline
    if anchor_line is not None and line is not None and line != anchor_line:
        return line < anchor_line
    # Minified pages put everything on one line: fall back on what the markup says.
    return element.tag in ("header", "nav") or "header" in (element.get("class") or "")
