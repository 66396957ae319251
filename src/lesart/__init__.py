"""lesart: reads online news the way a careful fact-checker does."""
from .api import InputError, InputFailure, InputOptions, analyze, analyze_html, analyze_raw, analyze_text, pipeline
from .model import Document, from_dict, from_json, to_dict, to_json, validate

__version__ = "0.1.0"
__all__ = ["Document", "InputError", "InputFailure", "InputOptions", "analyze", "analyze_html", "analyze_raw",
           "analyze_text", "from_dict", "from_json", "pipeline", "to_dict", "to_json", "validate"]
