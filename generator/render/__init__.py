"""Rendering: Archive -> OutputPage records (front matter, article pages, index pages)."""

from .pages import render_archive

__all__ = ["render_archive"]
