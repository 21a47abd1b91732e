"""The plain data wirereader passes around: articles, their extracted spans, search hits, bookmarks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

ActorKind = Literal["person", "organisation", "place"]
ACTOR_KINDS: tuple[ActorKind, ...] = get_args(ActorKind)
FigureKind = Literal["count", "money", "percent", "duration", "date", "time", "measure", "fraction"]
DateSource = Literal["front-matter", "text", "file-mtime", "feed"]


@dataclass(frozen=True)
class Article:
    """One news article. `body` is exactly the text the TUI shows and every offset points into."""

    id: str
    title: str
    body: str
    byline: str = ""
    source: str = ""
    url: str = ""
    published: datetime | None = None
    date_source: DateSource = "file-mtime"
    path: str = ""
    language: str = ""  # ISO 639-1 ("de"), declared by the file or detected
    version: int = 0  # the agency's version number of the story; 0 when it sends none
    status: str = ""  # "" (usable), "withdrawn" or "canceled"
    story: str = ""  # a key the versions of one story share (from the agency id, else its slug)
    dateline: str = ""  # the place the story was filed from
    subjects: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    linked: bool = False  # a word tied to the actor without naming it: "British" → United Kingdom


@dataclass(frozen=True)
class Actor:
    name: str
    kind: ActorKind
    mentions: tuple[Mention, ...]
    role: str = ""

    @property
    def count(self) -> int:
        """How often the story names the actor: linked words ("British") are not counted."""
        return sum(not m.linked for m in self.mentions)


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str
    speaker_is_actor: bool = False
    cue: str = ""


@dataclass(frozen=True)
class Figure:
    text: str
    start: int
    end: int
    value: float | None
    kind: FigureKind
    of: str = ""
    qualifier: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article body."""

    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    version: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "actors": [
                {
                    "name": a.name,
                    "kind": a.kind,
                    "role": a.role,
                    "mentions": [
                        [m.start, m.end, m.text, *([1] if m.linked else [])] for m in a.mentions
                    ],
                }
                for a in self.actors
            ],
            "quotes": [
                [q.text, q.start, q.end, q.speaker, q.speaker_is_actor, q.cue] for q in self.quotes
            ],
            "figures": [
                [f.text, f.start, f.end, f.value, f.kind, f.of, f.qualifier] for f in self.figures
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        actors = tuple(
            Actor(
                name=a["name"],
                kind=a["kind"],
                role=a.get("role", ""),
                mentions=tuple(Mention(m[0], m[1], m[2], bool(m[3:])) for m in a["mentions"]),
            )
            for a in data.get("actors", [])
        )
        quotes = tuple(Quote(*q) for q in data.get("quotes", []))
        figures = tuple(Figure(*f) for f in data.get("figures", []))
        return cls(actors, quotes, figures, data.get("version", ""))


@dataclass(frozen=True)
class Fragment:
    """A piece of a search snippet; `hit` marks the words the query matched."""

    text: str
    hit: bool = False


@dataclass(frozen=True)
class SearchHit:
    id: str
    title: str
    source: str
    published: datetime | None
    score: float
    snippet: tuple[Fragment, ...] = ()
    n_actors: int = 0
    n_quotes: int = 0
    path: str = ""
    byline: str = ""
    language: str = ""
    version: int = 0
    status: str = ""
    story: str = ""
    earlier: int = 0  # older versions of the same story, left out of the list


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: tuple[SearchHit, ...]
    suggestion: str | None = None
    terms: tuple[str, ...] = field(default=())
    exact: bool = True  # False: `total` is a lower bound ("500+"), counting all cost too much
