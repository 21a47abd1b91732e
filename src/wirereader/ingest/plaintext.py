"""Plain-text articles: headline on the first line, then paragraphs, then an optional `By NAME`."""

from __future__ import annotations

from wirereader.ingest.common import build_article, split_paragraphs, take_byline
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.model import Article


def read_plaintext(raw: RawFile) -> Article:
    paragraphs = split_paragraphs(raw.text)
    if not paragraphs:
        raise ArticleFileError(raw.path, "empty file")
    title, rest = paragraphs[0], paragraphs[1:]
    rest, byline = take_byline(rest)
    return build_article(raw, title, rest, byline=byline)
