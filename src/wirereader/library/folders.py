"""The library's folders: those in the config, those `wirereader index PATH` added, the seeds."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from wirereader.errors import FileProblem
from wirereader.settings import Config
from wirereader.support import (
    MAX_CHARS,
    atomic_write_text,
    error_line,
    error_problem,
    file_lock,
    paths,
    read_text_bounded,
    safe_load_bounded,
)

Origin = Literal["config", "added", "seeds", "feeds"]
HEADER = (
    "# wirereader library: the folders `wirereader index` reads besides those in your config.\n"
    "# `wirereader index PATH` adds one, `wirereader library remove PATH` drops one (and its\n"
    "# articles). seeds: false leaves out the bundled sample articles.\n"
)


class LibraryFileError(FileProblem):
    """The library file is not in a shape wirereader can read; it is left as it is."""


@dataclass(frozen=True)
class Folder:
    path: Path
    origin: Origin


def absolute(path: Path) -> Path:
    """The folder as the index stores it: absolute, `~` expanded, links not resolved."""
    return Path(os.path.abspath(path.expanduser()))


def contains(folder: Path, path: Path) -> bool:
    return path == folder or str(path).startswith(str(folder).rstrip(os.sep) + os.sep)


class LibraryFolders:
    """Reads and changes the library file; the config's folders are read-only here."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.path = config.library_file
        self._lock_path = self.path.with_name(self.path.name + ".lock")

    def _load(self) -> tuple[list[Path], bool]:
        try:
            text = read_text_bounded(self.path, MAX_CHARS, "a library file")
        except FileNotFoundError:
            return [], True
        except (OSError, UnicodeDecodeError) as exc:
            raise LibraryFileError(self.path, None, f"cannot read: {exc}") from exc
        try:
            data: Any = safe_load_bounded(text)
        except yaml.YAMLError as exc:
            raise LibraryFileError(
                self.path, error_line(exc), f"not valid YAML: {error_problem(exc)}"
            ) from exc
        if data is None:
            return [], True
        folders = data.get("folders") if isinstance(data, dict) else None
        seeds = data.get("seeds", True) if isinstance(data, dict) else True
        if not isinstance(folders, list | type(None)) or not isinstance(seeds, bool):
            raise LibraryFileError(
                self.path, 1, "expected 'folders:' (a list of paths) and 'seeds:' (true or false)"
            )
        return [absolute(Path(str(f))) for f in folders or []], seeds

    def _save(self, folders: list[Path], seeds: bool) -> None:
        data = {"folders": [str(f) for f in folders], "seeds": seeds}
        atomic_write_text(self.path, HEADER + yaml.safe_dump(data, sort_keys=False))

    def folders(self) -> list[Folder]:
        """Every folder, config first; the seeds only when the config has no `library:`."""
        added, seeds = self._load()
        found = [Folder(absolute(p), "config") for p in self.config.library]
        if not (self.config.library or self.config.library_given) and seeds:
            found.append(Folder(absolute(paths.seeds_dir()), "seeds"))
        known = {f.path for f in found}
        found += [Folder(p, "added") for p in added if p not in known]
        feeds = absolute(self.config.feeds_dir)
        if feeds.is_dir() and feeds not in known:
            found.append(Folder(feeds, "feeds"))
        return found

    def roots(self) -> list[Path]:
        return [f.path for f in self.folders()]

    def covering(self, path: Path) -> Folder | None:
        """The library folder that holds `path` (itself or a parent), if any."""
        target = absolute(path)
        return next((f for f in self.folders() if contains(f.path, target)), None)

    def add(self, path: Path) -> bool:
        """Remember `path`; False when a library folder already holds it."""
        target = absolute(path)
        with file_lock(self._lock_path):
            if self.covering(target) is not None:
                return False
            added, seeds = self._load()
            if target == absolute(paths.seeds_dir()):
                self._save(added, True)
            else:
                self._save([*added, target], seeds)
        return True

    def remove(self, folder: Folder) -> None:
        """Forget an added folder, or leave out the seeds; config folders are the config's."""
        with file_lock(self._lock_path):
            added, seeds = self._load()
            if folder.origin == "seeds":
                self._save(added, False)
            elif folder.origin == "added":
                self._save([p for p in added if p != folder.path], seeds)
            else:
                raise ValueError(f"{folder.path} comes from the {folder.origin}: remove it there")

    def find(self, name: str) -> Folder | None:
        """The library folder a user means by `name`: its path, or the word `seeds`."""
        target = absolute(Path(name))
        for folder in self.folders():
            if folder.path == target:
                return folder
        if name == "seeds":
            return next((f for f in self.folders() if f.origin == "seeds"), None)
        return None
