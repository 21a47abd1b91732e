"""Read an article file's bytes safely: size and binary checks, encoding fallbacks, a content hash."""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from wirereader.errors import FileProblem
from wirereader.support import clean_text

MAX_BYTES = 10 * 1024 * 1024  # no news story is this long; bigger files are logs or dumps
# Bytes no text file holds (tab, newlines and form feed aside). Random or compressed bytes are
# one in ten of them; text in a legacy encoding next to none.
_CONTROLS = bytes([*range(9), 11, *range(14, 32), 127])
MAX_CONTROL_SHARE = 0.01
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class ArticleFileError(FileProblem):
    """A file that cannot be read as an article; `line` is set when the problem has one."""

    def __init__(self, path: Path, reason: str, line: int | None = None) -> None:
        super().__init__(path, line, reason)
        self.reason = reason


@dataclass(frozen=True)
class RawFile:
    path: Path
    text: str
    sha256: str
    mtime: float
    warnings: tuple[str, ...] = field(default=())


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_bytes(path: Path, data: bytes) -> tuple[str, list[str]]:
    """Text of the file: by its byte-order mark (UTF-16/32), else UTF-8, else cp1252, else
    latin-1, with a warning naming the fallback; bytes that are no text in any of them (NULs,
    control bytes past MAX_CONTROL_SHARE) are a binary file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), []
            except UnicodeDecodeError:
                raise ArticleFileError(path, f"not valid {encoding.upper()} text") from None
    if b"\x00" in data[:8192]:
        raise ArticleFileError(path, "binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    sample = data[:8192]
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise ArticleFileError(path, f"binary file ({controls / len(sample):.0%} control bytes)")
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"{path}: not valid UTF-8, read as {encoding}"]
    raise ArticleFileError(path, "cannot decode text")  # pragma: no cover - latin-1 never fails


def load_raw(path: Path, data: bytes | None = None) -> RawFile:
    try:
        stat = path.stat()
        if data is None:
            if stat.st_size > MAX_BYTES:
                raise ArticleFileError(
                    path, f"too large for an article ({stat.st_size // 1_048_576} MB)"
                )
            data = path.read_bytes()
    except OSError as exc:
        raise ArticleFileError(path, f"cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ArticleFileError(path, "empty file")
    text, warnings = decode_bytes(path, data)
    text = clean_text(text)
    if not text.strip():
        raise ArticleFileError(path, "no text after removing control characters")
    return RawFile(path, text, content_hash(data), stat.st_mtime, tuple(warnings))
