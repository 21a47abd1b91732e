"""The app's background fetch: every feed, progress in the index bar, then a re-index."""

from __future__ import annotations

from typing import Any

from wirereader.support.text import safe_line
from wirereader.support.words import plural
from wirereader.tui.deliver import deliver


def fetch_feeds(app: Any) -> None:
    """Runs in a worker thread of `app` (a WirereaderApp); talks to the screen by call_from_thread."""
    from wirereader.feeds.run import FeedResult, FetchBusy, fetch_all
    from wirereader.feeds.subscriptions import FeedList, FeedsFileError

    config = app.config
    try:
        total = len(FeedList(config.feeds_file).load())
    except FeedsFileError as exc:
        deliver(app, app.notify, safe_line(exc), severity="error")
        return
    if not total:
        message = "No feeds yet: `wirereader feeds add URL` subscribes to one."
        deliver(app, app.notify, message)
        return
    done: list[FeedResult] = []

    def report(result: FeedResult) -> None:
        done.append(result)
        deliver(app, app.main.index_progress, len(done), total + 1)

    try:
        fetch_all(config.feeds_file, config.feeds_dir, report=report)
    except FetchBusy as exc:
        deliver(app, app.notify, str(exc), severity="warning")
        return
    except FeedsFileError as exc:  # edited by hand while the fetch ran
        deliver(app, app.notify, safe_line(exc), severity="error")
        return
    new = sum(r.written.new + r.written.updated for r in done)
    failed = [r for r in done if r.status == "error"]
    summary = f"Fetched {plural(total, 'feed')}: {plural(new, 'new article')}"
    if failed:
        summary += f"; {plural(len(failed), 'feed')} failed (`wirereader feeds` says why)"
    deliver(app, app.notify, summary, severity="warning" if failed else "information")
    deliver(app, app.start_indexing)
