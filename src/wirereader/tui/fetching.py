"""The app's background fetch: every feed, progress in the index bar, the re-index within."""

from __future__ import annotations

from typing import Any

from wirereader.bookmarks import BookmarkStore
from wirereader.errors import IndexStoreError
from wirereader.support import plural, safe_line
from wirereader.tui.messages import IndexProgress


def fetch_feeds(app: Any) -> None:
    """Runs in a worker thread of `app` (a WirereaderApp); reports by notes and messages."""
    from wirereader.feeds import FeedList, FeedResult, FeedsFileError, FetchBusy, fetch_all

    config = app.config
    try:
        total = len(FeedList(config.feeds_file).load())
    except FeedsFileError as exc:
        app.notify(safe_line(exc), severity="error")
        return
    if not total:
        message = "No feeds yet: `wirereader feeds add URL` subscribes to one."
        app.notify(message)
        return
    done: list[FeedResult] = []

    def report(result: FeedResult) -> None:
        done.append(result)
        app.post_message(IndexProgress(len(done), total + 1))

    try:
        run = fetch_all(
            config.feeds_file, config.feeds_dir, report=report, settings=config.fetch,
            index=app.reindex,  # before any feed's state is saved: see feeds/run.py
            retention=config.retention,
            bookmarked=BookmarkStore(config.bookmarks_file).article_ids(),
        )  # fmt: skip
    except FetchBusy as exc:
        app.notify(str(exc), severity="warning")
        return
    except FeedsFileError as exc:  # edited by hand while the fetch ran
        app.notify(safe_line(exc), severity="error")
        return
    except IndexStoreError:  # reindex said why; the next fetch or start indexes them
        return
    new = sum(r.written.new + r.written.updated for r in done)
    failed = [r for r in done if r.status == "error"]
    summary = (
        f"Fetched {plural(total, 'feed')} in {run.seconds:.0f} s: {plural(new, 'new article')}"
    )
    if run.pruned:
        summary += f", {plural(run.pruned, 'old one')} removed (retention)"
    if failed:
        summary += f"; {plural(len(failed), 'feed')} failed (`wirereader feeds` says why)"
    app.notify(summary, severity="warning" if failed else "information")
