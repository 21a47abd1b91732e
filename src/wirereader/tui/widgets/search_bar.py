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
    offered: tuple[str, str] | None = None  # (the query, the spelling it was offered)

    @dataclass
    class Leave(Message):
        query_input: QueryInput
        to_list: bool

        @property
        def control(self) -> QueryInput:
            return self.query_input

    def action_to_list(self) -> None:
        self.post_message(self.Leave(self, True))

    def action_submit_search(self) -> None:
        """Enter takes the spelling offered for what is in the box; otherwise, to the list."""
        if self.offered is not None and self.offered[0].strip() == self.value.strip():
            self.value = self.offered[1]  # searched as if typed
            self.cursor_position = len(self.value)
            self.offered = None
        else:
            self.action_to_list()

    def action_leave_search(self) -> None:
        self.post_message(self.Leave(self, False))


class SearchBar(Horizontal):
    def compose(self) -> ComposeResult:
        yield QueryInput(
            placeholder='Search: words, "phrases", speaker:trump, date:2025-08-01..', id="query"
        )
        yield Static(id="status")

    def set_status(self, message: str, kind: str = "info") -> None:
        self.query_one(QueryInput).offered = None
        self._show(Text(message, style={"error": "bold red", "info": ""}.get(kind, "")), kind)

    def offer(self, query: str, suggestion: str) -> None:
        """ "Did you mean …?", which Enter in the box takes."""
        self.query_one(QueryInput).offered = (query, suggestion)
        text = Text("No articles match. Did you mean: ")
        text.append(suggestion, style="bold")
        text.append("? (Enter)")
        self._show(text, "info")

    def _show(self, text: Text, kind: str) -> None:
        status = self.query_one("#status", Static)
        status.update(text)
        status.set_class(kind == "error", "error")
