"""Bookmarks read through their cache are the bookmarks the file holds, whatever happened to it."""

from __future__ import annotations

import contextlib
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirereader.bookmarks.cache import cache_path
from wirereader.bookmarks.store import Bookmark, BookmarkFileError, BookmarkStore

# Passage texts a dumper must quote, or that look like the file's own structure.
TEXTS = [
    "plain words",
    "yes",
    "12",
    "“quoted” and 'single'",
    "two\n\nparagraphs",
    "\n- id: fake0001\n  start: 3\n",
    "# not a comment",
    "  leading and trailing  ",
    "é ü 中文 — dash",
    "key: value",
    "- dash first",
]
OPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.sampled_from(TEXTS)),
        st.tuples(st.just("delete"), st.integers(0, 20)),
        st.tuples(st.sampled_from(["append by hand", "edit by hand", "note after the last"])),
        st.tuples(st.sampled_from(["drop the cache", "garble the cache", "nest the cache"])),
        st.tuples(st.just("load")),
    ),
    min_size=1,
    max_size=14,
)


def in_file(path: Path) -> list[tuple[str, str, str]] | str:
    """What a full parse of the file says, with no cache ("broken" when it is not YAML)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    except yaml.YAMLError:
        return "broken"
    entries = (data or {}).get("bookmarks") or []
    return [(str(e["id"]), str(e["text"]), str(e.get("note") or "")) for e in entries]


def loaded(store: BookmarkStore) -> list[tuple[str, str, str]] | str:
    try:
        return [(m.id, m.text, m.note) for m in store.load()]
    except BookmarkFileError:
        return "broken"


def apply(store: BookmarkStore, op: tuple[object, ...], n: int) -> None:
    path = store.path
    if op[0] == "add":
        store.add(Bookmark("a1", "Title", "Wire", "", n, n + 4, str(op[1]), id=f"id{n:06d}"))
    elif op[0] == "delete" and (marks := store.load()):
        store.delete(marks[int(str(op[1])) % len(marks)].id)
    elif op[0] == "append by hand" and path.exists():
        with path.open("a", encoding="utf-8") as handle:
            handle.write(
                f"- id: hand{n}\n  article_id: a1\n  start: 1\n  end: 2\n  text: by hand\n"
            )
    elif op[0] == "edit by hand" and path.exists():
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("text: ", "text: edited ", 1), encoding="utf-8")
    elif op[0] == "note after the last" and path.exists():
        with path.open("a", encoding="utf-8") as handle:
            handle.write("  note: added by hand to the last entry\n")
    elif op[0] == "drop the cache":
        cache_path(path).unlink(missing_ok=True)
    elif op[0] == "garble the cache" and cache_path(path).exists():
        cache_path(path).write_text(
            '{"version": 1, "size": 3, "sha256": "x", "entries": [', "utf-8"
        )
    elif op[0] == "nest the cache":
        cache_path(path).write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    elif op[0] == "load":
        store.load()


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(OPS)
def test_what_loads_is_what_the_file_holds(
    tmp_path_factory: object, ops: list[tuple[object, ...]]
) -> None:
    folder: Path = tmp_path_factory.mktemp("marks")  # type: ignore[attr-defined]
    store = BookmarkStore(folder / "bookmarks.yaml")
    for n, op in enumerate(ops):
        with contextlib.suppress(BookmarkFileError):  # a broken file is refused, and kept
            apply(store, op, n)
        assert loaded(store) == in_file(store.path), op
        assert loaded(store) == in_file(store.path), "and again, from the cache it just wrote"


def test_a_delete_takes_out_its_entry_and_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path / "bookmarks.yaml")
    for n in range(3):
        store.add(Bookmark("a1", "Title", "Wire", "", n, n + 4, f"passage {n}", id=f"m{n}"))
    before = store.path.read_text(encoding="utf-8")
    store.path.write_text(before + "# my own comment, kept\n", encoding="utf-8")
    assert store.delete("m1") and store.delete("m2")  # one between two, then the last
    after = store.path.read_text(encoding="utf-8")
    assert "passage 1" not in after and "passage 2" not in after
    assert after == before.split("- id: m1")[0] + "# my own comment, kept\n"
    assert [m.id for m in store.load()] == ["m0"]


def test_bookmarks_open_from_the_cache_after_one_full_read(tmp_path: Path) -> None:
    """The cache, not a parse: after one full read, an entry changed in the cache alone shows."""
    store = BookmarkStore(tmp_path / "bookmarks.yaml")
    for n in range(50):
        store.add(Bookmark("a1", "Title", "Wire", "", n, n + 4, f"passage {n}", id=f"m{n}"))
    store.load()
    cached = cache_path(store.path).read_text(encoding="utf-8")
    cache_path(store.path).write_text(cached.replace("passage 7", "from the cache"), "utf-8")
    assert store.load()[7].text == "from the cache"
