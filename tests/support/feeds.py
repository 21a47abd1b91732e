"""Feeds for the fetch tests: RSS made from (guid, title, body) items."""

from __future__ import annotations

from pathlib import Path

from tests.support import write


def rss(title: str, *items: tuple[str, str, str]) -> bytes:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{t}</title><link>https://news.example/{guid}</link>"
        f"<pubDate>Mon, 03 Aug 2025 10:00:00 GMT</pubDate><description>{body}</description></item>"
        for guid, t, body in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"{entries}</channel></rss>"
    ).encode()


LONG = "The harbour board met on Monday and said the port would reopen after the strike. " * 10
GOOD = rss("Harbour Wire", ("a1", "Port reopens", LONG), ("a2", "Dockers vote", LONG))


def quick_fetch_config(home: Path, extra: str = "") -> Path:
    """The isolated home's config with short fetch timeouts (a test waits seconds, not 30)."""
    text = "fetch:\n  connect_timeout: 1\n  first_byte_timeout: 1\n  feed_timeout: 2\n" + extra
    return write(home / "config" / "wirereader" / "config.yaml", text)
