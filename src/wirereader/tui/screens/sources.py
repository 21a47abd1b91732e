"""The feed and source list (newsboat's first screen): each feed and folder with its unread count."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from wirereader.feeds import FeedList, FeedsFileError
from wirereader.library import Source
from wirereader.support import plural, safe_line
from wirereader.tui.bindings import bindings
from wirereader.tui.host import host_of


@dataclass
class SourcesRead(Message):
    sources: list[Source]
    done: str  # what the reader did that needed a recount ("" when only opened)


def subscribed(feeds_file: Path) -> list[tuple[str, str, str, str]]:
    """(name, title, category, last status) of each feed, for Library.sources."""
    try:
        feeds = FeedList(feeds_file).load()
    except FeedsFileError:  # `wirereader feeds` says why; the folders still list
        feeds = []
    return [(f.name, f.title, f.category, f.status) for f in feeds]


class SourceRows(OptionList, inherit_bindings=False):
    """OptionList moved by the keymap's keys; its own Enter would hide the screen's "Open"."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("source_rows")
    DEFAULT_CSS = """
        SourceRows { height: 1fr; border: round $panel-lighten-2; scrollbar-gutter: stable; }
        SourceRows:focus { border: round $accent; }
    """

    def action_next_unread_source(self) -> None:
        """The next source below with unread articles (wrapping), as newsboat's `n`."""
        screen = self.screen
        if not isinstance(screen, SourcesScreen) or not screen.sources:
            return
        count = len(screen.sources)
        at = self.highlighted or 0
        for step in range(1, count + 1):
            row = (at + step) % count
            if screen.sources[row].unread and screen.sources[row].kind != "all":
                self.highlighted = row
                return
        self.notify("Nothing unread.")


def row_text(source: Source) -> Text:
    unread = f"{source.unread:>6,}" if source.unread else "     ·"
    text = Text(f"{unread} {source.total:>7,}  ", style="bold" if source.unread else "dim")
    text.append(safe_line(source.title), style="bold" if source.unread else "")
    if source.category:
        text.append(f"  {safe_line(source.category)}", style="dim")
    if source.status == "error":
        text.append("  ⚠ last fetch failed (`wirereader feeds` says why)", style="bold")
    return text


class SourcesScreen(Screen[Source | None]):
    """Above the article list: Enter lists a source's articles; `q` here quits."""

    BINDINGS: ClassVar[list[BindingType]] = bindings("sources")
    DEFAULT_CSS = """
        SourcesScreen { layout: vertical; }
        SourcesScreen #sources-head { height: 1; padding: 0 2; color: $wr-muted; }
        SourceRows { border-subtitle-color: $wr-muted; }
    """

    def __init__(self, current: str = "") -> None:
        super().__init__()
        self.current = current  # the scope of the source the list showed: the cursor starts there
        self.sources: list[Source] = []

    def compose(self) -> ComposeResult:
        yield Static(Text(f"{'unread':>6} {'total':>7}  feed or folder"), id="sources-head")
        rows = SourceRows(id="sources")
        rows.border_title = "Feeds and sources"
        rows.border_subtitle = "counting…"
        yield rows
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(SourceRows).focus()
        self.recount()

    def recount(self, done: str = "", mark: str | None = None) -> None:
        """Counts from the index and the read state, off the UI thread; `mark` first marks that
        scope's articles read ("" marks everything)."""
        library = host_of(self).library
        feeds_file = host_of(self).config.feeds_file

        def count() -> None:
            if mark is not None:
                library.read.mark_many(library.ids_matching(mark))
            self.post_message(SourcesRead(library.sources(subscribed(feeds_file)), done))

        host_of(self).in_background(count, "sources", "Counting unread")

    def on_sources_read(self, message: SourcesRead) -> None:
        rows = self.query_one(SourceRows)
        keep = rows.highlighted
        self.sources = message.sources
        rows.clear_options()  # a failed feed is said in words, bold: red read at 2:1 here
        rows.add_options(Option(row_text(s)) for s in self.sources)
        scopes = [s.scope for s in self.sources]
        if keep is None:
            keep = scopes.index(self.current) if self.current in scopes else 0
        rows.highlighted = min(keep, len(self.sources) - 1)
        total = self.sources[0]
        rows.border_subtitle = f"{plural(len(self.sources) - 1, 'source')} · {total.unread:,} of {total.total:,} unread"
        if message.done:
            self.notify(message.done)

    def _chosen(self) -> Source | None:
        at = self.query_one(SourceRows).highlighted
        return self.sources[at] if at is not None and at < len(self.sources) else None

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_open_source()

    def action_open_source(self) -> None:
        source = self._chosen()
        if source is not None:
            self.dismiss(source)

    def action_mark_source_read(self) -> None:
        source = self._chosen()
        if source is not None:
            self.recount(f"{safe_line(source.title)}: all read", mark=source.scope)

    def action_mark_everything_read(self) -> None:
        self.recount("Everything marked read", mark="")

    def action_exit_app(self) -> None:
        self.app.exit()
