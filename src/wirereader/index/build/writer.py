"""Keep the index in step with the article files: content hashes, new/updated/removed, skips."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirereader.errors import IndexCorrupt, IndexLocked, IndexStoreError
from wirereader.index.build.guard import check_sizes, die_with_parent, one_writer, record_sizes
from wirereader.index.build.prepare import Prepared, docstore_row, prepare_file
from wirereader.index.build.rebuild import rebuild_beside, remove_leftovers, stored_setting
from wirereader.index.build.scan import entry_ids, path_prefixes, remove_missing, scan
from wirereader.index.build.space import give_back_space, out_of_space
from wirereader.index.build.whoosh_writer import abandon, open_writer
from wirereader.index.docstore import DocStore
from wirereader.ingest import content_hash
from wirereader.support import atomic_write_text, read_text_bounded

Progress = Callable[[int, int, str], None]
SCHEMA_FILE = "wirereader-schema"  # tiny, so the app checks the schema without the manifest
WRITER_WAIT = 5.0  # seconds: the helpers of a run killed a moment ago take that long to go
PARALLEL_FROM = 200  # below this many changed files a process pool costs more than it saves


if TYPE_CHECKING:
    from whoosh.index import Index

__all__ = ["IndexCorrupt", "IndexLocked", "IndexReport", "IndexStore", "IndexStoreError"]


@dataclass
class IndexReport:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # malformed input the user must fix (exit 2)
    warnings: list[str] = field(default_factory=list)


class IndexStore:
    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir

    def exists(self) -> bool:
        # Looks for the table of contents only: opening it here would raise on a damaged index.
        return self.index_dir.is_dir() and any(self.index_dir.glob("_MAIN_*.toc"))

    def open(self) -> Index:
        from whoosh import index as whoosh_index

        if not self.exists():
            raise IndexStoreError(f"no index at {self.index_dir}: run `wirereader index`")
        for attempt in range(3):
            try:
                ix = whoosh_index.open_dir(str(self.index_dir))
                ix.doc_count()
                return ix
            except Exception as exc:  # whoosh raises many kinds on damaged files
                if attempt == 2:
                    raise IndexCorrupt(
                        f"the index at {self.index_dir} is damaged ({exc!r})"
                    ) from exc
                time.sleep(0.1)  # a writer may be swapping its table of contents right now
        raise AssertionError("unreachable")

    def schema_current(self) -> bool:
        from wirereader.index.schema import SCHEMA_VERSION

        try:
            found = read_text_bounded(self.index_dir / SCHEMA_FILE, 64, "a schema record")
            return found.strip() == str(SCHEMA_VERSION)
        except (OSError, UnicodeDecodeError):
            return False  # written since schema 3; an index without it is older

    def _create(self) -> Index:
        from whoosh import index as whoosh_index

        from wirereader.index.schema import make_schema

        if self.index_dir.exists():
            shutil.rmtree(self.index_dir)
        self.index_dir.mkdir(parents=True)
        return whoosh_index.create_in(str(self.index_dir), make_schema())

    def _extractor_changed(self, version: str) -> bool:
        """The stories were extracted by another version (none recorded: a lost article store,
        which the consistency check below finds and reports)."""
        return stored_setting(self.index_dir, "extractor") not in ("", version)

    def update(
        self,
        roots: Iterable[Path],
        progress: Progress | None = None,
        rebuild: bool = False,
        whole_library: bool = False,
        wait: float | None = None,
    ) -> IndexReport:
        """Index `roots`; with `whole_library`, they are all the library and articles from
        anywhere else leave the index (except under a root that is missing right now).

        One writer at a time: another waits up to `wait` seconds (default WRITER_WAIT), then
        gets IndexLocked.
        """
        with one_writer(self.index_dir, WRITER_WAIT if wait is None else wait):
            remove_leftovers(self.index_dir)  # of a rebuild killed before it swapped
            first_build = not self.exists()
            try:
                return self._update(list(roots), progress, rebuild, whole_library)
            except (OSError, IndexStoreError) as exc:  # DocStore turns SQLite's into ours
                if not out_of_space(exc):
                    raise
                raise give_back_space(self.index_dir, first_build) from exc

    def _update(
        self, roots: list[Path], progress: Progress | None, rebuild: bool, whole_library: bool
    ) -> IndexReport:
        from wirereader.extract import EXTRACTOR_VERSION
        from wirereader.index.schema import SCHEMA_VERSION

        roots = [Path(os.path.abspath(r)) for r in roots]
        report = IndexReport()
        if self.exists() and not self.schema_current():
            rebuild = True  # an index from an older wirereader: its fields differ
        elif not rebuild and self.exists() and self._extractor_changed(EXTRACTOR_VERSION):
            rebuild = True  # every story is read again: built beside, its workers run in parallel
        if rebuild and self.exists():
            return rebuild_beside(
                self.index_dir,
                lambda fresh: IndexStore(fresh)._update(roots, progress, True, whole_library),
            )
        bulk = rebuild or not self.exists()
        if not bulk:
            check_sizes(self.index_dir)  # under the writer lock: no commit is under way
            ix = self.open()  # damage raises IndexCorrupt: the caller rebuilds the whole library
            docs = DocStore(self.index_dir)
            files = docs.load_files()
            if problem := self._disagreement(ix, docs, files):
                docs.close()
                raise IndexCorrupt(f"the index at {self.index_dir} is inconsistent: {problem}")
        else:
            ix = self._create()
            docs = DocStore(self.index_dir)
            files = {}
        before = dict(files)
        stale: list[str] = []
        fresh_extractor = docs.setting("extractor") == EXTRACTOR_VERSION
        writer = open_writer(ix, bulk, self.index_dir)
        try:
            seen, todo = scan(roots, files, fresh_extractor, report)
            stale += remove_missing(writer, roots, files, seen, report, whole_library)
            stale += self._apply(writer, docs, todo, files, fresh_extractor, bulk, report, progress)
            if report.new or report.updated or report.removed:
                writer.commit()  # bodies went to the DocStore first, so no hit lacks its text
            else:
                writer.cancel()  # nothing to write: keep the index generation as it is
        except BaseException:
            abandon(writer)
            docs.close()
            raise
        try:  # after the Whoosh commit: a crash before this only means re-reading those files
            live = {i for entry in files.values() for i in entry_ids(entry)}
            docs.delete_many(i for i in stale if i not in live)
            changed = {p: e for p, e in files.items() if before.get(p) is not e}
            docs.save_files(changed, before.keys() - files.keys())
            docs.set_setting("extractor", EXTRACTOR_VERSION)
            docs.fill_actor_tables()  # a library indexed before the actor tables existed
            docs.settle_actors()
            docs.settle_versions()
            atomic_write_text(self.index_dir / SCHEMA_FILE, f"{SCHEMA_VERSION}\n")
            record_sizes(self.index_dir, docs.count())
        finally:
            docs.close()
        return report

    @staticmethod
    def _disagreement(ix: Index, docs: DocStore, files: dict[str, list[Any]]) -> str:
        """Why the Whoosh documents, the article rows and the manifest do not match, if they
        do not (a crash between their writes, a lost articles.sqlite, an older wirereader)."""
        live = {i for entry in files.values() for i in entry_ids(entry)}
        searched, stored = ix.doc_count(), docs.count()
        if searched == stored == len(live):
            return ""
        return (
            f"the index holds {searched:,} documents, the article store {stored:,} and the "
            f"manifest {len(live):,} articles"
        )

    def drop_under(self, folders: list[Path]) -> int:
        """Take every article whose file lies under `folders` out of the index; how many."""
        with one_writer(self.index_dir, 0.0):
            return self._drop_under(folders)

    def _drop_under(self, folders: list[Path]) -> int:
        if not self.exists():
            return 0
        ix = self.open()
        docs = DocStore(self.index_dir)
        try:
            files = docs.load_files()
            prefixes, exact = path_prefixes(folders)
            gone = [k for k in files if k in exact or k.startswith(prefixes)]
            if not gone:
                return 0
            writer = open_writer(ix, False, self.index_dir)
            try:
                for key in gone:
                    writer.delete_by_term("path", key)
            except BaseException:
                abandon(writer)
                raise
            writer.commit()
            docs.delete_many(i for k in gone for i in entry_ids(files[k]))
            docs.settle_actors()
            docs.settle_versions()
            docs.save_files({}, gone)
            record_sizes(self.index_dir, docs.count())
        finally:
            docs.close()
        return len(gone)

    def _apply(
        self,
        writer: Any,
        docs: DocStore,
        todo: list[str],
        files: dict[str, list[Any]],
        fresh_extractor: bool,
        fresh_index: bool,
        report: IndexReport,
        progress: Progress | None,
    ) -> list[str]:
        """Add changed files to the writer and their texts to the DocStore; return stale ids."""
        ids = {i: key for key, entry in files.items() for i in entry_ids(entry)}
        rows: list[tuple[object, ...]] = []
        stale: list[str] = []
        for done, item in enumerate(self._prepare_all(todo, files, fresh_extractor), start=1):
            if progress:
                progress(done, len(todo), item.path)
            report.warnings.extend(item.warnings)
            if item.is_error:
                report.errors.append(item.skip)
                continue
            if item.skip:
                report.skipped.append((item.path, item.skip))
                continue
            old = files.get(item.path)
            if item.items is None:  # content unchanged, only the file's times moved
                files[item.path] = [item.sha256, old[1] if old else "", item.mtime, item.size]
                report.unchanged += 1
                continue
            if not fresh_index:  # the file's articles as last indexed go, however many
                writer.delete_by_term("path", item.path)
            new_ids: list[str] = []
            for number, (doc, stored) in enumerate(item.items):
                owner = ids.get(doc["id"])
                if (owner is not None and owner != item.path) or doc["id"] in new_ids:
                    # the same text at two paths, or twice in one file
                    doc["id"] = content_hash(f"{item.path}#{number}".encode())[:16]
                if fresh_index:
                    writer.add_document(**doc)  # a new index: no older version to look up
                else:
                    writer.update_document(**doc)  # by unique id: never a duplicate
                ids[doc["id"]] = item.path
                new_ids.append(doc["id"])
                rows.append(docstore_row(doc, stored))
            if len(rows) >= 2000:
                docs.put_many(rows)
                rows = []
            files[item.path] = [item.sha256, " ".join(new_ids), item.mtime, item.size]
            if old:
                report.updated += 1
                stale += [i for i in entry_ids(old) if i not in new_ids]
            else:
                report.new += 1
        docs.put_many(rows)
        return stale

    def _prepare_all(
        self, todo: list[str], files: dict[str, list[Any]], fresh_extractor: bool
    ) -> Iterator[Prepared]:
        hashes = [files[p][0] if fresh_extractor and p in files else "" for p in todo]
        if len(todo) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
            yield from map(prepare_file, todo, hashes)
            return
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(
            max_workers=min(2, os.cpu_count() or 1),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )
        try:
            yield from pool.map(prepare_file, todo, hashes, chunksize=64)
        finally:  # on an error, queued files are dropped rather than waited for
            pool.shutdown(wait=True, cancel_futures=True)
