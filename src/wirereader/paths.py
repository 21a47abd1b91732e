"""Where wirereader keeps its files: XDG data and config folders, and the bundled seed corpus."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "wirereader"


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


def seeds_dir() -> Path:
    """The bundled corpus: `seeds/` beside the package in a checkout, or $WIREREADER_SEEDS."""
    override = os.environ.get("WIREREADER_SEEDS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "seeds"


def themes_dir() -> Path:
    """The shipped themes: `themes/` at the top of the checkout."""
    return Path(__file__).resolve().parents[2] / "themes"
