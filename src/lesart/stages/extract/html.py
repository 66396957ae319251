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

``extract_html`` never raises on bad input: it returns what it could get and
says in ``warnings`` what went wrong.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Container
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import islice

from lxml import etree

from .html_cut import class_tokens, class_words, dropped_blocks, lead_after_headline, lead_from_description, \
    strip_noise, word_trigrams
from .html_meta import METADATA_TAGS, PageMeta, elements_by_tag, read_metadata
from .html_posts import embedded_posts
from . import phrases as P

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

_WORD = re.compile(r"\w+")
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


@dataclass
class _Block:
    kind: str
    text: str
    tag: str
    link_share: float = 0.0
    items: int = 0
    words: int = -1

    def __post_init__(self) -> None:
        if self.words < 0:
            self.words = len(self.text.split())


_LINK_LIST_SHARE = 0.6
_LINK_LINE_SHARE = 0.8
_LINK_LINE_WORDS = 25
# A link line is cut only at the article's edge: with a body paragraph of at
# least this many words both above and below it, it is more likely a linked
# sentence of the story ("Click to tweet" quotes, cited sources) than a teaser.
# (Cut everywhere, link lines cost recall on one half of the dev pages while
# helping the other; 50-80 words gave the same result on both halves.)
_EDGE_BODY_WORDS = 60
# A short line with a link that sends the reader to another page ("Alles über
# nachhaltige Wanderschuhe findest Du hier.", '... weiter zu "die Wortwahl"').
# ("erfahren Sie hier" is left alone: trafilatura's German pages keep it as text.)
_CROSS_LINK = re.compile(r"\b(?:findest du|finden sie|findet ihr)\s+(?:hier|unter diesem link)\W*$|"
                         r"^\W*(?:\.\.\.|…)?\s*weiter zu[mr]?\b", re.IGNORECASE)
_CROSS_LINK_WORDS = 15
# A box of linked headlines inside the story (_is_teaser_box).
_TEASER_BOX_SHARE = 0.9
_TEASER_LINE_WORDS = 15


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
    elements = elements_by_tag(tree, METADATA_TAGS + ("figcaption", "blockquote"))
    meta = read_metadata(tree, url, elements)
    _copy_meta(result, meta)
    article = _trafilatura_blocks(tree)
    if _unsure(tree, article):
        article = _second_vote(html, article, result)
    captions = _Captions(elements["figcaption"], _marked_captions(tree))
    article = _split_glued(_split_repeats(article, captions))
    _classify(article, meta, captions)
    for index, text in reversed(embedded_posts(tree, [block.text for block in article], elements["blockquote"])):
        # the embed's button ("Sieh dir diesen Beitrag auf Instagram an") is no part of the post
        lines = text.split("\n")
        furniture = [line for line in lines if P.HTML_BOILERPLATE.search(line)]
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


def _trafilatura_blocks(tree) -> list[_Block]:
    from trafilatura import bare_extraction
    # No url: trafilatura would make every link target absolute, and only
    # the link texts are used here (for the link share of a block).
    document = bare_extraction(
        tree, output_format="xml", include_comments=False,
        include_links=True, include_tables=True, with_metadata=False,
    )
    if document is None or document.body is None:
        return []
    _mark_line_breaks(document.body)
    return [block for element in document.body if (block := _block_of(element))]


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


# Captions that are no <figcaption>: elements whose class names them so
# ("wp-caption-text", "icaption_nonfloating", "image-caption", "bildunterschrift")
# beside a picture (in them, their parent or the parent's parent), without a
# headline inside.  (A video page's "item-caption" with no picture near it is
# the page's text.)  The XPath looks at class attributes only (the whole test
# in XPath cost 3.7 ms per Fundus page, this 0.7 ms); the rest is checked on
# its few answers.
_CAPTION_CLASSES = etree.XPath("//@class[contains(., 'aption') or contains(., 'ildunterschrift')]/..")
_CAPTION_WORDS = re.compile(r"caption|bildunterschrift", re.IGNORECASE)
_HEADLINE_TAGS = ("h1", "h2", "h3")
_PICTURE_TAGS = ("img", "picture")


def _marked_captions(tree) -> list:
    found = []
    for element in _CAPTION_CLASSES(tree):
        if not _CAPTION_WORDS.search(element.get("class") or "") \
                or any(True for _ in element.iter(*_HEADLINE_TAGS)):
            continue
        node, levels = element, 0
        while node is not None and levels < 3:
            if any(True for _ in node.iter(*_PICTURE_TAGS)):
                found.append(element)
                break
            node, levels = node.getparent(), levels + 1
    return found


# ... and only as long as a caption is: a wrapper of the whole story may carry such a class.
_CAPTION_MAX_WORDS = 60


class _Captions:
    """The page's picture captions (``<figcaption>`` texts and elements whose class says caption).

    A block is a caption when it is one of them, or most of one: pages append
    the picture's date, length or credit inside the same element ("... Sie
    dienen der Abschreckung für Nachahmer.05.09.2024 | 2:03 min") that
    trafilatura leaves out or keeps as another block."""

    def __init__(self, figcaptions, marked=()) -> None:
        self.texts = {" ".join(el.text_content().split()) for el in figcaptions} - {""}
        self.marked: set[str] = set()
        for element in marked:
            text = " ".join(element.text_content().split())
            if text and text.count(" ") < _CAPTION_MAX_WORDS:
                self.marked.add(text)
        self._norms: dict[bool, list[str]] = {}

    def holds(self, text: str, marked: bool = True) -> bool:
        """Whether the text is (most of) a caption; with ``marked`` False only
        <figcaption>s count."""
        if text in self.texts or (marked and text in self.marked):
            return True
        texts = self.texts | self.marked if marked else self.texts
        if not texts:
            return False
        if marked not in self._norms:
            self._norms[marked] = [n for n in map(_norm, texts) if n]
        key = _norm(text)
        return len(key) >= _CAPTION_PART_CHARS and any(
            key in caption and len(key) >= _CAPTION_SHARE * len(caption) for caption in self._norms[marked])


# A block that is at least this share of a caption's words (and this long) is that caption.
_CAPTION_SHARE = 0.6
_CAPTION_PART_CHARS = 30


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _title_norms(meta: PageMeta) -> list[str]:
    return [n for n in (_norm(t) for t in meta.title_variants or [meta.title or ""]) if n]


def _is_title(block: _Block, title_norm: str) -> bool:
    text_norm = _norm(block.text)
    if not text_norm or not title_norm:
        return False
    if text_norm == title_norm:
        return True
    # Kicker + headline in one element ("Schlachtbetriebe Das harte Geschäft…"),
    # or a title with the site name appended ("Headline | Site").
    shorter, longer = sorted((text_norm, title_norm), key=len)
    return len(shorter) >= 0.5 * len(longer) and (longer.endswith(shorter) or longer.startswith(shorter)
                                                  or (len(shorter) >= 0.8 * len(longer) and shorter in longer))


def _line_kind(line: str, seen: Container[str], phrases: bool) -> str | None:
    """The furniture kind of one line inside a multi-line block, or None.

    Repeats of an earlier line, bare timestamps, image addresses and script
    settings are metadata dumped into the body.  With ``phrases``, a short
    line with a reader-address phrase ("Aktuelle Nachrichten aufs Handy? ...
    News-App", "Ich bin damit einverstanden, dass mir der externe Inhalt
    angezeigt wird") is the furniture that _classify cuts as a block of its
    own, only glued to its neighbours by the markup (one <div> with <br>s)."""
    key = _norm(line)
    if (key in seen and len(key) > 12) or P.JUNK_LINE.match(line) or P.CODE_LINE.match(line):
        return "boilerplate"
    words = len(line.split())
    if not phrases or words > P.MAX_PHRASE_WORDS:
        return None
    kind = P.phrase_kind(line)
    if kind is None and P.HTML_BOILERPLATE.search(line):
        kind = "boilerplate"
    if kind is None and words <= P.CREDIT_WORDS and (P.CREDIT_LINE.search(line) or P.DATELINE.match(line)):
        kind = "boilerplate"
    return kind


class _SeenLines:
    """The normalised (``_norm``) lines of the blocks read so far.

    Lines are normalised at the first lookup after they were added: only
    blocks of three lines or more look lines up, most pages have none, and
    normalising every paragraph was most of _split_repeats' time."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._lines: list[str] = []

    def extend(self, lines: list[str]) -> None:
        self._lines.extend(lines)

    def __contains__(self, key: str) -> bool:
        if self._lines:
            self._keys.update(map(_norm, self._lines))
            self._lines.clear()
        return key in self._keys


def _split_repeats(article: list[_Block], captions: _Captions | None = None) -> list[_Block]:
    """Lines of a multi-line block that are furniture (``_line_kind``) leave
    the article as blocks of their own kind; the runs keep their order.
    Repeats are looked for in blocks of three lines or more (a two-line
    block is a heading with its kicker as often as a teaser), phrases in
    body and quote blocks of two lines or more that are too long for
    _classify's check of the whole block (a short block is judged whole:
    "Die mit einem" / "Symbol ... sind Affiliate-Links" is one notice).  A line that is a
    picture's caption (``_Captions``; in the story's first block only a
    <figcaption>) leaves as a caption block: pages that set the story in one
    element with <br>s put the captions of its pictures between the lines."""
    seen = _SeenLines()
    result: list[_Block] = []
    first_body = next((b for b in article if b.kind == "body"), None)
    for block in article:
        lines = block.text.split("\n")
        phrases = len(lines) >= 2 and block.kind in ("body", "quote") and (
            block.words > P.MAX_PHRASE_WORDS or P.phrase_kind(block.text) is None)
        if len(lines) >= 2 and block.kind == "body" and block.words <= _END_MATTER_WORDS \
                and P.END_MATTER_LABEL.match(lines[0]):
            # "Pressekontakte:" / "Arbeiter-Samariter Bund: poea@asb.de, Tel. ..." is one box
            seen.extend(lines)
            result.append(_Block(kind="boilerplate", text=block.text, tag=block.tag))
            continue
        if len(lines) < 3 and not phrases:
            seen.extend(lines)
            result.append(block)
            continue
        runs: list[tuple[str | None, list[str]]] = []
        for line in lines:
            kind = _line_kind(line, seen if len(lines) >= 3 else set(), phrases)
            if kind is None and phrases and captions is not None \
                    and captions.holds(line, marked=block is not first_body):
                kind = "caption"
            if kind is None and runs and runs[-1][0] is not None and not any(map(str.isalnum, line)):
                kind = runs[-1][0]      # the "." after a cut link ("... die aktuelle Ausgabe" / "hier" / ".")
            if kind is None and runs and runs[-1][0] == "boilerplate" and line[:1].islower() \
                    and _OPEN_SENTENCE.search(runs[-1][1][-1]):
                # the reader-address sentence goes on ("Werden Sie Mitglied bei" / "for me und erhalten
                # Sie ..."); not after a label ("Anzeige" / "um eine Forschungsgruppe erweitert")
                kind = "boilerplate"
            seen.extend([line])
            if runs and runs[-1][0] == kind:
                runs[-1][1].append(line)
            else:
                runs.append((kind, [line]))
        if len(runs) == 1 and runs[0][0] is None:
            result.append(block)
            continue
        for kind, run in runs:
            text = "\n".join(run)
            if kind is not None:
                result.append(_Block(kind=kind, text=text, tag=block.tag))
            else:
                result.append(_Block(kind=block.kind, text=text, tag=block.tag,
                                     link_share=block.link_share, items=block.items))
    return result


_END_MATTER_WORDS = 150

# A line of three words or more that stops in the middle of a sentence.
_OPEN_SENTENCE = re.compile(r"\w+\s+\w+\s+\w+\s*$")

_SHARE_WINDOW = 800     # characters at a block's end searched for a share label


def _split_glued(article: list[_Block]) -> list[_Block]:
    """A body block that a theme glued to its furniture loses it: a "click to
    tweet" button after a quotable sentence, the share and like buttons after
    the story's last sentence ("... von 2%… Bewerten: Teilen
    Sie dies mit: Twitter Facebook ... Gefällt mir: Liken Lade …") and a date
    label before its first ("Veröffentlichung: 2. Februar 2022 ...") become
    boilerplate blocks of their own.  A share label counts only when share
    targets follow it and the rest of the block is short."""
    result: list[_Block] = []
    for block in article:
        if block.kind in ("body", "quote") and (button := P.TWEET_BUTTON.search(block.text)) and button.start():
            # the plugin's button after a quotable sentence; the sentence is the story's
            result.append(_Block(kind=block.kind, text=block.text[:button.start()], tag=block.tag,
                                 link_share=block.link_share, items=block.items))
            result.append(_Block(kind="boilerplate", text=block.text[button.start():].strip(), tag=block.tag))
            continue
        if block.kind != "body" or ":" not in block.text:
            result.append(block)
            continue
        text = block.text
        head = tail = None
        match = P.DATE_HEAD.match(text)
        if match and block.words > P.CREDIT_WORDS:
            head, text = text[:match.end()].rstrip(), text[match.end():]
        match = P.SHARE_TAIL.search(text, max(0, len(text) - _SHARE_WINDOW))
        if match and text[:match.start()].strip() and P.SHARE_TARGETS.search(text, match.end()) \
                and len(text[match.start():].split()) <= P.SHARE_TAIL_WORDS:
            text, tail = text[:match.start()].rstrip(), text[match.start():]
        if head is None and tail is None:
            result.append(block)
            continue
        if head is not None:
            result.append(_Block(kind="boilerplate", text=head, tag=block.tag))
        result.append(_Block(kind=block.kind, text=text, tag=block.tag, link_share=block.link_share, items=block.items))
        if tail is not None:
            result.append(_Block(kind="boilerplate", text=tail, tag=block.tag))
    return result


def _classify(article: list[_Block], meta: PageMeta, captions: _Captions) -> None:
    title_norms = _title_norms(meta)
    # The story's first paragraph may repeat under the picture as its caption
    # (a standfirst that the page's caption class holds too): only a <figcaption> cuts it.
    first_body = next((i for i, b in enumerate(article) if b.kind == "body"), -1)
    for index, block in enumerate(article):
        short = block.words <= P.MAX_PHRASE_WORDS
        if index < 3 and block.words <= 40 and not any(b.kind == "title" for b in article[:index]) \
                and any(_is_title(block, t) for t in title_norms):
            block.kind = "title"
        elif captions.holds(block.text, marked=index != first_body) or (block.words <= 60 and (P.CAPTION_END.search(block.text)
                                                                    or P.CAPTION_START.match(block.text))):
            block.kind = "caption"
        elif block.tag == "list" and block.items >= 2 and block.link_share >= _LINK_LIST_SHARE:
            block.kind = "navigation"
        elif block.words <= _LINK_LINE_WORDS and block.link_share >= _LINK_LINE_SHARE \
                and block.tag != "head" and _at_edge(article, index):
            # Headings are left alone: a linked subheading is an anchor into
            # the story; a heading over a cut link list goes with it anyway
            # (_orphan_headings).
            block.kind = "navigation"
        elif _is_teaser_box(block):
            block.kind = "navigation"
        elif block.kind == "body" and block.link_share > 0 and block.words <= _CROSS_LINK_WORDS \
                and _CROSS_LINK.search(block.text):
            block.kind = "navigation"
        elif short and (kind := P.phrase_kind(block.text)) is not None:
            block.kind = kind
        elif short and (P.HTML_BOILERPLATE.search(block.text) or P.is_share_bar(block.text)):
            block.kind = "boilerplate"
        elif block.words <= P.BYLINE_WORDS and P.HTML_BYLINE.search(block.text) \
                and (block.kind == "body" or (block.kind == "heading" and not any(map(_substantial, article[:index])))):
            # "Von: det/dpa"; a byline set as a heading above the story ("Von Jan Kupitz")
            block.kind = "boilerplate"
        elif block.words <= P.LEGAL_NOTICE_WORDS and P.LEGAL_NOTICE.search(block.text):
            block.kind = "boilerplate"
        elif _is_link_dump(block.text):
            block.kind = "boilerplate"
        elif block.words <= P.CREDIT_WORDS and (P.CREDIT_LINE.search(block.text) or P.URL_ONLY.match(block.text)
                                    or P.DATELINE.match(block.text.split("\n")[0])):
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.BYLINE_WORDS and P.BYLINE.search(block.text):
            block.kind = "boilerplate"
        elif block.kind == "body" and index and article[index - 1].kind == "quote" \
                and block.words <= P.ATTRIBUTION_WORDS and P.ATTRIBUTION.match(block.text):
            # the signature under a pull quote ("Karsten Haustein, Universität Leipzig")
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.ROLE_LINE_WORDS and P.ROLE_LINE.match(block.text):
            block.kind = "boilerplate"
        elif block.kind in ("body", "quote") and block.words <= P.AUTHOR_BIO_WORDS and P.AUTHOR_BIO.search(block.text) \
                and (_at_edge(article, index) or block.text.lstrip().startswith(("...", "…"))):
            # Only above or below the story: inside it, "X ist Journalistin" is
            # a portrait's sentence.  "... ist Senior Fellow bei ..." continues
            # the name on an expert's picture box, wherever the box stands.
            block.kind = "boilerplate"
        elif block.kind in ("body", "quote") and block.words <= P.AUTHOR_BIO_WORDS and P.HTML_BIO.search(block.text) \
                and any(map(_substantial, article[:index])) and not any(map(_substantial, article[index + 1:])):
            # under the story: "Die Autorin ist Achtsamkeitslehrerin und ..."
            block.kind = "boilerplate"
        elif block.kind == "body" and block.words <= P.CONTRIBUTORS_WORDS and P.CONTRIBUTORS.search(block.text) \
                and any(map(_substantial, article[:index])) and not any(map(_substantial, article[index + 1:])):
            # under the story: "(Reporting by ...; Editing by ...)", "AP writers ... contributed to this report."
            block.kind = "boilerplate"
    _cut_repeats(article, title_norms)
    _cut_comment_sections(article)
    _cut_about_sections(article)
    _cut_read_more_teasers(article)
    _cut_menu_runs(article)
    _orphan_headings(article)


def _cut_repeats(article: list[_Block], title_norms: list[str]) -> None:
    """A paragraph the page prints twice (a standfirst repeated above the story,
    a teaser holding the next paragraph's first sentences: "Heute gilt
    Achtsamkeit als Megatrend ..." above the whole paragraph) is kept once;
    a heading near the top that repeats the headline once the title is
    found ("Fünf Kleinkinder ... / Neu" as the title, the same words as a
    heading below) goes as well."""
    seen: set[str] = set()
    has_title = False
    kept = [b for b in article if b.kind in ("body", "quote", "heading", "title")]
    for position, block in enumerate(kept):
        if block.kind == "title":
            has_title = True
            continue
        key = _norm(block.text)
        if block.kind == "heading" and has_title and position < 5 and block.words <= 40 \
                and any(key == t for t in title_norms):
            block.kind = "boilerplate"
            continue
        if block.kind not in ("body", "quote") or block.words < _REPEAT_WORDS:
            continue
        following = kept[position + 1] if position + 1 < len(kept) else None
        if key in seen or (following is not None and following.kind == block.kind
                           and following.words > block.words and _norm(following.text).startswith(key)):
            block.kind = "boilerplate"
        else:
            seen.add(key)


_REPEAT_WORDS = 8


def _cut_comment_sections(article: list[_Block]) -> None:
    """Below the story, a comment section's label ("Kommentare", "3 Kommentare",
    "Leserkommentare") starts the readers' comments: their names, votes and
    texts are not the story, however long."""
    for index, block in enumerate(article):
        if block.words > 3 or not _COMMENTS_LABEL.match(block.text) or not any(map(_substantial, article[:index])):
            continue
        before = sum(b.words for b in article[:index] if b.kind in ("body", "quote"))
        if sum(b.words for b in article[index + 1:] if b.kind in ("body", "quote")) >= before:
            return          # most of the text still follows: a comment counter in the story's head
        for following in article[index:]:
            if following.kind in ("body", "heading", "quote"):
                following.kind = "boilerplate"
        return


_COMMENTS_LABEL = re.compile(r"^\W*(?:\d+\s+)?(?:leser)?kommentare(?:\s*\(\d+\))?\W*$|^\W*comments?(?:\s*\(\d+\))?\W*$",
                             re.IGNORECASE)


def _substantial(block: _Block) -> bool:
    return block.kind == "body" and block.words >= _EDGE_BODY_WORDS


def _cut_about_sections(article: list[_Block]) -> None:
    """A section under the story whose heading says it is about the author,
    the series or whom the press may call ("Über diese Reihe", "Über die
    Autorin", "Pressekontakt", "About the author") is the site's box, not the
    story: the heading and its blocks up to the next heading are cut, when no
    long paragraph of the story follows."""
    for index, block in enumerate(article):
        if block.tag != "head" or block.kind not in ("heading", "boilerplate") or block.words > 6 \
                or not P.ABOUT_HEADING.match(block.text):
            continue
        if any(map(_substantial, article[index + 1:])) or not any(map(_substantial, article[:index])):
            continue
        block.kind = "boilerplate"
        for following in article[index + 1:]:
            if following.kind == "heading":
                break
            if following.kind in ("body", "quote"):
                following.kind = "boilerplate"


def _cut_read_more_teasers(article: list[_Block]) -> None:
    """A short paragraph right above a bare "weiterlesen" / "read more" link,
    below the story's start and not after the story's own text (a heading,
    a cut block or another such link stands before it), is another page's
    teaser.  (After a paragraph of the story, "Weiterlesen" leads to the
    story's next page.)"""
    for index in range(1, len(article) - 1):
        block, following, before = article[index], article[index + 1], article[index - 1]
        if block.kind == "body" and block.words <= _TEASER_WORDS and following.kind == "navigation" \
                and P.READ_MORE.match(following.text) and any(map(_substantial, article[:index])) \
                and (before.kind not in ("body", "quote") or P.READ_MORE.match(before.text)):
            block.kind = "navigation"


_TEASER_WORDS = 80


def _cut_menu_runs(article: list[_Block]) -> None:
    """A long run of one-line labels above the story's first paragraph
    ("Übersicht: Arbeit" / "Arbeitsförderung" / "Leistungen der
    Arbeitsförderung" ...) is the site's menu that trafilatura took as
    paragraphs; inside and below the story such runs are tables and lists."""
    first = next((i for i, b in enumerate(article) if b.kind == "body" and b.words >= _MENU_STORY_WORDS), len(article))
    run: list[_Block] = []
    for block in article[:first] + [None]:
        if block is not None and block.kind == "body" and block.words <= _MENU_LABEL_WORDS \
                and "\n" not in block.text and not _SENTENCE_END.search(block.text):
            run.append(block)
            continue
        if block is not None and block.kind not in ("body", "heading", "quote"):
            continue            # a cut block between the labels does not end the run
        if len(run) >= _MENU_RUN:
            for label in run:
                label.kind = "navigation"
        run = []


_MENU_STORY_WORDS = 25
_MENU_LABEL_WORDS = 6
_MENU_RUN = 10
_SENTENCE_END = re.compile(r"[.!?:;\"“”»«)]\s*$")


# The label over a story's list of sources ("Verwendete Quellen", "Quellen:"): found by its
# text node (an XPath over text nodes, not over every element's text).
_SOURCES_LABEL = etree.XPath("//text()[contains(., 'Quelle')]", smart_strings=True)
# ... searched only on German pages whose markup has such a label as a whole text (a string
# search, 0.1 ms on a news page: the XPath walks every text node, 0.5 ms)
_SOURCES_LABEL_RAW = re.compile(r"Quellen(?:angaben?)?\s*:?\s*<")
_SOURCES_LABELS = frozenset({"verwendete quellen", "quellen", "quellenangaben", "quellenangabe"})


def _source_lists(tree, html: str) -> list[str]:
    """The texts of the lists right after a sources label: the story's sources
    ("Trump-Post bei Truth Social" / "Eigene Recherche"), not its text."""
    lists: list[str] = []
    if "Quellen" not in html or not _SOURCES_LABEL_RAW.search(html):
        return lists
    for node in _SOURCES_LABEL(tree):
        if node.strip().rstrip(":").strip().lower() not in _SOURCES_LABELS:
            continue
        label = node.getparent()    # (for a tail, the element before it: the list comes after both)
        if label is None:
            continue
        following = label.getnext()
        if following is None and label.getparent() is not None:
            following = label.getparent().getnext()     # <h3><b>Quellen</b></h3><ul>
        if following is not None and following.tag in ("ul", "ol"):
            lists.append(" ".join(" ".join(following.itertext()).split()))
    return lists


def _cut_boxes(article: list[_Block], boxes: list[str]) -> None:
    """Article blocks that lie inside an info or fact box are not the story."""
    if not boxes:
        return
    boxes = [_norm(box) for box in boxes]    # words only: the box's paragraphs run together in its text
    for block in article:
        if block.kind in ("body", "heading", "quote"):
            text = _norm(block.text)
            if text and any(text in box for box in boxes):
                block.kind = "boilerplate"


# Class tokens of the furniture containers whose paragraphs are cut after the
# story (_cut_trailing_furniture); not the weak ones ("widget", "more",
# "header") that page builders put on story sections too.
_TRAILING_BOX_TOKENS = frozenset({
    "sidebar", "related", "author", "bio", "footer", "newsletter", "social", "share", "sharing",
    "comments", "comment", "teaser", "teasers", "recommended", "recommendations", "subscribe", "abo",
    "promo", "promotion", "sponsored",
})


# A container named only by a weak token ("more-info-section") counts when it holds
# teasers, a slider or a gallery: the picture gallery under a press release, its
# captions and download links taken as paragraphs.
_WEAK_BOX_TOKENS = frozenset({"more", "weitere", "mehr", "widget"})
_HOLDS_TEASERS = etree.XPath(
    "boolean(.//*[contains(@class, 'teaser') or contains(@class, 'slider') or contains(@class, 'gallery')"
    " or contains(@class, 'carousel') or contains(@class, 'related')])")


def _cut_trailing_furniture(article: list[_Block], cut: list[tuple[str, str, object]]) -> None:
    """Article blocks after the story's last long paragraph that lie inside a
    container the markup names as furniture (an aside, a footer, a sidebar,
    related-posts, author or promo box: ``dropped_blocks`` and
    _TRAILING_BOX_TOKENS) go with that container.  trafilatura keeps such a
    box's paragraphs when it sits inside the article wrapper (a sidebar's
    "Nutzen Sie FinCompare als Wettbewerbsvorteil", a related-posts list
    with excerpts).  A container that holds a long paragraph of the story is
    no furniture box."""
    last = max((i for i, b in enumerate(article) if _substantial(b)), default=None)
    if last is None or not cut:
        return
    trailing = [b for b in article[last + 1:] if b.kind in ("body", "heading", "quote")]
    if not trailing:
        return
    story = [_norm(b.text[:60]) for b in article if _substantial(b)]
    texts = []
    for _, _, element in cut:
        tokens = class_tokens(element)
        if not (element.tag in ("aside", "footer") or element.get("role") in ("complementary", "contentinfo")
                or tokens & _TRAILING_BOX_TOKENS
                or (tokens & _WEAK_BOX_TOKENS and _HOLDS_TEASERS(element))):
            continue
        text = f" {_norm(' '.join(element.itertext()))} "     # pieces apart: "...Finanzierer" "Wir ..."
        if text.strip() and not any(probe and probe in text for probe in story):
            texts.append(text)
    if not texts:
        return
    # Short blocks ("Zutaten", "0") are found in a big box by chance: they go
    # only as the heading of a cut block (_orphan_headings).
    for block in trailing:
        key = _norm(block.text)
        if key.count(" ") >= 2 and any(f" {key} " in text for text in texts):
            block.kind = "boilerplate"
    _orphan_headings(article)


# Class/id tokens and roles of a dialog the page opens over the story: a login or
# registration form, a search help, a consent or paywall layer.
_DIALOG_TOKENS = frozenset({"modal", "dialog", "login", "popup"})
_PAGE_TAGS = ("html", "body", "main", "article")
_DIALOG_ROLES = ("dialog", "alertdialog")


def _names_dialog(element) -> bool:
    """A class or id word that names a dialog ("modal", "paywall-modal",
    "login-panel"), not one that names a state or a trigger of one: "box
    article modal-enabled" is a story that can open a modal, "popup-link" the
    link that opens it, "dialog-off-canvas-main-canvas" the page's wrapper."""
    return any(parts & _DIALOG_TOKENS and not parts & _DIALOG_STATES for parts in class_words(element))


_DIALOG_STATES = frozenset({"enabled", "trigger", "link", "open", "opener", "toggle", "button", "btn", "close",
                            "off", "override", "required"})


def _cut_dialogs(article: list[_Block], containers: list) -> None:
    """Article blocks inside a dialog the page opens over the story ("Passwort
    vergessen?", "Deine Registrierung war erfolgreich", a search's help) go with
    it, wherever they stand: no dialog holds the story (a container holding
    the story's first paragraph is not among ``containers``)."""
    texts = []
    for element in containers:
        if element.tag in _PAGE_TAGS:
            continue        # a page-wide class ("modal-open" on <body>) names no dialog
        if element.get("role") in _DIALOG_ROLES or element.get("aria-modal") == "true" or _names_dialog(element):
            text = _norm(" ".join(element.itertext()))
            if text:
                texts.append(f" {text} ")
    if not texts:
        return
    hits = []
    for index, block in enumerate(article):
        if block.kind in ("body", "heading", "quote"):
            key = _norm(block.text)
            if key and any(f" {key} " in text for text in texts):
                hits.append(index)
    # Short blocks ("Passwort vergessen?") are found in a big dialog by chance: they
    # go when a longer block of the same dialog stands next to them.
    long_hits = {i for i in hits if article[i].words >= 3}
    for index in hits:
        if index in long_hits or (index - 1) in long_hits or (index + 1) in long_hits:
            article[index].kind = "boilerplate"
    _orphan_headings(article)


def _is_teaser_box(block: _Block) -> bool:
    """Several short lines, all of them links: headlines of other stories
    that the page set between two paragraphs ("Waldai-Residenz: Putin rüstet
    auf ..." / "Iran-Krieg: ..."), wherever they stand.  A linked sentence of
    the story is one line, or a long one."""
    lines = [line for line in block.text.split("\n") if line.strip()]
    return (block.kind == "body" and len(lines) >= 2 and block.link_share >= _TEASER_BOX_SHARE
            and all(len(line.split()) <= _TEASER_LINE_WORDS for line in lines))


def _is_link_dump(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 2 and all(P.LABELLED_URL.match(line) for line in lines)


def _at_edge(article: list[_Block], index: int) -> bool:
    """False when substantial body text stands both before and after the block."""
    return not (any(map(_substantial, article[:index])) and any(map(_substantial, article[index + 1:])))


def _orphan_headings(article: list[_Block]) -> None:
    """A heading whose section was cut ("Auch interessant" over a link list)
    belongs to what follows it, not to the article."""
    for index in range(len(article) - 1, -1, -1):
        block = article[index]
        if block.kind != "heading":
            continue
        if block.words > _ORPHAN_HEADING_WORDS:
            continue        # a standfirst set as a heading, above the cut date line
        following = article[index + 1] if index + 1 < len(article) else None
        if following is None:
            block.kind = "boilerplate"
        elif following.kind in ("navigation", "advertisement", "boilerplate"):
            block.kind = following.kind


_ORPHAN_HEADING_WORDS = 15

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
