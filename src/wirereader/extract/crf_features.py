"""Token features for the actor CRF: word shape, affixes, case, neighbours, gazetteers, rules."""

from __future__ import annotations

import re
from functools import cache

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
Features = list[str]


@cache
def shape(word: str) -> str:
    """ "Reuters" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": runs folded."""
    out = word
    for pattern, mark in _SHAPE:
        out = pattern.sub(mark, out)
    return re.sub(r"(.)\1+", r"\1", out)


@cache
def _word_features(word: str) -> tuple[str, ...]:
    lower = word.lower()
    g = gazetteer()
    found = [
        f"w={lower}",
        f"shape={shape(word)}",
        f"p2={lower[:2]}",
        f"p3={lower[:3]}",
        f"s2={lower[-2:]}",
        f"s3={lower[-3:]}",
        f"len={min(len(word), 8)}",
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


def sentence_features(words: list[str]) -> list[Features]:
    """One feature list per word; the sentence's all-caps flag (headlines, sports tables) too."""
    letters = [w for w in words if len(w) > 1 and w[0].isalpha()]
    shouting = len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.6 * len(letters)
    out: list[Features] = []
    n = len(words)
    for i, word in enumerate(words):
        feats = list(_word_features(word))
        if shouting:
            feats.append("shouting")
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                other = words[j]
                feats.append(f"{offset}:w={other.lower()}")
                feats.append(f"{offset}:shape={shape(other)}")
                if offset in (-1, 1):
                    feats += [f"{offset}:{f}" for f in _word_features(other) if ":" in f]
        out.append(feats)
    return out
