"""Read-only JSON API: documents, claims, entities, search, outlets, stats."""
from __future__ import annotations

import json
from typing import Optional

from fastapi import APIRouter, Depends, Query

from ...store import SearchQuery, Store
from ...store.outlets import outlet_profile, outlets
from ...store.search import facets as search_facets
from ..deps import store
from ..errors import ApiError
from ..models import (
    ClaimOut, DocumentOut, DocumentSummary, EntityOut, ErrorOut, FacetValue, OutletOut, OutletProfileOut, Page,
    SearchHitOut, SearchOut, SourceOut, SpanOut, StatsOut,
)

ERRORS = {404: {"model": ErrorOut}, 422: {"model": ErrorOut}, 500: {"model": ErrorOut}}
router = APIRouter(prefix="/api", tags=["corpus"], responses=ERRORS)

# Factories, not shared objects: FastAPI must get a fresh Query per parameter.
def Limit():  # noqa: N802
    return Query(20, ge=1, le=200, description="Items per page.")


def Offset():  # noqa: N802
    return Query(0, ge=0, le=1_000_000, description="Items to skip.")


def Text():  # noqa: N802
    return Query(None, max_length=200)


def _summary(r: dict) -> DocumentSummary:
    return DocumentSummary(key=r["key"], id=r["doc_id"], title=r["title"], site=r["site"], language=r["language"],
                           published=r["published"], genre=r["genre"])


@router.get("/documents", response_model=Page[DocumentSummary], summary="List stored documents")
def list_documents(site: Optional[str] = Text(), language: Optional[str] = Text(), limit: int = Limit(),
                   offset: int = Offset(), db: Store = Depends(store)):
    total, rows = db.list_documents(limit, offset, site=site, language=language)
    return Page[DocumentSummary](total=total, limit=limit, offset=offset, items=[_summary(r) for r in rows])


@router.get("/documents/{key}", response_model=DocumentOut, summary="One analysis document, every layer")
def get_document(key: str, db: Store = Depends(store)):
    meta = db.find(key)
    if meta is None:
        raise ApiError(404, f"no document with key or id {key!r}")
    data = json.loads(db.scalar("SELECT document FROM documents WHERE id = ?", (meta["id"],)))
    return DocumentOut(**_summary(meta).model_dump(), document=data)


def _span(start, end, text) -> Optional[SpanOut]:
    return SpanOut(start=start, end=end, text=text) if start is not None else None


@router.get("/claims", response_model=Page[ClaimOut], summary="Claims, with their sources and modes")
def list_claims(mode: Optional[str] = Text(), source_kind: Optional[str] = Text(), site: Optional[str] = Text(),
                key: Optional[str] = Query(None, max_length=64, description="Only this document."),
                limit: int = Limit(), offset: int = Offset(), db: Store = Depends(store)):
    total, rows = db.layer_page("claims", limit, offset,
                                {"mode": mode, "source_kind": source_kind, "site": site, "key": key})
    items = [ClaimOut(doc_key=r["doc_key"], document_id=r["document_id"], site=r["site"], index=r["idx"],
                      start=r["start_char"], end=r["end_char"], text=r["text"], mode=r["mode"],
                      source=SourceOut(start=r["source_start"], end=r["source_end"], text=r["source_text"],
                                       kind=r["source_kind"]) if r["source_start"] is not None else None,
                      cue=_span(r["cue_start"], r["cue_end"], r["cue_text"])) for r in rows]
    return Page[ClaimOut](total=total, limit=limit, offset=offset, items=items)


@router.get("/entities", response_model=Page[EntityOut], summary="Named entities")
def list_entities(label: Optional[str] = Text(), site: Optional[str] = Text(),
                  key: Optional[str] = Query(None, max_length=64), limit: int = Limit(), offset: int = Offset(),
                  db: Store = Depends(store)):
    total, rows = db.layer_page("entities", limit, offset, {"label": label, "site": site, "key": key})
    items = [EntityOut(doc_key=r["doc_key"], document_id=r["document_id"], site=r["site"], index=r["idx"],
                       start=r["start_char"], end=r["end_char"], text=r["text"], label=r["label"], kb_id=r["kb_id"])
             for r in rows]
    return Page[EntityOut](total=total, limit=limit, offset=offset, items=items)


@router.get("/search", response_model=SearchOut, summary="Full-text search with filters over the layers")
def search(q: Optional[str] = Query(None, max_length=500, description='Words; "phrase"; a OR b; -not; prefix*.'),
           site: Optional[str] = Text(), lang: Optional[str] = Text(),
           since: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
           until: Optional[str] = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
           entity: Optional[str] = Text(), mode: Optional[str] = Text(), source_kind: Optional[str] = Text(),
           event_type: Optional[str] = Text(), actor: Optional[str] = Text(), target: Optional[str] = Text(),
           min_confidence: Optional[str] = Query(None, pattern=r"^(low|medium|high)$", description=(
               "Only events of at least this confidence (high > medium > low); "
               "events stored without one never match.")),
           facets: bool = Query(False, description="Also count the matches by site, language, claim mode and source."),
           limit: int = Limit(), offset: int = Offset(), db: Store = Depends(store)):
    query = SearchQuery(text=q, site=site, language=lang, since=since, until=until, entity=entity, mode=mode,
                        source_kind=source_kind, event_type=event_type, actor=actor, target=target,
                        min_confidence=min_confidence, limit=limit, offset=offset)
    result = db.search(query)
    hits = [SearchHitOut(key=h.key, id=h.doc_id, title=h.title, site=h.site, language=h.language,
                         published=h.published, snippet=h.snippet,
                         claims=[{"index": c["idx"], "start": c["start_char"], "end": c["end_char"], "text": c["text"],
                                  "mode": c["mode"], "source_text": c["source_text"],
                                  "source_kind": c["source_kind"]} for c in h.claims],
                         events=[{"index": e["idx"], **{k: v for k, v in e.items() if k != "idx"}}
                                 for e in h.events]) for h in result.hits]
    counted = None
    if facets:
        counted = {k: [FacetValue(value=str(v), count=n) for v, n in vals]
                   for k, vals in search_facets(db, query).items()}
    return SearchOut(total=result.total, limit=limit, offset=offset, hits=hits, facets=counted)


@router.get("/outlets", response_model=Page[OutletOut], summary="Outlets (sites) in the corpus")
def list_outlets(limit: int = Limit(), offset: int = Offset(), db: Store = Depends(store)):
    total, rows = outlets(db, limit, offset)
    return Page[OutletOut](total=total, limit=limit, offset=offset, items=[OutletOut(**r) for r in rows])


@router.get("/outlets/profile", response_model=OutletProfileOut,
            summary="How an outlet's claims rest on sources, its subjective share, month by month")
def get_outlet(site: str = Query(..., min_length=1, max_length=300), db: Store = Depends(store)):
    profile = outlet_profile(db, site)
    if profile is None:
        raise ApiError(404, f"no documents from site {site!r}")
    return OutletProfileOut(**profile)


@router.get("/stats", response_model=StatsOut, summary="Rows per layer, documents per language")
def stats(db: Store = Depends(store)):
    langs = db.rows("SELECT coalesce(language, 'unknown') AS value, count(*) AS n FROM documents "
                    "GROUP BY coalesce(language, 'unknown') ORDER BY n DESC")
    return StatsOut(schema_version=db.schema_version(), counts=db.counts(),
                    languages=[FacetValue(value=r["value"], count=int(r["n"])) for r in langs])
