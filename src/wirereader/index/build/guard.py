"""Keeping the index whole: one writer at a time, helpers that die with their parent, size checks."""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

from wirereader.errors import IndexCorrupt, IndexLocked, IndexStoreError, LockTimeout
from wirereader.support import atomic_write_text, file_lock, read_text_bounded

SIZES_FILE = "wirereader-sizes.json"  # Whoosh's files and their sizes at the last commit
OWN_FILES = {"articles.sqlite", "articles.sqlite-wal", "articles.sqlite-shm", SIZES_FILE}


def die_with_parent(parent: int | None = None) -> None:
    """Linux: this process gets SIGKILL when its parent dies (kill -9 leaves no orphans holding
    the index's write lock). Elsewhere a no-op.

    `parent`, the pid of the process that started this one: a parent killed between the start
    and this call sends no signal, so a child that finds itself adopted already leaves now."""
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


@contextlib.contextmanager
def one_writer(index_dir: Path, wait: float) -> Iterator[None]:
    """Hold the lock beside the index folder (it survives rebuilds, which replace the folder)."""
    lock = index_dir.with_name(index_dir.name + ".lock")
    try:  # a folder that cannot be made (under /proc, under a file): said, not a traceback
        lock.parent.mkdir(parents=True, exist_ok=True)
        with open(lock, "a"):
            pass
    except OSError as exc:
        problem = f"cannot use the index folder {index_dir}: {exc.strerror or exc}"
        raise IndexStoreError(problem) from exc
    try:
        with file_lock(lock, timeout=wait):
            yield
    except LockTimeout:
        raise IndexLocked(
            f"the index at {index_dir} is being updated by another wirereader; "
            "try again when it has finished"
        ) from None


def _whoosh_files(index_dir: Path) -> dict[str, int]:
    found = {}
    for entry in os.scandir(index_dir):
        if entry.is_file() and entry.name not in OWN_FILES and not entry.name.endswith(".lock"):
            if entry.name.startswith(("wirereader-", ".")):
                continue
            found[entry.name] = entry.stat().st_size
    return found


ARTICLES = "*articles"  # the key of the article store's row count (no Whoosh file starts so)


def record_sizes(index_dir: Path, articles: int) -> None:
    """After a commit: the size of each Whoosh file, and how many articles the store holds."""
    sizes = {**_whoosh_files(index_dir), ARTICLES: articles}
    atomic_write_text(index_dir / SIZES_FILE, json.dumps(sizes, sort_keys=True))


def _recorded(index_dir: Path) -> dict[str, int]:
    try:
        found = json.loads(read_text_bounded(index_dir / SIZES_FILE, 1 << 20, "a size record"))
    except (OSError, ValueError):
        return {}  # written by an older wirereader, or mid-build: nothing to compare with
    return found if isinstance(found, dict) else {}


def recorded_articles(index_dir: Path) -> int:
    """How many articles the store held after the last update (0: not recorded)."""
    count = _recorded(index_dir).get(ARTICLES, 0)
    return count if isinstance(count, int) else 0


def check_sizes(index_dir: Path) -> None:
    """Raise IndexCorrupt when a file the last commit wrote is missing or changed size."""
    recorded = _recorded(index_dir)
    recorded.pop(ARTICLES, None)
    now = _whoosh_files(index_dir)
    for name, size in recorded.items():
        if name not in now:
            raise IndexCorrupt(f"the index at {index_dir} is damaged: {name} is missing")
        if now[name] != size:
            raise IndexCorrupt(
                f"the index at {index_dir} is damaged: {name} has {now[name]:,} bytes, "
                f"the last update wrote {size:,}"
            )
