"""The one facade the TUI and the CLI call: index the library, search it, open an article."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from wirereader.archive import ActorGroup, ActorPage, Archive, QuoteRef
from wirereader.errors import IndexCorrupt, IndexStoreError, QueryError, SearchCancelled
from wirereader.index import DocNumbers, DocStore, Scope, split_scope
from wirereader.library.folders import Folder, LibraryFolders, absolute
from wirereader.library.readstate import ReadState
from wirereader.library.records import article_of, hit_of
from wirereader.library.sources import Source, list_sources
from wirereader.model import Article, Extraction, SearchResult
from wirereader.settings import Config

if TYPE_CHECKING:
    from whoosh.index import Index
    from whoosh.searching import Searcher

    from wirereader.index import IndexReport, IndexStore, Progress, QueryParser

T = TypeVar("T")
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
        self._ix: Index | None = None
        self._searcher: Searcher | None = None
        self._parser: QueryParser | None = None
        self._lock = threading.RLock()  # the TUI searches from a worker thread
        self._numbers = DocNumbers()  # article ids → this searcher's document numbers
        self._docs: DocStore | None = None
        self.folders = LibraryFolders(config)
        self.repaired = ""  # what was damaged and rebuilt during this run, for the user
        self.read = ReadState(config.index_dir.parent / "read.sqlite")

    @functools.cached_property
    def store(self) -> IndexStore:
        """The index writer, loaded on first use: reading stored stories never needs it."""
        from wirereader.index import IndexStore

        return IndexStore(self.config.index_dir)

    # -- indexing ---------------------------------------------------------------------------
    def needs_index(self) -> bool:
        """No index yet, or one an older wirereader wrote: build before anything reads it."""
        return not self.store.exists() or not self.store.schema_current()

    def index(
        self,
        paths: list[Path] | None = None,
        progress: Progress | None = None,
        rebuild: bool = False,
        wait: float | None = None,
    ) -> IndexReport:
        """Bring the index in step with the library, or with `paths` (which join the library).

        `wait`: seconds to queue behind another writer of the index (default: a few)."""
        self.close()
        for path in paths or []:
            if path.exists():
                self.folders.add(path)
        whole = rebuild or not paths or self.needs_index()  # a first build reads all of it
        roots = self.folders.roots() if whole else [absolute(p) for p in paths or []]
        try:
            return self.store.update(roots, progress, rebuild, whole, wait)
        except IndexCorrupt as exc:
            return self._rebuild(exc, progress)

    def _rebuild(self, damage: IndexCorrupt, progress: Progress | None = None) -> IndexReport:
        """The one place a damaged index is thrown away: the whole library is read again, and
        the report's first warning says why."""
        self.close()
        report = self.store.update(self.folders.roots(), progress, rebuild=True, whole_library=True)
        report.warnings.insert(0, f"{damage}; it was rebuilt from the article files")
        return report

    def folder_counts(self) -> list[tuple[Folder, int]]:
        """Each library folder with how many of its articles are in the index."""
        files = self._repairing(lambda: self.docs().load_files())
        counted = []
        for folder in self.folders.folders():
            prefix = str(folder.path).rstrip(os.sep) + os.sep
            n = sum(1 for key, entry in files.items() if entry[1] and key.startswith(prefix))
            counted.append((folder, n + (1 if str(folder.path) in files else 0)))
        return counted

    def remove_folder(self, folder: Folder) -> int:
        """Drop a folder from the library and its articles from the index; how many left."""
        self.folders.remove(folder)
        self.close()
        return self.store.drop_under([folder.path])

    def refresh_index(self, progress: Callable[[int, int], None] | None = None) -> IndexReport:
        """Update the index in a child process while this one keeps searching (the TUI)."""
        from wirereader.library.background import update_in_child

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
            except IndexCorrupt as exc:
                self.repaired = self._rebuild(exc).warnings[0]
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
        """The SQLite side: enough to list the newest articles and open one, without Whoosh."""
        if self._docs is None:
            if self.needs_index():
                self.index()
            self._docs = DocStore(self.config.index_dir, reading=True)
        return self._docs

    def close(self) -> None:
        if self._docs is not None:
            self._docs.close()
            self._docs = None
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._numbers.forget()
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
        should_stop: Callable[[], bool] | None = None,
    ) -> SearchResult:
        """Ranked hits for `query`; raises QueryError with a readable message on bad syntax,
        SearchCancelled once `should_stop()` says the answer is no longer wanted.

        An empty query lists the newest articles straight from the DocStore.
        """
        if not query.strip():
            total, records = self._repairing(
                lambda: self.docs().newest(limit or self.config.search_limit)
            )
            return self._with_versions(
                SearchResult(query, total, tuple(hit_of(r) for r in records))
            )
        from wirereader.index import run_search  # Whoosh loads on first use

        scope = split_scope(query)

        def run() -> SearchResult:
            with self._lock, _whoosh_damage(self.config.index_dir):
                within, leave_out = self._filters(scope, _all_versions(query))
                return run_search(
                    self.searcher(),
                    self.parser(),
                    scope.text,
                    limit=limit or self.config.search_limit,
                    bodies=self.docs().bodies,
                    newest_first=newest_first or not scope.text or _all_versions(query),
                    snippets=snippets,
                    exact_count=exact_count,
                    within=within,
                    leave_out=leave_out,
                    should_stop=should_stop,
                )

        result = self._repairing(run)
        suggestion = result.suggestion and f"{result.suggestion} {scope.words}".strip()
        return self._with_versions(replace(result, query=query, suggestion=suggestion))

    def _with_versions(self, result: SearchResult) -> SearchResult:
        """Each hit with the number of older versions of its story."""
        earlier = self.docs().earlier_versions(h.story for h in result.hits)
        if not earlier:
            return result
        hits = tuple(replace(h, earlier=earlier.get(h.story, 0)) for h in result.hits)
        return replace(result, hits=hits)

    def _filters(self, scope: Scope, all_versions: bool = False) -> tuple[Any, Any]:
        """Whoosh's filter and mask for a scope; older versions of a story are masked unless
        the query asks for a story's versions (`story:KEY`)."""
        superseded = set() if all_versions else self.docs().superseded()
        if scope.empty and not superseded:
            return None, None
        from wirereader.index import filters, whoosh_filter

        read = self.read.read_ids() if scope.unread is not None else set()
        allowed, left_out = filters(
            scope, self.config.feeds_dir, read, self._speaker, self.docs().ids_under
        )
        if superseded:
            left_out.append(superseded)
        searcher = self.searcher()
        mask = whoosh_filter(searcher, left_out, self._numbers, any_of=True) if left_out else None
        return whoosh_filter(searcher, allowed, self._numbers), mask

    def archive(self) -> Archive:
        """Actors across the library (the tables the index run keeps in the DocStore). Read
        through the methods below, which rebuild a damaged index and read again."""
        return Archive(self.docs())

    def find_actor(self, name: str, kind: str | None = None) -> ActorGroup | None:
        return self._repairing(lambda: self.archive().find(name, kind))

    def actor_page(self, group: ActorGroup) -> ActorPage:
        return self._repairing(lambda: self.archive().page(group))

    def top_actors(self, kind: str | None = None, n: int = 20) -> list[tuple[str, str, int, int]]:
        return self._repairing(lambda: self.archive().top(kind, n))

    def actor_quotes(self, group: ActorGroup, limit: int = 50) -> list[QuoteRef]:
        return self._repairing(lambda: self.archive().quotes(group, limit))

    def matching_actors(self, text: str, n: int = 20) -> list[tuple[str, str, int]]:
        return self._repairing(lambda: self.archive().matching(text, n))

    def speakers(self, name: str) -> list[ActorGroup]:
        """The actors `name` means as a speaker (a bare surname: every full name under it)."""
        return self._repairing(lambda: self.archive().speakers(name))

    def _speaker(self, name: str) -> Any:
        """speaker:NAME → the stories quoting that actor by any of their names across the
        archive (a surname: anyone of that surname), and the stories whose speaker names hold
        the words ("analysts", a speaker no actor stands for)."""
        from whoosh.query import NullQuery, Phrase, Term

        from wirereader.index import AnyOf

        archive = self.archive()
        ids: set[str] = set()
        for group in archive.speakers(name):
            ids |= archive.articles_quoting(group)
        words = [w for w in re.split(r"[^\w]+", name.lower()) if w]
        if not words:
            return ids or NullQuery
        text = Term("speaker", words[0]) if len(words) == 1 else Phrase("speaker", words)
        return AnyOf((ids, text)) if ids else text

    def _repairing(self, read: Callable[[], T]) -> T:
        """`read()`, and if the index turns out damaged, rebuild it once and read again."""
        try:
            return read()
        except IndexCorrupt as exc:
            self.repaired = self._rebuild(exc).warnings[0]
            return read()

    def count(self, query: str, should_stop: Callable[[], bool] | None = None) -> int:
        """How many articles match `query`, exactly (a full pass over its matches)."""
        if not query.strip():
            return self._repairing(lambda: self.docs().count())
        from wirereader.index import count_matches

        return self._over_matches(
            query,
            lambda searcher, parser, text, within, leave_out: count_matches(
                searcher, parser, text, within, leave_out, should_stop
            ),
        )

    def ids_matching(self, query: str) -> list[str]:
        """Every article `query` lists, unranked: what "mark all read" marks."""
        if not query.strip():
            return self._repairing(lambda: self.docs().all_ids())
        from wirereader.index import ids_matching

        return self._over_matches(
            query,
            lambda searcher, parser, text, within, leave_out: ids_matching(
                searcher, parser, text, self._numbers, within, leave_out
            ),
        )

    def _over_matches(self, query: str, read: Callable[..., T]) -> T:
        """`read(searcher, parser, text, within, leave_out)` over a query's matches, its scope
        words made filters, under the lock; a damaged index is rebuilt and read again."""
        scope = split_scope(query)

        def run() -> T:
            with self._lock, _whoosh_damage(self.config.index_dir):
                within, leave_out = self._filters(scope)
                return read(self.searcher(), self.parser(), scope.text, within, leave_out)

        return self._repairing(run)

    def sources(self, feeds: list[tuple[str, str, str, str]]) -> list[Source]:
        """All articles, each feed (name, title, category, last status: the caller reads the
        subscriptions), each library folder: with article and unread counts."""
        rows = self._repairing(lambda: self.docs().id_paths())
        read = self.read.read_ids()
        return list_sources(rows, read, self.folders.folders(), feeds, self.config.feeds_dir)

    def parser(self) -> QueryParser:
        from wirereader.index import QueryParser

        if self._parser is None:
            self._parser = QueryParser(self.open())
        return self._parser

    def article(self, article_id: str) -> tuple[Article, Extraction] | None:
        record = self._repairing(lambda: self.docs().record(article_id))
        return article_of(record) if record else None

    def article_by_prefix(self, prefix: str) -> tuple[Article, Extraction] | None:
        """The article whose id starts with `prefix`, if exactly one does."""
        if len(prefix) < 4:
            return None
        ids = self._repairing(lambda: self.docs().ids_starting(prefix.lower(), limit=2))
        return self.article(ids[0]) if len(ids) == 1 else None

    def stats(self) -> LibraryStats:
        total = self._repairing(lambda: self.docs().count())
        size = sum(p.stat().st_size for p in self.config.index_dir.glob("*") if p.is_file())
        return LibraryStats(total, self.config.index_dir, size, tuple(self.folders.roots()))


def _all_versions(query: str) -> bool:
    return "story:" in query.lower()


@contextlib.contextmanager
def _whoosh_damage(index_dir: Path) -> Iterator[None]:
    """Whoosh fails on damaged files with assorted errors; they mean the index needs a rebuild."""
    try:
        yield
    except (QueryError, IndexStoreError, SearchCancelled):  # a stopped search is not damage
        raise
    except Exception as exc:
        raise IndexCorrupt(
            f"the index at {index_dir} could not be read ({type(exc).__name__}: {exc})"
        ) from exc
