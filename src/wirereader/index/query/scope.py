"""Query words turned into filters: feed:NAME, folder:PATH, unread:yes|no, and speaker:NAME (the actor quoted,
by any of their names across the archive), with NOT before one and OR between two of a kind."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirereader.errors import QueryError
from wirereader.index.query.idfilter import AnyOf

# NOT (or "-") before a scope word leaves its stories out; "speaker:a OR speaker:b" takes both.
# The operators are Whoosh's: upper case only.
_SCOPE = re.compile(
    r'(?<![\w"])(?:(?P<not>(?-i:NOT)\s+|-)|(?-i:AND)\s+)?(?P<field>feed|folder|unread|speaker):'
    r'(?P<value>"[^"]*"|[^\s()]+)',
    re.IGNORECASE,
)
_OR_AFTER = re.compile(r"\s+(?-i:OR)\s+")
_OR_BEFORE = re.compile(r"\b(?-i:OR)\s*$")
_AND_LEFT = re.compile(r"^\s*(?-i:AND)\b|\b(?-i:AND)\s*$")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
YES, NO = {"yes", "true", "1"}, {"no", "false", "0"}
IN_BRACKETS = "speaker:, feed:, folder: and unread: go outside brackets, or alone in them"
NOT_WITH_OR = "OR joins speaker:, feed:, folder: and unread: only to their own kind"


@dataclass(frozen=True)
class Scope:
    text: str  # the query without its scope words
    words: str  # the scope words, as typed
    feeds: tuple[str, ...] = ()  # any of these feeds
    unread: bool | None = None
    speakers: tuple[tuple[str, ...], ...] = ()  # each group: any of these speakers
    not_feeds: tuple[str, ...] = ()
    not_speakers: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()  # any of these folders (or files) of the library
    not_folders: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        kinds = (self.feeds, self.speakers, self.not_feeds, self.not_speakers, self.folders)
        return not any(kinds) and not self.not_folders and self.unread is None


def split_scope(text: str) -> Scope:
    feeds: list[str] = []
    not_feeds: list[str] = []
    speakers: list[list[str]] = []
    not_speakers: list[str] = []
    folders: list[str] = []
    not_folders: list[str] = []
    unread: bool | None = None
    words: list[str] = []
    kept: list[str] = []  # the query around the scope words
    at, joins_next = 0, False
    for match in _SCOPE.finditer(text):
        field, value = match.group("field").lower(), match.group("value").strip('"')
        negated = match.group("not") is not None
        joined, joins_next = joins_next, False
        if not joined and _OR_BEFORE.search(text, at, match.start()):
            raise QueryError(NOT_WITH_OR)  # "dollar OR speaker:baker"
        if (
            not joined
            and _depth(text[: match.start()])
            and not text[: match.start()].rstrip().endswith("(")
        ):
            raise QueryError(IN_BRACKETS)  # "dollar OR (yen speaker:baker)"
        if after := _OR_AFTER.match(text, match.end()):
            following = _SCOPE.match(text, after.end())
            if (
                following is None  # "speaker:baker OR dollar"
                or negated
                or following.group("not") is not None
                or following.group("field").lower() != field  # "speaker:baker OR feed:wire"
            ):
                raise QueryError(NOT_WITH_OR)
            joins_next = True
        kept.append("" if joined else text[at : match.start()])
        at = after.end() if after else match.end()
        if not joins_next and _depth(text[:at]) and not text[at:].lstrip().startswith(")"):
            raise QueryError(IN_BRACKETS)
        words.append(match.group().strip() + (" OR" if joins_next else ""))
        if field == "feed":
            (not_feeds if negated else feeds).append(value)
        elif field == "folder":
            (not_folders if negated else folders).append(value)
        elif field == "speaker":
            if negated:
                not_speakers.append(value)
            elif joined:
                speakers[-1].append(value)
            else:
                speakers.append([value])
        elif value.lower() in YES | NO:
            unread = (value.lower() in YES) != negated
        else:
            raise QueryError(f"unread: takes yes or no, not {value!r}")
    kept.append(text[at:])
    rest = _AND_LEFT.sub(" ", _EMPTY_BRACKETS.sub(" ", " ".join(kept))).strip()
    return Scope(
        rest,
        " ".join(words),
        tuple(feeds),
        unread,
        tuple(tuple(group) for group in speakers),
        tuple(not_feeds),
        tuple(not_speakers),
        tuple(folders),
        tuple(not_folders),
    )


def _depth(text: str) -> int:
    """How many brackets are open at the end of `text` (brackets in phrases aside)."""
    plain = re.sub(r'"[^"]*"', "", text)
    return plain.count("(") - plain.count(")")


def filters(
    scope: Scope,
    feeds_dir: Path,
    read_ids: set[str],
    speaker: Callable[[str], Any] | None = None,
    under: Callable[[str], set[str]] | None = None,
) -> tuple[list[Any], list[Any]]:
    """(what a document must all match, what leaves a document out): queries, sets of article
    ids and AnyOf unions of them, which idfilter.whoosh_filter turns into Whoosh's filter and
    mask. `under(prefix)`: the ids of the articles whose path starts so, from the DocStore (a
    Prefix query over 21,577 paths took 1.7 s; the same from SQLite ~30 ms)."""
    from whoosh.query import Or, Prefix, Term

    from wirereader.support import path_key, paths, slug

    folder = str(feeds_dir.absolute())

    def within(prefixes: list[str], files: list[str]) -> Any:
        if under is None:
            return Or([Prefix("path", p) for p in prefixes] + [Term("path", f) for f in files])
        ids: set[str] = set()
        for prefix in [*prefixes, *files]:
            ids |= under(prefix)  # a file's own path is a prefix of itself alone
        return ids

    def in_feeds(names: tuple[str, ...]) -> Any:
        return within([f"{folder}/{slug(name)}/" for name in names], [])

    def in_folders(names: tuple[str, ...]) -> Any:
        """A folder's articles, or the one file named; `seeds` names the bundled samples."""
        keys = []
        for name in names:
            where = paths.seeds_dir() if name == "seeds" else Path(name).expanduser()
            keys.append(path_key(os.path.abspath(where)).rstrip("/"))
        return within([k + "/" for k in keys], keys)

    allowed: list[Any] = []
    left_out: list[Any] = []
    if speaker is not None:
        allowed += [AnyOf(tuple(speaker(name) for name in group)) for group in scope.speakers]
        left_out += [speaker(name) for name in scope.not_speakers]
    if scope.feeds:
        allowed.append(in_feeds(scope.feeds))
    if scope.not_feeds:
        left_out.append(in_feeds(scope.not_feeds))
    if scope.folders:
        allowed.append(in_folders(scope.folders))
    if scope.not_folders:
        left_out.append(in_folders(scope.not_folders))
    if scope.unread is False:
        allowed.append(read_ids)
    if scope.unread is True:
        left_out.append(read_ids)
    return allowed, left_out
