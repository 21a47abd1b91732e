"""Token features for the actor CRF: word shape, affixes, case, neighbours, gazetteers, rules."""

from __future__ import annotations

import re
from functools import lru_cache

from wirereader.extract.actor_rules import (
    HONORIFICS,
    ORG_SUFFIXES,
    PLACE_PREPOSITIONS,
    SPEECH_AFTER,
    STOP_CAPS,
    is_title_head,
)
from wirereader.extract.gazetteer import gazetteer

_SHAPE = [(re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"\d"), "d")]


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    """ "Reuters" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": runs folded."""
    out = word
    for pattern, mark in _SHAPE:
        out = pattern.sub(mark, out)
    return re.sub(r"(.)\1+", r"\1", out)


@lru_cache(maxsize=1 << 16)
def _word_features(word: str) -> tuple[str, ...]:
    lower = word.lower()
    g = gazetteer()
    found = [
        f"w={lower}",
        f"shape={shape(word)}",
        f"p3={lower[:3]}",
        f"s3={lower[-3:]}",
    ]
    if word[:1].isupper():
        found.append("title")
    if word.isupper() and len(word) > 1:
        found.append("upper")
    if any(c.isdigit() for c in word):
        found.append("digit")
    if "-" in word:
        found.append("hyphen")
    if word in g.given_names:
        found.append("g:given")
    if word in g.places or word.title() in g.places:
        found.append("g:place")
    if word in g.demonyms:
        found.append("g:demonym")
    if word in g.orgs:
        found.append("g:org")
    if word in ORG_SUFFIXES or word.rstrip(".") in ORG_SUFFIXES:
        found.append("r:orgsuffix")
    if word in HONORIFICS or is_title_head(word):
        found.append("r:title")
    if word in STOP_CAPS:
        found.append("r:stopcap")
    if lower in SPEECH_AFTER:
        found.append("r:speech")
    if lower in PLACE_PREPOSITIONS:
        found.append("r:placeprep")
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _views(word: str) -> tuple[tuple[str, ...], ...]:
    """What a word tells the words 2 and 1 after it and 1 and 2 before it: its word, its shape
    next door, and next door its gazetteer and rule marks. Cached: a sentence only joins tuples."""
    lower, form = word.lower(), shape(word)
    marks = [f for f in _word_features(word) if ":" in f]
    return (
        (f"-2:w={lower}",),
        (f"-1:w={lower}", f"-1:shape={form}", *(f"-1:{f}" for f in marks)),
        (f"1:w={lower}", f"1:shape={form}", *(f"1:{f}" for f in marks)),
        (f"2:w={lower}",),
    )


def sentence_features(words: list[str]) -> list[tuple[str, ...]]:
    """One feature tuple per word; the sentence's all-caps flag (headlines, sports tables) too."""
    letters = [w for w in words if len(w) > 1 and w[0].isalpha()]
    shouting = len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.6 * len(letters)
    n = len(words)
    own = [_word_features(w) for w in words]
    views = [_views(w) for w in words]
    none: tuple[str, ...] = ()
    out: list[tuple[str, ...]] = []
    for i in range(n):
        out.append(
            own[i]
            + (("shouting",) if shouting else none)
            + (("BOS",) if i == 0 else none)
            + (("EOS",) if i == n - 1 else none)
            + (views[i - 2][0] if i >= 2 else none)
            + (views[i - 1][1] if i >= 1 else none)
            + (views[i + 1][2] if i + 1 < n else none)
            + (views[i + 2][3] if i + 2 < n else none)
        )
    return out
