"""Language detection on a mixed sample (benchmarks/data/languages.tsv: 240 short news texts
in 10 languages): accuracy and time a text, for wirereader's detector (py3langid, as
ingest.language calls it) and, when installed, lingua for comparison.

    python benchmarks/languages.py            # wirereader's detector
    python benchmarks/languages.py --lingua   # and lingua-language-detector, if installed
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from wirereader.ingest.language import detect_language, language_code

SAMPLE = Path(__file__).parent / "data" / "languages.tsv"


def load() -> list[tuple[str, str]]:
    rows = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, text = line.split("\t", 1)
            rows.append((code, text))
    return rows


def measure(name: str, guess: Callable[[str], str], rows: list[tuple[str, str]]) -> None:
    guess(rows[0][1])  # the model loads on the first call: timed apart
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: list[str] = []
    started = time.perf_counter()
    for code, text in rows:
        found = guess(text)
        total[code] += 1
        if found == code:
            right[code] += 1
        else:
            wrong.append(f"{code}→{found or '?'}")
    took = time.perf_counter() - started
    print(
        f"{name}: {sum(right.values())}/{len(rows)} right "
        f"({sum(right.values()) / len(rows):.3f}); {took / len(rows) * 1000:.3f} ms a text"
    )
    print("  by language: " + ", ".join(f"{c} {right[c]}/{total[c]}" for c in sorted(total)))
    print("  wrong: " + (", ".join(sorted(Counter(wrong))) if wrong else "none"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lingua", action="store_true")
    args = parser.parse_args()
    rows = load()
    started = time.perf_counter()
    detect_language("warm up the model", "the model loads on first use")
    print(f"py3langid model load: {time.perf_counter() - started:.2f} s")
    measure("py3langid (wirereader)", lambda text: detect_language(text, ""), rows)
    if args.lingua:
        try:
            from lingua import LanguageDetectorBuilder
        except ImportError:
            print("lingua-language-detector is not installed")
            return
        started = time.perf_counter()
        detector = LanguageDetectorBuilder.from_all_languages().build()
        detector.detect_language_of("warm up")
        print(f"lingua model load: {time.perf_counter() - started:.2f} s")

        def lingua(text: str) -> str:
            found = detector.detect_language_of(text)
            return language_code(found.iso_code_639_1.name.lower()) if found else ""

        measure("lingua", lingua, rows)


if __name__ == "__main__":
    main()
