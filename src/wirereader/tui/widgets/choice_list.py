"""A list of rows to choose from, moved by the keymap's side-panel keys (the panel, the actor page)."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.widgets import OptionList

from wirereader.tui.bindings import bindings


class ChoiceList(OptionList):
    # The scrollbar's room is kept whether it shows or not: a row measured before the
    # scrollbar appeared would wrap in the narrower list and lose its last line.
    DEFAULT_CSS = """
        ChoiceList {
            scrollbar-gutter: stable;
        }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings("side")

    def on_focus(self) -> None:
        """Arriving by Tab (or on a page's first show) lands on the first row, not on nothing."""
        if self.highlighted is None and self.option_count:
            self.action_first()

    def action_choose(self) -> None:
        self.action_select()
