"""Lay an article out as wrapped rows that know which body offsets they show."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text

from wirereader.model import Article
from wirereader.tui.wrap import wrap_offsets


@dataclass(frozen=True)
class Row:
    text: Text  # styled, without cursor or selection
    start: int = -1  # body offsets shown; -1 for header and blank rows
    end: int = -1


def _date(article: Article) -> str:
    if article.published is None:
        return "undated"
    day = article.published.strftime("%Y-%m-%d")
    return f"{day} (file date)" if article.date_source == "file-mtime" else day


def layout(
    article: Article, styled: Text, width: int, title_style: str, meta_style: str
) -> list[Row]:
    rows: list[Row] = []
    title = article.title
    for s, e in wrap_offsets(title, 0, len(title), width):
        rows.append(Row(Text(title[s:e].rstrip(), style=title_style)))
    meta = " · ".join(
        m for m in (article.byline and f"By {article.byline}", article.source, _date(article)) if m
    )
    for s, e in wrap_offsets(meta, 0, len(meta), width):
        rows.append(Row(Text(meta[s:e].rstrip(), style=meta_style)))
    rows.append(Row(Text("")))
    body = article.body
    start = 0
    while start <= len(body):
        end = body.find("\n\n", start)
        end = len(body) if end < 0 else end
        for s, e in wrap_offsets(body, start, end, width):
            line = styled[s:e]
            line.rstrip()
            rows.append(Row(line, s, e))
        rows.append(Row(Text("")))
        start = end + 2
    return rows


def row_of(rows: list[Row], starts: list[int], offset: int) -> int:
    """The row showing body `offset` (starts: each body row's start, in row order)."""
    index = bisect_right(starts, offset) - 1
    body_rows = [i for i, r in enumerate(rows) if r.start >= 0]
    return body_rows[max(0, min(index, len(body_rows) - 1))] if body_rows else 0
