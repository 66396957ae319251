"""The app's routers: JSON API (``api_*``) and server-rendered pages (``pages``)."""
