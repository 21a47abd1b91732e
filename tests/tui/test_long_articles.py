"""Long articles and long words open at once: the panel lists the first of many, the pane wraps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.tui import app_of, settle
from wirereader.tui.app import WirereaderApp
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SECTION_ROWS, SidePanel

URL = "https://example.com/news/" + "a-very-long-slug-" * 20


async def open_first(app: WirereaderApp, pilot: Any) -> ArticleView:
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    view = app.screen.query_one(ArticleView)
    assert view.article is not None
    return view


async def test_a_long_article_lists_the_first_figures_and_says_how_many_more(
    tmp_path: Path,
) -> None:
    body = "\n\n".join(
        f"Mayor Ann Lee{i} said {i + 2} pct of the {i + 1},000 homes in Town{i} had power."
        for i in range(150)
    )
    app = app_of(tmp_path, {"long.md": f'---\ntitle: "Power cuts"\n---\n{body}\n'})
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_first(app, pilot)
        figures = len(view.extraction.figures)
        assert figures > SECTION_ROWS
        panel = app.screen.query_one(SidePanel)
        options = [panel.get_option_at_index(i) for i in range(panel.option_count)]
        prompts = [str(option.prompt) for option in options]
        assert f"Figures ({figures:,} · first {SECTION_ROWS})" in prompts
        assert f"… and {figures - SECTION_ROWS:,} more figures" in "\n".join(prompts)
        assert sum((option.id or "").startswith("f") for option in options) == SECTION_ROWS


async def test_a_url_many_times_the_pane_width_is_wrapped_not_hung(tmp_path: Path) -> None:
    app = app_of(tmp_path, {"url.md": f'---\ntitle: "A story"\nurl: "{URL}"\n---\nShort body.\n'})
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_first(app, pilot)
        url_rows = [r.text.plain for r in view._rows if r.part == "url"]
        assert "".join(url_rows) == URL and len(url_rows) > 2
