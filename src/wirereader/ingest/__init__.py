"""Turn article files into Articles: pick the reader for a file by its suffix, report what was skipped."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from wirereader.ingest.decode import ArticleFileError, RawFile, load_raw
from wirereader.ingest.markdown import read_markdown
from wirereader.ingest.plaintext import read_plaintext
from wirereader.model import Article

Reader = Callable[[RawFile], Article]

# One entry a format: a new format adds its module and a line here, nothing else changes.
READERS: dict[str, Reader] = {
    ".txt": read_plaintext,
    ".text": read_plaintext,
    ".md": read_markdown,
    ".markdown": read_markdown,
}

# Files that look like news but that no reader takes: reported as skipped, never silently left.
UNSUPPORTED = {
    ".html", ".htm", ".xhtml", ".xml", ".json", ".rss", ".atom", ".opml", ".nitf", ".pdf",
    ".doc", ".docx", ".odt", ".rtf", ".epub",
}  # fmt: skip

__all__ = [
    "READERS",
    "UNSUPPORTED",
    "ArticleFileError",
    "iter_article_files",
    "read_article",
    "walk_article_files",
]


def walk_article_files(paths: Iterable[Path]) -> Iterator[tuple[str, os.stat_result]]:
    """(path, stat) of every article file under the given files and folders, in a stable order,
    and of files with a suffix in UNSUPPORTED (for the caller to report).

    os.scandir, not Path.rglob: on 100,000 files it is about five times faster.
    """
    for root in paths:
        if root.is_dir():
            yield from _walk(str(root))
        elif root.is_file():
            yield str(root), root.stat()


def _walk(folder: str) -> Iterator[tuple[str, os.stat_result]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=True):
            yield from _walk(entry.path)
        elif entry.is_file() and _listed(entry.name):
            yield entry.path, entry.stat()


def _listed(name: str) -> bool:
    suffix = os.path.splitext(name)[1].lower()
    return suffix in READERS or suffix in UNSUPPORTED


def unsupported(path: str) -> str:
    """Why a listed file is not read ("" when a reader takes it)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in READERS:
        return ""
    known = ", ".join(sorted(READERS))
    return f"not a supported format ({suffix}); wirereader reads {known} files"


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every article file under the given files and folders, in a stable order."""
    for path, _ in walk_article_files(paths):
        if not unsupported(path):
            yield Path(path)


def read_article(path: Path, raw: RawFile | None = None) -> Article:
    """Read one article; raises ArticleFileError (with a reason a user can act on) if it cannot."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleFileError(path, f"no reader for '{path.suffix}' files")
    return reader(raw if raw is not None else load_raw(path))
