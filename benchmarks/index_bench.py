"""Index the Reuters-21578 stories with wirereader's own path and print speed, size and latency.

    python benchmarks/index_bench.py [--copies N] [--work DIR]

Compares with raw Whoosh (same files, a plain title/body schema) so the ratio is visible.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema

from reuters import corpus_folders
from wirereader.index.query.search import QueryParser
from wirereader.ingest import iter_article_files, read_article
from wirereader.library.facade import Library
from wirereader.settings.config import Config

QUERIES = {
    "word": "coffee",
    "words": "oil prices",
    "phrase": '"trade deficit"',
    "boolean": "(wheat OR corn) AND NOT soybeans",
    "field": "title:bank",
    "date range": "date:1987-03-01..1987-03-15 dollar",
    "actor": "place:japan",
    "speaker": "speaker:baker",
}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def time_queries(
    run: object, repeats: int, queries: dict[str, str] | None = None
) -> dict[str, tuple[float, float]]:
    out = {}
    for name, query in (queries or QUERIES).items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            run(query)  # type: ignore[operator]
            times.append((time.perf_counter() - start) * 1000)
        out[name] = (statistics.median(times), percentile(times, 95))
    return out


def raw_whoosh(files: list[Path], target: Path, procs: int) -> float:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    schema = Schema(
        id=ID(stored=True, unique=True), title=TEXT(stored=True), body=TEXT(stored=True)
    )
    ix = whoosh_index.create_in(str(target), schema)
    start = time.perf_counter()
    writer = ix.writer(procs=procs, limitmb=128) if procs > 1 else ix.writer(limitmb=128)
    for path in files:
        article = read_article(path)
        writer.add_document(id=article.id, title=article.title, body=article.body)
    writer.commit()
    return len(files) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/wirereader-bench"))
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--skip-raw", action="store_true", help="skip the raw Whoosh comparison")
    args = parser.parse_args()
    n, folders = corpus_folders(args.work, args.copies)
    index_dir = args.work / f"index-x{args.copies}"
    library = Library(Config(library=folders, index_dir=index_dir))
    start = time.perf_counter()
    report = library.index(rebuild=True)
    build = time.perf_counter() - start
    print(f"articles: {n} ({report.new} indexed, {len(report.skipped)} skipped)")
    print(f"wirereader build (extraction included): {n / build:,.0f} articles/s ({build:.1f} s)")
    print(f"index size: {folder_size(index_dir) / 1e6:,.1f} MB")
    start = time.perf_counter()
    again = library.index()
    print(
        f"re-index, nothing changed: {time.perf_counter() - start:.2f} s ({again.unchanged} unchanged)"
    )
    library.search("warm up", limit=10)
    ours = time_queries(lambda q: library.search(q, limit=10, snippets=False), args.repeats)
    snips = time_queries(lambda q: library.search(q, limit=10), args.repeats)
    raw_searcher = library.searcher()
    raw_parser = QueryParser(library.open())  # the same parse, so raw times only Whoosh's search
    parsed = {q: raw_parser.parse(q) for q in QUERIES.values()}
    raw = time_queries(
        lambda q: [h["id"] for h in raw_searcher.search(parsed[q], limit=10)], args.repeats
    )
    print(
        f"\n{'query':<12} {'p50 ms':>8} {'p95 ms':>8} {'raw p50':>8} {'raw p95':>8} {'ratio':>6}"
        f" {'+snippets p95':>14}"
    )
    for name in QUERIES:
        (p50, p95), (r50, r95) = ours[name], raw[name]
        print(
            f"{name:<12} {p50:8.1f} {p95:8.1f} {r50:8.1f} {r95:8.1f} {p95 / max(r95, 1e-6):6.2f}"
            f" {snips[name][1]:14.1f}"
        )
    all95 = max(v[1] for v in ours.values())
    print(f"worst p95 over the query set: {all95:.1f} ms")
    if not args.skip_raw:
        files = list(iter_article_files(folders))
        for procs in (1, 2):
            rate = raw_whoosh(files, args.work / f"raw-{procs}", procs)
            print(
                f"raw Whoosh (title/body, procs={procs}): {rate:,.0f} articles/s; "
                f"wirereader/raw = {n / build / rate:.2f}"
            )


if __name__ == "__main__":
    main()
