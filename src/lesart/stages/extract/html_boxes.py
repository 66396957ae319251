"""Cuts by the page's containers: article blocks that sit inside an info box or a
list of sources, furniture under the story (a container named aside, footer,
related, teaser ...), and a dialog the page opens over the story."""
from __future__ import annotations

import re

from lxml import etree

from .html_blocks import _Block, _norm, _orphan_headings, _substantial
from .html_cut import class_tokens, class_words

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
    # A "box" that holds most of the article is the story's own container, whatever
    # its class says (a tab panel "tab-content infobox" around a travel guide's whole
    # text): a box beside the story is a small part of it.
    story = sum(len(block.text) for block in article if block.kind in ("body", "heading", "quote"))
    boxes = [box for box in boxes if len(box) < _BOX_STORY_SHARE * story]
    for block in article:
        if block.kind in ("body", "heading", "quote"):
            text = _norm(block.text)
            if text and any(text in box for box in boxes):
                block.kind = "boilerplate"


_BOX_STORY_SHARE = 0.5


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
