"""Fetch speed: 200 loopback feeds × 50 entries. A first fetch writes 10,000 article files; a second,
with nothing new, is 200 conditional GETs answered 304. Indexing is timed separately.
With --full-text, entries are one-line summaries whose story pages are fetched (full_text:
auto) and the feeds send no ETag, so the second fetch reads every feed again: how many pages
does it fetch again?

    python benchmarks/fetch_bench.py [--feeds 200 --entries 50] [--full-text]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.loopback import Route, serve
from wirereader.feeds.run import fetch_all
from wirereader.feeds.subscriptions import Feed, FeedList
from wirereader.library.facade import Library
from wirereader.settings.config import Config

PARAGRAPH = (
    "The harbour board said on Monday that the port would reopen after a nine-day strike, "
    'and that 3,000 containers were waiting. "We have a deal," said Pieter de Vries. '
)


def feed(n: int, entries: int) -> bytes:
    items = "".join(
        f"<item><guid>f{n}-e{i}</guid><title>Feed {n} story {i}</title>"
        f"<link>https://news{n}.example/{i}</link><pubDate>Mon, 03 Aug 2025 10:00:00 GMT</pubDate>"
        f"<description>{PARAGRAPH * 6}</description></item>"
        for i in range(entries)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire {n}</title>{items}'
        "</channel></rss>"
    ).encode()


def story(n: int, i: int) -> bytes:
    paragraphs = "".join(f"<p>{PARAGRAPH} ({n}-{i}-{k})</p>" for k in range(6))
    return (
        f"<html><head><title>Feed {n} story {i}</title></head><body><article>"
        f"<h1>Feed {n} story {i}</h1>{paragraphs}</article></body></html>"
    ).encode()


def full_text(feeds: int, entries: int) -> None:
    routes: dict[str, Route] = {}
    with tempfile.TemporaryDirectory() as tmp, serve(routes) as (url, log):
        for n in range(feeds):
            items = "".join(
                f"<item><guid>f{n}-e{i}</guid><title>Feed {n} story {i}</title>"
                f"<link>{url(f'/s{n}-{i}')}</link><description>The port reopened.</description>"
                "</item>"
                for i in range(entries)
            )
            routes[f"/f{n}.xml"] = Route(
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire {n}</title>'
                f"{items}</channel></rss>".encode()
            )
            for i in range(entries):
                routes[f"/s{n}-{i}"] = Route(story(n, i), content_type="text/html")
        root = Path(tmp)
        config = Config(library=[root / "none"], index_dir=root / "data" / "index")
        config.feeds_path = root / "feeds.yaml"
        FeedList(config.feeds_file).save([Feed(f"f{n}", url(f"/f{n}.xml")) for n in range(feeds)])
        for run in ("first", "second"):
            served = len(log)
            began = time.perf_counter()
            results = fetch_all(config.feeds_file, config.feeds_dir).results
            took = time.perf_counter() - began
            pages = sum(1 for path in log[served:] if path.startswith("/s"))
            new = sum(r.written.new + r.written.updated for r in results)
            print(f"{run} fetch: {pages:,} story pages fetched for {feeds * entries:,} entries, "
                  f"{new:,} articles written, {took:.1f} s")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--full-text", action="store_true")
    args = parser.parse_args()
    if args.full_text:
        full_text(args.feeds, args.entries)
        return
    routes = {f"/f{n}.xml": Route(feed(n, args.entries), etag=f'"v{n}"') for n in range(args.feeds)}
    with tempfile.TemporaryDirectory() as tmp, serve(routes) as (url, log):
        root = Path(tmp)
        config = Config(library=[root / "none"], index_dir=root / "data" / "index")
        config.feeds_path = root / "feeds.yaml"
        FeedList(config.feeds_file).save(
            [Feed(f"f{n}", url(f"/f{n}.xml"), full_text="never") for n in range(args.feeds)]
        )
        began = time.perf_counter()
        results = fetch_all(config.feeds_file, config.feeds_dir).results
        first = time.perf_counter() - began
        written = sum(r.written.new for r in results)
        errors = sum(r.status == "error" for r in results)
        print(f"first fetch: {written:,} articles from {args.feeds} feeds in {first:.1f} s "
              f"({written / first:,.0f} articles/s), {errors} errors")  # fmt: skip
        began = time.perf_counter()
        results = fetch_all(config.feeds_file, config.feeds_dir).results
        second = time.perf_counter() - began
        unchanged = sum(r.status == "not modified" for r in results)
        print(f"second fetch: {unchanged} of {args.feeds} not modified (304) in {second:.2f} s")
        began = time.perf_counter()
        report = Library(config).index([config.feeds_dir])
        took = time.perf_counter() - began
        print(f"indexing the fetched articles: {report.new:,} in {took:.1f} s "
              f"({report.new / took:,.0f} articles/s)")  # fmt: skip
        print(f"requests served: {len(log):,}")


if __name__ == "__main__":
    main()
