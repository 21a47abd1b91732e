"""Files read within a bound, written durably (temp file plus rename), locked between processes."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from wirereader.errors import FileTooLarge, LockTimeout, NotRegularFile

UTF8_MAX = 4  # bytes one character can take in UTF-8


def read_bytes_bounded(path: Path, max_chars: int, kind: str) -> bytes:
    """The bytes of `path`, a regular file which may hold at most `max_chars` characters of
    UTF-8 text. Anything else is refused before a byte is read: a FIFO would block the open
    (hence O_NONBLOCK) and `/dev/zero` or a device be read until memory runs out."""
    limit = max_chars * UTF8_MAX
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"not a regular file ({_kind_of(info.st_mode)})")
        too_large = info.st_size > limit
        data = b"" if too_large else handle.read(limit + 1)
    if too_large or len(data) > limit:
        raise FileTooLarge(f"too large for {kind} (over {_size(limit)})")
    return data


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"


def read_text_bounded(path: Path, max_chars: int, kind: str) -> str:
    """`read_bytes_bounded`, decoded as UTF-8 (UnicodeDecodeError when it is not)."""
    return read_bytes_bounded(path, max_chars, kind).decode("utf-8")


def _size(n: int) -> str:
    return f"{n / 1_048_576:,.0f} MB" if n >= 1_048_576 else f"{n / 1024:,.0f} kB"


def atomic_write_text(path: Path, text: str, sync: bool = True) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never a part.

    `sync=False` leaves the flush to the caller (one os.sync() after many files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if sync:  # a batch writer (sync=False) clears its folder once: a scan a file costs ~0.3 ms
        remove_stale_temps(path.parent, f".{glob.escape(path.name)}.*.tmp")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def append_durably(path: Path, text: str) -> None:
    """Append `text` in one write (a killed process leaves all of it or none) and fsync."""
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND)
    try:
        written = os.write(fd, data)
        if written != len(data):  # a full disk: take the torn tail back off
            os.ftruncate(fd, os.fstat(fd).st_size - written)
            raise OSError(f"{path}: could not append ({written} of {len(data)} bytes written)")
        os.fsync(fd)
    finally:
        os.close(fd)


STALE_AFTER = 60.0  # seconds: no write of ours takes this long, so an older temp file is a crash's


def remove_stale_temps(folder: Path, pattern: str = ".*.tmp") -> None:
    """Temp files a killed writer left in `folder`."""
    now = time.time()
    for leftover in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_AFTER:
                leftover.unlink()


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        import fcntl

        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = 10.0) -> Iterator[None]:
    """Hold an exclusive lock on `path` (a lock file beside the data) for the block's duration."""
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with open(path, "a+b") as handle:
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise LockTimeout(f"{path} is locked by another wirereader")
            time.sleep(0.02)
        yield  # the lock is released when the file closes
