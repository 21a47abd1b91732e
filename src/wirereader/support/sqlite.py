"""SQLite files opened for writing, or for reading only when their folder is read-only (a
shared or backed-up library): searching must not need write access."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

Setup = Callable[[sqlite3.Connection], None]


def open_sqlite(path: Path, setup: Setup, timeout: float = 30.0) -> tuple[sqlite3.Connection, bool]:
    """(connection, read_only). `setup` (pragmas, tables) runs on a writable file; a file that
    cannot be written is opened read-only, then as immutable (no -wal or -shm file can be made
    beside it) — unless it does not exist, which the first OperationalError says."""
    db = sqlite3.connect(path, check_same_thread=False, timeout=timeout)
    try:
        setup(db)
        return db, False
    except sqlite3.OperationalError as exc:
        db.close()
        if not path.exists() or not _cannot_write(exc):
            raise
    for mode in ("mode=ro", "immutable=1"):
        uri = f"file:{quote(str(path))}?{mode}"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db, True
        except sqlite3.OperationalError:
            db.close()
    raise sqlite3.OperationalError(f"cannot open {path}, even to read it")


def _cannot_write(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text
