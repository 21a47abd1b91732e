"""How long each face takes to import, and what it loads, beside the libraries it stands on.

    python benchmarks/import_time.py [--runs 15]

Each import runs in a fresh interpreter (`python -X importtime` is not used: it slows every
import alike); the median of the runs is printed, with the same runs of `import textual.app`
and `import rich.console` as the baselines the faces cannot go below.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

HEAVY = ("pycrfsuite", "whoosh", "httpx", "trafilatura", "feedparser", "textual", "lxml")
FACES = {
    "wirereader.tui.app (the app's module)": "import wirereader.tui.app",
    "wirereader.cli.main (the command)": "import wirereader.cli.main",
    "baseline: textual.app": "import textual.app",
    "baseline: rich.console": "import rich.console",
}


def once(statement: str) -> tuple[float, list[str]]:
    code = (
        "import sys, time\nstart = time.perf_counter()\n"
        f"{statement}\n"
        "took = time.perf_counter() - start\n"
        f"print(took, *[m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    took, *loaded = out.stdout.split()
    return float(took), loaded


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"{'import':44} {'median ms':>10} {'min ms':>8}  heavy modules loaded")
    for label, statement in FACES.items():
        times, loaded = [], []
        for _ in range(args.runs):
            took, loaded = once(statement)
            times.append(took * 1000)
        print(
            f"{label:44} {statistics.median(times):10.0f} {min(times):8.0f}  "
            f"{' '.join(loaded) or '-'}"
        )


if __name__ == "__main__":
    main()
