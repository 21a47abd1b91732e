"""Token features for the actor CRF: word shape, affixes, case, neighbours, gazetteers, rules."""

from __future__ import annotations

import re
from functools import lru_cache

from wirereader.extract.actors.rules import (
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


def shouting(words: list[str]) -> bool:
    """Whether a sentence is set in capitals (headlines, sports tables)."""
    letters = [w for w in words if len(w) > 1 and w[0].isalpha()]
    return len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.6 * len(letters)


_NOWHERE: tuple[tuple[str, ...], ...] = ((), (), (), ())  # past either end of the sentence


def sentence_features(
    words: list[str], start: int = 0, stop: int | None = None, loud: bool | None = None
) -> list[tuple[str, ...]]:
    """One feature tuple per word from `start` to `stop`, read in the whole sentence; the
    sentence's all-caps flag too (`loud`, worked out here unless given)."""
    n = len(words)
    stop = n if stop is None else stop
    lo, hi = max(0, start - 2), min(n, stop + 2)
    # near[k] is what words[start - 2 + k] tells its neighbours
    near = [
        *[_NOWHERE] * (lo - start + 2),
        *[_views(w) for w in words[lo:hi]],
        *[_NOWHERE] * (stop + 2 - hi),
    ]
    extra = ("shouting",) if (shouting(words) if loud is None else loud) else ()
    out = [
        _word_features(words[i]) + extra
        + near[k - 2][0] + near[k - 1][1] + near[k + 1][2] + near[k + 2][3]
        for k, i in enumerate(range(start, stop), start=2)
    ]  # fmt: skip
    if start == 0 and out:
        out[0] += ("BOS",)
    if stop == n and out:
        out[-1] += ("EOS",)
    return out
