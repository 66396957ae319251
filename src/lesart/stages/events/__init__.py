"""The ``events`` stage: PLOVER events (who did what to whom, where, when, how many)."""
from .stage import ActorSpan, EventsStage

__all__ = ["ActorSpan", "EventsStage"]
