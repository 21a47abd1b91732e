"""Work that finishes in a thread reaches the screen only while the screen can take it."""

from __future__ import annotations

import threading
import time

from tests.support.tui import settle, status
from wirereader.tui.app import WirereaderApp


async def test_work_that_fails_in_a_thread_is_said_and_the_app_goes_on(app: WirereaderApp) -> None:
    """One handler (the app's on_worker_state_changed) shows what a worker raised."""

    def broken(*args: object, **kwargs: object) -> object:
        raise OSError("the index folder went away")

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.library.search = broken  # type: ignore[method-assign]
        app.main.run_search("pentagon")
        await settle(app, pilot)
        assert "Search failed: the index folder went away" in status(app)
        app.library.actor_page = broken  # type: ignore[method-assign]
        app.main.open_actor_page("Donald Trump", "person")
        await settle(app, pilot)
        assert any("actor page failed" in str(n.message) for n in app._notifications)
        assert app.is_running and app.return_code is None


async def test_a_page_that_loads_after_its_screen_closed_is_dropped(app: WirereaderApp) -> None:
    """The result of work for a screen that is gone reaches no one, and raises nothing."""
    page_of = app.library.actor_page
    release = threading.Event()

    def slow_page(*args: object) -> object:
        release.wait(5)
        return page_of(*args)  # type: ignore[arg-type]

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.library.actor_page = slow_page  # type: ignore[method-assign]
        app.main.open_actor_page("Donald Trump", "person")
        await pilot.pause(0.1)
        page = app.screen
        await pilot.press("escape")
        assert app.screen is app.main
        release.set()
        await settle(app, pilot)
        assert getattr(page, "page", None) is None and app.is_running
        assert not [n for n in app._notifications if n.severity == "error"]


async def test_quitting_while_a_search_runs_raises_nothing(app: WirereaderApp) -> None:
    """The search ends after the status line it reports to has closed, before its screen has."""
    search = app.library.search
    status = None

    def search_that_outlives_the_status_line(*args: object, **kwargs: object) -> object:
        result = search(*args, **kwargs)  # type: ignore[arg-type]
        deadline = time.monotonic() + 5
        while status is not None and status.is_running and time.monotonic() < deadline:
            time.sleep(0.002)
        return result

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        status = app.screen.query_one("#status")
        app.library.search = search_that_outlives_the_status_line  # type: ignore[method-assign,assignment]
        app.main.run_search("pentagon")
        await pilot.pause(0.05)
    assert app.return_code in (0, None)


async def test_a_newer_search_stops_the_one_still_running(app: WirereaderApp) -> None:
    """A search of many terms runs for seconds at 100,000 stories, holding the library: the
    next keystroke's search must not wait for it, so the running one is told to stop."""
    from wirereader.errors import SearchCancelled

    search = app.library.search
    stopped = threading.Event()

    def slow_for_pentagon(query: str, **kwargs: object) -> object:
        should_stop = kwargs.get("should_stop")
        deadline = time.monotonic() + 10
        while query == "pentagon" and time.monotonic() < deadline:
            if callable(should_stop) and should_stop():
                stopped.set()
                raise SearchCancelled
            time.sleep(0.01)
        return search(query, **kwargs)  # type: ignore[arg-type]

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.library.search = slow_for_pentagon  # type: ignore[method-assign,assignment]
        app.main.run_search("pentagon")
        await pilot.pause(0.2)
        began = time.monotonic()
        app.main.run_search("wildfire")
        while time.monotonic() - began < 5 and not (
            app.main.result is not None and app.main.result.query == "wildfire"
        ):
            await pilot.pause(0.02)
        assert stopped.is_set(), "the running search was told to stop"
        assert app.main.result is not None and app.main.result.query == "wildfire"


async def test_an_index_that_cannot_be_built_is_said_not_indexing_for_ever(
    tmp_path: object,
) -> None:
    from pathlib import Path

    from textual.widgets import ProgressBar

    from wirereader.library.facade import Library
    from wirereader.settings.config import Config

    folder = Path(str(tmp_path)) / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Port strike ends\nDockers voted.\n", encoding="utf-8")
    index_dir = Path("/proc/wirereader-test/index")  # no folder can be made there
    app = WirereaderApp(Library(Config(library=[folder], index_dir=index_dir)))
    async with app.run_test(size=(120, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.1)
            if "Index not updated" in status(app):
                break
        assert "Index not updated" in status(app)
        assert not app.screen.query_one("#index-progress", ProgressBar).display
        assert any("cannot use the index folder" in str(n.message) for n in app._notifications)
