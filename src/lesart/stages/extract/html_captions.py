"""Captions in the article: lines that are a picture's text, marked by a class beside
a picture (wp-caption-text, bildunterschrift) or standing inside a <figcaption>."""
from __future__ import annotations

import re

from lxml import etree

from .html_blocks import _norm

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
