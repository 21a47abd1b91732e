"""The one facade the TUI and the CLI call: index the library, search it, open an article."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh.index import Index
from whoosh.searching import Searcher

from wirereader.config import Config
from wirereader.index.docstore import DocStore
from wirereader.index.search import QueryError, QueryParser, run_search
from wirereader.index.writer import (
    IndexCorrupt,
    IndexReport,
    IndexStore,
    IndexStoreError,
    Progress,
)
from wirereader.model import Article, Extraction, SearchResult

__all__ = ["IndexCorrupt", "Library", "LibraryStats", "QueryError"]


@dataclass(frozen=True)
class LibraryStats:
    articles: int
    index_dir: Path
    index_bytes: int
    folders: tuple[Path, ...]


class Library:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.store = IndexStore(config.index_dir)
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._parser: QueryParser | None = None
        self._lock = threading.RLock()  # the TUI searches from a worker thread
        self._docs: DocStore | None = None

    # -- indexing ---------------------------------------------------------------------------
    def needs_index(self) -> bool:
        """No index yet, or one an older wirereader wrote: build before anything reads it."""
        return not self.store.exists() or not self.store.schema_current()

    def index(
        self,
        paths: list[Path] | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
    ) -> IndexReport:
        """Bring the index in step with `paths` (default: the configured library folders)."""
        self.close()
        roots = paths or self.config.library
        if rebuild:
            roots = sorted({*roots, *map(Path, self.store.load_manifest().get("roots", []))})
        try:
            return self.store.update(roots, progress, rebuild=rebuild)
        except IndexCorrupt:
            return self.store.update(roots, progress, rebuild=True)

    def refresh_index(self, progress: Callable[[int, int], None] | None = None) -> IndexReport:
        """Update the index in a child process while this one keeps searching (the TUI)."""
        from wirereader.index.background import update_in_child

        try:
            report: IndexReport = update_in_child(self.config, progress or (lambda d, t: None))
        except RuntimeError as exc:
            raise IndexStoreError(str(exc)) from exc
        with self._lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                self._searcher = self._searcher.refresh()
        return report

    def open(self) -> Index:
        """Open the index, building it from the library on first run or when it is damaged."""
        if self._ix is None:
            if self.needs_index():
                self.index()
            try:
                self._ix = self.store.open()
            except IndexCorrupt:
                self.index(rebuild=True)
                self._ix = self.store.open()
        return self._ix

    def searcher(self) -> Searcher:
        ix = self.open()
        if self._searcher is None:
            self._searcher = ix.searcher()
        elif not self._searcher.up_to_date():
            self._searcher = self._searcher.refresh()
        return self._searcher

    def docs(self) -> DocStore:
        self.open()
        if self._docs is None:
            self._docs = DocStore(self.config.index_dir)
        return self._docs

    def close(self) -> None:
        if self._docs is not None:
            self._docs.close()
            self._docs = None
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._ix = None
        self._parser = None

    # -- reading ----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        limit: int | None = None,
        newest_first: bool = False,
        snippets: bool = True,
        exact_count: bool = True,
    ) -> SearchResult:
        """Ranked hits for `query`; raises QueryError with a readable message on bad syntax."""
        with self._lock:
            searcher = self.searcher()
            if self._parser is None:
                self._parser = QueryParser(self.open())
            return run_search(
                searcher,
                self._parser,
                query,
                limit=limit or self.config.search_limit,
                bodies=self.docs().bodies,
                newest_first=newest_first,
                snippets=snippets,
                exact_count=exact_count,
            )

    def article(self, article_id: str) -> tuple[Article, Extraction] | None:
        with self._lock:
            fields = self.searcher().document(id=article_id)
            if fields is None:
                return None
            return self._from_fields(fields, self.docs().get(article_id))

    def article_by_prefix(self, prefix: str) -> tuple[Article, Extraction] | None:
        """The article whose id starts with `prefix`, if exactly one does."""
        if len(prefix) < 4:
            return None
        from whoosh.query import Prefix

        with self._lock:
            results = self.searcher().search(Prefix("id", prefix.lower()), limit=2)
            if len(results) != 1:
                return None
            fields = results[0].fields()
            return self._from_fields(fields, self.docs().get(fields["id"]))

    @staticmethod
    def _from_fields(
        fields: dict[str, Any], stored: tuple[str, str] | None
    ) -> tuple[Article, Extraction]:
        body, extraction_text = stored or ("", "")
        article = Article(
            id=fields["id"],
            title=fields.get("title", ""),
            body=body,
            byline=fields.get("byline", ""),
            source=fields.get("source", ""),
            url=fields.get("url", ""),
            published=fields.get("date"),
            date_source=fields.get("date_source", "file-mtime"),
            path=fields.get("path", ""),
        )
        from wirereader.extract import EXTRACTOR_VERSION, extract

        extraction = Extraction.from_dict(json.loads(extraction_text)) if extraction_text else None
        if extraction is None or extraction.version != EXTRACTOR_VERSION:
            extraction = extract(article.body)
        return article, extraction

    def stats(self) -> LibraryStats:
        ix = self.open()
        size = sum(p.stat().st_size for p in self.config.index_dir.glob("*") if p.is_file())
        return LibraryStats(ix.doc_count(), self.config.index_dir, size, tuple(self.config.library))
