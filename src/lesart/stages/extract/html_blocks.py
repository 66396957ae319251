"""The blocks of a page's article as the HTML extraction reads them, and the small
tests its passes share: a block's text normalised, whether it is the title, whether
it is a substantial paragraph of the story, headings left without their text."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .html_meta import PageMeta

_WORD = re.compile(r"\w+")


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


# A link line is cut only at the article's edge: with a body paragraph of at
# least this many words both above and below it, it is more likely a linked
# sentence of the story ("Click to tweet" quotes, cited sources) than a teaser.
# (Cut everywhere, link lines cost recall on one half of the dev pages while
# helping the other; 50-80 words gave the same result on both halves.)
_EDGE_BODY_WORDS = 60


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


def _substantial(block: _Block) -> bool:
    return block.kind == "body" and block.words >= _EDGE_BODY_WORDS


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
