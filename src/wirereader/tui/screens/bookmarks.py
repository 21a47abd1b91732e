"""The bookmarks screen: every saved passage; open one at its place, or delete it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import get_current_worker

from wirereader.bookmarks import Bookmark, BookmarkFileError, BookmarkStore
from wirereader.errors import LockTimeout
from wirereader.support import plural, safe_line
from wirereader.tui.bindings import bindings
from wirereader.tui.host import host_of
from wirereader.tui.messages import BookmarkChanged, BookmarksRead

ROWS_AT_ONCE = 500
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
        self.deleted: list[tuple[Bookmark, int]] = []  # this visit's deletions and their rows
        self._writing = threading.Lock()
        self._pending: list[Bookmark] = []  # read, not yet listed
        self._cursor: int | None = None  # where the cursor goes once that row is listed
        self._filling = 0  # which fill is under way

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

    def reload(self, cursor: int | None = None) -> None:
        """Off the UI thread: a file of 10,000 bookmarks read without its cache takes seconds."""

        def read() -> None:
            try:
                marks, problem = self.store.load(), ""
            except BookmarkFileError as exc:
                marks, problem = [], safe_line(exc)
            if not get_current_worker().is_cancelled:  # a newer read paints instead
                self.post_message(BookmarksRead(marks, problem, cursor))

        host_of(self).in_background(read, "bookmarks-read", "Reading bookmarks")

    def on_bookmarks_read(self, message: BookmarksRead) -> None:
        self._fill(message.marks, message.problem, message.cursor)

    def _fill(self, marks: list[Bookmark], problem: str, cursor: int | None) -> None:
        self.query_one(DataTable).clear()
        self.marks, self._pending, self._cursor = [], [] if problem else list(marks), cursor
        self._filling += 1  # a fill still under way from before stops
        if problem:
            self.query_one("#bookmarks-title", Static).update(Text(problem, style="bold red"))
            return
        self._fill_more(self._filling)

    def _fill_more(self, filling: int) -> None:
        """A batch of rows, then the screen answers keys before the next: measuring 10,000
        rows at once held it for seconds."""
        if filling != self._filling:
            return
        table = self.query_one(DataTable)
        batch, self._pending = self._pending[:ROWS_AT_ONCE], self._pending[ROWS_AT_ONCE:]
        for mark in batch:  # keys of the table's own: a hand-edited file may repeat an id
            self._add_row(table, mark)
        self.marks += batch
        if self._cursor is not None and self._cursor < len(self.marks):
            table.move_cursor(row=max(self._cursor, 0))
            self._cursor = None
        self._count()
        if self._pending:
            self.set_timer(0.01, lambda: self._fill_more(filling))
        elif self._cursor is not None and self.marks:
            table.move_cursor(row=len(self.marks) - 1)  # the row asked for is gone: the last

    def _count(self) -> None:
        where = safe_line(str(self.store.path).replace(str(Path.home()), "~", 1))
        total = plural(len(self.marks) + len(self._pending), "bookmark")
        listing = f" (listing… {len(self.marks):,} so far)" if self._pending else ""
        self.query_one("#bookmarks-title", Static).update(
            Text(f"{total}{listing} — {where}", style="bold")
        )

    @staticmethod
    def _add_row(table: DataTable[Text], mark: Bookmark) -> None:
        passage = mark.text.replace("\n\n", " ¶ ")
        table.add_row(
            Text(mark.date),
            Text(mark.title[:32] + ("…" if len(mark.title) > 32 else "")),
            Text(passage[:70] + ("…" if len(passage) > 70 else "")),
            Text(mark.note),
        )

    def _deleted_row(self, mark: Bookmark, row: int) -> None:
        """The row goes, the rest stay: a reload of 10,000 rows costs the screen a second."""
        table = self.query_one(DataTable)
        if 0 <= row < len(self.marks) and self.marks[row] == mark:
            table.remove_row(table.ordered_rows[row].key)
            del self.marks[row]
            self._count()
        else:
            self.reload(row)

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
        mark, row = self.deleted.pop()
        self._change("restore", mark, row)

    def _change(self, what: str, mark: Bookmark, cursor: int) -> None:
        """Off the UI thread, one change at a time: a held lock makes the change wait (with a
        word to the reader), never the screen; a failed one says why and changes nothing."""
        host_of(self).in_background(
            lambda: self._write(what, mark, cursor), "bookmarks-write", "Changing bookmarks",
            exclusive=False,
        )  # fmt: skip

    def _write(self, what: str, mark: Bookmark, cursor: int) -> None:
        with self._writing:
            try:
                try:
                    done = self._apply(what, mark, 0.3, cursor)
                except LockTimeout:
                    self.notify(WAITING)
                    done = self._apply(what, mark, 15, cursor)
            except (BookmarkFileError, LockTimeout, OSError) as exc:
                if what == "restore":
                    self.deleted.append((mark, cursor))  # still there for another `u`
                title = "Not deleted" if what == "delete" else "Not restored"
                self.notify(safe_line(exc), title=title, severity="error")
                return
        if what == "delete" and done:
            self.deleted.append((mark, cursor))
        self.post_message(BookmarkChanged(what, mark, done, cursor))

    def on_bookmark_changed(self, message: BookmarkChanged) -> None:
        mark, cursor, title = message.mark, message.cursor, safe_line(message.mark.title)
        if message.what == "delete" and message.done:
            if message.done == 1:
                self._deleted_row(mark, cursor)
            else:  # a hand-edited file gave several the same id: all went, show the file
                self.reload(cursor)
            self.notify(f"Deleted the bookmark from “{title}”. Press u to undo.")
        elif message.what == "restore":
            self.reload(cursor)  # back in its row, where `add` put it in the file
            self.notify(f"Restored the bookmark from “{title}”.")
        else:
            self.reload(cursor)  # gone already: show the file as it is

    def _apply(self, what: str, mark: Bookmark, wait: float, cursor: int) -> int:
        if what == "delete":
            return self.store.delete(mark.id, wait=wait)
        return 1 if self.store.add(mark, wait=wait, at=cursor) else 0

    def action_close(self) -> None:
        self.dismiss(None)
