"""Wire copy in each version agencies send (samples written here from the IPTC specifications):
NewsML 1.x, NewsML-G2 inlineData, ninjs 1.x without a uri, NITF bylines with their titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import write
from wirereader.ingest import read_article
from wirereader.ingest.bylines import split_byline

NEWSML_12 = """<?xml version="1.0" encoding="UTF-8"?>
<NewsML Version="1.2">
  <NewsEnvelope><DateAndTime>20251002T101500Z</DateAndTime></NewsEnvelope>
  <NewsItem>
    <Identification><NewsIdentifier><ProviderId>afp.com</ProviderId>
      <NewsItemId>TX-PAR-ABC12</NewsItemId><RevisionId Update="N">2</RevisionId>
    </NewsIdentifier></Identification>
    <NewsManagement><FirstCreated>20251002T090000Z</FirstCreated>
      <ThisRevisionCreated>20251002T101500Z</ThisRevisionCreated><Status FormalName="Usable"/>
    </NewsManagement>
    <NewsComponent>
      <NewsLines><HeadLine>Rail strike halts trains across France</HeadLine>
        <ByLine>By MARIE DUPONT</ByLine><DateLine>PARIS, Oct 2 (AFP)</DateLine>
        <CopyrightLine>Copyright AFP 2025</CopyrightLine></NewsLines>
      <AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider>
      </AdministrativeMetadata>
      <NewsComponent>
        <ContentItem><MediaType FormalName="Photo"/><DataContent>not text</DataContent></ContentItem>
        <ContentItem><MediaType FormalName="Text"/><Format FormalName="NITF"/>
          <DataContent><nitf><body><body.content>
            <p>Rail workers walked out on Thursday, the union said.</p>
            <p>"We will not back down," union leader Paul Martin said.</p>
          </body.content></body></nitf></DataContent>
        </ContentItem>
      </NewsComponent>
    </NewsComponent>
  </NewsItem>
</NewsML>
"""

NEWSML_10_PLAIN = """<?xml version="1.0"?>
<NewsML><NewsItem><NewsManagement><FirstCreated>20240105T080000</FirstCreated></NewsManagement>
<NewsComponent><NewsLines><HeadLine>Storm closes ports</HeadLine></NewsLines>
<ContentItem><DataContent>Three ports closed on Friday as the storm hit.

Ferries will resume on Sunday, operators said.</DataContent></ContentItem>
</NewsComponent></NewsItem></NewsML>
"""

G2_INLINE_DATA = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:ansa.it:2025:1" version="3">
  <itemMeta><provider literal="ANSA"/><versionCreated>2025-03-01T09:30:00Z</versionCreated>
  </itemMeta>
  <contentMeta><headline>Venice floods again as tide peaks</headline><by>Giulia Rossi</by>
  </contentMeta>
  <contentSet><inlineData contenttype="{kind}">{text}</inlineData></contentSet>
</newsItem>
"""

NINJS_1 = """{
  "guid": "urn:superdesk:2025:77",
  "type": "text",
  "version": "2",
  "versioncreated": "2025-04-01T12:00:00+0000",
  "language": "en",
  "headline": "Ferry operator cuts routes",
  "byline": "By JOHN O'NEILL",
  "located": "Oslo",
  "body_html": "<p>The operator cut three routes on Tuesday.</p><p>Fuel costs rose, it said.</p>"
}
"""

NITF_AP = """<?xml version="1.0"?>
<nitf><head><title>Stocks</title><docdata><doc.copyright holder="AP" year="2025"/>
<date.issue norm="20250804T140000Z"/></docdata></head>
<body><body.head><hedline><hl1>Stocks slip as oil climbs</hl1></hedline>
<byline>By BERNARD CONDON<byttl>AP Business Writer</byttl></byline></body.head>
<body.content><p>Stocks slipped on Monday.</p></body.content></body></nitf>
"""


def test_newsml_1_2_with_nitf_inside_a_nested_component(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "afp.xml", NEWSML_12))
    assert article.title == "Rail strike halts trains across France"
    assert article.byline == "Marie Dupont"
    assert article.source == "AFP"
    assert article.published is not None and article.published.isoformat().startswith(
        "2025-10-02T10:15"
    )
    assert "union leader Paul Martin said" in article.body and "not text" not in article.body


def test_newsml_1_0_with_plain_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "n.xml", NEWSML_10_PLAIN))
    assert article.title == "Storm closes ports"
    assert article.body.split("\n\n") == [
        "Three ports closed on Friday as the storm hit.",
        "Ferries will resume on Sunday, operators said.",
    ]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("text/plain", "The tide reached 140 cm.\n\nShops in the square closed."),
        (
            "text/html",
            "&lt;p&gt;The tide reached 140 cm.&lt;/p&gt;&lt;p&gt;Shops in the square closed.&lt;/p&gt;",
        ),
    ],
)
def test_newsml_g2_inline_data(tmp_path: Path, kind: str, text: str) -> None:
    article = read_article(
        write(tmp_path / "ansa.xml", G2_INLINE_DATA.format(kind=kind, text=text))
    )
    assert article.title == "Venice floods again as tide peaks"
    assert article.body.split("\n\n") == ["The tide reached 140 cm.", "Shops in the square closed."]
    assert (article.byline, article.source) == ("Giulia Rossi", "ANSA")


def test_ninjs_1_without_a_uri(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "sd.json", NINJS_1))
    assert article.title == "Ferry operator cuts routes"
    assert article.byline == "John O'Neill"
    assert article.body.split("\n\n") == [
        "The operator cut three routes on Tuesday.",
        "Fuel costs rose, it said.",
    ]


def test_an_nitf_byline_keeps_its_title_apart_and_the_source_comes_from_the_copyright(
    tmp_path: Path,
) -> None:
    article = read_article(write(tmp_path / "ap.xml", NITF_AP))
    assert article.byline == "Bernard Condon", "not 'BERNARD CONDONAP Business Writer'"
    assert article.source == "AP"


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By BERNARD CONDON, AP Business Writer", ("Bernard Condon", "AP Business Writer")),
        ("By Jane Doe - Reuters", ("Jane Doe", "Reuters")),
        ("PAULO SANTALUCIA AND FRANCES D'EMILIO", ("Paulo Santalucia and Frances D'Emilio", "")),
        ("By Anna McDonald", ("Anna McDonald", "")),
        ("LUDWIG VAN BEETHOVEN", ("Ludwig van Beethoven", "")),
    ],
)
def test_bylines_split_name_and_title_and_read_capitals_in_their_usual_case(
    byline: str, expected: tuple[str, str]
) -> None:
    assert split_byline(byline) == expected
