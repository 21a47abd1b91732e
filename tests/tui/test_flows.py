"""Pilot tests: each flow of the app driven by keys, as a reader would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.app import App
from textual.widgets import Input

from tests.support.tui import app_of, harbour_reports, make_app, settle, status
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.actor import ActorScreen
from wirereader.tui.screens.bookmarks import BookmarksScreen
from wirereader.tui.screens.help import HelpScreen
from wirereader.tui.screens.main import MainScreen
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView
from wirereader.tui.widgets.side_panel import SidePanel


async def test_search_as_you_type_then_open(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert len(app.screen.query_one(ArticleList).hits) == 4
        await pilot.press("slash", *"wildfire")
        await pilot.pause(0.1)
        await settle(app, pilot)
        hits = app.screen.query_one(ArticleList).hits
        assert [h.title[:8] for h in hits] == ["Wildfire"]
        assert "1 article ·" in status(app)
        await pilot.press("enter")  # to the list
        assert isinstance(app.focused, ArticleList)
        await pilot.press("enter")  # open
        view = app.screen.query_one(ArticleView)
        assert app.focused is view
        assert view.article is not None and view.article.title.startswith("Wildfire")
        assert view.hits, "the search word is highlighted in the article"


async def test_malformed_query_shows_inline_message(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"title:(")
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert "unbalanced" in status(app)
        assert app.screen.query_one("#status").has_class("error")


async def test_no_hits_offers_the_suggestion_and_enter_takes_it(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"title:pentagn")
        await pilot.pause(0.1)
        await settle(app, pilot)
        assert "No articles match" in status(app) and "title:pentagon" in status(app)
        await pilot.press("enter")
        await pilot.pause(0.1)
        await settle(app, pilot)
        box = app.screen.query_one("#query", Input)
        assert box.value == "title:pentagon" and app.focused is box
        assert "1 article" in status(app)
        await pilot.press("enter")  # nothing offered now: Enter goes to the results
        assert isinstance(app.focused, ArticleList)


async def test_enter_takes_no_offer_made_for_another_query(
    tmp_path: Path, seeds_copy: Path
) -> None:
    app = make_app(tmp_path, seeds_copy, debounce_ms=5000)  # the edited query is not run yet
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        box = app.screen.query_one("#query", Input)
        box.value = "pentagn"
        app.screen.run_search("pentagn")
        await settle(app, pilot)
        assert "pentagon" in status(app)
        box.focus()
        await pilot.press("end", "backspace", "enter")  # "pentag": not what was offered
        await settle(app, pilot)
        assert box.value == "pentag"


async def test_list_keys_move_and_open(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        await pilot.press("j", "j")
        assert listing.cursor == 2
        await pilot.press("G")
        assert listing.cursor == 3
        await pilot.press("g")
        assert listing.cursor == 0
        view = app.screen.query_one(ArticleView)
        await pilot.press("j")
        assert view.article is not None and view.article.id == listing.hits[1].id


async def test_jump_between_quotes_figures_actors_and_hits(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"troops", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        body = view.article.body if view.article else ""
        await pilot.press("right_square_bracket")
        assert view.mark and body[view.mark[0] : view.mark[1]].startswith("nothing happens")
        await pilot.press("right_square_bracket")
        assert view.mark and body[view.mark[0] : view.mark[1]].startswith("article-5")
        await pilot.press("left_square_bracket")
        assert view.mark and body[view.mark[0] : view.mark[1]].startswith("nothing happens")
        await pilot.press("f")
        assert view.mark and "figure" in str(view.border_subtitle)
        await pilot.press("n")
        assert view.mark and body[view.mark[0] : view.mark[1]].lower().startswith("troop")
        await pilot.press("a")
        assert view.mark and "actor" in str(view.border_subtitle)


async def test_side_panel_choice_scrolls_and_actor_opens_its_page(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        side = app.screen.query_one(SidePanel)
        side.focus()
        # focusing lands on the first quote (not on nothing); four downs reach the 5th
        await pilot.press("down", "down", "down", "down", "enter")
        view = app.screen.query_one(ArticleView)
        assert view.mark is not None
        assert view.article and "30 chiefs" in view.article.body[view.mark[0] : view.mark[1]]
        assert view.scroll_offset.y > 0, "the view scrolled down to the last quote"
        side.highlighted = next(
            i for i, o in enumerate(side._options) if o.id and o.id.startswith("a")
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorScreen)
        await pilot.press("s")  # its stories, as a search
        await settle(app, pilot)
        assert app.screen.query_one("#query", Input).value.startswith('actor:"')


async def test_bookmark_sentence_selection_and_note(app: WirereaderApp, tmp_path: Path) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # open the first article
        view = app.screen.query_one(ArticleView)
        await pilot.press("j", "v", "j", "b")  # select sentences 2..3, bookmark
        await pilot.press("k", "m", *"key point", "enter")  # one sentence, with a note
        await settle(app, pilot)  # saves run in a worker
        marks = yaml.safe_load((tmp_path / "bookmarks.yaml").read_text("utf-8"))["bookmarks"]
        assert len(marks) == 2
        body = view.article.body if view.article else ""
        assert marks[0]["text"] == body[view.sentences[1][0] : view.sentences[2][1]]
        assert marks[0]["text"].startswith("Tony Radakin") and "Tony Radakin" in marks[0]["actors"]
        assert marks[1]["note"] == "key point"


async def test_bookmarks_screen_opens_and_deletes(app: WirereaderApp, tmp_path: Path) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "j", "j", "b")
        await pilot.press("B")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        view = app.screen.query_one(ArticleView)
        assert view.mark is not None and view.border_subtitle == "bookmarked passage"
        await pilot.press("B", "d")
        assert app.screen.marks == []  # type: ignore[attr-defined]
        marks = yaml.safe_load((tmp_path / "bookmarks.yaml").read_text("utf-8"))["bookmarks"]
        assert marks == []


async def test_help_lists_every_binding(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_theme_switch_is_remembered(tmp_path: Path, seeds_copy: Path) -> None:
    app = make_app(tmp_path, seeds_copy)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert app.theme == "wirereader-dark"
        app.theme = "wirereader-light"
        await pilot.pause()
        assert app.span_styles["person"].endswith("#0550ae")
    again = make_app(tmp_path, seeds_copy)
    async with again.run_test(size=(160, 45)) as pilot:
        assert again.theme == "wirereader-light"


async def test_narrow_terminal_folds_the_side_panel(app: WirereaderApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        side = app.screen.query_one(SidePanel)
        assert not side.display
        await pilot.press("p")
        assert side.display
        await pilot.resize_terminal(160, 45)  # type: ignore[attr-defined]
        await pilot.pause()
        assert side.display


async def test_keys_from_config_rebind_actions(tmp_path: Path, seeds_copy: Path) -> None:
    app = make_app(tmp_path, seeds_copy, keys={"cursor_down": "x", "bookmark": "z"})
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        assert app.screen.query_one(ArticleList).cursor == 1


async def test_markup_in_article_is_shown_as_text(tmp_path: Path) -> None:
    app = app_of(tmp_path, {"e.txt": "[bold red]Loud[/] headline\nThe [link=x]body[/link] said.\n"})
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        lines = [view.render_line(y).text for y in range(4)]
        assert any("[bold red]Loud[/] headline" in line for line in lines)
        assert any("[link=x]body[/link]" in line for line in lines)


async def test_markup_in_the_source_stays_text_in_the_pane_title(tmp_path: Path) -> None:
    app = app_of(
        tmp_path,
        {"e.md": '---\ntitle: "Plain title"\nsource: "[bold]Wire[/bold]"\n---\nThe body said.\n'},
    )
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.export_screenshot()
        # the list row, the article's meta line, and the pane's title: each as typed
        assert screen.count("[bold]Wire[/bold]") == 3
        assert ">Wire<" not in screen  # nowhere read as markup and drawn bold


async def test_markup_in_a_title_stays_text_in_a_notification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, bool]] = []

    def textual_notify(self: App[None], message: str, **options: Any) -> None:
        shown.append((message, options["markup"]))

    monkeypatch.setattr(App, "notify", textual_notify)  # what Textual is asked to draw
    app = app_of(tmp_path, {"e.txt": "[bold red]Loud[/] headline\nThe body said.\n"})
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "b")  # bookmark the first sentence: a toast names the title
        await settle(app, pilot)
    toast = next(message for message, _ in shown if message.startswith("Bookmarked"))
    assert "“[bold red]Loud[/] headline”" in toast
    assert shown and not any(markup for _, markup in shown)  # never read as markup


async def test_long_result_lists_load_more_as_the_cursor_nears_the_end(tmp_path: Path) -> None:
    app = make_app(tmp_path, harbour_reports(tmp_path))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"harbour", "enter")
        await settle(app, pilot)
        listing = app.screen.query_one(ArticleList)
        # the first page is 50; the exact count follows, the same number the CLI prints
        assert len(listing.hits) == 50 and "120 articles · best first" in status(app)
        assert app.library.search("harbour", limit=10).total == 120
        await pilot.press(*"j" * 45)
        await settle(app, pilot)
        assert len(listing.hits) == 120
        assert listing.cursor == 45, "loading more keeps the cursor where it was"
        await pilot.press("s")  # newest first: the search again, its first 50 rows
        await settle(app, pilot)
        assert len(listing.hits) == 50
        await pilot.press("G")  # the bottom is the last article, not the last row loaded
        await settle(app, pilot)
        assert len(listing.hits) == 120 and listing.cursor == 119
