"""What each outlet added: the sentences, voice spans and claims of an article with no counterpart
in the earlier articles of its story.

A sentence has a counterpart when an earlier article (of another outlet or an
earlier text) has a sentence that covers enough of its content: shared word
stems (same language) or shared entity ids and numbers (across languages).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Document
from .claims_match import ClaimGroup, group_of
from .stories import _entity_key
from .text import Piece, article_sentences, order_key, stems

MIN_SHARED = 3          # stems in common
MIN_COVER = 0.4         # of this sentence's stems found in the earlier one
MIN_COVER_OTHER = 0.6   # ... or of the earlier (shorter) sentence's stems found in this one
MIN_COSINE = 0.35       # ... or shared / sqrt(both sizes): a fact sentence with some framing around it
CROSS_MIN_SHARED = 3    # entity ids / numbers in common across languages (2 if one is a number)
CROSS_MIN_COVER = 0.6


@dataclass
class SentenceRef:
    start: int
    end: int
    text: str
    counterpart: tuple[str, str] | None = None   # (doc id, sentence text) of the earlier match


@dataclass
class Additions:
    doc_id: str
    site: str | None
    published: str | None
    earlier: list[str]                      # doc ids it was compared with
    sentences: list[SentenceRef] = field(default_factory=list)        # added
    kept: list[SentenceRef] = field(default_factory=list)             # with a counterpart
    voice: list[dict] = field(default_factory=list)                   # voice spans inside added sentences
    claims: list[int] = field(default_factory=list)                   # indices into doc.claims

    def to_dict(self) -> dict:
        return {"doc_id": self.doc_id, "site": self.site, "published": self.published, "earlier": self.earlier,
                "added_sentences": [vars(s) for s in self.sentences],
                "kept_sentences": [vars(s) for s in self.kept],
                "added_voice": self.voice, "added_claims": self.claims}


def _anchors(doc: Document, s: Piece) -> set[str]:
    out = {k for e in doc.entities if s.start <= e.start and e.end <= s.end and (k := _entity_key(e))}
    out |= {f"num:{q.value:g}" for q in doc.quantities
            if s.start <= q.start and q.end <= s.end and q.value is not None and abs(q.value) >= 10}
    return out


def _has_counterpart(a_stems: set, a_anchors: set, b_stems: set, b_anchors: set, cross: bool) -> bool:
    if cross:
        shared = a_anchors & b_anchors
        n = len(shared) + (1 if any(k.startswith("num:") for k in shared) else 0)
        return n >= CROSS_MIN_SHARED and n / max(1, min(len(a_anchors), len(b_anchors))) >= CROSS_MIN_COVER
    n = len(a_stems & b_stems)
    if n < MIN_SHARED:
        return False
    return (n / max(1, len(a_stems)) >= MIN_COVER or n / max(1, len(b_stems)) >= MIN_COVER_OTHER
            or n / (len(a_stems) * len(b_stems)) ** 0.5 >= MIN_COSINE)


def what_was_added(doc: Document, story_docs: Sequence[Document],
                   claim_groups: Sequence[ClaimGroup] | None = None) -> Additions:
    """Compare ``doc`` with the articles of its story published before it."""
    earlier = [d for d in story_docs if d.id != doc.id and order_key(d) < order_key(doc)]
    prior = []
    for d in earlier:
        for s in article_sentences(d):
            prior.append((d, s, stems(s.text), _anchors(d, s)))
    out = Additions(doc.id, doc.site, doc.published, [d.id for d in earlier])
    added_spans = []
    for s in article_sentences(doc):
        st, an = stems(s.text), _anchors(doc, s)
        match = None
        for d, ps, pst, pan in prior:
            cross = bool(doc.language and d.language and doc.language != d.language)
            if _has_counterpart(st, an, pst, pan, cross):
                match = (d.id, ps.text)
                break
        ref = SentenceRef(s.start, s.end, s.text, match)
        (out.kept if match else out.sentences).append(ref)
        if not match:
            added_spans.append((s.start, s.end))
    out.voice = [{"start": v.start, "end": v.end, "text": v.text, "kind": v.kind} for v in doc.voice
                 if any(a <= v.start and v.end <= b for a, b in added_spans)]
    groups = group_of(claim_groups or [])
    earlier_ids = {d.id for d in earlier}
    for i, c in enumerate(doc.claims):
        g = groups.get((doc.id, i))
        if g is None or not any(r.doc_id in earlier_ids for r in g.claims):
            out.claims.append(i)
    return out
