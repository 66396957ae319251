"""The web app: settings, error shape, size cap and routers; nothing else."""
from __future__ import annotations

from fastapi import Depends, FastAPI

from ..store import open_store
from . import errors
from .deps import reject_nul
from .limits import BodySizeLimit
from .routers import api_read, api_write, pages
from .settings import Settings

DESCRIPTION = """Browse and query a lesart corpus. Read-only unless the server has a token:
`POST /api/analyze` and `POST /api/ingest` need `Authorization: Bearer <token>`.
Every error has the shape `{"error": {"status", "code", "message", "detail"}}`."""


def create_app(settings: Settings | None = None) -> FastAPI:
    cfg = settings or Settings()
    with open_store(cfg.db_url):          # create or upgrade the schema once, before serving
        pass
    app = FastAPI(title="lesart corpus", version="1", description=DESCRIPTION,
                  dependencies=[Depends(reject_nul)])
    app.state.settings = cfg
    errors.install(app)
    app.include_router(api_read.router)
    app.include_router(api_write.router)
    app.include_router(pages.router)
    # Imported here: the story router itself imports lesart.web's dependencies.
    from ..corpus.web import router as stories_router
    app.include_router(stories_router)
    app.add_middleware(BodySizeLimit, max_body=cfg.max_body)
    return app
