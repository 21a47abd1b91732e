"""A disk that fills while the index is written: what was half written goes, the reader is told."""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path

from wirereader.errors import IndexStoreError

FULL = (errno.ENOSPC, errno.EDQUOT)


class IndexNoSpace(IndexStoreError):
    """The disk (or the user's quota) filled while the index was written."""


def out_of_space(exc: BaseException) -> bool:
    """Whether `exc` says the disk is full: an OSError from Whoosh, SQLite's own error."""
    if isinstance(exc, IndexNoSpace):
        return True
    if isinstance(exc, OSError):
        return exc.errno in FULL
    if isinstance(exc, sqlite3.OperationalError):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return False


def give_back_space(index_dir: Path, first_build: bool) -> IndexNoSpace:
    """Remove what the failed run half wrote and say so: a first build's folder, a rebuild's
    sibling, the segment files no table of contents names. An index there before stays."""
    if first_build:
        shutil.rmtree(index_dir, ignore_errors=True)
    else:
        shutil.rmtree(index_dir.with_name(index_dir.name + ".rebuild"), ignore_errors=True)
        with contextlib.suppress(Exception):  # a damaged table of contents: the next run rebuilds
            _drop_unlisted(index_dir)
    state = "no index was written" if first_build else "the index is as it was before this run"
    return IndexNoSpace(
        f"the disk holding {index_dir} is full: {state}; "
        "free some space, then run `wirereader index` again"
    )


def _drop_unlisted(index_dir: Path) -> None:
    from whoosh import index as whoosh_index
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(index_dir))
    toc = whoosh_index.TOC.read(storage, "MAIN")
    whoosh_index.clean_files(storage, "MAIN", toc.generation, toc.segments)
    for temp in index_dir.glob("*.tmp"):  # the sub-writers' own folders
        if temp.is_dir():
            shutil.rmtree(temp, ignore_errors=True)
