"""Find direct quotations and who said them: the cue verb, the speaker before or after the quote."""

from __future__ import annotations

import re
from bisect import bisect_right

from wirereader.extract.quotes.cues import ARTICLE, NAMING
from wirereader.extract.quotes.speakers import Attributor, Speaker
from wirereader.model import Actor, Quote

OPENERS, CLOSERS = "“", "”"


def _pairs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage's inner text; unpaired marks are ignored."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for match in re.finditer(r"[“”\"]|\n\n", text):
        mark, pos = match.group(), match.start()
        if mark == "\n\n":
            # A quote running into the next paragraph continues if that paragraph opens with a mark.
            if open_at is not None and text[match.end() : match.end() + 1] not in '“"':
                open_at = None
            continue
        if open_at is None and (mark in OPENERS or mark == '"'):
            open_at = pos + 1
        elif open_at is not None and (mark in CLOSERS or mark == '"'):
            if pos > open_at:
                pairs.append((open_at, pos))
            open_at = None
        elif open_at is not None and mark in OPENERS and text[pos - 2 : pos] == "\n\n":
            continue  # the re-opening mark of a continued paragraph
    return pairs


REACH = 1000  # characters a cue is looked for around its quote: a sentence is never longer
CONTINUES = 3  # paragraphs an unattributed quote may be from the last speaker


def find_quotes(text: str, sentences: list[tuple[int, int]], actors: list[Actor]) -> list[Quote]:
    pairs = _pairs(text)
    who = Attributor(text, _masked(text, pairs), actors)
    if not sentences:
        sentences = [(0, len(text))]
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    for pair in pairs:
        by_sentence.setdefault(max(0, bisect_right(starts, pair[0]) - 1), []).append(pair)
    quotes: list[Quote] = []
    covered = -1
    for i, (s_start, s_end) in enumerate(sentences):
        if i not in by_sentence:
            if s_start >= covered:
                who.sentence(s_start, s_end)
            continue
        for start, end in by_sentence[i]:
            if not text[start:end].strip():
                continue
            j = bisect_right(starts, end) - 1
            clause_end = max(s_end, sentences[j][1] if j > i else s_end, end + 1)
            clause_start, clause_end = max(s_start, start - REACH), min(clause_end, end + REACH)
            covered = max(covered, clause_end)
            speaker, is_actor, cue = _attribute(text, who, start, end, clause_start, clause_end)
            quotes.append(Quote(text[start:end], start, end, speaker, is_actor, cue))
    return quotes


def _masked(text: str, pairs: list[tuple[int, int]]) -> str:
    """The text with quoted words blanked out (offsets kept): cues inside quotes are not ours."""
    pieces, last = [], 0
    for start, end in pairs:
        pieces += [text[last:start], "_" * (end - start)]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _attribute(
    text: str, who: Attributor, start: int, end: int, clause_start: int, clause_end: int
) -> Speaker:
    found = who.after(end, clause_end)
    if found and found[0]:
        return found
    if _is_term(text, start, end):
        return "", False, ""
    found = who.before(clause_start, start - 1)
    if found and found[0]:
        return found
    if _short(text[start:end]) and ARTICLE.search(text, max(0, start - 12), start - 1):
        return "", False, ""  # a "right of consent": a term, with no cue to give it a speaker
    if who.last_speaker and not _short(text[start:end]):
        speaker, at = who.last_speaker
        if start - at < 6000 and text.count("\n\n", at, start) <= CONTINUES:
            return speaker
    return found or ("", False, "")


def _short(inner: str) -> bool:
    return len(inner.split()) <= 4 and inner.rstrip()[-1:] not in ",.!?"


def _is_term(text: str, start: int, end: int) -> bool:
    """A scare quote, title or name ("Big Bang", a "right of consent"): nobody is speaking."""
    inner = text[start:end].strip(" ,.")
    words = [w for w in inner.split() if w[:1].isalpha()]
    if not words or len(inner.split()) > 4:
        return False
    named = all(w[:1].isupper() for w in words)
    return named or (
        _short(text[start:end]) and bool(NAMING.search(text, max(0, start - 24), start - 1))
    )
