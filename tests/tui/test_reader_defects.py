"""What a demanding reader saw go wrong, one test each (issue 10's list), driven by keys."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.command import CommandPalette
from textual.widgets import DataTable

from tests.support.contrast import text_cells
from tests.support.tui import app_of, make_app, seed_bookmarks, settle, status
from wirereader.tui import app as app_module
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.bookmarks import BookmarksScreen
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SidePanel


def cells_of(app: WirereaderApp, word: str, pane: type[Any] = ArticleView) -> list[Any]:
    """The cells of the first place `word` is drawn inside `pane` (cells hold no spaces, so
    neither does the match)."""
    word = word.replace(" ", "")
    region = app.screen.query_one(pane).region
    rows: dict[int, list[Any]] = {}
    for cell in text_cells(app):
        if region.contains(cell.x, cell.y):
            rows.setdefault(cell.y, []).append(cell)
    for row in rows.values():
        text = "".join(c.text for c in row)
        if word in text:
            at = text.index(word)
            return row[at : at + len(word)]
    raise AssertionError(f"{word!r} is not on screen")


async def test_1_a_hit_under_the_cursor_keeps_its_hit_colours(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"pentagon", "enter")
        await settle(app, pilot)
        await pilot.press("enter", "j")  # the cursor on the sentence with the first hit
        spec = app.theme_spec
        assert spec is not None
        for cell in cells_of(app, "Pentagon on August")[:8]:
            assert (cell.fg, cell.bg) == (spec.colours["hit_text"], spec.colours["hit"])


async def test_2_light_header_rows_are_styled_by_what_they_are(
    tmp_path: Path, seeds_copy: Path
) -> None:
    app = make_app(tmp_path, seeds_copy, theme="wirereader-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        byline = cells_of(app, "Tamilla")
        title_second_line = cells_of(app, "confirm")
        assert all(c.fg == "#7a3e9d" and c.ratio >= 4.5 for c in byline), "the meta colour"
        assert all(c.fg == "#2e5aac" for c in title_second_line), "a wrapped headline stays one"


async def test_3_tab_into_the_side_panel_lands_on_a_readable_row(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "tab")
        side = app.screen.query_one(SidePanel)
        assert app.focused is side and side.highlighted == 1, "the first quote, not nothing"
        quote = cells_of(app, "nothing happens", SidePanel)
        assert all(c.ratio >= 3 for c in quote)


async def test_5_narrow_with_the_side_panel_the_article_keeps_its_width(
    app: WirereaderApp,
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "p")
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        assert app.screen.query_one(SidePanel).display
        assert not app.screen.query_one(ArticleList).display, "the list folds, not the article"
        assert view.size.width >= 40
        lines = [view.render_line(y).text.rstrip() for y in range(6)]
        assert any("(file date)" in line for line in lines), "rewrapped at once"
        assert all(len(line) <= view.size.width for line in lines)


async def test_6_wide_the_list_shows_more_of_each_title(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one(ArticleList).size.width >= 40


async def test_7_a_jump_always_shows_where_it_landed(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "a")  # the first actor mention is in the first sentence
        spec = app.theme_spec
        view = app.screen.query_one(ArticleView)
        assert spec is not None and view.mark is not None and view.article is not None
        landed = view.article.body[view.mark[0] : view.mark[1]]
        assert all(c.bg == spec.colours["hit"] for c in cells_of(app, landed.split()[0]))


async def test_8_a_failed_search_clears_the_article(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "slash", *"zzqxv", "enter")
        await settle(app, pilot)
        assert "No articles match" in status(app)
        assert app.screen.query_one(ArticleView).article is None
        assert app.screen.query_one(SidePanel).option_count == 0


@pytest.mark.parametrize("query", ["harbour", "zzqxv"])
async def test_the_side_panel_runs_the_height_of_the_article_beside_it(
    tmp_path: Path, query: str
) -> None:
    """A short article (a few rows in the panel) or none: the boxes still line up."""
    short = "---\ntitle: Harbour closed\n---\nThe harbour closed for 2 days, Ann Lee said.\n"
    app = app_of(tmp_path, {"short.md": short})
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *query, "enter")
        await settle(app, pilot)
        panel, view = app.screen.query_one(SidePanel), app.screen.query_one(ArticleView)
        assert panel.region.y == view.region.y
        assert panel.region.height == view.region.height


async def test_9_bookmarks_screen_moves_with_j_k_and_undoes_a_delete(
    app: WirereaderApp, tmp_path: Path
) -> None:
    store = seed_bookmarks(app, tmp_path / "bookmarks.yaml", (0, 200, 400))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        table = screen.query_one(DataTable)
        await pilot.press("j", "j", "k")
        assert table.cursor_row == 1
        footer = [a.binding.description for a in screen.active_bindings.values() if a.binding.show]
        assert "Open" in footer, "Enter's own entry is in the footer"
        await pilot.press("d")
        await settle(app, pilot)
        assert len(store.load()) == 2
        await settle(app, pilot)
        assert table.row_count == 2, "the table shows the file as it now is"
        await pilot.press("u")
        await settle(app, pilot)
        await settle(app, pilot)
        assert table.row_count == 3
        assert len(store.load()) == 3 and {m.start for m in store.load()} == {0, 200, 400}


async def test_11_figures_keep_their_unit_at_80_columns(app: WirereaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"central bank", "enter")
        await settle(app, pilot)
        side = app.screen.query_one(SidePanel)
        prompts = [str(side.get_option_at_index(i).prompt) for i in range(side.option_count)]
        figure = next(p for p in prompts if p.startswith("3.2 pct"))
        assert figure.endswith("percent 3.2 · pct"), figure


async def test_12_the_palette_has_one_keys_command_and_our_themes(
    app: WirereaderApp, tmp_path: Path
) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Key bindings" in titles and "Keys" not in titles and "Theme" in titles
        app.search_themes()
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        from wirereader.tui.theme_picker import WirereaderThemes

        names = [name for name, _ in WirereaderThemes(app.screen).commands]
        assert names == ["wirereader-dark", "wirereader-high-contrast", "wirereader-light"]
        await pilot.press("escape")
        app.deliver_screenshot()
        await pilot.pause(0.5)
        assert list((tmp_path / "screenshots").glob("*.svg")), "saved, though ~/Downloads is absent"


async def test_13_a_drag_selects_words_and_w_extends_by_word(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.article is not None
        body = view.article.body
        first_row = next(i for i, r in enumerate(view._rows) if r.start >= 0)
        await pilot.mouse_down(view, offset=(8, first_row))
        await pilot.hover(view, offset=(20, first_row))
        await pilot.mouse_up(view, offset=(20, first_row))
        start, end = view.selection_range()
        picked = body[start:end]
        assert 0 < len(picked.split()) <= 4 and picked == picked.strip(), picked
        assert start == 0 or not body[start - 1].isalnum(), "whole words"
        assert end == len(body) or not body[end].isalnum()
        await pilot.press("w")
        assert len(body[slice(*view.selection_range())].split()) == len(picked.split()) + 1
        await pilot.press("b")
        await settle(app, pilot)
        marks = yaml.safe_load(Path(app.config.bookmarks_file).read_text("utf-8"))["bookmarks"]
        assert marks[0]["text"] == body[start : view.article.body.find(" ", end + 1)]


async def test_14_memory_is_collected_even_when_the_reader_never_pauses(
    app: WirereaderApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Any, ...]] = []
    monkeypatch.setattr(gc, "collect", lambda *a: calls.append(a) or 0)
    clock = [1000.0]
    monkeypatch.setattr(app_module.time, "monotonic", lambda: clock[0])
    app._last_input = app._last_full = 1000.0
    app._collect()
    assert calls[-1] == (1,), "busy: the young generations only"
    clock[0] += app_module.FULL_GC_EVERY + 1
    app._last_input = clock[0]
    app._collect()
    assert calls[-1] == (), "a full collection at least once a minute"


async def test_textual_themes_work_when_asked_for(tmp_path: Path, seeds_copy: Path) -> None:
    app = make_app(tmp_path, seeds_copy, theme="nord", textual_themes=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.theme == "nord"
        await pilot.press("enter", "n", "a")
        assert len(app.screen.query_one(ArticleList).hits) == 4
        app.search_themes()
        await pilot.pause()
        from wirereader.tui.theme_picker import WirereaderThemes

        names = [name for name, _ in WirereaderThemes(app.screen).commands]
        assert names[:3] == ["wirereader-dark", "wirereader-high-contrast", "wirereader-light"]
        assert "nord" in names[3:]
