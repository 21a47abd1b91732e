"""Retention: the fetched articles of a feed past its `keep` (newest N, N days) leave the disk;
bookmarked ones always stay."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from wirereader.feeds.store import MAX_ARTICLE
from wirereader.settings import Keep, Retention
from wirereader.support import read_text_bounded, slug

_ID = re.compile(r"^id: '?([^'\n]+)'?$", re.MULTILINE)
_PUBLISHED = re.compile(r"^published: '?([^'\n]+)'?$", re.MULTILINE)


@dataclass(frozen=True)
class Stored:
    path: Path
    article_id: str
    when: datetime


def _stored(path: Path) -> Stored | None:
    try:  # bounded and regular files only, as store.py reads them: a FIFO would block open()
        head = read_text_bounded(path, MAX_ARTICLE, "an article")
        mtime = path.stat().st_mtime
    except (OSError, UnicodeDecodeError):
        return None
    front = head.split("\n---\n", 1)[0]
    found = _ID.search(front)
    when = datetime.fromtimestamp(mtime, UTC)
    if published := _PUBLISHED.search(front):
        with contextlib.suppress(ValueError):
            parsed = datetime.fromisoformat(published.group(1))
            when = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return Stored(path, found.group(1) if found else "", when)


def past_keeping(folder: Path, keep: Keep, bookmarked: set[str], now: datetime) -> list[Path]:
    """The article files in one feed's folder that `keep` no longer holds, oldest first."""
    if not keep.limited or not folder.is_dir():
        return []
    stored = [s for p in folder.glob("*.md") if (s := _stored(p)) is not None]
    stored.sort(key=lambda s: s.when, reverse=True)
    cutoff = now - timedelta(days=keep.days) if keep.days else None
    gone = []
    for rank, item in enumerate(stored):
        too_many = bool(keep.newest) and rank >= keep.newest
        too_old = cutoff is not None and item.when < cutoff
        if (too_many or too_old) and item.article_id not in bookmarked:
            gone.append(item.path)
    return gone[::-1]


def to_prune(
    feeds_dir: Path, names: list[str], rules: Retention, bookmarked: set[str]
) -> dict[str, list[Path]]:
    """Per feed name, the files its retention rule would remove now."""
    now = datetime.now(UTC)
    plan = {}
    for name in names:
        gone = past_keeping(feeds_dir / slug(name), rules.of(name), bookmarked, now)
        if gone:
            plan[name] = gone
    return plan


def prune(plan: dict[str, list[Path]]) -> int:
    """Remove the planned files; how many went (one that is gone already is not counted)."""
    removed = 0
    for paths in plan.values():
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed
