"""Agency copy in the app: each row says the story's language (when not English), its version
and how many earlier ones it replaces; `V` lists a story's versions, newest first."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.tui import make_app, settle
from wirereader.tui.screens.main import MainScreen
from wirereader.tui.widgets.article_list import ArticleList

WIRE = Path(__file__).parents[1] / "samples" / "wire"


def row_text(articles: ArticleList, row: int) -> str:
    return "".join(articles.render_line(row * 2 + part - articles.scroll_offset.y).text
                   for part in (0, 1))  # fmt: skip


async def test_rows_show_language_and_versions_and_v_lists_the_versions(tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    shutil.copytree(WIRE, folder)
    app = make_app(tmp_path, folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        articles = app.screen.query_one(ArticleList)
        titles = [h.title for h in articles.hits]
        assert len(titles) == 11  # 13 articles, two of them older versions
        fire = next(i for i, t in enumerate(titles) if t.startswith("Harbour warehouse fire"))
        german = titles.index("Merz warnt vor steigenden Energiepreisen")
        articles.cursor = german
        await pilot.pause()
        assert " · de · " in row_text(articles, german)
        articles.cursor = fire
        await pilot.pause()
        assert "v2 · 1 earlier" in row_text(articles, fire)
        await pilot.press("V")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert [h.version for h in articles.hits] == [2, 1]
        assert articles.hits[1].title == "Fire breaks out at harbour warehouse"
