"""Article bodies and their extraction, kept in SQLite beside the Whoosh index.

Whoosh loads every stored field of a hit at once; keeping the long fields here lets a result
list of hundreds of hits load only titles and dates.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

FILENAME = "articles.sqlite"


class DocStore:
    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / FILENAME
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, body TEXT, extraction TEXT)"
        )
        self._db.commit()

    def put_many(self, rows: Iterable[tuple[str, str, str]]) -> None:
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?)", rows)

    def delete_many(self, ids: Iterable[str]) -> None:
        with self._lock, self._db:
            self._db.executemany("DELETE FROM articles WHERE id = ?", ((i,) for i in ids))

    def get(self, article_id: str) -> tuple[str, str] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body, extraction FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        return (row[0], row[1]) if row else None

    def bodies(self, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, body FROM articles WHERE id IN ({marks})", ids
            ).fetchall()
        return dict(rows)

    def close(self) -> None:
        with self._lock:
            self._db.close()
