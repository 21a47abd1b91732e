"""The feeds a reader subscribes to, with what the last fetch of each found, in a readable YAML file."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

import yaml

from wirereader.errors import FileProblem
from wirereader.support import (
    atomic_write_text,
    dump,
    error_line,
    error_problem,
    file_lock,
    read_text_bounded,
    safe_line,
    safe_load_bounded,
    slug,
)

# ~200,000 fetched feeds. The bound is for a file someone else wrote; wirereader never writes
# a file it would refuse to read back.
MAX_FILE_CHARS = 64 * 1024 * 1024
FullText = Literal["auto", "always", "never"]
FULL_TEXT = ("auto", "always", "never")
HEADER = (
    "# wirereader feeds: `wirereader feeds add URL`, `feeds remove NAME`, `feeds import FILE.opml`.\n"
    "# name, url, category and full_text (auto|always|never) are yours to edit; the rest is what\n"
    "# the last fetch found.\n"
)


class FeedsFileError(FileProblem):
    """The feeds file is not in a shape wirereader can read; it is left as it is."""


@dataclass
class Feed:
    name: str
    url: str
    category: str = ""
    full_text: FullText = "auto"
    title: str = ""  # the feed's own title, from the last fetch
    etag: str = ""
    last_modified: str = ""
    last_fetch: str = ""
    status: str = ""  # "ok", "not modified", "error"
    last_error: str = ""
    articles: int = 0

    def to_dict(self) -> dict[str, Any]:
        values = ((f.name, getattr(self, f.name)) for f in fields(self))  # asdict deep-copies
        return {k: v for k, v in values if v not in ("", 0) or k in ("name", "url")}


def _feed(entry: Any, path: Path, index: int) -> Feed:
    if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
        raise FeedsFileError(path, None, f"feed {index + 1} needs at least a url")
    known = {f.name for f in fields(Feed)}
    values: dict[str, Any] = {
        k: safe_line(v) if isinstance(v, str) else v for k, v in entry.items() if k in known
    }
    values.setdefault("name", slug(values["url"]))
    if values.get("full_text", "auto") not in FULL_TEXT:
        raise FeedsFileError(
            path, None, f"feed {values['name']}: full_text is auto, always or never"
        )
    try:
        return Feed(**values)
    except TypeError as exc:
        raise FeedsFileError(path, None, f"feed {index + 1}: {exc}") from exc


class FeedList:
    """Read, change and write the feeds file under a lock; writes are atomic."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")

    def load(self) -> list[Feed]:
        try:
            text = read_text_bounded(self.path, MAX_FILE_CHARS, "a feeds file")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise FeedsFileError(self.path, None, f"cannot read: {exc}") from exc
        try:
            data = safe_load_bounded(text, MAX_FILE_CHARS)
        except yaml.YAMLError as exc:
            raise FeedsFileError(
                self.path, error_line(exc), f"not valid YAML: {error_problem(exc)}"
            ) from exc
        entries = (data or {}).get("feeds", []) if isinstance(data, dict | type(None)) else None
        if not isinstance(entries, list):
            raise FeedsFileError(self.path, 1, "expected a top-level 'feeds:' list")
        return [_feed(entry, self.path, i) for i, entry in enumerate(entries)]

    def save(self, feeds: list[Feed]) -> None:
        text = HEADER + dump({"feeds": [f.to_dict() for f in feeds]})
        if len(text) > MAX_FILE_CHARS:
            raise FeedsFileError(
                self.path, None, f"{len(feeds):,} feeds are more than a feeds file can hold; "
                "nothing was changed",
            )  # fmt: skip
        try:
            atomic_write_text(self.path, text)
        except OSError as exc:  # a full disk: the file stays as it was
            raise FeedsFileError(self.path, None, f"cannot write: {exc.strerror or exc}") from exc

    def change(self, edit: Any) -> list[Feed]:
        """Load, apply `edit(feeds) -> feeds`, save; all under the lock."""
        with file_lock(self.lock_path):
            feeds = edit(self.load())
            self.save(feeds)
            return list(feeds)

    def find(self, name: str) -> Feed | None:
        return next((f for f in self.load() if name in (f.name, f.url)), None)
