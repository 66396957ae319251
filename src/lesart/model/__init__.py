"""lesart's data model: the analysis document and its JSON form."""
from .document import (
    ARTICLE_KINDS, BLOCK_KINDS, CLAIM_MODES, CUT_KINDS, ENTITY_LABELS, GENRE_LABELS,
    SCHEMA, SENTENCE_KINDS, SOURCE_KINDS, TIME_TYPES, VOICE_KINDS,
    Block, Claim, Document, Entity, Event, Genre, Party, Quantity, RawInput, Sentence,
    Source, SourceInfo, Span, StageError, Time, Voice,
)
from .serialize import from_dict, from_json, to_dict, to_json, validate

__all__ = [
    "ARTICLE_KINDS", "BLOCK_KINDS", "CLAIM_MODES", "CUT_KINDS", "ENTITY_LABELS",
    "GENRE_LABELS", "SCHEMA", "SENTENCE_KINDS", "SOURCE_KINDS", "TIME_TYPES",
    "VOICE_KINDS", "Block", "Claim", "Document", "Entity", "Event", "Genre",
    "Party", "Quantity", "RawInput", "Sentence", "Source", "SourceInfo", "Span",
    "StageError", "Time", "Voice", "from_dict", "from_json", "to_dict", "to_json",
    "validate",
]
