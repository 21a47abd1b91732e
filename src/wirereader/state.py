"""What the app remembers between runs (the chosen theme), in a small YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from wirereader.fileio import atomic_write_text


def load_state(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return {}  # a lost preference is not worth refusing to start over
    return data if isinstance(data, dict) else {}


def save_state(path: Path, **values: Any) -> None:
    state = load_state(path) | values
    atomic_write_text(path, yaml.safe_dump(state, sort_keys=True))
