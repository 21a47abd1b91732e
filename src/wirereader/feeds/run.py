"""`wirereader fetch`: every feed at once (bounded, two per host), each on its own, then state saved."""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from wirereader.errors import FetchError, LockTimeout
from wirereader.feeds import http
from wirereader.feeds.entries import Entry, FeedError, parse_feed
from wirereader.feeds.store import Written, page_already_read, write_entries
from wirereader.feeds.subscriptions import Feed, FeedList
from wirereader.ingest import SHORT, extract_page
from wirereader.support import file_lock, slug

MAX_AT_ONCE = 8
PER_HOST = 2


class FetchBusy(FetchError):
    """Another wirereader is fetching right now."""


@dataclass
class FeedResult:
    feed: Feed
    written: Written
    status: str  # "ok", "not modified", "error"
    error: str = ""


Report = Callable[[FeedResult], None]


class _Hosts:
    """At most PER_HOST requests to one host at a time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = defaultdict(
            lambda: threading.Semaphore(PER_HOST)
        )

    def slot(self, url: str) -> threading.Semaphore:
        with self._lock:
            return self._slots[urlsplit(url).netloc.lower()]


def _full_text(
    client: httpx.Client, hosts: _Hosts, feed: Feed, entry: Entry, folder: Path
) -> Entry | None:
    """The entry with its story page's text where that is wanted and longer; None when its
    file already holds what the page gave for the entry as the feed sends it now."""
    length = sum(len(p) for p in entry.paragraphs)
    wanted = feed.full_text == "always" or (feed.full_text == "auto" and length < SHORT)
    if not wanted or not entry.link:
        return entry
    if page_already_read(folder, entry):
        return None
    with hosts.slot(entry.link):
        page = http.get(client, entry.link)
    if page.error or not page.body:
        return entry  # tried again on the next fetch
    read = replace(entry, page_read_for=entry.digest())
    try:
        found = extract_page(page.body, entry.link)
    except Exception:  # a page trafilatura cannot take keeps the feed's own text
        return read
    if found is None or sum(len(p) for p in found.paragraphs) <= length:
        return read
    return replace(read, paragraphs=found.paragraphs, author=entry.author or found.author)


def _failed(feed: Feed, now: str, problem: str) -> FeedResult:
    """A fetch that failed: said now, and kept in the feeds file for `feeds` to show."""
    done = replace(feed, last_fetch=now, status="error", last_error=problem)
    return FeedResult(done, Written(), "error", problem)


def fetch_one(client: httpx.Client, hosts: _Hosts, feed: Feed, folder: Path) -> FeedResult:
    now = datetime.now().isoformat(timespec="seconds")
    with hosts.slot(feed.url):
        got = http.get(client, feed.url, feed.etag, feed.last_modified)
    if got.error:
        return _failed(feed, now, got.error)
    if got.not_modified:
        return FeedResult(
            replace(feed, last_fetch=now, status="not modified"), Written(), "not modified"
        )
    try:
        doc = parse_feed(got.body, got.url)
    except FeedError as exc:
        return _failed(feed, now, str(exc))
    target = folder / slug(feed.name)
    entries = [_full_text(client, hosts, feed, e, target) for e in doc.entries]
    fresh = [e for e in entries if e is not None]
    try:
        written = write_entries(target, slug(feed.name), doc.title or feed.name, fresh)
    except OSError as exc:  # a full disk: the feed is fetched again next time (no etag kept)
        return _failed(feed, now, f"cannot write its articles in {target}: {exc.strerror or exc}")
    written.unchanged += len(entries) - len(fresh)
    done = replace(
        feed,
        title=doc.title or feed.title,
        etag=got.etag,
        last_modified=got.last_modified,
        last_fetch=now,
        status="ok",
        last_error="",
        articles=sum(1 for _ in target.glob("*.md")),
    )
    return FeedResult(done, written, "ok")


def fetch_all(
    feeds_file: Path,
    folder: Path,
    names: list[str] | None = None,
    report: Report | None = None,
    client: httpx.Client | None = None,
) -> list[FeedResult]:
    """Fetch the named feeds (default: all); raises FetchBusy if another fetch runs."""
    store = FeedList(feeds_file)
    try:
        with file_lock(folder.with_name(folder.name + ".fetch.lock"), timeout=0.5):
            feeds = [f for f in store.load() if not names or f.name in names or f.url in names]
            hosts = _Hosts()
            own = client is None
            http_client = client or http.client()
            results: list[FeedResult] = []
            try:
                with ThreadPoolExecutor(MAX_AT_ONCE) as pool:
                    for result in pool.map(
                        lambda f: fetch_one(http_client, hosts, f, folder), feeds
                    ):
                        results.append(result)
                        if report:
                            report(result)
            finally:
                if own:
                    http_client.close()
            os.sync()  # the articles reach the disk before the state that says they were fetched
            fresh = {r.feed.name: r.feed for r in results}
            store.change(lambda current: [fresh.get(f.name, f) for f in current])
            return results
    except LockTimeout:
        raise FetchBusy("another wirereader is fetching; try again when it has finished") from None
