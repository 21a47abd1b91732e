"""Saving a bookmark never blocks the reader, and a failed save keeps the passage."""

from __future__ import annotations

import threading
from pathlib import Path

import yaml

from tests.tui.test_flows import settle
from wirereader.fileio import file_lock
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.main import MainScreen


def messages(app: WirereaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_a_held_lock_makes_the_save_wait_not_the_app(
    app: WirereaderApp, tmp_path: Path
) -> None:
    lock = tmp_path / "bookmarks.yaml.lock"
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with file_lock(lock):
            held.set()
            release.wait(20)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
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
    finally:
        release.set()
        holder.join()


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
