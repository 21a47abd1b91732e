"""Actors across the archive at scale: the actors list and the most covered actor's page.

    python benchmarks/actor_bench.py --index DIR [--repeats 20]

Run on an index built by index_bench.py or scale.py (Reuters-21578 × 5); prints the size of
the actor tables against the whole article store, and p50/p95 timings.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from wirereader.archive.actors import Archive
from wirereader.index.docstore import DocStore


def timed(repeats: int, run: object) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        run()  # type: ignore[operator]
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    if not (args.index / "articles.sqlite").exists():
        sys.exit(f"no article store in {args.index}")
    docs = DocStore(args.index)
    archive = Archive(docs)
    pages = dict(_pages(docs))
    actor_bytes = sum(v for k, v in pages.items() if "actor" in k)
    total = (args.index / "articles.sqlite").stat().st_size
    whole = sum(p.stat().st_size for p in args.index.iterdir() if p.is_file())
    print(f"actor tables: {actor_bytes / 1e6:.1f} MB of {total / 1e6:.1f} MB article store, "
          f"{whole / 1e6:.1f} MB index ({actor_bytes / max(1, whole - actor_bytes):.1%} added)")  # fmt: skip
    rows = docs.query("SELECT count(*) FROM actor_rows")[0][0]
    actors = docs.query("SELECT count(*) FROM actors")[0][0]
    print(f"{rows:,} actor rows, {actors:,} actors")
    p50, p95 = timed(args.repeats, lambda: archive.top(None, 20))
    print(f"actors list (top 20):        p50 {p50:7.1f} ms  p95 {p95:7.1f} ms")
    p50, p95 = timed(args.repeats, lambda: archive.top("person", 20))
    print(f"actors list (people):        p50 {p50:7.1f} ms  p95 {p95:7.1f} ms")
    name, kind, stories, quotes = archive.top(None, 1)[0]
    p50, p95 = timed(args.repeats, lambda: archive.page(archive.find(name, kind)))  # type: ignore[arg-type]
    print(
        f"page of {name} ({kind}, {stories:,} stories, {quotes:,} quotes): p50 {p50:.1f} ms  p95 {p95:.1f} ms"
    )
    person = archive.top("person", 1)[0]
    p50, p95 = timed(args.repeats, lambda: archive.page(archive.find(person[0], "person")))  # type: ignore[arg-type]
    print(
        f"page of {person[0]} (person, {person[2]:,} stories, {person[3]:,} quotes): p50 {p50:.1f} ms  p95 {p95:.1f} ms"
    )


def _pages(docs: DocStore) -> list[tuple[str, int]]:
    """Bytes per table and index, where SQLite was built with the dbstat table."""
    try:
        return [
            (str(n), int(b))
            for n, b in docs.query("SELECT name, sum(pgsize) FROM dbstat GROUP BY name")
        ]
    except Exception:
        return []


if __name__ == "__main__":
    main()
