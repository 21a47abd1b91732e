"""How the CLI prints search hits, index reports and articles (Rich Text only, never markup).

Every string that came from a file goes through safe_line (one line, no escapes) or is body
text that ingest already cleaned.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.text import Text

from wirereader.index import IndexReport
from wirereader.model import ACTOR_KINDS, Article, Extraction, SearchHit
from wirereader.render import DEFAULT_STYLES, styled_body
from wirereader.support import article_meta, plural, shown_language, versions_note, when
from wirereader.support import safe_line as s

EXIT_USAGE = 2


def usage_error(message: str) -> int:
    """Say what the user must fix, on stderr, and give the exit code for it (2)."""
    Console(stderr=True, soft_wrap=True).print(Text(f"wirereader: {message}", style="red"))
    return EXIT_USAGE


def hit_text(rank: int, hit: SearchHit) -> Group:
    head = Text(f"{rank:>3}. ", style="dim")
    head.append(s(hit.title), style="bold")
    meta = Text("     ")
    meta.append(f"{s(hit.source) or 'unknown source'} · {when(hit.published)}", style="cyan")
    if language := shown_language(hit.language):
        meta.append(f" · {language}", style="cyan")
    if note := versions_note(hit.version, hit.earlier, hit.status):
        meta.append(f" · {note}", style="yellow")
    meta.append(
        f" · {plural(hit.n_actors, 'actor')} · {plural(hit.n_quotes, 'quote')} · id {hit.id}",
        style="dim",
    )
    parts: list[Text] = [head, meta]
    if hit.snippet:
        snippet = Text("     ")
        for fragment in hit.snippet:
            snippet.append(s(fragment.text), style=DEFAULT_STYLES["hit"] if fragment.hit else "")
        parts.append(snippet)
    return Group(*parts)


def index_summary(report: IndexReport) -> list[Text]:
    skipped = len(report.skipped) + len(report.errors)
    lines = [
        Text(
            f"{report.new:,} new, {report.updated:,} updated, {report.unchanged:,} unchanged, "
            f"{report.removed:,} removed, {skipped:,} skipped"
        )
    ]
    for path, reason in report.skipped:
        lines.append(Text(f"  skipped {s(path)}: {s(reason)}", style="yellow"))
    for error in report.errors:
        lines.append(Text(f"  error {s(error)}", style="red"))
    for warning in report.warnings:
        lines.append(Text(f"  warning {s(warning)}", style="yellow"))
    return lines


def show_article(out: Console, article: Article, extraction: Extraction) -> None:
    out.print(Text(s(article.title), style="bold"))
    out.print(Text(article_meta(article), style="cyan"))
    if article.url:
        out.print(Text(s(article.url), style="underline"))
    out.print(Text(f"id {article.id} · story {article.story} · {s(article.path)}", style="dim"))
    if article.subjects:
        out.print(Text("Subjects: " + ", ".join(s(x) for x in article.subjects), style="dim"))
    out.print()
    body = styled_body(article.body, extraction)
    for paragraph in body.split("\n\n"):
        if paragraph.plain.strip():
            out.print(paragraph)
            out.print()
    legend = Text("Actors:")
    for kind in ACTOR_KINDS:
        legend.append(" ")
        legend.append(kind, style=DEFAULT_STYLES[kind])
    out.print(legend)
    for actor in extraction.actors:
        line = Text("  ")
        line.append(actor.name, style=DEFAULT_STYLES[actor.kind])
        times = plural(actor.count, "mention") if actor.count else "named only as an adjective"
        line.append(f" ({actor.kind}, {times})", style="dim")
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
            out.print(line)
    if extraction.figures:
        out.print(Text("Figures:", style="bold"))
        for figure in extraction.figures:
            line = Text("  ")
            line.append(figure.text, style=DEFAULT_STYLES["figure"])
            value = "" if figure.value is None else f" = {figure.value:,.10g}"
            what = f", {figure.of}" if figure.of else ""
            line.append(f"  ({figure.kind}{value}{what})", style="dim")
            out.print(line)
