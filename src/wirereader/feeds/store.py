"""Feed entries as Markdown article files under the feeds folder: one file an entry, same id
on every fetch; a changed entry rewrites its file, one that leaves the feed stays."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from wirereader.feeds.entries import Entry
from wirereader.support import (
    atomic_write_text,
    clean_text,
    dump,
    read_text_bounded,
    remove_stale_temps,
    safe_line,
)


@dataclass
class Written:
    new: int = 0
    updated: int = 0
    unchanged: int = 0


# A field of front matter is a line: a feed that sends a longer one is broken or hostile, and
# the file written must stay under the front matter wirereader reads back (ingest's bound).
MAX_FIELD = 2000
MAX_ARTICLE = 4 * 1024 * 1024  # characters: a file we wrote that is longer is not ours


def _clipped(value: str) -> str:
    return value if len(value) <= MAX_FIELD else value[: MAX_FIELD - 1].rstrip() + "…"


def article_text(entry: Entry, source: str, feed_slug: str) -> str:
    front = {
        "title": _clipped(safe_line(entry.title)),
        "byline": _clipped(safe_line(entry.author)),
        "source": _clipped(safe_line(source)),
        "url": safe_line(entry.link) if len(entry.link) <= MAX_FIELD else "",  # cut: nowhere
        "published": entry.published.isoformat() if entry.published else "",
        "id": f"{feed_slug}-{entry.key}",
        "feed_entry": entry.page_read_for,
    }
    head = dump({k: v for k, v in front.items() if v})
    # No escape or control character reaches the file: tools that `cat` or `grep` it print it.
    body = "\n\n".join(clean_text(p).replace("\n", " ") for p in entry.paragraphs)
    return f"---\n{head}---\n{body}\n"


def page_already_read(folder: Path, entry: Entry) -> bool:
    """Whether the entry's file holds what its story page gave, read while the feed said of the
    entry what it says now (its `feed_entry`): then the page need not be fetched again."""
    try:
        text = read_text_bounded(folder / f"{entry.key}.md", MAX_ARTICLE, "an article")
    except (OSError, UnicodeDecodeError):
        return False
    front = text.split("\n---\n", 1)[0]
    return re.search(rf"^feed_entry: '?{entry.digest()}'?$", front, re.MULTILINE) is not None


def write_entries(folder: Path, feed_slug: str, source: str, entries: list[Entry]) -> Written:
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(folder)
    written = Written()
    for entry in entries:
        path = folder / f"{entry.key}.md"
        text = article_text(entry, source, feed_slug)
        try:
            old = read_text_bounded(path, MAX_ARTICLE, "an article")
        except FileNotFoundError:
            old = None
        except (OSError, UnicodeDecodeError):
            old = ""
        if old == text:
            written.unchanged += 1
            continue
        atomic_write_text(path, text, sync=False)  # run.py syncs once, before saving state
        if old is None:
            written.new += 1
        else:
            written.updated += 1
    return written
