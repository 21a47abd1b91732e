"""Feeds that are files: `file://` URLs and local paths, read as a server's answer would be."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from wirereader.feeds.http import MAX_BYTES, Fetched
from wirereader.support import read_bytes_bounded


def is_file_url(url: str) -> bool:
    return urlsplit(url).scheme.lower() == "file"


def file_url(target: str) -> str | None:
    """`target` as a file:// URL when it names a local file (a path, or already such a URL)."""
    if is_file_url(target):
        return target
    path = Path(target).expanduser()
    return path.absolute().as_uri() if path.is_file() else None


def path_of(url: str) -> Path:
    return Path(url2pathname(urlsplit(url).path))


def read_local(url: str, last_modified: str = "") -> Fetched:
    """The file's bytes, or "not modified" when its size and time are those of the last read
    (kept where a server's Last-Modified would be)."""
    path = path_of(url)
    try:
        info = os.stat(path)
        stamp = f"file {info.st_size} {info.st_mtime_ns}"
        if stamp == last_modified:
            return Fetched(url, 304, last_modified=stamp)
        body = read_bytes_bounded(path, MAX_BYTES // 4, "a feed")  # 4: UTF-8's widest
    except FileNotFoundError:
        return Fetched(url, error=f"no such file: {path}")
    except OSError as exc:  # a directory, a FIFO, unreadable, too large
        return Fetched(url, error=f"cannot read {path}: {exc.strerror or exc}")
    return Fetched(url, 200, body, last_modified=stamp)
