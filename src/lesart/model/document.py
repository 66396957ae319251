"""The analysis document: plain dataclasses, one list per span layer.

Every span stores character offsets into ``Document.text`` (Python indices,
end exclusive) and a copy of the covered text, so a reader can always check
``doc.text[s.start:s.end] == s.text``.  Nothing here imports the rest of
lesart: the model is the bottom of the dependency graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = "lesart.document/1"

BLOCK_KINDS = (
    "title", "heading", "body", "caption", "quote",
    "tags", "advertisement", "navigation", "boilerplate",
)
# Blocks that make up the article itself (the gold text of the extraction
# benchmarks leaves the headline out, so the title is not part of it).
ARTICLE_KINDS = ("heading", "body", "quote")
# Blocks that carry sentences worth analysing further.
SENTENCE_KINDS = ("title", "heading", "body", "quote", "caption")
CUT_KINDS = ("tags", "advertisement", "navigation", "boilerplate")

ENTITY_LABELS = ("PER", "ORG", "LOC", "MISC")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
CLAIM_MODES = ("asserted", "direct", "indirect", "hearsay", "reported")
SOURCE_KINDS = (
    "person", "organisation", "government", "intelligence",
    "media", "anonymous", "unspecified",
)
VOICE_KINDS = ("evaluative", "loaded", "speculation", "opinion")
GENRE_LABELS = ("report", "opinion", "promotional", "mixed", "satire")


@dataclass(kw_only=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(kw_only=True)
class Block(Span):
    kind: str


@dataclass(kw_only=True)
class Sentence(Span):
    subjective: bool | None = None
    subjectivity: float | None = None


@dataclass(kw_only=True)
class Entity(Span):
    label: str
    kb_id: str | None = None


@dataclass(kw_only=True)
class Time(Span):
    value: str | None
    type: str = "DATE"
    mod: str | None = None


@dataclass(kw_only=True)
class Quantity(Span):
    value: float | None
    unit: str | None = None
    approx: bool = False


@dataclass(kw_only=True)
class Source(Span):
    kind: str
    # Whom a pronoun or "nach eigenen Angaben" stands for, where the text makes it clear: the
    # span of that earlier, named mention ("er" -> "Holland-Moritz").  The source span itself
    # stays as the text has it (the annotated corpora mark the pronoun).
    refers_to: Span | None = None


@dataclass(kw_only=True)
class Claim(Span):
    mode: str
    source: Source | None = None
    cue: Span | None = None

    def source_is_passive_verb(self) -> bool:
        """Whether the source is no speaker but a passive's verb, which the claims stage marks as
        the unnamed source ("wie bekannt wurde", "wurden ... genannt": kind unspecified, the span
        of the cue or inside the claim)."""
        src, cue = self.source, self.cue
        return src is not None and src.kind == "unspecified" and (
            (cue is not None and (cue.start, cue.end) == (src.start, src.end))
            or self.start <= src.start < src.end <= self.end)


@dataclass(kw_only=True)
class Voice(Span):
    kind: str
    technique: str | None = None


@dataclass(kw_only=True)
class Party(Span):
    """An event's actor, target or place, with its code where a gazetteer knows it
    (ISO 3166 alpha-3, IGO, NGO, ...) and its PLOVER/CAMEO sector (MIL, GOV, ...)."""
    code: str | None = None
    sector: str | None = None


@dataclass(kw_only=True)
class Event:
    type: str
    actor: Party | None = None
    target: Party | None = None
    location: Party | None = None
    time: Time | None = None
    quantity: Quantity | None = None
    claim: int | None = None
    mode: str | None = None
    status: str | None = None
    trigger: Span | None = None
    confidence: str | None = None     # high | medium | low: how much to trust the coding (events stage)


@dataclass(kw_only=True)
class Genre:
    label: str
    scores: dict[str, float] = field(default_factory=dict)
    promotion: bool = False
    evidence: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class SourceInfo:
    kind: str                     # html | text | url | jsonl
    uri: str | None = None
    site: str | None = None


@dataclass(kw_only=True)
class StageError:
    stage: str
    error: str                    # exception class name
    message: str


@dataclass(kw_only=True)
class RawInput:
    """What an input reader hands to the pipeline; never serialised.

    ``content`` is already decoded text (HTML or plain text); ``kind`` says
    which.  ``published`` is a caller-given ISO date (``--published``, JSONL).
    """
    name: str
    content: str
    kind: str                     # "html" | "text"
    source_kind: str = "text"     # html | text | url | jsonl | stdin
    uri: str | None = None
    id: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Document:
    id: str
    source: SourceInfo
    text: str = ""
    language: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None
    tags: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    voice: list[Voice] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    genre: Genre | None = None
    warnings: list[str] = field(default_factory=list)
    errors: list[StageError] = field(default_factory=list)
    pipeline: dict[str, Any] = field(default_factory=dict)
    schema: str = SCHEMA
    # The input as read; stages may use it, serialisation leaves it out.
    raw: RawInput | None = field(default=None, repr=False, compare=False)

    # -- helpers every stage and renderer needs ---------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def blocks_of(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]

    @property
    def article_text(self) -> str:
        """The article body as a reader would copy it (no title, no cut blocks)."""
        return "\n\n".join(b.text for b in self.blocks if b.kind in ARTICLE_KINDS)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
