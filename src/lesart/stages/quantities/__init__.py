"""Numbers with units and approximation (German and English news)."""
from .extract import find, parse_number
from .stage import QuantitiesStage

__all__ = ["QuantitiesStage", "find", "parse_number"]
