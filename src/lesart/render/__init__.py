"""Renderers of the analysis document: terminal summary, Markdown, HTML report."""
from .html import render_html
from .markdown import render_markdown
from .marks import Mark, mark_provider, marks_for
from .summary import SECTIONS, render_summary

__all__ = ["Mark", "SECTIONS", "mark_provider", "marks_for", "render_html", "render_markdown", "render_summary"]
