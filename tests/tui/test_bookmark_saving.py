"""Saving a bookmark never blocks the reader, and a failed save keeps the passage."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import yaml
from textual.widgets import DataTable

from tests.tui.conftest import seed_bookmarks
from tests.tui.test_flows import settle
from wirereader.fileio import file_lock
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
