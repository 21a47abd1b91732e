"""Odd files around the index: names that are not UTF-8, a lost or emptied article store, a
read-only index, a rebuild killed half-way, hostile queries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, run_cli, write
from wirereader.errors import QueryError
from wirereader.index.query import stopping
from wirereader.library.facade import Library
from wirereader.settings.config import Config

run = run_cli
BODY = "The harbour board met on Monday and said the port would reopen after the strike. " * 4


def _config(tmp_path: Path, folder: Path) -> Path:
    index = tmp_path / "ix"
    return write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {index}\n")


def test_a_file_name_that_is_not_utf8_is_indexed_and_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    odd = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")  # latin-1 é, as older systems wrote it
    Path(odd).write_text("Cafe strike ends\n\n" + BODY, encoding="utf-8")
    config = str(_config(tmp_path, folder))
    code, out, err = run(capsys, "--config", config, "index")
    assert code == 0 and "1 new" in out, err
    code, out, _ = run(capsys, "--config", config, "search", "--json", "harbour")
    assert code == 0 and '"title": "Cafe strike ends"' in out and "caf\\\\xe9.txt" in out
    assert run(capsys, "--config", config, "summary")[0] == 0
    code, out, _ = run(capsys, "--config", config, "index")
    assert "1 unchanged" in out, "the same key on the next scan: not read again"
    os.unlink(odd)
    assert "1 removed" in run(capsys, "--config", config, "index")[1]


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_lost_article_store_is_noticed_and_rebuilt(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "news"
    for n in range(3):
        write(folder / f"s{n}.txt", f"Harbour story {n}\n\n{BODY}")
    Library(Config(library=[folder], index_dir=tmp_path / "ix")).index()
    store = tmp_path / "ix" / "articles.sqlite"
    for leftover in tmp_path.glob("ix/articles.sqlite-*"):
        leftover.unlink()
    if damage == "deleted":
        store.unlink()
    else:
        store.write_bytes(b"")
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    assert library.stats().articles == 3, "not '0 articles'"
    assert "articles.sqlite" in library.repaired and "rebuilt" in library.repaired
    assert library.search("harbour").total == 3
    assert library.article(library.search("harbour").hits[0].id) is not None


def _read_only_mount_works() -> bool:
    if not shutil.which("unshare") or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _read_only_mount_works(), reason="needs unshare -rm (Linux namespaces)")
def test_a_read_only_index_can_be_searched(tmp_path: Path) -> None:
    """A real read-only file system (a bind mount in a user namespace), so root is refused
    too: SQLite's WAL wants to write beside the store even to read it."""
    folder = tmp_path / "news"
    for n in range(3):
        write(folder / f"s{n}.txt", f"Harbour story {n}\n\n{BODY}")
    config = _config(tmp_path, folder)
    Library(Config(library=[folder], index_dir=tmp_path / "ix")).index()
    script = (
        f"mount --bind {tmp_path} {tmp_path} && mount -o remount,ro,bind {tmp_path} && "
        f"! touch {tmp_path}/ix/probe 2>/dev/null && "
        f"{sys.executable} -m wirereader --config {config} search --json harbour && "
        f"{sys.executable} -m wirereader --config {config} summary"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, env=env)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr.decode()
    assert out.count('"title": "Harbour story') == 3 and "3 articles" in out


def test_a_rebuild_killed_half_way_leaves_no_folder_behind(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(folder / "s.txt", f"Harbour story\n\n{BODY}")
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    library.index()
    for name in ("ix.rebuild", "ix.old"):  # as a kill -9 during `index --rebuild` leaves them
        write(tmp_path / name / "MAIN_x.seg", b"\0" * 1000)
    library.index()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("ix")) == [
        "ix",
        "ix.lock",
    ]


def test_hostile_queries_are_refused_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    words = [f"{a}{b}{c}word" for a in "stpbm" for b in "aeiou" for c in "lnrst"]
    for n in range(0, len(words), 25):
        write(folder / f"s{n}.txt", f"Story {n}\n\n{' '.join(words[n : n + 25])}.\n")
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    library.index()
    ored = " OR ".join(f"{a}{b}*" for a in "stpbm" for b in "aeiou")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("wirereader.index.query.search.MAX_EXPANSION", 60)
        with pytest.raises(QueryError, match="stand for more than 60 words together"):
            library.search(ored)
        assert library.search("sa* OR se*").total > 0, "a few wildcards still answer"
    with pytest.raises(QueryError, match="3,001 words and operators: a query has at most 1,000"):
        library.search("NOT " * 3000 + "harbour")
    with pytest.raises(QueryError, match="cannot read the query: check its operators"):
        library.search("NOT " * 100 + "harbour")


def test_a_query_past_its_time_limit_stops_and_says_what_to_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    for n in range(300):
        write(folder / f"s{n}.txt", f"Harbour story {n}\n\n{BODY}")
    library = Library(Config(library=[folder], index_dir=tmp_path / "ix"))
    library.index()
    monkeypatch.setattr("wirereader.index.query.search.TIME_LIMIT", -1.0)  # already past
    with pytest.raises(stopping.TooSlow, match="ran past its time limit: use fewer wildcards"):
        library.search("harbour", limit=500)
    monkeypatch.setattr("wirereader.index.query.search.TIME_LIMIT", 60.0)
    assert library.search("harbour").total == 300
