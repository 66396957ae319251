"""The library's face: ``analyze`` and friends.

The CLI, the web API and batch jobs are thin shells over these calls.

    >>> import lesart
    >>> doc = lesart.analyze_text(open("page.txt").read(), published="2025-03-27")
    >>> [(b.kind, b.text[:30]) for b in doc.blocks]
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from . import stages as _stages
from .inputs import InputError, InputFailure, InputOptions, iter_inputs, raw_from_bytes
from .model import Document, RawInput, SourceInfo
from .pipeline import ErrorPolicy, Pipeline, create


@lru_cache(maxsize=8)
def _pipeline(names: tuple[str, ...], claims_tagger: str = "auto") -> Pipeline:
    for n in names:
        if not _stages.load(n):
            raise KeyError(f"unknown stage {n!r}")
    return Pipeline([create(n, tagger=claims_tagger) if n == "claims" and claims_tagger != "auto" else create(n)
                     for n in names])


def pipeline(stages: Sequence[str] | None = None, *, claims_tagger: str = "auto") -> Pipeline:
    """The default pipeline (every installed stage), or the named stages in order.

    ``claims_tagger``: the claims stage's tagger, ``auto`` (default: the CRF, for
    English averaged with a BiLSTM), ``crf`` (the CRF alone: about half the stage's
    time on English pages, less exact spans; see ``stages/claims/models/MODEL_CARD.md``)
    or ``rules``."""
    names = tuple(stages) if stages else tuple(_stages.available())
    return _pipeline(names, claims_tagger)


def analyze_raw(raw: RawInput, *, stages: Sequence[str] | None = None,
                errors: ErrorPolicy = "catch", claims_tagger: str = "auto") -> Document:
    doc = Document(id=raw.id or raw.name, source=SourceInfo(kind=raw.source_kind, uri=raw.uri), raw=raw)
    return pipeline(stages, claims_tagger=claims_tagger)(doc, errors=errors)


def analyze(inputs: Iterable[str], *, published: str | None = None, stages: Sequence[str] | None = None,
            errors: ErrorPolicy = "catch", options: InputOptions | None = None,
            claims_tagger: str = "auto") -> Iterator[Document | InputFailure]:
    """Analyse files, directories, URLs, ``-`` or JSONL files, in the given order.

    Yields a Document per readable input and an InputFailure per unreadable
    one; with ``errors="raise"`` a stage's exception propagates instead.
    ``claims_tagger`` as for ``pipeline``.
    """
    opts = options or InputOptions(published=published)
    for item in iter_inputs(inputs, opts):
        if isinstance(item, InputFailure):
            yield item
        else:
            yield analyze_raw(item, stages=stages, errors=errors, claims_tagger=claims_tagger)


def _from_string(content: str | bytes, kind: str, *, published: str | None, id: str | None, url: str | None,
                 stages: Sequence[str] | None, errors: ErrorPolicy) -> Document:
    if not isinstance(content, (str, bytes)):
        raise TypeError(f"expected the page as str or bytes, got {type(content).__name__}")
    # bytes as fetched or read: their encoding is detected like a file's
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    raw = raw_from_bytes(data, id or "<string>", source_kind=kind, uri=url,
                         id=id, published=published)
    raw.kind = kind                 # the caller said what it is
    return analyze_raw(raw, stages=stages, errors=errors)


def analyze_text(text: str | bytes, *, published: str | None = None, id: str | None = None,
                 stages: Sequence[str] | None = None, errors: ErrorPolicy = "raise") -> Document:
    """Analyse plain text (for example a scraper's dump). Raises InputError for empty text."""
    return _from_string(text, "text", published=published, id=id, url=None, stages=stages, errors=errors)


def analyze_html(html: str | bytes, *, url: str | None = None, published: str | None = None, id: str | None = None,
                 stages: Sequence[str] | None = None, errors: ErrorPolicy = "raise") -> Document:
    """Analyse an HTML page given as a string, or as bytes in whatever encoding the page declares."""
    return _from_string(html, "html", published=published, id=id, url=url, stages=stages, errors=errors)


__all__ = ["InputError", "InputFailure", "InputOptions", "analyze", "analyze_html", "analyze_raw",
           "analyze_text", "pipeline"]
