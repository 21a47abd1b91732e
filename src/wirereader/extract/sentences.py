"""Split article text into sentences and word tokens, keeping character offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "sgt", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n",
    "adm", "maj", "mt", "ft", "e.g", "i.e", "approx", "dept", "est",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+[“\"‘(\[]?[A-Z0-9])|\n\n+")
_WORD = re.compile(r"[^\W_][\w’'.&\-]*")
_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group().startswith("."):
            word = re.search(r"([\w.]+)$", text[start : match.start()])
            if word and word.group(1).lower() in ABBREVIATIONS:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1)):  # an initial: "John F. Kennedy"
                continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens without trailing full stops (but "U.S." keeps its own) or possessive "’s"."""
    found: list[Token] = []
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word, s = match.group(), match.start()
        possessive = False
        if poss := _POSSESSIVE.search(word):
            word, possessive = word[: poss.start()], True
        if not re.fullmatch(r"(?:[A-Za-z]\.){2,}|[A-Z]\.", word):  # "U.S.", an initial "G."
            word = word.rstrip(".-&'’")
        if word:
            found.append(Token(word, s, s + len(word), possessive))
    return found
