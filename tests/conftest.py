"""Shared fixtures: an isolated home for every test, the bundled seeds, the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import SEEDS
from wirereader.library.facade import Library
from wirereader.settings.config import Config


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
