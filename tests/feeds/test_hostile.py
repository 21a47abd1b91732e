"""Servers that misbehave (silent, trickling, empty, redirecting inward): every fetch ends on
time with its reason, and the good feeds of the run are fetched."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.support import run_cli
from tests.support.feeds import GOOD, LONG, quick_fetch_config, rss
from tests.support.loopback import Route, serve
from wirereader.feeds import http, redirects
from wirereader.feeds.deadline import Timeouts
from wirereader.feeds.subscriptions import Feed, FeedList
from wirereader.settings.config import Config

run = run_cli


@pytest.fixture(autouse=True)
def quick(isolated_home: Path) -> None:
    quick_fetch_config(isolated_home)


def _lines(out: str) -> dict[str, str]:
    return {line.split(":")[0]: line for line in out.splitlines() if ": " in line}


def test_an_empty_body_fails_its_feed_alone(capsys: pytest.CaptureFixture[str]) -> None:
    routes = {"/empty": Route(b""), "/blank": Route(b"  \n "), "/good": Route(GOOD)}
    with serve(routes) as (url, _):
        for path in routes:
            run(capsys, "feeds", "add", url(path), "--name", path.strip("/"))
        code, out, err = run(capsys, "fetch")
    lines = _lines(out)
    assert code == 1 and "Traceback" not in out + err
    assert "error: not a feed" in lines["empty"] and "error: not a feed" in lines["blank"]
    assert "2 new" in lines["good"]


def test_silent_and_trickling_servers_end_within_the_feed_timeout(
    capsys: pytest.CaptureFixture[str],
) -> None:
    routes = {
        "/silent": Route(GOOD, fault="silent"),
        "/headers": Route(GOOD, fault="trickle-headers"),
        "/body": Route(GOOD, fault="trickle"),
        "/good": Route(GOOD),
    }
    with serve(routes) as (url, _):
        for path in routes:
            run(capsys, "feeds", "add", url(path), "--name", path.strip("/"))
        started = time.monotonic()
        code, out, _ = run(capsys, "fetch")
        took = time.monotonic() - started
    lines = _lines(out)
    for name in ("silent", "headers", "body"):
        assert "error: timed out" in lines[name], lines[name]
    assert "2 new" in lines["good"]
    # feed_timeout is 2 s in all, retries included: one 0.2 s header line at a time used to
    # hold the fetch for ever, and each retry started the clock again.
    assert took < 15, f"the run took {took:.1f} s"
    assert code == 1


def test_the_deadline_covers_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    with serve({"/headers": Route(GOOD, fault="trickle-headers")}) as (url, _):
        timeouts = Timeouts(connect=1, first_byte=5, total=1.5)
        with http.client(timeouts) as client:
            started = time.monotonic()
            got = http.get(client, url("/headers"), timeouts=timeouts)
            took = time.monotonic() - started
    assert got.error.startswith("timed out") and "1.5 s" in got.error
    assert took < 4, "not three attempts of 1.5 s each"


def test_story_pages_are_fetched_side_by_side_within_the_host_limit(
    capsys: pytest.CaptureFixture[str],
) -> None:
    items = [(f"s{n}", f"Story {n}", "Short.") for n in range(6)]
    feed = rss("Slow Site", *items).replace(
        b"https://news.example/", b"http://127.0.0.1:PORT/page/"
    )
    page = b"<html><body><article><p>" + LONG.encode() + b"</p></article></body></html>"
    routes = {"/feed": Route(b"")}
    routes |= {f"/page/s{n}": Route(page, content_type="text/html", delay=0.5) for n in range(6)}
    with serve(routes) as (url, _):
        port = url("/").split(":")[2].rstrip("/")
        routes["/feed"].body = feed.replace(b"PORT", port.encode())
        run(capsys, "feeds", "add", url("/feed"), "--name", "slow", "--full-text", "always")
        busy: list[int] = []
        done = threading.Event()

        def watch() -> None:
            while not done.wait(0.05):
                busy.append(sum(r.busy for p, r in routes.items() if p.startswith("/page/")))

        watcher = threading.Thread(target=watch)
        watcher.start()
        code, out, err = run(capsys, "fetch")
        done.set()
        watcher.join()
    assert code == 0, out + err
    assert "6 new" in _lines(out)["slow"]
    assert max(busy) == 2, "two pages of one host at a time (the per-host limit), not one"


def test_a_run_past_its_time_leaves_the_rest_for_the_next(
    capsys: pytest.CaptureFixture[str], isolated_home: Path
) -> None:
    quick_fetch_config(isolated_home, "  run_timeout: 10\n")
    feeds = [Feed(f"slow{n}", "") for n in range(20)]
    routes = {f"/{f.name}": Route(GOOD, fault="silent") for f in feeds}
    with serve(routes) as (url, _):
        FeedList(Config().feeds_file).save([Feed(f.name, url(f"/{f.name}")) for f in feeds])
        started = time.monotonic()
        code, out, _ = run(capsys, "fetch")
        took = time.monotonic() - started
    said = _lines(out)
    assert any("the run's 10 s were up" in line for line in said.values()), out
    assert took < 20 and code == 1


def test_a_remote_feed_may_not_redirect_to_this_machine(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = {"/inside": Route(GOOD), "/out": Route(b"", status=302)}
    with serve(routes) as (url, _), serve({"/admin": Route(GOOD)}) as (local, log):
        routes["/out"].headers["Location"] = local("/admin")
        remote_port = url("/").split(":")[2].rstrip("/")
        # The feed's own server plays a public host: only the other port counts as local.
        monkeypatch.setattr(redirects, "is_local", lambda u: remote_port not in u)
        run(capsys, "feeds", "add", url("/out"), "--name", "out")
        code, out, _ = run(capsys, "fetch")
    assert code == 1 and "redirected to a local or private address, refused" in _lines(out)["out"]
    assert log == [], "the local service was never asked"


def test_which_addresses_are_local() -> None:
    for url in ("http://127.0.0.1:9/", "http://localhost/", "http://10.1.2.3/", "http://[::1]/",
                "http://169.254.169.254/latest", "http://192.168.0.1/", "http://0.0.0.0/"):  # fmt: skip
        assert redirects.is_local(url), url
    assert not redirects.is_local("http://93.184.216.34/feed")
    assert redirects.refused_redirect("http://93.184.216.34/f", "http://127.0.0.1:8080/")
    assert not redirects.refused_redirect("http://127.0.0.1:1/f", "http://127.0.0.1:2/f")
    assert redirects.refused_redirect("http://93.184.216.34/f", "file:///etc/passwd")
    assert not redirects.refused_redirect("http://93.184.216.34/f", "https://93.184.216.35/f")


def test_the_socket_deadline_reaches_httpx_pools() -> None:
    """bound_sockets wraps httpx's pool backends in place (no public hook yet): if httpx
    moves them, this fails rather than the deadline quietly stopping to work."""
    from wirereader.feeds.deadline import _Backend

    with http.client() as client:
        assert isinstance(client._transport._pool._network_backend, _Backend)
