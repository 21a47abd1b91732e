"""Filters made of article ids (read stories, a speaker's stories) as Whoosh document numbers.

A Whoosh filter of N ids costs N term lookups, ~150 µs each on a many-segment index (50,000 read
stories: 8.4 s a search). From MAP_FROM ids on, the ids go through a map of every id to its
document number, read from the id column (108k stories: ~0.4 s; a walk of the id field's terms
took 1.6–2.3 s) and kept while the searcher is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MAP_FROM = 1000


@dataclass(frozen=True)
class AnyOf:
    """A filter part a document matches by matching any of its parts (speaker:a OR speaker:b)."""

    parts: tuple[Any, ...]


class DocNumbers:
    """Article id → document number, for one searcher at a time."""

    def __init__(self) -> None:
        self._searcher: Any = None
        self._numbers: dict[str, int] = {}
        self._ids: dict[int, str] | None = None

    def _map(self, searcher: Any) -> dict[str, int]:
        if searcher is not self._searcher:
            self._numbers, self._searcher, self._ids = _read(searcher.reader()), searcher, None
        return self._numbers

    def of(self, searcher: Any, ids: Iterable[str]) -> set[int]:
        numbers = self._map(searcher)
        return {numbers[i] for i in ids if i in numbers}

    def ids(self, searcher: Any, numbers: Iterable[int]) -> list[str]:
        """The article ids of these document numbers (the map read backwards)."""
        forward = self._map(searcher)
        if self._ids is None:
            self._ids = {n: i for i, n in forward.items()}
        by_number = self._ids
        return [by_number[n] for n in numbers if n in by_number]

    def forget(self) -> None:
        self._searcher, self._numbers, self._ids = None, {}, None


def _read(reader: Any) -> dict[str, int]:
    numbers: dict[str, int] = {}
    for segment, offset in reader.leaf_readers():  # oldest first: a rewritten id's live copy last
        ids = [str(i) for i in segment.column_reader("id")]
        if segment.has_deletions():
            live = (n for n in range(len(ids)) if not segment.is_deleted(n))
            numbers.update((ids[n], offset + n) for n in live)
        else:
            numbers.update(zip(ids, range(offset, offset + len(ids)), strict=True))
    return numbers


def whoosh_filter(
    searcher: Any, parts: list[Any], numbers: DocNumbers, any_of: bool = False
) -> Any:
    """One filter for Whoosh from queries, sets of article ids and AnyOf unions of them: all
    must match (or any, with `any_of`). A query while they are all queries, else a set of
    document numbers."""
    from whoosh.query import And, NullQuery, Or, Query, Term

    resolved: list[Any] = []
    for part in parts:
        if isinstance(part, AnyOf):
            union = whoosh_filter(searcher, list(part.parts), numbers, any_of=True)
            resolved.append(NullQuery if union is None else union)
        elif isinstance(part, Query):
            resolved.append(part)
        elif len(part) >= MAP_FROM:
            resolved.append(numbers.of(searcher, part))
        else:
            resolved.append(Or([Term("id", i) for i in sorted(part)]) if part else NullQuery)
    if not resolved:
        return None
    if all(isinstance(p, Query) for p in resolved):
        return resolved[0] if len(resolved) == 1 else (Or if any_of else And)(resolved)
    sets = [p if isinstance(p, set) else set(p.docs(searcher)) for p in resolved]
    return set.union(*sets) if any_of else set.intersection(*sets)
