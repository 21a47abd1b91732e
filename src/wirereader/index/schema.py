"""The Whoosh schema and how an Article with its Extraction becomes one index document."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

from wirereader.model import Article, Extraction

SCHEMA_VERSION = 8  # 2: DocStore; 3: day field; 4: metadata in SQLite; 5: manifest;
# 6: accents; 7: an id column; 8: language, story, version and status
# Accents are folded both in the index and in queries: "erdogan" finds Erdoğan, "Zürich" zurich.
# Names keep their stop words ("The Guardian") and are not stemmed ("Witkoff" stays whole).
NAMES = RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)
WORDS = NAMES | StopFilter() | StemFilter(cachesize=50000)  # a new chain: NAMES stays as it is


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True, sortable=True),  # a column: idfilter reads every id
        path=ID(stored=True, unique=True),
        title=TEXT(analyzer=WORDS, stored=True, field_boost=2.0, spelling=True),
        body=TEXT(analyzer=WORDS),
        byline=TEXT(analyzer=NAMES, stored=True),
        source=TEXT(analyzer=NAMES, stored=True),
        url=STORED(),
        date=DATETIME(stored=True, sortable=True),
        # yyyymmdd: date ranges run on this; over microsecond DATETIME terms they read far more
        day=NUMERIC(numtype=int, bits=32, shift_step=4),
        date_source=STORED(),
        actor=TEXT(analyzer=NAMES),
        person=TEXT(analyzer=NAMES),
        org=TEXT(analyzer=NAMES),
        place=TEXT(analyzer=NAMES),
        speaker=TEXT(analyzer=NAMES),
        quote=TEXT(analyzer=WORDS),
        n_actors=NUMERIC(stored=True),
        n_quotes=NUMERIC(stored=True),
        lang=ID(stored=True),  # lang:de
        story=ID(stored=True),  # what the versions of one story share (story:KEY lists them)
        version=STORED(),
        status=ID(stored=True),  # status:withdrawn
        subject=KEYWORD(lowercase=True, commas=True, scorable=True),
    )


# Which fields hold stemmed words and which hold whole names (spelling suggestions need it);
# not the spell_title field Whoosh adds beside the title.
_FIELDS = [(n, f) for n, f in make_schema().items() if not n.startswith("spell_")]
STEMMED_FIELDS = frozenset(n for n, f in _FIELDS if f.analyzer is WORDS)
NAME_FIELDS = frozenset(n for n, f in _FIELDS if f.analyzer is NAMES)

# Separates names in a names field so that a phrase never runs from one name into the next:
NAME_SEP = " _ "  # "_" is a token of its own, so it takes a position between names


def day_number(value: datetime) -> int:
    return value.year * 10000 + value.month * 100 + value.day


def extraction_json(extraction: Extraction) -> str:
    return json.dumps(extraction.to_dict(), ensure_ascii=False, separators=(",", ":"))


def stored_only(article: Article, extraction: Extraction) -> dict[str, Any]:
    """What the DocStore keeps of an article beside the Whoosh document's fields."""
    return {
        "dateline": article.dateline,
        "subjects": "\n".join(article.subjects),
        "extraction": extraction_json(extraction),
    }


def to_document(article: Article, extraction: Extraction) -> dict[str, Any]:
    by_kind: dict[str, list[str]] = {"person": [], "organisation": [], "place": []}
    for actor in extraction.actors:
        by_kind[actor.kind].append(actor.name)
    speakers = sorted({q.speaker for q in extraction.quotes if q.speaker})
    doc: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "body": article.body,
        "byline": article.byline,
        "source": article.source,
        "url": article.url,
        "date_source": article.date_source,
        "actor": NAME_SEP.join(a.name for a in extraction.actors),
        "person": NAME_SEP.join(by_kind["person"]),
        "org": NAME_SEP.join(by_kind["organisation"]),
        "place": NAME_SEP.join(by_kind["place"]),
        "speaker": NAME_SEP.join(speakers),
        "quote": "\n".join(q.text for q in extraction.quotes),
        "n_actors": len(extraction.actors),
        "n_quotes": len(extraction.quotes),
    }
    doc |= {
        "lang": article.language,
        "story": article.story,
        "version": article.version,
        "status": article.status,
        "subject": ",".join(s.replace(",", " ") for s in article.subjects),
    }
    if article.published is not None:
        doc["date"] = article.published
        doc["day"] = day_number(article.published)
    return doc
