"""YAML from files people (or attackers) wrote: no aliases, bounded size, depth and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is ~10x faster
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # so is the C emitter
MAX_DEPTH = 50
MAX_CHARS = 4 * 1024 * 1024  # a config, theme or front matter is a few KB; bookmarks a few MB


def _refuse(problem: str, event: yaml.Event) -> yaml.MarkedYAMLError:
    mark: Any = event.start_mark  # the C parser's Mark has the same fields
    return yaml.MarkedYAMLError(problem=problem, problem_mark=mark)


def check_events(text: str, max_chars: int = MAX_CHARS) -> None:
    """Raise a YAMLError (with a line) for what could eat memory or the stack when built."""
    if len(text) > max_chars:
        raise yaml.MarkedYAMLError(
            problem=f"too large ({len(text):,} characters; at most {max_chars:,})"
        )
    try:
        _check(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        if exc.problem_mark is None or _Loader is yaml.SafeLoader:
            raise
        _check(yaml.parse(text, Loader=yaml.SafeLoader))  # its marks point at the right line
        raise


def _check(events: Iterator[yaml.Event]) -> None:
    depth = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise _refuse(f"aliases (*{event.anchor}) are not allowed here", event)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _refuse(f"nested more than {MAX_DEPTH} levels deep", event)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def safe_load_bounded(text: str, max_chars: int = MAX_CHARS) -> Any:
    """yaml.safe_load after check_events; numbers too long to convert are YAML errors too."""
    check_events(text, max_chars)
    try:
        try:
            return yaml.load(text, Loader=_Loader)
        except yaml.YAMLError:
            return yaml.safe_load(text)  # the pure-Python loader points at the line
    except (ValueError, OverflowError) as exc:  # "1" * 5000: int() refuses to convert it
        raise yaml.MarkedYAMLError(
            problem=f"a value wirereader cannot read ({str(exc)[:80]})"
        ) from exc


def compose_bounded(text: str, max_chars: int = MAX_CHARS) -> yaml.Node | None:
    """The node tree (for line numbers) after the same checks."""
    check_events(text, max_chars)
    return yaml.compose(text, Loader=_Loader)


def dump(data: object, width: int = 80) -> str:
    """What yaml.safe_dump writes (keys in their order, Unicode as it is), by the C emitter."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=width)


def error_line(exc: yaml.YAMLError, first_line: int = 1) -> int | None:
    """The 1-based line of the problem; `first_line` is where the YAML text starts in its file."""
    mark = getattr(exc, "problem_mark", None)
    return mark.line + first_line if mark is not None else None


def error_problem(exc: yaml.YAMLError) -> str:
    return str(getattr(exc, "problem", None) or "not valid YAML")
