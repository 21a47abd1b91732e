"""One article file made ready for the index: read, parsed, extracted (in a worker process)."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    # Each article of the file: its Whoosh document and what only the DocStore keeps. None
    # when the content is unchanged (only the file's times moved).
    items: list[tuple[dict[str, Any], dict[str, Any]]] | None = None
    skip: str = ""
    is_error: bool = False
    warnings: tuple[str, ...] = field(default=())


def prepare_file(path_str: str, known_hash: str = "") -> Prepared:
    """Read, parse and extract one file (runs in a worker process for big batches)."""
    from wirereader.extract import extract  # imported here: the app starts without them
    from wirereader.index.schema import stored_only, to_document
    from wirereader.ingest import read_articles

    path, key = Path(path_str), path_key(path_str)
    try:
        raw = load_raw(path)
        if raw.sha256 == known_hash:
            stat = path.stat()
            return Prepared(key, raw.sha256, stat.st_mtime, stat.st_size)
        articles, skipped = read_articles(path, raw)
        stat = path.stat()
        items = []
        for article in articles:
            extraction = extract(article.body, article.language)
            items.append((to_document(article, extraction), stored_only(article, extraction)))
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
        items,
        warnings=raw.warnings + tuple(skipped),
    )


def docstore_row(doc: dict[str, Any], stored: dict[str, Any]) -> tuple[object, ...]:
    values = {**doc, **stored, "language": doc.get("lang", ""), "latest": 1}
    date = doc.get("date")
    values["date"] = date.isoformat() if date is not None else ""
    return tuple(values.get(column, "") for column in COLUMNS)
