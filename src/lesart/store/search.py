"""Full-text search plus filters over the layers, the same for both dialects.

A hit is a document.  Filters on claims (``mode``, ``source_kind``) keep the
documents that have such a claim and list those claims with the hit; when a
query is given as well, the listed claims are the ones that mention one of
its words (\"every hearsay claim about Kursk\").  Filters on events
(``event_type``, ``actor``, ``target``, ``min_confidence``) work the same way:
the hit lists the events that match (\"every MOBILIZE with actor PRK\").
``min_confidence`` keeps events of that confidence or higher (high > medium >
low); events stored without one (before the events stage gave it) never match it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TOKEN = re.compile(r'"[^"]*"|\S+')
_WORD = re.compile(r"\w+", re.UNICODE)

CONFIDENCE_LEVELS = ("low", "medium", "high")     # the events stage's levels, lowest first


@dataclass
class SearchQuery:
    text: str | None = None
    site: str | None = None
    language: str | None = None
    since: str | None = None          # ISO date, inclusive
    until: str | None = None          # ISO date, inclusive
    entity: str | None = None         # entity text (any case) or knowledge-base id
    mode: str | None = None           # claim mode
    source_kind: str | None = None    # claim source kind
    event_type: str | None = None     # PLOVER type, e.g. MOBILIZE
    actor: str | None = None          # event actor: country/IGO code (PRK) or the actor's words as written
    target: str | None = None         # event target (recipient), the same way
    min_confidence: str | None = None  # lowest event confidence: low, medium or high
    limit: int = 20
    offset: int = 0

    @property
    def claim_filter(self) -> bool:
        return bool(self.mode or self.source_kind)

    @property
    def event_filter(self) -> bool:
        return bool(self.event_type or self.actor or self.target or self.min_confidence)


@dataclass
class Hit:
    key: str
    doc_id: str
    title: str | None
    site: str | None
    language: str | None
    published: str | None
    snippet: str
    claims: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    query: SearchQuery


def fts5_query(text: str) -> str:
    """A user's query as a safe FTS5 expression: words and "phrases" must all
    occur, ``OR`` between two terms means either, ``-word`` excludes, ``word*`` is a prefix.
    Everything is quoted, so no input is an FTS5 syntax error."""
    must: list[str] = []
    exclude: list[str] = []
    pending_or = False
    for tok in _TOKEN.findall(text):
        if tok == "OR" and must:
            pending_or = True
            continue
        negative = tok.startswith("-") and len(tok) > 1
        word = tok[1:] if negative else tok
        prefix = word.endswith("*") and not word.startswith('"')
        word = word.strip('"').rstrip("*")
        if not _WORD.search(word):
            continue
        term = '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")
        if negative:
            exclude.append(term)
        elif pending_or:
            must[-1] = f"({must[-1]} OR {term})"
            pending_or = False
        else:
            must.append(term)
    if not must:
        return '""'                      # matches nothing, like an empty tsquery
    expr = " AND ".join(must)
    for term in exclude:
        expr = f"({expr}) NOT {term}"
    return expr


def query_words(text: str | None) -> list[str]:
    if not text:
        return []
    words = []
    for tok in _TOKEN.findall(text):
        if tok == "OR" or tok.startswith("-"):
            continue
        words.extend(w.casefold() for w in _WORD.findall(tok.strip('"').rstrip("*")))
    return words


def snippet(text: str, words: list[str], width: int = 90) -> str:
    """Some text around the first query word (or the start), with the words in «»."""
    low = text.casefold()
    positions = [low.find(w) for w in words if w and low.find(w) >= 0]
    at = min(positions) if positions else 0
    start = max(0, at - width // 2)
    end = min(len(text), start + width * 2)
    piece = " ".join(text[start:end].split())
    for w in sorted(set(words), key=len, reverse=True):
        piece = re.sub(f"(?i)(?<![\\w«])({re.escape(w)})", r"«\1»", piece)
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def build_where(store, q: SearchQuery) -> tuple[str, str, list]:
    """(FROM clause, WHERE clause, params) selecting documents ``d`` that match ``q``."""
    source, where, params = "documents d", ["1=1"], []
    if q.text and q.text.strip():
        source, cond, p = store.fts_match(q.text)
        where.append(cond); params.extend(p)
    for col, val in (("site", q.site), ("language", q.language)):
        if val:
            where.append(f"d.{col} = ?"); params.append(val)
    if q.since:
        where.append("d.published >= ?"); params.append(q.since[:10])
    if q.until:
        where.append("d.published <= ?"); params.append(q.until[:10])
    if q.entity:
        # entity names are selective: collect their documents by index, not a probe per document
        where.append("d.id IN (SELECT e.doc_id FROM entities e WHERE e.norm = ? "
                     "UNION SELECT e.doc_id FROM entities e WHERE e.kb_id = ?)")
        params.extend([q.entity.casefold(), q.entity])
    if q.claim_filter:
        cond, p = claim_condition("c", q)
        where.append(f"EXISTS (SELECT 1 FROM claims c WHERE c.doc_id = d.id AND {cond})")
        params.extend(p)
    if q.event_filter:
        cond, p = event_condition("ev", q)
        where.append(f"EXISTS (SELECT 1 FROM events ev WHERE ev.doc_id = d.id AND {cond})")
        params.extend(p)
    return source, " AND ".join(where), params


def event_condition(alias: str, q: SearchQuery) -> tuple[str, list]:
    """Codes are upper-case (PRK, RUS, IGOUNO): ``prk`` finds them too; anything
    else is compared with the actor's words as the text wrote them."""
    cond, params = ["1=1"], []
    if q.event_type:
        cond.append(f"{alias}.type = ?"); params.append(q.event_type.upper())
    for role, val in (("actor", q.actor), ("target", q.target)):
        if val:
            cond.append(f"({alias}.{role}_code = ? OR {alias}.{role}_text = ?)")
            params.extend([val.upper(), val])
    if q.min_confidence:
        levels = confidence_at_least(q.min_confidence)
        cond.append(f"{alias}.confidence IN ({','.join('?' * len(levels))})"); params.extend(levels)
    return " AND ".join(cond), params


def confidence_at_least(level: str) -> list[str]:
    """The confidence levels at ``level`` or above: "medium" -> ["medium", "high"]."""
    low = level.strip().lower()
    if low not in CONFIDENCE_LEVELS:
        raise ValueError(f"unknown event confidence {level!r}; choose one of {', '.join(CONFIDENCE_LEVELS)}")
    return list(CONFIDENCE_LEVELS[CONFIDENCE_LEVELS.index(low):])


def claim_condition(alias: str, q: SearchQuery) -> tuple[str, list]:
    cond, params = ["1=1"], []
    if q.mode:
        cond.append(f"{alias}.mode = ?"); params.append(q.mode)
    if q.source_kind:
        if q.source_kind == "author":        # no source: the author alone
            cond.append(f"{alias}.source_kind IS NULL")
        else:
            cond.append(f"{alias}.source_kind = ?"); params.append(q.source_kind)
    return " AND ".join(cond), params


def _only_text(q: SearchQuery) -> bool:
    return bool(q.text and q.text.strip()) and not any(
        (q.site, q.language, q.since, q.until, q.entity, q.mode, q.source_kind, q.event_type, q.actor, q.target,
         q.min_confidence))


def run_search(store, q: SearchQuery) -> SearchResult:
    source, where, params = build_where(store, q)
    fast = store.fts_only(q.text) if _only_text(q) else None
    if fast:                       # a plain text query: the FTS index alone answers count and ranking
        count_sql, page_sql, fast_params = fast
        total = int(store.scalar(count_sql, fast_params))
        ranked = store.rows(page_sql, fast_params + [q.limit, q.offset])
    else:
        total = int(store.scalar(f"SELECT count(*) FROM {source} WHERE {where}", params))
        if q.text and q.text.strip() and (store.rank_limit is None or total <= store.rank_limit):
            rank = store.fts_rank()
            rank_params = [q.text] if "?" in rank else []
            order = "score, d.id"
        else:                      # newest first; undated last in both dialects
            rank, rank_params, order = "0", [], "d.published IS NULL, d.published DESC, d.id DESC"
        # ids only: sorting wide rows (the text) costs more than fetching 20 of them afterwards
        ranked = store.rows(f"SELECT d.id, {rank} AS score FROM {source} WHERE {where} ORDER BY {order} "
                            "LIMIT ? OFFSET ?", rank_params + params + [q.limit, q.offset])
    rows = _details(store, [r["id"] for r in ranked])
    words = query_words(q.text)
    hits = [Hit(key=r["key"], doc_id=r["doc_id"], title=r["title"], site=r["site"], language=r["language"],
                published=r["published"], snippet=snippet(r["text"], words)) for r in rows]
    if q.claim_filter and rows:
        _attach_claims(store, q, rows, hits, words)
    if q.event_filter and rows:
        _attach_events(store, q, rows, hits)
    return SearchResult(total=total, hits=hits, query=q)


def _details(store, ids: list[int]) -> list[dict]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    got = {r["id"]: r for r in store.rows("SELECT id, key, doc_id, title, site, language, published, text "
                                          f"FROM documents WHERE id IN ({marks})", ids)}
    return [got[i] for i in ids if i in got]


def _attach_claims(store, q: SearchQuery, rows: list[dict], hits: list[Hit], words: list[str]) -> None:
    cond, params = claim_condition("c", q)
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    claims = store.rows(f"SELECT c.doc_id, c.idx, c.start_char, c.end_char, c.text, c.mode, c.source_text, "
                        f"c.source_kind FROM claims c WHERE c.doc_id IN ({marks}) AND {cond} "
                        "ORDER BY c.doc_id, c.idx", ids + params)
    by_doc: dict[int, list[dict]] = {}
    for c in claims:
        by_doc.setdefault(c.pop("doc_id"), []).append(c)
    for r, hit in zip(rows, hits):
        found = by_doc.get(r["id"], [])
        if words:
            about = [c for c in found if any(w in (c["text"] + " " + (c["source_text"] or "")).casefold()
                                             for w in words)]
            found = about or found
        hit.claims = found


def _attach_events(store, q: SearchQuery, rows: list[dict], hits: list[Hit]) -> None:
    cond, params = event_condition("ev", q)
    ids = [r["id"] for r in rows]
    marks = ",".join("?" * len(ids))
    events = store.rows("SELECT ev.doc_id, ev.idx, ev.type, ev.status, ev.mode, ev.claim, ev.trigger_text, "
                        "ev.actor_text, ev.actor_code, ev.actor_sector, ev.target_text, ev.target_code, ev.target_sector, "
                        "ev.location_text, "
                        "ev.location_code, ev.time_text, ev.time_value, ev.quantity_text, ev.confidence "
                        f"FROM events ev WHERE ev.doc_id IN ({marks}) AND {cond} ORDER BY ev.doc_id, ev.idx",
                        ids + params)
    by_doc: dict[int, list[dict]] = {}
    for e in events:
        by_doc.setdefault(e.pop("doc_id"), []).append(e)
    for r, hit in zip(rows, hits):
        hit.events = by_doc.get(r["id"], [])


def facets(store, q: SearchQuery, top: int = 12) -> dict[str, list[tuple[str, int]]]:
    """Counts of the matching documents by site and language, and of their claims by mode and source kind."""
    source, where, params = build_where(store, q)
    out: dict[str, list[tuple[str, int]]] = {}
    for col in ("site", "language"):
        got = store.rows(f"SELECT d.{col} AS value, count(*) AS n FROM {source} WHERE {where} "
                         f"GROUP BY d.{col} ORDER BY n DESC, value LIMIT ?", params + [top])
        out[col] = [(r["value"], int(r["n"])) for r in got if r["value"] is not None]
    for col in ("mode", "source_kind"):
        got = store.rows(f"SELECT c.{col} AS value, count(*) AS n FROM claims c WHERE c.doc_id IN "
                         f"(SELECT d.id FROM {source} WHERE {where}) "
                         f"GROUP BY c.{col} ORDER BY n DESC, value LIMIT ?", params + [top])
        out[col] = [(r["value"] if r["value"] is not None else "author", int(r["n"])) for r in got]
    return out
