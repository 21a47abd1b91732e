"""What the bookmarks file held when last read, so that 10,000 bookmarks load without a YAML parse.

PyYAML reads ~2.5 MB of bookmarks (10,000) in 3–4 s, even with its C parser. The cache beside
the file (`bookmarks.yaml.cache`, JSON) holds the entries of the file's first `size` bytes and
their SHA-256: while the file still begins with those bytes, only what was appended since (new
entries, as `add` writes them) is parsed. Any other change to the file is a full parse again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from wirereader.support import atomic_write_text, read_text_bounded

VERSION = 1


def cache_path(path: Path) -> Path:
    return path.with_name(path.name + ".cache")


def entries_at_column_0(text: str) -> bool:
    """The file is in the shape wirereader writes: comments, `bookmarks:`, then entries that
    each start with `- ` at column 0; so entries appended after it are entries of that list."""
    head, sep, rest = text.partition("bookmarks:\n")
    if not sep or any(line and not line.startswith("#") for line in head.splitlines()):
        return False
    return all(
        line.startswith(("- ", "#")) for line in rest.splitlines() if line and line[0] != " "
    )


def appended_entries(tail: str) -> bool:
    """Text after the cached part that can only be new entries: it opens with `- ` (an indented
    first line would go on with the last cached entry) and stays in the same shape."""
    lines = [line for line in tail.splitlines() if line.strip() and not line.startswith("#")]
    return bool(lines) and lines[0].startswith("- ") and entries_at_column_0("bookmarks:\n" + tail)


def read(path: Path, data: bytes) -> tuple[list[dict[str, Any]], int] | None:
    """(entries, bytes they cover) if `data` still begins with what the cache describes."""
    try:
        text = read_text_bounded(cache_path(path), max(len(data), 1 << 20) * 2, "a cache")
        raw = json.loads(text)
    except (OSError, ValueError, RecursionError):  # a cache written by anything but us
        return None
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        return None
    size, entries = raw.get("size"), raw.get("entries")
    if not isinstance(size, int) or not isinstance(entries, list) or not 0 < size <= len(data):
        return None
    if hashlib.sha256(data[:size]).hexdigest() != raw.get("sha256"):
        return None
    return entries, size


def write(path: Path, text: str, entries: list[dict[str, Any]]) -> None:
    """Remember the entries of `text` (the whole file), if it is in the shape appends keep.
    Best effort: a cache that cannot be written only costs the next load a full parse."""
    if not entries_at_column_0(text):
        return
    data = text.encode("utf-8")
    body = {
        "version": VERSION,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "entries": entries,
    }
    with contextlib.suppress(OSError):
        atomic_write_text(cache_path(path), json.dumps(body, ensure_ascii=False), sync=False)
