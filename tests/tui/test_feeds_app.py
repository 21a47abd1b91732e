"""Feeds in the app: fetched on a key, listed unread, marked read when opened, filtered."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tests.support.feeds import GOOD
from tests.support.loopback import Route, serve
from tests.support.tui import make_app, settle, status
from wirereader.feeds.subscriptions import Feed, FeedList
from wirereader.tui.widgets.article_list import ArticleList


async def test_fetch_on_a_key_then_read_state_and_unread_only(
    tmp_path: Path, seeds_copy: Path
) -> None:
    app = make_app(tmp_path, seeds_copy)
    with serve({"/f": Route(GOOD)}) as (url, _):
        app.config.feeds_path = tmp_path / "feeds.yaml"
        FeedList(app.config.feeds_file).save([Feed("harbour", url("/f"))])
        async with app.run_test(size=(160, 45)) as pilot:
            await settle(app, pilot)
            await pilot.press("R")
            for _ in range(100):  # the fetch, then the re-index in a child process
                await settle(app, pilot)
                if len(app.screen.query_one(ArticleList).hits) == 6:
                    break
                await asyncio.sleep(0.1)
            listing = app.screen.query_one(ArticleList)
            assert len(listing.hits) == 6 and not listing.read
            assert listing.render_line(0).text.startswith("●"), "unread articles carry a dot"
            await pilot.press("slash", *"dockers", "enter")
            await settle(app, pilot)
            opened = listing.hits[0].id
            await pilot.press("enter")
            await settle(app, pilot)
            assert opened in listing.read and not listing.render_line(0).text.startswith("●")
            assert app.library.read.which_read([opened]) == {opened}, "remembered"
            await pilot.press("escape", "U")
            await settle(app, pilot)
            assert "unread:yes" in app.screen.query_one("#query").value  # type: ignore[attr-defined]
            assert "No articles match" in status(app)
            await pilot.press("U")
            await settle(app, pilot)
            assert len(listing.hits) == 1
