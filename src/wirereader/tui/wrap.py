"""Word-wrap text into lines that remember their character offsets, so spans map to screen rows."""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """(start, end) of each line of text[start:end] wrapped to `width` cells; no offset is lost."""
    width = max(8, width)
    lines: list[tuple[int, int]] = []
    line_start, line_cells = start, 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        word_cells = cell_len(word.rstrip())
        if line_cells and line_cells + word_cells > width:
            lines.append((line_start, match.start()))
            line_start, line_cells = match.start(), 0
        while word_cells > width:  # a word longer than the line is cut
            cut = match.start() + width
            lines.append((line_start, cut))
            line_start, word_cells = cut, cell_len(text[cut : match.end()].rstrip())
        line_cells += cell_len(word)
    if line_start < end or not lines:
        lines.append((line_start, end))
    return lines
