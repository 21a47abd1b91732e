"""An app over a private copy of the seeds (or a few files), for Pilot and snapshot tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support import SEEDS
from tests.support.tui import FIXED_MTIME, make_app
from wirereader.tui.app import WirereaderApp


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    for path in folder.iterdir():
        import os

        os.utime(path, (FIXED_MTIME, FIXED_MTIME))
    return folder


@pytest.fixture
def app(tmp_path: Path, seeds_copy: Path) -> WirereaderApp:
    return make_app(tmp_path, seeds_copy)
