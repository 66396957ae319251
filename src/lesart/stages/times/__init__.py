"""Time expressions (TIMEX3) for German and English news, HeidelTime-style rules."""
from .stage import NO_ANCHOR_WARNING, TimesStage, tag

__all__ = ["NO_ANCHOR_WARNING", "TimesStage", "tag"]
