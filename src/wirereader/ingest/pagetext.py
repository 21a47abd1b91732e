"""A news page's main text, title, author and date, by trafilatura (pages and saved .html files)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wirereader.support import safe_line

SHORT = 600  # characters: a feed entry shorter than this is a summary, on `full_text: auto`


@dataclass(frozen=True)
class Page:
    title: str
    author: str
    published: datetime | None
    paragraphs: tuple[str, ...]
    site: str = ""
    url: str = ""


def extract_page(html: str | bytes, url: str = "") -> Page | None:
    """The main text of a news page, or None when the page has none worth the name."""
    import trafilatura  # heavy: imported only when a page is read

    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if document is None:
        return None
    data = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = str(data.get("text") or "")
    paragraphs = tuple(p.strip() for p in text.split("\n") if p.strip())
    if not paragraphs:
        return None
    return Page(
        title=safe_line(data.get("title") or ""),
        author=safe_line(data.get("author") or ""),
        published=_date(data.get("date")),
        paragraphs=paragraphs,
        site=safe_line(data.get("sitename") or ""),
        url=str(data.get("url") or url or ""),
    )


def _date(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
