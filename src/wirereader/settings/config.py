"""The YAML config: defaults, validation, and errors that name the file, the line and the problem."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from wirereader.errors import FileProblem
from wirereader.settings.fetching import (
    FetchSettings,
    Retention,
    SectionError,
    fetch_settings,
    retention,
)
from wirereader.settings.keymap import ACTIONS, clashes, key_problem
from wirereader.support import (
    compose_bounded,
    error_line,
    error_problem,
    paths,
    read_text_bounded,
    safe_load_bounded,
)

MAX_FILE_CHARS = 256 * 1024  # a config is a few KB
MAX_PAGE = 1000  # hits the app lists at first: each comes with its snippets
MAX_DEBOUNCE_MS = 5000  # longer, and search-as-you-type never seems to answer

STARTS = ("articles", "feeds")
SORTS = ("relevance", "newest")


class ConfigError(FileProblem):
    """A config setting or file that is wrong: file, line and what is wrong."""


@dataclass
class Config:
    library: list[Path] = field(default_factory=list)  # the config's own folders (folders.py)
    library_given: bool = False  # `library:` is in the config (`[]`: no seeds, only what I add)
    index_dir: Path = field(default_factory=lambda: paths.data_dir() / "index")
    bookmarks_file: Path = field(default_factory=lambda: paths.data_dir() / "bookmarks.yaml")
    state_file: Path = field(default_factory=lambda: paths.data_dir() / "state.yaml")
    theme: str = "wirereader-dark"
    themes_dir: Path = field(default_factory=lambda: paths.config_dir() / "themes")
    search_limit: int = 50  # the app's first page; more load as the cursor nears the end
    sort: str = "relevance"
    debounce_ms: int = 60
    start: str = "articles"  # the first screen: the article list, or "feeds" (newsboat's)
    keys: dict[str, str] = field(default_factory=dict)
    textual_themes: bool = False  # list Textual's own themes in the theme picker too
    feeds_path: Path | None = None  # config `feeds_file`; default beside the config
    fetch: FetchSettings = field(default_factory=FetchSettings)
    retention: Retention = field(default_factory=Retention)
    source: Path | None = None

    @property
    def library_file(self) -> Path:
        """The folders `wirereader index PATH` added: beside the index they fill."""
        return self.index_dir.parent / "library.yaml"

    @property
    def feeds_dir(self) -> Path:
        """Where fetched entries become article files (part of the library)."""
        return self.index_dir.parent / "feeds"

    @property
    def feeds_file(self) -> Path:
        """The subscriptions: beside the config, readable and editable."""
        return self.feeds_path or paths.config_dir() / "feeds.yaml"


def _lines(node: yaml.Node, prefix: str = "") -> dict[str, int]:
    """Map dotted keys to 1-based line numbers, for error messages."""
    found: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = f"{prefix}{key_node.value}"
            found[key] = key_node.start_mark.line + 1
            found.update(_lines(value_node, key + "."))
    return found


def _path(value: Any, where: Path, base: Path, line: int | None, key: str) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, line, f"'{key}' must be a path (a string), got {value!r}")
    path = Path(os.path.expandvars(value)).expanduser()
    return path if path.is_absolute() else (base / path)


def _int(value: Any, where: Path, line: int | None, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ConfigError(
            where, line, f"'{key}' must be a whole number from {low} to {high:,}, got {value!r}"
        )
    return value


def load_config(path: Path | None = None) -> Config:
    """Read the config from `path`, $WIREREADER_CONFIG, or the user's config folder; else defaults."""
    if path is None and os.environ.get("WIREREADER_CONFIG"):
        path = Path(os.environ["WIREREADER_CONFIG"])
    if path is None:
        default = paths.config_dir() / "config.yaml"
        if not default.exists():
            return Config()
        path = default
    try:
        text = read_text_bounded(path, MAX_FILE_CHARS, "a config file")
    except OSError as exc:
        raise ConfigError(path, None, f"cannot read config: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(path, None, "config is not UTF-8 text") from exc
    try:
        node = compose_bounded(text, MAX_FILE_CHARS)
        data = safe_load_bounded(text, MAX_FILE_CHARS)
    except yaml.YAMLError as exc:
        raise ConfigError(path, error_line(exc), f"not valid YAML: {error_problem(exc)}") from exc
    if data is None:
        return Config(source=path)
    if not isinstance(data, dict):
        raise ConfigError(path, 1, "the config must be a mapping of setting: value")
    return _build(data, _lines(node) if node is not None else {}, path)


def _build(data: dict[str, Any], lines: dict[str, int], where: Path) -> Config:
    config = Config(source=where)
    base = where.parent
    known = {
        "library", "index_dir", "bookmarks_file", "feeds_file", "theme", "themes_dir",
        "textual_themes", "start",
        "search", "keys", "fetch", "retention",
    }  # fmt: skip
    for key in data:
        if key not in known:
            raise ConfigError(
                where,
                lines.get(str(key)),
                f"unknown setting '{key}' (known: {', '.join(sorted(known))})",
            )
    if "library" in data:
        folders = data["library"]
        if isinstance(folders, str):
            folders = [folders]
        if folders is None:
            folders = []
        if not isinstance(folders, list):
            raise ConfigError(where, lines.get("library"), "'library' must be a list of folders")
        config.library = [
            paths.seeds_dir()
            if f == "seeds"
            else _path(f, where, base, lines.get("library"), "library")
            for f in folders
        ]
        config.library_given = True
    for key in ("index_dir", "bookmarks_file", "themes_dir"):
        if key in data:
            setattr(config, key, _path(data[key], where, base, lines.get(key), key))
    if "feeds_file" in data:
        config.feeds_path = _path(
            data["feeds_file"], where, base, lines.get("feeds_file"), "feeds_file"
        )
    if "textual_themes" in data:
        if not isinstance(data["textual_themes"], bool):
            raise ConfigError(
                where, lines.get("textual_themes"), "'textual_themes' is true or false"
            )
        config.textual_themes = data["textual_themes"]
    if "start" in data:
        if data["start"] not in STARTS:
            raise ConfigError(
                where,
                lines.get("start"),
                f"'start' is one of {', '.join(STARTS)}, not {data['start']!r}",
            )
        config.start = data["start"]
    if "theme" in data:
        if not isinstance(data["theme"], str):
            raise ConfigError(where, lines.get("theme"), "'theme' must be a theme name")
        config.theme = data["theme"]
    search = data.get("search") or {}
    if not isinstance(search, dict):
        raise ConfigError(where, lines.get("search"), "'search' must be a mapping")
    for key in search:
        if key not in ("limit", "sort", "debounce_ms"):
            raise ConfigError(where, lines.get(f"search.{key}"), f"unknown setting 'search.{key}'")
    if "limit" in search:
        config.search_limit = _int(
            search["limit"], where, lines.get("search.limit"), "search.limit", 1, MAX_PAGE
        )
    if "debounce_ms" in search:
        config.debounce_ms = _int(
            search["debounce_ms"], where, lines.get("search.debounce_ms"), "search.debounce_ms",
            0, MAX_DEBOUNCE_MS,
        )  # fmt: skip
    if "sort" in search:
        if search["sort"] not in SORTS:
            raise ConfigError(
                where, lines.get("search.sort"), f"'search.sort' must be one of {', '.join(SORTS)}"
            )
        config.sort = search["sort"]
    try:
        config.fetch = fetch_settings(data.get("fetch"), where, lines)
        config.retention = retention(data.get("retention"), where, lines)
    except SectionError as exc:
        raise ConfigError(exc.path, exc.line, exc.message) from None
    keys = data.get("keys") or {}
    if not isinstance(keys, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keys.items()
    ):
        raise ConfigError(where, lines.get("keys"), "'keys' must map action names to key strings")
    for action, value in keys.items():
        if action not in ACTIONS:
            raise ConfigError(
                where,
                lines.get(f"keys.{action}"),
                f"unknown action '{action}' in keys (see `?` in the app)",
            )
        if problem := key_problem(value):
            raise ConfigError(where, lines.get(f"keys.{action}"), f"keys.{action}: {problem}")
    for clash in clashes(keys):
        raise ConfigError(where, lines.get(f"keys.{clash.action}"), str(clash))
    config.keys = dict(keys)
    return config
