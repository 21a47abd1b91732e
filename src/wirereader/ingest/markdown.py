"""Markdown articles with an optional YAML front matter block (title, byline, source, url, published)."""

from __future__ import annotations

import re
from typing import Any

import yaml

from wirereader.ingest.common import Filing, build_article, split_paragraphs, take_byline
from wirereader.ingest.dates import parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.model import Article
from wirereader.support import (
    error_line,
    error_problem,
    safe_line,
    safe_load_bounded,
    squash_spaces,
)

MAX_FRONT_MATTER = 256 * 1024  # characters; front matter is a few lines
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}\s+")


def _front_matter(raw: RawFile) -> tuple[dict[str, Any], str]:
    match = _FRONT.match(raw.text)
    if not match:
        return {}, raw.text
    try:
        data = safe_load_bounded(match.group("yaml"), MAX_FRONT_MATTER)
    except yaml.YAMLError as exc:
        # +2: the opening --- line, and lines counted from 1
        line = error_line(exc, first_line=2) or 1
        message = f"malformed front matter: {error_problem(exc)}"
        raise ArticleFileError(raw.path, message, line) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleFileError(raw.path, "front matter must be a mapping of key: value", 2)
    return data, raw.text[match.end() :]


def _text_field(data: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = data.get(key)
        if value is not None:
            return squash_spaces(safe_line(value))
    return ""


def read_markdown(raw: RawFile) -> Article:
    data, body_text = _front_matter(raw)
    paragraphs = [_HEADING.sub("", p) for p in split_paragraphs(body_text)]
    title = _text_field(data, "title")
    if not title:
        if not paragraphs:
            raise ArticleFileError(raw.path, "empty file")
        title, paragraphs = paragraphs[0], paragraphs[1:]
    byline = _text_field(data, "byline", "author")
    if not byline:
        paragraphs, byline = take_byline(paragraphs)
    published = parse_date_value(data.get("published", data.get("date")))
    return build_article(
        raw,
        title,
        paragraphs,
        byline=byline,
        source=_text_field(data, "source"),
        url=_text_field(data, "url"),
        published=published,
        article_id_override=_text_field(data, "id"),
        filing=Filing(language=_text_field(data, "language", "lang")),
    )
