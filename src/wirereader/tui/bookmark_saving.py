"""Saving bookmarks from the reader off the UI thread; a failed save keeps the passage to retry."""

from __future__ import annotations

import threading

from wirereader.bookmarks import Bookmark, BookmarkFileError, BookmarkStore, make_bookmark
from wirereader.errors import LockTimeout
from wirereader.extract import sentence_spans
from wirereader.support import plural, safe_line
from wirereader.tui.screen_part import ScreenPart
from wirereader.tui.screens.bookmarks import WAITING
from wirereader.tui.screens.note import NoteScreen
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView


class BookmarkSaving(ScreenPart):
    """A MainScreen part: needs its host (`wr`) and `current`."""

    unsaved: list[Bookmark]  # bookmarks whose save failed, to retry
    _saving: threading.Lock

    def init_bookmark_saving(self) -> None:
        self.unsaved = []
        self._saving = threading.Lock()

    def on_article_view_bookmark_requested(self, event: ArticleView.BookmarkRequested) -> None:
        if self.current is None:
            return
        article, extraction = self.current

        def save(note: str | None) -> None:
            if note is not None:
                self.save_bookmark(make_bookmark(article, extraction, event.start, event.end, note))

        if event.with_note:
            passage = article.body[event.start : event.end]
            self.app.push_screen(NoteScreen(passage, article.title), save)
        else:
            save("")

    def on_article_list_bookmark_lead(self, event: ArticleList.BookmarkLead) -> None:
        found = self.wr.library.article(event.hit.id)
        if found is None:
            self.notify("That article is no longer in the index.", severity="warning")
            return
        article, extraction = found
        spans = sentence_spans(article.body)
        if not spans:
            self.notify("That article has no text to bookmark.", severity="warning")
            return
        self.save_bookmark(make_bookmark(article, extraction, *spans[0], ""))

    def save_bookmark(self, mark: Bookmark) -> None:
        """Off the UI thread: a held lock makes the save wait, never the reader."""
        self.wr.in_background(lambda: self._save(mark), "bookmark", "Saving", exclusive=False)

    def _save(self, mark: Bookmark) -> None:
        store = self.wr.bookmarks
        with self._saving:
            self.unsaved.append(mark)  # kept until saved: a failure loses nothing
            self._save_unsaved(store)

    def _save_unsaved(self, store: BookmarkStore) -> None:
        saved, again = "", ""
        try:
            for waiting in list(self.unsaved):
                try:
                    added = store.add(waiting, wait=0.3)
                except LockTimeout:
                    self.notify(WAITING)
                    added = store.add(waiting, wait=15)
                self.unsaved.remove(waiting)
                words = plural(len(waiting.text.split()), "word")
                if added:
                    saved = f"{words} from “{safe_line(waiting.title)}”"
                else:
                    again = f"Already bookmarked: these {words} from “{safe_line(waiting.title)}”"
        except (BookmarkFileError, LockTimeout, OSError) as exc:
            self.notify(
                f"{safe_line(exc)}\n{plural(len(self.unsaved), 'passage')} kept: saved with your "
                "next bookmark, or Ctrl+P → Save unsaved bookmarks.",
                title="Bookmark not saved",
                severity="error",
                timeout=15,
            )
            return
        if again:
            self.notify(again, title="Bookmark", severity="warning")
        if saved:
            self.notify(f"Bookmarked {saved}", title="Bookmark")

    def retry_bookmarks(self) -> None:
        self.wr.in_background(self._retry, "bookmark", "Saving", exclusive=False)

    def _retry(self) -> None:
        with self._saving:
            if self.unsaved:
                self._save_unsaved(self.wr.bookmarks)
