"""Claims of social-media posts that the story embeds.

The extract stage keeps an embedded post as a ``quote`` block: the post's
text, then its attribution line ("— Governor Kristi Noem (@govkristinoem)
November 18, 2019", "A post shared by Name (@handle)").  The post is the
poster's own words, quoted by the page: one ``direct`` claim whose source is
the named account, never the author's assertion.
"""
from __future__ import annotations

import re

from ...model import Block, Document
from .draft import Draft

# The attribution of an embed: a dash (or "A post shared by") and the account's name
# before its @handle, at the end of the block (trafilatura may run it into the text).
_ATTRIBUTION = re.compile(
    r"(?:[—–]+\s*|(?<=\s)-\s+|\ba post shared by\s+|\bein beitrag geteilt von\s+)"
    r"(?P<name>[^\n(@—–]{2,80}?)\s*\(@\w+\)",
    re.IGNORECASE)
_AFTER_ATTRIBUTION = 60     # characters: the date of the post, nothing more


def post_draft(doc: Document, block: Block) -> Draft | None:
    """The direct claim of an embedded post, or None when the block is no post."""
    if block.kind != "quote":
        return None
    text = doc.text[block.start:block.end]
    match = None
    for match in _ATTRIBUTION.finditer(text):
        pass
    if match is None or len(text) - match.end() > _AFTER_ATTRIBUTION:
        return None
    body = text[:match.start()].rstrip()
    lead = len(body) - len(body.lstrip())
    if len(body.split()) < 2:
        return None
    name_start = block.start + match.start("name")
    return Draft(block.start + lead, block.start + len(body), "direct",
                 source=(name_start, name_start + len(match.group("name"))))
