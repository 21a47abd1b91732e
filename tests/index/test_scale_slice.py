"""At scale the fast paths (parallel build, DocStore, day ranges) must give the same answers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support import ROOT, shared_or_skip
from wirereader.index.build import whoosh_writer
from wirereader.index.build import writer as writer_module
from wirereader.library.facade import Library
from wirereader.settings.config import Config

QUERIES = [
    "oil prices",
    '"trade deficit"',
    "(wheat OR corn) AND NOT soybeans",
    "title:bank",
    "date:1987-03-01..1987-03-15 dollar",
    "place:japan",
    "speaker:baker",
    "org:opec",
]


@pytest.fixture(scope="module")
def slice_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shared_or_skip("data/reuters21578/reut2-000.sgm")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from reuters import stories  # type: ignore[import-not-found]

    folder = tmp_path_factory.mktemp("reuters-slice")
    for i, story in enumerate(stories()):
        if i == 2000:
            break
        date = story.date.isoformat() if story.date else ""
        title = story.title.replace('"', "'")
        (folder / f"r{story.newid}.md").write_text(
            f'---\ntitle: "{title}"\nsource: Reuters\npublished: {date}\n---\n'
            + "\n\n".join(story.paragraphs),
            encoding="utf-8",
        )
    return folder


def answers(library: Library) -> dict[str, object]:
    out: dict[str, object] = {}
    for query in QUERIES:
        result = library.search(query, limit=2000)  # all hits: ties at a cut-off may differ
        ranked = sorted((-round(h.score, 6), h.id) for h in result.hits)
        out[query] = (result.total, ranked, {h.id: h.snippet for h in result.hits})
    return out


def test_parallel_build_answers_like_a_serial_one(
    slice_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = Library(Config(library=[slice_folder], index_dir=tmp_path / "fast"))
    report = fast.index()
    assert report.new == 2000
    with monkeypatch.context() as patch:
        patch.setattr(writer_module, "PARALLEL_FROM", 10**9)
        patch.setattr(whoosh_writer, "writer_options", lambda bulk: {})
        serial = Library(Config(library=[slice_folder], index_dir=tmp_path / "serial"))
        serial.index()
    fast_answers, serial_answers = answers(fast), answers(serial)
    assert any(total for total, _, _ in fast_answers.values())  # type: ignore[misc]
    assert fast_answers == serial_answers
