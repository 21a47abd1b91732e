"""The `wirereader` command: subcommands over the Library, printed with Rich."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from wirereader import __version__
from wirereader.errors import FileProblem, QueryError, WirereaderError
from wirereader.library import Library, LibraryFileError
from wirereader.settings import ConfigError, load_config
from wirereader.support import plural, safe_line

EXIT_FAILED, EXIT_USAGE = 1, 2  # 2: what the user typed or wrote needs fixing


class PipeClosed(WirereaderError):
    """The reader of our output went away (`| head`): not an error."""


class OutConsole(Console):
    def on_broken_pipe(self) -> None:  # Rich's own exits with status 1
        self.quiet = True
        _silence_stdout()
        raise PipeClosed


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirereader",
        description="A terminal news reader: search a news archive by who is in it, "
        "who said what, and which figures were given. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"wirereader {__version__}")
    parser.add_argument("--config", type=Path, help="config file (default: $WIREREADER_CONFIG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    index = sub.add_parser("index", help="read article files and folders into the index")
    index.add_argument(
        "paths", nargs="*", help="files or folders to add to the library (default: all of it)"
    )
    index.add_argument("--rebuild", action="store_true", help="throw the index away and rebuild")
    library = sub.add_parser("library", help="list the library's folders, add or remove one")
    library.add_argument("action", nargs="?", choices=["list", "add", "remove"], default="list")
    library.add_argument("path", nargs="?", help="a folder (or `seeds`, the bundled samples)")
    search = sub.add_parser("search", help="search the library")
    search.add_argument("query", nargs="+", help='e.g. troops "green light" speaker:trump')
    search.add_argument("--json", action="store_true", help="machine-readable results")
    search.add_argument(
        "--limit", type=positive_int, default=10, help="how many results (default 10)"
    )
    search.add_argument("--newest", action="store_true", help="newest first instead of best")
    show = sub.add_parser("show", help="print one article with its actors, quotes and figures")
    show.add_argument("id", help="article id (a unique prefix is enough)")
    sub.add_parser("summary", help="print the library summary and the newest articles")
    from wirereader.cli import actors as cli_actors
    from wirereader.cli.feeds import add_parsers

    add_parsers(sub)
    cli_actors.add_parsers(sub, positive_int)
    marks = sub.add_parser("bookmarks", help="list or export bookmarked passages")
    marks.add_argument("action", nargs="?", choices=["list", "export"], default="list")
    marks.add_argument("--markdown", action="store_true", help="export as Markdown quotes")
    marks.add_argument("-o", "--output", type=Path, help="write the export to a file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    args = build_parser().parse_args(argv)
    out = OutConsole(highlight=False)
    if not out.is_terminal:  # piped: one line a record, nothing wrapped, cropped or padded
        out = OutConsole(highlight=False, soft_wrap=True, width=100_000)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        config = load_config(args.config)
        library = Library(config)
        if args.command is None:
            return _open_app(library, out)
        from wirereader.cli import actors as cli_actors
        from wirereader.cli import feeds as cli_feeds
        from wirereader.cli import library as cli_library

        handler = {
            "index": cli_library.index_command,
            "library": cli_library.library_command,
            "feeds": cli_feeds.feeds_command,
            "fetch": cli_feeds.fetch_command,
            "search": _search,
            "show": _show,
            "summary": _summary,
            "bookmarks": _bookmarks,
            "actor": cli_actors.actor_command,
            "actors": cli_actors.actors_command,
            "quotes": cli_actors.quotes_command,
        }[args.command]
        code = handler(library, args, out)
        if library.repaired:
            err.print(Text(f"wirereader: {safe_line(library.repaired)}", style="yellow"))
        return code
    except (ConfigError, LibraryFileError) as exc:
        kind = "config error" if isinstance(exc, ConfigError) else "library file"
        err.print(Text(f"wirereader: {kind}: {safe_line(exc)}", style="red"))
        return EXIT_USAGE
    except (
        FileProblem
    ) as exc:  # the feeds or bookmarks file, where a command has no word of its own
        err.print(Text(f"wirereader: {safe_line(exc)}", style="red"))
        return EXIT_USAGE
    except QueryError as exc:
        err.print(Text(f"wirereader: bad query: {safe_line(exc)}", style="red"))
        return EXIT_USAGE
    except PipeClosed:  # `| head` closed the pipe through Rich: the reader has what it wanted
        return 0
    except WirereaderError as exc:  # the index, a lock, a fetch, the bookmarks: said, exit 1
        err.print(Text(f"wirereader: {safe_line(exc)}", style="red"))
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `wirereader show ID | head`: the reader has what it wanted
        _silence_stdout()
        return 0


def _tolerant_streams() -> None:
    """A terminal or pipe that is not UTF-8 (a latin-1 locale, PYTHONIOENCODING=ascii) gets "?"
    for a character it cannot show: a title in Arabic must not end a search with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def _silence_stdout() -> None:
    """After a closed pipe, Python's final flush would fail again: point stdout at devnull."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _open_app(library: Library, out: Console) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        return _summary(library, argparse.Namespace(), out)
    from wirereader.tui import WirereaderApp

    WirereaderApp(library).run()
    return 0


def _search(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli.format import hit_text

    query = " ".join(args.query)
    newest = args.newest or library.config.sort == "newest"
    result = library.search(query, limit=args.limit, newest_first=newest)
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
                    "byline": h.byline,
                    "language": h.language,
                    "version": h.version,
                    "status": h.status or "usable",
                    "story": h.story,
                    "earlier_versions": h.earlier,
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
        out.out(json.dumps(payload, ensure_ascii=True, indent=2), highlight=False)
        return 0
    if not result.hits:
        message = Text(f"No articles match {safe_line(query)!r}.")
        if result.suggestion:
            message.append(" Did you mean: ")
            message.append(safe_line(result.suggestion), style="bold")
            message.append("?")
        out.print(message)
        return 0
    order = "newest first" if newest else "best first"
    shown = f"showing {len(result.hits):,}" if len(result.hits) < result.total else "all shown"
    out.print(Text(f"{plural(result.total, 'article')} · {order} · {shown}", style="dim"))
    for rank, hit in enumerate(result.hits, start=1):
        out.print(hit_text(rank, hit))
    return 0


def _show(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli.format import show_article, usage_error

    found = library.article(args.id) or library.article_by_prefix(args.id)
    if found is None:
        message = f"no article with id {safe_line(args.id)!r}"
        if len(args.id) < 4:
            message += " (give at least 4 characters of an id)"
        return usage_error(message)
    show_article(out, *found)
    return 0


def _summary(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli.format import hit_text

    stats = library.stats()
    out.print(
        Text(
            f"wirereader: {plural(stats.articles, 'article')}, index "
            f"{stats.index_bytes / 1e6:.1f} MB at {safe_line(stats.index_dir)}",
            style="bold",
        )
    )
    for folder in stats.folders:
        out.print(Text(f"  library: {safe_line(folder)}", style="dim"))
    out.print(Text("Newest:", style="bold"))
    for rank, hit in enumerate(library.search("", limit=10, snippets=False).hits, start=1):
        out.print(hit_text(rank, hit))
    return 0


def _bookmarks(library: Library, args: argparse.Namespace, out: Console) -> int:
    from wirereader.cli.bookmarks import bookmarks_command

    return bookmarks_command(library, args, out)
