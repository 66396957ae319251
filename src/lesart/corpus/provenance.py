"""Provenance of a claim group: who reported it first, citing whom, and citation chains.

A chain links an outlet to a cited medium and on to that medium's own source
when the text says so ("wie die Nachrichtenagentur Yonhap unter Berufung auf
den Geheimdienst berichtet" -> outlet -> Yonhap -> Geheimdienst).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Document
from .claims_match import ClaimGroup, ClaimRef

# "citing X", "unter Berufung auf X": the medium passes on another source's words.
_RELAY = re.compile(r"(?:unter Berufung auf|berief sich auf|citing|according to|quoting)\s+(?P<src>[^,.;:]+)",
                    re.IGNORECASE)


@dataclass
class Provenance:
    first: ClaimRef
    cited_source: str | None
    chains: list[list[str]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"first_report": {"doc_id": self.first.doc_id, "site": self.first.site,
                                 "published": self.first.published, "text": self.first.text},
                "cited_source": self.cited_source, "chains": self.chains}


def _sentence_around(doc: Document, start: int, end: int) -> str:
    for s in doc.sentences:
        if s.start <= start and end <= s.end:
            return s.text
    return doc.text[start:end]


def chain_of(ref: ClaimRef, doc: Document | None) -> list[str]:
    """[outlet, cited source, its own source...] for one claim."""
    outlet = ref.site or ref.doc_id
    if not ref.source:
        return [outlet]
    chain = [outlet, ref.source]
    if ref.source_kind == "media" and doc is not None:
        c = doc.claims[ref.index]
        sent = _sentence_around(doc, min(c.start, c.source.start if c.source else c.start), c.end)
        m = _RELAY.search(sent)
        if m:
            chain.append(m.group("src").strip())
        else:            # another claim in the same sentence with a non-media source: the medium's source
            for other in doc.claims:
                if other.source and other.source.kind != "media" and other.source.text != ref.source \
                        and other.source.text in sent:
                    chain.append(other.source.text)
                    break
    return chain


def provenance(group: ClaimGroup, docs: Sequence[Document]) -> Provenance:
    by_id = {d.id: d for d in docs}
    first = group.first
    cited = next((r.source for r in group.claims if r.source and r.source_kind not in ("unspecified",)), None)
    chains = []
    for r in group.claims:
        ch = chain_of(r, by_id.get(r.doc_id))
        if len(ch) > 1 and ch not in chains:
            chains.append(ch)
    return Provenance(first, cited, chains)
