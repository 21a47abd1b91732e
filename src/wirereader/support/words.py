"""How counts and article details read: "1 article", "1,544 articles", "By X · Reuters · date"."""

from __future__ import annotations

from datetime import date

from wirereader.model import Article
from wirereader.support.text import safe_line

_IRREGULAR = {"match": "matches", "story": "stories", "entry": "entries", "is": "are"}


def plural(n: int, noun: str, more: bool = False) -> str:
    """`n noun` with the noun in the right number; `more` adds a + (a count not yet exact)."""
    word = noun if n == 1 and not more else _IRREGULAR.get(noun, noun + "s")
    return f"{n:,}{'+' if more else ''} {word}"


def when(day: object) -> str:
    """ "2025-03-01"; the year in four digits even before 1000 (strftime writes year 1 as "1")."""
    if not isinstance(day, date):
        return "undated"
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def article_meta(article: Article) -> str:
    """By NAME · source · date (file date): one line, as the CLI and the app show it."""
    day = when(article.published)
    if article.date_source == "file-mtime":
        day += " (file date)"
    meta = [
        article.status.upper(),
        article.byline and f"By {safe_line(article.byline)}",
        safe_line(article.source),
        safe_line(article.dateline),
        day,
        shown_language(article.language),
        article.version and f"v{article.version}",
    ]
    return " · ".join(str(m) for m in meta if m)


HOME_LANGUAGE = "en"  # not named on every row: only stories in other languages say theirs


def shown_language(code: str) -> str:
    return "" if code == HOME_LANGUAGE else code


def versions_note(version: int, earlier: int, status: str = "") -> str:
    """ "v3 · 2 earlier", "withdrawn": what a result row says of a story's versions."""
    parts = [status.upper(), f"v{version}" if version and earlier else "",
             f"{earlier} earlier" if earlier else ""]  # fmt: skip
    return " · ".join(p for p in parts if p)
