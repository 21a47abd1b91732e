"""Saved news web pages (.html) as articles: main text, title, author and date by trafilatura."""

from __future__ import annotations

import re

from wirereader.ingest.common import Filing, build_article
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.pagetext import extract_page
from wirereader.model import Article

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[\w]+)?)", re.I)


def _one_byline(author: str) -> str:
    """trafilatura joins every byline it finds ("Jeffrey Gettleman; JEFFREY GETTLEMAN")."""
    names: list[str] = []
    for name in (n.strip() for n in author.split(";")):
        if name and name.lower() not in (n.lower() for n in names):
            names.append(name)
    return ", ".join(names)


def read_html(raw: RawFile) -> Article:
    page = extract_page(raw.text)
    if page is None:
        raise ArticleFileError(raw.path, "no article text found in this page")
    title = page.title or page.paragraphs[0][:120]
    paragraphs = list(page.paragraphs)
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    return build_article(
        raw, title, paragraphs or list(page.paragraphs), byline=_one_byline(page.author),
        source=page.site,
        url=page.url if page.url.startswith(("http://", "https://")) else "",
        published=page.published,
        filing=Filing(language=m.group(1) if (m := _HTML_LANG.search(raw.text, 0, 4000)) else ""),
    )  # fmt: skip
