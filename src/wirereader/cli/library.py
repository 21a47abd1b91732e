"""`wirereader index` and `wirereader library`: what the library holds, with progress as it grows."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.text import Text

from wirereader.cli.format import EXIT_USAGE, index_summary, usage_error
from wirereader.index import IndexReport, Progress
from wirereader.library import Folder, Library
from wirereader.support import paths, plural, safe_line

_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
ORIGINS = {
    "config": "from the config",
    "added": "added",
    "seeds": "bundled sample articles",
    "feeds": "fetched from your feeds",
}


class LineProgress:
    """Progress for logs and pipes: a line on stderr every few seconds with count, rate, ETA."""

    def __init__(self, every: float | None = None) -> None:
        self.every = (
            float(os.environ.get("WIREREADER_PROGRESS_EVERY", 3.0)) if every is None else every
        )
        self.started = self.last = time.monotonic()
        self.printed = False

    def __call__(self, done: int, total: int, path: str) -> None:
        now = time.monotonic()
        if now - self.last < self.every and (done < total or not self.printed):
            return
        self.last, self.printed = now, True
        rate = done / max(now - self.started, 1e-6)
        eta = (total - done) / rate if rate else 0.0
        print(
            f"indexing: {done:,}/{total:,} files · {rate:,.0f}/s · "
            f"{'done' if done >= total else f'{eta:,.0f} s left'}",
            file=sys.stderr,
            flush=True,
        )


def index_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    urls = [p for p in args.paths if _URL.match(p)]
    if urls:
        return usage_error(
            f"{safe_line(urls[0])} is a URL, not a file or folder: `wirereader index` reads "
            "article files (.txt, .md) that are on this computer"
        )
    if any(not p.strip() for p in args.paths):  # Path("") is "." (a script's unset $DIR)
        return usage_error("an empty path: name a file or folder (`.` for this one)")
    paths = [Path(p).expanduser() for p in args.paths] or None
    missing = [p for p in paths or [] if not p.exists()]
    if missing:
        return usage_error(f"{safe_line(missing[0])}: no such file or folder")
    if out.is_terminal:
        report = _index_with_bar(library, paths, args.rebuild, out)
    else:
        report = library.index(paths, LineProgress(), rebuild=args.rebuild)
    for line in index_summary(report):
        out.print(line)
    if paths and library.folders.find(str(paths[0])) not in (None, *_seeds(library)):
        _hint_about_seeds(library, out)
    return EXIT_USAGE if report.errors else 0


def _index_with_bar(
    library: Library, paths: list[Path] | None, rebuild: bool, out: Console
) -> IndexReport:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.progress import Progress as Bar

    with Bar(
        TextColumn("[bold]indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
        console=out,
        transient=True,
    ) as bar:
        task = bar.add_task("index", total=None, rate="")

        def progress(done: int, total: int, path: str) -> None:
            speed = bar.tasks[0].speed
            bar.update(task, completed=done, total=total, rate=f"{speed or 0:,.0f}/s")

        callback: Progress = progress
        return library.index(paths, callback, rebuild=rebuild)


def _seeds(library: Library) -> list[Folder]:
    return [f for f in library.folders.folders() if f.origin == "seeds"]


def _hint_about_seeds(library: Library, out: Console) -> None:
    counts = library.folder_counts()
    seeds = [n for folder, n in counts if folder.origin == "seeds"]
    if seeds and len(counts) > 1:
        out.print(
            Text(
                f"The library still holds the {plural(seeds[0], 'bundled sample article')}: "
                "`wirereader library remove seeds` leaves them out.",
                style="dim",
            )
        )


def library_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    if args.action == "list":
        if args.path:
            return usage_error("`wirereader library` lists every folder: give no path")
        return _list(library, out)
    if not args.path:
        return usage_error(f"`wirereader library {args.action}` needs a folder")
    if args.action == "add":
        seeds = args.path == "seeds" and not Path("seeds").exists()
        args.paths, args.rebuild = [str(paths.seeds_dir()) if seeds else args.path], False
        return index_command(library, args, out)
    folder = library.folders.find(args.path)
    if folder is None:
        known = ", ".join(safe_line(f.path) for f in library.folders.folders()) or "none"
        return usage_error(f"{safe_line(args.path)} is not a library folder (folders: {known})")
    return _remove(library, folder, out)


def _remove(library: Library, folder: Folder, out: Console) -> int:
    if folder.origin == "feeds":
        return usage_error("fetched articles go with their feed: `wirereader feeds remove NAME`")
    if folder.origin == "config":
        where = safe_line(library.config.source or "the config file")
        return usage_error(
            f"{safe_line(folder.path)} is set in {where}: remove it from `library:` there"
        )
    removed = library.remove_folder(folder)
    out.print(
        Text(
            f"Removed {safe_line(folder.path)} from the library and its "
            f"{plural(removed, 'article')} from the index; the files themselves are untouched."
        )
    )
    return 0


def _list(library: Library, out: Console) -> int:
    counted = library.folder_counts()
    if not counted:
        out.print(Text("The library has no folders: `wirereader index PATH` adds one."))
        return 0
    for folder, n in counted:
        line = Text(f"{n:>8,}  ")
        line.append(safe_line(folder.path), style="bold")
        line.append(f"  ({ORIGINS[folder.origin]})", style="dim")
        if not folder.path.exists():
            line.append("  missing: its articles are kept until you remove it", style="yellow")
        out.print(line)
    total = sum(n for _, n in counted)
    out.print(Text(f"{plural(len(counted), 'folder')}, {plural(total, 'article')}", style="dim"))
    return 0
