"""What the app remembers between runs (the chosen theme), in a small YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from wirereader.support import atomic_write_text, read_text_bounded, safe_load_bounded

MAX_CHARS = 64 * 1024  # a theme's name and a few flags


def load_state(path: Path) -> dict[str, Any]:
    try:
        data = safe_load_bounded(read_text_bounded(path, MAX_CHARS, "a state file"), MAX_CHARS)
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return {}  # a lost preference is not worth refusing to start over
    return data if isinstance(data, dict) else {}


def save_state(path: Path, **values: Any) -> None:
    state = load_state(path) | values
    atomic_write_text(path, yaml.safe_dump(state, sort_keys=True))
