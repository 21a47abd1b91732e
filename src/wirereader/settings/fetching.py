"""The config's `fetch:` (timeouts) and `retention:` (how many fetched articles a feed keeps)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirereader.errors import FileProblem


class SectionError(FileProblem):
    """A `fetch:` or `retention:` setting that is wrong (config.py raises it as a ConfigError)."""


@dataclass(frozen=True)
class FetchSettings:
    """Seconds. A feed's whole request (redirects and retries included) ends within
    `feed_timeout`, each story page likewise; a run starts no feed after `run_timeout`."""

    connect_timeout: float = 10.0
    first_byte_timeout: float = 20.0
    feed_timeout: float = 30.0
    run_timeout: float = 600.0


@dataclass(frozen=True)
class Keep:
    """What a feed keeps of its fetched articles: the `newest` N, those under `days` old
    (0: no limit). Bookmarked articles are always kept."""

    newest: int = 0
    days: int = 0

    @property
    def limited(self) -> bool:
        return bool(self.newest or self.days)


@dataclass(frozen=True)
class Retention:
    default: Keep = Keep()
    feeds: dict[str, Keep] = field(default_factory=dict)

    def of(self, feed: str) -> Keep:
        return self.feeds.get(feed, self.default)

    @property
    def limited(self) -> bool:
        """Whether any feed has something to prune."""
        return self.default.limited or any(keep.limited for keep in self.feeds.values())


FETCH_KEYS = {
    "connect_timeout": (1, 120),
    "first_byte_timeout": (1, 600),
    "feed_timeout": (1, 3600),
    "run_timeout": (10, 86_400),
}


def _number(value: Any, where: Path, line: int | None, key: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise SectionError(where, line, f"'{key}' must be a number from {low:g} to {high:,g}")
    return float(value)


def fetch_settings(data: Any, where: Path, lines: dict[str, int]) -> FetchSettings:
    if data is None:
        return FetchSettings()
    if not isinstance(data, dict):
        raise SectionError(where, lines.get("fetch"), "'fetch' must be a mapping")
    values: dict[str, float] = {}
    for key, value in data.items():
        if key not in FETCH_KEYS:
            known = ", ".join(FETCH_KEYS)
            raise SectionError(
                where, lines.get(f"fetch.{key}"), f"unknown setting 'fetch.{key}' (known: {known})"
            )
        low, high = FETCH_KEYS[key]
        values[key] = _number(value, where, lines.get(f"fetch.{key}"), f"fetch.{key}", low, high)
    return FetchSettings(**values)


def _keep(data: Any, where: Path, lines: dict[str, int], prefix: str) -> Keep:
    if not isinstance(data, dict):
        raise SectionError(where, lines.get(prefix), f"'{prefix}' must be a mapping")
    unknown = [k for k in data if k not in ("keep", "days", "feeds")]
    if unknown:
        raise SectionError(
            where, lines.get(f"{prefix}.{unknown[0]}"),
            f"unknown setting '{prefix}.{unknown[0]}' (known: keep, days)",
        )  # fmt: skip
    found = {}
    for key in ("keep", "days"):
        if key in data:
            found[key] = int(
                _number(data[key], where, lines.get(f"{prefix}.{key}"), f"{prefix}.{key}", 0, 10**9)
            )
    return Keep(found.get("keep", 0), found.get("days", 0))


def retention(data: Any, where: Path, lines: dict[str, int]) -> Retention:
    """`retention: {keep: N, days: D, feeds: {NAME: {keep: N, days: D}}}`."""
    if data is None:
        return Retention()
    default = _keep(data, where, lines, "retention")
    feeds = data.get("feeds") or {}
    if not isinstance(feeds, dict):
        raise SectionError(
            where, lines.get("retention.feeds"), "'retention.feeds' maps feed names to keep/days"
        )
    own = {}
    for name, rule in feeds.items():
        prefix = f"retention.feeds.{name}"
        if isinstance(rule, dict) and "feeds" in rule:
            raise SectionError(where, lines.get(f"{prefix}.feeds"), f"'{prefix}' has no feeds")
        own[str(name)] = _keep(rule, where, lines, prefix)
    return Retention(default, own)
