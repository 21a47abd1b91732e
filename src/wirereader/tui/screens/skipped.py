"""The files the last index run could not read, each with why (Ctrl+P → Skipped files)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from wirereader.support import plural, safe_line


class SkippedScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, skipped: list[tuple[str, str]]) -> None:
        super().__init__()
        self.skipped = skipped

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            if not self.skipped:
                yield Static("The last index run read every file of the library.")
                return
            table = Table(
                title=f"{plural(len(self.skipped), 'file')} not indexed", expand=True,
                show_edge=False,
            )  # fmt: skip
            table.add_column("File", overflow="fold")
            table.add_column("Why", overflow="fold")
            for path, reason in self.skipped:
                table.add_row(Text(safe_line(path)), Text(safe_line(reason)))  # never markup
            yield Static(table)
