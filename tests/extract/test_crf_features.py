"""Actor-model features read a stretch as the whole sentence does; span look-ups in a sentence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wirereader.extract.actors.features import sentence_features
from wirereader.extract.actors.tagger import PAD, _stretches
from wirereader.extract.ranges import Ranges

WORDS = st.lists(
    st.sampled_from(["The", "U.S.", "said", "on", "Reuters", "oil", "BANK", ",", "1996", "of"]),
    max_size=30,
)


@given(WORDS, st.data())
def test_a_stretch_has_the_features_of_the_same_words_in_the_whole_sentence(
    words: list[str], data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(words)))
    stop = data.draw(st.integers(start, len(words)))
    whole = sentence_features(words)
    assert [set(f) for f in sentence_features(words, start, stop)] == [
        set(f) for f in whole[start:stop]
    ]


@given(WORDS)
def test_stretches_cover_every_capitalised_word_and_its_neighbours(words: list[str]) -> None:
    covered = {i for start, stop in _stretches(words) for i in range(start, stop)}
    for i, word in enumerate(words):
        if word[:1].isupper():
            assert set(range(max(0, i - PAD), min(len(words), i + PAD + 1))) <= covered
    starts = [start for start, _ in _stretches(words)]
    assert starts == sorted(set(starts))  # disjoint, in order: each word is tagged once


RANGES = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)), max_size=12).map(
    lambda pairs: [(start, start + length) for start, length in pairs]
)


@given(RANGES, st.integers(0, 50), st.integers(0, 12))
def test_ranges_answer_as_a_scan_of_every_range_would(
    ranges: list[tuple[int, int]], start: int, length: int
) -> None:
    end = start + length
    index = Ranges(ranges)
    assert index.holds(start, end) == any(s <= start and end <= e for s, e in ranges)
    assert index.meets(start, end) == any(start < e and s < end for s, e in ranges)
