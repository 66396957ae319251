"""One quotation, one claim: the tagger's sentence pieces of a quotation are joined.

The CRF tags content sentence by sentence, so a quotation of several sentences
("“It is one of the things worrying them. … Democratic groups, too – and that
can be deadly.”") comes out as two or three claims, each holding part of the
quote.  Where all pieces inside one pair of quotation marks share their source
and cue (or have none), they become one ``direct`` claim over the whole
quotation, marks included, as annotated corpora (PolNeAR) mark it.  On PolNeAR
dev: exact content F1 49.2 -> 50.8, source and cue unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Claim, Document
from ..spanindex import SpanIndex
from .text import find_quotes, has_words

CLAIM_BLOCKS = ("body", "quote")


def merge_split_quotations(doc: Document, claims: list[Claim]) -> list[Claim]:
    # The claims inside each quotation come from an interval index, not a scan of all claims per
    # quotation (20,000-sentence pages); joined and removed claims are kept apart, so that the
    # claims are considered in the order of the list this builds: the given ones, then the joined.
    order = {id(c): (0, k) for k, c in enumerate(claims)}
    index = SpanIndex(claims, [(c.start, c.end) for c in claims])
    removed: set[int] = set()
    joined_claims: list[Claim] = []
    for block in doc.blocks:
        if block.kind not in CLAIM_BLOCKS:
            continue
        for q in find_quotes(doc.text[block.start:block.end], block.start):
            candidates = [c for c in index.overlapping(q.start - 2, q.end + 2) if id(c) not in removed]
            candidates += joined_claims
            inside = sorted((c for c in candidates if c.mode != "asserted"
                             and q.start - 1 <= c.start and c.end <= q.end + 1), key=lambda c: order[id(c)])
            if len(inside) < 2:
                continue
            sources = {(c.source.start, c.source.end) for c in inside if c.source is not None}
            cues = {(c.cue.start, c.cue.end) for c in inside if c.cue is not None}
            if len(sources) > 1 or len(cues) > 1:
                continue            # two speakers inside one pair of marks: leave the pieces
            first = next((c for c in inside if c.source is not None), inside[0])
            cue = next((c.cue for c in inside if c.cue is not None), None)
            joined = Claim(start=q.start, end=q.end, text=doc.text[q.start:q.end], mode="direct",
                           source=first.source, cue=cue)
            removed.update(id(c) for c in inside)
            joined_claims = [c for c in joined_claims if id(c) not in removed]
            order[id(joined)] = (1, len(order))
            joined_claims.append(joined)
    out = [c for c in claims if id(c) not in removed] + joined_claims
    return sorted(out, key=lambda c: (c.start, c.end))


def quotations_past_their_clause(claims: list[Claim]) -> list[Claim]:
    """'The president said that China “is going to have to make a deal that I like. If they don't,
    that's it.”': a quotation that opens inside a framed reported clause and goes on past the
    clause's sentence. The clause holds the quotation's first words; the quotation's own claim is
    the rest (not the same words twice), or nothing where under two words are left.  ``claims``
    sorted by start."""
    framed = [c for c in claims if c.mode not in ("asserted", "direct") and c.cue is not None]
    if not framed:
        return claims
    # the framed claims around each quotation's start from an index, the first of them in list order
    index = SpanIndex(list(range(len(framed))), [(o.start, o.end) for o in framed])
    out = []
    for c in claims:
        if c.mode == "direct":
            o = next((framed[k] for k in sorted(index.overlapping(c.start, c.start + 1))
                      if framed[k].start < c.start < framed[k].end < c.end), None)
            if o is not None:
                rest = c.text[o.end - c.start:]
                skip = len(rest) - len(rest.lstrip(" \t\n"))
                if not has_words(rest, 2):
                    continue
                c = replace(c, start=o.end + skip, text=rest[skip:])
        out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end))


# A short quotation that is a name, not anyone's words: after a naming verb ("HP is called “feather
# duvet lung.”", "the term often used is “bird fancier's lung.”", "what's called “farmer's lung”") or
# a title noun ("their single “Takin' It to the Streets,”", "hit singles like 1978's “What a Fool
# Believes.”", "the Opioid Prevention campaign “Starts with one.”"), or before one ("the “Meth. We're on
# it.” awareness campaign").  English; a name repeated later on the page is a name there too.
_OPENING = "“\"‘"
_CLOSING = {"“": "”", "\"": "\"", "‘": "’"}
MAX_NAME_WORDS = 6
_NAME_BEFORE = re.compile(
    r"(?i)(?:\b(?:called|named|dubbed|nicknamed|titled|entitled|known\s+as|term(?:\s+\w+){0,3}\s+(?:is|was))"
    r"|\b(?:song|songs|single|singles|album|track|hit|film|movie|book|novel|show|series|campaign|slogan|motto|"
    r"hashtag|tagline|title)(?:\s+like)?(?:\s+(?:\d{4}|[A-Z][\w-]*)[’']s)?)\s*$")
_NAME_AFTER = re.compile(
    r"(?i)^\s*(?:(?:awareness|ad|advertising|marketing|ad\s+campaign)\s+)?"
    r"(?:campaign|slogan|song|single|album|film|movie|book|series|show|hashtag|tagline)\b")
_NAMING_CUE_END = re.compile(r"(?i)\b(?:called|named|dubbed|known\s+as)\s*$")


def _quoted_part(text: str) -> str | None:
    if not text or text[0] not in _OPENING:
        return None
    close = text.find(_CLOSING[text[0]], 1)
    return text[1:close] if close > 0 else text[1:]


# A title in the run of a sentence with no verb of saying to frame it ("movies from Pixar, “Star Wars,”
# Marvel Studios and classic Disney fare, including “Mary Poppins” and “Bambi.”", "eliminated from
# “Dancing with the Stars.”", "our weekly politics podcast, “Ground Game.”"): every longer word
# capitalised, no question or exclamation, and a lower-case word, a comma or a bracket before it.
_SHORT_WORDS = frozenset("a an the of and or in on at to for with by from my your our i".split())


def _title_inside_a_sentence(text: str, quoted: str, line_start: int, start: int) -> bool:
    words = re.findall(r"[\w’'-]+", quoted)
    if not words or quoted.rstrip(" ,.”\"’").endswith(("?", "!")) \
            or not all(w[:1].isupper() or w.lower() in _SHORT_WORDS for w in words) or not words[0][:1].isupper():
        return False
    before = text[line_start:start].rstrip()
    return bool(before) and (before[-1] in ",(" or before.split()[-1][:1].islower())


def without_quoted_names(doc: Document, claims: list[Claim]) -> list[Claim]:
    """``claims`` without the direct ones that quote a name (see above): the sentence is the author's."""
    names: set[str] = set()
    out = []
    for c in claims:
        quoted = _quoted_part(c.text) if c.mode == "direct" else None
        if quoted is not None and len(quoted.split()) <= MAX_NAME_WORDS \
                and (c.cue is None or _NAMING_CUE_END.search(c.cue.text)):
            key = " ".join(quoted.lower().strip(" ,.").split())
            start = doc.text.rfind("\n", 0, c.start) + 1
            close = c.start + 1 + len(quoted) + 1
            if key in names or _NAME_BEFORE.search(doc.text, max(start, c.start - 60), c.start) \
                    or _NAME_AFTER.match(doc.text[close:close + 40]) \
                    or c.cue is None and _title_inside_a_sentence(doc.text, quoted, start, c.start):
                names.add(key)
                continue
        out.append(c)
    return out
