"""The article list: search results drawn line by line, so 100,000 rows cost no widgets."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from wirereader.model import SearchHit
from wirereader.support import plural, safe_line, shown_language, versions_note, when
from wirereader.tui.bindings import bindings
from wirereader.tui.widgets.plain_titles import PlainTitles

ROW_HEIGHT = 2


def _text_only(style: Style) -> Style:
    """A part's colour and weight without its background, which would hide the cursor row's."""
    return Style(color=style.color, bold=style.bold, italic=style.italic, dim=style.dim)


class ArticleList(PlainTitles, ScrollView, can_focus=True):
    """Two lines an article: title; source · date · actors · quotes."""

    DEFAULT_CSS = """
        ArticleList > .article-list--title {
            text-style: bold;
        }

        ArticleList > .article-list--meta {
            color: $wr-muted;
        }

        ArticleList > .article-list--read {
            color: $wr-muted;
            text-style: none;
        }

        ArticleList > .article-list--cursor {
            background: $wr-cursor;
        }

        ArticleList:focus > .article-list--cursor {
            background: $wr-selection;
        }
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings("list")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--title",
        "article-list--meta",
        "article-list--cursor",
        "article-list--read",
    }

    cursor: reactive[int] = reactive(0)

    @dataclass
    class Highlighted(Message):
        """The cursor rests on `hit`; queued moves merge (holding j sends one, not fifty)."""

        article_list: ArticleList
        hit: SearchHit

        @property
        def control(self) -> ArticleList:
            return self.article_list

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleList.Highlighted)

    @dataclass
    class NeedMore(Message):
        """The cursor is near the end of a list that has more results than it shows (or went
        to its end: `to_end` wants every result)."""

        article_list: ArticleList
        to_end: bool = False

        @property
        def control(self) -> ArticleList:
            return self.article_list

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ArticleList.NeedMore)

    @dataclass
    class BookmarkLead(Message):
        """`b` on a row: its article's first sentence, bookmarked without opening it."""

        article_list: ArticleList
        hit: SearchHit

        @property
        def control(self) -> ArticleList:
            return self.article_list

    @dataclass
    class ShowVersions(Message):
        """`V` on a row: every version of its story, newest first."""

        article_list: ArticleList
        hit: SearchHit

        @property
        def control(self) -> ArticleList:
            return self.article_list

    @dataclass
    class MarkAllRead(Message):
        """`A`: every article the list's search matches, marked read."""

        article_list: ArticleList

        @property
        def control(self) -> ArticleList:
            return self.article_list

    @dataclass
    class Opened(Message):
        article_list: ArticleList
        hit: SearchHit

        @property
        def control(self) -> ArticleList:
            return self.article_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.read: set[str] = set()  # ids of the listed articles already read
        self.hits: tuple[SearchHit, ...] = ()
        self.more = False  # the search matched more than the list holds
        self._asked_more = False
        self._to_end = False  # G was pressed before the last rows were loaded
        self._styles: dict[str, Style] = {}

    def set_hits(
        self,
        hits: tuple[SearchHit, ...],
        more: bool = False,
        extend: bool = False,
        keep: str | None = None,
    ) -> None:
        """Show `hits`; `extend` keeps the cursor where it is (a longer page of the same search);
        `keep`: the article already open, which the cursor goes to without a preview."""
        self.hits, self.more, self._asked_more = hits, more, False
        if not extend:
            self.read = set()
        self.virtual_size = Size(self.size.width, len(hits) * ROW_HEIGHT)
        self.refresh()
        if extend:
            if self._to_end and not more:
                self._to_end = False
                self.cursor = len(hits) - 1
            return
        self._to_end = False
        self.set_reactive(ArticleList.cursor, 0)
        self.scroll_to(0, 0, animate=False)
        kept = [i for i, hit in enumerate(hits) if hit.id == keep]
        if kept:
            self.call_after_refresh(self.move_quietly, kept[0])
        elif hits:
            self.post_message(self.Highlighted(self, hits[0]))

    def mark_read(self, ids: set[str]) -> None:
        self.read |= ids
        self.refresh()

    def set_read(self, article_id: str, read: bool) -> None:
        if read:
            self.read.add(article_id)
        else:
            self.read.discard(article_id)
        self.refresh()

    def move_quietly(self, row: int) -> None:
        """The cursor to `row` without a preview (the caller opens that article itself)."""
        self.set_reactive(ArticleList.cursor, self.validate_cursor(row))
        self._show_row(self.cursor)
        self.refresh()

    def _show_row(self, row: int) -> None:
        self.scroll_to_region(
            Region(0, row * ROW_HEIGHT, max(1, self.size.width), ROW_HEIGHT), animate=False
        )

    @property
    def current(self) -> SearchHit | None:
        return self.hits[self.cursor] if 0 <= self.cursor < len(self.hits) else None

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.hits) - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        self._show_row(new)
        self.refresh()
        if self.current is not None and old != new:
            self.post_message(self.Highlighted(self, self.current))
        if self.more and not self._asked_more and new >= len(self.hits) - 10:
            self._asked_more = True
            self.post_message(self.NeedMore(self))

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles looked up once a frame, not once a line: each lookup walks the CSS.
        self._styles = {
            "base": self.rich_style,
            "cursor": self.get_component_rich_style("article-list--cursor"),
            **{name: _text_only(self.get_component_rich_style(f"article-list--{name}"))
               for name in ("title", "meta", "read")},
        }  # fmt: skip
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        scroll_y = self.scroll_offset.y
        row, part = divmod(y + scroll_y, ROW_HEIGHT)
        width = self.size.width
        styles = self._styles
        if row >= len(self.hits):
            return Strip.blank(width, styles["base"])
        hit = self.hits[row]
        base = styles["base"]
        if row == self.cursor:
            base = base + styles["cursor"]
        if part == 0:  # unread articles carry a dot and bold, as in newsboat's list
            read = hit.id in self.read
            dot = "  " if read else "● "
            style = styles["read"] if read else styles["title"]
            text = Text(f"{dot}{safe_line(hit.title)}")
        else:
            style = styles["meta"]
            parts = [safe_line(hit.source) or "unknown", when(hit.published), shown_language(hit.language),
                     versions_note(hit.version, hit.earlier, hit.status),
                     plural(hit.n_actors, "actor"), plural(hit.n_quotes, "quote")]  # fmt: skip
            text = Text("   " + " · ".join(p for p in parts if p))
        text.truncate(width, overflow="ellipsis")
        text.stylize(style)  # a span: Text's own style= is not drawn by render()
        segments = list(text.render(self.app.console, end=""))
        strip = Strip(segments).apply_style(base)
        return strip.adjust_cell_length(width, base)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.hits) * ROW_HEIGHT)

    def on_click(self, event: events.Click) -> None:
        row = (event.y + self.scroll_offset.y) // ROW_HEIGHT
        if 0 <= row < len(self.hits):
            self.cursor = row
            if event.chain >= 2:
                self.action_open()

    def _page(self) -> int:
        return max(1, self.size.height // ROW_HEIGHT - 1)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_top(self) -> None:
        self.cursor = 0

    def action_cursor_bottom(self) -> None:
        self.cursor = len(self.hits) - 1
        if self.more:  # the rows loaded are not all: the end comes with the rest
            self._to_end = self._asked_more = True
            self.post_message(self.NeedMore(self, to_end=True))

    def action_page_down(self) -> None:
        self.cursor += self._page()

    def action_page_up(self) -> None:
        self.cursor -= self._page()

    def action_bookmark_lead(self) -> None:
        if self.current is None:
            self.notify("No article here to bookmark.", severity="warning")
        else:
            self.post_message(self.BookmarkLead(self, self.current))

    def action_versions(self) -> None:
        hit = self.current
        if hit is None or not hit.earlier:
            self.notify("This story has no other versions.")
        else:
            self.post_message(self.ShowVersions(self, hit))

    def action_mark_all_read(self) -> None:
        self.post_message(self.MarkAllRead(self))

    def action_open(self) -> None:
        if self.current is not None:
            self.post_message(self.Opened(self, self.current))
