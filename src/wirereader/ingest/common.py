"""What every format reader shares: paragraph splitting, bylines, sources, dates and the article id."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from wirereader.ingest.dates import find_date_in_text
from wirereader.ingest.decode import RawFile
from wirereader.model import Article, DateSource
from wirereader.support import path_key, squash_spaces

_BYLINE = re.compile(r"^\s*By\s+(?P<name>[^\W\d][\w.'’\- ]{1,80}?)\s*$")
_SOURCE_IN_TEXT = re.compile(
    r"\b(?P<source>[A-Z][\w]*(?:[.\-][A-Z]?[\w]+)*(?: [A-Z][\w]+){0,3}) (?:reports|reported)\b"
)


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a file with no blank lines has one paragraph a line."""
    text = text.strip("\n")
    if re.search(r"\n[ \u00a0]*\n", text):
        blocks = re.split(r"\n[ \u00a0]*\n+", text)
        paragraphs = [squash_spaces(block.replace("\n", " ")) for block in blocks]
    else:
        paragraphs = [squash_spaces(line) for line in text.split("\n")]
    return [p for p in paragraphs if p]


def take_byline(paragraphs: list[str]) -> tuple[list[str], str]:
    if paragraphs and (match := _BYLINE.match(paragraphs[-1])):
        return paragraphs[:-1], match.group("name").strip()
    return paragraphs, ""


LEAD = 1500  # characters where a story names who reports it ("Caliber.Az reports, citing …")


def source_in_text(body: str) -> str:
    """Who reports the story, from its lead: "the Agriculture Department reported" deep in a
    long text is a fact reported, not the source."""
    match = _SOURCE_IN_TEXT.search(body, 0, LEAD)
    return match.group("source") if match else ""


def article_id(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()[:16]


def build_article(
    raw: RawFile,
    title: str,
    paragraphs: list[str],
    *,
    byline: str = "",
    source: str = "",
    url: str = "",
    published: datetime | None = None,
    article_id_override: str = "",
) -> Article:
    body = "\n\n".join(paragraphs)
    date_source: DateSource = "front-matter"
    if published is None:
        published = find_date_in_text(body)
        date_source = "text"
    if published is None:
        published = datetime.fromtimestamp(raw.mtime).replace(microsecond=0)
        date_source = "file-mtime"
    return Article(
        id=article_id_override or article_id(title, body),
        title=title,
        body=body,
        byline=byline,
        source=source or source_in_text(body),
        url=url,
        published=published,
        date_source=date_source,
        path=path_key(str(raw.path)),
    )
