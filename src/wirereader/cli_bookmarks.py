"""`wirereader bookmarks`: list the bookmarked passages or export them as Markdown."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.text import Text

from wirereader.bookmarks import BookmarkFileError, BookmarkStore, export_markdown
from wirereader.fileio import atomic_write_text
from wirereader.library import Library


def bookmarks_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    store = BookmarkStore(library.config.bookmarks_file)
    try:
        marks = store.load()
    except BookmarkFileError as exc:
        Console(stderr=True).print(Text(f"wirereader: {exc}", style="red"))
        return 2
    if args.action == "export" or args.markdown:
        markdown = export_markdown(marks)
        if args.output:
            atomic_write_text(args.output, markdown)
            out.print(Text(f"{len(marks)} bookmark(s) written to {args.output}"))
        else:
            out.out(markdown, highlight=False)
        return 0
    if not marks:
        out.print(Text(f"No bookmarks yet ({store.path})."))
        return 0
    for mark in marks:
        line = Text(f"{mark.id}  ", style="dim")
        line.append(mark.title, style="bold")
        line.append(f"  {mark.source} {mark.date}", style="cyan")
        out.print(line)
        out.print(Text(f"    “{mark.text}”"))
        if mark.note:
            out.print(Text(f"    note: {mark.note}", style="italic"))
    return 0
