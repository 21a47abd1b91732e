"""Reading article files: the seed's shape, Markdown front matter, and every kind of bad file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.support import SEED_000, write
from wirereader.ingest import ArticleFileError, read_article
from wirereader.ingest.decode import MAX_BYTES


def test_seed_article_has_headline_byline_source_and_paragraphs() -> None:
    article = read_article(SEED_000)
    assert article.title.startswith("British troops could defend Ukrainian airspace")
    assert article.byline == "Tamilla Hasanova"
    assert article.source == "Caliber.Az"
    assert len(article.paragraphs) == 13
    assert article.date_source == "file-mtime"
    assert "By Tamilla" not in article.body


def test_the_source_comes_from_the_lead_not_a_fact_reported_later(tmp_path: Path) -> None:
    filler = "Wheat prices rose in quiet trade on Monday, dealers in Chicago said. " * 40
    late = write(
        tmp_path / "late.md",
        f"---\ntitle: Grain\n---\n{filler}\n\nThe Agriculture Department reported stocks.\n",
    )
    early = write(
        tmp_path / "early.md",
        f"---\ntitle: Grain\n---\nFarm Wire reports, citing dealers.\n\n{filler}\n",
    )
    assert read_article(late).source == ""
    assert read_article(early).source == "Farm Wire"


def test_id_is_stable_and_does_not_depend_on_the_path(tmp_path: Path) -> None:
    a = write(tmp_path / "a" / "story.txt", SEED_000.read_text(encoding="utf-8"))
    b = write(tmp_path / "b" / "other-name.txt", SEED_000.read_text(encoding="utf-8"))
    assert read_article(a).id == read_article(b).id == read_article(SEED_000).id


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.md",
        "---\ntitle: Rates held\nbyline: Ann Lee\nsource: Wire\nurl: https://x.org/1\n"
        "published: 2025-08-21\n---\nFirst para\nwraps here.\n\nSecond para.\n",
    )
    article = read_article(path)
    assert (article.title, article.byline, article.source, article.url) == (
        "Rates held",
        "Ann Lee",
        "Wire",
        "https://x.org/1",
    )
    assert article.published is not None and article.published.isoformat() == "2025-08-21T00:00:00"
    assert article.date_source == "front-matter"
    assert article.paragraphs == ["First para wraps here.", "Second para."]


def test_date_found_in_text_when_no_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path / "d.txt", "Headline\nOn 3 March 1987 the bank said it would pay.\n")
    article = read_article(path)
    assert article.date_source == "text"
    assert article.published is not None and article.published.date().isoformat() == "1987-03-03"


def test_malformed_front_matter_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.md", "---\ntitle: ok\nbyline: [unclosed\nsource: x\n---\nBody.\n")
    with pytest.raises(ArticleFileError) as info:
        read_article(path)
    assert info.value.line is not None and 3 <= info.value.line <= 5
    assert "bad.md" in str(info.value) and "front matter" in str(info.value)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty"), (b"   \n\n", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary")],
)
def test_unreadable_files_raise_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = write(tmp_path / "f.txt", content)
    with pytest.raises(ArticleFileError, match=reason):
        read_article(path)


def test_random_bytes_without_a_nul_are_binary(tmp_path: Path) -> None:
    noise = bytes(b for b in random.Random(7).randbytes(400) if b)  # no NUL to give it away
    with pytest.raises(ArticleFileError, match=r"binary file \(\d+% control bytes\)"):
        read_article(write(tmp_path / "noise.txt", noise))
    legacy = "Zürich: Crédit Suisse’s “profit” rose 5 pct.\fPage two.\n".encode("cp1252")
    assert read_article(write(tmp_path / "legacy.txt", legacy)).title.startswith("Zürich")


def test_cp1252_text_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "w.txt", b"Caf\xe9 owners \x93protest\x94\nThey said so.\n")
    article = read_article(path)
    assert article.title == "Café owners “protest”"


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Headline\n")
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ArticleFileError, match="too large"):
        read_article(path)


def test_escape_codes_and_controls_are_removed_but_markup_text_is_kept(tmp_path: Path) -> None:
    path = write(
        tmp_path / "m.txt", "[bold red]x[/] \x1b[2J\x1b]0;pwned\x07title\nBody \x07text.\n"
    )
    article = read_article(path)
    assert article.title == "[bold red]x[/] title"
    assert "\x1b" not in article.body and "\x07" not in article.body
