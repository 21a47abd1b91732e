"""Where a YAML parse failed and why, for the errors wirereader shows (file:line: problem)."""

from __future__ import annotations

import yaml


def error_line(exc: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line of the problem; `first_line` is where the YAML text starts in its file."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None


def error_problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or "not valid YAML")
