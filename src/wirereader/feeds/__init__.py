"""Fetching: feeds and pages from the web become article files in the library (never the index).

Heavy (httpx, feedparser): what other parts use loads on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirereader.support import lazy_exports

if TYPE_CHECKING:
    from wirereader.feeds.local import file_url as file_url
    from wirereader.feeds.local import path_of as path_of
    from wirereader.feeds.opml import OpmlError as OpmlError
    from wirereader.feeds.opml import read_opml as read_opml
    from wirereader.feeds.opml import write_opml as write_opml
    from wirereader.feeds.retention import prune as prune
    from wirereader.feeds.retention import to_prune as to_prune
    from wirereader.feeds.run import FeedResult as FeedResult
    from wirereader.feeds.run import FetchBusy as FetchBusy
    from wirereader.feeds.run import FetchRun as FetchRun
    from wirereader.feeds.run import fetch_all as fetch_all
    from wirereader.feeds.subscriptions import Feed as Feed
    from wirereader.feeds.subscriptions import FeedList as FeedList
    from wirereader.feeds.subscriptions import FeedsFileError as FeedsFileError

__getattr__ = lazy_exports(
    __name__,
    {
        "wirereader.feeds.local": ("file_url", "path_of"),
        "wirereader.feeds.opml": (
            "OpmlError",
            "read_opml",
            "write_opml",
        ),
        "wirereader.feeds.retention": (
            "prune",
            "to_prune",
        ),
        "wirereader.feeds.run": (
            "FeedResult",
            "FetchRun",
            "FetchBusy",
            "fetch_all",
        ),
        "wirereader.feeds.subscriptions": (
            "Feed",
            "FeedList",
            "FeedsFileError",
        ),
    },
)
