"""Actors across the archive: joined under one key right (and never wrong), kept up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli, write
from wirereader.archive.actors import Archive
from wirereader.library.facade import Library
from wirereader.settings.config import Config

STORIES = {
    "a.md": (
        "2025-03-02",
        "Trump sets tariffs",
        "President Donald Trump announced tariffs on Monday in Washington.\n\n"
        '"This is a great day for our workers," Trump said.',
    ),
    "b.md": (
        "2025-04-10",
        "First lady visits school",
        "Melania Trump visited a school in New York on Tuesday.\n\n"
        '"Children deserve safe schools," Trump said.',
    ),
    "c.md": (
        "2025-04-20",
        "Tariff talks",
        "Donald J. Trump met Keir Starmer at the White House.\n\n"
        '"We will get a deal," Trump told reporters.',
    ),
    "d.md": (
        "2025-05-01",
        "Smiths in the news",
        "John Smith, a farmer in Iowa, said prices fell. Jane Smith, a trader in Chicago, "
        "said they would rise.",
    ),
    "e.md": (
        "2025-05-02",
        "Bank raises rates",
        "The European Central Bank (ECB) raised rates on Thursday. The United States and "
        "America's allies watched.\n\n"
        '"Inflation is too high," the ECB said.',
    ),
    "f.md": (
        "2025-06-01",
        "Rates again",
        "The ECB held rates in Frankfurt. U.S. markets rose.",
    ),
}


def story(folder: Path, name: str, day: str, title: str, body: str) -> Path:
    return write(folder / name, f'---\ntitle: "{title}"\npublished: {day}\n---\n{body}\n')


def archive_of(tmp_path: Path, *stories: tuple[str, str]) -> Archive:
    """The archive of a library of these stories, each (day, body), indexed."""
    folder = tmp_path / "news"
    for i, (day, body) in enumerate(stories):
        story(folder, f"{i}.md", day, f"Story {i}", body)
    library = Library(Config(library=[folder], index_dir=tmp_path / "index"))
    library.index()
    return library.archive()


@pytest.fixture
def library(tmp_path: Path) -> Library:
    folder = tmp_path / "news"
    for name, (day, title, body) in STORIES.items():
        story(folder, name, day, title, body)
    library = Library(Config(library=[folder], index_dir=tmp_path / "index"))
    library.index()
    return library


def test_one_person_under_every_spelling(library: Library) -> None:
    archive = library.archive()
    donald = archive.find("Donald Trump")
    assert donald is not None and donald.kind == "person"
    page = archive.page(donald)
    assert page.articles == 2  # "President Donald Trump" and "Donald J. Trump"
    assert {q.title for q in page.said} == {"Trump sets tariffs", "Tariff talks"}
    assert archive.find("donald j. trump") == donald


def test_two_people_who_share_a_surname_stay_two(library: Library) -> None:
    archive = library.archive()
    donald, melania = archive.find("Donald Trump"), archive.find("Melania Trump")
    assert donald is not None and melania is not None and donald != melania
    assert [q.title for q in archive.page(melania).said] == ["First lady visits school"]
    # Two of the three full-name stories are Donald's: too few to give him a bare "Trump".
    assert archive.find("Trump") is None
    john, jane = archive.find("John Smith"), archive.find("Jane Smith")
    assert john is not None and jane is not None and john != jane


def test_an_organisation_and_the_acronym_a_story_spelled_out(library: Library) -> None:
    archive = library.archive()
    ecb = archive.find("ECB")
    assert ecb is not None and ecb.name == "European Central Bank"
    assert archive.find("european central bank") == ecb
    page = archive.page(ecb)
    assert page.articles == 2  # "European Central Bank (ECB)", and "ECB" alone
    assert [q.text for q in page.said] == ["Inflation is too high,"]


def test_one_place_under_its_names(library: Library) -> None:
    us = library.archive().find("America")
    assert us is not None and us.name == "United States"
    assert library.archive().page(us).articles == 2


def test_the_actors_list_and_who_appears_with_whom(library: Library) -> None:
    archive = library.archive()
    top = archive.top("person", 10)
    assert top[0][:3] == ("Donald Trump", "person", 2)
    donald = archive.find("Donald Trump")
    assert donald is not None
    with_most = {name for name, _, _ in archive.page(donald).with_most}
    assert {"Keir Starmer", "Washington", "White House"} <= with_most


def test_an_edited_story_changes_its_own_rows_only(library: Library, tmp_path: Path) -> None:
    before = library.docs().query("SELECT * FROM actor_rows ORDER BY 1, 2")
    edited = tmp_path / "news" / "d.md"
    ids = {entry[1] for path, entry in library.docs().load_files().items() if path == str(edited)}
    day, title, body = STORIES["d.md"]
    story(tmp_path / "news", "d.md", day, title, body.replace("Jane Smith", "Mary Jones"))
    library.close()
    library.index()
    after = library.docs().query("SELECT * FROM actor_rows ORDER BY 1, 2")
    ids |= {entry[1] for path, entry in library.docs().load_files().items() if path == str(edited)}
    changed = {r[0] for r in set(before) ^ set(after)}
    assert changed and changed <= ids  # the edited story's rows (its id follows its text), only
    archive = library.archive()
    assert archive.find("Jane Smith") is None
    assert archive.find("Mary Jones") is not None


def test_speaker_search_finds_the_actor_by_any_name(library: Library) -> None:
    hits = library.search('speaker:"donald trump"').hits
    assert {h.title for h in hits} == {"Trump sets tariffs", "Tariff talks"}
    assert {h.title for h in library.search("speaker:ECB").hits} == {"Bank raises rates"}


def test_cli_actor_actors_and_quotes(
    library: Library,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = write(
        tmp_path / "config.yaml",
        f"library: [{tmp_path / 'news'}]\nindex_dir: {library.config.index_dir}\n",
    )
    monkeypatch.setenv("WIREREADER_CONFIG", str(config))
    code, out, _ = run_cli(capsys, "actor", "Donald", "J.", "Trump")
    assert code == 0 and "Donald Trump — person · 2 stories · 2 quotes" in out
    assert "This is a great day for our workers" in out
    assert "Stories by month, 2025-03 to 2025-04:" in out and "busiest 2025-03: 1 story" in out
    code, out, _ = run_cli(capsys, "actor", "Keir", "Starmer")  # one story: no one-bar chart
    assert code == 0 and "Stories: 1 story, all in 2025-04" in out and "busiest" not in out
    code, out, _ = run_cli(capsys, "actors", "--kind", "person", "--top", "1")
    assert code == 0 and "Donald Trump" in out and "Melania" not in out
    code, out, _ = run_cli(capsys, "quotes", "--speaker", "Melania Trump", "--markdown")
    assert code == 0 and out.startswith("> Children deserve safe schools")
    code, _, err = run_cli(capsys, "actor", "Nobody Atall")
    assert code == 2 and "no actor called" in err


def test_a_deleted_story_takes_its_actors_with_it(library: Library, tmp_path: Path) -> None:
    (tmp_path / "news" / "b.md").unlink()
    library.close()
    library.index()
    archive = library.archive()
    assert archive.find("Melania Trump") is None
    assert all(name != "Melania Trump" for name, *_ in archive.top("person", 50))


def test_the_timeline_shows_empty_months_and_folds_decades_into_years() -> None:
    from wirereader.archive.actors import timeline_bars

    assert timeline_bars([("2025-01", 3), ("2025-04", 6)]) == ("▄  █", "month")
    bars, unit = timeline_bars([("1987-03", 50), ("2026-11", 1)])
    assert unit == "year" and len(bars) == 2026 - 1987 + 1 and bars[0] == "█"
    assert timeline_bars([("2019-01", 2), ("2026-11", 2)])[1] == "quarter"  # 95 months


def test_a_zero_date_from_a_feed_does_not_stretch_the_timeline_over_two_millennia() -> None:
    """Feeds written by Go programs date an undated item "0001-01-01": the chart still fits
    a line, in coarser periods, and says which."""
    from wirereader.archive.actors import MAX_BARS, timeline_bars

    bars, unit = timeline_bars([("0001-01", 1), ("2025-05", 3), ("2026-11", 2)])
    assert unit == "century" and len(bars) == 21 and bars[0] != " " and bars[-1] == "█"
    assert len(timeline_bars([("0001-01", 1), ("9999-12", 1)])[0]) <= MAX_BARS


def test_a_year_before_1000_is_written_in_four_digits() -> None:
    from datetime import datetime

    from wirereader.support.words import when

    assert when(datetime(1, 1, 1)) == "0001-01-01" and when(None) == "undated"


def test_the_palette_lists_actors_by_part_of_a_name(library: Library) -> None:
    found = library.archive().matching("trump")
    assert [(name, kind) for name, kind, _ in found] == [
        ("Donald Trump", "person"),
        ("Melania Trump", "person"),
    ]


def test_a_name_with_and_without_its_accents_is_one_actor(tmp_path: Path) -> None:
    """Wire copy often drops the accents another source keeps: "Jose Muller" is José Müller,
    found whichever way the reader types it, and shown with the accents."""
    archive = archive_of(
        tmp_path,
        ("2025-03-02", "Economy minister José Müller said talks went on."),
        ("2025-03-03", "Economy minister Jose Muller said no deal."),
    )
    found = archive.find("jose muller")
    assert found is not None and archive.find("José Müller") == found
    assert found.name == "José Müller" and archive.page(found).articles == 2
    assert [name for name, *_ in archive.top("person")] == ["José Müller"]


def test_a_name_with_its_possessive_is_the_same_actor() -> None:
    from wirereader.index.actor_tables import actor_key

    assert actor_key("Standard and Poor's", "organisation") == actor_key(
        "Standard and Poor", "organisation"
    )
    assert actor_key("Moody’s", "organisation") == "moody"


def test_an_actor_is_shown_under_the_spelling_most_stories_use(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    for i, spelling in enumerate(["USDA", "USDA", "Usda"]):
        story(
            folder, f"{i}.md", f"2025-03-0{i + 1}", f"Crops {i}", f"The {spelling} said wheat rose."
        )
    library = Library(Config(library=[folder], index_dir=tmp_path / "index"))
    library.index()
    assert [name for name, *_ in library.archive().top("organisation")] == ["USDA"]


def test_the_top_list_counts_a_bare_surname_with_the_full_name(tmp_path: Path) -> None:
    """ "Volcker" in stories that never give his first name is Paul Volcker: the list of the
    most covered counts those stories with his, as his page does, and lists no "Volcker"."""
    folder = tmp_path / "news"
    story(folder, "a.md", "1987-03-02", "Fed", "Fed chairman Paul Volcker said rates would hold.")
    for i in range(2):
        story(
            folder,
            f"b{i}.md",
            f"1987-03-0{i + 3}",
            f"Dollar {i}",
            "Volcker said the dollar was firm.",
        )
    story(folder, "c.md", "1987-03-06", "Farm", "Farm leader John Smith said wheat rose.")
    library = Library(Config(library=[folder], index_dir=tmp_path / "index"))
    library.index()
    archive = library.archive()
    assert archive.top("person") == [
        ("Paul Volcker", "person", 3, 0),
        ("John Smith", "person", 1, 0),
    ]
    volcker = archive.find("Paul Volcker")
    assert volcker is not None and archive.page(volcker).articles == 3
    assert archive.find("volcker") == volcker, "the surname alone opens the same page"


def test_a_name_typed_with_its_possessive_finds_the_firm_before_a_surname(tmp_path: Path) -> None:
    archive = archive_of(
        tmp_path,
        ("1987-03-01", "Moody's Investors Service Inc cut the debt."),
        ("1987-03-02", "Moody's Investors Service Inc cut more debt."),
        ("1987-03-03", "Moody's said the outlook was negative."),
        ("1987-03-04", "Farm leader Alan Moody said wheat rose."),
    )
    firm = archive.find("moody's")
    assert firm is not None and firm.name == "Moody's Investors Service Inc"
    person = archive.find("moody")
    assert person is not None and person.name == "Alan Moody", "no possessive: the surname"


def test_a_bare_surname_finds_every_speaker_of_that_name(
    library: Library,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`speaker:baker` / `quotes --speaker baker` on a surname two people share: both, each
    under their own name (it said "no speaker called" when the surname was ambiguous)."""
    titles = {h.title for h in library.search("speaker:trump").hits}
    assert titles == {"Trump sets tariffs", "First lady visits school", "Tariff talks"}
    config = write(
        tmp_path / "config.yaml",
        f"library: [{tmp_path / 'news'}]\nindex_dir: {library.config.index_dir}\n",
    )
    monkeypatch.setenv("WIREREADER_CONFIG", str(config))
    code, out, _ = run_cli(capsys, "quotes", "--speaker", "trump")
    assert code == 0
    assert "Children deserve safe schools" in out and "— Melania Trump" in out
    assert "This is a great day for our workers" in out and "— Donald Trump" in out
