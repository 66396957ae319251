"""The API's own models: what clients see, kept apart from the storage rows,
so the tables can change without changing the API (and the other way round)."""
from __future__ import annotations

from typing import Any, Generic, Optional, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class ErrorInfo(BaseModel):
    status: int
    code: str
    message: str
    detail: Any = None


class ErrorOut(BaseModel):
    error: ErrorInfo


class Page(BaseModel, Generic[T]):
    total: int = Field(description="Items matching, over all pages.")
    limit: int
    offset: int
    items: list[T]


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class SourceOut(SpanOut):
    kind: Optional[str] = None


class DocumentSummary(BaseModel):
    key: str = Field(description="Content hash the document is stored under.")
    id: str = Field(description="The analysis document's id.")
    title: Optional[str] = None
    site: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None
    genre: Optional[str] = None


class DocumentOut(DocumentSummary):
    document: dict[str, Any] = Field(description="The full analysis document (schema lesart.document/1).")


class ClaimOut(SpanOut):
    doc_key: str
    document_id: str
    site: Optional[str] = None
    index: int
    mode: str
    source: Optional[SourceOut] = None
    cue: Optional[SpanOut] = None


class EntityOut(SpanOut):
    doc_key: str
    document_id: str
    site: Optional[str] = None
    index: int
    label: str
    kb_id: Optional[str] = None


class HitClaim(SpanOut):
    index: int
    mode: str
    source_text: Optional[str] = None
    source_kind: Optional[str] = None


class HitEvent(BaseModel):
    """An event that matched the search's event filters (codes: ISO 3166 alpha-3 or IGO/NGO codes)."""
    index: int
    type: str
    status: Optional[str] = None
    mode: Optional[str] = None
    claim: Optional[int] = None
    trigger_text: Optional[str] = None
    actor_text: Optional[str] = None
    actor_code: Optional[str] = None
    actor_sector: Optional[str] = None
    target_text: Optional[str] = None
    target_code: Optional[str] = None
    target_sector: Optional[str] = None
    location_text: Optional[str] = None
    location_code: Optional[str] = None
    time_text: Optional[str] = None
    time_value: Optional[str] = None
    quantity_text: Optional[str] = None
    confidence: Optional[str] = None


class SearchHitOut(BaseModel):
    key: str
    id: str
    title: Optional[str] = None
    site: Optional[str] = None
    language: Optional[str] = None
    published: Optional[str] = None
    snippet: str
    claims: list[HitClaim] = []
    events: list[HitEvent] = []


class FacetValue(BaseModel):
    value: str
    count: int


class SearchOut(BaseModel):
    total: int
    limit: int
    offset: int
    hits: list[SearchHitOut]
    facets: Optional[dict[str, list[FacetValue]]] = None


class OutletOut(BaseModel):
    site: str
    documents: int
    first: Optional[str] = None
    last: Optional[str] = None


class Attribution(BaseModel):
    named: Optional[float] = Field(None, description="Share of claim characters resting on named sources.")
    anonymous: Optional[float] = None
    unspecified: Optional[float] = None
    author: Optional[float] = Field(None, description="Share resting on the author alone (no source).")


class OutletMonth(BaseModel):
    month: str
    documents: int
    attribution: Attribution
    subjective_share: Optional[float] = None


class OutletProfileOut(BaseModel):
    site: str
    documents: int
    claim_chars: int
    attribution: Attribution
    subjective_share: Optional[float] = None
    months: list[OutletMonth]


class StatsOut(BaseModel):
    schema_version: int
    counts: dict[str, int]
    languages: list[FacetValue]


class AnalyzeIn(BaseModel):
    id: Optional[str] = Field(None, max_length=200)
    text: Optional[str] = Field(None, description="Plain text to analyse.")
    html: Optional[str] = Field(None, description="An HTML page to analyse.")
    url: Optional[str] = Field(None, max_length=2000, description="Fetched only when the server allows it.")
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class IngestIn(BaseModel):
    items: list[AnalyzeIn] = Field(min_length=1)


class IngestFailure(BaseModel):
    input: str
    stage: str
    message: str


class IngestOut(BaseModel):
    added: int
    skipped: int
    failed: int
    failures: list[IngestFailure]
