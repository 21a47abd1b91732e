"""Nothing is lost and nothing hangs: bad files, crashes between writes, damage, races, orphans."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import write
from wirereader.errors import QueryError
from wirereader.index.docstore import DocStore
from wirereader.library.facade import Library
from wirereader.settings.config import Config

WIREREADER = [sys.executable, "-m", "wirereader"]


def news(folder: Path, n: int, words: int = 30) -> Path:
    for i in range(n):
        body = f"The harbour board met on day {i} and said the port would reopen. " * (words // 12)
        write(folder / f"s{i:04}.txt", f"Harbour story {i}\n{body}\n")
    return folder


def library_of(tmp_path: Path, folder: Path) -> Library:
    return Library(Config(library=[folder], index_dir=tmp_path / "ix"))


def whoosh_count(library: Library) -> int:
    return int(library.store.open().doc_count())


def test_one_bad_file_among_many_is_skipped_in_parallel_builds(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 300, words=12)
    write(folder / "zz-bad.md", "---\ntitle: " + "9" * 5000 + "\n---\nBody.\n")
    write(folder / "zz-deep.md", "---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nBody.\n")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    done = subprocess.run(
        [*WIREREADER, "--config", str(config), "index"], capture_output=True, text=True, timeout=300
    )
    assert "300 new" in done.stdout and "2 skipped" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_links_that_loop_or_dangle_are_reported_not_followed(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 2)
    (folder / "self").symlink_to(folder)
    (folder / "x.txt").symlink_to(folder / "x.txt")
    (folder / "gone.md").symlink_to(tmp_path / "nowhere.md")
    library = library_of(tmp_path, folder)
    report = library.index()
    assert report.new == 2
    reasons = dict(report.skipped)
    assert "loops" in reasons[str(folder / "x.txt")]
    assert "broken symbolic link" in reasons[str(folder / "gone.md")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_pipes_in_the_library_are_skipped_not_read(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 2)
    os.mkfifo(folder / "pipe.md")
    os.mkfifo(tmp_path / "named.txt")  # a library entry of its own
    config = write(
        tmp_path / "c.yaml",
        f"library: [{folder}, {tmp_path / 'named.txt'}]\nindex_dir: {tmp_path / 'ix'}\n",
    )
    done = subprocess.run(  # a process with a timeout: reading a pipe waits for a writer
        [*WIREREADER, "--config", str(config), "index"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "2 new" in done.stdout and "2 skipped" in done.stdout
    for pipe in (folder / "pipe.md", tmp_path / "named.txt"):
        assert f"skipped {pipe}: not a regular file" in done.stdout


def test_a_folder_tree_thousands_deep_is_read(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 2)
    levels = [folder / ("a/" * depth).rstrip("/") for depth in range(1, 1501)]
    for level in levels:  # one at a time: os.makedirs itself recurses
        level.mkdir()
    write(levels[-1] / "deep.txt", "Deep harbour story\nThe board met at the bottom.\n")
    try:
        library = library_of(tmp_path, folder)
        assert library.index().new == 3
        assert library.search("bottom").hits[0].title == "Deep harbour story"
    finally:  # shutil.rmtree (pytest's clean-up) recurses too
        (levels[-1] / "deep.txt").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_utf16_files_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(folder / "u16.txt", "Quay strike ends\nDockers voted to return.\n".encode("utf-16"))
    library = library_of(tmp_path, folder)
    assert library.index().new == 1
    assert library.search("dockers").hits[0].title == "Quay strike ends"


def test_a_crash_between_whoosh_and_the_manifest_leaves_no_duplicates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = news(tmp_path / "news", 5)
    library = library_of(tmp_path, folder)
    library.index()
    news(folder, 8)  # three more files

    def crash(*args: object) -> None:
        raise KeyboardInterrupt("killed after the Whoosh commit")

    monkeypatch.setattr(DocStore, "save_files", crash)
    with pytest.raises(KeyboardInterrupt):
        library.index()
    monkeypatch.undo()
    library = library_of(tmp_path, folder)
    library.index()
    assert whoosh_count(library) == 8 and library.search("harbour", limit=50).total == 8


@pytest.mark.parametrize("damage", ["delete", "empty", "garble"])
def test_a_lost_or_damaged_article_store_is_rebuilt(tmp_path: Path, damage: str) -> None:
    folder = news(tmp_path / "news", 6)
    library = library_of(tmp_path, folder)
    library.index()
    library.close()
    store = tmp_path / "ix" / "articles.sqlite"
    for extra in ("-wal", "-shm"):
        Path(f"{store}{extra}").unlink(missing_ok=True)
    if damage == "delete":
        store.unlink()
    elif damage == "empty":
        store.write_bytes(b"")
    else:
        store.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    library = library_of(tmp_path, folder)
    report = library.index()
    assert report.warnings and "rebuilt" in report.warnings[0]
    assert whoosh_count(library) == 6 and library.search("harbour", limit=50).total == 6


def test_a_damaged_search_file_is_found_and_rebuilt(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 6)
    library = library_of(tmp_path, folder)
    library.index()
    library.close()
    postings = max((tmp_path / "ix").glob("*.pst"), key=lambda p: p.stat().st_size)
    postings.write_bytes(postings.read_bytes()[: postings.stat().st_size // 2])
    report = library_of(tmp_path, folder).index()
    assert report.warnings and "damaged" in report.warnings[0]
    assert library_of(tmp_path, folder).search("harbour", limit=50).total == 6


def test_a_garbled_stored_column_is_rebuilt_on_search(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 6)
    library = library_of(tmp_path, folder)
    library.index()
    library.close()
    (tmp_path / "ix" / "wirereader-sizes.json").unlink()  # as an older wirereader left it
    for column in (tmp_path / "ix").glob("*_stored.col"):
        column.write_bytes(os.urandom(column.stat().st_size))
    fresh = library_of(tmp_path, folder)
    assert fresh.search("harbour", limit=50).total == 6
    assert "rebuilt" in fresh.repaired


def test_wildcards_that_would_read_the_whole_vocabulary_are_refused(tmp_path: Path) -> None:
    library = library_of(tmp_path, news(tmp_path / "news", 3))
    library.index()
    for query in ("s*", "**", "?arbour", "h* OR p*"):
        with pytest.raises(QueryError, match="wildcard needs at least 2 letters"):
            library.search(query)
    assert library.search("harb*").total == 3


def _index_process(config: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*WIREREADER, "--config", str(config), "index", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "WIREREADER_PROGRESS_EVERY": "0"},
    )


def test_killing_an_index_run_leaves_no_orphan_holding_the_lock(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 400, words=120)
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    first = _index_process(config)
    assert first.stderr is not None
    line = first.stderr.readline()  # the first progress line: workers are running
    assert line.startswith("indexing:"), line
    first.send_signal(signal.SIGKILL)
    first.wait(30)
    time.sleep(1.0)
    again = subprocess.run(
        [*WIREREADER, "--config", str(config), "index"], capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0, again.stderr
    assert "400 new" in again.stdout or "400 unchanged" in again.stdout


def test_concurrent_rebuilds_never_corrupt_or_empty_the_index(tmp_path: Path) -> None:
    folder = news(tmp_path / "news", 40)
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    runs = [_index_process(config, "--rebuild") for _ in range(3)]
    results = [(run.wait(300), *run.communicate()) for run in runs]
    for code, _out, err in results:
        assert "Traceback" not in err
        assert code == 0 or "being updated by another wirereader" in err
    assert any(code == 0 for code, _, _ in results)
    library = library_of(tmp_path, folder)
    assert whoosh_count(library) == 40 and library.search("harbour", limit=50).total == 40
    assert library.index().unchanged == 40
