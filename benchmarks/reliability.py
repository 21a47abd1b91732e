"""Reliability figures: kill -9 during indexing and during fetch + index, hostile servers,
fuzzed feeds, concurrent bookmark writers, extraction time on prose and pathological text, and
wildcard queries on a large index.

    python benchmarks/reliability.py [--kills 20] [--fetch-kills 100] [--fuzz 1000]
        [--writers 4 --adds 500] [--scale-index DIR]
        [--only extraction|wildcards|bookmarks|kills|fetch-kills|servers|fuzz]

Prints figures; nothing here is asserted. --scale-index points at an index built by scale.py
(default /tmp/wirereader-scale/index) for the wildcard timings.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import random
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fetch_faults
from reuters import prose, stories
from wirereader.bookmarks.cache import cache_path
from wirereader.bookmarks.store import Bookmark, BookmarkStore
from wirereader.errors import LockTimeout, QueryError, SearchCancelled
from wirereader.extract import extract
from wirereader.library.facade import Library
from wirereader.settings.config import Config


def kill_trials(n: int, work: Path) -> None:
    folder = work / "kill" / "news"
    folder.mkdir(parents=True)
    for i, story in enumerate(stories()):
        if i == 400:
            break
        (folder / f"r{story.newid}.md").write_text(
            f"---\ntitle: {json.dumps(story.title)}\n---\n" + "\n\n".join(story.paragraphs)
        )
    config = work / "kill" / "c.yaml"
    config.write_text(f"library: [{folder}]\nindex_dir: {work / 'kill' / 'ix'}\n")
    cmd = [sys.executable, "-m", "wirereader", "--config", str(config), "index"]
    bad = 0
    rng = random.Random(7)
    for trial in range(n):
        if trial % 3 == 0:
            cmd_run = [*cmd, "--rebuild"]
        else:
            victim = folder / rng.choice(sorted(os.listdir(folder)))
            victim.write_text(victim.read_text() + f"\n\nEdited {trial}.\n")
            cmd_run = cmd
        proc = subprocess.Popen(cmd_run, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        library = Library(Config(library=[folder], index_dir=work / "kill" / "ix"))
        try:
            docs = library.store.open().doc_count()
            total = library.search("said OR the", limit=1).total
            articles = library.stats().articles
        except Exception as exc:  # a figure, not a crash: count it as a bad trial
            docs, total, articles = -1, -1, -1
            print(f"    trial {trial}: {type(exc).__name__}: {exc}", flush=True)
        if again.returncode != 0 or docs != 400 or articles != 400 or total > 400:
            bad += 1
            print(f"    trial {trial}: exit {again.returncode} {again.stderr.strip()[-200:]}, "
                  f"{docs} documents", flush=True)  # fmt: skip
        library.close()
    print(f"kill -9 during indexing: {n} trials, {bad} left a wrong index after the next run")


def _writer(path: str, offset: int, adds: int, out: multiprocessing.Queue[tuple[int, int]]) -> None:
    store = BookmarkStore(Path(path))
    errors = 0
    for n in range(adds):
        mark = Bookmark("a1", "Title", "Wire", "2025-08-20", n, n + 5, f"passage {offset + n}")
        try:
            store.add(mark, wait=60)
        except LockTimeout:
            errors += 1
    out.put((offset, errors))


def bookmark_writers(writers: int, adds: int, work: Path) -> None:
    path = work / "bookmarks.yaml"
    queue: multiprocessing.Queue[tuple[int, int]] = multiprocessing.Queue()
    start = time.perf_counter()
    procs = [
        multiprocessing.Process(target=_writer, args=(str(path), i * 100_000, adds, queue))
        for i in range(writers)
    ]
    for proc in procs:
        proc.start()
    errors = sum(queue.get()[1] for _ in procs)
    for proc in procs:
        proc.join()
    took = time.perf_counter() - start
    saved = len(BookmarkStore(path).load())
    lost = writers * adds - saved - errors
    print(
        f"bookmarks: {writers} writers × {adds} adds in {took:.1f} s: {saved:,} saved, "
        f"{lost} lost, {errors} lock timeouts"
    )
    store = BookmarkStore(path)
    while len(store.load()) < 10_000:
        for n in range(500):
            store.add(Bookmark("a2", "Filler", "Wire", "2025-08-20", n, n + 5, f"filler {n}"))
    times = []
    for n in range(50):
        began = time.perf_counter()
        store.add(Bookmark("a3", "Timed", "Wire", "2025-08-20", n, n + 5, f"timed {n}"))
        times.append((time.perf_counter() - began) * 1000)
    print(
        f"bookmarks: one add with {len(store.load()):,} in the file: "
        f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"
    )
    cache_path(path).unlink(missing_ok=True)
    loads = {}
    for name in ("with no cache (a full parse)", "from the cache", "after one more add"):
        if name == "after one more add":
            store.add(Bookmark("a3", "Timed", "Wire", "2025-08-20", 1, 6, "one more"))
        began = time.perf_counter()
        marks = store.load()
        loads[name] = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    store.delete(marks[len(marks) // 2].id)
    delete_ms = (time.perf_counter() - began) * 1000
    print(
        f"bookmarks: loading {len(marks):,}: "
        + ", ".join(f"{name} {ms:,.0f} ms" for name, ms in loads.items())
        + f"; deleting one {delete_ms:,.0f} ms"
    )


def extraction_per_mb() -> None:
    wire = prose(1_000_000)
    codes = [f"{a}{b}{c}" for a, b, c in itertools.product(string.ascii_uppercase, repeat=3)]
    banks = " ".join(f"The Bank of {c.title()} ({c}) said the {c} would act." for c in codes)
    names = ", ".join(  # no full stop anywhere: one sentence, a table or a list
        f"Defence Secretary {c.title()} {c.title()}son and Mr. {c.title()}ley of the Bank of "
        f"{c.title()} in {c.title()}ville"
        for c in codes[:4000]
    )
    described = " ".join(  # "the spokesman" met again only past RECALL other speakers
        f"“We act,” said {c.title()} {c.title()}son."
        + (" “They act,” the spokesman said." if i % 60 == 59 else "")
        for i, c in enumerate(codes[:16000])
    )
    cases = {
        "Reuters prose, 1 MB": wire,
        "the same on one line": wire.replace("\n", " "),
        "'.' × 50,000": "." * 50_000,
        "'ABC ' × 50,000": "ABC " * 50_000,
        "'\"' × 100,000": '"' * 100_000,
        "'Mr. Smith said. ' × 12,000": "Mr. Smith said. " * 12_000,
        "'1,000 ' × 30,000": "1,000 " * 30_000,
        "17,576 acronyms spelled out": banks,
        "one sentence of 16,000 names": names,
        "16,000 speakers, a spokesman": described,
        "'New York ' × 45,000": "New York " * 45_000,
        "'“a” ' × 100,000": "“a” " * 100_000,
        "', who said, ' × 20,000": ", who said, " * 20_000,
    }
    for name, text in cases.items():
        began = time.perf_counter()
        extract(text)
        took = time.perf_counter() - began
        mb = len(text) / 1e6
        print(f"extraction: {name:32} {mb:5.2f} MB in {took:6.2f} s = {took / mb:5.2f} s/MB")


def wildcards(index_dir: Path) -> None:
    if not (index_dir / "articles.sqlite").exists():
        print(f"wildcards: no index at {index_dir} (run benchmarks/scale.py first)")
        return
    library = Library(Config(library=[], index_dir=index_dir))
    total = library.stats().articles
    library.search("oil")  # open Whoosh first
    typos = " ".join("".join(random.Random(n).choices("aeioustrnl", k=8)) for n in range(200))
    ored = " OR ".join(a + b + "*" for a in "sctpbmdar" for b in "aeiou")
    pasted = {
        "'a' × 10,000 (one pasted word)": "a" * 10_000,
        "200 misspelled words": typos,
        "45 ORed two-letter wildcards": ored,
        "NOT × 3,000": "NOT " * 3000 + "oil",
        "ta* OR te* OR ti* OR to*": "ta* OR te* OR ti* OR to*",
    }
    for query in ("s*", "**", "c* OR d*", "e*", "tro*", "oil*", "petrol*", "ban?", *pasted):
        began = time.perf_counter()
        try:
            text = pasted.get(query, query)
            found = f"{library.search(text, limit=50, exact_count=False).total:,}+ hits"
        except QueryError as exc:
            found = f"refused: {exc}"
        took = (time.perf_counter() - began) * 1000
        print(f"wildcards at {total:,} stories: {query:10} {took:8.1f} ms  {found}")
    heavy = " OR ".join(random.Random(1).choices(["oil", "bank", "rate", "trade", "gold"], k=200))
    began = time.perf_counter()
    library.search(heavy, limit=50, exact_count=False)
    full = time.perf_counter() - began
    asked = threading.Event()
    threading.Timer(0.2, asked.set).start()
    began = time.perf_counter()
    try:
        library.search(heavy, limit=50, exact_count=False, should_stop=asked.is_set)
        ended = "finished anyway"
    except SearchCancelled:
        ended = "stopped"
    print(
        f"searches at {total:,} stories: 200 ORed words {full:.2f} s; told to stop at 0.2 s "
        f"(a newer keystroke): {ended} at {time.perf_counter() - began:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--fetch-kills", type=int, default=100)
    parser.add_argument("--fuzz", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--adds", type=int, default=500)
    parser.add_argument("--scale-index", type=Path, default=Path("/tmp/wirereader-scale/index"))
    parser.add_argument(
        "--only",
        choices=["extraction", "wildcards", "bookmarks", "kills", "fetch-kills", "servers", "fuzz"],
        help="one part",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only in (None, "extraction"):
            extraction_per_mb()
        if args.only in (None, "wildcards"):
            wildcards(args.scale_index)
        if args.only in (None, "bookmarks"):
            bookmark_writers(args.writers, args.adds, work)
        if args.only in (None, "kills"):
            kill_trials(args.kills, work)
        if args.only in (None, "servers"):
            fetch_faults.hostile_servers(work)
        if args.only in (None, "fuzz"):
            fetch_faults.fuzz_feeds(args.fuzz)
        if args.only in (None, "fetch-kills"):
            fetch_faults.fetch_kills(args.fetch_kills, work)


if __name__ == "__main__":
    main()
