"""WirereaderApp: loads themes and keys, shows the main screen, runs indexing in a worker."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import events
from textual.app import App, SystemCommand
from textual.binding import BindingType
from textual.command import CommandPalette
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.widgets import Input
from textual.worker import Worker, WorkerState

from wirereader.bookmarks import Bookmark, BookmarkStore
from wirereader.errors import IndexStoreError
from wirereader.library import Library
from wirereader.settings import TEXTUAL_KEYS, ThemeSpec, load_state, load_themes, save_state
from wirereader.support import paths, plural, safe_line
from wirereader.tui.actor_commands import ActorCommands
from wirereader.tui.bindings import bindings
from wirereader.tui.fetching import fetch_feeds
from wirereader.tui.messages import IndexProgress, Reindexed, SearchRefused
from wirereader.tui.screens.actor import ActorScreen
from wirereader.tui.screens.bookmarks import BookmarksScreen
from wirereader.tui.screens.help import HelpScreen
from wirereader.tui.screens.main import MainScreen
from wirereader.tui.screens.skipped import SkippedScreen
from wirereader.tui.screens.sources import SourcesScreen
from wirereader.tui.theme_picker import WirereaderThemes

DEFAULT_DARK, DEFAULT_LIGHT = "wirereader-dark", "wirereader-light"
FULL_GC_EVERY = 60.0  # seconds
MAIN_ONLY = {
    "focus_search", "toggle_sort", "toggle_side", "next_pane", "prev_pane", "bookmarks",
    "toggle_unread", "next_unread", "toggle_read", "open_link", "copy_link",
}  # fmt: skip
SETTLE_WAIT = 0.5  # seconds a key waits for the one before it to finish moving the focus


def to_textual(spec: ThemeSpec) -> Theme:
    variables = {f"wr-{k.replace('_', '-')}": v for k, v in spec.colours.items()}
    colours = {key: spec.textual.get(key) for key in TEXTUAL_KEYS}
    return Theme(
        name=spec.name,
        dark=spec.dark,
        variables=variables,
        primary=spec.textual["primary"],
        secondary=colours["secondary"],
        accent=colours["accent"],
        foreground=colours["foreground"],
        background=colours["background"],
        surface=colours["surface"],
        panel=colours["panel"],
        success=colours["success"],
        warning=colours["warning"],
        error=colours["error"],
        boost=colours["boost"],
    )


class WirereaderApp(App[None]):
    COMMANDS = App.COMMANDS | {ActorCommands}
    CSS_PATH = "wirereader.tcss"
    TITLE = "wirereader"
    BINDINGS: ClassVar[list[BindingType]] = bindings("app")

    def __init__(self, library: Library, themes_dir: Path | None = None) -> None:
        super().__init__()
        self.library = library
        self.config = library.config
        self.bookmarks = BookmarkStore(self.config.bookmarks_file)
        self.newest_first = self.config.sort == "newest"
        loaded = load_themes(themes_dir or paths.themes_dir(), self.config.themes_dir)
        self.theme_specs = loaded.themes
        self._theme_warnings = loaded.warnings
        for spec in self.theme_specs.values():
            self.register_theme(to_textual(spec))
        self._lend_colours()
        remembered = load_state(self.config.state_file).get("theme")
        wanted = remembered if isinstance(remembered, str) else self.config.theme
        if wanted in self.available_themes:
            self.theme = wanted
        elif DEFAULT_DARK in self.available_themes:
            self.theme = DEFAULT_DARK
        self.set_keymap(self.config.keys)
        self._last_input = time.monotonic()
        self.skipped: list[tuple[str, str]] = []  # what the last index run could not read

    def _lend_colours(self) -> None:
        """Textual's own themes get wirereader's colours of the same darkness as $wr-*
        variables: without them the stylesheet does not compile under those themes."""
        for name, theme in list(self.available_themes.items()):
            if name in self.theme_specs:
                continue
            lender = self.theme_specs.get(DEFAULT_DARK if theme.dark else DEFAULT_LIGHT)
            if lender is not None:
                own = to_textual(lender).variables
                self.register_theme(replace(theme, variables={**own, **theme.variables}))

    # -- themes -----------------------------------------------------------------------------
    @property
    def theme_spec(self) -> ThemeSpec | None:
        spec = self.theme_specs.get(self.theme)
        if spec is None:  # one of Textual's own themes: borrow our colours of the same darkness
            fallback = DEFAULT_DARK if self.current_theme.dark else DEFAULT_LIGHT
            spec = self.theme_specs.get(fallback)
        return spec

    @property
    def span_styles(self) -> dict[str, str]:
        spec = self.theme_spec
        if spec is None:
            from wirereader.render import DEFAULT_STYLES

            return dict(DEFAULT_STYLES)
        return spec.styles()

    def watch_theme(self, name: str) -> None:
        if not self.is_running:
            return
        save_state(self.config.state_file, theme=name)
        spans = self.span_styles
        for screen in self.screen_stack:  # the screens below the top one too: CSS alone
            if isinstance(screen, MainScreen | ActorScreen):  # misses the colours in their text
                screen.restyle(spans)

    # -- screens and actions ----------------------------------------------------------------
    def get_default_screen(self) -> Screen[None]:
        return MainScreen()

    def on_mount(self) -> None:
        for warning in self._theme_warnings:
            self.notify(safe_line(warning), severity="warning", timeout=8)
        # Python's automatic full collections stall the screen ~60-100 ms while j is held;
        # collect instead when the reader pauses.
        gc.disable()
        self._last_input = time.monotonic()
        self._last_full = time.monotonic()
        self.set_interval(2.0, self._collect)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown):
            self._last_input = time.monotonic()
        if isinstance(event, events.Key) and not event.is_forwarded and await self._key_now(event):
            return
        await super().on_event(event)

    async def _key_now(self, event: events.Key) -> bool:
        """Act on a key where the reader is when it is typed. Textual looks a key's binding up
        only once the key has travelled through the focused widget's queue, so keys typed fast
        (Enter b, / c o c o a) reached the pane focused before the first one moved the focus.
        Here the binding runs at once, and the next key waits until its messages are handled."""
        screen, focused = self.screen, self.focused
        if not isinstance(screen, MainScreen | SourcesScreen) or focused is None:
            return False
        if isinstance(focused, Input) and event.is_printable:
            return False  # the search box types it
        if await self._check_bindings(event.key, priority=True):
            return True
        if not await self._check_bindings(event.key):
            return False
        for node in focused.ancestors_with_self:
            if node is self:
                break
            done = asyncio.Event()
            node.call_later(done.set)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), SETTLE_WAIT)
        return True

    def _collect(self) -> None:
        """Full collections when the reader pauses, and at least once a minute; the young
        generations (cheap, ~1 ms) every time, so memory stays bounded in a session that
        never pauses."""
        now = time.monotonic()
        if now - self._last_input > 1.5 or now - self._last_full > FULL_GC_EVERY:
            gc.collect()
            self._last_full = now
        else:
            gc.collect(1)

    def on_unmount(self) -> None:
        gc.enable()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys that act on the main screen are off (and out of the footer) on other screens;
        on the feed list, the top level, Escape goes nowhere (q quits there, on purpose)."""
        if action == "go_back" and isinstance(self.screen, SourcesScreen):
            return False
        return action not in MAIN_ONLY or isinstance(self.screen, MainScreen)

    @property
    def main(self) -> MainScreen:
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    def action_focus_search(self) -> None:
        if isinstance(self.screen, MainScreen):
            self.screen.set_focus(self.screen.query_one("#query"))

    def action_go_back(self) -> None:
        """q and Escape: one level up (article → list → feeds); the feed list's own q quits."""
        screen = self.screen
        if isinstance(screen, MainScreen):
            screen.back()
        elif len(self.screen_stack) > 1 and not isinstance(screen, SourcesScreen):
            self.pop_screen()

    def action_next_unread(self) -> None:
        self.main.next_unread()

    def action_toggle_read(self) -> None:
        self.main.toggle_read()

    def action_open_link(self) -> None:
        self.main.open_link()

    def action_copy_link(self) -> None:
        self.main.copy_link()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.config.keys))

    def action_bookmarks(self) -> None:
        def opened(mark: Bookmark | None) -> None:
            if mark is not None:
                self.main.show_bookmark(mark)

        self.push_screen(BookmarksScreen(self.bookmarks), opened)

    def action_toggle_sort(self) -> None:
        self.newest_first = not self.newest_first
        main = self.main
        main.run_search(main.query_one("#query", Input).value)

    def action_toggle_unread(self) -> None:
        """Add or take away `unread:yes` in the search box: the query shows what is filtered."""
        box = self.main.query_one("#query", Input)
        words = box.value.split()
        kept = [w for w in words if w.lower() != "unread:yes"]
        box.value = " ".join(kept if len(kept) < len(words) else [*words, "unread:yes"])
        self.main.run_search(box.value)

    def action_fetch_feeds(self) -> None:
        """Fetch every feed in the background, then index what changed."""
        self.in_background(lambda: fetch_feeds(self), "fetch", "Fetching feeds")

    def in_background(
        self, job: Callable[[], None], group: str, description: str, exclusive: bool = True
    ) -> Worker[None]:
        """Run `job` in a thread of the app's: results come back as messages (tui/messages.py),
        and what it raises reaches on_worker_state_changed, the one place errors are shown."""
        return self.run_worker(
            job, group=group, description=description, exclusive=exclusive, thread=True,
            exit_on_error=False,
        )  # fmt: skip

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is not WorkerState.ERROR or worker.is_cancelled:
            return
        if worker.group == "count":  # a nicety: the first page's count stays as it is
            return
        problem = f"{worker.description} failed: {safe_line(worker.error)}"
        if worker.group == "search":  # the index moved under us: the status says so
            self.main.post_message(SearchRefused(problem))
            return
        if worker.group == "index":
            self.main.index_progress(1, 1, True)  # not "Indexing…" for ever
        self.notify(problem, severity="error", timeout=10)

    def on_index_progress(self, message: IndexProgress) -> None:
        self.main.index_progress(message.done, message.total, message.failed)

    def action_toggle_side(self) -> None:
        self.main.toggle_side()

    def action_next_pane(self) -> None:
        self.screen.focus_next()  # Tab reaches Screen's own focus_next first; same order

    def action_prev_pane(self) -> None:
        self.screen.focus_previous()

    def search_themes(self) -> None:
        """The palette's theme list: ours first; Textual's twenty only with `textual_themes`."""
        self.push_screen(
            CommandPalette(providers=[WirereaderThemes], placeholder="Search for themes…")
        )

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification is plain text: titles, paths and errors in them come from outside
        ("[bold]" in an article title stays literal). Widgets' notify() ends here too."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Screenshots go to the data folder (Textual's default, ~/Downloads, may not exist)."""
        folder = path or str(self.config.index_dir.parent / "screenshots")
        Path(folder).mkdir(parents=True, exist_ok=True)
        return super().deliver_screenshot(filename, folder, time_format)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title != "Keys":  # ours, "Key bindings", lists every key of the keymap
                yield command
        yield SystemCommand(
            "Bookmarks", "List, open and delete bookmarked passages", self.action_bookmarks
        )
        yield SystemCommand(
            "Toggle newest first", "Sort results by date or by relevance", self.action_toggle_sort
        )
        yield SystemCommand(
            "Toggle side panel", "Show or hide quotes, figures and actors", self.action_toggle_side
        )
        yield SystemCommand(
            "Re-index library", "Read new and changed article files", self.start_indexing
        )
        yield SystemCommand("Key bindings", "Every key wirereader knows", self.action_help)
        yield SystemCommand(
            "Skipped files", "The files the last index run could not read, and why",
            self.action_skipped_files,
        )  # fmt: skip
        yield SystemCommand(
            "Feeds and sources", "Every feed and folder with its unread count",
            lambda: self.main.open_sources(),
        )  # fmt: skip
        yield SystemCommand(
            "Fetch feeds", "Fetch every feed now, then index what is new", self.action_fetch_feeds
        )
        yield SystemCommand(
            "Unread only",
            "Show only articles not opened yet (unread:yes)",
            self.action_toggle_unread,
        )
        if isinstance(screen, MainScreen) and screen.unsaved:
            yield SystemCommand(
                "Save unsaved bookmarks", "Try again to save what failed", screen.retry_bookmarks
            )

    # -- indexing ---------------------------------------------------------------------------
    def start_indexing(self) -> None:
        self.in_background(self._index, "index", "Indexing")

    def _index(self) -> None:
        with contextlib.suppress(IndexStoreError):  # said by reindex
            self.reindex()

    def reindex(self) -> None:
        """Index what changed, from this worker thread (a child process does the work); an
        IndexStoreError (locked, out of space) is shown, then raised for a caller that cares."""

        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgress(done, total))

        try:
            report = self.library.refresh_index(progress)
        except IndexStoreError as exc:  # locked or out of space: a warning, the app goes on
            self.notify(safe_line(exc), severity="warning", timeout=8)
            self.post_message(IndexProgress(1, 1, failed=True))
            raise
        self.post_message(IndexProgress(1, 1))
        if report.new + report.updated + report.removed:
            self.post_message(Reindexed(report.new, report.updated, report.removed))
        unread = [(str(path), str(reason)) for path, reason in report.skipped]
        self._tell_skipped(unread + [(str(error), "") for error in report.errors])

    def _tell_skipped(self, skipped: list[tuple[str, str]]) -> None:
        """The files the index could not read: told once per change (not at every launch and
        every R), all of them on the Skipped files screen."""
        self.skipped = skipped
        digest = hashlib.sha1(repr(sorted(skipped)).encode()).hexdigest()
        if load_state(self.config.state_file).get("skipped_told") == digest:
            return
        with contextlib.suppress(OSError):
            save_state(self.config.state_file, skipped_told=digest)
        if not skipped:
            return
        first = "; ".join(safe_line(f"{p}: {r}" if r else p) for p, r in skipped[:2])
        more = f" and {len(skipped) - 2:,} more" if len(skipped) > 2 else ""
        self.notify(
            f"{plural(len(skipped), 'file')} not indexed: {first}{more}. "
            "Ctrl+P → Skipped files lists them.",
            severity="warning",
            timeout=12,
        )

    def action_skipped_files(self) -> None:
        self.push_screen(SkippedScreen(self.skipped))

    def on_reindexed(self, message: Reindexed) -> None:
        self.notify(
            f"Index updated: {message.new} new, {message.updated} updated, "
            f"{message.removed} removed"
        )
        main = self.main
        main.run_search(main.query_one("#query", Input).value)
