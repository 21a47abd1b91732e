"""The library: its folders, the index kept in step with them, search, articles, read state."""

from __future__ import annotations

from wirereader.library.facade import Library, LibraryStats
from wirereader.library.folders import Folder, LibraryFileError
from wirereader.library.sources import Source

__all__ = ["Folder", "Library", "LibraryFileError", "LibraryStats", "Source"]
