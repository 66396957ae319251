"""The two write endpoints; both need the configured token (see deps.require_token).

URLs are fetched only when the server was started with ``--allow-fetch``, and
then through ``lesart.fetch`` with its safeguards (no private hosts, size cap,
timeout, few redirects).
"""
from __future__ import annotations

from fastapi import APIRouter, Depends

from ... import api
from ...fetch import FetchError, FetchOptions, fetch
from ...inputs import InputError, InputFailure, InputOptions, raw_from_bytes
from ...model import RawInput, to_dict
from ...store import open_store
from ...store.ingest import ingest
from ..deps import require_token, settings
from ..errors import ApiError
from ..models import AnalyzeIn, ErrorOut, IngestIn, IngestOut
from ..settings import Settings

ERRORS = {k: {"model": ErrorOut} for k in (400, 401, 403, 413, 422, 500)}
router = APIRouter(prefix="/api", tags=["write (token)"], responses=ERRORS, dependencies=[Depends(require_token)])


def _raw(item: AnalyzeIn, cfg: Settings) -> RawInput:
    """The item as a RawInput; raises InputError/FetchError/ApiError with the reason."""
    given = [k for k in ("text", "html", "url") if getattr(item, k) is not None]
    if len(given) != 1:
        raise ApiError(422, "give exactly one of text, html or url")
    options = InputOptions(max_bytes=cfg.max_body, published=item.published,
                           fetch=FetchOptions(max_bytes=cfg.max_body, allow_private=cfg.allow_private))
    if item.url is not None:
        if not cfg.allow_fetch:
            raise ApiError(403, "this server does not fetch URLs (start it with --allow-fetch)")
        got = fetch(item.url, options.fetch)
        return raw_from_bytes(got.body, item.url, source_kind="url", uri=got.url, declared_charset=got.charset,
                              options=options, id=item.id)
    kind = "html" if item.html is not None else "text"
    raw = raw_from_bytes((item.html if kind == "html" else item.text).encode("utf-8", "surrogatepass"),
                         item.id or f"<{kind}>", source_kind=kind, options=options, id=item.id)
    raw.kind = kind
    return raw


@router.post("/analyze", summary="Analyse one page or text (not stored); needs the token")
def analyze(item: AnalyzeIn, cfg: Settings = Depends(settings)) -> dict:
    try:
        raw = _raw(item, cfg)
    except (InputError, FetchError) as exc:
        raise ApiError(400, str(exc)) from None
    return to_dict(api.analyze_raw(raw, stages=cfg.stages, errors="catch"))


@router.post("/ingest", response_model=IngestOut, summary="Analyse and store pages; needs the token")
def ingest_items(body: IngestIn, cfg: Settings = Depends(settings)):
    if len(body.items) > cfg.max_items:
        raise ApiError(413, f"at most {cfg.max_items} items per request")
    items: list[RawInput | InputFailure] = []
    for n, item in enumerate(body.items):
        try:
            items.append(_raw(item, cfg))
        except (InputError, FetchError) as exc:
            items.append(InputFailure(item.id or item.url or f"item {n}", str(exc)))
    with open_store(cfg.db_url) as db:
        report = ingest(["<api>"], db, stages=cfg.stages, items=items)
    return IngestOut(added=report.added, skipped=report.skipped, failed=report.failed,
                     failures=[{"input": f.input, "stage": f.stage, "message": f.message} for f in report.failures])
