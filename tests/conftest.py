"""Shared fixtures: an isolated home for every test, the bundled seeds, the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirereader.library.facade import Library
from wirereader.settings.config import Config

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_2c1af1381dab5487.txt"
SHARED = ROOT.parent / "shared"


def shared_or_skip(relative: str) -> Path:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared test data sits beside the checkout in ../shared")
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("WIREREADER_CONFIG", raising=False)
    return home


@pytest.fixture
def seed_library(tmp_path: Path) -> Library:
    library = Library(Config(library=[SEEDS], index_dir=tmp_path / "index"))
    library.index()
    return library


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`wirereader ARGS` in this process: (exit code, stdout, stderr)."""
    from wirereader.cli.main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
