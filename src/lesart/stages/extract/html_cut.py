"""Page furniture that the main-text extractor dropped: menus, ads, footers.

lesart keeps what it cut visible (the report greys it out), so the blocks
trafilatura discards come back here as navigation / advertisement /
boilerplate / tags blocks.  Candidates are containers whose tag, ARIA role or
class/id tokens name them as furniture; one walk over the page takes the
outermost ones (and, on the way, the standfirst under the headline, which
trafilatura often drops with the header).  Texts are shortened: they are
shown, not analysed.
"""
from __future__ import annotations

import re
from itertools import islice

from lxml import etree

MAX_BLOCK_CHARS = 300
MAX_BLOCKS = 40
# Standfirst candidates gathered (menus may hold teasers of other pages marked up alike).
MAX_LEADS = 8

_TAG_KIND = {"nav": "navigation", "menu": "navigation", "header": "navigation",
             "aside": "navigation", "footer": "boilerplate"}
_ROLE_KIND = {"navigation": "navigation", "menu": "navigation", "menubar": "navigation",
              "banner": "navigation", "complementary": "navigation",
              "contentinfo": "boilerplate", "dialog": "boilerplate"}
# Class/id tokens, checked in this order (an "ad" inside a "nav" is an ad).
_TOKEN_KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("advertisement", frozenset({
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
        "adunit", "adcontainer", "anzeige", "anzeigen", "werbung", "sponsor", "sponsored",
        "sponsoring", "promo", "promoted", "promotion", "commercial", "affiliate",
        "outbrain", "taboola", "dfp", "adsense", "gpt", "billboard",
        "superbanner", "skyscraper", "rectangle", "native",
    })),
    ("tags", frozenset({"tags", "tag", "tagcloud", "keywords", "schlagworte", "schlagwort", "topics"})),
    ("boilerplate", frozenset({
        "footer", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
        "subscription", "abo", "paywall", "social", "share", "sharing", "socials",
        "comments", "comment", "kommentare", "copyright", "legal", "imprint",
        "impressum", "login", "signup", "author", "bio", "byline", "print", "toolbar",
        "modal", "dialog", "popup",
    })),
    ("navigation", frozenset({
        "nav", "navbar", "navigation", "menu", "mainmenu", "submenu", "breadcrumb",
        "breadcrumbs", "related", "teaser", "teasers", "recommended", "recommendation",
        "recommendations", "readmore", "more", "pagination", "pager", "sidebar",
        "header", "masthead", "topbar", "banner", "mehr", "weitere", "empfehlungen", "trending",
        "popular", "mostread", "widget",
    })),
)
_ALL_TOKENS = frozenset().union(*(tokens for _, tokens in _TOKEN_KINDS))
_SEPARATORS = str.maketrans("-_.:/[]()", "         ")

_ROLE_OR_TAG = frozenset(_TAG_KIND)
_LEAF_TAGS = frozenset({
    "p", "a", "span", "h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "svg", "button",
    "strong", "em", "b", "i", "time", "label", "input", "select", "textarea", "figcaption",
    "blockquote", "pre", "code", "table", "video", "audio", "iframe", "br",
})
# Class/id tokens of a standfirst (the lead under the headline), which news
# gold texts count as article text but extractors often drop with the header.
LEAD_TOKENS = frozenset({
    "lead", "intro", "teaser", "excerpt", "summary", "standfirst", "dek", "abstract",
    "description", "subline", "subheadline", "leadtext", "subtitle", "teasertext",
})
# ... unless the same markup says it describes a picture or a video
# ("image-element__description", "header-teaser__image-details"; not "details"
# alone: "teaser-text news-details__teaser" is a news page's standfirst).
NOT_LEAD_TOKENS = frozenset({
    "image", "img", "picture", "photo", "foto", "figure", "figcaption", "caption", "credit", "credits",
    "media", "gallery", "video", "copyright",
    # ... or the site: its tagline in the masthead ("site-description", "brand-subline")
    "site", "brand", "branding", "tagline", "slogan",
})
_LEAD_TAGS = frozenset({"p", "div", "span", "section", "h2"})
# Boxes beside the story: fact boxes, info boxes.  Gold texts leave them out
# (Fundus; 4 of 5 such boxes on trafilatura's German pages).
BOX_PREFIXES = ("infobox", "info-box", "factbox", "faktenbox")
# ... and boxes that say what they are only to screen readers, test tools or
# the CMS: a newsletter sign-up (<section aria-label="Newsletter Anmeldung">),
# links to related articles (<aside aria-label="Verwandte Artikel">,
# data-testid="RelatedArticles.List"), a teaser carousel (data-module-id=
# "CarouselModule") or a reader poll (<div type="poll">) set into the story.
_BOX_LABEL = re.compile(r"newsletter|related|verwandte|weitere artikel|mehr zum thema|lesen sie auch|read more"
                        r"|carousel|\bpoll\b|umfrage|\bquiz\b", re.I)
_BOX_LABEL_ATTRIBUTES = ("aria-label", "data-testid", "data-module-id", "type")
LEAD_WORDS = (10, 150)
_NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe")


def class_tokens(element) -> set[str]:
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return set(raw.lower().translate(_SEPARATORS).split())


def class_words(element) -> list[set[str]]:
    """The tokens of each class or id word apart: "box modal-enabled" ->
    [{"box"}, {"modal", "enabled"}]."""
    raw = f"{element.get('class') or ''} {element.get('id') or ''}"
    return [set(word.translate(_SEPARATORS).split()) for word in raw.lower().split()]


def furniture_kind(element) -> str | None:
    """The cut kind a container's markup names, or None for ordinary content."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return _markup(tag, element.get("class") or "", element.get("id") or "",
                   element.get("role") or "")[0]


def strip_noise(tree) -> None:
    """Remove scripts and styles so their code never shows up as cut text."""
    etree.strip_elements(tree, *_NOISE_TAGS, with_tail=False)


def _short(text: str) -> str:
    if len(text) <= MAX_BLOCK_CHARS:
        return text
    cut = text[:MAX_BLOCK_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def _held(element, fingerprints: list[str]) -> list[bool]:
    """For each fingerprint, whether the element's whitespace-normalised text
    contains it.  Serialised as text in C: itertext() would make a Python
    object of every element of a (often large) container."""
    raw = etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    plain = " ".join(raw.split())
    return [fp in plain for fp in fingerprints]


def _shown_text(element) -> str:
    """The container's text as shown: its text pieces joined with spaces (menu
    items are often bare <li>s that run together when joined as they stand),
    whitespace-normalised and shortened (``_short``).

    Pieces are read only until the text is longer than MAX_BLOCK_CHARS: the
    words of the pieces read so far are the start of the whole text, so the
    shortened text is the same, and a footer need not be read to its end."""
    words: list[str] = []
    size = -1                       # length of " ".join(words)
    for piece in element.itertext():
        for word in piece.split():
            words.append(word)
            size += len(word) + 1
        if size > MAX_BLOCK_CHARS:
            break
    return _short(" ".join(words))


# A standfirst is a paragraph of text.  A candidate that holds headings or
# pictures is a section of the page (an "intro" box with breadcrumbs, headline
# and the picture's credit), and one inside a menu or an aside is the site's
# furniture (a subscription widget's "Um neue Beiträge per E-Mail zu erhalten").
_LEAD_HOLDS_PARTS = etree.XPath(
    "boolean(descendant::*[self::h1 or self::h2 or self::h3 or self::h4 or self::img or self::picture"
    " or self::figure or self::nav or self::form])")
_LEAD_IN_FURNITURE = etree.XPath(
    "boolean(ancestor::*[self::nav or self::aside or @role='navigation' or @role='complementary'])")


def _lead_text(element) -> str | None:
    text = " ".join(element.text_content().split())
    words = len(text.split())
    if not LEAD_WORDS[0] <= words <= LEAD_WORDS[1]:
        return None
    if _LEAD_HOLDS_PARTS(element) or _LEAD_IN_FURNITURE(element):
        return None
    linked = sum(len(a.text_content()) for a in element.iter("a"))
    return text if linked < 0.3 * len(text) else None


# (tag, class, id, role) -> (furniture kind or None, may be a standfirst, is an info box).
# Pages repeat the same class strings hundreds of times, so classifying each
# distinct string once keeps the walk over every element cheap.
_MARKUP_CACHE: dict[tuple[str, str, str, str], tuple[str | None, bool, bool]] = {}
_MARKUP_CACHE_LIMIT = 100_000


def _markup(tag: str, css_class: str, css_id: str, role: str) -> tuple[str | None, bool, bool]:
    key = (tag, css_class, css_id, role)
    known = _MARKUP_CACHE.get(key)
    if known is not None:
        return known
    tokens = set(f"{css_class} {css_id}".lower().translate(_SEPARATORS).split())
    role = role.strip().lower()
    if tokens & _ALL_TOKENS:
        kind = next(k for k, names in _TOKEN_KINDS if tokens & names)
    elif role in _ROLE_KIND:
        kind = _ROLE_KIND[role]
    else:
        kind = _TAG_KIND.get(tag.lower())
    answer = (kind, tag in _LEAD_TAGS and bool(tokens & LEAD_TOKENS) and not tokens & NOT_LEAD_TOKENS,
              any(token.startswith(BOX_PREFIXES) for token in css_class.lower().split()))
    if len(_MARKUP_CACHE) > _MARKUP_CACHE_LIMIT:
        _MARKUP_CACHE.clear()
    _MARKUP_CACHE[key] = answer
    return answer


def dropped_blocks(tree, article_fingerprints: list[str], story_starts: list[str] | None = None,
                   holders: list[tuple[str, object]] | None = None) \
        -> tuple[list[tuple[str, str, object]], list[tuple[str, object]], list[str]]:
    """Outermost furniture containers as (kind, short text, element), the
    standfirst candidates as (text, element) in document order (at most
    MAX_LEADS), and the texts of the info and fact boxes met on the way (see
    ``BOX_PREFIXES``).

    A container that holds article text (a wrapper around the whole story that
    happens to carry a "sidebar" class) is not furniture itself; furniture
    nested inside it still counts.

    ``story_starts`` (longer starts of the kept paragraphs; the fingerprints
    when not given) tell a standfirst from the story's own first paragraph: a
    30-character fingerprint can be the start of both ("Das Forum Waffenrecht
    fordert umfassende ..." above "Das Forum Waffenrecht fordert die ...").

    ``holders``, when given, gets (kind, element) of the furniture containers
    that hold kept paragraphs but not the first one: no wrapper of the story
    but a box whose text trafilatura kept (the comments under a short recipe,
    whose first comments are among the fingerprints).  They are not shown.
    """
    starts = article_fingerprints if story_starts is None else story_starts
    found: list[tuple[str, str, object]] = []
    leads: list[tuple[str, object]] = []
    boxes: list[str] = []
    seen_texts: set[str] = set()
    headers_searched = 0
    body = tree.find("body")
    # Document order; a container taken as furniture (or as the standfirst)
    # is not searched further, which also keeps the walk short.
    walker = etree.iterwalk(body if body is not None else tree, events=("start",))
    for _, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        css_class, css_id, role = element.get("class"), element.get("id"), element.get("role")
        if tag in _LEAF_TAGS:
            # Text-level elements hold no furniture containers worth showing
            # apart from themselves: do not walk into them.
            walker.skip_subtree()
        if tag == "blockquote" and (element.find(".//footer") is not None or element.find(".//cite") is not None):
            boxes.append(" ".join(" ".join(element.itertext()).split()))   # a pull quote signed below
            continue
        if not (css_class or css_id or role or tag in _ROLE_OR_TAG):
            continue
        kind, lead_like, box = _markup(tag, css_class or "", css_id or "", role or "")
        if box:
            boxes.append(" ".join(element.text_content().split()))
        elif _BOX_LABEL.search(" ".join(element.get(name) or "" for name in _BOX_LABEL_ATTRIBUTES)):
            # pieces apart: a list's items run together in text_content() ("...Trump" "Iran-Krieg...")
            boxes.append(" ".join(" ".join(element.itertext()).split()))
        if lead_like and len(leads) < MAX_LEADS and (text := _lead_text(element)) is not None:
            if not any(fp in text for fp in starts):
                leads.append((text, element))
                walker.skip_subtree()
                continue
        if kind is None:
            continue
        if article_fingerprints and any(held := _held(element, article_fingerprints)):
            if holders is not None and not held[0]:
                holders.append((kind, element))
            continue
        walker.skip_subtree()
        if len(leads) < MAX_LEADS and headers_searched < 3 and (tag == "header" or "header" in class_tokens(element)):
            headers_searched += 1
            if (inside := _lead_inside(element, starts)) is not None:
                leads.append(inside)
        text = _shown_text(element)
        if len(text) >= 2 and text not in seen_texts:
            seen_texts.add(text)
            found.append((kind, text, element))
            if len(found) >= MAX_BLOCKS:
                break
    return found, leads, boxes


# The container and its descendants that may carry lead tokens, in document
# order: elements without a class or id cannot, and skipping them in C spares
# a Python object for each.
_LEAD_CANDIDATES = etree.XPath(
    f"descendant-or-self::*[{' or '.join(f'self::{tag}' for tag in sorted(_LEAD_TAGS))}][@class or @id]")


def _lead_inside(container, article_fingerprints: list[str]) -> tuple[str, object] | None:
    for element in _LEAD_CANDIDATES(container):
        _, lead_like, _ = _markup(element.tag, element.get("class") or "", element.get("id") or "",
                                  element.get("role") or "")
        if lead_like:
            text = _lead_text(element)
            if text and not any(fp in text for fp in article_fingerprints):
                return text, element
    return None


_AFTER_HEADLINE_SCAN = 20        # elements looked at below the headline
# "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet ...": notes about the text, not its lead
_NOTICE_TOKENS = frozenset({"notice", "hinweis", "disclaimer", "byline", "author", "meta"})
_LEAF_BLOCKS = ("p", "div", "span", "h2")


def lead_after_headline(tree, is_headline, article_fingerprints: list[str]) -> tuple[str, object] | None:
    """The standfirst as the first paragraph-sized text right under the headline.

    Some pages give their Vorspann neither a telling class nor a description
    that repeats it (the description is a rewrite): "Drei uralte Städte tauchen
    im Dickicht des Regenwalds auf ..." in a ``<span class="text-copy-primary">``
    under the ``<h1>``.  Below the ``<h1>`` that ``is_headline`` accepts, the first
    element of 10-150 words without block children is taken, unless the story
    itself starts first (an article fingerprint), or it is a caption, a link
    list or inside a figure."""
    body = tree.find("body")
    if body is None:
        return None
    # The <h1>s that repeat the title, then the <h2>s (a site's header may hold the <h1>, with
    # menus below it, while the story's headline is an <h2 class="title aka-h1">).
    headlines = (h for tag in ("h1", "h2") for h in body.iter(tag)
                 if is_headline(" ".join(h.text_content().split())))
    for headline in islice(headlines, _HEADLINES_TRIED):
        lead = _lead_below(headline, article_fingerprints)
        if lead is not None:
            return None if lead is _STORY_BEGINS else lead
    return None


_HEADLINES_TRIED = 3
_STORY_BEGINS = ("", None)


def _lead_below(headline, article_fingerprints: list[str]) -> tuple[str, object] | None:
    """The standfirst under one headline, None when none is found within
    _AFTER_HEADLINE_SCAN elements, _STORY_BEGINS when the story starts first."""
    seen = 0
    for element in _following(headline):
        if not isinstance(element.tag, str) or element.tag not in _LEAF_BLOCKS:
            continue
        seen += 1
        if seen > _AFTER_HEADLINE_SCAN:
            return None
        text = " ".join(element.text_content().split())
        if any(fp in text for fp in article_fingerprints):
            return _STORY_BEGINS              # the story begins: no standfirst above it
        if element.find(".//p") is not None or element.find(".//div") is not None:
            continue                          # a container; its paragraphs come next
        if _lead_text(element) is None:
            continue
        if class_tokens(element) & (NOT_LEAD_TOKENS | _NOTICE_TOKENS) \
                or element.xpath("ancestor::figure or ancestor::figcaption"):
            continue
        if any(class_tokens(ancestor) & (NOT_LEAD_TOKENS | {"hidden"})
               for ancestor in islice(element.iterancestors(), 3)):
            continue                          # "detail-img__description": a picture's text
        parent = element.getparent()
        if parent is not None and (parent.find(".//img") is not None or parent.find(".//picture") is not None):
            continue                          # a picture's caption in a plain <div>
        return _with_dateline(text, element)
    return None


# A dateline set apart from the standfirst's text: a place of up to three words, closed by a
# full stop or a dash ("Essen.", "Berlin (dpa) -"; not a label: "Analyse:"), at most 25 characters.
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w/.-]*(?: [\w/().-]+){0,2}\s*[.–—-]$")
_DATELINE_CHARS = 25


def _with_dateline(text: str, element) -> tuple[str, object]:
    """The standfirst with its dateline when the page sets that in an element
    of its own before it: "<span>Essen.</span> <span>Drei uralte Städte ...</span>"
    (the Funke papers' Vorspann; the Fundus gold keeps "Essen. Drei ...").  Not
    a site's or an author's name set there ("Sara Zinnecker", "whiskyverkostung.com")."""
    parent = element.getparent()
    if parent is not None and parent.tag in _LEAD_TAGS:
        whole = " ".join(parent.text_content().split())
        extra = whole[:len(whole) - len(text)].strip()
        if whole.endswith(text) and len(extra) <= _DATELINE_CHARS and (not extra or _DATELINE.match(extra)):
            return whole, parent
    return text, element


def _following(element):
    """Elements after ``element`` in document order, outside its subtree."""
    node = element
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


_DESCRIPTION_START_WORDS = 6


def lead_from_description(tree, description: str | None, article_fingerprints: list[str]) -> tuple[str, object] | None:
    """The visible element that repeats a meta description: the standfirst,
    whatever its markup is called.  Pages put their Vorspann in the
    description and above the story ("Berlin. Die Ex-Grünen-Vorsitzende
    ..."), often in a plain ``<div>`` with utility classes only.

    The smallest p/div/span/h2 holding the description's first words, whose
    text is not much longer than the description and shares most of its
    word trigrams, is taken."""
    words = (description or "").split()
    if len(words) < LEAD_WORDS[0]:
        return None
    start = " ".join(words[:_DESCRIPTION_START_WORDS])
    body = tree.find("body")
    if body is None:
        return None
    limit = len(" ".join(words)) * 1.8 + 40
    best = _smallest_holding(body, start, limit)
    if best is None or _lead_text(best[1]) is None:
        return None
    text, element = _with_dateline(*best)
    if any(fp in text for fp in article_fingerprints):
        return None                   # the story's own first paragraph, already kept
    if class_tokens(element) & NOT_LEAD_TOKENS or element.xpath("ancestor::figure or ancestor::figcaption"):
        return None                   # a picture's caption that repeats the description
    wanted = word_trigrams(" ".join(words))
    if not wanted or len(wanted & word_trigrams(text)) < 0.6 * len(wanted):
        return None
    return text, element


_DESCRIPTION_TAGS = frozenset({"p", "div", "span", "h2", "strong", "b"})
_XML_SPACE = re.compile(r"[ \t\n\r]+")


_TEXT_HOLDING = etree.XPath("descendant::text()[contains(., $probe)]")
# An element's place in document order: the elements that start before it are
# those before it (preceding::) and those around it (ancestor::).  Counted in
# C, where walking the page to number its elements made a Python object of each.
_DOCUMENT_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _smallest_holding(body, start: str, limit: float) -> tuple[str, object] | None:
    """The smallest p/div/span/h2 whose whitespace-normalised text contains
    ``start`` and is at most ``limit`` characters long, as (text, element);
    on a tie the first in document order.

    Candidates are the ancestors of the text nodes holding the longest word
    of ``start``: one XPath over text nodes instead of normalising the text
    of every element of the page (that took 2 ms per page).  It chose the
    same element as that search for all 1,223 descriptions of the Fundus,
    Scrapinghub and trafilatura pages, in half the time."""
    # Letters only: markup often splits a word from its punctuation ("<a>ContentAward.at</a>,").
    probe = max(_WORD.findall(start), key=len, default="")
    if not probe:
        return None
    found: list[tuple[str, object]] = []
    seen: set = set()
    for node in _TEXT_HOLDING(body, probe=probe):
        element = node.getparent()
        if element is not None and node.is_tail:
            element = element.getparent()    # a tail is text of the parent's parent
        while element is not None and element is not body and element not in seen:
            seen.add(element)
            if element.tag in _DESCRIPTION_TAGS:
                raw = element.text_content()
                text = " ".join(raw.split())
                if len(text) > limit:
                    break                    # its ancestors are longer still
                # XPath's normalize-space, as the description is matched: XML whitespace only
                if start in _XML_SPACE.sub(" ", raw).strip():
                    found.append((text, element))
            element = element.getparent()
    if not found:
        return None
    shortest = min(len(text) for text, _ in found)
    tied = [(text, element) for text, element in found if len(text) == shortest]
    if len(tied) > 1:
        # an element and its ancestor with the same text: the ancestor comes first
        elements = {element for _, element in tied}
        tied = [(t, e) for t, e in tied if not any(a in elements for a in e.iterancestors())]
    if len(tied) > 1:
        tied.sort(key=lambda pair: _DOCUMENT_POSITION(pair[1]))
    return tied[0]


_WORD = re.compile(r"\w+")


def word_trigrams(text: str) -> set[tuple[str, ...]]:
    """Lowercased word trigrams: how much of one text another repeats."""
    words = _WORD.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}
