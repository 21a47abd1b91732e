"""Problems in a file the user can fix, shown as `file:line: what is wrong`; YAML's included."""

from __future__ import annotations

from pathlib import Path

import yaml


class FileProblem(Exception):
    """Base of the config, bookmark and article-file errors: one way to name file and line."""

    def __init__(self, path: Path, line: int | None, message: str, note: str = "") -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}{note}")


def error_line(exc: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line of the problem; `first_line` is where the YAML text starts in its file."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None


def error_problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or "not valid YAML")
