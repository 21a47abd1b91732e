"""What every format reader shares: paragraph splitting, bylines, sources, dates and the article id."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import datetime

from wirereader.ingest.dates import find_date_in_text
from wirereader.ingest.decode import RawFile
from wirereader.ingest.language import detect_language, language_code
from wirereader.model import Article, DateSource
from wirereader.support import path_key, squash_spaces

_BYLINE = re.compile(r"^\s*By\s+(?P<name>[^\W\d][\w.'’\- ]{1,80}?)\s*$")
_SOURCE_IN_TEXT = re.compile(
    r"\b(?P<source>[A-Z][\w]*(?:[.\-][A-Z]?[\w]+)*(?: [A-Z][\w]+){0,3}) (?:reports|reported)\b"
)


@dataclass(frozen=True)
class Filing:
    """What a wire format sends beside the text (see Article)."""

    language: str = ""
    version: int = 0
    status: str = ""
    story: str = ""
    dateline: str = ""
    subjects: tuple[str, ...] = ()


# Reuters' and others' resends: "UPDATE 2-", "REFILE-UPDATE 1-", "CORRECTED-", "RPT-".
_RESENT = re.compile(
    r"^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|URGENT|FLASH)"
    r"(?:\s+(\d{1,2}))?\s*-\s*)+"
)
_STATUS = {"usable": "", "withdrawn": "withdrawn", "canceled": "canceled", "cancelled": "canceled"}


def status_of(value: object) -> str:
    """ "withdrawn"/"canceled" from an agency's status ("stat:withdrawn", "Withdrawn", "usable")."""
    word = str(value or "").rsplit(":", 1)[-1].strip().lower()
    return _STATUS.get(word, "")


def version_of(value: object) -> int:
    text = str(value or "").strip()
    return int(text) if text.isdigit() and len(text) < 7 else 0


def resent(title: str) -> tuple[str, int]:
    """A title without its resend prefix, and the version that prefix gives ("UPDATE 2-" is
    the third version; "REFILE-" 0: unknown)."""
    match = _RESENT.match(title)
    if not match:
        return title, 0
    number = match.group(1)
    return title[match.end() :].strip() or title, int(number) + 1 if number else 0


def slug_story(source: str, title: str, published: datetime | None) -> str:
    """The versions of a story an agency sends without an id share its source, its headline
    without the resend prefix, and its day."""
    base = " ".join(re.findall(r"\w+", resent(title)[0].lower()))
    day = published.strftime("%Y%m%d") if published else ""
    return f"slug:{source.lower()}|{base}|{day}"


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
    filing: Filing | None = None,
) -> Article:
    body = "\n\n".join(paragraphs)
    date_source: DateSource = "front-matter"
    if published is None:
        published = find_date_in_text(body)
        date_source = "text"
    if published is None:
        published = datetime.fromtimestamp(raw.mtime).replace(microsecond=0)
        date_source = "file-mtime"
    filing = filing or Filing()
    source = source or source_in_text(body)
    language = language_code(filing.language) or detect_language(title, body)
    key = filing.story or slug_story(source, title, published)
    story = hashlib.sha256(key.encode()).hexdigest()[:12]  # a word the query language takes
    version = filing.version or resent(title)[1]
    return Article(
        id=article_id_override or article_id(title, body),
        title=title,
        body=body,
        byline=byline,
        source=source,
        url=url,
        published=published,
        date_source=date_source,
        path=path_key(str(raw.path)),
        **vars(replace(filing, language=language, story=story, version=version)),
    )
