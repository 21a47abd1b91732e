"""Theme files: Textual's colours plus wirereader's own (actors, quotes, figures, hits), from YAML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

import yaml

from wirereader.errors import FileTooLarge
from wirereader.support import (
    error_line,
    error_problem,
    read_text_bounded,
    safe_line,
    safe_load_bounded,
)

MAX_FILE_CHARS = 64 * 1024  # a theme is a few hundred bytes

TEXTUAL_KEYS = (
    "primary", "secondary", "accent", "foreground", "background", "surface", "panel",
    "success", "warning", "error", "boost",
)  # fmt: skip
OWN_KEYS = (
    "person",
    "organisation",
    "place",
    "quote",
    "figure",
    "hit",
    "hit_text",
    "cursor",
    "selection",
    "muted",  # secondary text (meta lines, headings, placeholders): solid, never alpha
)


@dataclass(frozen=True)
class ThemeSpec:
    name: str
    dark: bool
    textual: dict[str, str]
    colours: dict[str, str]
    path: Path | None = None

    def styles(self) -> dict[str, str]:
        """Rich styles for highlight.styled_body."""
        c = self.colours
        return {
            "person": f"bold {c['person']}",
            "organisation": f"bold {c['organisation']}",
            "place": f"bold {c['place']}",
            "quote": f"italic {c['quote']}",
            "figure": f"underline {c['figure']}",
            "hit": f"bold {c['hit_text']} on {c['hit']}",
            "muted": c["muted"],
        }


@dataclass
class ThemeLoad:
    themes: dict[str, ThemeSpec] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


_THEME_NAME = re.compile(r"\w[\w .+-]{0,63}")


def _colour(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("#") and len(value) in (4, 7, 9)


def load_theme(path: Path) -> ThemeSpec:
    """One theme file; raises ValueError naming the file (and line) on a problem."""
    try:
        if not S_ISREG(path.stat().st_mode):  # a pipe in the folder: reading it would wait for ever
            raise ValueError(f"{path}: not a regular file")
        text = read_text_bounded(path, MAX_FILE_CHARS, "a theme")  # refused before it is read
        data = safe_load_bounded(text, MAX_FILE_CHARS)
    except FileTooLarge as exc:
        raise ValueError(f"{path}: {exc}") from exc
    except yaml.YAMLError as exc:
        line = error_line(exc)
        where = f"{path}:{line}" if line else str(path)
        raise ValueError(f"{where}: not valid YAML ({error_problem(exc)})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise ValueError(f"{path}: a theme needs a 'name' and 'textual'/'wirereader' colours")
    if not _THEME_NAME.fullmatch(data["name"]):
        raise ValueError(
            f"{path}: name: {safe_line(data['name'])[:64]!r} is not a theme name (letters, "
            "digits, spaces, dots, dashes; at most 64): it is shown in the theme picker"
        )
    textual = data.get("textual") or {}
    own = data.get("wirereader") or {}
    if not isinstance(textual, dict) or not isinstance(own, dict):
        raise ValueError(f"{path}: 'textual' and 'wirereader' must be mappings of name: #colour")
    if "primary" not in textual:
        raise ValueError(f"{path}: textual.primary is required")
    for key, value in [*textual.items(), *own.items()]:
        if not _colour(value):
            raise ValueError(f"{path}: {key}: {value!r} is not a #rrggbb colour")
    unknown = set(textual) - set(TEXTUAL_KEYS) | set(own) - set(OWN_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown colour name(s): {', '.join(sorted(unknown))}")
    missing = [k for k in OWN_KEYS if k not in own]
    if missing:
        raise ValueError(f"{path}: wirereader colours missing: {', '.join(missing)}")
    return ThemeSpec(data["name"], bool(data.get("dark", True)), dict(textual), dict(own), path)


def load_themes(*folders: Path) -> ThemeLoad:
    """Every theme in the folders, later folders overriding earlier; broken files become warnings."""
    result = ThemeLoad()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            try:
                spec = load_theme(path)
            except ValueError as exc:
                result.warnings.append(f"theme skipped: {exc}")
                continue
            result.themes[spec.name] = spec
    return result


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
