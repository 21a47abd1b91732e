"""Articles (metadata, body, extraction) in SQLite beside the Whoosh index.

Whoosh loads every stored field of a hit at once, and sorting all documents by date costs it a
pass over every one; here the long fields stay out of result lists, and the newest-first list
that opens the app is one indexed query, without opening Whoosh at all.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from wirereader.errors import IndexCorrupt, IndexStoreError
from wirereader.index import actor_tables
from wirereader.index.build.guard import recorded_articles
from wirereader.index.build.space import IndexNoSpace, out_of_space
from wirereader.support import open_sqlite

FILENAME = "articles.sqlite"
COLUMNS = (
    "id", "title", "byline", "source", "url", "date", "date_source", "path", "n_actors",
    "n_quotes", "body", "extraction", "language", "version", "status", "story", "dateline",
    "subjects", "latest",
)  # fmt: skip
LISTED = [c for c in COLUMNS if c not in ("body", "extraction")]  # what a result list shows


F = TypeVar("F", bound=Callable[..., Any])


def _sqlite_errors(method: F) -> F:
    """SQLite's errors as the index's: damage → IndexCorrupt (rebuilt), the rest → a message."""

    @functools.wraps(method)
    def guarded(self: DocStore, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as exc:
            if out_of_space(exc):
                raise IndexNoSpace(f"the disk holding {self.path} is full") from exc
            if "malformed" in str(exc) or "not a database" in str(exc):
                raise IndexCorrupt(f"{self.path} is damaged ({exc})") from exc
            raise IndexStoreError(f"cannot use {self.path}: {exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise IndexCorrupt(f"{self.path} is damaged ({exc})") from exc

    return guarded  # type: ignore[return-value]


class DocStore:
    @_sqlite_errors
    def __init__(self, index_dir: Path, reading: bool = False) -> None:
        """`reading`: a reader's store (the app's, a search's). It must exist and hold the
        articles the last update recorded (else IndexCorrupt, and the library rebuilds it), and
        it opens read-only when the index folder cannot be written."""
        self.path = index_dir / FILENAME
        self._lock = threading.Lock()
        if reading and not self.path.exists():
            raise IndexCorrupt(f"{self.path} is missing")
        self._db, self.read_only = open_sqlite(self.path, self._setup)
        if reading and (recorded := recorded_articles(index_dir)) and not self._any():
            self._db.close()
            raise IndexCorrupt(
                f"{self.path} is empty; the last update stored {recorded:,} articles"
            )

    @staticmethod
    def _setup(db: sqlite3.Connection) -> None:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(
            """
            CREATE TABLE IF NOT EXISTS articles (
                id TEXT PRIMARY KEY, title TEXT, byline TEXT, source TEXT, url TEXT,
                date TEXT, date_source TEXT, path TEXT, n_actors INTEGER, n_quotes INTEGER,
                body TEXT, extraction TEXT, language TEXT, version INTEGER, status TEXT,
                story TEXT, dateline TEXT, subjects TEXT, latest INTEGER);
            CREATE INDEX IF NOT EXISTS articles_by_date ON articles (latest, date DESC);
            CREATE INDEX IF NOT EXISTS articles_by_story ON articles (story);
            -- the stories whose versions changed in this run (settle_versions)
            CREATE TABLE IF NOT EXISTS stories_touched (story TEXT PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS files (
                path TEXT PRIMARY KEY, sha256 TEXT, id TEXT, mtime REAL, size INTEGER);
            CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT);
            """
            + actor_tables.SCHEMA
        )
        if not db.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            db.execute(  # a new store: the index run fills the actor tables as it goes
                "INSERT OR IGNORE INTO settings VALUES ('actor_tables', ?)",
                (actor_tables.TABLES_VERSION,),
            )
        db.commit()

    def _any(self) -> bool:
        return self._db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None

    @_sqlite_errors
    def query(self, sql: str, args: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        """One read (archive.py's of the actor tables), under the store's lock, its errors the
        index's: a damaged store is rebuilt like any other. Writes go through the methods here."""
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    @_sqlite_errors
    def put_many(self, rows: Iterable[tuple[object, ...]]) -> None:
        """Rows in COLUMNS order; each article's actor rows are replaced in the same transaction."""
        rows = list(rows)
        marks = ",".join("?" * len(COLUMNS))
        story = COLUMNS.index("story")
        with self._lock, self._db:
            self._drop_actors(str(r[0]) for r in rows)
            self._touch_stories(str(r[0]) for r in rows)
            self._db.executemany(f"INSERT OR REPLACE INTO articles VALUES ({marks})", rows)
            self._db.executemany(
                "INSERT OR IGNORE INTO stories_touched VALUES (?)", ((r[story],) for r in rows)
            )
            self._add_actors((str(r[0]), str(r[5]), str(r[10]), str(r[11])) for r in rows)

    @_sqlite_errors
    def delete_many(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        with self._lock, self._db:
            self._drop_actors(ids)
            self._touch_stories(ids)
            self._db.executemany("DELETE FROM articles WHERE id = ?", ((i,) for i in ids))

    def _touch_stories(self, ids: Iterable[str]) -> None:
        self._db.executemany(
            "INSERT OR IGNORE INTO stories_touched SELECT story FROM articles WHERE id = ?",
            ((i,) for i in ids),
        )

    @_sqlite_errors
    def settle_versions(self) -> None:
        """Of each story this run touched, only the newest version is `latest` (what lists and
        searches show): the highest version number, then the latest date."""
        with self._lock, self._db:
            self._db.execute(
                "UPDATE articles SET latest = (id = (SELECT a.id FROM articles a "
                "WHERE a.story = articles.story ORDER BY a.version DESC, a.date DESC, a.id "
                "LIMIT 1)) WHERE story IN (SELECT story FROM stories_touched)"
            )
            self._db.execute("DELETE FROM stories_touched")

    @_sqlite_errors
    def superseded(self) -> set[str]:
        """The articles a newer version of their story replaces in lists and searches."""
        with self._lock:
            return {str(r[0]) for r in self._db.execute("SELECT id FROM articles WHERE latest = 0")}

    @_sqlite_errors
    def earlier_versions(self, stories: Iterable[str]) -> dict[str, int]:
        """How many older versions each of these stories has."""
        keys = sorted({s for s in stories if s})
        if not keys:
            return {}
        marks = ",".join("?" * len(keys))
        with self._lock:
            rows = self._db.execute(
                f"SELECT story, count(*) - 1 FROM articles WHERE story IN ({marks}) "
                "GROUP BY story HAVING count(*) > 1",
                keys,
            ).fetchall()
        return {str(story): int(n) for story, n in rows}

    def _drop_actors(self, ids: Iterable[str]) -> None:
        keys = [(i,) for i in ids]
        self._db.executemany(
            "INSERT OR IGNORE INTO actors_touched SELECT key, kind FROM actor_rows "
            "WHERE article_id = ?",
            keys,
        )
        for table in ("actor_rows", "actor_quotes", "actor_aliases"):
            self._db.executemany(f"DELETE FROM {table} WHERE article_id = ?", keys)

    def _add_actors(self, articles: Iterable[tuple[str, str, str, str]]) -> None:
        for article_id, date, body, extraction in articles:
            actors, quotes, aliases = actor_tables.article_rows(article_id, date, body, extraction)
            self._db.executemany("INSERT INTO actor_rows VALUES (?,?,?,?,?,?,?,?,?)", actors)
            self._db.executemany(
                "INSERT OR IGNORE INTO actors_touched VALUES (?, ?)", ((r[1], r[2]) for r in actors)
            )
            self._db.executemany("INSERT INTO actor_quotes VALUES (?,?,?,?,?,?,?)", quotes)
            self._db.executemany("INSERT INTO actor_aliases VALUES (?,?,?)", aliases)

    @_sqlite_errors
    def settle_actors(self) -> None:
        """Bring the totals of the actors this run touched up to date (see actor_tables)."""
        with self._lock, self._db:
            for statement in actor_tables.SETTLE.split(";\n"):
                if statement.strip():
                    self._db.execute(statement)

    @_sqlite_errors
    def fill_actor_tables(self) -> bool:
        """Build the actor tables from the stored articles if an older wirereader left them
        empty or in an older shape; whether it had to."""
        if self.setting("actor_tables") == actor_tables.TABLES_VERSION:
            return False
        with self._lock, self._db:
            for table in ("actor_rows", "actor_quotes", "actor_aliases", "actors"):
                self._db.execute(f"DELETE FROM {table}")
            cursor = self._db.execute("SELECT id, date, body, extraction FROM articles")
            while batch := cursor.fetchmany(2000):
                self._add_actors(batch)
            self._db.execute(
                "INSERT OR REPLACE INTO settings VALUES ('actor_tables', ?)",
                (actor_tables.TABLES_VERSION,),
            )
        return True

    @_sqlite_errors
    def record(self, article_id: str) -> dict[str, object] | None:
        """Every column of one article."""
        with self._lock:
            row = self._db.execute(
                f"SELECT {', '.join(COLUMNS)} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return dict(zip(COLUMNS, row, strict=True)) if row else None

    @_sqlite_errors
    def newest(self, limit: int) -> tuple[int, list[dict[str, object]]]:
        """(article count, the newest `limit` articles without their bodies)."""
        with self._lock:
            total = self._db.execute("SELECT count(*) FROM articles WHERE latest = 1").fetchone()
            rows = self._db.execute(
                f"SELECT {', '.join(LISTED)} FROM articles WHERE latest = 1 "
                "ORDER BY date DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return total[0], [dict(zip(LISTED, row, strict=True)) for row in rows]

    @_sqlite_errors
    def count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    @_sqlite_errors
    def id_paths(self) -> list[tuple[str, str]]:
        """(id, file path) of every article: what the feed list counts."""
        with self._lock:
            return [(str(a), str(b)) for a, b in self._db.execute("SELECT id, path FROM articles")]

    @_sqlite_errors
    def ids_under(self, prefix: str) -> set[str]:
        """The articles whose file path starts with `prefix` (a folder with its /, or a file:
        a file's own path is a prefix of nothing else but longer names, checked here)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, path FROM articles WHERE path >= ? AND path < ?",
                (prefix, prefix + "\U0010ffff"),
            ).fetchall()
        return {str(i) for i, p in rows if prefix.endswith("/") or p == prefix}

    @_sqlite_errors
    def all_ids(self) -> list[str]:
        with self._lock:
            return [str(row[0]) for row in self._db.execute("SELECT id FROM articles")]

    @_sqlite_errors
    def ids_starting(self, prefix: str, limit: int) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT ?",
                (prefix, prefix + "\uffff", limit),
            ).fetchall()
        return [row[0] for row in rows]

    @_sqlite_errors
    def bodies(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, body FROM articles WHERE id IN ({marks})", ids
            ).fetchall()
        return dict(rows)

    # -- the manifest: what each article file held when it was last indexed ----------------
    @_sqlite_errors
    def load_files(self) -> dict[str, list[Any]]:
        with self._lock:
            rows = self._db.execute("SELECT path, sha256, id, mtime, size FROM files").fetchall()
        return {row[0]: list(row[1:]) for row in rows}

    @_sqlite_errors
    def save_files(self, changed: dict[str, list[Any]], removed: Iterable[str]) -> None:
        with self._lock, self._db:
            self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in removed))
            self._db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                ((path, *entry) for path, entry in changed.items()),
            )

    @_sqlite_errors
    def setting(self, key: str) -> str:
        with self._lock:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else ""

    @_sqlite_errors
    def set_setting(self, key: str, value: str) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, value))

    def close(self) -> None:
        with self._lock:
            self._db.close()
