"""A whole index built beside the old one and swapped in: readers never see half of either."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wirereader.errors import IndexStoreError
from wirereader.index.docstore import DocStore

if TYPE_CHECKING:
    from wirereader.index.build.writer import IndexReport


def stored_setting(index_dir: Path, key: str) -> str:
    """One setting of the index's article store ("" when it has none)."""
    docs = DocStore(index_dir)
    try:
        return docs.setting(key)
    finally:
        docs.close()


def rebuild_beside(index_dir: Path, build: Callable[[Path], IndexReport]) -> IndexReport:
    """`build` a fresh index in a sibling folder, then swap it in. The report counts a story
    the old index held as updated, and one it held that is gone as removed, as an update would."""
    before = _paths(index_dir)
    fresh, old = remove_leftovers(index_dir)
    report = build(fresh)
    after = _paths(fresh)
    if before and after:
        report.updated += len(before & after)
        report.new -= len(before & after)
        report.removed += len(before - after)
    os.replace(index_dir, old)
    os.replace(fresh, index_dir)
    shutil.rmtree(old, ignore_errors=True)
    return report


def remove_leftovers(index_dir: Path) -> tuple[Path, Path]:
    """The folders a rebuild works in (new index, old one), emptied of what a killed rebuild
    left; called under the writer's lock, so no rebuild is running."""
    fresh = index_dir.with_name(index_dir.name + ".rebuild")
    old = index_dir.with_name(index_dir.name + ".old")
    for leftover in (fresh, old):
        if leftover.exists():
            shutil.rmtree(leftover, ignore_errors=True)
    return fresh, old


def _paths(index_dir: Path) -> set[str]:
    """The article files an index holds; none when its store cannot say (a damaged index)."""
    try:
        docs = DocStore(index_dir)
        try:
            return set(docs.load_files())
        finally:
            docs.close()
    except IndexStoreError:
        return set()
