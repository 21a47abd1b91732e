"""Feeds fetched from a loopback server: articles written and indexed, 304s, and every fault
affecting only its own feed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import run_cli, write
from tests.support.feeds import GOOD, LONG, quick_fetch_config, rss
from tests.support.loopback import Route, serve
from wirereader.errors import QueryError
from wirereader.feeds import http
from wirereader.feeds.run import FetchBusy, fetch_all
from wirereader.feeds.subscriptions import FeedList
from wirereader.library.facade import Library
from wirereader.settings.config import Config
from wirereader.support.files import file_lock

run = run_cli


@pytest.fixture(autouse=True)
def quick_http(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    quick_fetch_config(isolated_home)
    monkeypatch.setattr(http, "MAX_BYTES", 2 * 1024 * 1024)


def test_subscribe_fetch_index_and_a_second_fetch_costs_one_304(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    routes = {"/feed.xml": Route(GOOD, etag='"v1"')}
    with serve(routes) as (url, _):
        code, out, _ = run(capsys, "feeds", "add", url("/feed.xml"), "--name", "harbour")
        assert code == 0 and "harbour" in out
        code, out, err = run(capsys, "fetch")
        assert code == 0, err
        assert "harbour: 2 new, 0 updated, 0 unchanged" in out
        assert "6 new" in out.splitlines()[-2], "then indexed (with the seeds: a first build)"
        assert out.splitlines()[-1].startswith("Fetched 1 feed in ")
        _, out, _ = run(capsys, "search", "--json", "dockers")
        assert '"source": "Harbour Wire"' in out
        code, out, _ = run(capsys, "fetch")
        assert "harbour: not modified" in out
        assert routes["/feed.xml"].hits == 2
    _, out, _ = run(capsys, "feeds")
    assert "not modified" in out and "2 articles" in out
    _, out, _ = run(capsys, "library")
    assert "fetched from your feeds" in out


def test_a_changed_entry_rewrites_its_file_and_a_gone_one_stays(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    routes = {"/f": Route(GOOD)}
    with serve(routes) as (url, _):
        run(capsys, "feeds", "add", url("/f"), "--name", "h")
        run(capsys, "fetch")
        routes["/f"].body = rss("Harbour Wire", ("a1", "Port reopens at last", LONG))
        _, out, _ = run(capsys, "fetch")
        assert "h: 0 new, 1 updated, 0 unchanged" in out
    files = sorted((isolated_home / "data" / "wirereader" / "feeds" / "h").glob("*.md"))
    assert len(files) == 2, "the entry that left the feed stays in the archive"
    _, out, _ = run(capsys, "search", "--json", "port")
    assert out.count('"title": "Port reopens') == 1 and "at last" in out


HOSTILE = rss(
    "Evil \x1b[2J [bold]Feed[/bold]",
    ("e1", "Title \x1b]52;c;UFdORUQ=\x07 [red]x[/red]", LONG + "<script>alert(1)</script>"),
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>x</title><item><title>&x;</title></item></channel></rss>'
)
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    b'<rss version="2.0"><channel><title>&b;</title></channel></rss>'
)


def test_every_fault_stays_with_its_own_feed(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    routes = {
        "/good": Route(GOOD),
        "/404": Route(b"", status=404),
        "/410": Route(b"", status=410),
        "/500": Route(b"oops", status=500),
        "/slow": Route(GOOD, fault="sleep"),
        "/trickle": Route(GOOD, fault="trickle"),
        "/big": Route(b"<rss>" + b" " * (3 * 1024 * 1024) + b"</rss>"),
        "/bomb": Route(b"", fault="gzip-bomb"),
        "/loop": Route(b"", fault="loop"),
        "/broken": Route(b"<rss><channel><title>x</title><item>"),
        "/html": Route(b"<html><body><p>Our site</p></body></html>", content_type="text/html"),
        "/xxe": Route(XXE),
        "/laughs": Route(LAUGHS),
        "/hostile": Route(HOSTILE),
    }
    with serve(routes) as (url, _):
        store = FeedList(Config().feeds_file)
        for path in routes:
            run(capsys, "feeds", "add", url(path), "--name", path.strip("/"))
        code, out, _ = run(capsys, "fetch")
        assert store.load()
    assert code == 1, "a run where a feed failed exits 1 (a cron job notices)"
    assert "11 feeds failed." in out.splitlines()[-1], out
    lines = {line.split(":")[0]: line for line in out.splitlines() if ": " in line}
    assert "2 new" in lines["good"] and "1 new" in lines["hostile"]
    expected = {
        "404": "not found (404)",
        "410": "gone (410)",
        "500": "server error 500",
        "slow": "timed out",
        "trickle": "timed out",
        "big": "larger than 2 MB",
        "bomb": "larger than 2 MB",
        "loop": "redirects",
        "html": "an HTML page, not a feed",
        "xxe": "refused",
        "laughs": "refused",
    }
    for name, words in expected.items():
        assert "error" in lines[name] and words in lines[name], lines[name]
    assert "error" in lines["broken"] or "new" in lines["broken"]
    assert "\x1b" not in out and "\x07" not in out
    (written,) = (Config().feeds_dir / "hostile").glob("*.md")
    on_disk = written.read_text(encoding="utf-8")
    assert "\x1b" not in on_disk and "\x07" not in on_disk, "a `cat` of the file is safe too"
    assert "[red]x[/red]" in on_disk, "the text itself is kept"
    _, shown, _ = run(capsys, "search", "title")
    assert "[red]x[/red]" in shown and "\x1b" not in shown and "script" not in shown
    listed = run(capsys, "feeds")[1]
    assert "gone (410)" in listed and "feeds remove" in listed


def test_two_fetches_at_once_do_not_run_together(isolated_home: Path, tmp_path: Path) -> None:
    config = Config()
    with serve({"/f": Route(GOOD)}):
        FeedList(config.feeds_file).change(lambda feeds: feeds)
        lock = config.feeds_dir.with_name(config.feeds_dir.name + ".fetch.lock")
        with file_lock(lock), pytest.raises(FetchBusy, match="another wirereader"):
            fetch_all(config.feeds_file, config.feeds_dir)


def test_opml_import_and_export_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    opml = tmp_path / "list.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>'
        '<outline text="World"><outline text="Wire A" xmlUrl="https://a.example/rss"/>'
        '<outline text="Wire B" xmlUrl="https://b.example/rss"/></outline>'
        '<outline text="Bad" xmlUrl="javascript:alert(1)"/></body></opml>'
    )
    code, out, _ = run(capsys, "feeds", "import", str(opml))
    assert code == 0 and "Imported 2 feeds (0 already subscribed)" in out
    code, out, _ = run(capsys, "feeds", "import", str(opml))
    assert "Imported 0 feeds (2 already subscribed)" in out
    _, exported, _ = run(capsys, "feeds", "export")
    again = tmp_path / "again.opml"
    again.write_text(exported)
    from wirereader.feeds.opml import read_opml

    assert [(f.url, f.category, f.title) for f in read_opml(again)] == [
        ("https://a.example/rss", "World", "Wire A"),
        ("https://b.example/rss", "World", "Wire B"),
    ], "the feeds' own titles go out again, not their slugs"
    broken = tmp_path / "broken.opml"
    broken.write_text("<opml><body>\n<outline text='x'\n</body></opml>")
    code, _, err = run(capsys, "feeds", "import", str(broken))
    assert code == 2 and "broken.opml:" in err


def test_a_broken_feeds_file_is_named_with_its_line_by_every_command(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    write(Config().feeds_file, "feeds: [\n  - url: x\n")
    for command in (["fetch"], ["feeds"], ["feeds", "add", "https://a.example/rss"]):
        code, out, err = run(capsys, *command)
        assert code == 2 and "feeds.yaml:2: not valid YAML" in err, command
        assert "Traceback" not in out + err


def test_a_feed_whose_articles_cannot_be_written_fails_alone(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    from wirereader.feeds.subscriptions import Feed

    config = Config()
    write(config.feeds_dir / "blocked", "a file where the feed's folder goes")
    with serve({"/f": Route(GOOD)}) as (url, _):
        FeedList(config.feeds_file).save([Feed("blocked", url("/f")), Feed("open", url("/f"))])
        code, out, err = run(capsys, "fetch")
    assert code == 1, err
    assert "blocked: error: cannot write its articles in" in out
    assert "open: 2 new" in out
    assert "error" in run(capsys, "feeds")[1], "the failure is kept for `feeds` to show"


def test_a_full_disk_while_saving_the_feeds_file_is_an_error_not_a_crash(
    capsys: pytest.CaptureFixture[str], isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from wirereader.feeds import subscriptions

    assert run(capsys, "feeds", "add", "https://a.example/rss")[0] == 0
    before = Config().feeds_file.read_text(encoding="utf-8")

    def full(path: Path, text: str, sync: bool = True) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(subscriptions, "atomic_write_text", full)
    code, _, err = run(capsys, "feeds", "add", "https://b.example/rss")
    assert code == 2 and "feeds.yaml: cannot write: No space left on device" in err
    assert Config().feeds_file.read_text(encoding="utf-8") == before


def test_feed_commands_reject_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "feeds", "add", "ftp://x.example/feed")[0] == 2
    assert run(capsys, "feeds", "remove", "nothing")[0] == 2
    assert run(capsys, "fetch", "nothing")[0] == 2


def test_the_fetched_folder_is_part_of_the_library(isolated_home: Path) -> None:
    config = Config()
    with serve({"/f": Route(GOOD)}) as (url, _):
        FeedList(config.feeds_file).change(lambda feeds: feeds)
        from wirereader.feeds.subscriptions import Feed

        FeedList(config.feeds_file).change(lambda feeds: [Feed("h", url("/f"))])
        fetch_all(config.feeds_file, config.feeds_dir)
    library = Library(config)
    assert library.index().new == 6  # 4 seeds + 2 fetched
    assert any(f.origin == "feeds" for f in library.folders.folders())


def test_feed_and_unread_in_the_query_language(isolated_home: Path) -> None:
    config = Config()
    with serve({"/f": Route(GOOD)}) as (url, _):
        from wirereader.feeds.subscriptions import Feed

        FeedList(config.feeds_file).change(lambda feeds: [Feed("harbour", url("/f"))])
        fetch_all(config.feeds_file, config.feeds_dir)
    library = Library(config)
    library.index()
    assert library.search("feed:harbour").total == 2
    assert library.search("feed:harbour dockers").total == 1
    assert library.search("pentagon feed:harbour").total == 0
    first = library.search("feed:harbour").hits[0].id
    library.read.mark(first)
    assert library.search("feed:harbour unread:yes").total == 1
    assert [h.id for h in library.search("unread:no").hits] == [first]
    assert library.count("unread:yes") == 5
    with pytest.raises(QueryError, match="unread: takes yes or no"):
        library.search("unread:maybe")


PAGE = (
    "<html><head><title>Port reopens after strike</title></head><body><article>"
    "<h1>Port reopens after strike</h1>"
    + "".join(f"<p>Paragraph {i}: {LONG}</p>" for i in range(4))
    + "</article></body></html>"
).encode()


@pytest.mark.parametrize(
    ("full_text", "expected"), [("never", "A short summary."), ("auto", "Paragraph 3:")]
)
def test_full_text_fetches_the_page_of_a_short_entry(
    isolated_home: Path, full_text: str, expected: str
) -> None:
    from wirereader.feeds.subscriptions import Feed

    config = Config()
    routes = {"/f": Route(b""), "/story": Route(PAGE, content_type="text/html")}
    with serve(routes) as (url, _):
        feed = rss("Wire", ("s1", "Port reopens", "A short summary."))
        routes["/f"].body = feed.replace(b"https://news.example/s1", url("/story").encode())
        FeedList(config.feeds_file).save([Feed("w", url("/f"), full_text=full_text)])  # type: ignore[arg-type]
        fetch_all(config.feeds_file, config.feeds_dir)
    (written,) = (config.feeds_dir / "w").glob("*.md")
    assert expected in written.read_text(encoding="utf-8")
    assert routes["/story"].hits == (1 if full_text == "auto" else 0)


def test_a_story_page_is_fetched_again_only_when_its_entry_changes(isolated_home: Path) -> None:
    from wirereader.feeds.subscriptions import Feed

    config = Config()
    routes = {"/f": Route(b""), "/story": Route(PAGE, content_type="text/html")}
    with serve(routes) as (url, _):

        def fetch(summary: str) -> str:
            feed = rss("Wire", ("s1", "Port reopens", summary))
            routes["/f"].body = feed.replace(b"https://news.example/s1", url("/story").encode())
            (result,) = fetch_all(config.feeds_file, config.feeds_dir).results
            w = result.written
            return f"{w.new} new, {w.updated} updated, {w.unchanged} unchanged"

        FeedList(config.feeds_file).save([Feed("w", url("/f"))])
        assert fetch("A short summary.") == "1 new, 0 updated, 0 unchanged"
        assert fetch("A short summary.") == "0 new, 0 updated, 1 unchanged"
        assert routes["/f"].hits == 2 and routes["/story"].hits == 1
        routes["/story"].body = PAGE.replace(b"Paragraph 3:", b"Paragraph three:")
        assert fetch("A short summary, corrected.") == "0 new, 1 updated, 0 unchanged"
        assert routes["/story"].hits == 2
    (written,) = (config.feeds_dir / "w").glob("*.md")
    assert "Paragraph three:" in written.read_text(encoding="utf-8")


BRIEF = (
    b"<html><head><title>Oil rises</title></head><body><article><h1>Oil rises</h1>"
    b"<p>Oil rose 3 pct on Monday, traders in London said.</p></article></body></html>"
)


def fetch_story(page: bytes) -> str:
    """The article a feed of one two-word entry gets when its story page is `page`."""
    from wirereader.feeds.subscriptions import Feed

    config = Config()
    routes = {"/f": Route(b""), "/story": Route(page, content_type="text/html")}
    with serve(routes) as (url, _):
        feed = rss("Wire", ("s1", "Oil rises", "Oil rose."))
        routes["/f"].body = feed.replace(b"https://news.example/s1", url("/story").encode())
        FeedList(config.feeds_file).save([Feed("w", url("/f"), full_text="always")])
        (result,) = fetch_all(config.feeds_file, config.feeds_dir).results
    assert result.status == "ok"
    (written,) = (config.feeds_dir / "w").glob("*.md")
    return written.read_text(encoding="utf-8")


def test_full_text_reads_a_brief_page(isolated_home: Path) -> None:
    # Too little text for trafilatura's own pass: it hands the page to jusText.
    assert "Oil rose 3 pct on Monday, traders in London said." in fetch_story(BRIEF)


def test_a_page_the_extractor_fails_on_keeps_the_summary(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(html: bytes | str, url: str = "") -> None:
        raise RuntimeError("the page broke the extractor")

    monkeypatch.setattr("wirereader.feeds.run.extract_page", fails)
    assert "Oil rose." in fetch_story(BRIEF)


def test_the_feeds_file_is_never_written_bigger_than_it_can_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wirereader.feeds import subscriptions
    from wirereader.feeds.subscriptions import Feed, FeedsFileError

    monkeypatch.setattr(subscriptions, "MAX_FILE_CHARS", 4096)  # ~40 feeds, not ~200,000
    store = FeedList(tmp_path / "feeds.yaml")
    kept: list[Feed] = []
    with pytest.raises(FeedsFileError, match="more than a feeds file can hold"):
        for i in range(200):
            store.change(lambda feeds, i=i: [*feeds, Feed(f"w{i}", f"https://w{i}.example/rss")])
            kept.append(Feed(f"w{i}", f"https://w{i}.example/rss"))
    assert 10 < len(kept) < 200
    assert store.load() == kept, "the last list saved reads back"


def test_an_entry_with_a_huge_title_is_fetched_and_indexed(isolated_home: Path) -> None:
    from wirereader.feeds.subscriptions import Feed

    config = Config()
    huge = "Zebraquux " * 30_000  # 300 kB: more front matter than the index reads
    feed = rss("Wire", ("h1", huge, LONG), ("h2", "Dockers vote", LONG))
    feed = feed.replace(
        b"</title><link>", b"</title><author>" + huge.encode() + b"</author><link>", 1
    )
    with serve({"/f": Route(feed)}) as (url, _):
        FeedList(config.feeds_file).save([Feed("w", url("/f"))])
        fetch_all(config.feeds_file, config.feeds_dir)
    library = Library(config)
    report = library.index()
    assert report.new == 6 and not report.skipped  # 4 seeds + both entries
    (hit,) = library.search("zebraquux").hits
    assert hit.title.startswith("Zebraquux Zebraquux") and hit.title.endswith("…")
    assert len(hit.title) <= 2000


def test_a_local_feed_file_is_subscribed_by_path_or_file_url(
    capsys: pytest.CaptureFixture[str], isolated_home: Path, tmp_path: Path
) -> None:
    import os

    feed = tmp_path / "local news.xml"
    feed.write_bytes(GOOD)
    code, out, err = run(capsys, "feeds", "add", str(feed))
    assert code == 0, err
    assert "file://" in out and "local-news" in out
    code, out, err = run(capsys, "feeds", "add", feed.as_uri(), "--name", "again")
    assert code == 2 and "already subscribed" in err
    code, out, err = run(capsys, "fetch")
    assert code == 0, err
    assert "local-news: 2 new" in out
    _, out, _ = run(capsys, "fetch")
    assert "local-news: not modified" in out, "an unchanged file is not read again"
    stat = feed.stat()
    os.utime(feed, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    _, out, _ = run(capsys, "fetch")
    assert "local-news: 0 new, 0 updated, 2 unchanged" in out
    feed.unlink()
    code, out, _ = run(capsys, "fetch")
    assert code == 1 and "no such file" in out
    code, _, err = run(capsys, "feeds", "add", str(tmp_path / "missing.xml"))
    assert code == 2 and "neither an http(s) URL nor a feed file" in err
