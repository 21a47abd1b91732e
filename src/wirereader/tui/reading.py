"""Reading habits on the main screen: back, next unread, read/unread, mark all, the link."""

from __future__ import annotations

import contextlib
import webbrowser
from typing import TYPE_CHECKING

from wirereader.library import Source
from wirereader.model import SearchHit
from wirereader.support import plural, safe_line
from wirereader.tui.screen_part import ScreenPart
from wirereader.tui.screens.sources import SourcesScreen, subscribed
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SidePanel

if TYPE_CHECKING:
    from wirereader.model import SearchResult


def open_in_browser(url: str) -> bool:
    """The system's opener, or $BROWSER (webbrowser reads it); False when none would."""
    return webbrowser.open(url)


def terminal_browser() -> webbrowser.BaseBrowser | None:
    """The browser webbrowser would use when it runs in this terminal and waits (lynx, w3m, a
    $BROWSER command): the app steps aside for it, as newsboat does. None for a browser that
    opens a window of its own (or none at all)."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return None
    return browser if type(browser) is webbrowser.GenericBrowser else None


class Reading(ScreenPart):
    """A MainScreen part: needs its host (`wr`), `current`, `result` and `source`."""

    source: Source | None
    result: SearchResult | None
    keep_open: str | None

    if TYPE_CHECKING:

        def open_article(self, hit: SearchHit | str) -> bool: ...
        def run_search(self, query: str) -> None: ...
        def query_text(self) -> str: ...
        def scoped(self, query: str) -> str: ...

    # -- back, not quit ---------------------------------------------------------------------
    def back(self) -> None:
        """One level up: the article or panel → the list → the feed list."""
        if isinstance(self.focused, ArticleView | SidePanel):
            self.set_focus(self.query_one(ArticleList))
            return
        self.open_sources()

    def open_sources(self) -> None:
        current = self.source.scope if self.source else ""
        self.app.push_screen(SourcesScreen(current), self.show_source)

    def show_source(self, source: Source | None) -> None:
        if source is None:
            return
        self.source = None if source.kind == "all" else source
        title = "Articles" if self.source is None else f"Articles · {safe_line(source.title)}"
        self.query_one(ArticleList).border_title = title
        self.run_search(self.query_text())
        self.set_focus(self.query_one(ArticleList))

    # -- unread -----------------------------------------------------------------------------
    def _aimed(self) -> str | None:
        """The article a read/link key means: the open one, or the list's row when it has focus."""
        listed = self.query_one(ArticleList)
        if self.focused is listed and listed.current is not None:
            return listed.current.id
        if self.current is not None:
            return self.current[0].id
        return listed.current.id if listed.current is not None else None

    def open_and_read(self, hit: SearchHit) -> None:
        listed = self.query_one(ArticleList)
        if self.open_article(hit):
            with contextlib.suppress(Exception):  # a read mark is not worth an error
                self.wr.library.read.mark(hit.id)
            listed.mark_read({hit.id})
        self.set_focus(self.query_one(ArticleView))

    def next_unread(self) -> None:
        """The next unread article of the list below the cursor; past the rows loaded, the
        newest unread one the list's search matches."""
        listed = self.query_one(ArticleList)
        opened = self.current[0].id if self.current else None
        start = listed.cursor + (1 if opened == getattr(listed.current, "id", None) else 0)
        for row in range(start, len(listed.hits)):
            if listed.hits[row].id not in listed.read:
                listed.move_quietly(row)
                self.open_and_read(listed.hits[row])
                return
        if listed.more or start > 0:
            query = f"{self.scoped(self.query_text())} unread:yes"
            with contextlib.suppress(Exception):
                found = self.wr.library.search(query, limit=1, newest_first=True, snippets=False)
                if found.hits and found.hits[0].id not in listed.read:
                    self.open_and_read(found.hits[0])
                    return
        if self.source is None:
            self.notify("No unread articles.")
        else:
            self._next_source(self.source)

    def _next_source(self, done: Source) -> None:
        """newsboat's habit: past a feed's last unread article, the next feed with unread ones
        (in the feed list's order), at its newest unread article. Counted off the UI thread."""
        library, feeds_file = self.wr.library, self.wr.config.feeds_file

        def find() -> None:
            sources = library.sources(subscribed(feeds_file))
            scopes = [s.scope for s in sources]
            after = scopes.index(done.scope) + 1 if done.scope in scopes else 0
            for source in sources[after:] + sources[1:after]:
                if source.kind == "all" or not source.unread or source.scope == done.scope:
                    continue
                found = library.search(
                    f"{source.scope} unread:yes", limit=1, newest_first=True, snippets=False
                )
                if found.hits:
                    self.app.call_from_thread(self._open_in, source, found.hits[0])
                    return
            self.notify(f"No unread articles in {safe_line(done.title)}, nor in any other feed.")

        self.wr.in_background(find, "next-feed", "Finding the next unread feed")

    def _open_in(self, source: Source, hit: SearchHit) -> None:
        self.keep_open = hit.id  # the feed's list, when it comes, does not replace the article
        self.show_source(source)
        self.open_and_read(hit)
        self.notify(f"Next feed with unread articles: {safe_line(source.title)}")

    def toggle_read(self) -> None:
        article_id = self._aimed()
        if article_id is None:
            return
        listed = self.query_one(ArticleList)
        now_read = article_id not in listed.read and not self.wr.library.read.which_read(
            [article_id]
        )
        try:
            self.wr.library.read.mark(article_id, read=now_read)
        except Exception as exc:
            self.notify(f"Read state not saved: {safe_line(exc)}", severity="error")
            return
        listed.set_read(article_id, now_read)
        self.notify("Marked read" if now_read else "Marked unread")

    def mark_all_read(self) -> None:
        """Every article this list's search matches (not only the rows loaded)."""
        library, query = self.wr.library, self.scoped(self.query_text())
        listed = self.query_one(ArticleList)

        def mark() -> None:
            ids = library.ids_matching(query)
            library.read.mark_many(ids)
            self.app.call_from_thread(listed.mark_read, set(ids))
            self.notify(f"Marked {plural(len(ids), 'article')} read")

        self.wr.in_background(mark, "mark-read", "Marking read")

    # -- the link ---------------------------------------------------------------------------
    def _link(self) -> str | None:
        article_id = self._aimed()
        found = self.wr.library.article(article_id) if article_id else None
        url = found[0].url if found else ""
        if not url:
            self.notify("This article has no link.", severity="warning")
            return None
        return url

    def open_link(self) -> None:
        url = self._link()
        if url is None:
            return
        if (here := terminal_browser()) is not None:
            try:
                with self.app.suspend():
                    here.open(url)
            except Exception as exc:  # no terminal to give (a test, a pipe), or it failed
                self.notify(f"The browser did not start: {safe_line(exc)}", severity="warning")
            return

        def run() -> None:
            if open_in_browser(url):
                self.notify(f"Opened {safe_line(url)}")
            else:
                self.notify(
                    f"No browser found: set $BROWSER. The link: {safe_line(url)}",
                    severity="warning",
                    timeout=10,
                )

        self.wr.in_background(run, "browser", "Opening the link", exclusive=False)

    def copy_link(self) -> None:
        url = self._link()
        if url is not None:
            self.app.copy_to_clipboard(url)
            self.notify(f"Copied {safe_line(url)}")
