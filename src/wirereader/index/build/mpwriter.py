"""Whoosh's multiprocess writer, with sub-writers that die with us, stop on cancel, and whose
failure fails the commit.

Whoosh's own cancel() only flips a flag in the parent: the sub-writers wait on their job queue
forever and the run hangs. And its commit takes the segments of the sub-writers that finished,
silently leaving out the documents of one that died. Module-level classes, so a spawned
process can pickle them.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter

from wirereader.errors import IndexStoreError
from wirereader.index.build.guard import die_with_parent
from wirereader.index.build.space import FULL


class KillableTask(SubWriterTask):  # type: ignore[misc]
    parent: int | None = None  # the writer's pid, set before the task starts

    def run(self) -> None:
        die_with_parent(self.parent)
        try:
            super().run()
        except OSError as exc:
            if exc.errno not in FULL:
                raise
            sys.exit(exc.errno)  # the parent says it, once, with what to do


class SubWriterFailed(IndexStoreError):
    """A sub-writer ended without its segment: committing would leave its documents out."""


class KillableMpWriter(MpWriter):  # type: ignore[misc]
    def _new_task(self) -> Any:
        task = KillableTask(
            self.storage,
            self.indexname,
            self.jobqueue,
            self.resultqueue,
            self.subargs,
            self.multisegment,
        )
        task.parent = os.getpid()
        self.tasks.append(task)
        task.start()
        return task

    def _commit_toc(self, segments: Any) -> None:
        # Called once every sub-writer has been joined, before the new table of contents.
        for task in self.tasks:
            if task.exitcode in FULL:
                raise OSError(task.exitcode, "a sub-writer of the index ran out of disk space")
            if task.exitcode:
                raise SubWriterFailed(f"a sub-writer of the index failed (exit {task.exitcode})")
        super()._commit_toc(segments)

    def cancel(self) -> None:
        for task in self.tasks:
            if task.pid is not None:  # started
                task.terminate()
                task.join(5)
        SegmentWriter.cancel(self)
