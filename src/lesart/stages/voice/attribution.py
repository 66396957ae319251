"""Which stretches of text are somebody else's words, not the author's.

The claims layer owns this: a claim whose mode is not ``asserted`` marks its
content span as attributed.  When no claims were made (the stage did not
run, or the language has no rules) a small fallback finds the obvious cases:
quotations of several words, and sentences that carry a reporting cue
("laut", "zufolge", "sagte", "said", "according to") or a German
Konjunktiv I form ("sei", "habe", "werde").
"""
from __future__ import annotations

import re

from ...model import Document, Sentence
from .cues import KONJUNKTIV_I, TOKEN

MIN_QUOTE_WORDS = 3      # shorter quotations are scare quotes: the author's irony, so the author's voice
_QUOTES = re.compile(r"„[^“”\"]+[“”\"]|“[^”]+”|\"[^\"]+\"|»[^«]+«|«[^»]+»")
_CUE = {
    "de": re.compile(r"\b(?:laut|zufolge|nach\s+(?:Angaben|Aussagen?|Informationen|Darstellung|Einschätzung)|"
                     r"(?:sagte|sagten|erklärte|erklärten|betonte|teilte|berichtete|meldete|kritisierte|warnte|"
                     r"behauptete|bestätigte|schrieb|hieß\s+es|heißt\s+es))\b", re.I),
    "en": re.compile(r"\b(?:said|says|told|according\s+to|stated|announced|reportedly|allegedly|claimed|"
                     r"argued|wrote|added|insisted|warned|testified)\b", re.I),
}
# Konjunktiv I forms that are also hypothetical in the author's own voice are left out.
_REPORTED_SUBJUNCTIVE = KONJUNKTIV_I - {"hätte", "hätten", "wäre", "wären"}


def quotation_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    return [(offset + m.start(), offset + m.end()) for m in _QUOTES.finditer(text)
            if len(TOKEN.findall(m.group(0))) >= MIN_QUOTE_WORDS]


def sentence_is_reported(text: str, language: str | None) -> bool:
    """The fallback's verdict on a whole sentence: does it report someone else's words?"""
    lang = language if language in _CUE else "en"
    if _CUE[lang].search(text):
        return True
    return lang == "de" and any(t.lower() in _REPORTED_SUBJUNCTIVE for t in TOKEN.findall(text))


def attributed_spans(doc: Document) -> list[tuple[int, int]]:
    """Character ranges of attributed content, sorted: from the claims when there are any."""
    if doc.claims:
        spans = [(c.start, c.end) for c in doc.claims if c.mode != "asserted"]
    else:
        spans = []
        for s in doc.sentences:
            if sentence_is_reported(s.text, doc.language):
                spans.append((s.start, s.end))
            else:
                spans.extend(quotation_spans(s.text, s.start))
    return sorted(spans)


def reporting_frames(doc: Document) -> list[tuple[int, int]]:
    """Content, source and cue of every non-asserted claim: the whole "X said that ..." frame.

    Used for how much of a sentence reports others; word spans use only the
    content (``attributed_spans``), since the verb a writer picks for a source
    ("slammed", "admitted") can be the writer's own voice.
    """
    if not doc.claims:
        return attributed_spans(doc)
    frames = []
    for c in doc.claims:
        if c.mode == "asserted":
            continue
        frames.append((c.start, c.end))
        frames.extend((part.start, part.end) for part in (c.source, c.cue) if part is not None)
    return sorted(frames)


def attributed_share(sentence: Sentence, spans: list[tuple[int, int]]) -> float:
    """The share of a sentence's characters that lie inside attributed content."""
    # the length of the union of the spans' overlaps with the sentence
    parts = sorted((max(start, sentence.start), min(end, sentence.end)) for start, end in spans
                   if start < sentence.end and end > sentence.start and start < end)
    covered, reach = 0, sentence.start
    for start, end in parts:
        if end > reach:
            covered += end - max(start, reach)
            reach = end
    return covered / max(1, sentence.end - sentence.start)


def inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)
