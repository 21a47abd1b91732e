"""Run an index update in a child process, so a reader (the TUI) never shares its GIL with it."""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import sys
from collections.abc import Callable
from typing import Any

from wirereader.settings import Config

ProgressFn = Callable[[int, int], None]


def _child(config: Config, out: Any) -> None:
    from wirereader.index import die_with_parent

    die_with_parent()
    from wirereader.library.facade import Library

    def progress(done: int, total: int, path: str) -> None:
        if done % 50 == 0 or done == total:
            out.put(("progress", done, total))

    try:
        report = Library(config).index(progress=progress)
    except Exception as exc:  # sent back as text: the parent shows it
        out.put(("error", str(exc)))
        return
    out.put(("done", report))


def update_in_child(config: Config, progress: ProgressFn) -> Any:
    """The IndexReport of `IndexStore.update` run in a fresh process; raises RuntimeError."""
    context = multiprocessing.get_context("spawn")  # never fork a process that runs threads
    saved = sys.stdout, sys.stderr
    # Textual swaps in capture objects whose fileno() is -1; spawning needs real descriptors.
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    try:
        out = context.Queue()
        child = context.Process(target=_child, args=(config, out), name="wirereader-index")
        child.start()
    finally:
        sys.stdout, sys.stderr = saved
    try:
        while True:
            try:
                message = out.get(timeout=0.5)
            except queue_module.Empty:
                if not child.is_alive():
                    raise RuntimeError("the indexing process stopped unexpectedly") from None
                continue
            if message[0] == "progress":
                progress(message[1], message[2])
            elif message[0] == "error":
                raise RuntimeError(message[1])
            else:
                return message[1]
    finally:
        child.join(timeout=5)
