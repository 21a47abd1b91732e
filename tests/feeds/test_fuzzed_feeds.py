"""Whatever bytes a server sends, reading them as a feed gives entries or a FeedError with a
reason, never another exception (which used to end the whole fetch)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support import SHARED
from tests.support.feeds import GOOD
from wirereader.feeds.entries import FeedError, parse_feed

PIECES = [
    b"<", b">", b"<item>", b"</item>", b"<entry>", b"<title>", b"</title>", b"&amp;", b"&#0;",
    b"\x00", b"\xff\xfe", b"<![CDATA[", b"]]>", b'"', b"{", b"}", b"[", b"]", b"null",
    b"<!DOCTYPE x>", b"\x1b[2J", b'<?xml version="1.0" encoding="utf-16"?>', b"<rss>",
    b'{"version": "https://jsonfeed.org/version/1.1", "items": [', b'{"title": 5}',
    b'"items": 5', b'"authors": "x"', b"<summary/>", b"<content/>", b'encoding="utf-8"',
]  # fmt: skip
JSON_FEED = b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "content_text": "x"}]}'


def _samples() -> list[bytes]:
    """Ours, and the real feeds in ../shared when it is there (more shapes to break)."""
    found = [GOOD, JSON_FEED]
    formats = SHARED / "data" / "formats"
    if formats.is_dir():
        for path in sorted(formats.rglob("*")):
            if path.suffix in (".xml", ".rss", ".atom", ".json") and path.stat().st_size < 300_000:
                found.append(path.read_bytes())
    return found


SAMPLES = _samples()


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    body = bytearray(draw(st.sampled_from(SAMPLES)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(body)))
        action = draw(st.sampled_from(["insert", "delete", "flip"]))
        if action == "insert":
            body[at:at] = draw(st.sampled_from(PIECES))
        elif action == "delete":
            del body[at : at + draw(st.integers(1, 100))]
        elif body:
            body[min(at, len(body) - 1)] = draw(st.integers(0, 255))
    return bytes(body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), st.binary(max_size=400)))
def test_any_body_is_read_or_refused_with_a_reason(body: bytes) -> None:
    try:
        doc = parse_feed(body, "http://127.0.0.1/feed")
    except FeedError as exc:
        assert str(exc)
        return
    for entry in doc.entries:
        assert entry.title and "\x1b" not in entry.title
