"""Server-rendered pages (no JavaScript): search with facets, article view, outlet view.

The article view draws the text exactly as the HTML report does
(``lesart.render.html.render_marked`` over ``lesart.render.marks.marks_for``),
so every layer that gains a mark provider shows up here too.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from ...model import CUT_KINDS
from ...render.html import BLOCK_LABELS, render_marked
from ...render.claim_rows import claim_rows
from ...render.marks import marks_for
from ...store import SearchQuery, Store
from ...store.outlets import ATTRIBUTION, outlet_profile, outlets
from ...store.search import facets
from ..chart import attribution_chart
from ..deps import store
from ..errors import ApiError

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parents[1] / "templates"))
PAGE = 20
FILTERS = ("q", "site", "lang", "since", "until", "entity", "mode", "source_kind", "event_type", "actor",
           "min_confidence")


def _report_css() -> str:
    return resources.files("lesart.render").joinpath("report.css").read_text("utf-8")


def _link(params: dict, **change) -> str:
    merged = {k: v for k, v in {**params, **change}.items() if v not in (None, "")}
    return "/?" + urlencode(merged)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, q: Optional[str] = Query(None, max_length=500),
                site: Optional[str] = Query(None, max_length=300), lang: Optional[str] = Query(None, max_length=20),
                since: Optional[str] = Query(None, pattern=r"^(\d{4}-\d{2}-\d{2})?$"),
                until: Optional[str] = Query(None, pattern=r"^(\d{4}-\d{2}-\d{2})?$"),
                entity: Optional[str] = Query(None, max_length=200), mode: Optional[str] = Query(None, max_length=40),
                source_kind: Optional[str] = Query(None, max_length=40),
                event_type: Optional[str] = Query(None, max_length=40), actor: Optional[str] = Query(None, max_length=200),
                min_confidence: Optional[str] = Query(None, pattern=r"^(low|medium|high)?$"),
                page: int = Query(1, ge=1, le=10000), db: Store = Depends(store)):
    params = {"q": q, "site": site, "lang": lang, "since": since, "until": until, "entity": entity, "mode": mode,
              "source_kind": source_kind, "event_type": event_type, "actor": actor, "min_confidence": min_confidence}
    query = SearchQuery(text=q, site=site or None, language=lang or None, since=since or None, until=until or None,
                        entity=entity or None, mode=mode or None, source_kind=source_kind or None,
                        event_type=event_type or None, actor=actor or None, min_confidence=min_confidence or None,
                        limit=PAGE, offset=(page - 1) * PAGE)
    result = db.search(query)
    counted = facets(db, query)
    facet_links = {name: [(v, n, _link(params, **{field: v}), params.get(field) == v) for v, n in vals]
                   for name, field, vals in (("outlet", "site", counted["site"]), ("language", "lang", counted["language"]),
                                             ("claim mode", "mode", counted["mode"]),
                                             ("source", "source_kind", counted["source_kind"]))}
    pages = {"prev": _link(params, page=page - 1) if page > 1 else None,
             "next": _link(params, page=page + 1) if page * PAGE < result.total else None}
    return templates.TemplateResponse(request, "search.html", {
        "params": params, "result": result, "facets": facet_links, "pages": pages, "page": page,
        "clear": {k: _link(params, **{k: None}) for k in params}})


@router.get("/doc/{key}", response_class=HTMLResponse)
def article_page(request: Request, key: str, db: Store = Depends(store)):
    doc = db.load(key)
    if doc is None:
        raise ApiError(404, f"no document with key or id {key!r}")
    marks = marks_for(doc)
    blocks = [{"kind": b.kind, "label": BLOCK_LABELS.get(b.kind, b.kind), "cut": b.kind in CUT_KINDS,
               "html": Markup(render_marked(b.text, b.start, marks))} for b in doc.blocks]
    rows = [{"number": number, "mode": c.mode, "source": label, "text": text} for number, c, text, label in claim_rows(doc)]
    return templates.TemplateResponse(request, "doc.html", {
        "doc": doc, "key": db.find(key)["key"], "blocks": blocks, "claim_rows": rows, "css": Markup(_report_css())})


@router.get("/outlets", response_class=HTMLResponse)
def outlets_page(request: Request, page: int = Query(1, ge=1, le=10000), db: Store = Depends(store)):
    total, rows = outlets(db, 50, (page - 1) * 50)
    return templates.TemplateResponse(request, "outlets.html", {"total": total, "rows": rows, "page": page})


@router.get("/outlet", response_class=HTMLResponse)
def outlet_page(request: Request, site: str = Query(..., min_length=1, max_length=300), db: Store = Depends(store)):
    profile = outlet_profile(db, site)
    if profile is None:
        raise ApiError(404, f"no documents from site {site!r}")
    return templates.TemplateResponse(request, "outlet.html", {
        "p": profile, "chart": Markup(attribution_chart(profile["months"])), "kinds": ATTRIBUTION,
        "search": _link({}, site=site)})
