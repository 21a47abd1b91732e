"""The side panel: the article's quotes, figures and actors; choosing one jumps or searches."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from wirereader.model import Extraction
from wirereader.tui.widgets.choice_list import ChoiceList

# Rows a section lists: a megabyte of copy has thousands of figures and actors, and the list
# lays out every row it holds (seconds, on the UI thread). The article's jumps reach them all.
SECTION_ROWS = 200


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _header(title: str, total: int) -> Option:
    shown = f"{total:,} · first {SECTION_ROWS}" if total > SECTION_ROWS else f"{total}"
    return Option(Text(f"{title} ({shown})", style="bold"), disabled=True)


def _more(total: int, kind: str, reach: str) -> list[Option | None]:
    """The row that says how many a section leaves out, and how to reach them."""
    if total <= SECTION_ROWS:
        return []
    line = Text(f"… and {total - SECTION_ROWS:,} more {kind}: {reach}", style="italic")
    return [Option(line, disabled=True)]


class SidePanel(ChoiceList):
    DEFAULT_CSS = """
        SidePanel > .option-list--option-disabled {
            color: $wr-muted;
            text-style: bold;
        }

        SidePanel > .option-list--option-highlighted, SidePanel:focus > .option-list--option-highlighted {
            background: $wr-selection;
            color: $foreground;
        }
    """

    @dataclass
    class JumpTo(Message):
        side_panel: SidePanel
        start: int
        end: int
        label: str

        @property
        def control(self) -> SidePanel:
            return self.side_panel

    @dataclass
    class ActorChosen(Message):
        side_panel: SidePanel
        name: str

        @property
        def control(self) -> SidePanel:
            return self.side_panel

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.styles_map: dict[str, str] = {}
        self._targets: dict[str, tuple[str, int, int, str]] = {}

    def show(self, extraction: Extraction, styles: dict[str, str]) -> None:
        self.styles_map = styles
        self.clear_options()
        self._targets = {}
        options: list[Option | None] = []
        options.append(_header("Quotes", len(extraction.quotes)))
        for i, quote in enumerate(extraction.quotes[:SECTION_ROWS]):
            line = Text("“", style=styles["quote"])
            line.append(_clip(quote.text, 160), style=styles["quote"])
            line.append("”\n  — ")
            line.append(quote.speaker or "unattributed", style="bold")
            if quote.cue:
                line.append(f" ({quote.cue})", style=styles["muted"])
            key = f"q{i}"
            self._targets[key] = ("jump", quote.start, quote.end, f"quote — {quote.speaker}")
            options.append(Option(line, id=key))
        options += _more(len(extraction.quotes), "quotes", "the quote jumps go through all")
        options.append(None)
        options.append(_header("Figures", len(extraction.figures)))
        for i, figure in enumerate(extraction.figures[:SECTION_ROWS]):
            line = Text(figure.text, style=styles["figure"])
            # On its own line, so a narrow panel wraps words, never cuts the unit off.
            detail = " ".join(
                part
                for part in (
                    figure.kind,
                    "" if figure.value is None else f"{figure.value:,.10g}",
                    figure.of and f"· {figure.of}",
                )
                if part
            )
            line.append(f"\n  {detail}", style=styles["muted"])
            key = f"f{i}"
            self._targets[key] = ("jump", figure.start, figure.end, f"figure — {figure.text}")
            options.append(Option(line, id=key))
        options += _more(len(extraction.figures), "figures", "the figure jumps go through all")
        options.append(None)
        options.append(_header("Actors", len(extraction.actors)))
        ranked = sorted(extraction.actors, key=lambda a: (-a.count, a.name))
        for i, actor in enumerate(ranked[:SECTION_ROWS]):
            line = Text(actor.name, style=styles[actor.kind])
            times = f"×{actor.count}" if actor.count else "named only as an adjective"
            line.append(f" {times} {actor.kind}", style=styles["muted"])
            if actor.role:
                line.append(f"\n  {actor.role}", style="italic")
            key = f"a{i}"
            self._targets[key] = ("actor", 0, 0, actor.name)
            options.append(Option(line, id=key))
        options += _more(len(ranked), "actors", "the most named are listed; search actor:NAME")
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = self._targets.get(event.option.id or "")
        if target is None:
            return
        kind, start, end, label = target
        if kind == "jump":
            self.post_message(self.JumpTo(self, start, end, label))
        else:
            self.post_message(self.ActorChosen(self, label))
