"""Agencies' wire formats as articles: NITF 3.x, NewsML 1.x (newsml1.py), NewsML-G2 news items
and messages (text from inline NITF or XHTML, or inlineData), and ninjs 1.x–3.x. The format is
told by the root element or the JSON fields, not by the file's suffix."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from wirereader.ingest.bylines import byline_name
from wirereader.ingest.common import Filing, build_article, status_of, version_of
from wirereader.ingest.dates import nitf_date, parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.htmltext import body_paragraphs
from wirereader.ingest.newsml1 import read_newsml1
from wirereader.ingest.xmlsafe import XML_LANG, find, local, paragraphs_of, parse_xml, text_of
from wirereader.model import Article

Item = Article | ArticleFileError


def read_xml(raw: RawFile) -> Article | list[Item]:
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


def _nitf_filing(root: Element, head: Element | None, body: Element | None) -> Filing:
    """Language, story key (du-key, else doc-id), version, status, dateline, keywords."""
    docdata = find(head, "docdata") if head is not None else None
    key = find(docdata, "du-key") if docdata is not None else None
    doc_id = find(docdata, "doc-id") if docdata is not None else None
    story = key.get("key", "") if key is not None else ""
    story = story or (doc_id.get("id-string", "") if doc_id is not None else "")
    status = find(docdata, "doc.status") if docdata is not None else None  # not in 3.x: kept
    dateline = find(body, "body.head", "dateline") if body is not None else None
    place = find(dateline, "location") if dateline is not None else None
    keywords = [k.get("key", "") for k in docdata.iter() if local(k.tag) == "keyword"] if (
        docdata is not None
    ) else []  # fmt: skip
    return Filing(
        language=root.get(XML_LANG, "") or root.get("lang", ""),
        version=version_of(key.get("version") if key is not None else ""),
        status=status_of(status.get("status") if status is not None else ""),
        story=f"id:{story}" if story else "",
        dateline=text_of(place) or text_of(dateline).split(",")[0][:60],
        subjects=tuple(k for k in keywords if k),
    )


def _nitf(raw: RawFile, root: Element, fallback: Filing | None = None,
          extra: dict[str, str] | None = None) -> Article:  # fmt: skip
    extra = extra or {}
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
    own = _nitf_filing(root, head, body)
    if fallback is not None:  # inside a G2 item: the item's id, version and status rule
        own = Filing(
            fallback.language or own.language, fallback.version or own.version,
            fallback.status or own.status, fallback.story or own.story,
            fallback.dateline or own.dateline, fallback.subjects or own.subjects,
        )  # fmt: skip
    return build_article(
        raw, title, paragraphs, byline=byline, source=source,
        published=parse_date_value(nitf_date(date)), filing=own,
    )  # fmt: skip


def _newsml(raw: RawFile, root: Element) -> Article | list[Item]:
    """Every text news item of a G2 item or message (a message may carry several)."""
    items = [root] if local(root.tag) == "newsItem" else [
        e for e in root.iter() if local(e.tag) == "newsItem"
    ]  # fmt: skip
    found: list[Item] = []
    for item in items:
        inline = find(item, "//inlineXML")
        data = find(item, "//inlineData")
        if inline is not None and len(inline):
            found.append(_guarded(raw, item, inline))
        elif data is not None and (data.text or "").strip():
            found.append(_guarded(raw, item, data))
    if not found:
        raise ArticleFileError(
            raw.path, "a NewsML-G2 document with no text news item (inlineXML or inlineData)"
        )
    return found


def _guarded(raw: RawFile, item: Element, inline: Element) -> Item:
    try:
        return _news_item(raw, item, inline)
    except ArticleFileError as exc:
        return exc


def _g2_filing(item: Element, meta: Element | None) -> Filing:
    item_meta = find(item, "itemMeta")
    status = find(item_meta, "pubStatus") if item_meta is not None else None
    language = item.get(XML_LANG, "")
    if not language and meta is not None and (lang := find(meta, "language")) is not None:
        language = lang.get("tag", "")
    subjects = [] if meta is None else [
        text_of(find(s, "name")) for s in meta if local(s.tag) == "subject"
    ] + [text_of(k) for k in meta if local(k.tag) == "keyword"]  # fmt: skip
    guid = item.get("guid", "")
    return Filing(
        language=language,
        version=version_of(item.get("version")),
        status=status_of(status.get("qcode") if status is not None else ""),
        story=f"id:{guid}" if guid else "",
        dateline=text_of(find(meta, "located", "name")) if meta is not None else "",
        subjects=tuple(dict.fromkeys(s for s in subjects if s)),
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
    filing = _g2_filing(item, meta)
    if local(inline.tag) == "inlineData":  # text/plain, or text/html escaped in the element
        paragraphs = body_paragraphs(inline.text or "", "html" in inline.get("contenttype", ""))
    elif local(inline[0].tag) == "nitf":
        return _nitf(raw, inline[0], filing, extra)
    else:
        body = find(inline[0], "//body")
        paragraphs = paragraphs_of(body if body is not None else inline[0])
    if not headline or not paragraphs:
        raise ArticleFileError(raw.path, "a NewsML-G2 item without a headline or body text")
    return build_article(
        raw, headline, paragraphs, byline=extra["by"], source=source,
        published=parse_date_value(date), filing=filing,
    )  # fmt: skip
