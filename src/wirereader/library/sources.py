"""The feed and source list: every feed and library folder with its article and unread counts."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wirereader.library.folders import Folder
from wirereader.support import paths, slug


@dataclass(frozen=True)
class Source:
    kind: str  # "all", "feed" or "folder"
    title: str  # the feed's own title, or the folder as the reader knows it
    scope: str  # the query word that lists its articles ("" for all of them)
    total: int
    unread: int
    status: str = ""  # a feed whose last fetch failed says so here
    category: str = ""


def quoted(value: str) -> str:
    return f'"{value}"' if any(c.isspace() or c in '()"' for c in value) else value


def _counts(rows: Iterable[tuple[str, str]], read: set[str]) -> dict[str, tuple[int, int]]:
    """Each folder holding articles → (articles, unread), by the folder's path with a trailing /."""
    total: Counter[str] = Counter()
    unread: Counter[str] = Counter()
    for article_id, path in rows:
        folder = os.path.dirname(path) + os.sep
        total[folder] += 1
        if article_id not in read:
            unread[folder] += 1
    return {folder: (n, unread[folder]) for folder, n in total.items()}


def _under(counts: dict[str, tuple[int, int]], prefix: str) -> tuple[int, int]:
    inside = [v for folder, v in counts.items() if folder.startswith(prefix)]
    return sum(v[0] for v in inside), sum(v[1] for v in inside)


def folder_title(folder: Folder) -> str:
    if folder.origin == "seeds" or folder.path == Path(os.path.abspath(paths.seeds_dir())):
        return "Sample articles (bundled)"
    home = str(Path.home())
    text = str(folder.path)
    return "~" + text[len(home) :] if text.startswith(home + os.sep) else text


def list_sources(
    rows: Iterable[tuple[str, str]],
    read: set[str],
    folders: list[Folder],
    feeds: list[tuple[str, str, str, str]],  # (name, title, category, status) each
    feeds_dir: Path,
) -> list[Source]:
    """All articles first, then the feeds (by category, as subscribed), then the other folders.
    Fetched articles of feeds no longer subscribed stay listed, as their folder's own source."""
    counts = _counts(rows, read)
    everything = (sum(v[0] for v in counts.values()), sum(v[1] for v in counts.values()))
    found = [Source("all", "All articles", "", *everything)]
    feeds_root = str(feeds_dir.absolute()).rstrip(os.sep) + os.sep
    claimed: set[str] = set()
    for name, title, category, status in sorted(feeds, key=lambda f: f[2].lower()):
        prefix = f"{feeds_root}{slug(name)}{os.sep}"
        claimed.add(prefix)
        total, unread = _under(counts, prefix)
        found.append(
            Source("feed", title or name, f"feed:{quoted(name)}", total, unread, status, category)
        )
    for folder in folders:
        prefix = str(folder.path).rstrip(os.sep) + os.sep
        if prefix == feeds_root:
            left = {f: v for f, v in counts.items() if f.startswith(prefix)}
            for gone in sorted({f[len(prefix) :].split(os.sep)[0] for f in left}):
                if f"{prefix}{gone}{os.sep}" not in claimed:
                    total, unread = _under(counts, f"{prefix}{gone}{os.sep}")
                    scope = f"folder:{quoted(prefix + gone)}"
                    found.append(Source("folder", f"{gone} (unsubscribed)", scope, total, unread))
            continue
        total, unread = _under(counts, prefix)
        found.append(
            Source(
                "folder", folder_title(folder), f"folder:{quoted(str(folder.path))}", total, unread
            )
        )
    return found
