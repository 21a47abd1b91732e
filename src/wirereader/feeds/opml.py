"""OPML subscription lists in and out (parsed with entity expansion and external entities off)."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.sax.saxutils import quoteattr

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from wirereader.errors import FileProblem
from wirereader.feeds.subscriptions import Feed
from wirereader.support import read_bytes_bounded, safe_line, slug


class OpmlError(FileProblem):
    """An OPML file that cannot be read: file, line where there is one, and what is wrong."""


_BARE_AMP = re.compile(rb"&(?!#?\w+;)")
MAX_FILE_CHARS = 64 * 1024 * 1024  # 300,000 feeds; a file past it is not a feed list


def _parse(data: bytes) -> Element | None:
    try:
        return ElementTree.fromstring(data)
    except DefusedXmlException:
        raise
    except ValueError as exc:  # defusedxml wraps some refusals so
        raise ElementTree.ParseError(str(exc)) from exc


def read_opml(path: Path) -> list[Feed]:
    """Every outline with an xmlUrl; its category is the enclosing outline's title."""
    try:
        data = read_bytes_bounded(path, MAX_FILE_CHARS, "an OPML list")
    except OSError as exc:
        raise OpmlError(path, None, f"cannot read: {exc.strerror or exc}") from exc
    try:
        root = _parse(data)
    except ElementTree.ParseError as exc:
        # Real lists often carry a bare "&" in a title ("Updates & Information"): escape
        # those and try once more; anything else wrong is reported with its line.
        try:
            root = _parse(_BARE_AMP.sub(b"&amp;", data))
        except ElementTree.ParseError:
            line = exc.position[0] if getattr(exc, "position", None) else None
            raise OpmlError(path, line, f"not valid XML: {exc}") from exc
    except DefusedXmlException as exc:
        raise OpmlError(path, None, f"refused: {exc}") from exc
    if root is None or root.tag.lower() != "opml":
        raise OpmlError(path, 1, f"not an OPML file (its root is <{getattr(root, 'tag', '')}>)")
    feeds: list[Feed] = []
    body = root.find("body")
    # A stack, not recursion: outlines nested thousands deep are still a list to read.
    stack = [(iter((body if body is not None else root).findall("outline")), "")]
    while stack:
        outlines, category = stack[-1]
        outline = next(outlines, None)
        if outline is None:
            stack.pop()
            continue
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        title = safe_line(outline.get("title") or outline.get("text") or "")
        if url and url.startswith(("http://", "https://")):
            feeds.append(
                Feed(name=slug(title or url), url=url.strip(), category=category, title=title)
            )
        else:
            stack.append((iter(outline.findall("outline")), title or category))
    return feeds


def write_opml(feeds: list[Feed], title: str = "wirereader feeds") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{title}</title></head>",
        "  <body>",
    ]
    by_category: dict[str, list[Feed]] = {}
    for feed in feeds:
        by_category.setdefault(feed.category, []).append(feed)
    for category, members in by_category.items():
        indent = "    "
        if category:
            lines.append(f"    <outline text={quoteattr(category)} title={quoteattr(category)}>")
            indent = "      "
        for feed in members:
            text = quoteattr(feed.title or feed.name)
            lines.append(
                f'{indent}<outline type="rss" text={text} title={text} xmlUrl={quoteattr(feed.url)}/>'
            )
        if category:
            lines.append("    </outline>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
