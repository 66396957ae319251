"""The story view on the web: server-rendered HTML (no JavaScript) and JSON endpoints.

    from lesart.corpus.web import router
    app.include_router(router)

Pages: ``/stories`` (stories with two or more articles), ``/stories/{id}`` (outlets side by side on a
timeline, claims with corroboration count and first report, conflicts highlighted, what each article
added).  JSON: ``/api/stories``, ``/api/stories/{id}``.  The store comes from ``lesart.web.deps.store``;
the story index from ``store_adapter.cached_index``.
"""
from __future__ import annotations

from html import escape

from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse

from ..web.deps import store as store_dep
from ..web.errors import ApiError
from .report import story_report
from .store_adapter import cached_index, story_documents

router = APIRouter()

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:90rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
td,th{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left;font-size:.9rem}
th{background:#f3f3f3}.muted{color:#777}.conflict{background:#fde2e2}.conflict-note{color:#b00;font-weight:600}
.added{background:#fff6d6}.card{border-left:3px solid #888;padding-left:.4rem;margin:.2rem 0}
.copy{border-left-color:#3a7}.badge{display:inline-block;min-width:1.6rem;text-align:center;border-radius:.8rem;
background:#2b5;color:#fff;font-weight:700}.badge.one{background:#999}
"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
                        f"<style>{CSS}</style></head><body>{body}</body></html>")


def _report(store, story_id: str) -> dict:
    idx = cached_index(store)
    st = idx.stories.get(story_id)
    if st is None:
        raise ApiError(404, f"no story {story_id!r}")
    return story_report(story_documents(store, idx, story_id), story_id, st.label)


def _stories(store, min_articles: int) -> list[dict]:
    idx = cached_index(store)
    rows = [s for s in idx.stories.values() if len(s.articles) >= min_articles]
    rows.sort(key=lambda s: (s.first or "", s.id), reverse=True)
    return [{"id": s.id, "label": s.label, "first": s.first, "last": s.last, "articles": s.articles,
             "sites": s.sites} for s in rows]


@router.get("/api/stories", tags=["stories"])
def api_stories(min_articles: int = Query(2, ge=1, le=1000), store=Depends(store_dep)) -> list[dict]:
    return _stories(store, min_articles)


@router.get("/api/stories/{story_id}", tags=["stories"])
def api_story(story_id: str, store=Depends(store_dep)) -> dict:
    return _report(store, story_id)


@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(min_articles: int = Query(2, ge=1, le=1000), store=Depends(store_dep)) -> HTMLResponse:
    rows = "".join(
        f"<tr><td><a href='/stories/{escape(s['id'])}'>{escape(s['label'])}</a></td>"
        f"<td>{escape(s['first'] or '?')} – {escape(s['last'] or '?')}</td><td>{len(s['articles'])}</td>"
        f"<td>{escape(', '.join(sorted({x or '-' for x in s['sites']})))}</td></tr>"
        for s in _stories(store, min_articles))
    return _page("Stories", "<h1>Stories</h1><table><tr><th>Story</th><th>Time span</th><th>Articles</th>"
                            f"<th>Outlets</th></tr>{rows}</table>")


def render_story(r: dict) -> str:
    arts = r["articles"]
    outlets = list(dict.fromkeys(a["site"] or a["doc_id"] for a in arts))
    dates = list(dict.fromkeys(a["published"] or "?" for a in arts))
    head = "".join(f"<th>{escape(o)}</th>" for o in outlets)
    rows = []
    for d in dates:
        cells = []
        for o in outlets:
            cards = []
            for a in arts:
                if (a["published"] or "?") == d and (a["site"] or a["doc_id"]) == o:
                    add = a["added"]
                    copy = f"<div class='muted'>copy of {escape(a['copy_of'])}</div>" if a["copy_of"] else ""
                    cards.append(f"<div class='card{' copy' if a['copy_of'] else ''}'>"
                                 f"<a href='/doc/{escape(a['doc_id'])}'>{escape(a['title'] or a['doc_id'])}</a>"
                                 f"{copy}<div class='muted'>added {len(add['added_sentences'])}/{a['n_sentences']}"
                                 f" sentences, {len(add['added_claims'])} claims</div></div>")
            cells.append(f"<td>{''.join(cards)}</td>")
        rows.append(f"<tr><th>{escape(d)}</th>{''.join(cells)}</tr>")
    timeline = f"<table><tr><th>Date</th>{head}</tr>{''.join(rows)}</table>"

    claim_rows = []
    for c in r["claims"]:
        conflict = bool(c["conflicts"])
        notes = "".join(f"<div class='conflict-note'>conflict: {escape(k['why'])} ({escape(k['a'][0])} / "
                        f"{escape(k['b'][0])})</div>" for k in c["conflicts"])
        others = "".join(f"<li>{escape(m['site'] or m['doc_id'])}: {escape(m['text'])}</li>" for m in c["claims"][1:])
        chains = "".join(f"<div class='muted'>{' → '.join(escape(x) for x in ch)}</div>"
                         for ch in c["chains"] if len(ch) > 2)
        first = c["first_report"]
        badge = f"<span class='badge{' one' if c['corroboration'] < 2 else ''}'>{c['corroboration']}</span>"
        claim_rows.append(
            f"<tr class='{'conflict' if conflict else ''}'><td>{badge}</td><td>{escape(c['claims'][0]['text'])}"
            f"{notes}<ul>{others}</ul></td><td>{escape(first['site'] or first['doc_id'])}<br>"
            f"<span class='muted'>{escape(first['published'] or '')}</span></td>"
            f"<td>{escape('; '.join(c['independent_sources']))}{chains}</td></tr>")
    claims = ("<table><tr><th title='independent sources'>#</th><th>Claim (and the same claim elsewhere)</th>"
              f"<th>First report</th><th>Independent sources</th></tr>{''.join(claim_rows)}</table>")

    added = []
    for a in arts:
        add = a["added"]
        if not add["earlier"]:
            added.append(f"<h3>{escape(a['site'] or a['doc_id'])} <span class='muted'>(first in the story)</span></h3>")
            continue
        items = "".join(f"<li class='added'>{escape(s['text'])}</li>" for s in add["added_sentences"])
        voice = ", ".join(escape(v["text"]) for v in add["added_voice"] if len(v["text"]) < 60)
        added.append(f"<h3>{escape(a['site'] or a['doc_id'])}</h3><ul>{items or '<li class=muted>nothing</li>'}</ul>"
                     + (f"<p class='muted'>voice in added sentences: {voice}</p>" if voice else ""))
    return (f"<p><a href='/stories'>all stories</a></p><h1>{escape(r.get('label') or r['story'])}</h1>"
            f"<p class='muted'>{escape(r['span'][0] or '?')} – {escape(r['span'][1] or '?')}, {len(arts)} articles, "
            f"{len(outlets)} outlets</p><h2>Timeline</h2>{timeline}<h2>Claims</h2>{claims}"
            f"<h2>What each article added</h2>{''.join(added)}")


@router.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
def story_page(story_id: str, store=Depends(store_dep)) -> HTMLResponse:
    r = _report(store, story_id)
    return _page(r.get("label") or story_id, render_story(r))
