"""The fetch side of reliability.py: kill -9 during fetch + index, hostile servers, fuzzed feeds.

Servers are the tests' loopback server on 127.0.0.1; nothing reaches the internet.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support.feeds import LONG, rss  # noqa: E402
from tests.support.loopback import Route, serve  # noqa: E402
from wirereader.feeds import redirects  # noqa: E402
from wirereader.feeds.entries import FeedError, parse_feed  # noqa: E402
from wirereader.feeds.run import fetch_all  # noqa: E402
from wirereader.feeds.subscriptions import Feed, FeedList  # noqa: E402
from wirereader.index.docstore import DocStore  # noqa: E402
from wirereader.settings import FetchSettings  # noqa: E402

FEEDS, ENTRIES = 5, 60


def _feed(name: str, round_: int) -> bytes:
    """ENTRIES entries, a third of them new each round (the feed moves on)."""
    first = round_ * (ENTRIES // 3)
    items = [(f"{name}-{n}", f"{name} story {n}", LONG) for n in range(first, first + ENTRIES)]
    return rss(f"{name} wire", *items)


def _unsearchable(data: Path) -> tuple[int, int, int]:
    """(article files on disk, of them not in the index, duplicate ids in the index)."""
    on_disk = {str(p) for p in (data / "feeds").rglob("*.md")}
    from whoosh import index as whoosh_index

    docs = DocStore(data / "index")
    try:
        files = docs.load_files()
        ids = [entry[1] for entry in files.values() if entry[1]]
        stored = docs.count()
    finally:
        docs.close()
    searched = whoosh_index.open_dir(str(data / "index")).doc_count()
    missing = sum(1 for path in on_disk if path not in files)
    unique = len(set(ids))
    return len(on_disk), missing, (len(ids) - unique) + max(0, stored - unique, searched - unique)


def fetch_kills(n: int, work: Path) -> None:
    home = work / "fetchkill"
    data, config_dir = home / "data" / "wirereader", home / "config" / "wirereader"
    config_dir.mkdir(parents=True)
    (config_dir / "config.yaml").write_text("library: []\n")
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env["PYTHONPATH"] = str(ROOT / "src")
    cmd = [sys.executable, "-m", "wirereader", "fetch"]
    routes = {f"/f{k}": Route(_feed(f"f{k}", 0), etag='"0"') for k in range(FEEDS)}
    rng = random.Random(25)
    bad = duplicates = 0
    with serve(routes) as (url, _):
        FeedList(config_dir / "feeds.yaml").save(
            [Feed(f"f{k}", url(f"/f{k}")) for k in range(FEEDS)]
        )
        subprocess.run(cmd, env=env, capture_output=True, timeout=600)
        for k, route in enumerate(routes.values()):  # a round like the trials': a third new
            route.body, route.etag = _feed(f"f{k}", n + 1), f'"{n + 1}"'
        began = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, timeout=600)
        typical = time.perf_counter() - began
        for trial in range(1, n + 1):
            for k, route in enumerate(routes.values()):
                route.body, route.etag = _feed(f"f{k}", trial), f'"{trial}"'
            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            time.sleep(rng.uniform(0.0, typical * 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
            files, missing, doubled = _unsearchable(data)
            duplicates += doubled
            if again.returncode != 0 or missing:
                bad += 1
                print(f"    trial {trial}: exit {again.returncode}, {missing} of {files} "
                      f"files unsearchable {again.stderr.strip()[-200:]}", flush=True)  # fmt: skip
    print(
        f"kill -9 during fetch + index: {n} trials (a fetch takes {typical:.1f} s here), "
        f"{bad} left articles on disk unsearchable after the next fetch; {duplicates} duplicates"
    )


def hostile_servers(work: Path) -> None:
    good = rss("Good wire", ("g1", "Port reopens", LONG), ("g2", "Dockers vote", LONG))
    routes = {
        "/good": Route(good),
        "/no-headers": Route(good, fault="silent"),
        "/trickle-body": Route(good, fault="trickle"),
        "/trickle-headers": Route(good, fault="trickle-headers"),
        "/empty": Route(b""),
        "/five-gb": Route(b"", fault="endless"),
        "/redirect-loop": Route(b"", fault="loop"),
        "/to-loopback": Route(b"", status=302),
        "/gzip-bomb": Route(b"", fault="gzip-bomb"),
    }
    feeds_file, folder = work / "hostile" / "feeds.yaml", work / "hostile" / "feeds"
    with serve(routes) as (url, _), serve({"/admin": Route(good)}) as (local, asked):
        routes["/to-loopback"].headers["Location"] = local("/admin")
        public = url("/").split(":")[2].rstrip("/")
        redirects.is_local = lambda u: public not in u  # the feeds' server plays a public host
        FeedList(feeds_file).save([Feed(p.strip("/"), url(p)) for p in routes])
        said: dict[str, tuple[str, float]] = {}
        began = time.perf_counter()

        def report(result: object) -> None:
            feed = result.feed  # type: ignore[attr-defined]
            said[feed.name] = (result.error or result.status, time.perf_counter() - began)  # type: ignore[attr-defined]

        try:
            fetch_all(feeds_file, folder, report=report, settings=FetchSettings())
            crashed = ""
        except Exception as exc:
            crashed = f"{type(exc).__name__}: {exc}"
    total = time.perf_counter() - began
    print(
        f"hostile servers, one run of all: {total:.1f} s, good feed {said.get('good', ('missing',))[0]}, "
        f"local service asked {len(asked)} times, {'crash: ' + crashed if crashed else 'no traceback'}"
    )
    for name, (outcome, _) in said.items():
        print(f"hostile server {name:16} {outcome[:100]}")
    _each_alone(routes, work)


def _each_alone(routes: dict[str, Route], work: Path) -> None:
    """Each server in a run of its own, all at once: how long each fetch took."""
    import threading

    limit = FetchSettings().feed_timeout
    took: dict[str, float] = {}
    with serve(routes) as (url, _), serve({"/admin": Route(b"")}) as (local, _asked):
        routes["/to-loopback"].headers["Location"] = local("/admin")

        def one(path: str) -> None:
            name = path.strip("/")
            feeds_file = work / "alone" / name / "feeds.yaml"
            FeedList(feeds_file).save([Feed(name, url(path))])
            took[name] = fetch_all(feeds_file, feeds_file.parent / "feeds").seconds

        threads = [threading.Thread(target=one, args=(p,)) for p in routes]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    worst = max(took.values())
    print("hostile servers, each alone: " + ", ".join(f"{n} {t:.1f} s" for n, t in took.items()))
    print(f"hostile servers: the slowest took {worst:.1f} s (feed_timeout {limit:.0f} s)")


def fuzz_feeds(n: int) -> None:
    """Mutated real feed samples and random structure: parse_feed raises FeedError or answers."""
    samples = [p.read_bytes() for p in (ROOT.parent / "shared" / "data" / "formats").rglob("*")
               if p.is_file() and p.suffix in (".xml", ".rss", ".atom", ".json") and p.stat().st_size < 2_000_000]  # fmt: skip
    samples += [
        rss("T", ("a", "b", LONG)),
        b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": 1}]}',
    ]
    rng = random.Random(1000)
    pieces = [b"<", b">", b"</item>", b"<item>", b"&amp;", b"&#0;", b"\x00", b"\xff\xfe", b"]]>",
              b"<![CDATA[", b'"', b"{", b"}", b"[", b"]", b"null", b"<!DOCTYPE x>", b"\x1b[2J"]  # fmt: skip
    tracebacks = refused = read = 0
    began = time.perf_counter()
    for trial in range(n):
        body = bytearray(rng.choice(samples))
        for _ in range(rng.randint(1, 12)):
            at = rng.randrange(len(body) + 1)
            action = rng.random()
            if action < 0.4:
                body[at:at] = rng.choice(pieces)
            elif action < 0.7:
                del body[at : at + rng.randint(1, 200)]
            elif body:
                body[min(at, len(body) - 1)] = rng.randrange(256)
        if trial % 10 == 0:
            body = body[: rng.randrange(len(body) + 1)]
        try:
            parse_feed(bytes(body), "http://127.0.0.1/f")
            read += 1
        except FeedError:
            refused += 1
        except Exception:
            tracebacks += 1
            if tracebacks <= 3:
                traceback.print_exc(limit=3)
    took = time.perf_counter() - began
    print(f"fuzzed feed bodies: {n:,} in {took:.1f} s: {read:,} read, {refused:,} refused "
          f"with a reason, {tracebacks} tracebacks")  # fmt: skip
