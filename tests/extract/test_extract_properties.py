"""Property tests: on any text, extraction never raises and every span is the text at its offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirereader.extract import extract

PIECES = [*"abcXYZ \n.,:;“”\"'’-0123456789%$£", "Trump", " said ", "Mr ", "pct", " mln ", "August "]
NEWSY = st.lists(st.sampled_from([*PIECES, "\x00", "\x1b", "\n\n"]), max_size=120).map("".join)


def check(text: str) -> None:
    extraction = extract(text)
    for actor in extraction.actors:
        for m in actor.mentions:
            assert 0 <= m.start <= m.end <= len(text) and text[m.start : m.end] == m.text
    for q in extraction.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
    for f in extraction.figures:
        assert 0 <= f.start <= f.end <= len(text) and text[f.start : f.end] == f.text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_news_like_text(text: str) -> None:
    check(text)


def test_edge_cases() -> None:
    for text in ["", "“", "”“”“", '"' * 51, "\x00\x01\x02", "“unpaired said Bob", "A. B. C."]:
        check(text)


def test_one_megabyte() -> None:
    paragraph = "Tony Radakin said “up to 30,000 troops” would go to Ukraine on August 20. "
    check((paragraph * 14_000)[:1_000_000])


FIGURE_PIECES = [
    "up to ", "well over ", "over ", "US$", "$", "£", "¥", "HK$", "3", "3.25", "1,000", " mln",
    " pct", " dlrs", "two ", "dozens ", " of ", "troops", "-", ",", ".", " ", "Mr ", "about ",
    "5,", "\n\n", "years", "Monday", "May 5",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FIGURE_PIECES), max_size=60).map("".join))
def test_the_fast_figure_scan_finds_what_the_full_regex_finds(text: str) -> None:
    from wirereader.extract.figures import _FIGURE, _figure_matches

    fast = [(m.start(), m.end()) for m in _figure_matches(text)]
    assert fast == [(m.start(), m.end()) for m in _FIGURE.finditer(text)]


CUE_PIECES = [
    "said", "saying", "told", "according to", "described it as", "who", "which", " ", ", ",
    "Smith", "unsaid", "sayings", "_", ".", "he", "noted", "went on", "\n",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), max_size=40).map("".join), st.data())
def test_the_cue_from_the_story_list_is_the_one_a_search_of_the_clause_finds(
    text: str, data: st.DataObject
) -> None:
    """Cues are found once per story; a quote's clause takes the last of them before it (not
    an "-ing" one, unless it is the only one), as a search of the clause alone would."""
    from wirereader.extract.quotes.cues import CUE
    from wirereader.extract.quotes.speakers import Attributor

    def word(c: str) -> bool:
        return c.isalnum() or c == "_"

    # A clause starts after a word's end and stops before a word's start, as quotes' do.
    start = data.draw(
        st.sampled_from([i for i in range(len(text) + 1) if not word(text[i - 1 : i])])
    )
    end = data.draw(
        st.sampled_from([i for i in range(start, len(text) + 1) if not word(text[i : i + 1])])
    )
    cues = [(start + m.start(), m.group("cue")) for m in CUE.finditer(text[start:end])]
    k = len(cues) - 1
    while k > 0 and cues[k][1].endswith("ing"):
        k -= 1
    expected = cues[k] if cues else None
    assert Attributor(text, text, []).governing_cue(start, end) == expected
