"""The `wirereader` command as a user runs it: output, exit codes, and hostile article text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import SEEDS, run_cli, write


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write(
        tmp_path / "config.yaml",
        f"library: [{SEEDS}]\nindex_dir: {tmp_path / 'ix'}\nbookmarks_file: {tmp_path / 'b.yaml'}\n",
    )


run = run_cli


def test_first_run_indexes_the_seeds_into_the_data_dir(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    code, out, _ = run(capsys, "search", "radakin")
    assert code == 0 and "British troops" in out
    assert (isolated_home / "data" / "wirereader" / "index").is_dir()


def test_index_prints_a_plain_summary(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert code == 0 and "4 new, 0 updated, 0 unchanged, 0 removed, 0 skipped" in out
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert "0 new, 0 updated, 4 unchanged" in out


def test_search_ranks_and_limits(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    code, out, _ = run(capsys, "--config", str(config), "search", "--limit", "1", "said")
    assert code == 0
    assert "showing 1" in out and out.count(" 1. ") == 1 and " 2. " not in out


def test_search_json(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    code, out, _ = run(capsys, "--config", str(config), "search", "--json", "speaker:trump")
    data = json.loads(out)
    assert code == 0 and data["total"] == 1
    assert data["hits"][0]["source"] == "Caliber.Az" and data["hits"][0]["quotes"] >= 5


def test_no_hits_offers_a_suggestion(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    code, out, _ = run(capsys, "--config", str(config), "search", "pentagn")
    assert code == 0 and "No articles match" in out and "pentagon" in out


def test_bad_query_is_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str], config: Path
) -> None:
    code, _, err = run(capsys, "--config", str(config), "search", "title:(")
    assert code == 2 and "bad query" in err and "Traceback" not in err


def test_show_prints_article_with_quotes_and_figures(
    capsys: pytest.CaptureFixture[str], config: Path
) -> None:
    _, out, _ = run(capsys, "--config", str(config), "search", "--json", "radakin")
    article_id = json.loads(out)["hits"][0]["id"]
    code, out, _ = run(capsys, "--config", str(config), "show", article_id[:8])
    assert code == 0
    assert "Tamilla Hasanova" in out and "Quotes:" in out and "Figures:" in out
    assert "Donald Trump" in out and "up to 30,000 troops" in out


def test_malformed_config_exits_2_with_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = write(tmp_path / "bad.yaml", "theme: x\nsearch: [\n")
    code, _, err = run(capsys, "--config", str(bad), "search", "x")
    assert code == 2 and "bad.yaml:" in err and "Traceback" not in err


def test_markup_and_escapes_in_articles_print_as_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    write(folder / "evil.txt", "[bold red]Evil[/] \x1b[2Jheadline\nThe [link=x]body[/link] said.\n")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    code, out, _ = run(capsys, "--config", str(config), "search", "evil")
    assert code == 0
    assert "[bold red]Evil[/]" in out and "\x1b" not in out


def test_index_skips_bad_files_and_exits_2_on_malformed_front_matter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    write(folder / "ok.txt", "Headline\nBody.\n")
    write(folder / "empty.txt", "")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path / 'ix'}\n")
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert code == 0 and "1 new" in out and "1 skipped" in out and "empty.txt: empty file" in out
    write(folder / "bad.md", "---\ntitle: [x\n---\nBody\n")
    code, out, _ = run(capsys, "--config", str(config), "index")
    assert code == 2 and "bad.md:2" in out and "1 unchanged" in out


@pytest.mark.skipif(
    not Path("/proc/self").exists(), reason="needs /proc, where no folder can be made"
)
def test_an_index_folder_that_cannot_be_made_is_named_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = write(tmp_path / "c.yaml", "index_dir: /proc/wirereader-test/index\n")
    code, out, err = run_cli(capsys, "--config", str(config), "index")
    assert code == 1 and "cannot use the index folder /proc/wirereader-test/index" in err
    assert "Traceback" not in out + err


def test_any_error_wirereader_raises_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command catches the error root once: a branch it has no word of its own for (a
    fetch, the bookmarks) is said in a line, never a traceback."""
    from wirereader.errors import BookmarkError, FetchError
    from wirereader.library import Library

    for error in (FetchError("the feed at x went away"), BookmarkError("the bookmarks went away")):

        def failing(self: Library, error: Exception = error) -> None:
            raise error

        monkeypatch.setattr(Library, "stats", failing)
        code, out, err = run(capsys, "--config", str(config), "summary")
        assert code == 1 and out == ""
        assert err.strip() == f"wirereader: {error}" and "Traceback" not in err
