"""`wirereader bookmarks`: list the bookmarked passages or export them as Markdown."""

from __future__ import annotations

import argparse

from rich.console import Console
from rich.text import Text

from wirereader.bookmarks import BookmarkFileError, BookmarkStore, export_markdown
from wirereader.cli.format import usage_error
from wirereader.library import Library
from wirereader.support import atomic_write_text, clean_text, plural
from wirereader.support import safe_line as s

PRINTED_AT_ONCE = 1000  # lines


def bookmarks_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    store = BookmarkStore(library.config.bookmarks_file)
    try:
        marks = store.load()
    except BookmarkFileError as exc:
        return usage_error(s(exc))
    if args.action == "export" or args.markdown:
        markdown = export_markdown(marks)
        if args.output:
            try:
                atomic_write_text(args.output, markdown)
            except OSError as exc:  # a full disk, a file where a folder goes
                return usage_error(f"cannot write {s(args.output)}: {exc.strerror or exc}")
            out.print(Text(f"{plural(len(marks), 'bookmark')} written to {s(args.output)}"))
        else:
            out.out(clean_text(markdown), highlight=False)
        return 0
    if not marks:
        out.print(Text(f"No bookmarks yet ({s(store.path)})."))
        return 0
    lines: list[Text] = []
    for mark in marks:
        line = Text(f"{s(mark.id)}  ", style="dim")
        line.append(s(mark.title), style="bold")
        line.append(f"  {s(mark.source)} {s(mark.date)}", style="cyan")
        lines.append(line)
        if mark.url:
            lines.append(Text(f"    {s(mark.url)}", style="underline"))
        lines.append(Text(f"    “{s(mark.text)}”"))
        if mark.note:
            lines.append(Text(f"    note: {s(mark.note)}", style="italic"))
    for at in range(0, len(lines), PRINTED_AT_ONCE):  # a print a line: 10,000 took 4 s
        out.print(Text("\n").join(lines[at : at + PRINTED_AT_ONCE]))
    return 0
