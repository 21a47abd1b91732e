"""A library of agency copy: every item of every file indexed, versions of one story listed
and searched once (the newest, with how many came before), fields searchable by name, and
`show` / `search --json` saying language, version and status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support import run_cli, write
from wirereader.library.facade import Library
from wirereader.settings.config import Config

WIRE = Path(__file__).parents[1] / "samples" / "wire"


@pytest.fixture
def wire(tmp_path: Path) -> tuple[Library, Path]:
    folder = tmp_path / "wire"
    shutil.copytree(WIRE, folder)
    library = Library(Config(library=[folder], index_dir=tmp_path / "index"))
    report = library.index()
    assert report.skipped == [] and report.errors == []
    return library, folder


def titles(library: Library, query: str) -> list[str]:
    return [h.title for h in library.search(query, limit=50).hits]


def test_every_item_is_indexed_and_each_story_listed_once(wire: tuple[Library, Path]) -> None:
    library, _ = wire
    listed = library.search("", limit=50)
    # 9 files hold 13 articles; two stories have an older version, left out of the list
    assert library.stats().articles == 13
    assert listed.total == 11 and len(listed.hits) == 11
    fire = next(h for h in listed.hits if "fire" in h.title.lower())
    assert (fire.version, fire.earlier) == (2, 1)
    assert fire.title.startswith("Harbour warehouse fire under control")
    assert titles(library, "warehouse") == [fire.title]  # search too returns the story once
    assert titles(library, "oil") == ["UPDATE 1-Oil rises on supply worries"]


def test_the_older_versions_are_one_query_away(wire: tuple[Library, Path]) -> None:
    library, _ = wire
    fire = library.search("warehouse").hits[0]
    versions = library.search(f"story:{fire.story}").hits
    assert [h.version for h in versions] == [2, 1]  # newest first


def test_a_newer_version_arriving_later_replaces_the_old_in_the_list(
    wire: tuple[Library, Path],
) -> None:
    library, folder = wire
    text = (folder / "reuters-oil-update1.md").read_text(encoding="utf-8")
    write(
        folder / "reuters-oil-update2.md",
        text.replace("UPDATE 1-", "UPDATE 2-").replace("11:30", "14:00") + "\nMore later.\n",
    )
    library.index()
    oil = library.search("oil").hits
    assert [(h.title[:8], h.version, h.earlier) for h in oil] == [("UPDATE 2", 3, 2)]
    (folder / "reuters-oil-update2.md").unlink()
    library.index()
    assert [(h.version, h.earlier) for h in library.search("oil").hits] == [(2, 1)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lang:de", ["Merz warnt vor steigenden Energiepreisen"]),
        ("language:sv", ["Regeringen sänker skatten för pensionärer"]),
        ("byline:beispiel", ["Merz warnt vor steigenden Energiepreisen"]),
        ("source:efe", ["La sequía reduce un 18 % la cosecha de aceite en Andalucía"]),
        ("status:withdrawn", ["Ferry crews to strike on Friday"]),
        ("subject:energie", ["Merz warnt vor steigenden Energiepreisen"]),
        ("speaker:kristersson", ["Regeringen sänker skatten för pensionärer"]),
    ],
)
def test_fields_are_searchable_by_name(
    wire: tuple[Library, Path], query: str, expected: list[str]
) -> None:
    assert titles(wire[0], query) == expected


def test_show_and_search_json_carry_language_version_and_status(
    wire: tuple[Library, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, folder = wire
    config = write(tmp_path / "c.yaml", f"library: [{folder}]\nindex_dir: {tmp_path}/index\n")
    code, out, _ = run_cli(capsys, "--config", str(config), "search", "--json", "lang:it")
    hits = {h["title"]: h for h in json.loads(out)["hits"]}
    cancelled = hits["Notizia annullata"]
    assert (cancelled["language"], cancelled["version"], cancelled["status"]) == (
        "it",
        2,
        "canceled",
    )
    dpa = json.loads(run_cli(capsys, "--config", str(config), "search", "--json", "merz")[1])
    merz = dpa["hits"][0]
    assert (merz["byline"], merz["source"], merz["language"], merz["version"]) == (
        "Anna Beispiel", "dpa", "de", 2,
    )  # fmt: skip
    code, shown, _ = run_cli(capsys, "--config", str(config), "show", merz["id"])
    assert code == 0
    assert "By Anna Beispiel · dpa · Berlin · 2026-12-01 · de · v2" in shown
    assert "Subjects: Energie, Strompreis" in shown
