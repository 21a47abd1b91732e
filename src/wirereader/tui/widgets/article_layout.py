"""Lay an article out as wrapped rows that know which body offsets they show."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text

from wirereader.model import Article
from wirereader.support import article_meta, safe_line
from wirereader.tui.wrap import wrap_offsets


@dataclass(frozen=True)
class Row:
    text: Text  # styled, without cursor or selection
    start: int = -1  # body offsets shown; -1 for header and blank rows
    end: int = -1
    part: str = ""  # "title", "meta" or "url" for the header's rows


def layout(article: Article, styled: Text, width: int) -> list[Row]:
    rows: list[Row] = []
    header = (
        ("title", safe_line(article.title)),
        ("meta", article_meta(article)),
        ("url", safe_line(article.url)),
    )
    for part, words in header:
        if not words:
            continue
        for s, e in wrap_offsets(words, 0, len(words), width):
            rows.append(Row(Text(words[s:e].rstrip()), part=part))
    rows.append(Row(Text("")))
    paragraphs = _paragraph_lines(article.body, width)
    cuts = sorted({offset for lines in paragraphs for line in lines for offset in line})
    # One division of the styled body at every line's edges: Rich reads each span once (a
    # slice per line read all of them per line, n² on a long article).
    pieces = styled.divide(cuts)
    piece_at = {offset: k + 1 for k, offset in enumerate(cuts)}  # piece k + 1 starts at cuts[k]
    blank = Row(Text(""))  # rows are never changed in place: drawing styles a copy
    for lines in paragraphs:
        for s, e in lines:
            line = pieces[piece_at[s]] if e > s else Text("")  # a piece is each line's own
            line.rstrip()
            rows.append(Row(line, s, e))
        rows.append(blank)
    return rows


def _paragraph_lines(body: str, width: int) -> list[list[tuple[int, int]]]:
    """Each paragraph's wrapped lines, as body offsets."""
    paragraphs = []
    start = 0
    while start <= len(body):
        end = body.find("\n\n", start)
        end = len(body) if end < 0 else end
        paragraphs.append(wrap_offsets(body, start, end, width))
        start = end + 2
    return paragraphs


def row_of(rows: list[Row], starts: list[int], offset: int) -> int:
    """The row showing body `offset` (starts: each body row's start, in row order)."""
    index = bisect_right(starts, offset) - 1
    body_rows = [i for i, r in enumerate(rows) if r.start >= 0]
    return body_rows[max(0, min(index, len(body_rows) - 1))] if body_rows else 0
