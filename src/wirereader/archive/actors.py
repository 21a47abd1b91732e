"""Actors across the archive: one actor under its names, its page, the most covered, its quotes."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from wirereader.index import DocStore, actor_key
from wirereader.model import ACTOR_KINDS

_POSSESSIVE_END = re.compile(r"[’']s$")

JOIN_SHARE = 0.8  # a bare surname joins a full name that has this share of its full-name stories
COMPANY_WINDOW = 2000  # "appears most with" counts over an actor's latest stories, at most this


@dataclass(frozen=True)
class ActorGroup:
    """One actor and every key it is stored under: "donald trump", "trump"; "boe"."""

    name: str
    kind: str
    keys: tuple[str, ...]


@dataclass(frozen=True)
class QuoteRef:
    article_id: str
    title: str
    date: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FigureRef:
    article_id: str
    text: str
    kind: str
    value: float | None
    of: str


@dataclass
class ActorPage:
    name: str
    kind: str
    articles: int
    quotes: int
    roles: list[tuple[str, str, str, int]] = field(default_factory=list)  # role, first, last, n
    timeline: list[tuple[str, int]] = field(default_factory=list)  # "1987-03", stories
    said: list[QuoteRef] = field(default_factory=list)  # newest first
    with_most: list[tuple[str, str, int]] = field(default_factory=list)  # name, kind, stories
    with_most_over: int = 0  # how many of the latest stories "appears most with" counts
    figures: list[FigureRef] = field(default_factory=list)


class Archive:
    """Reads the actor tables the index run keeps (see index/actor_tables.py)."""

    def __init__(self, docs: DocStore) -> None:
        self.docs = docs

    def _rows(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        return self.docs.query(sql, args)

    def find(self, name: str, kind: str | None = None) -> ActorGroup | None:
        """The actor a reader means by `name`: a full name, a bare surname, an acronym a story
        spelled out, any spelling ("Donald J. Trump")."""
        from wirereader.extract import known_name  # here: the app starts without it

        known = known_name(name)  # "America", "U.S." → United States
        if known is not None and kind in (None, known[0]):
            name, kind = known[1], known[0]
        if not kind and _POSSESSIVE_END.search(name):  # "Moody's": a firm before any Moody
            firm = self._firm(actor_key(name, "organisation"))
            if firm is not None:
                return firm
        for try_kind in [kind] if kind else ACTOR_KINDS:
            key = actor_key(name, try_kind)
            found = self._by_alias(key, try_kind) or self._by_key(key, try_kind)
            if try_kind == "person" and " " not in key:  # "Reagan": Ronald Reagan, if the one
                found = self._by_surname(key) or found
            if found is not None:
                return found
        return None

    def _firm(self, key: str) -> ActorGroup | None:
        """The most covered organisation named `key` ("moody") or whose name starts with it,
        possessive or not ("moody's investors service inc")."""
        rows = self._rows(
            "SELECT key FROM actors WHERE kind = 'organisation' AND "
            "(key = ? OR key BETWEEN ? AND ? OR key BETWEEN ? AND ?) "
            "ORDER BY articles DESC LIMIT 1",
            (key, key + " ", key + " \uffff", key + "'s ", key + "'s \uffff"),
        )
        return self._by_key(str(rows[0][0]), "organisation") if rows else None

    def _by_key(self, key: str, kind: str) -> ActorGroup | None:
        row = self._rows("SELECT name FROM actors WHERE key = ? AND kind = ?", (key, kind))
        if not row:
            return None
        keys = [key]
        if kind == "person" and " " in key:
            bare = key.rsplit(" ", 1)[-1]
            if (joined := self._by_surname(bare)) is not None and joined.keys[0] == key:
                keys.append(bare)
        if kind == "organisation":
            keys += [str(r[0]) for r in self._rows(
                "SELECT DISTINCT alias FROM actor_aliases WHERE key = ?", (key,)
            ) if str(r[0]) != key]  # fmt: skip
        return ActorGroup(str(row[0][0]), kind, tuple(keys))

    def _by_alias(self, alias: str, kind: str) -> ActorGroup | None:
        if kind != "organisation":
            return None
        rows = self._rows(
            "SELECT key, count(*) FROM actor_aliases WHERE alias = ? GROUP BY key "
            "ORDER BY 2 DESC LIMIT 1",
            (alias,),
        )
        return self._by_key(str(rows[0][0]), kind) if rows else None

    def _by_surname(self, bare: str) -> ActorGroup | None:
        """ "Trump" alone: the full name that holds most stories under that surname, if it holds
        nearly all of them; never Donald and Melania Trump as one."""
        rows = self._rows(
            "SELECT key, name, articles FROM actors WHERE surname = ? AND kind = 'person' "
            "AND key != ? ORDER BY articles DESC",
            (bare, bare),
        )
        if not rows:
            return None
        total = sum(int(str(r[2])) for r in rows)
        key, name, top = rows[0]
        if int(str(top)) < JOIN_SHARE * total:
            return None
        has_bare = self._rows("SELECT 1 FROM actors WHERE key = ? AND kind = 'person'", (bare,))
        return ActorGroup(str(name), "person", (str(key), bare) if has_bare else (str(key),))

    def top(self, kind: str | None = None, n: int = 20) -> list[tuple[str, str, int, int]]:
        """The most covered actors: (name, kind, stories, quotes). A bare surname is counted
        with the full name it stands for, as that actor's page counts it: "Reagan" in stories
        that never gave his first name is Ronald Reagan, not an actor of its own."""
        where, args = ("WHERE kind = ?", (kind,)) if kind else ("", ())
        rows = self._rows(
            f"SELECT name, kind, articles, quotes FROM actors {where} "
            "ORDER BY articles DESC, name LIMIT ?",
            (*args, 2 * n),  # room for the full names the surnames among them fold into
        )
        found: dict[tuple[str, str], tuple[int, int]] = {}
        for name, row_kind, stories, quotes in rows:
            group = None
            if row_kind == "person":  # a full name with its surname's stories; a surname as it
                key = actor_key(str(name), "person")
                group = self._by_surname(key) if " " not in key else self._by_key(key, "person")
            if group is None:
                found.setdefault((str(name), str(row_kind)), (int(str(stories)), int(str(quotes))))
            else:
                found[(group.name, "person")] = self._totals(group)
        ranked = sorted(found.items(), key=lambda item: (-item[1][0], item[0][0]))
        return [(name, k, stories, quotes) for (name, k), (stories, quotes) in ranked[:n]]

    def _totals(self, group: ActorGroup) -> tuple[int, int]:
        """(stories, quotes) of an actor under all its keys: one story holds it under one."""
        marks = ",".join("?" * len(group.keys))
        rows = self._rows(
            f"SELECT sum(articles), sum(quotes) FROM actors WHERE key IN ({marks}) AND kind = ?",
            (*group.keys, group.kind),
        )
        stories, quotes = (int(str(v or 0)) for v in rows[0])
        return stories, quotes

    def matching(self, text: str, n: int = 20) -> list[tuple[str, str, int]]:
        """Actors whose name holds `text` (case aside): (name, kind, stories), most covered first."""
        rows = self._rows(
            "SELECT name, kind, articles FROM actors WHERE key LIKE ? ESCAPE '\\' "
            "ORDER BY articles DESC LIMIT ?",
            (f"%{_like(actor_key(text, 'organisation'))}%", n),
        )
        found = [(str(a), str(b), int(str(c))) for a, b, c in rows]
        full = {n.split()[-1] for n, k, _ in found if k == "person" and " " in n}
        # "Funaro" alone opens Dilson Funaro's page anyway: list the full name only
        return [r for r in found if not (r[1] == "person" and " " not in r[0] and r[0] in full)]

    def speakers(self, name: str) -> list[ActorGroup]:
        """Every person `name` may mean as a speaker: the actor find() gives and, for a bare
        surname, each full name under it ("Baker": James and Howard Baker both)."""
        found: list[ActorGroup] = []
        group = self.find(name)
        if group is not None and group.kind != "place":
            found.append(group)
        key = actor_key(name, "person")
        if key and " " not in key:
            rows = self._rows(
                "SELECT key FROM actors WHERE surname = ? AND kind = 'person' AND quotes > 0 "
                "ORDER BY articles DESC LIMIT 50",
                (key,),
            )
            for (full,) in rows:
                if any(str(full) in known.keys for known in found):
                    continue
                if (person := self._by_key(str(full), "person")) is not None:
                    found.append(person)
        return found

    def articles_quoting(self, group: ActorGroup) -> set[str]:
        marks = ",".join("?" * len(group.keys))
        rows = self._rows(
            f"SELECT DISTINCT article_id FROM actor_quotes WHERE key IN ({marks}) AND kind = ?",
            (*group.keys, group.kind),
        )
        return {str(r[0]) for r in rows}

    def quotes(self, group: ActorGroup, limit: int = 50) -> list[QuoteRef]:
        marks = ",".join("?" * len(group.keys))
        rows = self._rows(
            f"SELECT q.article_id, a.title, q.date, q.start, q.end, q.text FROM actor_quotes q "
            f"JOIN articles a ON a.id = q.article_id WHERE q.key IN ({marks}) AND q.kind = ? "
            "ORDER BY q.date DESC, q.article_id, q.start LIMIT ?",
            (*group.keys, group.kind, limit),
        )
        return [
            QuoteRef(str(a), str(t), str(d), int(str(s)), int(str(e)), str(x))
            for a, t, d, s, e, x in rows
        ]

    def page(self, group: ActorGroup, quotes: int = 50) -> ActorPage:
        marks = ",".join("?" * len(group.keys))
        where = f"key IN ({marks}) AND kind = ?"
        args = (*group.keys, group.kind)
        # One story holds an actor under one key (extraction joins names within a story),
        # so the per-key totals add up.
        stories, quoted = self._totals(group)
        page = ActorPage(group.name, group.kind, stories, quoted)
        page.roles = [
            (str(r), str(f)[:10], str(la)[:10], int(str(n)))
            for r, f, la, n in self._rows(
                f"SELECT min(role), min(date), max(date), count(*) FROM actor_rows WHERE {where} "
                "AND role != '' GROUP BY lower(role) ORDER BY min(date)",  # one role, any case
                args,
            )
        ]
        page.timeline = [
            (str(m), int(str(n)))
            for m, n in self._rows(
                f"SELECT substr(date, 1, 7), count(*) FROM actor_rows "
                f"WHERE {where} AND date != '' GROUP BY 1 ORDER BY 1",
                args,
            )
        ]
        page.said = self.quotes(group, quotes)
        page.with_most_over = min(stories, COMPANY_WINDOW)
        page.with_most = [
            (str(n), str(k), int(str(c)))
            for n, k, c in self._rows(
                f"WITH recent AS (SELECT article_id FROM actor_rows WHERE {where} "
                "ORDER BY date DESC LIMIT ?) "
                "SELECT max(b.name), b.kind, count(*) FROM recent "
                "JOIN actor_rows b ON b.article_id = recent.article_id "
                f"WHERE NOT (b.key IN ({marks}) AND b.kind = ?) "
                "GROUP BY b.key, b.kind ORDER BY 3 DESC, 1 LIMIT 10",
                (*args, COMPANY_WINDOW, *args),
            )
        ]
        page.figures = self._figures(page.said)
        return page

    def _figures(self, said: list[QuoteRef]) -> list[FigureRef]:
        """Figures given inside the actor's quotes."""
        ids = sorted({q.article_id for q in said})
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        stored = {
            str(i): str(x)
            for i, x in self._rows(
                f"SELECT id, extraction FROM articles WHERE id IN ({marks})", tuple(ids)
            )
        }
        found: list[FigureRef] = []
        for quote in said:
            try:
                figures = json.loads(stored.get(quote.article_id) or "{}").get("figures", [])
            except ValueError:  # a damaged extraction: its quote shows without figures
                continue
            for text, start, end, value, kind, of, _ in figures:
                if quote.start <= start and end <= quote.end and kind != "date":
                    found.append(FigureRef(quote.article_id, text, kind, value, of))
        return found


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


BLOCKS = " ▁▂▃▄▅▆▇█"
# (months a block stands for, its name), finest first; the chart takes the finest that fits.
UNITS = (
    (1, "month"), (3, "quarter"), (12, "year"), (120, "decade"), (1200, "century"),
    (12000, "millennium"),
)  # fmt: skip
MAX_BARS = 60  # with its dates and "busiest", a chart wider than this wraps at 80 columns


def timeline_bars(timeline: list[tuple[str, int]]) -> tuple[str, str]:
    """(bars, unit): a block a month, or a quarter, year, … when the stories span more than
    MAX_BARS months (a feed's "0001-01-01" is 2,000 years from today); empty periods drawn
    as gaps, each block as high as its share of the busiest: "▁▃ █▂"."""
    if not timeline:
        return "", "month"
    first, last = _month_number(timeline[0][0]), _month_number(timeline[-1][0])
    size, unit = next((u for u in UNITS if last // u[0] - first // u[0] < MAX_BARS), UNITS[-1])
    periods: dict[int, int] = {}
    for month, n in timeline:
        periods[_month_number(month) // size] = periods.get(_month_number(month) // size, 0) + n
    series = [periods.get(p, 0) for p in range(first // size, last // size + 1)]
    top = max(series)
    bars = "".join(BLOCKS[max(1, round(n / top * 8))] if n else BLOCKS[0] for n in series)
    return bars, unit


def _month_number(month: str) -> int:
    """ "1987-03" → months since year 0."""
    try:
        return int(month[:4]) * 12 + int(month[5:7]) - 1
    except ValueError:
        return 0
