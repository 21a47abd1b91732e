"""The search box and its status line: result count, query errors, spelling suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static

from wirereader.tui.bindings import bindings


class QueryInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = bindings("search")

    @dataclass
    class Leave(Message):
        query_input: QueryInput
        to_list: bool

        @property
        def control(self) -> QueryInput:
            return self.query_input

    def action_to_list(self) -> None:
        self.post_message(self.Leave(self, True))

    def action_leave_search(self) -> None:
        self.post_message(self.Leave(self, False))


class SearchBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield QueryInput(
            placeholder='Search: words, "phrases", speaker:trump, date:2025-08-01..', id="query"
        )
        yield Static(id="status")

    def set_status(self, message: str, kind: str = "info", bold: str = "") -> None:
        status = self.query_one("#status", Static)
        text = Text(message, style={"error": "bold red", "info": ""}.get(kind, ""))
        if bold:
            text.append(bold, style="bold")
            text.append("?")
        status.update(text)
        status.set_class(kind == "error", "error")
