"""Split article text into sentences and word tokens, keeping character offsets into the text."""

from __future__ import annotations

import re
from typing import NamedTuple

from wirereader.extract.actors.rules import STOP_CAPS

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt",
    "sgt", "prof", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
    "adm", "maj", "mt", "ft", "e.g", "i.e", "approx", "dept", "est",
}  # fmt: skip
# A run of stops is tried once, from its start: "." × 50,000 would otherwise be n².
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]++[”\"’')\]]*+(?=\s+[“\"‘(\[]?[A-Z0-9])|\n\n+")
_TRAILING = frozenset(".-&'’s")  # what a word may end in that trimming or "’s" could change
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Z]\.")
_LAST_WORD = re.compile(r"([\w.]+)$")
_LEGAL_FORMS = frozenset(["inc", "corp", "co", "ltd"])
_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "E.F" of "U.S.", "E.F. Hutton"
_NEXT_WORD = re.compile(r"\s+[“\"‘(\[]?(\w+)")
_WORD = re.compile(r"[^\W_][\w’'.&\-]*")
_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")


class Token(NamedTuple):  # a tuple, not a frozen dataclass: a megabyte makes 170,000 of them
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
            word = _LAST_WORD.search(text, max(start, match.start() - 40), match.start())
            last = word.group(1).lower() if word else ""
            if last in ABBREVIATIONS and (
                last not in _LEGAL_FORMS or not _opens(text, match.end())
            ):
                continue  # but "… went to Acme Inc. The company …" ends there
            initial = word and len(word.group(1)) == 1 and "A" <= word.group(1) <= "Z"
            if initial:  # an initial: "John F. Kennedy"
                continue
            if word and _CAPITALS.fullmatch(word.group(1)) and not _opens(text, match.end()):
                continue  # "E.F. Hutton", "the U.S. Treasury"; but "in the U.S. The …" ends
        end = match.end() if not match.group().startswith("\n") else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans]


def _opens(text: str, at: int) -> bool:
    """Whether the word after `at` is one that starts sentences ("The", "He", "Analysts"), or
    one in capitals, which tells nothing ("N.Y. GRAIN FREIGHTS": a dateline and a headline)."""
    after = _NEXT_WORD.match(text, at)
    if after is None:
        return False
    word = after.group(1)
    return word in STOP_CAPS or (word.isupper() and len(word) > 1)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens without trailing full stops (but "U.S." keeps its own) or possessive "’s"."""
    found: list[Token] = []
    append = found.append
    for match in _WORD.finditer(text, start, len(text) if end is None else end):
        word, s = match.group(), match.start()
        if word[-1] not in _TRAILING:  # most words: nothing to trim
            append(Token(word, s, s + len(word)))
            continue
        possessive = False
        if ("’" in word or "'" in word) and (poss := _POSSESSIVE.search(word)):
            word, possessive = word[: poss.start()], True
        if "." not in word or not _DOTTED.fullmatch(word):  # "U.S.", an initial "G."
            word = word.rstrip(".-&'’")
        if word:
            append(Token(word, s, s + len(word), possessive))
    return found
