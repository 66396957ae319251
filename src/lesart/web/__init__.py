"""lesart's web face: server-rendered pages and a JSON API over a corpus store."""
from .app import create_app
from .settings import Settings

__all__ = ["Settings", "create_app"]
