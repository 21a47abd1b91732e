"""Time to first screen and per-keystroke search latency of the app, on a given index.

    python benchmarks/tui_bench.py [--config FILE] [--query "oil prices"] [--tmux]

Headless (Textual's Pilot) by default; --tmux also starts the real `wirereader` in tmux and
polls the screen until the first article's text is there.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from wirereader.library.facade import Library
from wirereader.settings.config import load_config
from wirereader.tui.app import WirereaderApp
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView


async def headless(config_path: Path | None, query: str) -> None:
    config = load_config(config_path)
    config.debounce_ms = 0
    start = time.perf_counter()
    app = WirereaderApp(Library(config))
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.screen.query_one(ArticleView)
        while view.article is None:
            await asyncio.sleep(0.002)
        first = time.perf_counter() - start
        print(f"headless start → list and first article: {first * 1000:.0f} ms")
        await app.workers.wait_for_complete()
        listing = app.screen.query_one(ArticleList)
        await pilot.press("slash")
        latencies = []
        for char in query:
            before = listing.hits
            t0 = time.perf_counter()
            await pilot.press(char if char != " " else "space")
            await app.workers.wait_for_complete()
            await pilot.pause()
            latencies.append((time.perf_counter() - t0) * 1000)
            _ = before
        print(
            f"keystroke → ranked results on screen, over {len(query)} keys of {query!r}: "
            f"median {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms"
        )
        print(f"results for the full query: {len(listing.hits)}")


def launch_in_tmux(config_path: Path | None) -> float | None:
    """Start the real app in a tmux session "wrbench"; seconds until the first article shows."""
    command = [sys.executable, "-m", "wirereader"]
    if config_path:
        command += ["--config", str(config_path)]
    subprocess.run(["tmux", "kill-session", "-t", "wrbench"], capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        ["tmux", "new", "-d", "-x", "160", "-y", "45", "-s", "wrbench", " ".join(command)],
        check=True,
    )
    while time.perf_counter() - start < 30:
        screen = _screen()
        if " articles · " in screen and "Quotes (" in screen:
            return time.perf_counter() - start
        time.sleep(0.005)
    return None


def in_tmux(config_path: Path | None, query: str) -> None:
    if not shutil.which("tmux"):
        print("tmux not found: skipping the real-terminal measurement")
        return
    elapsed = launch_in_tmux(config_path)
    shown = "timed out" if elapsed is None else f"{elapsed * 1000:.0f} ms"
    print(f"real terminal (tmux) launch → list and first article: {shown}")
    if elapsed is not None:
        keystrokes(query)
    subprocess.run(["tmux", "kill-session", "-t", "wrbench"], capture_output=True)


def _screen() -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-p", "-t", "wrbench"], capture_output=True, text=True
    ).stdout


def _results_part(screen: str) -> str:
    lines = screen.splitlines()
    status = [line[line.rfind("▎") :] for line in lines[1:2]]
    return "\n".join(status + lines[4:8])


def keystrokes(query: str) -> list[float]:
    """Type the query key by key; time each key until the result count or list changes."""
    subprocess.run(["tmux", "send-keys", "-t", "wrbench", "/"], check=True)
    time.sleep(0.3)
    latencies = []
    for char in query:
        before = _results_part(_screen())
        start = time.perf_counter()
        subprocess.run(["tmux", "send-keys", "-t", "wrbench", "-l", char], check=True)
        while time.perf_counter() - start < 2:
            if _results_part(_screen()) != before:
                latencies.append((time.perf_counter() - start) * 1000)
                break
        time.sleep(0.3)  # let the app go idle before the next key
    if latencies:
        print(
            f"real terminal keystroke → results changed on screen ({len(latencies)} of "
            f"{len(query)} keys changed them): median {statistics.median(latencies):.0f} ms, "
            f"max {max(latencies):.0f} ms (includes the {load_config().debounce_ms} ms debounce)"
        )
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--config", type=Path)
    parser.add_argument("--query", default="oil prices")
    parser.add_argument("--tmux", action="store_true")
    args = parser.parse_args()
    asyncio.run(headless(args.config, args.query))
    if args.tmux:
        in_tmux(args.config, args.query)


if __name__ == "__main__":
    main()
