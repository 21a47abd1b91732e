"""A one-line prompt for a bookmark's note, under the passage being noted."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from wirereader.support import safe_line

PASSAGE_CHARS = 600  # of a long selection: its start and end, the middle elided


class NoteScreen(ModalScreen[str | None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, passage: str = "", title: str = "") -> None:
        super().__init__()
        self.passage, self.title = passage, title

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            if self.passage:
                text = " ".join(self.passage.split())
                if len(text) > PASSAGE_CHARS:
                    half = PASSAGE_CHARS // 2
                    text = f"{text[:half]} … {text[-half:]}"
                shown = Text(f"“{safe_line(text)}”", style="italic")
                if self.title:
                    shown.append(f"\n— {safe_line(self.title)}", style="dim")
                yield Static(shown, id="note-passage")
            yield Label("Note for this bookmark (Enter saves, Escape cancels):")
            yield Input(placeholder="optional note", id="note")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
