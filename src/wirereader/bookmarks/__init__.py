"""Bookmarked passages: the locked, atomic YAML store, its parse cache, the Markdown export."""

from __future__ import annotations

from wirereader.bookmarks.export import export_markdown
from wirereader.bookmarks.store import Bookmark, BookmarkFileError, BookmarkStore, make_bookmark

__all__ = ["Bookmark", "BookmarkFileError", "BookmarkStore", "export_markdown", "make_bookmark"]
