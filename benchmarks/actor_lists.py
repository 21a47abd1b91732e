"""The most covered actors of Reuters-21578 stories, as `wirereader actors` would list them.

    python benchmarks/actor_lists.py [--part tune|held-out] [--top 40]

The lists a reader sees first are where a wrong kind or a cut name shows most ("Moody" and
"Investors Service Inc." for Moody's Investors Service). Rules are tuned looking at the
stories up to NEWID 10,000 and reported on those from 11,000 (no gold exists for them: the
lists are printed to be read, beside counts of the names that are not actors at all).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reuters import stories
from wirereader.extract import extract
from wirereader.index.actor_tables import actor_key

PARTS = {"tune": (0, 10_000), "held-out": (11_000, 10**9)}


def actors_of(body: str) -> list[tuple[str, str, str]]:
    """(key, kind, name) of each actor of one story, linked mentions aside."""
    return [(actor_key(a.name, a.kind), a.kind, a.name) for a in extract(body).actors]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=PARTS, default="held-out")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    low, high = PARTS[args.part]
    bodies = ["\n\n".join(s.paragraphs) for s in stories() if low < int(s.newid) <= high]
    stories_of: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], Counter[str]] = {}
    with ProcessPoolExecutor(2) as pool:
        for found in pool.map(actors_of, bodies, chunksize=64):
            for key, kind, name in found:
                stories_of[(key, kind)] += 1
                names.setdefault((key, kind), Counter())[name] += 1
    print(f"{args.part}: {len(bodies):,} stories, {len(stories_of):,} actors")
    for kind in ("person", "organisation", "place"):
        ranked = [(k, n) for k, n in stories_of.most_common() if k[1] == kind][: args.top]
        print(f"\n{kind}:")
        print("; ".join(f"{names[k].most_common(1)[0][0]} {n}" for k, n in ranked))


if __name__ == "__main__":
    main()
