"""The main screen: search box, article list, article, side panel; wires their messages together."""

from __future__ import annotations

import time

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, ProgressBar
from textual.worker import get_current_worker

from wirereader.bookmarks import Bookmark
from wirereader.errors import QueryError, SearchCancelled
from wirereader.library import Source
from wirereader.model import Article, Extraction, SearchHit, SearchResult
from wirereader.support import plural, safe_line
from wirereader.tui.actor_pages import ActorPages
from wirereader.tui.bookmark_saving import BookmarkSaving
from wirereader.tui.host import ReaderHost, host_of
from wirereader.tui.messages import Counted, SearchDone, SearchRefused
from wirereader.tui.reading import Reading
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.search_bar import QueryInput, SearchBar
from wirereader.tui.widgets.side_panel import SidePanel

NARROW = 110  # below this many columns the side panel folds away
ALL_AT_ONCE = 100_000  # rows G asks for when the count is an estimate
PREVIEW_DELAY = 0.04  # seconds the list cursor rests before the article pane follows it


class MainScreen(Reading, ActorPages, BookmarkSaving, Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]  # noqa: RUF012 (Textual types it so)

    def __init__(self) -> None:
        super().__init__()
        self.result: SearchResult | None = None
        self.current: tuple[Article, Extraction] | None = None
        self._debounce: Timer | None = None
        self._preview_timer: Timer | None = None
        self._index_started: tuple[float, int] | None = None
        self.source: Source | None = None  # the feed or folder the list shows (None: all)
        self.first_build = False  # the first launch's index is being built: no search yet
        self.keep_open: str | None = None  # an article opened before its list's search ends
        self.init_bookmark_saving()

    @property
    def wr(self) -> ReaderHost:
        """The app, typed by what this screen uses of it (no import of the app module)."""
        return host_of(self)

    def compose(self) -> ComposeResult:
        yield SearchBar(id="search-bar")
        yield ProgressBar(id="index-progress", show_eta=False)
        with Horizontal(id="panes"):
            yield ArticleList(id="list")
            yield ArticleView(id="article")
            yield SidePanel(id="side")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#list").border_title = "Articles"
        self.query_one("#article").border_title = "Article"
        self.query_one("#side").border_title = "Quotes · Figures · Actors"
        self.query_one("#index-progress").display = False
        self.query_one(ArticleList).focus()
        if self.wr.library.needs_index():  # first run: build it, with progress; search after
            self.first_build = True
            self.query_one(SearchBar).set_status("Indexing the library…")
        else:
            self.run_search("")
        self.wr.start_indexing()
        if self.wr.config.start == "feeds":
            self.open_sources()

    def toggle_side(self) -> None:
        """Wide: three panes. Narrow: the side panel is folded, and showing it (p) folds the
        list instead, so the article never shrinks to a few words a line (wirereader.tcss)."""
        shown = self.query_one(SidePanel).display
        self.set_class(not shown, "-side-shown")
        self.set_class(shown, "-side-hidden")
        self.call_after_refresh(self._focus_visible)

    def _focus_visible(self) -> None:
        if self.focused is not None and not self.focused.display:
            self.set_focus(self.query_one(ArticleView))

    # -- search -----------------------------------------------------------------------------
    @on(Input.Changed, "#query")
    def _typed(self, event: Input.Changed) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        delay = self.wr.config.debounce_ms / 1000
        if delay <= 0:
            self.run_search(event.value)
            return
        self._debounce = self.set_timer(delay, lambda: self.run_search(event.value))

    @on(Input.Submitted, "#query")
    def _submitted(self, event: Input.Submitted) -> None:
        self.run_search(event.value)
        self.set_focus(self.query_one(ArticleList))

    @on(QueryInput.Leave)
    def _leave_search(self, event: QueryInput.Leave) -> None:
        self.set_focus(self.query_one(ArticleList if event.to_list else ArticleView))

    def query_text(self) -> str:
        return self.query_one("#query", Input).value

    def scoped(self, query: str) -> str:
        """The query as searched: within the feed or folder the list shows."""
        return f"{self.source.scope} {query}".strip() if self.source else query

    def search_for(self, query: str) -> None:
        """A search across the whole library (an actor's stories, from the actor page)."""
        self.source = None
        self.query_one(ArticleList).border_title = "Articles"
        box = self.query_one("#query", Input)
        with box.prevent(Input.Changed):
            box.value = query
        self.run_search(query)

    @on(ArticleList.NeedMore)
    def _more(self, event: ArticleList.NeedMore) -> None:
        if self.result is not None:
            page = self.wr.config.search_limit
            more = len(self.result.hits) + 4 * page
            if event.to_end:
                more = max(more, self.result.total + page, ALL_AT_ONCE)
            self._run(self.result.query, limit=more, extend=True)

    def run_search(self, query: str) -> None:
        """Search what the box holds, within the source the list shows."""
        if self.first_build:  # searched when the first index is built (on_reindexed)
            return
        self._run(self.scoped(query))

    def _run(self, query: str, limit: int | None = None, extend: bool = False) -> None:
        """Search in a worker; the first page is short (fast), more pages come as j nears the end.
        A newer search cancels this worker, and the search itself stops soon after."""
        self.wr.in_background(lambda: self._search(query, limit, extend), "search", "Search")

    def _search(self, query: str, limit: int | None, extend: bool) -> None:
        worker = get_current_worker()
        try:
            result = self.wr.library.search(
                query,
                limit=limit,
                newest_first=self.wr.newest_first,
                snippets=False,
                exact_count=False,
                should_stop=lambda: worker.is_cancelled,
            )
        except SearchCancelled:
            return
        except QueryError as exc:
            self.post_message(SearchRefused(str(exc)))
            return
        try:
            read = self.wr.library.read.which_read(h.id for h in result.hits)
        except Exception:  # read state is a nicety: the list shows without it
            read = set()
        if not worker.is_cancelled:  # a newer search paints instead
            self.post_message(SearchDone(result, extend, read))

    def on_search_refused(self, message: SearchRefused) -> None:
        self.query_one(SearchBar).set_status(safe_line(message.reason), "error")

    def on_search_done(self, message: SearchDone) -> None:
        self._show_result(message.result, message.extend, message.read)

    def count_matches(self, query: str) -> None:
        """The exact count, after the first page is on screen (the CLI reports the same)."""
        self.wr.in_background(lambda: self._count(query), "count", "Counting")

    def _count(self, query: str) -> None:
        worker = get_current_worker()
        try:
            total = self.wr.library.count(query, should_stop=lambda: worker.is_cancelled)
        except SearchCancelled:
            return
        if not worker.is_cancelled:
            self.post_message(Counted(query, total))

    def on_counted(self, message: Counted) -> None:
        if self.result is not None and self.result.query == message.query:
            self._status(message.total, more=False)

    def _status(self, total: int, more: bool) -> None:
        order = "newest first" if self.wr.newest_first else "best first"
        self.query_one(SearchBar).set_status(f"{plural(total, 'article', more)} · {order}")

    def _show_result(
        self, result: SearchResult, extend: bool = False, read: set[str] | None = None
    ) -> None:
        self.result = result
        bar = self.query_one(SearchBar)
        if result.hits:
            self._status(result.total, more=not result.exact)
            if not result.exact and not extend:
                self.count_matches(result.query)
        elif result.suggestion:
            bar.offer(result.query, result.suggestion)
        else:
            bar.set_status("No articles match.")
        has_more = not result.exact or result.total > len(result.hits)
        keep, self.keep_open = self.keep_open, None
        self.query_one(ArticleList).set_hits(result.hits, more=has_more, extend=extend, keep=keep)
        self.query_one(ArticleList).mark_read((read or set()) | ({keep} if keep else set()))
        if not result.hits:  # the article of the last search would not belong to this one
            self.current = None
            self.query_one(ArticleView).clear()
            self.query_one(SidePanel).clear_options()

    # -- opening articles -------------------------------------------------------------------
    @on(ArticleList.Highlighted)
    def _preview(self, event: ArticleList.Highlighted) -> None:
        # Holding j should scroll the list, not open every article on the way: wait for a pause.
        if self._preview_timer is not None:
            self._preview_timer.stop()
        hit = event.hit
        self._preview_timer = self.set_timer(PREVIEW_DELAY, lambda: self.open_article(hit))

    @on(ArticleList.Opened)
    def _opened(self, event: ArticleList.Opened) -> None:
        self.open_and_read(event.hit)

    def open_article(self, hit: SearchHit | str) -> bool:
        article_id = hit if isinstance(hit, str) else hit.id
        found = self.wr.library.article(article_id)
        if found is None:
            self.notify(f"Article {article_id} is no longer in the index.", severity="warning")
            return False
        self.current = found
        terms = self.result.terms if self.result else ()
        view = self.query_one(ArticleView)
        view.styles_map = self.wr.span_styles
        view.show(found[0], found[1], terms=terms)
        view.border_title = safe_line(found[0].source) or "Article"
        self.query_one(SidePanel).show(found[1], self.wr.span_styles)
        return True

    def restyle(self, spans: dict[str, str]) -> None:
        """Draw the article and the panel again in a new theme's colours."""
        self.query_one(ArticleView).use_styles(spans)
        if self.current is not None:
            self.query_one(SidePanel).show(self.current[1], spans)

    @on(ArticleList.MarkAllRead)
    def _mark_all_read(self) -> None:
        self.mark_all_read()

    @on(ArticleList.ShowVersions)
    def _versions(self, event: ArticleList.ShowVersions) -> None:
        self.search_for(f"story:{event.hit.story}")

    @on(ArticleView.PastEnd)
    def _past_end(self) -> None:
        self.next_unread()

    @on(ArticleView.NothingToClear)
    def _nothing_to_clear(self) -> None:
        self.back()

    @on(SidePanel.JumpTo)
    def _jump(self, event: SidePanel.JumpTo) -> None:
        view = self.query_one(ArticleView)
        view.mark_span(event.start, event.end)
        view.border_subtitle = event.label

    def show_bookmark(self, mark: Bookmark) -> None:
        if self.open_article(mark.article_id):
            view = self.query_one(ArticleView)
            view.mark_span(mark.start, mark.end)
            view.border_subtitle = "bookmarked passage"
            self.set_focus(view)

    # -- indexing progress ------------------------------------------------------------------
    def index_progress(self, done: int, total: int, failed: bool = False) -> None:
        bar = self.query_one("#index-progress", ProgressBar)
        bar.display = done < total
        bar.update(total=total, progress=done)
        if done < total:
            if self._index_started is None:
                self._index_started = (time.monotonic(), done)
            began, first = self._index_started
            rate = (done - first) / max(time.monotonic() - began, 1e-3)
            self.query_one(SearchBar).set_status(f"Indexing {done:,}/{total:,} · {rate:,.0f}/s")
        else:
            self._index_started = None
            if self.first_build:
                self.first_build = False
                if not failed:
                    self.run_search(self.query_text())
            if failed:
                self.query_one(SearchBar).set_status("Index not updated", "error")
