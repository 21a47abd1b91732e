"""Character ranges asked in log time whether one holds or meets a span."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Ranges:
    """Character ranges, asked "does one hold / meet this span?" in log time: a scan of every
    range for every span was n² on one long sentence (a table, a list without full stops)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        pairs = sorted(ranges)
        self.starts = [start for start, _ in pairs]
        self.reach = list(accumulate((end for _, end in pairs), max))  # furthest end so far

    def holds(self, start: int, end: int) -> bool:
        """Some range starts at or before `start` and ends at or after `end`."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def meets(self, start: int, end: int) -> bool:
        """Some range overlaps start–end."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start
