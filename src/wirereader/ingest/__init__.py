"""Turn article files into Articles: pick the reader for a file by its suffix, report what was skipped."""

from __future__ import annotations

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

__all__ = ["READERS", "ArticleFileError", "iter_article_files", "read_article"]


def is_article_file(path: Path) -> bool:
    return path.suffix.lower() in READERS and not path.name.startswith(".")


def iter_article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Every article file under the given files and folders, in a stable order."""
    for root in paths:
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                if path.is_file() and is_article_file(path):
                    yield path
        elif root.is_file():
            yield root


def read_article(path: Path, raw: RawFile | None = None) -> Article:
    """Read one article; raises ArticleFileError (with a reason a user can act on) if it cannot."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise ArticleFileError(path, f"no reader for '{path.suffix}' files")
    return reader(raw if raw is not None else load_raw(path))
