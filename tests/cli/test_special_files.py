"""Each file a command reads at start, replaced by a FIFO or a link to /dev/zero: a clear
message (or, for a cache, nothing) and the command goes on; nothing hangs or fills memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import ROOT, SEEDS, write

SEED_BOOKMARK = """bookmarks:
- id: b1
  article_id: 2c1af1381dab5487
  title: A seed
  start: 0
  end: 10
  text: British tr
"""


def _home(tmp_path: Path) -> dict[str, Path]:
    data, config = tmp_path / "data" / "wirereader", tmp_path / "config" / "wirereader"
    files = {
        "config.yaml": write(config / "config.yaml", f"library: [{SEEDS}]\n"),
        "library.yaml": write(data / "library.yaml", "folders: []\nseeds: true\n"),
        "feeds.yaml": write(config / "feeds.yaml", "feeds: []\n"),
        "bookmarks.yaml": write(data / "bookmarks.yaml", SEED_BOOKMARK),
    }
    files["bookmarks cache"] = data / "bookmarks.yaml.cache"
    files["index schema"] = data / "index" / "wirereader-schema"
    files["index sizes"] = data / "index" / "wirereader-sizes.json"
    return files


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("WIREREADER_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "wirereader", *args],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


COMMANDS = {
    "config.yaml": ("summary",),
    "library.yaml": ("library",),
    "feeds.yaml": ("feeds",),
    "bookmarks.yaml": ("bookmarks",),
    "bookmarks cache": ("bookmarks",),
    "index schema": ("summary",),
    "index sizes": ("index",),
}
SAID = {"config.yaml", "library.yaml", "feeds.yaml", "bookmarks.yaml"}  # the user's own files


@pytest.mark.parametrize("kind", ["fifo", "zero"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_special_file_in_place_of_one_read_at_start(tmp_path: Path, name: str, kind: str) -> None:
    files = _home(tmp_path)
    assert _run(tmp_path, "index").returncode == 0
    assert _run(tmp_path, "bookmarks").returncode == 0  # writes the cache
    assert files["bookmarks cache"].exists() and files["index sizes"].exists()
    target = files[name]
    target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/zero")
    done = _run(tmp_path, *COMMANDS[name])  # a hang fails here, at the timeout
    said = done.stdout + done.stderr
    assert "Traceback" not in said and "MemoryError" not in said
    if name in SAID:
        kind_said = "a FIFO" if kind == "fifo" else "a device"
        assert f"not a regular file ({kind_said})" in said and name in said, said
        assert done.returncode in (1, 2)
    else:  # a cache or a record of ours: read as missing, rebuilt or rewritten
        assert done.returncode == 0, said
