"""ninjs 1.x–3.x news items as articles, one item a file or several (a list, or {"items": […]})."""

from __future__ import annotations

import json
from typing import Any

from wirereader.ingest.bylines import byline_name
from wirereader.ingest.common import Filing, build_article, status_of, version_of
from wirereader.ingest.dates import parse_date_value
from wirereader.ingest.decode import ArticleFileError, RawFile
from wirereader.ingest.htmltext import html_paragraphs, plain_paragraphs
from wirereader.model import Article
from wirereader.support import squash_spaces

Item = Article | ArticleFileError

# The fields of one of ninjs's versions that hold a headline or a body.
_TEXT_FIELDS = {
    "headlines", "bodies", "headline_main", "body_main", "body_text", "headline", "body_html",
    "body_richtext",
}  # fmt: skip


def read_json(raw: RawFile) -> list[Item]:
    try:
        data = json.loads(raw.text)
    except (ValueError, RecursionError) as exc:
        line = getattr(exc, "lineno", None)
        raise ArticleFileError(raw.path, f"not valid JSON: {exc}", line) from exc
    items = _items(data)
    if not items:
        raise ArticleFileError(raw.path, "JSON, but not a ninjs news item or a list of them")
    return [_one(raw, item) for item in items]


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict) and _is_ninjs(data):
        return [data]
    found = data.get("items", data.get("item")) if isinstance(data, dict) else data
    if not isinstance(found, list):
        return []
    return [i for i in found if isinstance(i, dict) and _is_ninjs(i)]


def _is_ninjs(data: dict[str, Any]) -> bool:
    """ninjs 1.x–3.x: an id (`uri`; Superdesk's and the BBC's 1.x send `guid`) and a headline
    or body field of one of its versions."""
    return bool({"uri", "guid"} & data.keys()) and bool(_TEXT_FIELDS & data.keys())


def _one(raw: RawFile, data: dict[str, Any]) -> Item:
    title = _first(data.get("headlines")) or str(
        data.get("headline_main") or data.get("headline") or ""
    )
    paragraphs = _body(data)
    uri = str(data.get("uri") or data.get("guid") or "")
    if not title.strip() or not paragraphs:
        return ArticleFileError(raw.path, f"the ninjs item {uri!r} has no headline or body text")
    by = str(data.get("by") or data.get("byline") or "")
    holder = data.get("copyrightHolder") or data.get("copyrightholder") or {}
    source = str(holder.get("name", "")) if isinstance(holder, dict) else str(holder)
    filing = Filing(
        language=str(data.get("language") or ""),
        version=version_of(data.get("version")),
        status=status_of(data.get("pubStatus") or data.get("pubstatus")),
        story=f"id:{uri}" if uri else "",
        dateline=_place(data),
        subjects=_subjects(data),
    )
    return build_article(
        raw, squash_spaces(title), paragraphs, byline=byline_name(by), source=source,
        url=uri if uri.startswith(("http://", "https://")) else "",
        published=parse_date_value(data.get("versionCreated") or data.get("versioncreated")
                                   or data.get("firstCreated") or data.get("firstcreated")),
        filing=filing,
    )  # fmt: skip


def _place(data: dict[str, Any]) -> str:
    located = data.get("located")  # 1.x: a string
    if isinstance(located, str):
        return squash_spaces(located)
    places = data.get("places") or data.get("place") or []  # 2.x "place", 3.x "places"
    names = (
        [p.get("name") for p in places if isinstance(p, dict)] if isinstance(places, list) else []
    )
    return squash_spaces(str(names[0])) if names and names[0] else ""


def _subjects(data: dict[str, Any]) -> tuple[str, ...]:
    found: list[str] = []
    for key in ("subjects", "subject"):
        for subject in data.get(key) or []:
            name = subject.get("name") if isinstance(subject, dict) else subject
            if isinstance(name, str) and name.strip():
                found.append(squash_spaces(name))
    keywords = data.get("keywords") or []
    found += [squash_spaces(k) for k in keywords if isinstance(k, str) and k.strip()]
    return tuple(dict.fromkeys(found))[:20]


def _first(values: Any) -> str:
    if isinstance(values, list):
        main = [v for v in values if isinstance(v, dict) and v.get("role") in (None, "main")]
        chosen = (main or [v for v in values if isinstance(v, dict)])[:1]
        return str(chosen[0].get("value", "")) if chosen else ""
    return ""


def _body(data: dict[str, Any]) -> list[str]:
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
