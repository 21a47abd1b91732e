"""Word boundaries in article text, for selections by word."""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w’'-]+")


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "_’'-"


def word_start(text: str, offset: int) -> int:
    while 0 < offset <= len(text) and _is_word(text[offset - 1]):
        offset -= 1
    return offset


def word_end(text: str, offset: int) -> int:
    while 0 <= offset < len(text) and _is_word(text[offset]):
        offset += 1
    return offset


def next_word_end(text: str, offset: int) -> int:
    """The end of the next word that ends after `offset`."""
    match = _WORD.search(
        text, offset + 1 if offset < len(text) and _is_word(text[offset]) else offset
    )
    while match and match.end() <= offset:
        match = _WORD.search(text, match.end() + 1)
    return match.end() if match else len(text)


def prev_word_end(text: str, offset: int, floor: int) -> int:
    """The end of the last word that ends before `offset`, never before the word at `floor`."""
    best = word_end(text, floor)
    for match in _WORD.finditer(text, max(floor, offset - 200), offset):
        if best < match.end() < offset:
            best = match.end()
    return best
