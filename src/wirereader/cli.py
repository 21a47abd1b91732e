"""The `wirereader` command: subcommands over the Library, printed with Rich."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from wirereader import __version__
from wirereader.config import ConfigError, load_config
from wirereader.fileio import LockTimeout
from wirereader.index.errors import IndexStoreError, QueryError
from wirereader.index.writer import IndexReport
from wirereader.library import Library

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirereader",
        description="A terminal news reader: search a news archive by who is in it, "
        "who said what, and which figures were given.",
    )
    parser.add_argument("--version", action="version", version=f"wirereader {__version__}")
    parser.add_argument("--config", type=Path, help="config file (default: $WIREREADER_CONFIG)")
    sub = parser.add_subparsers(dest="command")
    index = sub.add_parser("index", help="read article files and folders into the index")
    index.add_argument("paths", nargs="*", type=Path, help="files or folders (default: library)")
    index.add_argument("--rebuild", action="store_true", help="throw the index away and rebuild")
    search = sub.add_parser("search", help="search the library")
    search.add_argument("query", nargs="+", help='e.g. troops "green light" speaker:trump')
    search.add_argument("--json", action="store_true", help="machine-readable results")
    search.add_argument("--limit", type=int, default=10, help="how many results (default 10)")
    search.add_argument("--newest", action="store_true", help="newest first instead of best")
    show = sub.add_parser("show", help="print one article with its actors, quotes and figures")
    show.add_argument("id", help="article id (a unique prefix is enough)")
    sub.add_parser("summary", help="print the library summary and the newest articles")
    marks = sub.add_parser("bookmarks", help="list or export bookmarked passages")
    marks.add_argument("action", nargs="?", choices=["list", "export"], default="list")
    marks.add_argument("--markdown", action="store_true", help="export as Markdown quotes")
    marks.add_argument("-o", "--output", type=Path, help="write the export to a file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = Console(highlight=False)
    out.soft_wrap = not out.is_terminal  # piped output: one line a record, no hard wraps
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        config = load_config(args.config)
        library = Library(config)
        if args.command is None:
            return _open_app(library, out)
        handler = {
            "index": _index,
            "search": _search,
            "show": _show,
            "summary": _summary,
            "bookmarks": _bookmarks,
        }[args.command]
        return handler(library, args, out)
    except ConfigError as exc:
        err.print(Text(f"wirereader: config error: {exc}", style="red"))
        return EXIT_USAGE
    except QueryError as exc:
        err.print(Text(f"wirereader: bad query: {exc}", style="red"))
        return EXIT_USAGE
    except (IndexStoreError, LockTimeout) as exc:
        err.print(Text(f"wirereader: {exc}", style="red"))
        return 1
    except KeyboardInterrupt:
        return 130


def _open_app(library: Library, out: Console) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return _summary(library, argparse.Namespace(), out)
    from wirereader.tui.app import WirereaderApp

    WirereaderApp(library).run()
    return 0


def _index(library: Library, args: argparse.Namespace, out: Console) -> int:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from wirereader.cli_format import index_summary

    paths = [p.expanduser() for p in args.paths] or None
    if out.is_terminal:
        with Progress(
            TextColumn("[bold]indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=out,
            transient=True,
        ) as bar:
            task = bar.add_task("index", total=None, rate="")

            def progress(done: int, total: int, path: str) -> None:
                speed = bar.tasks[0].speed
                bar.update(task, completed=done, total=total, rate=f"{speed or 0:,.0f}/s")

            report = library.index(paths, progress, rebuild=args.rebuild)
    else:
        report = library.index(paths, rebuild=args.rebuild)
    for line in index_summary(report):
        out.print(line)
    return _index_exit(report)


def _index_exit(report: IndexReport) -> int:
    return EXIT_USAGE if report.errors else 0


def _search(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli_format import hit_text

    query = " ".join(args.query)
    newest = args.newest or library.config.sort == "newest"
    result = library.search(query, limit=max(1, args.limit), newest_first=newest)
    if args.json:
        payload = {
            "query": result.query,
            "total": result.total,
            "suggestion": result.suggestion,
            "hits": [
                {
                    "id": h.id,
                    "title": h.title,
                    "source": h.source,
                    "date": h.published.isoformat() if h.published else None,
                    "score": round(h.score, 4),
                    "snippet": "".join(f.text for f in h.snippet),
                    "actors": h.n_actors,
                    "quotes": h.n_quotes,
                    "path": h.path,
                }
                for h in result.hits
            ],
        }
        out.print_json(json.dumps(payload, ensure_ascii=False))
        return 0
    if not result.hits:
        message = Text(f"No articles match {query!r}.")
        if result.suggestion:
            message.append(" Did you mean: ")
            message.append(result.suggestion, style="bold")
            message.append("?")
        out.print(message)
        return 0
    out.print(Text(f"{result.total} article(s) match; showing {len(result.hits)}", style="dim"))
    for rank, hit in enumerate(result.hits, start=1):
        out.print(hit_text(rank, hit))
    return 0


def _show(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli_format import show_article

    found = library.article(args.id) or library.article_by_prefix(args.id)
    if found is None:
        out.print(Text(f"No article with id {args.id!r}.", style="red"))
        return 1
    show_article(out, *found)
    return 0


def _summary(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli_format import hit_text

    stats = library.stats()
    out.print(
        Text(
            f"wirereader: {stats.articles} articles, index {stats.index_bytes / 1e6:.1f} MB "
            f"at {stats.index_dir}",
            style="bold",
        )
    )
    for folder in stats.folders:
        out.print(Text(f"  library: {folder}", style="dim"))
    out.print(Text("Newest:", style="bold"))
    for rank, hit in enumerate(library.search("", limit=10, snippets=False).hits, start=1):
        out.print(hit_text(rank, hit))
    return 0


def _bookmarks(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli_bookmarks import bookmarks_command

    return bookmarks_command(library, args, out)
