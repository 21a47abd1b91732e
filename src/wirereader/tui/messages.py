"""What the app's background work posts back to the screens: a message a result, handled there."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from wirereader.archive import ActorPage
from wirereader.bookmarks import Bookmark
from wirereader.model import SearchResult


@dataclass
class SearchDone(Message):
    """A search's first (or a further) page of hits, with which of them were read."""

    result: SearchResult
    extend: bool
    read: set[str]


@dataclass
class SearchRefused(Message):
    """A query the reader has to fix: the reason goes to the status line."""

    reason: str


@dataclass
class Counted(Message):
    """The exact number of matches for `query`, counted after the first page showed."""

    query: str
    total: int


@dataclass
class IndexProgress(Message):
    """How far an index run (or a fetch, then its index run) has come."""

    done: int
    total: int
    failed: bool = False


@dataclass
class Reindexed(Message):
    """An index run changed the library: the list is searched again."""

    new: int
    updated: int
    removed: int


@dataclass
class PageLoaded(Message):
    """An actor's page, read from the archive."""

    page: ActorPage


@dataclass
class BookmarksRead(Message):
    """The bookmarks file, read (or why it could not be), with the row to put the cursor on."""

    marks: list[Bookmark]
    problem: str
    cursor: int | None


@dataclass
class BookmarkChanged(Message):
    """A bookmark deleted or restored in the file: `done` says how many entries changed."""

    what: str
    mark: Bookmark
    done: int
    cursor: int
