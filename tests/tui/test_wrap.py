"""Word wrap with offsets: every character lands on exactly one line, and lines fit."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from wirereader.tui.wrap import _by_words, wrap_offsets

TEXT = st.lists(
    st.sampled_from(["a", "word", " ", "  ", "x" * 30, "y" * 95, "東京都", "—", "\t"]), max_size=40
).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(0, 50))
def test_lines_cover_the_text_in_order_and_fit_the_width(text: str, width: int) -> None:
    lines = wrap_offsets(text, 0, len(text), width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(lines))  # no gap, no overlap
    for start, end in lines:
        shown = text[start:end].rstrip()
        assert cell_len(shown) <= max(8, width) or len(shown.lstrip()) == 1


def test_a_word_many_times_the_width_is_cut_into_full_lines() -> None:
    url = "https://example.com/" + "a" * 200
    lines = wrap_offsets(url, 0, len(url), 20)
    assert [len(url[s:e]) for s, e in lines] == [20] * 11


ASCII = st.lists(
    st.sampled_from(["a", "word", " ", "   ", "x" * 9, "y" * 31, ",", "-"]), max_size=60
)


@settings(max_examples=500, deadline=None)
@given(ASCII.map("".join), st.integers(0, 40))
def test_plain_ascii_wraps_as_the_word_loop_does(text: str, width: int) -> None:
    assert wrap_offsets(text, 0, len(text), width) == _by_words(text, 0, len(text), max(8, width))
