"""Word-wrap text into lines that remember their character offsets, so spans map to screen rows."""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[start:end] wrapped to `width` cells; no offset is lost."""
    width = max(8, width)
    piece = text[start:end]
    if piece.isascii() and piece.isprintable() and not piece[:1].isspace():
        # One cell a character: the pattern finds the same lines as the loop, in C (a
        # megabyte's 170,000 words took the loop a second).
        found = [m.span() for m in _line_pattern(width).finditer(text, start, end)]
        return found or [(start, end)]
    return _by_words(text, start, end, width)


@lru_cache(maxsize=32)
def _line_pattern(width: int) -> re.Pattern[str]:
    """The most words that fit from here, or a word's first `width` characters if it cannot."""
    return re.compile(rf"\S.{{0,{width - 1}}}(?=\s|$)\s*|\S{{{width}}}\s*")


def _by_words(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start, line_cells = start, 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        word_cells = _cells(word.rstrip())
        if line_cells and line_cells + word_cells > width:
            lines.append((line_start, match.start()))
            line_start, line_cells = match.start(), 0
        at = match.start() if line_cells else line_start  # a line starts with what it holds
        while _cells(text[at : match.end()].rstrip()) > width:  # too long: cut a line's width
            cut = _fitting(text, at, match.end(), width)
            lines.append((line_start, cut))
            line_start = at = cut
        line_cells += _cells(text[at : match.end()])
    if line_start < end or not lines:
        lines.append((line_start, end))
    return lines


def _cells(text: str) -> int:
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


def _fitting(text: str, start: int, end: int, width: int) -> int:
    """Where the characters from `start` stop fitting in `width` cells (one at least)."""
    cells = 0
    for i in range(start, end):
        cells += cell_len(text[i])
        if cells > width and i > start:
            return i
    return end
