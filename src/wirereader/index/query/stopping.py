"""Searches that stop when their answer is no longer wanted (the reader typed on)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

from whoosh.collectors import Collector, WrappingCollector
from whoosh.query import Query
from whoosh.searching import Results, Searcher

from wirereader.errors import QueryError, SearchCancelled

CHECK_EVERY = 256  # documents collected between two looks at `should_stop`
ShouldStop = Callable[[], bool]


class TooSlow(QueryError):
    """A query that ran past its time: said to the user with what to change."""


def search(
    searcher: Searcher,
    query: Query,
    should_stop: ShouldStop | None,
    ends: float | None = None,
    **options: Any,
) -> Results:
    """`searcher.search(query, **options)`, raising SearchCancelled soon after `should_stop()`
    turns true: a search of many terms over 100,000 stories runs for seconds, and holds the
    library while it does, so a superseded one kept the next keystroke's waiting. Past
    `ends` (time.monotonic()) it raises TooSlow: no query holds the reader longer."""
    if should_stop is None and ends is None:
        return searcher.search(query, **options)
    if should_stop is not None and should_stop():
        raise SearchCancelled
    collector = searcher.collector(**options)
    _stop_in(collector, should_stop or (lambda: False), ends)
    searcher.search_with_collector(query, collector)
    return collector.results()


def innermost(collector: Collector) -> Collector:
    """The collector under Whoosh's wrappers (filter, terms): the one that keeps documents."""
    while isinstance(collector, WrappingCollector):
        collector = collector.child
    return collector


def _stop_in(collector: Collector, should_stop: ShouldStop, ends: float | None) -> None:
    """Look at `should_stop` in the innermost collector's `collect`, which every path calls
    for each document it keeps (filters, term recording and block-quality skipping stay the
    wrappers' own: a wrapper of ours around them would bypass them)."""
    inner = innermost(collector)
    collect = inner.collect
    seen = itertools.count()

    def collect_unless_stopped(sub_docnum: int) -> Any:
        n = next(seen)
        if n % CHECK_EVERY == 0 and should_stop():
            raise SearchCancelled
        # Every 16th: in a search of thousands of wildcard words one document took 6 ms.
        if ends is not None and n % 16 == 0 and time.monotonic() > ends:
            raise TooSlow(
                "the query ran past its time limit: use fewer wildcards (or more letters "
                "before each), or fewer ORs"
            )
        return collect(sub_docnum)

    inner.collect = collect_unless_stopped  # type: ignore[method-assign]
