"""Apps for Pilot tests: over a copy of the seeds or a few files, settled, read back."""

from __future__ import annotations

import asyncio
from pathlib import Path

from wirereader.bookmarks.store import BookmarkStore, make_bookmark
from wirereader.library.facade import Library
from wirereader.settings.config import Config
from wirereader.tui.app import WirereaderApp

FIXED_MTIME = 1_757_462_400  # 2025-09-10: the undated seed sorts first and shows a fixed date
THEMES = ["wirereader-dark", "wirereader-light", "wirereader-high-contrast"]


def make_app(tmp_path: Path, folder: Path, **config: object) -> WirereaderApp:
    settings: dict[str, object] = {
        "library": [folder],
        "index_dir": tmp_path / "ix",
        "bookmarks_file": tmp_path / "bookmarks.yaml",
        "state_file": tmp_path / "state.yaml",
        "themes_dir": tmp_path / "user-themes",
        "debounce_ms": 10,
    }
    settings.update(config)
    library = Library(Config(**settings))  # type: ignore[arg-type]
    library.index()
    return WirereaderApp(library)


def app_of(tmp_path: Path, files: dict[str, str], **config: object) -> WirereaderApp:
    """An app over a library of the given files (name → text), written for the test."""
    folder = tmp_path / "news"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return make_app(tmp_path, folder, **config)


def harbour_reports(tmp_path: Path, n: int = 120) -> Path:
    """A folder of `n` short stories that all match "harbour": more than a page of results."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"s{i:03}.txt").write_text(
            f"Harbour report {i}\nThe harbour handled {i} ships.\n"
        )
    return folder


def seed_bookmarks(app: WirereaderApp, path: Path, starts: tuple[int, ...]) -> BookmarkStore:
    """Bookmarks of 60 characters at `starts` in the seed article about Tony Radakin."""
    found = app.library.article(app.library.search("radakin").hits[0].id)
    assert found is not None
    store = BookmarkStore(path)
    for start in starts:
        store.add(make_bookmark(*found, start, start + 60))
    return store


async def settle(app: WirereaderApp, pilot: object) -> None:
    """Until the app's background work is done (failed work too: the app shows it, the test
    reads what it showed)."""
    await asyncio.gather(*(w.wait() for w in list(app.workers)), return_exceptions=True)
    await pilot.pause()  # type: ignore[attr-defined]


def status(app: WirereaderApp) -> str:
    return str(app.screen.query_one("#status").render())
