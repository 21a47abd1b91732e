"""Hits as the reader sees them: matched words marked, fragments cut at whole words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from whoosh import highlight
from whoosh.searching import Results

from wirereader.model import Fragment, SearchHit

BodyLookup = Callable[[list[str]], dict[str, str]]
HIT_START, HIT_END = "\x02", "\x03"  # never in stored text: ingest strips control characters


class _Marker(highlight.Formatter):  # type: ignore[misc]
    """Wrap matched words in control markers that become styled Fragments."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"{HIT_START}{highlight.get_text(text, token, replace)}{HIT_END}"


def fragments(marked: str) -> tuple[Fragment, ...]:
    parts: list[Fragment] = []
    for i, piece in enumerate(re.split(f"[{HIT_START}{HIT_END}]", marked)):
        if piece:
            parts.append(Fragment(piece.replace("\n\n", " ¶ ").replace("\n", " "), hit=i % 2 == 1))
    return tuple(parts)


def _lead(body: str, size: int = 160) -> str:
    """The start of the body, cut at a space rather than inside a word."""
    if len(body) <= size:
        return body
    cut = body.rfind(" ", 0, size)
    return body[: cut if cut > 0 else size] + " …"


def whole_words(marked: str, body: str) -> str:
    """Whoosh cuts fragments at a character count ("…with Russi", "t get 30"): trim each
    fragment back to whole words, never dropping a marked hit."""
    parts = []
    for part in marked.split(_Marker.between):
        plain = part.replace(HIT_START, "").replace(HIT_END, "")
        at = body.find(plain)
        if at > 0 and (body[at - 1].isalnum() or body[at - 1] in "’'"):
            cut = part.find(" ")
            if 0 <= cut < part.find(HIT_START) or (cut >= 0 and HIT_START not in part):
                part = part[cut + 1 :]
        end = at + len(plain)
        if at >= 0 and end < len(body) and body[end].isalnum():
            cut = part.rfind(" ")
            if cut > part.rfind(HIT_END):
                part = part[:cut]
        parts.append(part)
    return _Marker.between.join(parts)


def hits_of(results: Results, limit: int, bodies: BodyLookup | None) -> tuple[SearchHit, ...]:
    shown = results[:limit]
    texts: dict[str, str] = {}
    if bodies is not None:
        results.fragmenter = highlight.ContextFragmenter(maxchars=200, surround=40)
        results.formatter = _Marker()
        texts = bodies([hit["id"] for hit in shown])
    hits: list[SearchHit] = []
    for hit in shown:
        fields = hit.fields()
        snippet: Sequence[Fragment] = ()
        body = texts.get(fields["id"])
        if body is not None:
            marked = hit.highlights("body", text=body, top=2)
            snippet = fragments(whole_words(marked, body) if marked else _lead(body))
        hits.append(
            SearchHit(
                id=fields["id"],
                title=fields["title"],
                source=fields.get("source", ""),
                published=fields.get("date"),
                score=float(hit.score or 0.0),
                snippet=tuple(snippet),
                n_actors=fields.get("n_actors", 0),
                n_quotes=fields.get("n_quotes", 0),
                path=fields.get("path", ""),
                byline=fields.get("byline", ""),
                language=fields.get("lang", ""),
                version=fields.get("version", 0) or 0,
                status=fields.get("status", ""),
                story=fields.get("story", ""),
            )
        )
    return tuple(hits)
