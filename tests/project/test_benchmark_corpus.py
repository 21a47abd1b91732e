"""The Reuters corpus the benchmarks build: every story keeps its date and loses its sign-off."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from tests.support import ROOT, shared_or_skip

sys.path.insert(0, str(ROOT / "benchmarks"))
import reuters


def test_dates_with_one_digit_days_and_double_spaces_parse() -> None:
    assert reuters.story_date(" 5-MAR-1987 09:06:11.73") == datetime(1987, 3, 5, 9, 6, 11)
    assert reuters.story_date("3-MAR-1987  09:15:05.40") == datetime(1987, 3, 3, 9, 15, 5)
    assert reuters.story_date("26-FEB-1987 15:01:01.79") == datetime(1987, 2, 26, 15, 1, 1)


def test_the_first_reuters_file_keeps_dates_and_drops_sign_offs(tmp_path: Path) -> None:
    source = shared_or_skip("data/reuters21578/reut2-000.sgm")
    (tmp_path / source.name).symlink_to(source)
    stories = list(reuters.stories(tmp_path))
    assert len(stories) == 1000
    assert sum(s.date is None for s in stories) <= 2
    signed = [s.newid for s in stories if s.paragraphs[-1].lower().endswith("reuter")]
    assert not signed
