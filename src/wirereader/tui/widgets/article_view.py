"""The article pane: wrapped text with actors, quotes, figures and hits styled, a passage cursor."""

from __future__ import annotations

from bisect import bisect_right
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

from wirereader.extract import sentence_spans
from wirereader.model import Article, Extraction
from wirereader.render import DEFAULT_STYLES, hit_spans, styled_body
from wirereader.tui.bindings import bindings
from wirereader.tui.widgets.article_jumps import JumpsMixin
from wirereader.tui.widgets.article_layout import Row, layout, row_of
from wirereader.tui.widgets.plain_titles import PlainTitles
from wirereader.tui.widgets.words_at import next_word_end, prev_word_end, word_end, word_start


class ArticleView(PlainTitles, JumpsMixin, ScrollView, can_focus=True):
    DEFAULT_CSS = """
        ArticleView > .article-view--title {
            text-style: bold;
            color: $primary;
        }

        ArticleView > .article-view--meta {
            /* a solid colour: $text-muted has alpha, which partial styles drew as white on light themes */
            color: $secondary;
            text-style: italic;
        }

        ArticleView > .article-view--url {
            color: $accent;
            text-style: underline;
        }

        ArticleView > .article-view--cursor {
            background: $wr-cursor;
        }

        ArticleView > .article-view--selection {
            background: $wr-selection;
        }

        ArticleView > .article-view--mark {
            /* solid colours: reverse turned a hit under the cursor into cursor-on-background */
            background: $wr-hit;
            color: $wr-hit-text;
            text-style: bold;
        }
    """
    BINDINGS: ClassVar[list[BindingType]] = bindings("article")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-view--title",
        "article-view--meta",
        "article-view--url",
        "article-view--cursor",
        "article-view--selection",
        "article-view--mark",
    }

    @dataclass
    class BookmarkRequested(Message):
        article_view: ArticleView
        start: int
        end: int
        with_note: bool

        @property
        def control(self) -> ArticleView:
            return self.article_view

    @dataclass
    class PastEnd(Message):
        """Space on the article's last page: the reader wants the next unread article."""

        article_view: ArticleView

        @property
        def control(self) -> ArticleView:
            return self.article_view

    @dataclass
    class NothingToClear(Message):
        """Escape with nothing selected or marked: the reader goes back to the list."""

        article_view: ArticleView

        @property
        def control(self) -> ArticleView:
            return self.article_view

    # The passage cursor and what is selected or marked: reactives, so a change repaints.
    cursor: reactive[int] = reactive(0)  # a sentence index, clamped by validate_cursor
    select_from: reactive[int | None] = reactive(None)  # selection start, a sentence index
    span: reactive[tuple[int, int] | None] = reactive(None)  # by word: (anchor, head) offsets
    mark: reactive[tuple[int, int] | None] = reactive(None)  # the quote/figure/hit jumped to

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.sentences) - 1)) if self.sentences else 0

    def __init__(self, *, id: str | None = None) -> None:
        self.sentences: list[tuple[int, int]] = []  # before super(): the validator reads it
        super().__init__(id=id)
        self.article: Article | None = None
        self.extraction = Extraction()
        self.styles_map: dict[str, str] = dict(DEFAULT_STYLES)
        self.hits: list[tuple[int, int]] = []
        self._anchor: int | None = None  # where a mouse drag began
        self._dragging = False
        self._rows: list[Row] = []
        self._row_starts: list[int] = []
        self._styled = Text()
        self._width = 0
        self._base = Style()
        self._frame_overlays: list[tuple[int, int, Style]] = []
        self._part_styles: dict[str, Style] = {}

    # -- content ----------------------------------------------------------------------------
    def show(self, article: Article, extraction: Extraction, terms: tuple[str, ...] = ()) -> None:
        self.article, self.extraction = article, extraction
        self.hits = hit_spans(article.body, terms)
        self.sentences = sentence_spans(article.body) or [(0, len(article.body))]
        self.cursor, self.select_from, self.mark = 0, None, None
        self._restyle()
        self.scroll_to(0, 0, animate=False)
        self.border_subtitle = ""

    def clear(self) -> None:
        self.article, self.extraction, self.hits = None, Extraction(), []
        self.sentences, self.cursor, self.select_from, self.mark = [], 0, None, None
        self.border_title, self.border_subtitle = "Article", ""
        self._relayout()

    def use_styles(self, styles: dict[str, str]) -> None:
        self.styles_map = styles
        self._restyle()

    def _restyle(self) -> None:
        if self.article is None:
            return
        self._styled = styled_body(self.article.body, self.extraction, self.styles_map, self.hits)
        self._relayout()

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width - 1)
        self._width = width
        if self.article is None:
            self._rows = []
        else:
            self._rows = layout(self.article, self._styled, width)
        self._row_starts = [r.start for r in self._rows if r.start >= 0]
        self.virtual_size = Size(width, len(self._rows))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.article is not None:  # after the refresh: the content region is then current
            self.call_after_refresh(self._relayout)

    # -- drawing ----------------------------------------------------------------------------
    def _overlays(self) -> list[tuple[int, int, Style]]:
        spans: list[tuple[int, int, Style]] = []
        if self.sentences:
            low, high = self.selection_range()
            name = (
                "article-view--selection"
                if self.select_from is not None or self.span is not None
                else "article-view--cursor"
            )
            spans.append((low, high, self.get_component_rich_style(name, partial=True)))
            # Hits inside the cursor keep their own colours: the cursor's background would
            # otherwise leave hit text (dark on light) on a dark row.
            hit = Style.parse(self.styles_map["hit"])
            spans += [(s, e, hit) for s, e in self.hits if s < high and e > low]
        if self.mark:
            spans.append(
                (*self.mark, self.get_component_rich_style("article-view--mark", partial=True))
            )
        return spans

    def render_lines(self, crop: Region) -> list[Strip]:
        # Computed once a frame, not once a line: rich_style walks the CSS each time.
        self._base = self.rich_style
        self._frame_overlays = self._overlays()
        self._part_styles = {
            name: self.get_component_rich_style(name, partial=True)
            for name in ("article-view--title", "article-view--meta", "article-view--url")
        }
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.size.width
        base = self._base
        if index >= len(self._rows):
            return Strip.blank(width, base)
        row = self._rows[index]
        text = row.text.copy()
        if row.part:
            text.stylize(self._part_styles[f"article-view--{row.part}"])
        if row.start >= 0:
            for start, end, style in self._frame_overlays:
                if start < row.end and end > row.start:
                    text.stylize(
                        style, max(start, row.start) - row.start, min(end, row.end) - row.start
                    )
        segments = list(text.render(self.app.console, end=""))
        return Strip(segments).apply_style(base).adjust_cell_length(width, base)

    # -- passage cursor and selection -------------------------------------------------------
    def selection_range(self) -> tuple[int, int]:
        """The selected passage: whole words (mouse, w/W) or whole sentences (j/k)."""
        if self.span is not None and self.article is not None:
            low, high = sorted(self.span)
            return word_start(self.article.body, low), word_end(self.article.body, high)
        first = self.cursor if self.select_from is None else min(self.cursor, self.select_from)
        last = self.cursor if self.select_from is None else max(self.cursor, self.select_from)
        return self.sentences[first][0], self.sentences[last][1]

    def _sentence_at(self, offset: int) -> int:
        return max(0, bisect_right([s for s, _ in self.sentences], offset) - 1)

    def _scroll_to_offset(self, offset: int, end: int | None = None) -> None:
        if not self._rows:
            return
        top = row_of(self._rows, self._row_starts, offset)
        bottom = row_of(self._rows, self._row_starts, max(offset, (end or offset) - 1))
        self.scroll_to_region(
            Region(0, top, 1, bottom - top + 1), animate=False, spacing=None, top=False
        )

    def move_to(self, sentence: int) -> None:
        if not self.sentences:
            return
        self.cursor = sentence
        self._scroll_to_offset(*self.sentences[self.cursor])

    def action_next_sentence(self) -> None:
        self.mark, self.span = None, None
        self.move_to(self.cursor + 1)

    def action_prev_sentence(self) -> None:
        self.mark, self.span = None, None
        self.move_to(self.cursor - 1)

    def _paragraph_starts(self) -> list[int]:
        body = self.article.body if self.article else ""
        return [i for i, (s, _) in enumerate(self.sentences) if s == 0 or body[s - 2 : s] == "\n\n"]

    def action_next_paragraph(self) -> None:
        later = [i for i in self._paragraph_starts() if i > self.cursor]
        self.move_to(later[0] if later else len(self.sentences) - 1)

    def action_prev_paragraph(self) -> None:
        earlier = [i for i in self._paragraph_starts() if i < self.cursor]
        self.move_to(earlier[-1] if earlier else 0)

    def action_article_top(self) -> None:
        self.move_to(0)
        self.scroll_home(animate=False)

    def action_article_bottom(self) -> None:
        self.move_to(len(self.sentences) - 1)
        self.scroll_end(animate=False)

    def action_page_down(self) -> None:
        if self.article is None or self.scroll_y >= self.max_scroll_y:
            self.post_message(self.PastEnd(self))
            return
        self._page_to(min(self.max_scroll_y, self.scroll_y + self._page_rows()))

    def action_page_up(self) -> None:
        self._page_to(max(0, self.scroll_y - self._page_rows()))

    def _page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)  # a line of the last page stays

    def _page_to(self, y: float) -> None:
        """Scroll to row `y`, the passage cursor on the first sentence that starts on screen."""
        self.scroll_to(y=y, animate=False)
        top = int(y)
        shown = [r.start for r in self._rows[top : top + self._page_rows() + 1] if r.start >= 0]
        if shown and self.sentences:
            first = self._sentence_at(shown[0])
            if self.sentences[first][0] < shown[0] and first + 1 < len(self.sentences):
                first += 1  # that sentence began on the page above
            self.set_reactive(ArticleView.cursor, first)
            self.mark, self.span = None, None
            self.refresh()

    def action_toggle_select(self) -> None:
        selecting = self.select_from is not None or self.span is not None
        self.select_from, self.span = (None if selecting else self.cursor), None

    def action_clear_selection(self) -> None:
        if self.select_from is None and self.span is None and self.mark is None:
            self.post_message(self.NothingToClear(self))
        self.select_from, self.span, self.mark = None, None, None

    def _word_step(self, forward: bool) -> None:
        """Move the selection's end one word: w/W, or Shift+arrows."""
        if self.article is None or not self.sentences:
            return
        if self.span is None:
            low, high = self.selection_range()
            self.span = (low, high)
        anchor, head = self.span
        body = self.article.body
        head = next_word_end(body, head) if forward else prev_word_end(body, head, anchor)
        self.span = (anchor, head)
        self.cursor = self._sentence_at(max(0, head - 1))
        self._scroll_to_offset(head)

    def action_select_word_next(self) -> None:
        self._word_step(True)

    def action_select_word_prev(self) -> None:
        self._word_step(False)

    def action_bookmark(self) -> None:
        self._request_bookmark(False)

    def action_bookmark_note(self) -> None:
        self._request_bookmark(True)

    def _request_bookmark(self, with_note: bool) -> None:
        if self.article is None:
            return
        start, end = self.selection_range()
        self.post_message(self.BookmarkRequested(self, start, end, with_note))
        self.select_from, self.span = None, None

    # -- mouse ------------------------------------------------------------------------------
    def _offset_at(self, x: int, y: int) -> int | None:
        index = y + self.scroll_offset.y
        if not 0 <= index < len(self._rows) or self._rows[index].start < 0:
            return None
        row = self._rows[index]
        return min(row.end, row.start + max(0, x))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A click puts the cursor on a sentence; a drag selects the words it passes over."""
        offset = self._offset_at(event.x, event.y)
        if offset is not None:
            self.mark, self.span = None, None
            self.cursor = self._sentence_at(offset)
            self.select_from = self.cursor if event.shift else None
            self._anchor, self._dragging = offset, True
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging and event.button and self._anchor is not None:
            offset = self._offset_at(event.x, event.y)
            if offset is not None and offset != self._anchor:
                self.select_from = None
                self.span = (self._anchor, offset)
                self.cursor = self._sentence_at(offset)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self._dragging = False
        self.release_mouse()
