"""Where wirereader keeps its files: XDG data and config folders, the shipped themes and seeds."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

import platformdirs

from wirereader.support.text import no_surrogates

APP = "wirereader"
_CHECKOUT = Path(__file__).resolve().parents[3]  # src/wirereader/support/paths.py


def data_dir() -> Path:
    """$XDG_DATA_HOME/wirereader, falling back to ~/.local/share/wirereader (platform default elsewhere)."""
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        return Path(xdg) / APP
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    xdg = os.environ.get("XDG_CONFIG_HOME")
    if xdg:
        return Path(xdg) / APP
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def _bundled(name: str) -> Path:
    """A folder the wheel carries in `wirereader/bundled/`; in a checkout, the top-level one."""
    inside = Path(str(resources.files("wirereader").joinpath("bundled", name)))
    return inside if inside.is_dir() else _CHECKOUT / name


def seeds_dir() -> Path:
    """The bundled sample corpus ($WIREREADER_SEEDS overrides it)."""
    override = os.environ.get("WIREREADER_SEEDS")
    if override:
        return Path(override)
    return _bundled("seeds")


def themes_dir() -> Path:
    """The shipped themes."""
    return _bundled("themes")


def slug(text: str) -> str:
    """A name a folder can have: letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "feed"


def path_key(path: str) -> str:
    """A file's path as text SQLite, Whoosh and a terminal can hold. A name that is not UTF-8
    (`caf\\xe9.txt` from an older system) shows its odd bytes as `\\xNN`; the file itself is
    still read by its real name. (Two names that differ only so would share a key.)"""
    return no_surrogates(path)
