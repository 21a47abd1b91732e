"""The CLI in pipes and scripts: whole lines, English counts, exit codes, progress on stderr."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import SEEDS, write
from wirereader.support.words import plural


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command with stdout a pipe, as in `wirereader … | less`."""
    return subprocess.run(
        [sys.executable, "-m", "wirereader", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def seed_id() -> str:
    found = cli("search", "--json", "radakin")
    return str(json.loads(found.stdout)["hits"][0]["id"])


@pytest.mark.parametrize("columns", ["40", "200"])
def test_piped_show_keeps_whole_lines_unpadded(seed_id: str, columns: str) -> None:
    shown = cli("show", seed_id, env={"COLUMNS": columns})
    assert shown.returncode == 0
    lines = shown.stdout.splitlines()
    assert all(line == line.rstrip() for line in lines), "no padding"
    speaker_lines = [line for line in lines if line.startswith("  “") and "” — " in line]
    assert len(speaker_lines) == 5
    assert any(line.endswith("— Donald Trump (stressed)") for line in speaker_lines)
    paragraph = next(line for line in lines if line.startswith("The United Kingdom is prepared"))
    assert paragraph.endswith("."), "a paragraph is one line, never cut at the width"
    assert len(paragraph) > 200


def test_show_into_a_closed_pipe_is_not_an_error(seed_id: str) -> None:
    shell = f"{sys.executable} -m wirereader show {seed_id} | head -1; exit ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert done.stdout.startswith("British troops")


def test_counts_read_as_english() -> None:
    found = cli("search", "wildfire")
    assert found.stdout.startswith("1 article · best first · all shown")
    assert re.search(r" · (1 actor|\d+ actors) · (1 quote|\d+ quotes) · id ", found.stdout)
    assert "(s)" not in found.stdout


@pytest.mark.parametrize(
    ("n", "more", "expected"),
    [(0, False, "0 articles"), (1, False, "1 article"), (1544, False, "1,544 articles"),
     (50, True, "50+ articles")],
)  # fmt: skip
def test_plural(n: int, more: bool, expected: str) -> None:
    assert plural(n, "article", more) == expected


@pytest.mark.parametrize("limit", ["0", "-1", "ten"])
def test_a_bad_limit_exits_2(limit: str) -> None:
    done = cli("search", "--limit", limit, "pentagon")
    assert done.returncode == 2 and "--limit" in done.stderr


def test_an_unknown_article_id_exits_2() -> None:
    done = cli("show", "ffffffffffff")
    assert done.returncode == 2 and "no article with id 'ffffffffffff'" in done.stderr


def test_a_bad_date_is_quoted_as_typed() -> None:
    done = cli("search", "date:2025-13")
    assert done.returncode == 2 and "'date:2025-13'" in done.stderr
    assert "202513" not in done.stderr


def test_the_url_is_shown_and_cited(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(
        folder / "a.md",
        "---\ntitle: Port reopens\nurl: https://news.example/port\nsource: Example\n---\n"
        "The port reopened on Monday, officials said.\n",
    )
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path}/ix\n")
    found = json.loads(cli("--config", str(config), "search", "--json", "port").stdout)
    shown = cli("--config", str(config), "show", found["hits"][0]["id"])
    assert "https://news.example/port" in shown.stdout.splitlines()[2]


def test_unsupported_files_are_reported_not_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(folder / "a.txt", "Headline\nBody.\n")
    write(folder / "scan.pdf", b"%PDF-1.4 not read")
    write(folder / "photo.jpg", b"\xff\xd8\xff")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path}/ix\n")
    done = cli("--config", str(config), "index")
    assert done.returncode == 0 and "1 new" in done.stdout and "1 skipped" in done.stdout
    assert "scan.pdf: not a supported format (.pdf)" in done.stdout
    assert "photo.jpg" not in done.stdout


def test_long_indexing_reports_progress_on_stderr_when_piped(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    for n in range(60):
        write(folder / f"s{n}.txt", f"Story {n}\nThe council met on day {n}. " * 40 + "\n")
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path}/ix\n")
    env = {"WIREREADER_PROGRESS_EVERY": "0"}
    done = cli("--config", str(config), "index", env=env)
    assert done.returncode == 0 and "60 new" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.startswith("indexing: ")]
    assert lines and lines[-1].startswith("indexing: 60/60 files") and "/s" in lines[-1]
    assert "s left" in lines[0] or len(lines) == 1


def test_seeds_config_is_not_needed_for_a_plain_config(tmp_path: Path) -> None:
    config = write(tmp_path / "c.yaml", f"library: [{SEEDS}]\nindex_dir: {tmp_path}/ix\n")
    assert cli("--config", str(config), "summary").stdout.startswith("wirereader: 4 articles")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_output_a_terminal_cannot_encode_is_replaced_not_a_traceback(
    tmp_path: Path, encoding: str
) -> None:
    """A terminal or pipe that is not UTF-8 (an old latin-1 locale, PYTHONIOENCODING=ascii)
    gets a stand-in for each character it cannot show; the command still does its work."""
    folder = tmp_path / "news"
    write(folder / "u.md", '---\ntitle: "Ölpreis — 東京 اليوم"\n---\nJosé Müller said oil rose.\n')
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path}/ix\n")
    for args in (["index"], ["search", "Müller"], ["summary"]):
        done = subprocess.run(
            [sys.executable, "-m", "wirereader", "--config", str(config), *args],
            capture_output=True, env={**os.environ, "PYTHONIOENCODING": encoding}, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-600:]
    shown = done.stdout.decode(encoding)
    assert "preis" in shown and "?" in shown and "1 article" in shown
