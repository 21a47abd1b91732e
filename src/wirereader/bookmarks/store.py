"""Bookmarked passages in a YAML file people can read: durable writes, locking, Markdown export."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from wirereader.bookmarks import cache as bookmark_cache
from wirereader.errors import BookmarkError, FileProblem
from wirereader.model import Article, Extraction
from wirereader.support import (
    append_durably,
    atomic_write_text,
    clean_text,
    compose_bounded,
    dump,
    error_line,
    error_problem,
    file_lock,
    read_bytes_bounded,
    read_text_bounded,
    safe_line,
    safe_load_bounded,
)

MAX_FILE_CHARS = 256 * 1024 * 1024  # ~500,000 bookmarks; more is not a bookmarks file
KIND = "a bookmarks file"
HEADER = "# wirereader bookmarks: one entry a passage. Safe to read; edit with care, keep it valid YAML.\n"
FIELDS = (
    "id",
    "article_id",
    "title",
    "source",
    "url",
    "date",
    "start",
    "end",
    "text",
    "actors",
    "note",
    "created",
)


class BookmarkFileError(FileProblem, BookmarkError):
    """The bookmarks file is not in a shape wirereader can read; it is left as it is."""

    def __init__(self, path: Path, line: int | None, message: str) -> None:
        super().__init__(path, line, message, note=" (the file was not changed)")


@dataclass(frozen=True)
class Bookmark:
    article_id: str
    title: str
    source: str
    date: str
    start: int
    end: int
    text: str
    actors: tuple[str, ...] = ()
    note: str = ""
    url: str = ""
    created: str = field(default_factory=lambda: datetime.now().isoformat(timespec="seconds"))
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:10])

    def to_dict(self) -> dict[str, Any]:
        # Field by field, not dataclasses.asdict: its deep copy of every string was 1 of the
        # 1.5 s a delete took with 10,000 bookmarks (the cache is written from these dicts).
        data = {key: getattr(self, key) for key in FIELDS}
        data["actors"] = list(self.actors)
        return data


def make_bookmark(
    article: Article, extraction: Extraction, start: int, end: int, note: str = ""
) -> Bookmark:
    start, end = max(0, min(start, end)), min(len(article.body), max(start, end))
    actors = tuple(
        actor.name
        for actor in extraction.actors
        if any(m.start < end and m.end > start for m in actor.mentions)
    )
    return Bookmark(
        article_id=article.id,
        title=article.title,
        source=article.source,
        date=article.published.date().isoformat() if article.published else "",
        start=start,
        end=end,
        text=article.body[start:end],
        actors=actors,
        note=note.strip(),
        url=article.url,
    )


class BookmarkStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")

    def load(self) -> list[Bookmark]:
        try:
            data = read_bytes_bounded(self.path, MAX_FILE_CHARS, KIND)
            text = data.decode("utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError) as exc:
            raise BookmarkFileError(self.path, None, f"cannot read: {exc}") from exc
        cached = bookmark_cache.read(self.path, data)
        if cached is not None and (marks := self._cached(data, text, *cached)) is not None:
            return marks
        marks = self._parse(text)
        bookmark_cache.write(self.path, text, [m.to_dict() for m in marks])
        return marks

    def article_ids(self) -> set[str] | None:
        """The articles with a bookmark (retention keeps them); None when the file cannot say."""
        try:
            return {mark.article_id for mark in self.load()}
        except BookmarkError:
            return None

    def _cached(
        self, data: bytes, text: str, entries: list[Any], size: int
    ) -> list[Bookmark] | None:
        """The cached entries and those appended since; None when only a full parse will do."""
        try:
            tail = data[size:].decode("utf-8")
            if tail.strip():
                if not bookmark_cache.appended_entries(tail):
                    return None
                more = safe_load_bounded("bookmarks:\n" + tail, MAX_FILE_CHARS)
                entries = [*entries, *more["bookmarks"]]
            marks = [_entry(entry) for entry in entries]
        except (UnicodeDecodeError, yaml.YAMLError, TypeError, KeyError, ValueError):
            return None  # the full parse says what is wrong, with the line
        if tail.strip():
            bookmark_cache.write(self.path, text, [m.to_dict() for m in marks])
        return marks

    def _parse(self, text: str) -> list[Bookmark]:
        try:
            data = safe_load_bounded(text, MAX_FILE_CHARS)
        except yaml.YAMLError as exc:
            problem = f"not valid YAML: {error_problem(exc)}"
            raise BookmarkFileError(self.path, error_line(exc), problem) from exc
        if data is None:
            return []
        entries = data.get("bookmarks") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            raise BookmarkFileError(self.path, 1, "expected a top-level 'bookmarks:' list")
        marks = []
        for i, entry in enumerate(entries):
            try:
                marks.append(_entry(entry))
            except ValueError as exc:  # the line is looked up only now: composing costs a pass
                raise BookmarkFileError(self.path, _entry_line(text, i), str(exc)) from exc
        return marks

    def _appendable(self) -> bool:
        """The file is ours in shape (a header, then `bookmarks:` and `- ` entries at column 0,
        nothing after them), so a new entry can be appended instead of rewriting it all.
        Only its head and tail are read: an add must not cost a pass over 10,000 bookmarks."""
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(4096).decode("utf-8", "replace")
                size = handle.seek(0, 2)
                handle.seek(max(0, size - 4096))
                tail = handle.read().decode("utf-8", "replace")
        except OSError:
            return False
        before, sep, rest = head.partition("\nbookmarks:\n")
        if not sep or not head.startswith("#") or not rest.startswith("- "):
            return False
        if any(line and not line.startswith("#") for line in before.splitlines()):
            return False
        if not tail.endswith("\n"):
            return False
        body = rest if size <= 4096 else tail.split("\n", 1)[-1]
        top = [line for line in body.splitlines() if line and not line[0].isspace()]
        if size > 4096 and not top:
            return False  # one giant entry: cannot tell from the tail, rewrite safely
        return all(line.startswith(("- ", "#")) for line in top)

    def _write(self, marks: list[Bookmark]) -> None:
        entries = [m.to_dict() for m in marks]
        text = HEADER + _dump({"bookmarks": entries})
        atomic_write_text(self.path, text)
        bookmark_cache.write(self.path, text, entries)

    def add(self, mark: Bookmark, wait: float = 10.0, at: int | None = None) -> bool:
        """Under the lock: append the entry in one write (a kill cannot tear it), or, for a
        file not in our shape (or `at` a place in the list: an undone delete goes back where
        it was), re-read it all and replace it (temp file + rename). False, and nothing
        written, when the file already holds this passage of this article. A file that no
        longer parses raises BookmarkFileError with its line, and is left as it is."""
        with file_lock(self.lock_path, timeout=wait):
            marks = self.load()
            if any(_same_passage(m, mark) for m in marks):
                return False
            if at is None and self._appendable():
                append_durably(self.path, _dump([mark.to_dict()]))
            else:
                where = len(marks) if at is None else max(0, min(at, len(marks)))
                self._write([*marks[:where], mark, *marks[where:]])
            return True

    def delete(self, bookmark_id: str, wait: float = 10.0) -> int:
        """Take out the bookmarks with this id (one, unless a hand edit repeated it): how many."""
        with file_lock(self.lock_path, timeout=wait):
            marks = self.load()
            kept = [m for m in marks if m.id != bookmark_id]
            if len(kept) == len(marks):
                return 0
            if not kept or not self._cut(bookmark_id, kept):
                self._write(kept)
            return len(marks) - len(kept)

    def _cut(self, bookmark_id: str, kept: list[Bookmark]) -> bool:
        """Take one entry out of the file as it stands (a rewrite of 10,000 costs seconds):
        when the file is in our shape and the entry is one `- id: …` block in it."""
        text = read_text_bounded(self.path, MAX_FILE_CHARS, KIND)
        first = f"\n- id: {bookmark_id}\n"
        at = text.find(first)
        if at < 0 or text.find(first, at + 1) >= 0 or not bookmark_cache.entries_at_column_0(text):
            return False
        following = _TOP_LEVEL.search(text, at + 1)  # the next entry, or a comment
        end = following.start() if following else len(text) - 1
        try:
            block = safe_load_bounded("bookmarks:" + text[at:end], MAX_FILE_CHARS)["bookmarks"]
            if [_entry(e).id for e in block] != [bookmark_id]:
                return False
        except (yaml.YAMLError, TypeError, KeyError, ValueError):
            return False
        cut = text[:at] + text[end:]
        atomic_write_text(self.path, cut)
        bookmark_cache.write(self.path, cut, [m.to_dict() for m in kept])
        return True


def _same_passage(a: Bookmark, b: Bookmark) -> bool:
    return (a.article_id, a.start, a.end) == (b.article_id, b.start, b.end)


_TOP_LEVEL = re.compile(r"\n(?=[^ \n])")


def _dump(data: object) -> str:
    return dump(data, width=100)  # the C emitter: 10,000 bookmarks in 1 s, not 8


def _entry_line(text: str, index: int) -> int | None:
    node = compose_bounded(text, MAX_FILE_CHARS)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "bookmarks" and isinstance(value, yaml.SequenceNode):
                return int(value.value[index].start_mark.line) + 1
    return None


def _entry(entry: Any) -> Bookmark:
    """One bookmark from its YAML mapping; ValueError says what is wrong with it."""
    if not isinstance(entry, dict):
        raise ValueError("a bookmark must be a mapping of field: value")
    missing = [k for k in ("article_id", "start", "end", "text") if k not in entry]
    if missing:
        raise ValueError(f"bookmark lacks {', '.join(missing)}")
    try:
        return Bookmark(  # a hand-edited file is outside text too: cleaned as it is read
            article_id=safe_line(entry["article_id"]),
            title=safe_line(entry.get("title", "")),
            source=safe_line(entry.get("source", "")),
            date=safe_line(entry.get("date", "")),
            start=int(entry["start"]),
            end=int(entry["end"]),
            text=clean_text(str(entry["text"])),
            actors=tuple(safe_line(a) for a in entry.get("actors") or ()),
            note=clean_text(str(entry.get("note") or "")),
            url=safe_line(entry.get("url") or ""),
            created=safe_line(entry.get("created", "")),
            id=safe_line(entry.get("id") or uuid.uuid4().hex[:10]),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"bad bookmark field: {exc}") from exc
