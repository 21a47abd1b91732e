"""How the CLI prints search hits, index reports and articles (Rich Text only, never markup)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.padding import Padding
from rich.text import Text

from wirereader.highlight import DEFAULT_STYLES, styled_body
from wirereader.index.writer import IndexReport
from wirereader.model import Article, Extraction, SearchHit


def when(hit_date: object) -> str:
    return hit_date.strftime("%Y-%m-%d") if hasattr(hit_date, "strftime") else "undated"


def hit_text(rank: int, hit: SearchHit) -> Group:
    head = Text(f"{rank:>3}. ", style="dim")
    head.append(hit.title, style="bold")
    meta = Text("     ")
    meta.append(f"{hit.source or 'unknown source'} · {when(hit.published)}", style="cyan")
    meta.append(f" · {hit.n_actors} actors · {hit.n_quotes} quotes · id {hit.id}", style="dim")
    parts: list[Text] = [head, meta]
    if hit.snippet:
        snippet = Text("     ")
        for fragment in hit.snippet:
            snippet.append(fragment.text, style=DEFAULT_STYLES["hit"] if fragment.hit else "")
        parts.append(snippet)
    return Group(*parts)


def index_summary(report: IndexReport) -> list[Text]:
    lines = [
        Text(
            f"{report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.removed} removed, {len(report.skipped) + len(report.errors)} skipped"
        )
    ]
    for path, reason in report.skipped:
        lines.append(Text(f"  skipped {path}: {reason}", style="yellow"))
    for error in report.errors:
        lines.append(Text(f"  error {error}", style="red"))
    for warning in report.warnings:
        lines.append(Text(f"  warning {warning}", style="yellow"))
    return lines


def show_article(out: Console, article: Article, extraction: Extraction) -> None:
    out.print(Text(article.title, style="bold"))
    meta = [article.byline and f"By {article.byline}", article.source, when(article.published)]
    if article.date_source == "file-mtime":
        meta[-1] += " (file date)"
    out.print(Text(" · ".join(m for m in meta if m), style="cyan"))
    out.print(Text(f"id {article.id} · {article.path}", style="dim"))
    out.print()
    body = styled_body(article.body, extraction)
    for paragraph in body.split("\n\n"):
        if paragraph.plain.strip():
            out.print(paragraph, soft_wrap=False)  # an article reads wrapped, even when piped
            out.print()
    legend = Text("Actors: ")
    for kind in ("person", "organisation", "place"):
        legend.append(kind, style=DEFAULT_STYLES[kind])
        legend.append(" ")
    out.print(legend)
    for actor in extraction.actors:
        line = Text("  ")
        line.append(actor.name, style=DEFAULT_STYLES[actor.kind])
        line.append(f" ({actor.kind}, {len(actor.mentions)} mentions)", style="dim")
        if actor.role:
            line.append(f" — {actor.role}")
        out.print(line)
    if extraction.quotes:
        out.print(Text("Quotes:", style="bold"))
        for quote in extraction.quotes:
            line = Text("  “")
            line.append(quote.text, style=DEFAULT_STYLES["quote"])
            line.append("” — ")
            line.append(quote.speaker or "unattributed", style="bold")
            if quote.cue:
                line.append(f" ({quote.cue})", style="dim")
            out.print(Padding(line, (0, 0)))
    if extraction.figures:
        out.print(Text("Figures:", style="bold"))
        for figure in extraction.figures:
            line = Text("  ")
            line.append(figure.text, style=DEFAULT_STYLES["figure"])
            value = "" if figure.value is None else f" = {figure.value:,.10g}"
            what = f", {figure.of}" if figure.of else ""
            line.append(f"  ({figure.kind}{value}{what})", style="dim")
            out.print(line)
