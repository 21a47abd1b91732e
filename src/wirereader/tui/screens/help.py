"""The `?` screen: every key binding, grouped by where it works, with the user's overrides."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from wirereader.settings import SCOPES, key_labels, keymap


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
    ]

    def __init__(self, overrides: dict[str, str]) -> None:
        super().__init__()
        self.overrides = overrides

    def compose(self) -> ComposeResult:
        table = Table(title="wirereader keys", expand=True, show_edge=False)
        table.add_column("Where", style="bold")
        table.add_column("Keys", style="cyan", no_wrap=True)
        table.add_column("Does")
        for scope, title in SCOPES.items():
            for i, key in enumerate(k for k in keymap(self.overrides) if k.scope == scope):
                table.add_row(title if i == 0 else "", key_labels(key.keys), key.description)
        table.add_row("Everywhere", "ctrl+p", "Command palette: themes, bookmarks, re-index…")
        with VerticalScroll(id="help-box"):
            yield Static(table)
            yield Static(
                'Query language: words (ANDed, stemmed), "exact phrase", AND / OR / NOT, '
                "title: byline: source: actor: person: org: place: speaker: quote:, "
                "date:2025-08-01..2025-08-31, date:>2025-08-01. Keys can be changed in the "
                "config's keys: section.",
                id="help-query",
            )
