"""Each agency format and version as a reader of wire copy meets it (samples in
tests/samples/wire, written here from the IPTC specifications): every field that reaches
`show`, `search --json` and the app — byline, source, language, version, status, dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirereader.ingest import read_articles
from wirereader.ingest.decode import ArticleFileError

WIRE = Path(__file__).parents[1] / "samples" / "wire"


def articles(name: str) -> list:  # type: ignore[type-arg]
    found, _ = read_articles(WIRE / name)
    return found


@pytest.mark.parametrize(
    ("name", "title", "byline", "source", "language", "version", "dateline"),
    [
        ("dpa-g2-de.xml", "Merz warnt vor steigenden Energiepreisen", "Anna Beispiel", "dpa",
         "de", 2, "Berlin"),
        ("afp-ninjs2-fr.json", "Budget : le gouvernement promet 5 milliards d'euros d'économies",
         "Jean Exemple", "AFP", "fr", 1, "Paris"),
        ("tt-nitf-sv.xml", "Regeringen sänker skatten för pensionärer", "Erik Exempel", "TT",
         "sv", 1, "Stockholm"),
        ("efe-ninjs3-es.json", "La sequía reduce un 18 % la cosecha de aceite en Andalucía",
         "Lucía Ejemplo", "EFE", "es", 1, "Sevilla"),
        ("afp-newsml12-fr.xml", "Grève des cheminots : trafic perturbé jeudi", "Claire Exemple",
         "AFP", "fr", 2, "LYON"),
    ],
)  # fmt: skip
def test_each_format_gives_its_fields(
    name: str, title: str, byline: str, source: str, language: str, version: int, dateline: str
) -> None:
    article = articles(name)[0]
    assert (article.title, article.byline, article.source) == (title, byline, source)
    assert (article.language, article.version, article.dateline) == (language, version, dateline)
    assert article.status == ""  # usable
    assert article.story and article.body


def test_a_ninjs_list_gives_every_item_and_says_which_it_skipped() -> None:
    found, warnings = read_articles(WIRE / "superdesk-ninjs1-items.json")
    assert [a.version for a in found] == [1, 2, 3]
    assert found[0].story == found[1].story != found[2].story  # one story, two versions
    assert found[2].status == "withdrawn"
    assert found[0].byline == "Mary Sample" and found[0].dateline == "Portsmouth"
    assert len(warnings) == 1 and "urn:wr-sample:no-text" in warnings[0]


def test_a_newsml_message_and_a_newsml_1_document_give_every_item() -> None:
    italian = articles("ansa-g2-message-it.xml")
    assert [a.language for a in italian] == ["it", "it"]
    assert [a.status for a in italian] == ["", "canceled"]
    assert italian[1].body == "Questa notizia è stata annullata dall'agenzia."  # text/html
    french = articles("afp-newsml12-fr.xml")
    assert [a.title.split(" :")[0] for a in french] == ["Grève des cheminots", "Neige"]
    assert french[0].story != french[1].story


def test_resent_headlines_share_a_story_and_count_as_versions() -> None:
    first, update = articles("reuters-oil.md")[0], articles("reuters-oil-update1.md")[0]
    assert first.story == update.story
    assert (first.version, update.version) == (0, 2)  # "UPDATE 1-" is the second version


def test_the_language_is_detected_when_the_file_declares_none(tmp_path: Path) -> None:
    (tmp_path / "sv.txt").write_text(
        "Regeringen sänker skatten\n\nFinansministern sa på torsdagen att skatten sänks för "
        "alla pensionärer nästa år.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.md").write_text(
        "---\ntitle: Rates held\nlanguage: en-GB\n---\nDie Bank hielt die Zinsen.\n",
        encoding="utf-8",
    )
    assert articles_at(tmp_path / "sv.txt").language == "sv"
    assert articles_at(tmp_path / "en.md").language == "en"  # declared beats detected


def articles_at(path: Path):  # type: ignore[no-untyped-def]
    return read_articles(path)[0][0]


def test_a_file_with_no_readable_item_says_why(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('{"items": [{"uri": "u1", "headline": "No body"}]}', encoding="utf-8")
    with pytest.raises(ArticleFileError, match="'u1' has no headline or body text"):
        read_articles(path)
