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
    meta = [article.byline and f"By {safe_line(article.byline)}", safe_line(article.source), day]
    return " · ".join(m for m in meta if m)
