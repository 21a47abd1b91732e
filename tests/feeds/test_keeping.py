"""Nothing fetched is lost or left unsearchable: a run killed before its index commit is
finished by the next one; retention removes only what the config says, never a bookmark."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.support import ROOT, run_cli, write
from tests.support.feeds import GOOD, LONG, quick_fetch_config, rss
from tests.support.loopback import Route, serve
from wirereader.bookmarks import BookmarkStore, make_bookmark
from wirereader.errors import IndexLocked
from wirereader.feeds.subscriptions import FeedList
from wirereader.library.facade import Library
from wirereader.settings.config import Config

run = run_cli


@pytest.fixture(autouse=True)
def quick(isolated_home: Path) -> None:
    quick_fetch_config(isolated_home)


def _found(capsys: pytest.CaptureFixture[str], words: str) -> str:
    return run(capsys, "search", "--json", words)[1]


def test_a_fetch_whose_index_fails_asks_for_the_whole_feed_next_time(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = {"/f": Route(GOOD, etag='"v1"')}
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "h")

        def locked(*args: object, **kwargs: object) -> None:
            raise IndexLocked("the index is being updated by another wirereader")

        with monkeypatch.context() as patch:
            patch.setattr(Library, "index", locked)
            code, out, err = run(capsys, "fetch")
        assert code == 1 and "another wirereader" in err
        (feed,) = FeedList(Config().feeds_file).load()
        assert feed.etag == "", "an ETag saved now would make the next fetch a 304"
        code, out, _ = run(capsys, "fetch")
        assert code == 0 and "h: 0 new, 0 updated, 2 unchanged" in out
    assert '"title": "Dockers vote"' in _found(capsys, "dockers")


def test_articles_a_killed_fetch_wrote_are_indexed_by_the_next(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    """kill -9 after the article files are written, before the index: a real process."""
    routes = {"/f": Route(GOOD, etag='"v1"')}
    killed = (
        "import os, signal, sys\n"
        "import wirereader.feeds.run as run\n"
        "run.os.sync = lambda: os.kill(os.getpid(), signal.SIGKILL)\n"
        "from wirereader.cli import main\n"
        "sys.exit(main(['fetch']))\n"
    )
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "h")
        assert run(capsys, "fetch")[0] == 0
        routes["/f"].body = rss("Harbour Wire", ("a3", "Tugboats idle", LONG))
        routes["/f"].etag = '"v2"'
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run([sys.executable, "-c", killed], env=env, capture_output=True)
        assert done.returncode == -9
        assert len(list((Config().feeds_dir / "h").glob("*.md"))) == 3, "written, not indexed"
        assert "Tugboats" not in _found(capsys, "tugboats")
        code, out, _ = run(capsys, "fetch")
    assert code == 0 and "h: 0 new, 0 updated, 1 unchanged" in out
    assert '"title": "Tugboats idle"' in _found(capsys, "tugboats")


def test_a_file_left_unindexed_is_indexed_even_when_the_feed_is_not_modified(
    capsys: pytest.CaptureFixture[str],
) -> None:
    routes = {"/f": Route(GOOD, etag='"v1"')}
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "h")
        run(capsys, "fetch")
        write(Config().feeds_dir / "h" / "left.md", "---\ntitle: Tugboats idle\n---\n" + LONG)
        code, out, _ = run(capsys, "fetch")
    assert "h: not modified" in out and code == 0
    assert '"title": "Tugboats idle"' in _found(capsys, "tugboats")


def _dated_feed(days_ago: list[int]) -> bytes:
    items = []
    for age in days_ago:
        when = (datetime.now() - timedelta(days=age)).strftime("%a, %d %b %Y 10:00:00 GMT")
        items.append(
            f"<item><guid>d{age}</guid><title>Day {age} story</title><pubDate>{when}</pubDate>"
            f"<description>{LONG}</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Daily</title>'
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def test_retention_keeps_the_newest_and_every_bookmark(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    quick_fetch_config(isolated_home, "retention:\n  keep: 3\n")
    routes = {"/f": Route(_dated_feed([1, 4]))}
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "daily")
        run(capsys, "fetch")
        old = next(h for h in _hits(capsys, "feed:daily") if h["title"] == "Day 4 story")
        article, extraction = Library(Config()).article(old["id"]) or pytest.fail("no article")
        BookmarkStore(Config().bookmarks_file).add(make_bookmark(article, extraction, 0, 40))
        routes["/f"].body = _dated_feed([0, 2, 3, 5])  # the feed rotated: four others
        code, out, _ = run(capsys, "fetch")
    assert code == 0 and "retention removed 2 old articles" in out, out
    titles = sorted(h["title"] for h in _hits(capsys, "feed:daily"))
    # kept: the 3 newest (days 0, 1, 2) and the bookmarked day 4; gone: days 3 and 5
    assert titles == ["Day 0 story", "Day 1 story", "Day 2 story", "Day 4 story"]


def _hits(capsys: pytest.CaptureFixture[str], words: str) -> list[dict[str, str]]:
    import json

    code, out, err = run(capsys, "search", "--json", "--limit", "50", words)
    assert code == 0, err
    return list(json.loads(out)["hits"])


def test_prune_shows_what_it_would_remove_and_removes_only_when_told(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    routes = {"/f": Route(_dated_feed([1, 10, 40, 50]))}
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "daily")
        run(capsys, "fetch")
    config = quick_fetch_config(isolated_home, "retention:\n  feeds:\n    daily: {days: 30}\n")
    assert config.exists()
    code, out, _ = run(capsys, "feeds", "prune")
    assert code == 0 and "daily: 2 articles" in out and "would be removed" in out
    assert len(_hits(capsys, "feed:daily")) == 4, "a dry run removes nothing"
    code, out, _ = run(capsys, "feeds", "prune", "--apply")
    assert code == 0 and "Removed 2 articles." in out
    assert sorted(h["title"] for h in _hits(capsys, "feed:daily")) == [
        "Day 1 story",
        "Day 10 story",
    ]


def test_retention_in_the_config_is_checked(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    quick_fetch_config(isolated_home, "retention:\n  keep: -1\n")
    code, _, err = run(capsys, "feeds", "prune")
    assert code == 2 and "config.yaml:6: 'retention.keep' must be a number from 0" in err
    quick_fetch_config(isolated_home, "retention:\n  kept: 5\n")
    code, _, err = run(capsys, "fetch")
    assert code == 2 and "unknown setting 'retention.kept'" in err


def test_an_unreadable_bookmarks_file_stops_pruning(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    quick_fetch_config(isolated_home, "retention:\n  keep: 1\n")
    write(Config().bookmarks_file, "bookmarks: [unclosed\n")
    code, _, err = run(capsys, "feeds", "prune")
    assert code == 2 and "bookmarks file cannot be read" in err
