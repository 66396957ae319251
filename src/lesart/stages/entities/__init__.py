"""Named entities (PER, ORG, LOC, MISC): a small CRF model per language plus a gazetteer."""
from .stage import NO_MODEL_WARNING, EntitiesStage

__all__ = ["EntitiesStage", "NO_MODEL_WARNING"]
