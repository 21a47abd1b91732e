"""What a newcomer hit in an hour with the app (the feed-reader issue's list), a test each."""

from __future__ import annotations

from pathlib import Path

from tests.support.tui import make_app, settle
from wirereader.tui.app import WirereaderApp
from wirereader.tui.screens.bookmarks import BookmarksScreen
from wirereader.tui.screens.note import NoteScreen
from wirereader.tui.screens.skipped import SkippedScreen
from wirereader.tui.widgets.article_list import ArticleList
from wirereader.tui.widgets.article_view import ArticleView


def toasts(app: WirereaderApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_5_an_actor_search_marks_the_actors_mentions_as_hits(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"actor:radakin", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        assert view.article is not None and len(view.hits) == 3
        assert all(view.article.body[s:e] == "Radakin" for s, e in view.hits)
        await pilot.press("n")
        assert str(view.border_subtitle).startswith("hit 1/3")


async def test_8_b_in_the_list_bookmarks_and_says_so_and_never_twice(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("b")
        await settle(app, pilot)
        marks = app.bookmarks.load()
        assert len(marks) == 1 and any(t.startswith("Bookmarked") for t in toasts(app))
        await pilot.press("b")
        await settle(app, pilot)
        assert len(app.bookmarks.load()) == 1, "the same passage is not bookmarked twice"
        assert any(t.startswith("Already bookmarked") for t in toasts(app))


async def test_8_undo_puts_a_deleted_bookmark_back_in_its_row(
    tmp_path: Path, seeds_copy: Path
) -> None:
    from tests.support.tui import seed_bookmarks

    app = make_app(tmp_path, seeds_copy)
    seed_bookmarks(app, tmp_path / "bookmarks.yaml", (0, 100, 200, 300))
    before = [m.id for m in app.bookmarks.load()]
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("j", "d")  # the second
        await settle(app, pilot)
        assert [m.id for m in app.bookmarks.load()] == [before[0], *before[2:]]
        await pilot.press("u")
        await settle(app, pilot)
        assert [m.id for m in app.bookmarks.load()] == before
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert [m.id for m in screen.marks] == before


async def test_9_a_broken_bookmarks_file_is_not_appended_to(
    tmp_path: Path, seeds_copy: Path
) -> None:
    app = make_app(tmp_path, seeds_copy)
    broken = tmp_path / "bookmarks.yaml"
    text = "# wirereader bookmarks\nbookmarks:\n- id: abc\n  text: [unclosed\n"
    broken.write_text(text)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "b")
        await settle(app, pilot)
        assert broken.read_text() == text, "the hand-edited file is kept as it was"
        said = "\n".join(toasts(app))
        assert f"{broken}:" in said and "not valid YAML" in said
        assert app.screen.unsaved, "the passage is kept to save once the file is fixed"


async def test_11_skipped_files_are_told_once_and_listed_on_a_screen(
    tmp_path: Path, seeds_copy: Path
) -> None:
    (seeds_copy / "broken.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    for launch in range(2):
        app = make_app(tmp_path, seeds_copy)
        async with app.run_test(size=(160, 45)) as pilot:
            await settle(app, pilot)
            told = [t for t in toasts(app) if "not indexed" in t]
            assert len(told) == (1 if launch == 0 else 0), toasts(app)
            if launch == 0:
                assert "broken.md" in told[0]
            app.action_skipped_files()
            await pilot.pause()
            assert isinstance(app.screen, SkippedScreen)
            assert app.screen.skipped and "broken.md" in app.screen.skipped[0][0]


async def test_13_ctrl_c_quits_without_a_raw_markup_hint(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0
        assert not any("[b]" in t for t in toasts(app))


async def test_14_the_note_dialog_shows_the_passage_being_noted(app: WirereaderApp) -> None:
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "m")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        view = app.screen_stack[0].query_one(ArticleView)
        assert view.article is not None
        start, end = view.sentences[0]
        first_words = " ".join(view.article.body[start:end].split()[:6])
        shown = str(app.screen.query_one("#note-passage").render())
        assert first_words in shown
