"""Syndicated copies: the same text carried by several sites.

MinHash/LSH (datasketch) over word shingles of ``doc.article_text`` proposes
candidates; each candidate pair is confirmed on the exact shingle sets with
*containment* (shared shingles over the smaller set), so a copy that cut or
added paragraphs, or swapped boilerplate, still counts.  Groups are the
connected components; the earliest published member is the origin, and every
other member gets a sentence diff against it (added, removed, reworded).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from datasketch import MinHash, MinHashLSH

from ..model import Document
from .text import article_sentences, content_words, order_key, words

SHINGLE = 4            # words per shingle: long enough that same-topic articles rarely share many
NUM_PERM = 128
LSH_THRESHOLD = 0.2    # candidate recall matters more than precision here; containment confirms
MIN_CONTAINMENT = 0.5  # share of the shorter text's shingles found in the other
MIN_SHINGLES = 8       # texts shorter than this are not compared (captions, teasers)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    w = words(text)
    return {" ".join(w[i:i + k]) for i in range(max(0, len(w) - k + 1))}


def minhash(sh: set[str]) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    for s in sh:
        m.update(s.encode("utf-8"))
    return m


def containment(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class SentenceChange:
    kind: str                    # added | removed | reworded
    text: str                    # the copy's sentence (added, reworded) or the origin's (removed)
    origin_text: str | None = None
    start: int | None = None     # offsets into the copy's doc.text (added, reworded)
    end: int | None = None


@dataclass
class Copy:
    doc_id: str
    site: str | None
    published: str | None
    similarity: float            # containment against the origin
    changes: list[SentenceChange] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"added": 0, "removed": 0, "reworded": 0}
        for c in self.changes:
            out[c.kind] += 1
        return out


@dataclass
class CopyGroup:
    origin: str                  # doc id of the earliest member
    members: list[str]           # doc ids in publication order, origin first
    copies: list[Copy]

    def to_dict(self) -> dict:
        return {"origin": self.origin, "members": self.members,
                "copies": [{"doc_id": c.doc_id, "site": c.site, "published": c.published,
                            "similarity": round(c.similarity, 3), "counts": c.counts(),
                            "changes": [vars(ch) for ch in c.changes]} for c in self.copies]}


def _norm(text: str) -> list[str]:
    return words(text)


def diff_sentences(origin: Document, copy: Document) -> list[SentenceChange]:
    """Align the copy's article sentences to the origin's: same, reworded, added; the rest was removed."""
    o_sents = article_sentences(origin)
    c_sents = article_sentences(copy)
    o_words = [_norm(s.text) for s in o_sents]
    o_sets = [content_words(s.text) for s in o_sents]
    used: set[int] = set()
    changes: list[SentenceChange] = []
    for s in c_sents:
        cw = _norm(s.text)
        cs = content_words(s.text)
        best, best_i = 0.0, -1
        for i, ow in enumerate(o_words):
            # cheap prefilter: content words in common
            if cs and o_sets[i] and len(cs & o_sets[i]) / max(1, min(len(cs), len(o_sets[i]))) < 0.3:
                continue
            r = SequenceMatcher(None, cw, ow, autojunk=False).ratio()
            if r > best:
                best, best_i = r, i
        if best >= 0.98:
            used.add(best_i)
        elif best >= 0.5:
            used.add(best_i)
            changes.append(SentenceChange("reworded", s.text, o_sents[best_i].text, s.start, s.end))
        else:
            changes.append(SentenceChange("added", s.text, None, s.start, s.end))
    for i, s in enumerate(o_sents):
        if i not in used:
            changes.append(SentenceChange("removed", s.text, s.text))
    return changes


class SyndicationIndex:
    """Incremental near-duplicate index: ``add`` documents, ``copies_of`` asks for one."""

    def __init__(self, threshold: float = MIN_CONTAINMENT):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.shingles: dict[str, set[str]] = {}

    def candidates(self, sh: set[str]) -> list[str]:
        if len(sh) < MIN_SHINGLES:
            return []
        return list(self.lsh.query(minhash(sh)))

    def copies_of(self, doc: Document) -> list[tuple[str, float]]:
        sh = shingles(doc.article_text)
        out = []
        for other in self.candidates(sh):
            if other == doc.id:
                continue
            c = containment(sh, self.shingles[other])
            if c >= self.threshold:
                out.append((other, c))
        return sorted(out, key=lambda t: -t[1])

    def add(self, doc: Document) -> list[tuple[str, float]]:
        """Index a document; returns the already indexed documents it copies or is copied by."""
        found = self.copies_of(doc)
        sh = shingles(doc.article_text)
        if len(sh) >= MIN_SHINGLES and doc.id not in self.shingles:
            self.shingles[doc.id] = sh
            self.lsh.insert(doc.id, minhash(sh))
        return found


def copy_pairs(docs: Iterable[Document], threshold: float = MIN_CONTAINMENT) -> list[tuple[str, str, float]]:
    index = SyndicationIndex(threshold)
    pairs = []
    for d in docs:
        for other, c in index.add(d):
            pairs.append((other, d.id, c))
    return pairs


def find_copies(docs: Iterable[Document], threshold: float = MIN_CONTAINMENT,
                with_changes: bool = True) -> list[CopyGroup]:
    """Groups of syndicated copies (two or more members), origin = earliest published."""
    docs = sorted(docs, key=order_key)
    by_id = {d.id: d for d in docs}
    parent = {d.id: d.id for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in copy_pairs(docs, threshold):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb, key=lambda i: order_key(by_id[i]))] = min(ra, rb, key=lambda i: order_key(by_id[i]))
    members: dict[str, list[str]] = {}
    for d in docs:
        members.setdefault(root(d.id), []).append(d.id)
    groups = []
    for r, ids in members.items():
        if len(ids) < 2:
            continue
        origin = by_id[ids[0]]
        o_sh = shingles(origin.article_text)
        copies = []
        for i in ids[1:]:
            d = by_id[i]
            copies.append(Copy(i, d.site, d.published, containment(o_sh, shingles(d.article_text)),
                               diff_sentences(origin, d) if with_changes else []))
        groups.append(CopyGroup(ids[0], ids, copies))
    return groups


def copy_group_of(groups: list[CopyGroup]) -> dict[str, str]:
    """doc id -> origin doc id, for every member of a group (independence counting)."""
    return {m: g.origin for g in groups for m in g.members}
