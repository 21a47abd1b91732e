"""HTML fragments (a feed entry's content) as plain paragraphs: no markup, scripts or styles left."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from wirereader.support import squash_spaces

BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "tr", "table", "figure", "figcaption", "pre", "hr", "dd", "dt",
}  # fmt: skip
HIDDEN = {"script", "style", "noscript", "template", "iframe", "object", "svg", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_paragraphs(html: str) -> list[str]:
    """The text of `html`, one string a paragraph, spaces folded."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return [p for p in (re.sub(r"\s+", " ", block).strip() for block in text.split("\n\n")) if p]


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(?:p|div|br|a|span|img|b|i|em|strong)\b[^>]*>", text, re.IGNORECASE))


def plain_paragraphs(text: str) -> list[str]:
    """Plain text's paragraphs: its blocks between blank lines, or its lines when it has one."""
    blocks = [b for b in text.replace("\r", "").split("\n\n") if b.strip()]
    if len(blocks) == 1:
        blocks = text.split("\n")
    return [squash_spaces(b) for b in blocks if b.strip()]


def body_paragraphs(text: str, html: bool = False) -> list[str]:
    """A body sent as text: HTML when it says so (`html`) or looks so, else plain text."""
    return html_paragraphs(text) if html or looks_like_html(text) else plain_paragraphs(text)
