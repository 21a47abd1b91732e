"""`wirereader actor NAME`, `actors` and `quotes --speaker NAME`: actors across the archive."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from rich.console import Console
from rich.text import Text

from wirereader.archive import ActorGroup, ActorPage, QuoteRef, timeline_bars
from wirereader.cli.format import usage_error
from wirereader.library import Library
from wirereader.model import ACTOR_KINDS
from wirereader.render import DEFAULT_STYLES
from wirereader.support import plural
from wirereader.support import safe_line as s


def add_parsers(sub: Any, positive_int: Any) -> None:
    actor = sub.add_parser("actor", help="one actor across the archive: roles, stories, quotes")
    actor.add_argument("name", nargs="+", help='e.g. "Jerome Powell", Powell, BoE')
    actor.add_argument("--kind", choices=ACTOR_KINDS, help="when a name is both, say which")
    actor.add_argument("--json", action="store_true", help="machine-readable page")
    actors = sub.add_parser("actors", help="the most covered actors")
    actors.add_argument("--kind", choices=ACTOR_KINDS, help="only people, organisations or places")
    actors.add_argument("--top", type=positive_int, default=20, help="how many (default 20)")
    actors.add_argument("--json", action="store_true", help="machine-readable list")
    quotes = sub.add_parser("quotes", help="what one speaker said, with citations")
    quotes.add_argument("--speaker", required=True, help="the speaker, by any of their names")
    quotes.add_argument("--limit", type=positive_int, default=50, help="how many (default 50)")
    quotes.add_argument("--markdown", action="store_true", help="as Markdown quotes")


def _group(library: Library, name: str, kind: str | None) -> ActorGroup | None:
    return library.find_actor(name, kind)


def actor_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    name = " ".join(args.name)
    group = _group(library, name, args.kind)
    if group is None:
        return usage_error(
            f"no actor called {s(name)!r} in the library (`wirereader actors` lists them)"
        )
    page = library.actor_page(group)
    if args.json:
        out.print_json(json.dumps({**asdict(page), "keys": list(group.keys)}))
        return 0
    for line in page_lines(page):
        out.print(line)
    return 0


def page_lines(page: ActorPage) -> list[Text]:
    head = Text(s(page.name), style=f"bold {DEFAULT_STYLES[page.kind]}")
    head.append(f" — {page.kind} · {plural(page.articles, 'story')} · "
                f"{plural(page.quotes, 'quote')}")  # fmt: skip
    lines = [head]
    if page.roles:
        lines.append(Text("Roles:", style="bold"))
        for role, first, last, n in page.roles:
            span = first if first == last else f"{first} – {last}"
            lines.append(Text(f"  {s(role)} ({span or 'undated'}, {plural(n, 'story')})"))
    if len(page.timeline) == 1:
        period, n = page.timeline[0]
        lines.append(Text(f"Stories: {plural(n, 'story')}, all in {period}", style="bold"))
    elif page.timeline:
        first, last = page.timeline[0][0], page.timeline[-1][0]
        bars, unit = timeline_bars(page.timeline)
        lines.append(Text(f"Stories by {unit}, {first} to {last}:", style="bold"))
        lines.append(Text(f"  {bars}", style="cyan"))
        busiest = max(page.timeline, key=lambda t: t[1])
        lines.append(Text(f"  busiest {busiest[0]}: {plural(busiest[1], 'story')}", style="dim"))
    if page.said:
        lines.append(Text("Quoted, newest first:", style="bold"))
        lines += [quote_line(q) for q in page.said]
    if page.with_most:
        over = (
            ""
            if page.with_most_over >= page.articles
            else f" (in the latest {page.with_most_over:,} stories)"
        )
        lines.append(Text(f"Appears most with{over}:", style="bold"))
        for other, kind, n in page.with_most:
            line = Text("  ")
            line.append(s(other), style=DEFAULT_STYLES.get(kind, ""))
            line.append(f" ({kind}, {plural(n, 'story')})", style="dim")
            lines.append(line)
    if page.figures:
        lines.append(Text("Figures in their quotes:", style="bold"))
        for fig in page.figures:
            lines.append(Text(f"  {s(fig.text)} ({fig.kind}) · id {fig.article_id}"))
    return lines


def quote_line(quote: QuoteRef, speaker: str = "") -> Text:
    line = Text("  “")
    line.append(s(quote.text), style=DEFAULT_STYLES["quote"])
    line.append("”")
    who = f"{s(speaker)}, " if speaker else ""
    line.append(
        f" — {who}{s(quote.title)} ({quote.date[:10] or 'undated'}) · id {quote.article_id}",
        style="dim",
    )
    return line


def actors_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    rows = library.top_actors(args.kind, args.top)
    if args.json:
        keys = ("name", "kind", "stories", "quotes")
        out.print_json(json.dumps([dict(zip(keys, r, strict=True)) for r in rows]))
        return 0
    if not rows:
        out.print("No actors yet: `wirereader index` reads the library.")
    for rank, (name, kind, stories, quoted) in enumerate(rows, start=1):
        line = Text(f"{rank:>3}. ", style="dim")
        line.append(s(name), style=DEFAULT_STYLES[kind])
        line.append(
            f"  {kind} · {plural(stories, 'story')} · {plural(quoted, 'quote')}", style="dim"
        )
        out.print(line)
    return 0


def quotes_command(library: Library, args: argparse.Namespace, out: Console) -> int:
    groups = library.speakers(args.speaker)  # a surname: everyone of that name, most covered first
    if not groups:
        return usage_error(f"no speaker called {s(args.speaker)!r} in the library")
    said = [(q, g.name) for g in groups for q in library.actor_quotes(g, args.limit)]
    said.sort(key=lambda pair: pair[0].date, reverse=True)
    if not said:
        out.print(f"{s(groups[0].name)} is in the library but not quoted.")
    for quote, name in said[: args.limit]:
        if args.markdown:
            out.print(f"> {s(quote.text)}\n>\n> — {s(name)}, *{s(quote.title)}*, "
                      f"{quote.date[:10] or 'undated'} (id {quote.article_id})\n", markup=False)  # fmt: skip
        else:
            out.print(quote_line(quote, name))
    return 0
