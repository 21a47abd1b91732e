"""SVG snapshots of each screen: the main screen in every shipped theme at 80×24 and 160×45; search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.tui import THEMES, make_app
from wirereader.bookmarks.store import BookmarkStore, make_bookmark


async def _settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("size", [(80, 24), (160, 45)], ids=["80x24", "160x45"])
@pytest.mark.parametrize("theme", THEMES)
def test_main_screen(
    snap_compare: Any, home: Path, seeds_copy: Path, theme: str, size: tuple[int, int]
) -> None:
    app = make_app(home, seeds_copy, theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=_settle)


def test_main_screen_after_jumping_to_a_quote(
    snap_compare: Any, home: Path, seeds_copy: Path
) -> None:
    app = make_app(home, seeds_copy)
    assert snap_compare(
        app, press=["enter", "right_square_bracket"], terminal_size=(160, 45), run_before=_settle
    )


def test_help_screen(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    app = make_app(home, seeds_copy)
    assert snap_compare(app, press=["question_mark"], terminal_size=(160, 45), run_before=_settle)


def test_bookmarks_screen(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    app = make_app(home, seeds_copy)
    found = app.library.article(app.library.search("radakin").hits[0].id)
    assert found is not None
    article, extraction = found
    start = article.body.index("Tony Radakin")
    mark = make_bookmark(article, extraction, start, start + 120, note="who attends")
    mark = type(mark)(**{**mark.__dict__, "created": "2025-09-10T12:00:00", "id": "fixed0001"})
    BookmarkStore(home / "bookmarks.yaml").add(mark)
    assert snap_compare(app, press=["B"], terminal_size=(160, 45), run_before=_settle)


def test_actor_page(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    app = make_app(home, seeds_copy)

    async def open_page(pilot: Any) -> None:
        await _settle(pilot)
        pilot.app.main.open_actor_page("Tony Radakin", "person")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(160, 45), run_before=open_page)


def test_search_offering_a_spelling(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    app = make_app(home, seeds_copy)

    async def search(pilot: Any) -> None:
        await _settle(pilot)
        await pilot.press("slash", *"title:wildfyre")
        await pilot.pause(0.1)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=search)


def test_feed_list(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    """q from the list: every source with its unread and article counts (one story read)."""
    app = make_app(home, seeds_copy)

    async def read_one_then_up(pilot: Any) -> None:
        await _settle(pilot)
        await pilot.press("enter", "q", "q")
        await _settle(pilot)

    assert snap_compare(app, terminal_size=(100, 24), run_before=read_one_then_up)


def test_note_dialog_shows_the_passage(snap_compare: Any, home: Path, seeds_copy: Path) -> None:
    app = make_app(home, seeds_copy)
    assert snap_compare(app, press=["enter", "j", "m"], terminal_size=(100, 30), run_before=_settle)
