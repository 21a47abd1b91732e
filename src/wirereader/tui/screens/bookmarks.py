"""The bookmarks screen: every saved passage; open one at its place, or delete it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from wirereader.bookmarks import Bookmark, BookmarkFileError, BookmarkStore
from wirereader.fileio import LockTimeout
from wirereader.textclean import safe_line
from wirereader.tui.bindings import bindings
from wirereader.words import plural


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

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-title")
        yield BookmarkTable(id="bookmarks-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Date", "Article", "Passage", "Note")
        table.fixed_columns = 1
        self.reload()
        table.focus()

    def reload(self) -> None:
        table = self.query_one(DataTable)
        title = self.query_one("#bookmarks-title", Static)
        table.clear()
        try:
            self.marks = self.store.load()
        except BookmarkFileError as exc:
            self.marks = []
            title.update(Text(safe_line(exc), style="bold red"))
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
        if mark is None:
            return
        try:
            self.store.delete(mark.id)
        except BookmarkFileError as exc:
            self.notify(safe_line(exc), severity="error")
            return
        self.deleted.append(mark)
        self.notify(f"Deleted the bookmark from “{safe_line(mark.title)}”. Press u to undo.")
        self.reload()

    def action_undo_delete(self) -> None:
        if not self.deleted:
            self.notify("Nothing to undo.")
            return
        mark = self.deleted.pop()
        try:
            self.store.add(mark)
        except (BookmarkFileError, LockTimeout, OSError) as exc:
            self.deleted.append(mark)
            self.notify(safe_line(exc), title="Not restored", severity="error")
            return
        self.notify(f"Restored the bookmark from “{safe_line(mark.title)}”.")
        self.reload()
        self.query_one(DataTable).move_cursor(row=len(self.marks) - 1)

    def action_close(self) -> None:
        self.dismiss(None)
