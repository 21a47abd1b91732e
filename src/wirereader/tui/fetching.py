"""The app's background fetch: every feed, progress in the index bar, then a re-index."""

from __future__ import annotations

from typing import Any

from wirereader.support import plural, safe_line
from wirereader.tui.messages import Fetched, IndexProgress


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
        fetch_all(config.feeds_file, config.feeds_dir, report=report)
    except FetchBusy as exc:
        app.notify(str(exc), severity="warning")
        return
    except FeedsFileError as exc:  # edited by hand while the fetch ran
        app.notify(safe_line(exc), severity="error")
        return
    new = sum(r.written.new + r.written.updated for r in done)
    failed = [r for r in done if r.status == "error"]
    summary = f"Fetched {plural(total, 'feed')}: {plural(new, 'new article')}"
    if failed:
        summary += f"; {plural(len(failed), 'feed')} failed (`wirereader feeds` says why)"
    app.notify(summary, severity="warning" if failed else "information")
    app.post_message(Fetched())
