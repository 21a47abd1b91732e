"""One article file made ready for the index: read, parsed, extracted (in a worker process)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirereader.index.docstore import COLUMNS
from wirereader.ingest import ArticleFileError, load_raw
from wirereader.support import path_key


@dataclass
class Prepared:
    path: str
    sha256: str = ""
    mtime: float = 0.0
    size: int = 0
    doc: dict[str, Any] | None = None
    extraction: str = ""
    skip: str = ""
    is_error: bool = False
    warnings: tuple[str, ...] = ()


def prepare_file(path_str: str, known_hash: str = "") -> Prepared:
    """Read, parse and extract one file (runs in a worker process for big batches)."""
    from wirereader.extract import extract  # imported here: the app starts without them
    from wirereader.index.schema import extraction_json, to_document
    from wirereader.ingest import read_article

    path, key = Path(path_str), path_key(path_str)
    try:
        raw = load_raw(path)
        if raw.sha256 == known_hash:
            stat = path.stat()
            return Prepared(key, raw.sha256, stat.st_mtime, stat.st_size)
        article = read_article(path, raw)
        stat = path.stat()
        extraction = extract(article.body)
        doc = to_document(article, extraction)
    except ArticleFileError as exc:
        is_error = exc.line is not None  # malformed front matter: the user must fix it
        problem = path_key(str(exc)) if is_error else exc.reason
        return Prepared(key, skip=problem, is_error=is_error)
    except Exception as exc:  # one odd file never stops the run: skip it and say why
        return Prepared(key, skip=f"could not be read ({type(exc).__name__}: {exc})"[:300])
    return Prepared(
        key,
        raw.sha256,
        stat.st_mtime,
        stat.st_size,
        doc,
        extraction_json(extraction),
        warnings=raw.warnings,
    )


def docstore_row(doc: dict[str, Any], extraction: str) -> tuple[object, ...]:
    values = {**doc, "extraction": extraction}
    date = doc.get("date")
    values["date"] = date.isoformat() if date is not None else ""
    return tuple(values.get(column, "") for column in COLUMNS)
