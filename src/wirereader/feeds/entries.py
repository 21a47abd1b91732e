"""A fetched feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed 1.0/1.1) as plain entries."""

from __future__ import annotations

import calendar
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from wirereader.errors import FetchError
from wirereader.ingest import dated, html_paragraphs, looks_like_html
from wirereader.support import safe_line


class FeedError(FetchError):
    """Not a feed wirereader can read, and why (said per feed; other feeds go on)."""


@dataclass(frozen=True)
class Entry:
    key: str  # stable across fetches: the entry's id, else its link, else its title
    title: str
    link: str = ""
    author: str = ""
    published: datetime | None = None
    paragraphs: tuple[str, ...] = ()
    page_read_for: str = ""  # digest() of the entry as the feed sent it, once its page is read

    def digest(self) -> str:
        """What the feed says of this entry, in 16 hex digits: the same until the feed changes it."""
        when = self.published.isoformat() if self.published else ""
        said = (self.title, self.link, self.author, when, self.paragraphs)
        return hashlib.sha256(repr(said).encode()).hexdigest()[:16]


@dataclass
class FeedDoc:
    title: str
    entries: list[Entry] = field(default_factory=list)


def _check_xml(body: bytes) -> None:
    """Refuse entity declarations and external references before any parser sees them."""
    try:
        ElementTree.fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise FeedError(f"refused: the XML declares entities ({type(exc).__name__})") from exc
    except ElementTree.ParseError:
        pass  # broken XML: feedparser's loose parser tries, and expands nothing
    except (LookupError, ValueError) as exc:  # an encoding Python does not know, and the like
        raise FeedError(f"not a feed: {exc}") from exc


def parse_feed(body: bytes, url: str = "") -> FeedDoc:
    if not body.strip():
        raise FeedError("not a feed: the server sent an empty answer")
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return _json_feed(body)
    _check_xml(body)
    import feedparser  # slow to import: only when fetching

    try:
        parsed = feedparser.parse(body, response_headers={"content-location": url})
    except (ValueError, LookupError, TypeError, RecursionError) as exc:  # bad encodings
        raise FeedError(f"not a feed: cannot decode it ({type(exc).__name__})") from exc
    if not parsed.get("version"):
        if head == b"<" and b"<html" in body[:2000].lower():
            raise FeedError("an HTML page, not a feed (is the URL the site rather than its feed?)")
        problem = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")()
        raise FeedError(f"not a feed{': ' + problem if problem else ''}")
    doc = FeedDoc(safe_line(_str(parsed.feed.get("title"))))
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is not None:
            doc.entries.append(entry)
    return doc


def _str(value: Any) -> str:
    """A feed's field as text: feedparser and JSON give None, numbers and lists as well."""
    return value if isinstance(value, str) else "" if value is None else str(value)


def _text_of(raw: Any) -> list[str]:
    contents = [_str(c.get("value")) for c in raw.get("content") or [] if isinstance(c, dict)]
    contents = [c for c in contents if c]
    text = max(contents, key=len) if contents else _str(raw.get("summary"))
    return html_paragraphs(text) if looks_like_html(text) or "&" in text else _plain(text)


def _plain(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _date(parsed: Any) -> datetime | None:
    if not parsed:
        return None
    try:
        return dated(datetime.fromtimestamp(calendar.timegm(parsed), UTC))
    except (TypeError, ValueError, OverflowError):
        return None


def _entry(raw: Any) -> Entry | None:
    title = safe_line(_str(raw.get("title"))).strip()
    link = _str(raw.get("link"))
    link = link if link.startswith(("http://", "https://")) else ""  # never javascript:
    paragraphs = _text_of(raw)
    if not (title or paragraphs):
        return None
    key = _str(raw.get("id")) or link or title
    return Entry(
        key=hashlib.sha256(key.encode()).hexdigest()[:16],
        title=title or paragraphs[0][:80],
        link=link,
        author=safe_line(_str(raw.get("author"))),
        published=_date(raw.get("published_parsed") or raw.get("updated_parsed")),
        paragraphs=tuple(paragraphs),
    )


def _json_feed(body: bytes) -> FeedDoc:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or "jsonfeed.org/version" not in str(data.get("version", "")):
        raise FeedError("JSON, but not a JSON Feed (no jsonfeed.org version)")
    doc = FeedDoc(safe_line(_str(data.get("title"))))
    items = data.get("items")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        html = _str(item.get("content_html"))
        paragraphs = (
            html_paragraphs(html)
            if html
            else _plain(str(item.get("content_text") or item.get("summary") or ""))
        )
        authors = item.get("authors") or (
            [item["author"]] if isinstance(item.get("author"), dict) else []
        )
        authors = authors if isinstance(authors, list) else []
        author = ", ".join(_str(a.get("name")) for a in authors if isinstance(a, dict))
        link = _str(item.get("url"))
        raw = {"title": _str(item.get("title")), "link": link, "id": _str(item.get("id"))}
        title = safe_line(raw["title"]).strip()
        if not (title or paragraphs):
            continue
        published = _iso(item.get("date_published") or item.get("date_modified"))
        key = raw["id"] or link or title
        doc.entries.append(
            Entry(
                key=hashlib.sha256(key.encode()).hexdigest()[:16],
                title=title or paragraphs[0][:80],
                link=link if link.startswith(("http://", "https://")) else "",
                author=safe_line(author),
                published=published,
                paragraphs=tuple(paragraphs),
            )
        )
    return doc


def _iso(value: Any) -> datetime | None:
    try:
        return dated(datetime.fromisoformat(str(value).replace("Z", "+00:00"))) if value else None
    except ValueError:
        return None
