"""What the screens need from the app, as a Protocol: screens never import the app module."""

from __future__ import annotations

from typing import Protocol

from wirereader.bookmarks import BookmarkStore
from wirereader.config import Config
from wirereader.library import Library


class ReaderHost(Protocol):
    library: Library
    config: Config
    bookmarks: BookmarkStore
    newest_first: bool

    @property
    def span_styles(self) -> dict[str, str]: ...

    def start_indexing(self) -> object: ...
