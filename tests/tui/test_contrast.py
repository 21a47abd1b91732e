"""Every screen in every shipped theme, its text measured against its background, cell by cell:
4.5:1 in the high-contrast theme (WCAG AA), 3:1 in the others, never text the colour of its
background. The colours are the ones the app draws, not the ones the theme file names."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.contrast import text_cells, worst
from tests.support.tui import THEMES, make_app
from wirereader.bookmarks.store import BookmarkStore, make_bookmark

MINIMUM = {"wirereader-high-contrast": 4.5, "wirereader-dark": 3.0, "wirereader-light": 3.0}
Steps = Callable[[Any], Awaitable[None]]


async def settle(pilot: Any) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def article_open(pilot: Any) -> None:
    await pilot.press("enter")


async def hit_under_cursor(pilot: Any) -> None:
    await pilot.press("slash", *"pentagon", "enter")
    await settle(pilot)
    await pilot.press("enter", "n")


async def side_row_selected(pilot: Any) -> None:
    await pilot.press("enter", "tab", "j")
    assert pilot.app.focused is pilot.app.screen.query_one("#side")


async def selection(pilot: Any) -> None:
    await pilot.press("enter", "j", "v", "j", "j")


async def help_screen(pilot: Any) -> None:
    await pilot.press("question_mark")


async def bookmarks_screen(pilot: Any) -> None:
    await pilot.press("B")


async def actor_page(pilot: Any) -> None:
    await pilot.press("slash", *"radakin", "enter")
    await settle(pilot)
    await pilot.press("enter", "a", "enter")  # the first actor's page


async def feed_list(pilot: Any) -> None:
    """Feeds subscribed (one whose last fetch failed), none fetched yet, one story read."""
    feeds = pilot.app.config.index_dir.parent / "subscribed.yaml"
    rows = "".join(
        f"- {{name: wire-{n}, url: 'https://w{n}.example/rss', title: Wire service {n}, "
        f"category: World, status: {'error' if n == 2 else 'ok'}}}\n"
        for n in range(8)
    )
    feeds.write_text("feeds:\n" + rows)
    pilot.app.config.feeds_path = feeds
    await pilot.press("enter", "q", "q")


async def note_dialog(pilot: Any) -> None:
    await pilot.press("enter", "m")


async def skipped_files(pilot: Any) -> None:
    pilot.app.skipped = [
        (f"/news/broken-{n}.md", "malformed front matter: line 2") for n in range(9)
    ]
    pilot.app.action_skipped_files()


SCREENS: dict[str, tuple[Steps, tuple[int, int]]] = {
    "actor-page": (actor_page, (160, 45)),
    "feed-list": (feed_list, (160, 45)),
    "note": (note_dialog, (160, 45)),
    "skipped": (skipped_files, (160, 45)),
    "article-80x24": (article_open, (80, 24)),
    "article-160x45": (article_open, (160, 45)),
    "hit-under-cursor": (hit_under_cursor, (160, 45)),
    "side-row-selected": (side_row_selected, (160, 45)),
    "selection-80x24": (selection, (80, 24)),
    "help": (help_screen, (160, 45)),
    "bookmarks": (bookmarks_screen, (160, 45)),
}


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("theme", THEMES)
async def test_text_is_readable(tmp_path: Path, seeds_copy: Path, theme: str, screen: str) -> None:
    app = make_app(tmp_path, seeds_copy, theme=theme)
    article = app.library.article(app.library.search("radakin").hits[0].id)
    assert article is not None
    BookmarkStore(tmp_path / "bookmarks.yaml").add(make_bookmark(*article, 0, 120, "check"))
    steps, size = SCREENS[screen]
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await steps(pilot)
        await settle(pilot)
        cells = text_cells(app)
        assert len(cells) > 200, "the screen shows text"
        problems = worst(cells, MINIMUM[theme])
        assert not problems, "\n".join(problems[:15])
