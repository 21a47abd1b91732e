"""The library is the user's: folders from the config and from `index PATH`, listed and removable."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEEDS, run_cli, write

run = run_cli


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    for n in range(3):
        write(folder / f"s{n}.txt", f"Harbour strike day {n}\nDockers walked out on day {n}.\n")
    return folder


def test_a_new_user_has_the_bundled_seeds_and_sees_them(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "library")
    assert code == 0
    assert str(SEEDS) in out and "bundled sample articles" in out
    assert "1 folder, 4 articles" in out


def test_index_path_adds_a_folder_that_stays_visible_and_removable(
    capsys: pytest.CaptureFixture[str], news: Path
) -> None:
    code, out, _ = run(capsys, "index", str(news))
    assert code == 0 and "7 new" in out, "a first build reads the whole library, seeds too"
    assert "library remove seeds" in out, "the user is told the samples are still there"
    _, out, _ = run(capsys, "library")
    assert f"{news}  (added)" in out and "2 folders, 7 articles" in out
    _, out, _ = run(capsys, "search", "--json", "harbour OR pentagon")
    assert '"total": 4' in out

    code, out, _ = run(capsys, "library", "remove", "seeds")
    assert code == 0 and "4 articles" in out and "untouched" in out
    _, out, _ = run(capsys, "search", "pentagon")
    assert "No articles match" in out
    assert (SEEDS / "000_2c1af1381dab5487.txt").exists()

    code, out, _ = run(capsys, "library", "remove", str(news))
    assert code == 0 and "3 articles" in out
    _, out, _ = run(capsys, "library")
    assert "no folders" in out
    code, out, _ = run(capsys, "index")
    assert code == 0 and "0 new" in out, "a removed folder is not read again"


def test_an_empty_path_is_refused_not_read_as_this_folder(
    capsys: pytest.CaptureFixture[str], news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(news)
    code, _, err = run(capsys, "index", "")  # `wirereader index "$DIR"` with DIR unset
    assert code == 2 and "an empty path" in err
    _, out, _ = run(capsys, "library")
    assert str(news) not in out and "1 folder" in out


def test_a_folder_dropped_from_the_config_leaves_the_index(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, news: Path
) -> None:
    config = write(tmp_path / "c.yaml", f"library: [{news}, {SEEDS}]\nindex_dir: {tmp_path}/ix\n")
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert "7 new" in out
    code, out, err = run(capsys, "--config", str(config), "library", "remove", str(news))
    assert code == 2 and "c.yaml" in err and "remove it from `library:` there" in err
    write(config, f"library: [{news}]\nindex_dir: {tmp_path}/ix\n")
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert "4 removed" in out
    _, out, _ = run(capsys, "--config", str(config), "library")
    assert "from the config" in out and "bundled" not in out


def test_a_missing_folder_keeps_its_articles_until_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, news: Path
) -> None:
    run(capsys, "index", str(news))
    news.rename(tmp_path / "unmounted")
    code, out, _ = run(capsys, "index")
    assert code == 0 and "0 removed" in out
    _, out, _ = run(capsys, "library")
    assert "missing" in out and "       3  " in out


def test_adding_a_folder_inside_the_library_adds_nothing_new(
    capsys: pytest.CaptureFixture[str], news: Path
) -> None:
    run(capsys, "index", str(news))
    (news / "sub").mkdir()
    write(news / "sub" / "x.txt", "Sub story\nText.\n")
    code, out, _ = run(capsys, "index", str(news / "sub"))
    assert code == 0 and "1 new" in out
    _, out, _ = run(capsys, "library")
    assert "2 folders" in out and "sub" not in out


def test_library_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "library", "remove", str(tmp_path / "nowhere"))
    assert code == 2 and "not a library folder" in err
    code, _, err = run(capsys, "index", str(tmp_path / "nowhere"))
    assert code == 2 and "no such file or folder" in err
    code, _, err = run(capsys, "index", "https://example.com/feed.xml")
    assert code == 2 and "is a URL, not a file or folder" in err


def test_a_broken_library_file_is_reported_with_its_line(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    write(isolated_home / "data" / "wirereader" / "library.yaml", "folders: [a\nseeds: true\n")
    code, _, err = run(capsys, "library")
    assert code == 2 and "library.yaml:" in err and "Traceback" not in err
