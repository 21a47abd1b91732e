"""Query words turned into filters: feed:NAME, unread:yes|no, and speaker:NAME (the actor quoted,
by any of their names across the archive)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirereader.index.errors import QueryError

_SCOPE = re.compile(r'(?<![\w"])(feed|unread|speaker):("[^"]*"|\S+)', re.IGNORECASE)
YES, NO = {"yes", "true", "1"}, {"no", "false", "0"}


@dataclass(frozen=True)
class Scope:
    text: str  # the query without its scope words
    words: str  # the scope words, as typed
    feeds: tuple[str, ...] = ()
    unread: bool | None = None
    speakers: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.feeds and self.unread is None and not self.speakers


def split_scope(text: str) -> Scope:
    feeds: list[str] = []
    speakers: list[str] = []
    unread: bool | None = None
    words: list[str] = []
    for match in _SCOPE.finditer(text):
        field, value = match.group(1).lower(), match.group(2).strip('"')
        words.append(match.group())
        if field == "feed":
            feeds.append(value)
        elif field == "speaker":
            speakers.append(value)
        elif value.lower() in YES | NO:
            unread = value.lower() in YES
        else:
            raise QueryError(f"unread: takes yes or no, not {value!r}")
    text = _SCOPE.sub(" ", text).strip()
    return Scope(text, " ".join(words), tuple(feeds), unread, tuple(speakers))


def filters(
    scope: Scope,
    feeds_dir: Path,
    read_ids: set[str],
    speaker: Callable[[str], Any] | None = None,
) -> tuple[list[Any], set[str]]:
    """(what a document must all match, the article ids left out): queries and sets of
    article ids, which idfilter.whoosh_filter turns into Whoosh's filter and mask."""
    from whoosh.query import Or, Prefix

    from wirereader.fetch.subscriptions import slug

    allowed: list[Any] = [speaker(name) for name in scope.speakers] if speaker else []
    if scope.feeds:
        folder = str(feeds_dir.absolute())
        allowed.append(Or([Prefix("path", f"{folder}/{slug(name)}/") for name in scope.feeds]))
    if scope.unread is False:
        allowed.append(read_ids)
    return allowed, read_ids if scope.unread is True else set()
