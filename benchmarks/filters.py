"""Filters at scale: unread:, speaker: and a word with each, on an index built by scale.py.

Marks the first N stories read (the read state is put back afterwards), then times each query
twice and prints its total beside an exact count. A total that differs from the count is a
wrong number shown to the reader.

    python benchmarks/filters.py [--config /tmp/wirereader-scale/config.yaml] [--read 50000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wirereader.library.facade import Library
from wirereader.settings.config import load_config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path, default=Path("/tmp/wirereader-scale/config.yaml"))
    parser.add_argument("--read", type=int, default=50_000)
    args = parser.parse_args()
    library = Library(load_config(args.config))
    kept = library.read.read_ids()
    ids = [hit.id for hit in library.search("", limit=args.read).hits]
    db = library.read._conn()
    with db:
        db.execute("DELETE FROM read")
        db.executemany("INSERT INTO read VALUES (?, 'benchmark')", [(i,) for i in ids])
    try:
        quoted = [name for name, kind, _, quotes in library.archive().top(n=200) if quotes]
        speaker = f'speaker:"{quoted[0]}"' if quoted else "speaker:baker"
        print(f"{library.docs().count():,} stories, {len(ids):,} read; speaker: {speaker}")
        for query in ("oil", "oil unread:yes", "oil unread:no", "unread:yes", "unread:no",
                      f"oil {speaker}", speaker):  # fmt: skip
            took = []
            for _ in range(2):
                began = time.perf_counter()
                total = library.search(query).total
                took.append(time.perf_counter() - began)
            exact = library.count(query)
            flag = "" if total == exact else f"  WRONG (count says {exact:,})"
            print(f"  {query}: {took[0]:.2f} s, then {took[1]:.2f} s; total {total:,}{flag}")
    finally:
        with db:
            db.execute("DELETE FROM read")
            db.executemany("INSERT INTO read VALUES (?, 'kept')", [(i,) for i in sorted(kept)])


if __name__ == "__main__":
    main()
