"""A newsboat reader's habits: the feed list, unread state, back not quit, paging, the link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from textual.content import Content

from tests.support.tui import make_app, settle, status
from wirereader.library.facade import Library
from wirereader.settings.config import Config
from wirereader.tui import reading
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.main import MainScreen
from wirereader.tui.screens.sources import SourceRows, SourcesScreen
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView

LONG = "\n\n".join(
    f"Paragraph {n} of the long story says the committee met again on day {n}." for n in range(80)
)


def story(title: str, day: int, body: str = "", url: str = "") -> str:
    link = f"url: {url}\n" if url else ""
    text = body or f"{title}. The minister said the plan would go ahead."
    return f"---\ntitle: {title}\npublished: 2025-08-{day:02}\n{link}---\n{text}\n"


@pytest.fixture
def feeds_app(tmp_path: Path, seeds_copy: Path) -> WirereaderApp:
    """The seeds as a folder, and two subscribed feeds with fetched articles: 'Harbour Wire'
    (3 stories, one of them long) and 'Markets Daily' (2)."""
    feeds = tmp_path / "feeds"
    for folder, stories in {
        "harbour-wire": [
            story("Cranes idle at the harbour", 20, url="https://example.org/cranes"),
            story("Harbour talks resume", 21, body=LONG),
            story("Harbour strike ends", 22),
        ],
        "markets-daily": [story("Shares rise", 18), story("Bonds slip", 19)],
    }.items():
        (feeds / folder).mkdir(parents=True)
        for n, text in enumerate(stories):
            (feeds / folder / f"{n}.md").write_text(text, encoding="utf-8")
    subscriptions = tmp_path / "feeds.yaml"
    subscriptions.write_text(
        yaml.safe_dump(
            {
                "feeds": [
                    {
                        "name": "harbour-wire",
                        "url": "https://h.example/rss",
                        "title": "Harbour Wire",
                    },
                    {
                        "name": "markets-daily",
                        "url": "https://m.example/rss",
                        "title": "Markets Daily",
                    },
                ]
            }
        )
    )
    return make_app(tmp_path, seeds_copy, feeds_path=subscriptions)


async def to_feed_list(app: WirereaderApp, pilot: Any, *then: str) -> None:
    """Settled, then `q` up to the feed list, then `then` pressed there (and settled)."""
    await settle(app, pilot)
    await pilot.press("q")
    await settle(app, pilot)
    if then:
        await pilot.press(*then)
        await settle(app, pilot)


def rows(app: WirereaderApp) -> list[str]:
    listed = app.screen.query_one(SourceRows)
    return [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]


def titles(app: WirereaderApp) -> list[str]:
    return [h.title for h in app.screen.query_one(ArticleList).hits]


async def test_q_goes_back_one_level_and_quits_only_from_the_feed_list(
    feeds_app: WirereaderApp,
) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("q")  # article → list
        assert isinstance(app.screen, MainScreen) and isinstance(app.focused, ArticleList)
        await pilot.press("q")  # list → feeds
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        assert app.return_code is None, "q below the top level never quits"
        await pilot.press("enter")  # All articles: back to the list
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("enter", "escape")  # Escape goes back as q does
        assert isinstance(app.focused, ArticleList)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0


async def test_ctrl_c_quits_from_the_article(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "ctrl+c")
        await pilot.pause()
        assert app.return_code == 0


async def test_the_feed_list_shows_titles_and_unread_counts_that_follow_reading(
    feeds_app: WirereaderApp,
) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await settle(app, pilot)
        shown = rows(app)
        assert "All articles" in shown[0] and shown[0].split()[:2] == ["9", "9"]
        harbour = next(r for r in shown if "Harbour Wire" in r)
        assert harbour.split()[:2] == ["3", "3"], harbour
        assert any("Markets Daily" in r for r in shown)
        assert any(r.endswith("seeds") and r.split()[:2] == ["4", "4"] for r in shown), shown
        assert not any("harbour-wire" in r for r in shown), "feeds by their titles, not slugs"
        await pilot.press("down")  # the first feed (Harbour Wire), opened
        assert "Harbour Wire" in rows(app)[1]
        await pilot.press("enter")
        await settle(app, pilot)
        assert sorted(titles(app)) == [
            "Cranes idle at the harbour", "Harbour strike ends", "Harbour talks resume",
        ]  # fmt: skip
        assert "Harbour Wire" in str(app.screen.query_one(ArticleList).border_title)
        await pilot.press("enter")  # read one
        await pilot.press("q", "q")
        await settle(app, pilot)
        assert next(r for r in rows(app) if "Harbour Wire" in r).split()[:2] == ["2", "3"]
        assert rows(app)[0].split()[:2] == ["8", "9"]


async def test_a_search_inside_a_feed_stays_in_the_feed(feeds_app: WirereaderApp) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await to_feed_list(app, pilot, "down", "enter")
        await pilot.press("slash", *"minister", "enter")
        await settle(app, pilot)
        assert sorted(titles(app)) == ["Cranes idle at the harbour", "Harbour strike ends"]


async def test_mark_a_feed_read_and_everything_read_from_the_feed_list(
    feeds_app: WirereaderApp,
) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await to_feed_list(app, pilot, "down", "A")
        assert next(r for r in rows(app) if "Harbour Wire" in r).split()[0] == "·"
        assert rows(app)[0].split()[:2] == ["6", "9"]
        await pilot.press("C")
        await settle(app, pilot)
        assert rows(app)[0].split()[0] == "·"
        assert len(app.library.read.read_ids()) == 9


async def test_u_opens_the_next_unread_and_r_toggles_read(feeds_app: WirereaderApp) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        listed = app.screen.query_one(ArticleList)
        first, second = listed.hits[0], listed.hits[1]
        await pilot.press("enter")  # the first: read
        await pilot.press("u")  # the next unread one, opened and read
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and view.article.id == second.id
        assert app.library.read.which_read([first.id, second.id]) == {first.id, second.id}
        await pilot.press("r")  # the open article back to unread
        assert app.library.read.which_read([second.id]) == set()
        assert second.id not in listed.read
        await pilot.press("r")
        assert second.id in listed.read


async def test_read_and_unread_rows_look_different(feeds_app: WirereaderApp) -> None:
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "q")
        await pilot.pause()
        listed = app.screen.query_one(ArticleList)
        read_row, unread_row = listed.render_line(0), listed.render_line(2)
        assert read_row.text.startswith("  ") and unread_row.text.startswith("● ")
        read_style = next(s.style for s in read_row if s.text.strip())
        unread_style = next(s.style for s in unread_row if s.text.strip())
        assert unread_style is not None and unread_style.bold
        assert read_style is not None and not read_style.bold
        assert read_style.color != unread_style.color


async def test_mark_all_read_in_the_list_marks_every_match(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(120):
        (folder / f"s{n:03}.txt").write_text(
            f"Harbour report {n}\nThe harbour handled {n} ships.\n"
        )
    (folder / "other.txt").write_text("Rates\nThe bank held rates.\n")
    app = make_app(tmp_path, folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"harbour", "enter")
        await settle(app, pilot)
        assert len(app.screen.query_one(ArticleList).hits) == 50
        await pilot.press("A")
        await settle(app, pilot)
        assert len(app.library.read.read_ids()) == 120, "all 120 matches, not the 50 loaded"


async def test_space_pages_the_article_and_at_its_end_opens_the_next_unread(
    feeds_app: WirereaderApp,
) -> None:
    app = feeds_app
    async with app.run_test(size=(100, 30)) as pilot:
        await to_feed_list(app, pilot, "down", "enter")
        listed = app.screen.query_one(ArticleList)
        at = [h.title for h in listed.hits].index("Harbour talks resume")
        listed.cursor = at
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("space")
        page = view.scrollable_content_region.height
        assert view.scroll_y == page - 1
        shown_first = view.sentences[view.cursor][0]
        assert view.article is not None and "Paragraph" in view.article.body[shown_first:]
        await pilot.press("backspace")
        assert view.scroll_y == 0
        await pilot.press(*["space"] * 40)
        assert view.article.title != "Harbour talks resume", "the end of it opened the next"
        assert view.article.id in app.library.read.read_ids()


async def test_o_opens_the_link_and_y_copies_it(
    feeds_app: WirereaderApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(reading, "open_in_browser", lambda url: opened.append(url) or True)
    monkeypatch.setattr(reading, "terminal_browser", lambda: None)
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"cranes", "enter")
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == ["https://example.org/cranes"], "o on the list row opens its link"
        await pilot.press("enter", "y")
        assert app.clipboard == "https://example.org/cranes"


async def test_the_feed_list_can_be_the_first_screen(tmp_path: Path, seeds_copy: Path) -> None:
    app = make_app(tmp_path, seeds_copy, start="feeds")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, SourcesScreen)
        assert rows(app)[0].split()[:2] == ["4", "4"]


def test_the_example_config_keeps_the_bundled_seeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defect 10: `library: [seeds]` in config.example.yaml was read as a folder called seeds."""
    from wirereader.settings.config import load_config

    example = Path(__file__).parents[2] / "config.example.yaml"
    copied = tmp_path / "config.yaml"
    copied.write_text(example.read_text())
    monkeypatch.chdir(tmp_path)
    config = load_config(copied)
    library = Library(Config(library=config.library, index_dir=tmp_path / "ix"))
    library.index()
    assert library.stats().articles == 4


async def test_keys_typed_fast_act_where_the_reader_is(app: WirereaderApp) -> None:
    """Defect 1: keys queued behind the one that moved the focus went to the old pane."""
    from textual import events

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        listed = app.screen.query_one(ArticleList)
        for key in ("enter", "j", "j"):  # all queued before the first is handled
            app.post_message(events.Key(key, None))
        await pilot.pause(0.2)
        view = app.screen.query_one(ArticleView)
        assert listed.cursor == 0, "j after Enter moves the article, not the list"
        assert view.cursor == 2
        app.post_message(events.Key("escape", None))
        for key in ("slash", *"cocoa"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await pilot.pause(0.2)
        assert app.screen.query_one("#query").value == "cocoa"  # type: ignore[attr-defined]
        assert isinstance(app.screen, MainScreen), "no actor page opened by a queued letter"


async def test_enter_then_b_bookmarks_the_article_just_opened(app: WirereaderApp) -> None:
    from textual import events

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        listed = app.screen.query_one(ArticleList)
        listed.cursor = 2
        await pilot.pause(0.1)
        wanted = listed.hits[2].id
        for key in ("enter", "b"):
            app.post_message(events.Key(key, key if key == "b" else None))
        await pilot.pause(0.2)
        await settle(app, pilot)
        marks = app.bookmarks.load()
        assert [m.article_id for m in marks] == [wanted]


async def test_keys_typed_during_the_first_index_are_searched_after_it(
    tmp_path: Path, seeds_copy: Path
) -> None:
    library = Library(
        Config(
            library=[seeds_copy], index_dir=tmp_path / "ix", state_file=tmp_path / "s.yaml",
            bookmarks_file=tmp_path / "b.yaml", debounce_ms=10,
        )
    )  # fmt: skip
    app = WirereaderApp(library)  # no index yet: the app builds it
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("slash", *"radakin")
        await settle(app, pilot)
        await pilot.pause(0.2)
        await settle(app, pilot)
        assert "1 article" in status(app)
        assert len(app.screen.query_one(ArticleList).hits) == 1


async def test_past_a_feeds_last_unread_the_next_feed_with_unread_opens(
    feeds_app: WirereaderApp,
) -> None:
    """newsboat's habit: `u` (or Space at the end) after the last unread of a feed goes on to
    the next feed with unread articles, at its newest unread one."""
    app = feeds_app
    async with app.run_test(size=(160, 45)) as pilot:
        await to_feed_list(app, pilot, "down", "enter")  # Harbour Wire
        await pilot.press("enter", "u", "u")  # its three stories, read
        await settle(app, pilot)
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and "arbour" in view.article.title
        await pilot.press("u")  # none left here: Markets Daily's newest unread
        await settle(app, pilot)
        await pilot.pause(0.2)
        listed = app.screen.query_one(ArticleList)
        assert view.article is not None and view.article.title == "Bonds slip", view.article.title
        assert "Markets Daily" in str(listed.border_title)
        assert sorted(titles(app)) == ["Bonds slip", "Shares rise"]
        assert listed.current is not None and listed.current.title == "Bonds slip"
        assert view.article.id in listed.read


async def test_a_feed_title_with_markup_is_drawn_as_typed(feeds_app: WirereaderApp) -> None:
    """A feed's title is data: "[bold]" in it stays literal in the list's border title."""
    app = feeds_app
    feeds = app.config.feeds_file
    feeds.write_text(
        feeds.read_text().replace("title: Harbour Wire", "title: '[bold]Loud[/] Wire'")
    )
    async with app.run_test(size=(160, 45)) as pilot:
        await to_feed_list(app, pilot)
        assert any("[bold]Loud[/] Wire" in r for r in rows(app))
        await pilot.press("down", "enter")
        await settle(app, pilot)
        listed = app.screen.query_one(ArticleList)
        shown = Content.from_markup(str(listed.border_title)).plain  # Textual hands it as markup
        assert shown == "Articles · [bold]Loud[/] Wire"
