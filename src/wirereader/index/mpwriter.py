"""Whoosh's multiprocess writer, with sub-writers that die with us and stop on cancel.

Whoosh's own cancel() only flips a flag in the parent: the sub-writers wait on their job queue
forever and the run hangs. Module-level classes, so a spawned process can pickle them.
"""

from __future__ import annotations

from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter

from wirereader.index.guard import die_with_parent


class KillableTask(SubWriterTask):  # type: ignore[misc]
    def run(self) -> None:
        die_with_parent()
        super().run()


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
        self.tasks.append(task)
        task.start()
        return task

    def cancel(self) -> None:
        for task in self.tasks:
            if task.pid is not None:  # started
                task.terminate()
                task.join(5)
        SegmentWriter.cancel(self)
