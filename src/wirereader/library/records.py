"""DocStore rows as the library hands them out: search hits and (article, extraction) pairs."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from wirereader.model import Article, Extraction, SearchHit


def _date(value: object) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def hit_of(record: dict[str, Any]) -> SearchHit:
    return SearchHit(
        id=str(record["id"]),
        title=str(record["title"]),
        source=str(record["source"] or ""),
        published=_date(record["date"]),
        score=0.0,
        n_actors=int(record["n_actors"] or 0),
        n_quotes=int(record["n_quotes"] or 0),
        path=str(record["path"] or ""),
        byline=str(record.get("byline") or ""),
        language=str(record.get("language") or ""),
        version=int(record.get("version") or 0),
        status=str(record.get("status") or ""),
        story=str(record.get("story") or ""),
    )


def article_of(record: dict[str, Any]) -> tuple[Article, Extraction]:
    from wirereader.extract import EXTRACTOR_VERSION, extract

    article = Article(
        id=str(record["id"]),
        title=str(record["title"]),
        body=str(record["body"] or ""),
        byline=str(record["byline"] or ""),
        source=str(record["source"] or ""),
        url=str(record["url"] or ""),
        published=_date(record["date"]),
        date_source=record["date_source"] or "file-mtime",
        path=str(record["path"] or ""),
        language=str(record.get("language") or ""),
        version=int(record.get("version") or 0),
        status=str(record.get("status") or ""),
        story=str(record.get("story") or ""),
        dateline=str(record.get("dateline") or ""),
        subjects=tuple(str(record.get("subjects") or "").split("\n"))
        if record.get("subjects")
        else (),
    )
    stored = record["extraction"]
    extraction = Extraction.from_dict(json.loads(stored)) if stored else None
    if extraction is None or extraction.version != EXTRACTOR_VERSION:
        extraction = extract(article.body, article.language)
    return article, extraction
