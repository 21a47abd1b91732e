"""Extraction speed on real wire copy (Reuters-21578): articles/s and ms per article.

python benchmarks/extract_speed.py [--n 3000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reuters import REUTERS, stories
from wirereader.extract import extract


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    if not REUTERS.exists():
        sys.exit(f"{REUTERS} is absent: the shared corpora sit beside the checkout")
    texts = []
    for story in stories():
        texts.append("\n\n".join(story.paragraphs))
        if len(texts) >= args.n:
            break
    times = []
    for text in texts:
        start = time.perf_counter()
        extract(text)
        times.append((time.perf_counter() - start) * 1000)
    total = sum(times) / 1000
    chars = statistics.mean(len(t) for t in texts)
    print(f"{len(texts)} Reuters stories, mean {chars:,.0f} characters")
    print(f"extraction: {len(texts) / total:,.0f} articles/s on one core")
    print(
        f"ms per article: mean {statistics.mean(times):.2f}, median {statistics.median(times):.2f}, "
        f"p95 {statistics.quantiles(times, n=20)[-1]:.2f}"
    )


if __name__ == "__main__":
    main()
