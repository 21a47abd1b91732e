"""Agencies' wire formats as articles: NITF 3.x, NewsML 1.x (newsml1.py), NewsML-G2 news items
and messages (text from inline NITF or XHTML, or inlineData), and ninjs 1.x–3.x. The format is
told by the root element or the JSON fields, not by the file's suffix."""

from __future__ import annotations

import json
from typing import Any
from xml.etree.ElementTree import Element

from wirereader.ingest.bylines import byline_name
from wirereader.ingest.common import build_article
from wirereader.ingest.dates import nitf_date, parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.htmltext import body_paragraphs, html_paragraphs, plain_paragraphs
from wirereader.ingest.newsml1 import read_newsml1
from wirereader.ingest.xmlsafe import find, local, paragraphs_of, parse_xml, text_of
from wirereader.model import Article
from wirereader.support import squash_spaces


def read_xml(raw: RawFile) -> Article:
    root = parse_xml(raw)
    kind = local(root.tag)
    if kind == "nitf":
        return _nitf(raw, root)
    if kind in ("newsItem", "newsMessage"):
        return _newsml(raw, root)
    if kind in ("NewsML", "NewsItem"):
        return read_newsml1(raw, root)
    nested = find(root, "//nitf") if kind in ("contentSet", "inlineXML") else None
    if nested is not None:  # a NewsML-G2 content set on its own
        return _nitf(raw, nested)
    raise ArticleFileError(raw.path, f"not a news format wirereader reads (root <{kind}>)")


def _nitf_byline(body: Element | None) -> str:
    """The byline's names without its <byttl> ("By BERNARD CONDON<byttl>AP Business Writer"
    read as one text gave "CONDONAP")."""
    byline = find(body, "//byline") if body is not None else None
    if byline is None:
        return ""
    parts = [byline.text or ""]
    for child in byline:
        if local(child.tag) != "byttl":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return byline_name(" ".join(parts))


def _nitf(raw: RawFile, root: Element, fallback: dict[str, str] | None = None) -> Article:
    extra = fallback or {}
    head, body = find(root, "head"), find(root, "body")
    title = text_of(find(body, "body.head", "hedline", "hl1")) if body is not None else ""
    if not title and head is not None:
        title = text_of(find(head, "title"))
    byline = _nitf_byline(body) or extra.get("by", "")
    docdata = find(head, "docdata") if head is not None else None
    date = ""
    if docdata is not None:
        issue = find(docdata, "date.issue")
        date = issue.get("norm", "") if issue is not None else ""
    pub = find(head, "pubdata") if head is not None else None
    date = (
        date
        or (pub.get("date.publication", "") if pub is not None else "")
        or extra.get("date", "")
    )
    rights = find(docdata, "doc.copyright") if docdata is not None else None
    source = (
        (pub.get("name", "") if pub is not None else "")
        or (rights.get("holder", "") if rights is not None else "")
        or extra.get("source", "")
    )
    content = find(body, "body.content") if body is not None else None
    paragraphs = paragraphs_of(content)
    title = title or extra.get("title", "")
    if not title or not paragraphs:
        raise ArticleFileError(raw.path, "an NITF document without a headline or body text")
    return build_article(
        raw, title, paragraphs, byline=byline, source=source,
        published=parse_date_value(nitf_date(date)),
    )  # fmt: skip


def _newsml(raw: RawFile, root: Element) -> Article:
    items = [root] if local(root.tag) == "newsItem" else [
        e for e in root.iter() if local(e.tag) == "newsItem"
    ]  # fmt: skip
    for item in items:
        inline = find(item, "//inlineXML")
        if inline is not None and len(inline):
            return _news_item(raw, item, inline)
        data = find(item, "//inlineData")
        if data is not None and (data.text or "").strip():
            return _news_item(raw, item, data)
    raise ArticleFileError(
        raw.path, "a NewsML-G2 document with no text news item (inlineXML or inlineData)"
    )


def _news_item(raw: RawFile, item: Element, inline: Element) -> Article:
    meta = find(item, "contentMeta")
    headline = text_of(find(meta, "headline")) if meta is not None else ""
    by = (
        text_of(find(meta, "by")) or text_of(find(meta, "creator", "name"))
        if meta is not None
        else ""
    )
    provider = find(item, "itemMeta", "provider")
    source = text_of(find(item, "rightsInfo", "copyrightHolder", "name"))
    source = source or (provider.get("literal", "") if provider is not None else "")
    source = source or text_of(find(meta, "infoSource", "name")) if meta is not None else source
    date = text_of(find(item, "itemMeta", "versionCreated"))
    extra = {"title": headline, "by": byline_name(by), "source": source, "date": date}
    if local(inline.tag) == "inlineData":  # text/plain, or text/html escaped in the element
        paragraphs = body_paragraphs(inline.text or "", "html" in inline.get("contenttype", ""))
    elif local(inline[0].tag) == "nitf":
        return _nitf(raw, inline[0], extra)
    else:
        body = find(inline[0], "//body")
        paragraphs = paragraphs_of(body if body is not None else inline[0])
    if not headline or not paragraphs:
        raise ArticleFileError(raw.path, "a NewsML-G2 item without a headline or body text")
    return build_article(
        raw, headline, paragraphs, byline=extra["by"], source=source,
        published=parse_date_value(date),
    )  # fmt: skip


def read_json(raw: RawFile) -> Article:
    try:
        data = json.loads(raw.text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise ArticleFileError(raw.path, f"not valid JSON: {exc}", line) from exc
    if not isinstance(data, dict) or not _is_ninjs(data):
        raise ArticleFileError(raw.path, "JSON, but not a ninjs news item")
    title = _first(data.get("headlines")) or str(
        data.get("headline_main") or data.get("headline") or ""
    )
    paragraphs = _ninjs_body(data)
    if not title.strip() or not paragraphs:
        raise ArticleFileError(raw.path, "a ninjs item without a headline or body text")
    by = str(data.get("by") or data.get("byline") or "")
    holder = data.get("copyrightHolder") or data.get("copyrightholder") or {}
    source = str(holder.get("name", "")) if isinstance(holder, dict) else str(holder)
    uri = str(data.get("uri") or "")
    return build_article(
        raw, squash_spaces(title), paragraphs, byline=byline_name(by), source=source,
        url=uri if uri.startswith(("http://", "https://")) else "",
        published=parse_date_value(data.get("versionCreated") or data.get("versioncreated")
                                   or data.get("firstCreated") or data.get("firstcreated")),
    )  # fmt: skip


def _is_ninjs(data: dict[str, Any]) -> bool:
    """ninjs 1.x–3.x: an id (`uri`; Superdesk's and the BBC's 1.x send `guid`) and a headline
    or body field of one of its versions."""
    fields = {
        "headlines", "bodies", "headline_main", "body_main", "body_text", "headline",
        "body_html", "body_richtext",
    }  # fmt: skip
    return bool({"uri", "guid"} & data.keys()) and bool(fields & data.keys())


def _first(values: Any) -> str:
    if isinstance(values, list):
        main = [v for v in values if isinstance(v, dict) and v.get("role") in (None, "main")]
        chosen = (main or [v for v in values if isinstance(v, dict)])[:1]
        return str(chosen[0].get("value", "")) if chosen else ""
    return ""


def _ninjs_body(data: dict[str, Any]) -> list[str]:
    bodies = [b for b in data.get("bodies") or [] if isinstance(b, dict)]
    bodies = bodies or [d for d in data.get("descriptions") or [] if isinstance(d, dict)]

    def kind(body: dict[str, Any]) -> str:  # ninjs 2.x spells it contenttype
        return str(body.get("contentType") or body.get("contenttype") or "text/plain")

    plain = [b for b in bodies if "plain" in kind(b)]
    html = [b for b in bodies if "html" in kind(b)]
    if plain:
        return plain_paragraphs(str(plain[0].get("value", "")))
    if html:
        return html_paragraphs(str(html[0].get("value", "")))
    for key in ("body_text", "body_main"):
        if data.get(key):
            return plain_paragraphs(str(data[key]))
    for key in ("body_html", "body_richtext"):
        if data.get(key):
            return html_paragraphs(str(data[key]))
    return []
