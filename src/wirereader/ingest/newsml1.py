"""NewsML 1.x (1.0–1.2, AFP's format): NewsItem → NewsComponent(s) → ContentItem → DataContent,
with the headline, byline, dateline and copyright in NewsLines."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from wirereader.ingest.bylines import byline_name
from wirereader.ingest.common import Filing, build_article, status_of, version_of
from wirereader.ingest.dates import nitf_date, parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.htmltext import body_paragraphs
from wirereader.ingest.xmlsafe import XML_LANG, find, local, paragraphs_of, text_of
from wirereader.model import Article

Item = Article | ArticleFileError


def read_newsml1(raw: RawFile, root: Element) -> list[Item]:
    """Every news item with text: its lines, its provider and its first text content."""
    found: list[Item] = []
    for item in (e for e in root.iter() if local(e.tag) == "NewsItem"):
        text = _text_component(item)
        if text is not None:
            try:
                found.append(_article(raw, item, *text))
            except ArticleFileError as exc:
                found.append(exc)
    if not found:
        raise ArticleFileError(
            raw.path, "a NewsML 1.x document with no text news item (DataContent)"
        )
    return found


def _filing(item: Element, lines: Element | None) -> Filing:
    ident = find(item, "Identification", "NewsIdentifier")
    parts = [text_of(find(ident, n)) for n in ("ProviderId", "DateId", "NewsItemId")] if (
        ident is not None
    ) else []  # fmt: skip
    status = find(item, "NewsManagement", "Status")
    language = find(item, "//Language")
    component = find(item, "//NewsComponent")
    declared = language.get("FormalName", "") if language is not None else ""
    if not declared and component is not None:
        declared = component.get(XML_LANG, "")
    subjects = [s.get("FormalName", "") for s in item.iter() if local(s.tag) == "Subject"]
    dateline = text_of(find(lines, "DateLine")) if lines is not None else ""
    return Filing(
        language=declared,
        version=version_of(text_of(find(ident, "RevisionId")) if ident is not None else ""),
        status=status_of(status.get("FormalName") if status is not None else ""),
        story="id:" + ":".join(parts) if any(parts) else "",
        dateline=dateline.split(",")[0].strip()[:60],
        subjects=tuple(dict.fromkeys(s for s in subjects if s and not s.isdigit())),
    )


def _text_component(item: Element) -> tuple[Element | None, Element] | None:
    """The nearest NewsLines and the DataContent of the first text ContentItem under `item`."""
    for component in (e for e in item.iter() if local(e.tag) == "NewsComponent"):
        for content in (c for c in component if local(c.tag) == "ContentItem"):
            media = find(content, "MediaType")
            if media is not None and media.get("FormalName", "Text").lower() != "text":
                continue
            data = find(content, "DataContent")
            if data is not None and (len(data) or (data.text or "").strip()):
                lines = find(component, "NewsLines")
                return (lines if lines is not None else find(item, "//NewsLines")), data
    return None


def _article(raw: RawFile, item: Element, lines: Element | None, data: Element) -> Article:
    headline = text_of(find(lines, "HeadLine")) if lines is not None else ""
    byline = text_of(find(lines, "ByLine")) if lines is not None else ""
    provider = find(item, "//Provider", "Party")
    source = provider.get("FormalName", "") if provider is not None else ""
    if not source and lines is not None:
        source = text_of(find(lines, "CopyrightLine"))
    when = text_of(find(item, "//ThisRevisionCreated")) or text_of(find(item, "//FirstCreated"))
    paragraphs = _paragraphs(data)
    if not headline:
        nested = find(data, "//hl1")
        headline = text_of(nested)
    if not headline or not paragraphs:
        raise ArticleFileError(raw.path, "a NewsML 1.x item without a headline or body text")
    return build_article(
        raw, headline, paragraphs, byline=byline_name(byline), source=source,
        published=parse_date_value(nitf_date(when)), filing=_filing(item, lines),
    )  # fmt: skip


def _paragraphs(data: Element) -> list[str]:
    """NITF or XHTML inside DataContent, or plain text (escaped HTML read as HTML)."""
    body = find(data, "//body.content")
    body = body if body is not None else find(data, "//body")
    if len(data):
        return paragraphs_of(body if body is not None else data)
    return body_paragraphs(data.text or "")
