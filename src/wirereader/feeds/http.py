"""HTTP for feeds and pages: deadlines, a size limit, conditional GET, retries, safe redirects.

httpx handles compression and the connection pool; what it reads is capped as it arrives, so a
gzip bomb or a server that never stops sending ends at the limit. Every read and write on the
socket is bounded by the request's deadline (see deadline.py), so a server that trickles its
headers or its body a byte at a time ends on time too, retries included.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from wirereader import __version__
from wirereader.errors import FetchError
from wirereader.feeds.deadline import Timeouts, bound_sockets, until
from wirereader.feeds.redirects import MAX_REDIRECTS, refused_redirect

USER_AGENT = f"wirereader/{__version__} (terminal news reader)"
MAX_BYTES = 10 * 1024 * 1024
RETRIES = 2  # after the first try, for 5xx and timeouts, while the deadline allows
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int = 0  # 0: no answer (see error)
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""
    error: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class TooLarge(FetchError):
    pass


def client(timeouts: Timeouts | None = None) -> httpx.Client:
    timeouts = timeouts or Timeouts()
    made = httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        timeout=httpx.Timeout(timeouts.first_byte, connect=timeouts.connect),
        follow_redirects=False,  # followed in get(), each hop checked (redirects.py)
        limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
    )
    return bound_sockets(made)


def _read(response: httpx.Response, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"larger than {max_bytes // 1_048_576} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def get(
    http: httpx.Client,
    url: str,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int | None = None,
    backoff: float = 0.5,
    timeouts: Timeouts | None = None,
) -> Fetched:
    """One URL, with conditional headers; errors come back in `Fetched.error`, never raised.

    The whole of it (redirects and retries included) ends within `timeouts.total` seconds."""
    if not url.startswith(("http://", "https://")):
        return Fetched(url, error="only http and https URLs are fetched")
    timeouts = timeouts or Timeouts()
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    end = time.monotonic() + timeouts.total
    error = ""
    for attempt in range(RETRIES + 1):
        if attempt:
            pause = backoff * 2 ** (attempt - 1)
            if time.monotonic() + pause >= end:
                break
            time.sleep(pause)
        try:
            got = _follow(http, url, headers, max_bytes, timeouts, end)
        except _Retry as exc:
            error = str(exc)
            continue
        except TooLarge as exc:
            return Fetched(url, error=str(exc))
        except httpx.TimeoutException as exc:
            error = f"timed out ({exc or 'no answer'})"
            continue
        except (httpx.HTTPError, OSError) as exc:  # refused, reset, bad TLS, bad gzip
            return Fetched(url, error=f"{type(exc).__name__}: {exc}")
        return got
    if error.startswith("timed out") and time.monotonic() >= end - 0.05:
        error = f"timed out (no whole answer within {timeouts.total:g} s)"
    return Fetched(url, error=error)


class _Retry(FetchError):
    """A server error worth one more try."""


def _follow(
    http: httpx.Client,
    url: str,
    headers: dict[str, str],
    max_bytes: int | None,
    timeouts: Timeouts,
    end: float,
) -> Fetched:
    """GET `url`, following redirects that redirects.py allows, within the deadline `end`."""
    seen = {url}
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        first_byte = min(end, time.monotonic() + timeouts.first_byte)
        with until(first_byte), http.stream("GET", current, headers=headers) as response:
            if response.status_code >= 500:
                raise _Retry(f"server error {response.status_code}")
            target = response.headers.get("Location", "")
            if response.status_code in REDIRECTS and target:
                current = str(response.url.join(target))
                if problem := refused_redirect(url, current):
                    return Fetched(url, error=problem)
                if current in seen:
                    return Fetched(url, error=f"redirects in a loop (back to {current})")
                seen.add(current)
                continue
            limit = MAX_BYTES if max_bytes is None else max_bytes
            with until(end):
                body = b"" if response.status_code == 304 else _read(response, limit)
            return Fetched(
                str(response.url),
                response.status_code,
                body,
                response.headers.get("ETag", ""),
                response.headers.get("Last-Modified", ""),
                response.headers.get("Content-Type", ""),
                "" if response.status_code < 400 else _status_error(response.status_code),
            )
    return Fetched(url, error=f"more than {MAX_REDIRECTS} redirects")


def _status_error(status: int) -> str:
    if status == 404:
        return "not found (404)"
    if status == 410:
        return "gone (410): the feed was removed; `wirereader feeds remove NAME` drops it"
    return f"HTTP {status}"
