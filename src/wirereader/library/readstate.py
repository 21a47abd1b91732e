"""What the reader has read, beside the index (SQLite): it survives restarts and rebuilds."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from wirereader.errors import IndexStoreError


class ReadState:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("CREATE TABLE IF NOT EXISTS read (id TEXT PRIMARY KEY, at TEXT)")
            except sqlite3.Error as exc:
                raise IndexStoreError(f"cannot use {self.path}: {exc}") from exc
        return self._db

    def mark(self, article_id: str, read: bool = True) -> None:
        with self._lock:
            db = self._conn()
            with db:
                if read:
                    now = datetime.now().isoformat(timespec="seconds")
                    db.execute("INSERT OR IGNORE INTO read VALUES (?, ?)", (article_id, now))
                else:
                    db.execute("DELETE FROM read WHERE id = ?", (article_id,))

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
