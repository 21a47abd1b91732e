"""`wirereader fetch`: every feed at once (bounded, two per host), pages in parallel, then the
index, and only then each feed's state: a run killed at any point is finished by the next."""

from __future__ import annotations

import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from wirereader.errors import FetchError, LockTimeout
from wirereader.feeds import http
from wirereader.feeds.deadline import Timeouts
from wirereader.feeds.entries import Entry, FeedError, parse_feed
from wirereader.feeds.local import is_file_url, read_local
from wirereader.feeds.retention import prune, to_prune
from wirereader.feeds.store import Written, page_already_read, write_entries
from wirereader.feeds.subscriptions import Feed, FeedList
from wirereader.ingest import SHORT, extract_page
from wirereader.settings import FetchSettings, Retention
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


@dataclass
class FetchRun:
    results: list[FeedResult] = field(default_factory=list)
    seconds: float = 0.0
    pruned: int = 0  # article files retention removed


Report = Callable[[FeedResult], None]


class _Run:
    """What the feeds of one run share: the HTTP client, a slot per host, the page workers."""

    def __init__(
        self,
        client: httpx.Client,
        settings: FetchSettings,
        timeouts: Timeouts,
        pages: ThreadPoolExecutor,
    ) -> None:
        self.client, self.timeouts, self.pages = client, timeouts, pages
        self.ends = time.monotonic() + settings.run_timeout
        self.run_timeout = settings.run_timeout
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = defaultdict(
            lambda: threading.Semaphore(PER_HOST)
        )

    def get(self, url: str, etag: str = "", last_modified: str = "") -> http.Fetched:
        """At most PER_HOST requests to one host at a time; a file:// feed is read from disk."""
        if is_file_url(url):
            return read_local(url, last_modified)
        with self._lock:
            slot = self._slots[urlsplit(url).netloc.lower()]
        with slot:
            if time.monotonic() >= self.ends:  # the run's end, come before or while waiting
                return http.Fetched(
                    url, error=f"not fetched: the run's {self.run_timeout:g} s were up"
                )
            return http.get(self.client, url, etag, last_modified, timeouts=self.timeouts)


def _full_text(run: _Run, feed: Feed, entry: Entry, folder: Path) -> Entry | None:
    """The entry with its story page's text where that is wanted and longer; None when its
    file already holds what the page gave for the entry as the feed sends it now."""
    length = sum(len(p) for p in entry.paragraphs)
    wanted = feed.full_text == "always" or (feed.full_text == "auto" and length < SHORT)
    if not wanted or not entry.link:
        return entry
    if page_already_read(folder, entry):
        return None
    page = run.get(entry.link)
    if page.error or not page.body:
        return entry  # tried again on the next fetch (past the run's end too)
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


def fetch_one(run: _Run, feed: Feed, folder: Path) -> FeedResult:
    now = datetime.now().isoformat(timespec="seconds")
    try:
        return _fetch(run, feed, folder, now)
    except Exception as exc:  # a bug met on one feed's data never stops the others
        return _failed(feed, now, f"could not be read ({type(exc).__name__}: {exc})"[:300])


def _fetch(run: _Run, feed: Feed, folder: Path, now: str) -> FeedResult:
    got = run.get(feed.url, feed.etag, feed.last_modified)
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
    pages: list[Future[Entry | None]] = [
        run.pages.submit(_full_text, run, feed, e, target) for e in doc.entries
    ]
    entries = [p.result() for p in pages]
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
    )
    return FeedResult(done, written, "ok")


def fetch_all(
    feeds_file: Path,
    folder: Path,
    names: list[str] | None = None,
    report: Report | None = None,
    client: httpx.Client | None = None,
    settings: FetchSettings | None = None,
    index: Callable[[], None] | None = None,
    retention: Retention | None = None,
    bookmarked: set[str] | None = None,
) -> FetchRun:
    """Fetch the named feeds (default: all), prune what `retention` no longer keeps (only when
    the `bookmarked` article ids, which it keeps, are known), `index()` (the caller's: it reads
    the feeds folder), then save each feed's state; raises FetchBusy if another fetch runs. If `index` raises, no feed that wrote articles keeps its new ETag or
    Last-Modified, so the next run asks for the whole feed again; the error goes on up."""
    settings = settings or FetchSettings()
    store = FeedList(feeds_file)
    started = time.monotonic()
    try:
        with file_lock(folder.with_name(folder.name + ".fetch.lock"), timeout=0.5):
            feeds = [f for f in store.load() if not names or f.name in names or f.url in names]
            fetched = FetchRun(results=_fetch_feeds(feeds, folder, settings, client, report))
            if retention is not None and bookmarked is not None:
                fetched.pruned = prune(
                    to_prune(folder, [f.name for f in feeds], retention, bookmarked)
                )
            os.sync()  # the articles reach the disk before the index and the state
            try:
                if index is not None:
                    index()
            except BaseException:
                _save_state(store, folder, fetched.results, indexed=False)
                raise
            _save_state(store, folder, fetched.results, indexed=True)
            fetched.seconds = time.monotonic() - started
            return fetched
    except LockTimeout:
        raise FetchBusy("another wirereader is fetching; try again when it has finished") from None


def _fetch_feeds(
    feeds: list[Feed],
    folder: Path,
    settings: FetchSettings,
    client: httpx.Client | None,
    report: Report | None,
) -> list[FeedResult]:
    timeouts = Timeouts(
        settings.connect_timeout, settings.first_byte_timeout, settings.feed_timeout
    )
    http_client = client or http.client(timeouts)
    results: list[FeedResult] = []
    try:
        with (
            ThreadPoolExecutor(MAX_AT_ONCE, "wirereader-page") as pages,
            ThreadPoolExecutor(MAX_AT_ONCE, "wirereader-feed") as pool,
        ):
            run = _Run(http_client, settings, timeouts, pages)
            for result in pool.map(lambda f: fetch_one(run, f, folder), feeds):
                results.append(result)
                if report:
                    report(result)
    finally:
        if client is None:
            http_client.close()
    return results


def _save_state(store: FeedList, folder: Path, results: list[FeedResult], indexed: bool) -> None:
    def final(result: FeedResult) -> Feed:
        feed = result.feed
        wrote = result.written.new + result.written.updated
        if wrote and not indexed:  # fetched whole again next time, so nothing stays unindexed
            feed = replace(feed, etag="", last_modified="")
        return replace(feed, articles=sum(1 for _ in (folder / slug(feed.name)).glob("*.md")))

    fresh = {r.feed.name: final(r) for r in results}
    store.change(lambda current: [fresh.get(f.name, f) for f in current])
