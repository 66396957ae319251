"""One story, all layers together: its articles on a timeline, syndicated copies, claim groups with
corroboration, conflicts and first report, and what each article added.  CLI and web both render this."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Document
from .added import what_was_added
from .claims_match import match_claims
from .provenance import provenance
from .stories import StoryIndex
from .syndication import copy_group_of, find_copies
from .text import order_key


def story_report(docs: Sequence[Document], story_id: str = "", label: str | None = None) -> dict:
    docs = sorted(docs, key=order_key)
    copies = find_copies(docs)
    origin = copy_group_of(copies)
    groups = match_claims(docs, origin)
    articles = []
    for d in docs:
        add = what_was_added(d, docs, groups)
        articles.append({"doc_id": d.id, "site": d.site, "published": d.published, "title": d.title,
                         "language": d.language, "copy_of": origin.get(d.id) if origin.get(d.id) != d.id else None,
                         "n_sentences": len(add.sentences) + len(add.kept), "added": add.to_dict()})
    claims = []
    for g in groups:
        entry = g.to_dict()
        entry.update(provenance(g, docs).to_dict())
        entry["outlets"] = sorted({c.site or c.doc_id for c in g.claims})
        claims.append(entry)
    claims.sort(key=lambda c: (-c["corroboration"], -len(c["claims"])))
    return {"story": story_id, "label": label,
            "span": [docs[0].published, docs[-1].published] if docs else [None, None],
            "articles": articles, "syndication": [g.to_dict() for g in copies], "claims": claims}


def stories_of(docs: Iterable[Document], index: StoryIndex | None = None) -> tuple[StoryIndex, dict[str, list[Document]]]:
    """Cluster documents (or extend ``index``) and return the index and each story's documents."""
    index = index or StoryIndex()
    docs = sorted(docs, key=order_key)
    for d in docs:
        index.assign(d)
    members: dict[str, list[Document]] = {}
    for d in docs:
        members.setdefault(index.of_doc[d.id], []).append(d)
    return index, members
