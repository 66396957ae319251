"""Claim matching across the articles of one story, with conflicts and independent corroboration.

Two claims state the same thing when their content overlaps (shared word
stems, shared entities by ``kb_id`` or name) while the numbers are left out of
the comparison; numbers are checked afterwards: the same kind of count with a
different value ("10.000" vs "12.000 Soldaten") is a *conflict*, not a
different claim.  Across languages only entity ids and numbers are comparable.

Corroboration counts independent sources: syndicated copies of one text count
once, and claims that cite the same original source (the same intelligence
service, the same agency) count once under that source.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Claim, Document
from .stories import _entity_key
from .text import order_key, stems

SAME_LANG_MIN = 0.4       # shared stems / sqrt(stems of a * stems of b)
CROSS_LANG_MIN = 0.6      # shared entity ids / the smaller side, when the languages differ
MIN_SHARED = 3            # at least this many shared stems (same language) or entity ids (across)
NUMBER_TOLERANCE = 0.05   # relative difference under which two numbers agree


@dataclass
class ClaimRef:
    doc_id: str
    index: int                       # position in doc.claims
    text: str
    mode: str
    source: str | None
    source_kind: str | None
    site: str | None
    published: str | None
    language: str | None
    numbers: list[float] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)   # kb ids of entities inside the cited source

    def key(self) -> tuple[str, int]:
        return (self.doc_id, self.index)


@dataclass
class ClaimFeatures:
    ref: ClaimRef
    stems: set[str]
    entities: set[str]
    number_units: dict[str, float]   # unit stem -> value
    content_entities: set[str] = field(default_factory=set)   # the entities of the content alone


@dataclass
class ClaimGroup:
    claims: list[ClaimRef]                       # publication order; the first is the first report
    conflicts: list[tuple[tuple[str, int], tuple[str, int], str]] = field(default_factory=list)
    independent_sources: list[str] = field(default_factory=list)

    @property
    def corroboration(self) -> int:
        return len(self.independent_sources)

    @property
    def first(self) -> ClaimRef:
        return self.claims[0]

    def to_dict(self) -> dict:
        return {"claims": [vars(c) for c in self.claims], "corroboration": self.corroboration,
                "independent_sources": self.independent_sources,
                "conflicts": [{"a": list(a), "b": list(b), "why": w} for a, b, w in self.conflicts],
                "first_report": {"doc_id": self.first.doc_id, "site": self.first.site,
                                 "published": self.first.published, "source": self.first.source}}


def _inside(span, start: int, end: int) -> bool:
    return start <= span.start and span.end <= end


def claim_features(doc: Document, index: int, claim: Claim) -> ClaimFeatures:
    start, end = claim.start, claim.end
    if claim.source is not None:          # the source is part of who-said-what
        start, end = min(start, claim.source.start), max(end, claim.source.end)
    ents = {k for e in doc.entities if _inside(e, start, end) and (k := _entity_key(e))}
    content_ents = {k for e in doc.entities if _inside(e, claim.start, claim.end) and (k := _entity_key(e))}
    source_ids = sorted({e.kb_id for e in doc.entities if claim.source is not None and e.kb_id
                         and _inside(e, claim.source.start, claim.source.end)})
    nums = {}
    values = []
    for q in doc.quantities:
        if _inside(q, claim.start, claim.end) and q.value is not None:
            values.append(q.value)
            nums[(q.unit or "").lower()[:6]] = q.value
    ref = ClaimRef(doc_id=doc.id, index=index, text=claim.text, mode=claim.mode,
                   source=claim.source.text if claim.source else None,
                   source_kind=claim.source.kind if claim.source else None,
                   site=doc.site, published=doc.published, language=doc.language, numbers=values,
                   source_ids=source_ids)
    text_stems = stems(claim.text)
    for q in doc.quantities:                 # numbers are compared separately
        if _inside(q, claim.start, claim.end):
            text_stems -= stems(q.text) - stems(q.unit or "")
    return ClaimFeatures(ref, text_stems, ents, nums, content_ents)


def _overlap(a: set, b: set) -> tuple[int, float]:
    if not a or not b:
        return 0, 0.0
    n = len(a & b)
    return n, n / min(len(a), len(b))


def number_conflict(a: ClaimFeatures, b: ClaimFeatures, cross_lingual: bool) -> str | None:
    """'10000 vs 12000' when both give a number for the same thing and the values differ."""
    if not a.number_units or not b.number_units:
        return None
    pairs = []
    if cross_lingual:                        # units are words of two languages: compare the lone numbers
        if len(a.number_units) == 1 and len(b.number_units) == 1:
            pairs = [(next(iter(a.number_units.values())), next(iter(b.number_units.values())))]
    else:
        pairs = [(v, b.number_units[u]) for u, v in a.number_units.items() if u in b.number_units]
    for x, y in pairs:
        if abs(x - y) > NUMBER_TOLERANCE * max(abs(x), abs(y)):
            return f"{x:g} vs {y:g}"
    return None


def same_claim(a: ClaimFeatures, b: ClaimFeatures) -> tuple[bool, str | None]:
    cross = bool(a.ref.language and b.ref.language and a.ref.language != b.ref.language)
    if cross:        # words are not comparable: entity ids (countries, places) must carry it
        n, r = _overlap(a.entities, b.entities)
        if n < MIN_SHARED or r < CROSS_LANG_MIN:
            return False, None
        if not a.content_entities & b.content_entities:
            # the same cited governments alone make no same claim ("Nach Angaben Südkoreas, der
            # Ukraine und der USA ... Sie sollten demnach helfen, ..." against "... 12,000 soldiers
            # to Russia's Kursk region, according to South Korea, Ukraine and the United States")
            return False, None
    else:
        n = len(a.stems & b.stems)
        if n < MIN_SHARED or n / ((len(a.stems) * len(b.stems)) ** 0.5) < SAME_LANG_MIN:
            return False, None
    return True, number_conflict(a, b, cross)


def source_key(ref: ClaimRef) -> tuple[str, frozenset] | None:
    """A named original source: the entity ids in it (any language), else its kind and word stems
    ('südkoreanischen Geheimdienstkreisen' ~ 'des südkoreanischen Geheimdienstes')."""
    if not ref.source or ref.source_kind in (None, "unspecified", "anonymous"):
        return None
    if ref.source_ids:
        return "ids", frozenset(ref.source_ids)
    return ref.source_kind, frozenset(stems(ref.source))


def _same_source(a: tuple[str, frozenset], b: tuple[str, frozenset]) -> bool:
    if a[0] != b[0] or not a[1] or not b[1]:
        return False
    return len(a[1] & b[1]) / min(len(a[1]), len(b[1])) >= 0.5


def independent_sources(refs: Sequence[ClaimRef], copy_origin: dict[str, str]) -> list[str]:
    """One label per independent origin: a cited source, or else the outlet's own text (copies once)."""
    named: list[tuple[tuple[str, frozenset], str]] = []
    own: list[str] = []
    for ref in refs:
        k = source_key(ref)
        if k is None:
            origin = copy_origin.get(ref.doc_id, ref.doc_id)
            label = f"{ref.site or origin} (own)" if origin == ref.doc_id else f"{origin} (own, syndicated)"
            if origin not in [o for o in own]:
                own.append(origin)
                named.append((("own", frozenset([origin])), label))
            continue
        if not any(_same_source(k, nk) for nk, _ in named):
            named.append((k, f"{ref.source} ({ref.source_kind})"))
    return [label for _, label in named]


def match_claims(docs: Sequence[Document], copy_origin: dict[str, str] | None = None) -> list[ClaimGroup]:
    """Groups of claims stating the same thing, across the given articles (one story), in publication order."""
    copy_origin = copy_origin or {}
    docs = sorted(docs, key=order_key)
    feats = [claim_features(d, i, c) for d in docs for i, c in enumerate(d.claims)]
    parent = list(range(len(feats)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    conflicts: list[tuple[int, int, str]] = []
    for i, a in enumerate(feats):
        for j in range(i + 1, len(feats)):
            b = feats[j]
            if a.ref.doc_id == b.ref.doc_id:
                continue
            ok, why = same_claim(a, b)
            if ok:
                parent[root(j)] = root(i)
                if why:
                    conflicts.append((i, j, why))
    members: dict[int, list[int]] = {}
    for i in range(len(feats)):
        members.setdefault(root(i), []).append(i)
    groups = []
    for r, idx in members.items():
        refs = [feats[i].ref for i in idx]
        g = ClaimGroup(claims=refs,
                       conflicts=[(feats[a].ref.key(), feats[b].ref.key(), w) for a, b, w in conflicts
                                  if root(a) == r],
                       independent_sources=independent_sources(refs, copy_origin))
        groups.append(g)
    groups.sort(key=lambda g: (order_key_ref(g.first), g.first.index))
    return groups


def order_key_ref(ref: ClaimRef) -> tuple[str, str]:
    return (ref.published or "9999", ref.doc_id)


def group_of(groups: Sequence[ClaimGroup]) -> dict[tuple[str, int], ClaimGroup]:
    return {c.key(): g for g in groups for c in g.claims}
