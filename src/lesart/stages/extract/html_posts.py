"""Social-media posts embedded in the story ("Yes this is real ... — Name (@handle) November 18, 2019").

trafilatura drops the ``<blockquote class="twitter-tweet">`` and ``instagram-media``
embeds that a story quotes, yet they are what the story reports: a politician's
post, a witness's video caption.  For a fact-checker they are claims like any
quote, and the Scrapinghub gold keeps them as article text (on dev, every
rendered embed between article paragraphs was in the gold: 9 of 9 on 3 pages).
An embed comes back as a ``quote`` block right after the article paragraph it
follows in the page, and only when article text follows it as well: a post in
a sidebar widget is not part of the story.  Embeds whose text the page never
rendered (only a script fills them) carry no text and are skipped.
"""
from __future__ import annotations

from .html_cut import word_trigrams

EMBED_CLASSES = ("twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "threads-post")
_FLOW_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_KEY_CHARS = 40
_MIN_KEY_CHARS = 20


def _clean(text: str) -> str:
    return " ".join(text.split())


def post_text(embed) -> str:
    """The post's paragraphs, then its attribution line ("— Name (@handle) date"), one per line."""
    paragraphs = [_clean(p.text_content()) for p in embed.iter("p")]
    paragraphs = [p for p in paragraphs if p]
    rest = _clean(embed.text_content())
    for paragraph in paragraphs:
        rest = rest.replace(paragraph, "", 1)
    rest = _clean(rest)
    return "\n".join(paragraphs + ([rest] if rest else []))


def _already_kept(text: str, known: set[tuple[str, ...]]) -> bool:
    """trafilatura keeps some embeds itself (as a quote, with other line breaks)."""
    grams = word_trigrams(text)
    return not grams or len(grams & known) >= 0.8 * len(grams)


def embedded_posts(tree, article_texts: list[str], blockquotes=None) -> list[tuple[int, str]]:
    """(index of the article block the post follows, post text) for every
    rendered embed that stands between two article blocks.  ``blockquotes``:
    the tree's <blockquote>s in document order, if the caller has them."""
    if blockquotes is None:
        # tree.iter with a tag runs in C: cheaper on every page than an XPath over all elements
        blockquotes = tree.iter("blockquote")
    embeds = [quote for quote in blockquotes
              if not set((quote.get("class") or "").split()).isdisjoint(EMBED_CLASSES)]
    if not embeds:
        return []
    keys = {}
    for index, text in enumerate(article_texts):
        if len(text) >= _MIN_KEY_CHARS:
            keys.setdefault(text[:_KEY_CHARS], index)
    known = word_trigrams(" ".join(article_texts))
    embed_set = set(embeds)
    found: list[tuple[int, str]] = []
    last_block: int | None = None
    pending: list[str] = []
    for element in tree.iter(*_FLOW_TAGS):
        if element in embed_set:
            text = post_text(element)
            if text and last_block is not None and not _already_kept(text, known):
                pending.append(text)
            continue
        if any(ancestor in embed_set for ancestor in element.iterancestors("blockquote")):
            continue
        index = keys.get(_clean(element.text_content())[:_KEY_CHARS])
        if index is None:
            continue
        # Article text follows the pending posts: they stand inside the story.
        found.extend((last_block, text) for text in pending)
        pending = []
        last_block = index
    return found
