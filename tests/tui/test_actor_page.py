"""The actor page, driven by keys: opened from the panel and the article, quotes open stories."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import OptionList

from tests.support.tui import make_app, settle
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.actor import ActorScreen
from wirereader.tui.screens.main import MainScreen
from wirereader.tui.widgets.article_view import ArticleView


async def open_page(app: WirereaderApp, pilot: Any, name: str, kind: str) -> ActorScreen:
    await settle(app, pilot)
    app.main.open_actor_page(name, kind)
    await settle(app, pilot)
    page = app.screen
    assert isinstance(page, ActorScreen) and page.page is not None
    return page


async def test_a_quote_on_the_page_opens_its_story_at_the_quote(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        page = await open_page(app, pilot, "Donald Trump", "person")
        assert page.page is not None and page.page.name == "Donald Trump" and page.page.said
        quote = page.page.said[0]
        await pilot.press("enter")  # the newest quote, focused on arrival
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.mark == (quote.start, quote.end)
        assert view.article.body[quote.start : quote.end] == quote.text


async def test_o_opens_the_page_of_the_actor_jumped_to(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "a")  # open the first story, jump to its first actor
        view = app.screen.query_one(ArticleView)
        assert view.mark is not None and view.article is not None
        named = view.article.body[view.mark[0] : view.mark[1]]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorScreen)
        actor = next(a for a in view.extraction.actors if any(m.text == named for m in a.mentions))
        assert app.screen.group.name == actor.name


async def test_company_opens_its_own_page_and_back_returns(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        first = await open_page(app, pilot, "Keir Starmer", "person")
        assert first.page is not None
        other = first.page.with_most[0][0]
        await pilot.press("tab", "enter")  # to "Appears most with", open its first name
        await settle(app, pilot)
        assert isinstance(app.screen, ActorScreen) and app.screen.group.name == other
        await pilot.press("escape")
        assert app.screen is first
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen)


async def test_the_palette_finds_an_actor_by_part_of_a_name(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"radakin")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ActorScreen) and app.screen.group.name == "Tony Radakin"


def test_a_name_in_the_palette_is_text_not_markup() -> None:
    from textual.fuzzy import Matcher

    from wirereader.tui.actor_commands import highlighted

    shown = highlighted(Matcher("bold"), "[bold]Evil Corp[/bold]")
    assert shown.plain == "[bold]Evil Corp[/bold]"


async def test_empty_lists_on_the_page_say_so(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        page = await open_page(app, pilot, "United Kingdom", "place")
        assert page.page is not None and not page.page.said and not page.page.figures
        for list_id, words in (("#actor-said", "Not quoted"), ("#actor-figures", "No figures")):
            choices = page.query_one(list_id, OptionList)
            assert choices.option_count == 1 and words in str(choices.get_option_at_index(0).prompt)
            assert choices.get_option_at_index(0).disabled


async def test_an_actor_of_one_month_gets_a_sentence_not_a_one_bar_chart(
    app: WirereaderApp,
) -> None:
    from textual.widgets import Static

    async with app.run_test(size=(160, 45)) as pilot:
        page = await open_page(app, pilot, "Tony Radakin", "person")
        assert page.page is not None and len(page.page.timeline) == 1
        ((period, count),) = page.page.timeline
        line = str(page.query_one("#actor-timeline", Static).render())
        assert line == f"Stories: {count} story, all in {period}"


async def _drawn_after(app: WirereaderApp, switch_to: str | None) -> tuple[list[Any], list[Any]]:
    """The actor page's cells and, after going back, the reader's: the theme switched (when
    `switch_to` is given) while the page was showing over the reader."""
    from tests.support.contrast import text_cells

    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # the reader below shows a story, styled with its actors
        await settle(app, pilot)
        await open_page(app, pilot, "Keir Starmer", "person")
        if switch_to is not None:
            app.theme = switch_to
            await settle(app, pilot)
        page = text_cells(app)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        return page, text_cells(app)


async def test_a_theme_switched_over_a_pushed_screen_recolours_it_and_the_one_below(
    tmp_path: Path, seeds_copy: Path
) -> None:
    switched = make_app(tmp_path / "a", seeds_copy, theme="wirereader-dark")
    fresh = make_app(tmp_path / "b", seeds_copy, theme="wirereader-light")
    page, below = await _drawn_after(switched, "wirereader-light")
    fresh_page, fresh_below = await _drawn_after(fresh, None)
    assert {c.fg for c in page} == {c.fg for c in fresh_page}
    assert page == fresh_page
    assert below == fresh_below
