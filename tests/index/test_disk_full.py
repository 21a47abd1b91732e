"""A disk that fills while the index is written: nothing half written stays, the reader is told,
and the next run (with room again) finishes the job. The fault is injected where Whoosh writes."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from whoosh.filedb.structfile import StructFile

from tests.support import write
from wirereader.index.build.space import IndexNoSpace
from wirereader.library.facade import Library
from wirereader.settings.config import Config


def news(folder: Path, first: int, last: int, long: bool = False) -> Path:
    for i in range(first, last):
        body = f"The harbour board met on day {i}. " * (150 if long else 1)
        write(folder / f"s{i:04}.txt", f"Harbour story {i}\n{body}\n")
    return folder


def library_of(tmp_path: Path) -> Library:
    return Library(Config(library=[tmp_path / "news"], index_dir=tmp_path / "ix"))


def index_files(folder: Path) -> list[str]:
    """Whoosh's files (SQLite's -wal and -shm come and go with its connections)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("articles.sqlite"))


def disk_full(monkeypatch: pytest.MonkeyPatch, only_in_helpers: bool = False) -> None:
    """From now on Whoosh's writes fail with ENOSPC (in the sub-writer processes only, if asked:
    they are forked, so they carry the patch)."""
    us, real = os.getpid(), StructFile.write

    def write_or_fail(self: StructFile, *args: object) -> object:
        if only_in_helpers and os.getpid() == us:
            return real(self, *args)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(StructFile, "write", write_or_fail)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a first build uses sub-writers from 2 cores")
def test_a_sub_writer_out_of_space_fails_the_first_build_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news(tmp_path / "news", 0, 40)
    with monkeypatch.context() as patch:
        disk_full(patch, only_in_helpers=True)
        with pytest.raises(IndexNoSpace, match="is full: no index was written; free some space"):
            library_of(tmp_path).index()
    assert not (tmp_path / "ix").exists(), "the half-built index gave its space back"
    library = library_of(tmp_path)
    assert library.index().new == 40
    assert library.count("harbour") == 40, "no sub-writer's documents left out"


def test_an_update_on_a_full_disk_leaves_the_index_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news(tmp_path / "news", 0, 20)
    library = library_of(tmp_path)
    assert library.index().new == 20
    files = index_files(tmp_path / "ix")
    news(tmp_path / "news", 20, 30)
    with monkeypatch.context() as patch:
        disk_full(patch)
        with pytest.raises(IndexNoSpace, match="the index is as it was before this run"):
            library.index()
    assert index_files(tmp_path / "ix") == files, "no half-written segment is left"
    assert library.count("harbour") == 20
    report = library.index()
    assert (report.new, report.warnings) == (10, [])
    assert library.count("harbour") == 30


def test_sqlite_filling_the_disk_fails_the_first_build_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    news(tmp_path / "news", 0, 40, long=True)  # 200 kB of bodies
    real = sqlite3.connect

    def small_disk(path: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        connection = real(path, *args, **kwargs)  # type: ignore[arg-type]
        if str(path).endswith("articles.sqlite"):
            connection.execute("PRAGMA max_page_count = 30")  # ~120 kB: SQLite says SQLITE_FULL
        return connection

    with monkeypatch.context() as patch:
        patch.setattr(sqlite3, "connect", small_disk)
        with pytest.raises(IndexNoSpace, match="is full: no index was written"):
            library_of(tmp_path).index()
    assert not (tmp_path / "ix").exists()
    library = library_of(tmp_path)
    assert library.index().new == 40 and library.count("harbour") == 40
