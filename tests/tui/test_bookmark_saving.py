"""Saving a bookmark never blocks the reader, and a failed save keeps the passage."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from textual.widgets import DataTable, Static

from tests.support.tui import seed_bookmarks, settle
from wirereader.bookmarks.store import BookmarkStore
from wirereader.support.files import file_lock
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.main import MainScreen


def messages(app: WirereaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


@contextlib.contextmanager
def lock_held(path: Path) -> Iterator[threading.Event]:
    """Another wirereader holds the bookmarks lock until the event given is set."""
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with file_lock(path):
            held.set()
            release.wait(20)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        yield release
    finally:
        release.set()
        holder.join()


async def test_a_held_lock_makes_the_save_wait_not_the_app(
    app: WirereaderApp, tmp_path: Path
) -> None:
    with lock_held(tmp_path / "bookmarks.yaml.lock") as release:
        async with app.run_test(size=(160, 45)) as pilot:
            await settle(app, pilot)
            await pilot.press("enter", "b")
            await pilot.pause(0.8)
            assert any("Waiting for the bookmarks file" in m for m in messages(app))
            await pilot.press("j")  # the app still answers keys while the save waits
            release.set()
            await settle(app, pilot)
            assert any(m.startswith("Bookmarked ") for m in messages(app))
            marks = yaml.safe_load((tmp_path / "bookmarks.yaml").read_text("utf-8"))
            assert len(marks["bookmarks"]) == 1


async def test_a_failed_save_keeps_the_passage_for_a_retry(
    app: WirereaderApp, tmp_path: Path
) -> None:
    target = tmp_path / "bookmarks.yaml"
    target.mkdir()  # a folder where the file should be: every save fails
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "b")
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen) and len(main.unsaved) == 1
        assert any("1 passage kept" in m for m in messages(app))
        target.rmdir()
        main.retry_bookmarks()
        await settle(app, pilot)
        assert main.unsaved == []
        marks = yaml.safe_load(target.read_text("utf-8"))["bookmarks"]
        assert len(marks) == 1 and marks[0]["text"]


async def test_a_held_lock_makes_a_delete_wait_not_the_bookmarks_screen(
    app: WirereaderApp, tmp_path: Path
) -> None:
    store = seed_bookmarks(app, tmp_path / "bookmarks.yaml", (0, 200))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("B")
        await settle(app, pilot)
        with lock_held(tmp_path / "bookmarks.yaml.lock") as release:
            await pilot.press("d")
            await pilot.pause(0.8)
            assert any("Waiting for the bookmarks file" in m for m in messages(app))
            await pilot.press("j")  # the screen still answers keys while the delete waits
            release.set()
            await settle(app, pilot)
            await settle(app, pilot)
        assert any(m.startswith("Deleted the bookmark") for m in messages(app))
        assert len(store.load()) == 1
        assert app.screen.query_one(DataTable).row_count == 1


async def test_a_hand_edited_file_with_one_id_twice_lists_both(
    app: WirereaderApp, tmp_path: Path
) -> None:
    entry = "- id: same\n  article_id: a1\n  start: {0}\n  end: {1}\n  text: passage {0}\n"
    path = tmp_path / "bookmarks.yaml"
    path.write_text("bookmarks:\n" + entry.format(0, 5) + entry.format(10, 15), encoding="utf-8")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("B")
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 2
        await pilot.press("j", "d")  # both go (they are one id): the table shows the file
        await settle(app, pilot)
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == len(BookmarkStore(path).load()) == 0


async def test_bookmarks_listed_in_batches_arrive_all_in_file_order(
    app: WirereaderApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirereader.tui.screens import bookmarks as screen_module

    monkeypatch.setattr(screen_module, "ROWS_AT_ONCE", 2)  # 7 rows: 4 batches
    store = seed_bookmarks(app, tmp_path / "bookmarks.yaml", (0, 50, 100, 150, 200, 250, 300))
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.pause(0.3)
        table = app.screen.query_one(DataTable)
        passages = [str(table.get_row_at(i)[2]) for i in range(table.row_count)]
        assert passages == [m.text.replace("\n\n", " ¶ ") for m in store.load()]
        title = str(app.screen.query_one("#bookmarks-title", Static).render())
        assert title.startswith("7 bookmarks — ")
        await pilot.press("d")  # the last batch's rows are as much the table's as the first's
        await settle(app, pilot)
        assert table.row_count == len(store.load()) == 6
