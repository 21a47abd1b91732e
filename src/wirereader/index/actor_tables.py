"""Actors across the archive in SQLite: a row per actor per article, and each actor's totals."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS actor_rows (
    article_id TEXT, key TEXT, kind TEXT, name TEXT, surname TEXT, role TEXT,
    mentions INTEGER, quotes INTEGER, date TEXT, PRIMARY KEY (article_id, key, kind));
CREATE INDEX IF NOT EXISTS actor_rows_by_key ON actor_rows (key, kind, date);
CREATE TABLE IF NOT EXISTS actors (
    key TEXT, kind TEXT, name TEXT, surname TEXT, articles INTEGER, quotes INTEGER,
    PRIMARY KEY (key, kind));
CREATE INDEX IF NOT EXISTS actors_by_surname ON actors (surname, kind);
CREATE INDEX IF NOT EXISTS actors_by_articles ON actors (articles DESC);
CREATE TABLE IF NOT EXISTS actor_quotes (
    article_id TEXT, key TEXT, kind TEXT, start INTEGER, end INTEGER, text TEXT, date TEXT);
CREATE INDEX IF NOT EXISTS actor_quotes_by_key ON actor_quotes (key, date DESC);
CREATE INDEX IF NOT EXISTS actor_quotes_by_article ON actor_quotes (article_id);
CREATE TABLE IF NOT EXISTS actor_aliases (article_id TEXT, alias TEXT, key TEXT);
CREATE INDEX IF NOT EXISTS actor_aliases_by_alias ON actor_aliases (alias);
CREATE INDEX IF NOT EXISTS actor_aliases_by_article ON actor_aliases (article_id);
CREATE TABLE IF NOT EXISTS actors_touched (key TEXT, kind TEXT, PRIMARY KEY (key, kind));
DROP TRIGGER IF EXISTS actor_rows_in;
DROP TRIGGER IF EXISTS actor_rows_out;
"""
TABLES_VERSION = "6"  # 4: keys fold accents; 5: and drop a closing "'s"; 6: commonest name
# Totals of the actors an index run touched, from their rows: one pass at the end of the run
# (a trigger per row cost a full build a quarter of its time). The name shown is the spelling
# most stories use ("USDA", not the "Usda" of one title-cased headline); between equals, one
# with no initials ("Donald Trump", not "Donald J. Trump"), accented if one is ("José Müller").
SETTLE = """
INSERT OR REPLACE INTO actors
SELECT r.key, r.kind,
       (SELECT n.name FROM actor_rows n WHERE n.key = r.key AND n.kind = r.kind
        GROUP BY n.name
        ORDER BY count(*) DESC,
                 instr(n.name, '.') = 0 AND length(n.name) - length(replace(n.name, ' ', ''))
                     = length(n.key) - length(replace(n.key, ' ', '')) DESC,
                 n.name DESC
        LIMIT 1),
       max(r.surname), count(*), sum(r.quotes)
FROM actors_touched t JOIN actor_rows r ON r.key = t.key AND r.kind = t.kind
GROUP BY r.key, r.kind;
DELETE FROM actors WHERE (key, kind) IN (SELECT key, kind FROM actors_touched)
    AND NOT EXISTS (SELECT 1 FROM actor_rows r WHERE r.key = actors.key AND r.kind = actors.kind);
DELETE FROM actors_touched;
"""  # bump when the rows change: the next index run fills them again
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@cache
def _accents() -> dict[int, str]:
    """The index's own accent folding (search finds "erdogan" in Erdoğan the same way)."""
    from whoosh.support.charset import accent_map  # when first needed: the app starts without

    return dict(accent_map)


def actor_key(name: str, kind: str) -> str:
    """One key for the spellings of one actor: "Donald J. Trump" and "Donald Trump" →
    "donald trump"; "The Guardian" → "guardian"; "José Müller" and "Jose Muller" → "jose muller"
    (wire copy often drops the accents a name has elsewhere); "Moody's" → "moody"."""
    words = name.lower().translate(_accents()).replace(".", " ").replace("’", "'").split()
    if words and words[-1].endswith("'s") and len(words[-1]) > 2:
        words[-1] = words[-1][:-2]  # "Standard and Poor's", "Moody's": also read without
    if kind == "person":
        if len(words) > 2 and words[-1] in _SUFFIXES:
            words = words[:-1]
        if len(words) > 2:  # middle names and initials: "donald j trump" → "donald trump"
            words = [words[0], words[-1]]
    elif words[:1] == ["the"] and len(words) > 1:
        words = words[1:]
    return " ".join(words)


def surname(key: str, kind: str) -> str:
    return key.rsplit(" ", 1)[-1] if kind == "person" else ""


def article_rows(
    article_id: str, date: str, body: str, extraction: str
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[str, str, str]]]:
    """(actor rows, quote rows, alias rows) of one article's stored extraction."""
    data = json.loads(extraction) if extraction else {}
    speakers: dict[str, int] = {}
    kinds: dict[str, str] = {}
    actors: list[tuple[Any, ...]] = []
    aliases: list[tuple[str, str, str]] = []
    for quote in data.get("quotes", []):
        if quote[4]:  # speaker_is_actor
            speakers[quote[3]] = speakers.get(quote[3], 0) + 1
    for actor in data.get("actors", []):
        name, kind = actor["name"], actor["kind"]
        key = actor_key(name, kind)
        kinds[name] = kind
        named = sum(1 for m in actor["mentions"] if len(m) < 4)
        if not named and not speakers.get(name):
            continue  # only "European": tied to Europe, but not a story about it
        actors.append(
            (article_id, key, kind, name, surname(key, kind), actor.get("role", ""), named,
             speakers.get(name, 0), date)
        )  # fmt: skip
        if kind == "organisation":
            aliases += _aliases(article_id, key, body, actor["mentions"])
    quotes = [
        (article_id, actor_key(q[3], kinds[q[3]]), kinds[q[3]], q[1], q[2], q[0], date)
        for q in data.get("quotes", [])
        if q[4] and q[3] in kinds
    ]
    return _unique(actors), quotes, aliases


def _aliases(
    article_id: str, key: str, body: str, mentions: list[Any]
) -> Iterator[tuple[str, str, str]]:
    """ "Bank of England (BoE)": the story says the acronym stands for the organisation."""
    from wirereader.extract import ACRONYM_AFTER  # here: the app starts without it

    for mention in mentions:
        found = ACRONYM_AFTER.match(body, mention[1])
        if found:
            yield (article_id, found.group(1).lower(), key)


def _unique(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Two spellings of one actor in a story ("Donald Trump", "Donald J. Trump") are one row."""
    merged: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        if (row[1], row[2]) in merged:
            kept = merged[(row[1], row[2])]
            kept[5] = kept[5] or row[5]
            kept[6] += row[6]
            kept[7] += row[7]
        else:
            merged[(row[1], row[2])] = list(row)
    return [tuple(r) for r in merged.values()]
