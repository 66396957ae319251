"""Every error, from a bad query parameter to a crash, in one JSON shape:
``{"error": {"status": 404, "code": "not_found", "message": "...", "detail": ...}}``.
HTML pages get the same status with a small page instead."""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("lesart.web")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         413: "too_large", 415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error"}


class ApiError(StarletteHTTPException):
    def __init__(self, status: int, message: str, detail: Any = None):
        super().__init__(status_code=status, detail=message)
        self.extra = detail


def error_body(status: int, message: str, detail: Any = None) -> dict:
    return {"error": {"status": status, "code": CODES.get(status, "error"), "message": message,
                      "detail": jsonable_encoder(detail)}}


def _respond(request: Request, status: int, message: str, detail: Any = None, headers=None):
    if not request.url.path.startswith("/api") and request.url.path not in ("/openapi.json",):
        from html import escape
        return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>{status}</title>"
                            f"<h1>{status}</h1><p>{escape(message)}</p><p><a href='/'>search</a></p>",
                            status_code=status, headers=headers)
    return JSONResponse(error_body(status, message, detail), status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _respond(request, exc.status_code, str(exc.detail), getattr(exc, "extra", None),
                        getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return _respond(request, 422, "the request does not match the API schema", problems)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return _respond(request, 500, f"internal error: {type(exc).__name__}")
