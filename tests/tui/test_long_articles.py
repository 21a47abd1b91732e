"""Long articles and long words open at once: the panel lists the first of many, the pane wraps."""

from __future__ import annotations

from pathlib import Path

from tests.tui.conftest import make_app
from tests.tui.test_flows import settle
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SECTION_ROWS, SidePanel

URL = "https://example.com/news/" + "a-very-long-slug-" * 20


def write(folder: Path, name: str, front: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\n{front}\n---\n{body}\n", encoding="utf-8")


async def test_a_long_article_lists_the_first_figures_and_says_how_many_more(
    tmp_path: Path,
) -> None:
    body = "\n\n".join(
        f"Mayor Ann Lee{i} said {i + 2} pct of the {i + 1},000 homes in Town{i} had power."
        for i in range(150)
    )
    write(tmp_path / "news", "long.md", 'title: "Power cuts"\npublished: 2025-01-02', body)
    app = make_app(tmp_path, tmp_path / "news")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.extraction.figures
        figures = len(view.extraction.figures)
        assert figures > SECTION_ROWS
        panel = app.screen.query_one(SidePanel)
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert f"Figures ({figures:,} · first {SECTION_ROWS})" in prompts
        assert f"… and {figures - SECTION_ROWS:,} more figures" in "\n".join(prompts)
        assert (
            sum(
                1
                for i in range(panel.option_count)
                if (panel.get_option_at_index(i).id or "").startswith("f")
            )
            == SECTION_ROWS
        )


async def test_a_url_many_times_the_pane_width_is_wrapped_not_hung(tmp_path: Path) -> None:
    front = f'title: "A story"\npublished: 2025-01-02\nurl: "{URL}"'
    write(tmp_path / "news", "url.md", front, "Short body. The end.")
    app = make_app(tmp_path, tmp_path / "news")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        url_rows = [r.text.plain for r in view._rows if r.part == "url"]
        assert "".join(url_rows) == URL and len(url_rows) > 2
