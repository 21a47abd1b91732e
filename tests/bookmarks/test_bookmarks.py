"""Bookmarks: readable file, nothing lost on a crash or with two writers, bad files kept."""

from __future__ import annotations

import multiprocessing
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from tests.support import SEED_000, run_cli, write
from wirereader.bookmarks import export_markdown
from wirereader.bookmarks.store import (
    Bookmark,
    BookmarkFileError,
    BookmarkStore,
    make_bookmark,
)
from wirereader.extract import extract
from wirereader.ingest import read_article
from wirereader.support import files as fileio


def mark(n: int) -> Bookmark:
    return Bookmark(
        "a1", "Title", "Wire", "2025-08-20", n, n + 5, f"passage {n}", ("Tony Radakin",)
    )


def test_bookmark_of_a_passage_lists_its_actors(tmp_path: Path) -> None:
    article = read_article(SEED_000)
    start = article.body.index("Tony Radakin")
    end = article.body.index("The Guardian.") + len("The Guardian.")
    made = make_bookmark(article, extract(article.body), start, end, note=" key para ")
    assert made.text.startswith("Tony Radakin") and made.text.endswith("The Guardian.")
    assert {"Tony Radakin", "Pentagon", "The Guardian", "Caliber.Az"} <= set(made.actors)
    assert made.note == "key para"
    store = BookmarkStore(tmp_path / "b.yaml")
    store.add(made)
    text = (tmp_path / "b.yaml").read_text(encoding="utf-8")
    assert "Tony Radakin" in text and yaml.safe_load(text)["bookmarks"][0]["start"] == start
    assert store.load() == [made]


def test_a_torn_append_is_taken_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = BookmarkStore(tmp_path / "b.yaml")
    store.add(mark(1))
    before = (tmp_path / "b.yaml").read_bytes()
    real_write = fileio.os.write

    def half(fd: int, data: bytes) -> int:  # a full disk: only part of the entry lands
        return real_write(fd, data[: len(data) // 2])

    monkeypatch.setattr(fileio.os, "write", half)
    with pytest.raises(OSError, match="could not append"):
        store.add(mark(2))
    assert (tmp_path / "b.yaml").read_bytes() == before
    assert [m.text for m in store.load()] == ["passage 1"]


def test_crash_mid_rewrite_leaves_earlier_bookmarks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "b.yaml", "bookmarks: []\n")  # hand-written: rewritten, not appended
    store = BookmarkStore(path)
    store.add(mark(1))
    before = path.read_bytes()
    assert before.startswith(b"# wirereader bookmarks"), "rewritten in our own shape"

    def dies(*args: object) -> None:
        raise OSError("killed mid-write")

    monkeypatch.setattr(fileio.os, "replace", dies)
    (tmp_path / "b.yaml").write_text(before.decode().replace("bookmarks:\n", "bookmarks:\n\n"))
    before = path.read_bytes()
    with pytest.raises(OSError):
        store.add(mark(2))
    assert path.read_bytes() == before
    assert [m.text for m in store.load()] == ["passage 1"]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_appends_keep_the_file_valid_yaml(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path / "b.yaml")
    for n in range(5):
        store.add(mark(n))
    data = yaml.safe_load((tmp_path / "b.yaml").read_text(encoding="utf-8"))
    assert [b["text"] for b in data["bookmarks"]] == [f"passage {n}" for n in range(5)]
    assert store.delete(store.load()[2].id)
    store.add(mark(9))
    assert [m.text for m in store.load()][-2:] == ["passage 4", "passage 9"]


def _add_many(path: str, offset: int) -> None:
    store = BookmarkStore(Path(path))
    for n in range(offset, offset + 15):
        store.add(mark(n))


def test_four_instances_bookmarking_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "b.yaml")
    offsets = (0, 100, 200, 300)
    workers = [multiprocessing.Process(target=_add_many, args=(path, o)) for o in offsets]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert all(worker.exitcode == 0 for worker in workers)
    texts = [m.text for m in BookmarkStore(Path(path)).load()]
    assert sorted(texts) == sorted(f"passage {o + n}" for o in offsets for n in range(15))


def test_temp_files_a_crash_left_are_cleared(tmp_path: Path) -> None:
    import os
    import time

    leftover = write(tmp_path / ".b.yaml.abc123.tmp", "half a file")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    fileio.atomic_write_text(tmp_path / "b.yaml", "bookmarks: []\n")
    assert not leftover.exists()


def test_hand_broken_file_is_reported_with_its_line_and_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "b.yaml", "bookmarks:\n  - article_id: a\n    start: [oops\n")
    before = path.read_bytes()
    store = BookmarkStore(path)
    with pytest.raises(BookmarkFileError) as info:
        store.add(mark(1))
    assert info.value.line is not None and "b.yaml" in str(info.value)
    assert path.read_bytes() == before


def test_entry_missing_fields_names_its_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "b.yaml",
        "bookmarks:\n  - article_id: a\n    start: 1\n    end: 2\n    text: x\n  - title: lonely\n",
    )
    with pytest.raises(BookmarkFileError) as info:
        BookmarkStore(path).load()
    assert info.value.line == 6 and "article_id" in str(info.value)


def test_delete_and_markdown_export(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path / "b.yaml")
    first, second = mark(1), mark(2)
    store.add(first)
    store.add(second)
    assert store.delete(first.id) and not store.delete("nope")
    assert [m.id for m in store.load()] == [second.id]
    markdown = export_markdown(store.load())
    assert "> passage 2" in markdown and "*Title*, Wire, 2025-08-20" in markdown


def test_an_export_that_cannot_be_written_says_where_and_why(
    capsys: pytest.CaptureFixture[str], isolated_home: Path, tmp_path: Path
) -> None:
    BookmarkStore(isolated_home / "data" / "wirereader" / "bookmarks.yaml").add(mark(1))
    blocker = write(tmp_path / "a-file", "")
    code, out, err = run_cli(capsys, "bookmarks", "export", "-o", str(blocker / "marks.md"))
    assert code == 2 and f"cannot write {blocker / 'marks.md'}: " in err
    assert "Traceback" not in out + err
    code, out, _ = run_cli(capsys, "bookmarks", "export", "-o", str(tmp_path / "marks.md"))
    assert code == 0 and "> passage 1" in (tmp_path / "marks.md").read_text(encoding="utf-8")


def test_the_article_url_is_kept_and_cited(tmp_path: Path) -> None:
    from dataclasses import replace

    article = replace(read_article(SEED_000), url="https://caliber.az/post/uk-troops")
    made = make_bookmark(article, extract(article.body), 0, 40)
    store = BookmarkStore(tmp_path / "b.yaml")
    store.add(made)
    (loaded,) = store.load()
    assert loaded.url == "https://caliber.az/post/uk-troops"
    assert "(<https://caliber.az/post/uk-troops>)" in export_markdown([loaded])
    hostile = replace(loaded, url="javascript:alert(1)")
    assert "javascript" not in export_markdown([hostile]), "only web links become links"


def test_alias_bombs_are_refused_not_expanded(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    path = write(tmp_path / "b.yaml", "bookmarks:\n  - " + bomb.replace("\n", "\n    "))
    with pytest.raises(BookmarkFileError, match=r"b.yaml:\d+: .*aliases"):
        BookmarkStore(path).load()


def test_a_hand_edited_file_is_rewritten_not_appended_to(tmp_path: Path) -> None:
    store = BookmarkStore(tmp_path / "b.yaml")
    store.add(mark(1))
    path = tmp_path / "b.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "extra: kept out\n", encoding="utf-8")
    store.add(mark(2))
    assert [m.text for m in store.load()] == ["passage 1", "passage 2"]
    assert yaml.safe_load(path.read_text(encoding="utf-8")).keys() == {"bookmarks"}


def test_markdown_export_shows_hostile_text_as_text() -> None:
    """Opened in a Markdown viewer or turned into HTML, the export runs nothing, links nowhere
    it should not, and sends no escape to a terminal that `cat`s it."""
    hostile = Bookmark(
        "a1", "[x](javascript:alert(1)) <script>alert(2)</script>", "Wire \x1b]52;c;SGk=\x07",
        "2025-08-20", 0, 5, "![img](http://evil/t.png) and *loud* <b>bold</b> & `code`",
        ("<img src=x onerror=alert(3)>",), note="[click](http://evil)",
        url="javascript:alert(4)",
    )  # fmt: skip
    markdown = export_markdown([hostile])
    assert "<script" not in markdown and "<img" not in markdown and "<b>" not in markdown
    assert not re.search(r"(?<!\\)\]\(", markdown), "no unescaped ]( : no link, no image"
    assert "\x1b" not in markdown and "\x07" not in markdown
    assert "&lt;script&gt;" in markdown and "\\[x\\]" in markdown and "\\*loud\\*" in markdown
    linked = replace(hostile, title="Port reopens", url="https://news.example/a?b=1")
    assert "[Port reopens](<https://news.example/a?b=1>)" in export_markdown([linked])
