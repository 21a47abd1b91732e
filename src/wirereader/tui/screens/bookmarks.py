"""The bookmarks screen: every saved passage; open one at its place, or delete it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from wirereader.bookmarks import Bookmark, BookmarkFileError, BookmarkStore
from wirereader.fileio import LockTimeout
from wirereader.textclean import safe_line
from wirereader.tui.bindings import bindings
from wirereader.tui.deliver import deliver
from wirereader.words import plural

WAITING = "Waiting for the bookmarks file (another wirereader has it)…"


class BookmarkTable(DataTable[Text], inherit_bindings=False):
    """DataTable without its own Enter (it hid the screen's "Open" from the footer), moved by
    the keymap's keys (j/k too)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("bookmark_rows")


class BookmarksScreen(Screen[Bookmark | None]):
    BINDINGS: ClassVar[list[BindingType]] = bindings("bookmarks")

    def __init__(self, store: BookmarkStore) -> None:
        super().__init__()
        self.store = store
        self.marks: list[Bookmark] = []
        self.deleted: list[Bookmark] = []  # this visit's deletions, newest last: `u` restores
        self._writing = threading.Lock()

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-title")
        yield BookmarkTable(id="bookmarks-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Date", "Article", "Passage", "Note")
        table.fixed_columns = 1
        self.query_one("#bookmarks-title", Static).update(Text("Reading bookmarks…"))
        self.reload()
        table.focus()

    @work(thread=True, exclusive=True, group="bookmarks-read")
    def reload(self, cursor: int | None = None) -> None:
        """Off the UI thread: a file of 10,000 bookmarks read without its cache takes seconds."""
        try:
            marks, problem = self.store.load(), ""
        except BookmarkFileError as exc:
            marks, problem = [], safe_line(exc)
        deliver(self, self._fill, marks, problem, cursor)

    def _fill(self, marks: list[Bookmark], problem: str, cursor: int | None) -> None:
        table = self.query_one(DataTable)
        title = self.query_one("#bookmarks-title", Static)
        table.clear()
        self.marks = marks
        if problem:
            title.update(Text(problem, style="bold red"))
            return
        where = str(self.store.path).replace(str(Path.home()), "~", 1)
        title.update(
            Text(f"{plural(len(self.marks), 'bookmark')} — {safe_line(where)}", style="bold")
        )
        for mark in self.marks:
            passage = mark.text.replace("\n\n", " ¶ ")
            table.add_row(
                Text(mark.date),
                Text(mark.title[:32] + ("…" if len(mark.title) > 32 else "")),
                Text(passage[:70] + ("…" if len(passage) > 70 else "")),
                Text(mark.note),
                key=mark.id,
            )
        if cursor is not None and self.marks:
            table.move_cursor(row=min(max(cursor, 0), len(self.marks) - 1))

    def _selected(self) -> Bookmark | None:
        table = self.query_one(DataTable)
        if not self.marks or table.cursor_row < 0 or table.cursor_row >= len(self.marks):
            return None
        return self.marks[table.cursor_row]

    def action_open_bookmark(self) -> None:
        mark = self._selected()
        if mark is not None:
            self.dismiss(mark)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open_bookmark()

    def action_delete_bookmark(self) -> None:
        mark = self._selected()
        if mark is not None:
            self._change("delete", mark, self.query_one(DataTable).cursor_row)

    def action_undo_delete(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo.")
            return
        self._change("restore", self.deleted.pop(), len(self.marks))

    @work(thread=True, group="bookmarks-write")
    def _change(self, what: str, mark: Bookmark, cursor: int) -> None:
        """Off the UI thread, one change at a time: a held lock makes the change wait (with a
        word to the reader), never the screen; a failed one says why and changes nothing."""
        with self._writing:
            try:
                try:
                    done = self._apply(what, mark, wait=0.3)
                except LockTimeout:
                    deliver(self, self.notify, WAITING)
                    done = self._apply(what, mark, wait=15)
            except (BookmarkFileError, LockTimeout, OSError) as exc:
                if what == "restore":
                    self.deleted.append(mark)  # still there for another `u`
                title = "Not deleted" if what == "delete" else "Not restored"
                deliver(self, self.notify, safe_line(exc), title=title, severity="error")
                return
        title = safe_line(mark.title)
        if what == "delete" and done:
            self.deleted.append(mark)
            deliver(self, self.notify, f"Deleted the bookmark from “{title}”. Press u to undo.")
        elif what == "restore":
            deliver(self, self.notify, f"Restored the bookmark from “{title}”.")
        deliver(self, self.reload, cursor)

    def _apply(self, what: str, mark: Bookmark, wait: float) -> bool:
        if what == "delete":
            return self.store.delete(mark.id, wait=wait)
        self.store.add(mark, wait=wait)
        return True

    def action_close(self) -> None:
        self.dismiss(None)
