"""What the reader has read, beside the index (SQLite): it survives restarts and rebuilds."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from wirereader.errors import IndexStoreError
from wirereader.support import open_sqlite


def _setup(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS read (id TEXT PRIMARY KEY, at TEXT)")


class ReadState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self.read_only = False  # a read-only folder: what is read is not remembered

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db, self.read_only = open_sqlite(self.path, _setup, timeout=10)
            except sqlite3.Error as exc:
                raise IndexStoreError(f"cannot use {self.path}: {exc}") from exc
        return self._db

    def mark(self, article_id: str, read: bool = True) -> None:
        self.mark_many([article_id], read)

    def mark_many(self, article_ids: Iterable[str], read: bool = True) -> None:
        """Mark a whole list read (or unread) in one transaction."""
        with self._lock:
            db = self._conn()
            if self.read_only:
                return
            with db:
                if read:
                    now = datetime.now().isoformat(timespec="seconds")
                    db.executemany(
                        "INSERT OR IGNORE INTO read VALUES (?, ?)", ((i, now) for i in article_ids)
                    )
                else:
                    db.executemany("DELETE FROM read WHERE id = ?", ((i,) for i in article_ids))

    def read_ids(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._conn().execute("SELECT id FROM read")}

    def which_read(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        if not wanted:
            return set()
        with self._lock:
            marks = ",".join("?" * len(wanted))
            rows = self._conn().execute(f"SELECT id FROM read WHERE id IN ({marks})", wanted)
            return {row[0] for row in rows}

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
