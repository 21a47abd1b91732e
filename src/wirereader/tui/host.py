"""What the screens need from the app, as a Protocol: screens never import the app module."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, cast

from textual.dom import DOMNode
from textual.worker import Worker

from wirereader.bookmarks import BookmarkStore
from wirereader.library import Library
from wirereader.settings import Config


class ReaderHost(Protocol):
    library: Library
    config: Config
    bookmarks: BookmarkStore
    newest_first: bool

    @property
    def span_styles(self) -> dict[str, str]: ...

    def start_indexing(self) -> object: ...

    def in_background(
        self, job: Callable[[], None], group: str, description: str, exclusive: bool = True
    ) -> Worker[None]: ...


def host_of(node: DOMNode) -> ReaderHost:
    """The app, typed by what the screens use of it."""
    return cast(ReaderHost, node.app)
