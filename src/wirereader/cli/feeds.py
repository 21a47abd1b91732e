"""`wirereader feeds …` (subscriptions, OPML in and out) and `wirereader fetch` (then index)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from rich.console import Console
from rich.text import Text

if TYPE_CHECKING:  # httpx and the XML readers load only when a command needs them
    from wirereader.feeds import FeedResult
    from wirereader.index import IndexReport

from wirereader.bookmarks import BookmarkStore
from wirereader.cli.format import usage_error
from wirereader.feeds import Feed, FeedList, FeedsFileError
from wirereader.library import Library
from wirereader.support import plural, slug
from wirereader.support import safe_line as s


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    feeds = sub.add_parser("feeds", help="subscribe to feeds, list them, import or export OPML")
    feeds.add_argument(
        "action",
        nargs="?",
        choices=["list", "add", "remove", "import", "export", "prune"],
        default="list",
    )
    feeds.add_argument("target", nargs="?", help="a feed URL (add), a name (remove), an OPML file")
    feeds.add_argument("--name", help="the feed's name (add; default: from its URL)")
    feeds.add_argument(
        "--full-text", choices=["auto", "always", "never"], default="auto",
        help="fetch each entry's page for its full text: auto (short entries), always, never",
    )  # fmt: skip
    feeds.add_argument(
        "--apply", action="store_true",
        help="prune: remove the files (without it, prune only lists what it would remove)",
    )  # fmt: skip
    fetch = sub.add_parser("fetch", help="fetch feeds (all, or the ones named), then index")
    fetch.add_argument("names", nargs="*", help="feed names (default: every feed)")


def feeds_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    store = FeedList(library.config.feeds_file)
    try:
        if args.action == "list":
            return _list(store.load(), out)
        if args.action == "export":
            from wirereader.feeds import write_opml

            out.out(write_opml(store.load()), highlight=False)
            return 0
        if args.action == "prune":
            return _prune(store, library, args.apply, out)
        if not args.target:
            return usage_error(f"`wirereader feeds {args.action}` needs a {_needs(args.action)}")
        if args.action == "add":
            return _add(store, args, out)
        if args.action == "remove":
            return _remove(store, args.target, library, out)
        return _import(store, Path(args.target), out)
    except FeedsFileError as exc:
        return usage_error(s(exc))


def _needs(action: str) -> str:
    return {"add": "URL", "remove": "feed name", "import": "OPML file"}[action]


def _add(store: FeedList, args: argparse.Namespace, out: Console) -> int:
    from wirereader.feeds import file_url, path_of  # httpx loads only to add a feed

    url = args.target.strip()
    parts = urlsplit(url)
    local = file_url(url) if parts.scheme not in ("http", "https") else None
    if local is not None:
        if not path_of(local).is_file():
            return usage_error(f"{s(url)}: no such file")
        url, parts = local, urlsplit(local)
        name = slug(args.name or path_of(local).stem)
    elif parts.scheme not in ("http", "https") or not parts.netloc:
        return usage_error(f"{s(url)} is neither an http(s) URL nor a feed file")
    else:
        name = slug(args.name or f"{parts.netloc}{parts.path}")
    clash = [f for f in store.load() if f.name == name or f.url == url]
    if clash:
        return usage_error(f"already subscribed: {s(clash[0].name)} ({s(clash[0].url)})")
    store.change(lambda feeds: [*feeds, Feed(name=name, url=url, full_text=args.full_text)])
    out.print(Text(f"Subscribed to {s(url)} as {name}. `wirereader fetch {name}` fetches it."))
    return 0


def _remove(store: FeedList, name: str, library: Library, out: Console) -> int:
    feed = store.find(name)
    if feed is None:
        return usage_error(f"no feed named {s(name)!r} (`wirereader feeds` lists them)")
    store.change(lambda feeds: [f for f in feeds if f.name != feed.name])
    kept = library.config.feeds_dir / slug(feed.name)
    out.print(
        Text(f"Unsubscribed from {s(feed.name)}. Its articles stay in the archive ({s(kept)}).")
    )
    return 0


def _import(store: FeedList, path: Path, out: Console) -> int:
    from wirereader.feeds import OpmlError, read_opml

    try:
        found = read_opml(path)
    except OpmlError as exc:
        return usage_error(s(exc))
    added: list[Feed] = []

    def merge(feeds: list[Feed]) -> list[Feed]:
        names, urls = {f.name for f in feeds}, {f.url for f in feeds}
        for feed in found:
            if feed.url in urls:
                continue
            name, n = feed.name, 2
            while name in names:
                name, n = f"{feed.name}-{n}", n + 1
            added.append(Feed(name=name, url=feed.url, category=feed.category, title=feed.title))
            names.add(name)
            urls.add(feed.url)
        return [*feeds, *added]

    store.change(merge)
    skipped = len(found) - len(added)
    out.print(Text(f"Imported {plural(len(added), 'feed')} ({skipped:,} already subscribed)."))
    return 0


def _list(feeds: list[Feed], out: Console) -> int:
    if not feeds:
        out.print(Text("No feeds yet: `wirereader feeds add URL` or `feeds import FILE.opml`."))
        return 0
    for feed in feeds:
        line = Text(f"{s(feed.name)}", style="bold")
        line.append(f"  {s(feed.url)}", style="cyan")
        if feed.category:
            line.append(f"  [{s(feed.category)}]", style="dim")
        out.print(line)
        state = feed.last_fetch and f"last fetch {feed.last_fetch} · {feed.status}"
        detail = Text(f"    {state or 'never fetched'} · {plural(feed.articles, 'article')}")
        if feed.last_error:
            detail.append(f" · {s(feed.last_error)}", style="red")
        out.print(detail)
    return 0


WAIT_FOR_INDEX = 300.0  # seconds a fetch queues behind another index run before it gives up


def _prune(store: FeedList, library: Library, apply: bool, out: Console) -> int:
    from wirereader.feeds import prune, to_prune

    config = library.config
    bookmarked = BookmarkStore(library.config.bookmarks_file).article_ids()
    if bookmarked is None:
        return usage_error("the bookmarks file cannot be read, so nothing is pruned: fix it first")
    plan = to_prune(config.feeds_dir, [f.name for f in store.load()], config.retention, bookmarked)
    total = sum(len(paths) for paths in plan.values())
    if not total:
        out.print(
            Text("Nothing to prune: every feed is within its retention (config `retention:`).")
        )
        return 0
    for name, paths in plan.items():
        out.print(Text(f"{s(name)}: {plural(len(paths), 'article')}", style="bold"))
        for path in paths[:20]:
            out.print(Text(f"  {s(path.name)}"))
        if len(paths) > 20:
            out.print(Text(f"  … and {len(paths) - 20:,} more", style="dim"))
    if not apply:
        out.print(
            Text(f"{plural(total, 'article')} would be removed: `feeds prune --apply` does it.")
        )
        return 0
    removed = prune(plan)
    from wirereader.cli.format import index_summary

    for line in index_summary(library.index([config.feeds_dir], wait=WAIT_FOR_INDEX)):
        out.print(line)
    out.print(Text(f"Removed {plural(removed, 'article')}."))
    return 0


def fetch_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli.format import index_summary
    from wirereader.feeds import FetchBusy, fetch_all

    config = library.config
    known = {f.name for f in FeedList(config.feeds_file).load()}
    unknown = [n for n in args.names if n not in known]
    if unknown:
        return usage_error(f"no feed named {s(unknown[0])!r} (`wirereader feeds` lists them)")
    if not known:
        return usage_error("no feeds yet: `wirereader feeds add URL` subscribes to one")

    def report(result: FeedResult) -> None:
        out.print(_result_line(result))

    bookmarked = BookmarkStore(library.config.bookmarks_file).article_ids()
    if bookmarked is None and config.retention.limited:
        out.print(Text("Retention skipped: the bookmarks file cannot be read.", style="yellow"))
    indexed: list[IndexReport] = []
    try:
        run = fetch_all(
            config.feeds_file, config.feeds_dir, args.names or None, report,
            settings=config.fetch,
            index=lambda: indexed.append(library.index([config.feeds_dir], wait=WAIT_FOR_INDEX)),
            retention=config.retention,
            bookmarked=bookmarked,
        )  # fmt: skip
    except FetchBusy as exc:
        return usage_error(str(exc))
    for line in index_summary(indexed[0]):
        out.print(line)
    failed = [r for r in run.results if r.status == "error"]
    summary = f"Fetched {plural(len(run.results), 'feed')} in {run.seconds:.1f} s"
    if run.pruned:
        summary += f"; retention removed {plural(run.pruned, 'old article')}"
    if failed:
        summary += f"; {plural(len(failed), 'feed')} failed"
    out.print(Text(summary + ".", style="red" if failed else ""))
    return 1 if failed else 0


def _result_line(result: FeedResult) -> Text:
    line = Text(f"{s(result.feed.name)}: ", style="bold")
    if result.status == "error":
        line.append(f"error: {s(result.error)}", style="red")
    elif result.status == "not modified":
        line.append("not modified")
    else:
        w = result.written
        line.append(f"{w.new:,} new, {w.updated:,} updated, {w.unchanged:,} unchanged")
    return line
