"""NewsML 1.x (1.0–1.2, AFP's format): NewsItem → NewsComponent(s) → ContentItem → DataContent,
with the headline, byline, dateline and copyright in NewsLines."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from wirereader.ingest.bylines import byline_name
from wirereader.ingest.common import build_article
from wirereader.ingest.dates import nitf_date, parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.htmltext import body_paragraphs
from wirereader.ingest.xmlsafe import find, local, paragraphs_of, text_of
from wirereader.model import Article


def read_newsml1(raw: RawFile, root: Element) -> Article:
    """The first news item with text: its lines, its provider and its first text content."""
    items = [e for e in root.iter() if local(e.tag) == "NewsItem"]
    for item in items:
        found = _text_component(item)
        if found is not None:
            lines, content = found
            return _article(raw, item, lines, content)
    raise ArticleFileError(raw.path, "a NewsML 1.x document with no text news item (DataContent)")


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
        published=parse_date_value(nitf_date(when)),
    )  # fmt: skip


def _paragraphs(data: Element) -> list[str]:
    """NITF or XHTML inside DataContent, or plain text (escaped HTML read as HTML)."""
    body = find(data, "//body.content")
    body = body if body is not None else find(data, "//body")
    if len(data):
        return paragraphs_of(body if body is not None else data)
    return body_paragraphs(data.text or "")
