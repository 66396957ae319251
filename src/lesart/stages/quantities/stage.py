"""The ``quantities`` stage."""
from __future__ import annotations

from ...model import Document
from ...pipeline import register
from .. import warn_unsupported_language
from .extract import find


@register("quantities")
class QuantitiesStage:
    """Numbers with units and approximation, German and English (rules)."""

    name = "quantities"
    version = "1.0"
    requires = ("text", "language", "sentences")
    assigns = ("quantities",)

    def __call__(self, doc: Document) -> Document:
        lang = doc.language if doc.language in ("de", "en") else None
        if lang is None or not doc.text:
            doc.quantities = []
            warn_unsupported_language(doc, "quantities", "no numbers were read")
            return doc
        regions = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        found = []
        for s, e in regions:
            found.extend(find(doc.text, lang, s, e))
        doc.quantities = found
        return doc
