"""The app on one long article: time to open it, to lay it out again, and a short story beside it.

    python benchmarks/long_article.py [--mb 1.0]

Builds a library outside the repo with one article of Reuters copy (--mb megabytes) and one
short story, indexes it, then drives the app headless (Pilot) and prints the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reuters import REUTERS, prose
from wirereader.library.facade import Library
from wirereader.settings.config import Config
from wirereader.tui.app import WirereaderApp
from wirereader.tui.widgets.article_view import ArticleView

SHORT = "The Bank of Japan (BOJ) said on Monday it would act, Governor Kazuo Ueda said."


def write_library(folder: Path, size: int) -> None:
    body = prose(size)
    folder.mkdir(parents=True)
    (folder / "long.md").write_text(f'---\ntitle: "Long"\npublished: 2026-01-02\n---\n{body}\n')
    (folder / "short.md").write_text(f'---\ntitle: "Short"\npublished: 2026-01-01\n---\n{SHORT}\n')


async def drive(library: Library) -> None:
    app = WirereaderApp(library)
    async with app.run_test(size=(160, 45)) as pilot:
        view = app.screen.query_one(ArticleView)
        for title, keys in (("Long", ()), ("Short", ("j",)), ("Long", ("k",))):
            began = time.perf_counter()
            for key in keys:
                await pilot.press(key)
            while view.article is None or view.article.title != title:
                await pilot.pause(0.01)
            await pilot.pause()
            print(f"open {title:5}: {(time.perf_counter() - began) * 1000:7,.0f} ms")
        began = time.perf_counter()
        view._relayout()
        print(f"lay the long one out again: {(time.perf_counter() - began) * 1000:,.0f} ms")
        print(f"rows: {len(view._rows):,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args()
    if not REUTERS.exists():
        sys.exit(f"{REUTERS} is absent: the shared corpora sit beside the checkout")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "news"
        write_library(folder, int(args.mb * 1e6))
        here = Path(tmp)
        config = Config(
            library=[folder],
            index_dir=here / "index",
            bookmarks_file=here / "bookmarks.yaml",
            state_file=here / "state.yaml",
        )
        library = Library(config)
        began = time.perf_counter()
        library.index()
        print(f"index the two: {time.perf_counter() - began:.1f} s")
        asyncio.run(drive(library))


if __name__ == "__main__":
    main()
