"""The Whoosh writer of one run: options by the run's size, its lock, and letting it go on failure."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from wirereader.errors import IndexLocked


def writer_options(bulk: bool) -> dict[str, Any]:
    """A full build writes with one Whoosh sub-writer a core; small updates with one."""
    procs = min(2, os.cpu_count() or 1)
    if bulk and procs > 1:
        # Separate files (not one compound file a segment): readers map them lazily, so an
        # open searcher stays small (compound segments made it ~500 MB at 108k stories).
        return {"procs": procs, "limitmb": 128, "multisegment": True, "compound": False}
    return {"limitmb": 128, "compound": False}


def open_writer(ix: Any, bulk: bool, index_dir: Path) -> Any:
    """A writer holding Whoosh's write lock. Whoosh's own takes the lock in its constructor and
    keeps it when the constructor fails (its first write, on a full disk): taken here, it goes."""
    from whoosh.writing import SegmentWriter

    from wirereader.index.build.mpwriter import KillableMpWriter

    lock = ix.lock("WRITELOCK")
    if not lock.acquire():
        raise IndexLocked(
            f"the index at {index_dir} is being updated by another wirereader; "
            "try again when it has finished"
        )
    options = writer_options(bulk)
    try:
        if options.get("procs", 1) > 1:
            own = {k: v for k, v in options.items() if k in ("limitmb", "compound")}
            writer = KillableMpWriter(ix, _lk=False, subargs=own, **options)
        else:
            writer = SegmentWriter(ix, _lk=False, **options)
    except BaseException:
        lock.release()
        raise
    writer.writelock = lock  # released by the writer's commit or cancel
    return writer


def abandon(writer: Any) -> None:
    """Cancel the writer of a failed run. Cancelling flushes, which fails again on a full disk:
    the lock is let go all the same, or this process could never write again."""
    try:
        writer.cancel()
    except Exception:
        lock = getattr(writer, "writelock", None)
        if lock is not None:
            with contextlib.suppress(Exception):
                lock.release()
