"""Opening actor pages from the reader (side panel, article, palette), and what comes back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirereader.archive import QuoteRef
from wirereader.support import safe_line
from wirereader.tui.screen_part import ScreenPart
from wirereader.tui.screens.actor import ActorScreen
from wirereader.tui.widgets.article_jumps import ActorPageRequested
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SidePanel


class ActorPages(ScreenPart):
    """A MainScreen part: needs its host (`wr`), `current`, `open_article` and `search_for`."""

    if TYPE_CHECKING:

        def open_article(self, hit: str) -> bool: ...
        def search_for(self, query: str) -> None: ...

    def on_side_panel_actor_chosen(self, event: SidePanel.ActorChosen) -> None:
        kinds = {a.name: a.kind for a in self.current[1].actors} if self.current else {}
        self.open_actor_page(event.name, kinds.get(event.name))

    def on_actor_page_requested(self, event: ActorPageRequested) -> None:
        self.open_actor_page(event.name, event.kind)

    def open_actor_page(self, name: str, kind: str | None = None) -> None:
        """The actor's page over the reader; what is chosen there comes back here."""
        try:
            group = self.wr.library.find_actor(name, kind)
        except Exception as exc:  # the index moved under us: say so, keep the app alive
            self.notify(f"Actor page failed: {safe_line(exc)}", severity="error")
            return
        if group is None:
            self.notify(f"No actor called {safe_line(name)} in the index.", severity="warning")
            return
        page = ActorScreen(self.wr.library, group, self.wr.span_styles)
        self.app.push_screen(page, self._from_actor_page)

    def _from_actor_page(self, target: QuoteRef | str | None) -> None:
        if isinstance(target, QuoteRef) and self.open_article(target.article_id):
            view = self.query_one(ArticleView)
            view.mark_span(target.start, target.end)
            view.border_subtitle = "quote from the actor page"
            view.focus()
        elif isinstance(target, str):
            self.search_for(target)
            self.query_one(ArticleList).focus()
