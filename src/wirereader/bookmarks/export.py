"""Bookmarks as Markdown quotes with their citations, every stored string escaped."""

from __future__ import annotations

import re

from wirereader.bookmarks.store import Bookmark
from wirereader.support import markdown_text

_ID = re.compile(r"[\w.-]+")


def _linkable(url: str) -> bool:
    """Only web links become Markdown links (never javascript: and the like)."""
    unsafe = "<> \\`\n\r\t\x1b"
    return url.startswith(("http://", "https://")) and not any(c in url for c in unsafe)


def export_markdown(marks: list[Bookmark]) -> str:
    """Each passage as a Markdown quote with its citation. Every stored string is escaped
    (markdown_text): the file is opened in viewers that would run HTML or follow links."""
    md = markdown_text
    parts = ["# wirereader bookmarks\n"]
    for mark in marks:
        quoted = "\n>\n".join(f"> {md(p.replace(chr(10), ' '))}" for p in mark.text.split("\n\n"))
        title = f"[{md(mark.title)}](<{mark.url}>)" if _linkable(mark.url) else md(mark.title)
        cite = ", ".join(x for x in (f"*{title}*", md(mark.source), md(mark.date)) if x != "")
        article = f"`{mark.article_id}`" if _ID.fullmatch(mark.article_id) else md(mark.article_id)
        parts.append(f"{quoted}\n\n— {cite} (article {article}, chars {mark.start}–{mark.end})")
        if mark.actors:
            parts.append(f"Actors: {', '.join(md(a) for a in mark.actors)}")
        if mark.note:
            parts.append(f"Note: {md(mark.note)}")
        parts.append("")
    return "\n\n".join(parts).rstrip() + "\n"
