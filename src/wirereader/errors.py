"""Every error wirereader raises, under one root: a face catches WirereaderError once."""

from __future__ import annotations

from pathlib import Path


class WirereaderError(Exception):
    """Something wirereader refused or could not do; the message says what, for the user."""


class FileProblem(WirereaderError):
    """A file the user can fix, named as `file:line: what is wrong` (config, feeds, bookmarks,
    library, article files)."""

    def __init__(self, path: Path, line: int | None, message: str, note: str = "") -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}{note}")


class FileTooLarge(WirereaderError, OSError):
    """A file past its kind's bound, refused before it was read into memory (an OSError too:
    callers that read files catch it with the rest)."""


class NotRegularFile(WirereaderError, OSError):
    """A FIFO, device, socket or folder where a file was expected, refused before it was read
    (an OSError too, like FileTooLarge)."""


class LockTimeout(WirereaderError):
    """Another wirereader holds the lock on a file for longer than a command waits."""


class IndexStoreError(WirereaderError):
    """A problem with the index folder that the user has to know about."""


class IndexLocked(IndexStoreError):
    """Another wirereader is writing the index."""


class IndexCorrupt(IndexStoreError):
    """The index cannot be read: the library rebuilds it from the article files."""


class QueryError(WirereaderError):
    """A query the user has to fix; the message says how."""


class SearchCancelled(WirereaderError):
    """A newer search replaced this one while it ran; nobody wants its answer."""


class FetchError(WirereaderError):
    """A feed or page that could not be fetched or read."""


class BookmarkError(WirereaderError):
    """The bookmarks file could not be read or written."""
