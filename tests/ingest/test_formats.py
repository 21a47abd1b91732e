"""Wire formats, saved pages and real feeds written by others become articles with no markup."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from tests.support import SHARED, shared_or_skip, write
from tests.support.loopback import Route, serve
from wirereader.feeds import http
from wirereader.feeds.entries import FeedError, parse_feed
from wirereader.ingest import read_article
from wirereader.ingest.decode import ArticleFileError

MARKUP = re.compile(r"<[a-zA-Z/][^>]*>|&[a-z]+;|&#\d+;")

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
  <head>
    <title>Port strike ends</title>
    <docdata><date.issue norm="20250801T120000Z"/></docdata>
    <pubdata name="Harbour Wire" type="web"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Port strike ends after nine days</hl1></hedline>
      <byline>By Ana Costa, <byttl>Staff Reporter</byttl></byline>
      <dateline>ROTTERDAM</dateline>
    </body.head>
    <body.content>
      <p>Dock workers in Rotterdam voted to end their strike, the union said.</p>
      <p>"We have a deal," said union leader <person>Pieter de Vries</person>.</p>
    </body.content>
  </body>
</nitf>
"""


def test_nitf_becomes_an_article(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "story.xml", NITF))
    assert article.title == "Port strike ends after nine days"
    assert article.byline == "Ana Costa" and article.source == "Harbour Wire"
    assert article.published is not None and article.published.date() == date(2025, 8, 1)
    assert article.body.split("\n\n")[1] == '"We have a deal," said union leader Pieter de Vries.'


def test_the_format_is_told_by_the_root_not_the_suffix(tmp_path: Path) -> None:
    assert read_article(write(tmp_path / "a.nitf", NITF)).title.startswith("Port strike")
    with pytest.raises(ArticleFileError, match=r"not a news format .*<rss>"):
        read_article(write(tmp_path / "feed.xml", "<rss><channel/></rss>"))
    with pytest.raises(ArticleFileError, match="not a ninjs news item"):
        read_article(write(tmp_path / "data.json", '{"name": "package.json"}'))


def test_xml_with_entities_is_refused_and_broken_xml_names_its_line(tmp_path: Path) -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaa">]><nitf><body>&a;</body></nitf>'
    with pytest.raises(ArticleFileError, match="refused"):
        read_article(write(tmp_path / "bomb.xml", bomb))
    with pytest.raises(ArticleFileError) as caught:
        read_article(write(tmp_path / "broken.xml", "<nitf>\n<body>\n<p>x</body>\n</nitf>"))
    assert caught.value.line == 3


@pytest.mark.parametrize(
    "name",
    [
        "LISTING_2_NewsML-G2_Text_Document.xml",
        "LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml",
    ],
)
def test_real_newsml_g2(name: str) -> None:
    article = read_article(shared_or_skip(f"data/formats/newsml-g2/{name}"))
    assert article.title and len(article.body) > 100 and not MARKUP.search(article.body)


def test_newsml_g2_without_text_is_skipped_with_a_reason() -> None:
    path = shared_or_skip("data/formats/newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml")
    with pytest.raises(ArticleFileError, match="no text news item"):
        read_article(path)


def test_real_ninjs_versions() -> None:
    folder = shared_or_skip("data/formats/ninjs")
    for path in sorted(folder.glob("*.json")):
        article = read_article(path)
        assert article.title and article.body and not MARKUP.search(article.body), path.name
        assert article.published is not None, path.name
        if "simple_text" in path.name:
            assert article.title == "Captain of wrecked cruise ship on trial in Italy"
            assert article.byline == "Paulo Santalucia and Frances d'Emilio"


def test_real_news_pages_give_title_byline_date_and_clean_text() -> None:
    folder = shared_or_skip("data/formats/html")
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        expected = json.loads((page / "expected-metadata.json").read_text())
        article = read_article(page / "source.html")
        assert article.title == expected["title"], page.name
        if expected.get("byline"):
            assert expected["byline"] in (article.byline, article.source), page.name
        if expected.get("publishedTime"):
            assert article.published is not None, page.name
            assert article.published.date().isoformat() == expected["publishedTime"][:10]
        assert len(article.body) > 1000 and not MARKUP.search(article.body), page.name


def test_a_short_saved_page_is_read_not_skipped(tmp_path: Path) -> None:
    # A brief has too little text for trafilatura's own pass, which hands it to jusText.
    page = write(
        tmp_path / "brief.html",
        "<html><head><title>Oil rises</title></head><body><article><h1>Oil rises</h1>"
        "<p>Oil rose 3 pct on Monday, traders in London said.</p></article></body></html>",
    )
    article = read_article(page)
    assert article.title == "Oil rises"
    assert "Oil rose 3 pct on Monday, traders in London said." in article.body


FEEDS = SHARED / "data" / "formats" / "feeds"


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FEEDS.glob("*") if "invalid" not in p.name) if FEEDS.exists() else [],
)
def test_real_feeds_served_over_loopback_parse_clean(name: str) -> None:
    body = (FEEDS / name).read_bytes()
    with serve({"/feed": Route(body)}) as (url, _), http.client() as client:
        got = http.get(client, url("/feed"))
    assert got.status == 200 and got.body == body
    doc = parse_feed(got.body, got.url)
    assert doc.entries, name
    for entry in doc.entries:
        assert entry.title and not MARKUP.search(entry.title), name
        assert all(not MARKUP.search(p) for p in entry.paragraphs), name
        assert not entry.link or entry.link.startswith(("http://", "https://")), name


def test_the_invalid_real_feed_is_an_error_not_a_crash() -> None:
    path = shared_or_skip("data/formats/feeds/rss_2.0_invalid_1.xml")
    try:
        doc = parse_feed(path.read_bytes())
    except FeedError as exc:
        assert str(exc)
    else:
        assert all(e.title for e in doc.entries)


def test_real_opml_lists_import_with_categories() -> None:
    from wirereader.feeds.opml import read_opml

    for name in ("canada.opml", "united-kingdom.opml"):
        path = shared_or_skip(f"data/formats/opml/{name}")
        feeds = read_opml(path)
        assert len(feeds) == path.read_text().count("xmlUrl=") > 0, "every feed, bare & or not"
        assert all(f.url.startswith("http") for f in feeds)
        assert any(f.category for f in feeds)


@pytest.mark.parametrize(
    "body",
    [
        b"<rss><channel><item><title>Undated</title>"
        b"<pubDate>Mon, 01 Jan 0001 00:00:00 +0000</pubDate></item></channel></rss>",
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "items": [
                    {"id": "1", "title": "Undated", "date_published": "0001-01-01T00:00:00Z"}
                ],
            }
        ).encode(),
    ],
)
def test_go_zero_time_in_a_feed_is_no_date(body: bytes) -> None:
    """Feeds written by Go programs (Hugo's among them) date an undated item 0001-01-01: that
    is no date, not a story two thousand years old at the bottom of every date sort."""
    (entry,) = parse_feed(body).entries
    assert entry.title == "Undated" and entry.published is None


def test_go_zero_time_in_front_matter_is_no_date(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", "---\ntitle: T\npublished: 0001-01-01T00:00:00Z\n---\nText.\n")
    article = read_article(path)
    assert article.date_source == "file-mtime" and article.published is not None
    assert article.published.year > 2000  # the file's own date, shown as such
