"""Which article files a run must read, and which indexed ones are gone: the manifest's side."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirereader.support import path_key

if TYPE_CHECKING:
    from wirereader.index.build.writer import IndexReport


def entry_ids(entry: list[Any]) -> list[str]:
    """The ids of a manifest entry's articles: one, or several for a file of many items
    (space-separated in the entry's id column)."""
    return str(entry[1]).split() if entry[1] else []


def path_prefixes(roots: Iterable[Path]) -> tuple[tuple[str, ...], set[str]]:
    """Folder prefixes and exact paths: string tests, not Path.is_relative_to (~15 µs a file,
    1.5 s at 100k)."""
    roots = list(roots)
    keys = [path_key(str(r)) for r in roots]
    return tuple(k.rstrip(os.sep) + os.sep for k in keys), set(keys)


def scan(
    roots: list[Path],
    files: dict[str, list[Any]],
    fresh_extractor: bool,
    report: IndexReport,
) -> tuple[set[str], list[str]]:
    from wirereader.ingest import unsupported, walk_article_files

    seen: set[str] = set()
    todo: list[str] = []
    for root in roots:
        if not root.exists():
            report.skipped.append((str(root), "no such file or folder"))

    def skipped(path: str, reason: str) -> None:
        report.skipped.append((path_key(path), reason))

    for name, stat in walk_article_files((r for r in roots if r.exists()), skipped):
        key = path_key(name)
        if reason := unsupported(key):
            report.skipped.append((key, reason))
            continue
        seen.add(key)
        entry = files.get(key)
        if entry and fresh_extractor and entry[2] == stat.st_mtime and entry[3] == stat.st_size:
            report.unchanged += 1
            continue
        todo.append(name)  # the real name, to read; path_key(name) is how the index holds it
    return seen, todo


def remove_missing(
    writer: Any,
    roots: list[Path],
    files: dict[str, list[Any]],
    seen: set[str],
    report: IndexReport,
    whole_library: bool = False,
) -> list[str]:
    stale: list[str] = []
    keep: tuple[str, ...]
    prefixes: tuple[str, ...]
    exact: set[str]
    if whole_library:  # all outside the library goes; a missing (unmounted?) root keeps its own
        keep, keep_exact = path_prefixes(r for r in roots if not r.exists())
        prefixes, exact = (), set()
    else:
        keep, keep_exact = (), set()
        prefixes, exact = path_prefixes(roots)
    for key in list(files):
        if key in seen or key in keep_exact or key.startswith(keep):
            continue
        if not whole_library and not (key in exact or key.startswith(prefixes)):
            continue
        writer.delete_by_term("path", key)
        stale += entry_ids(files.pop(key))
        report.removed += 1
    return stale
