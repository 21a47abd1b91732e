"""HTTP for feeds and pages: timeouts, a size limit, conditional GET, retries with backoff.

httpx handles redirects and compression; what it reads is capped as it arrives, so a gzip
bomb or a server that never stops sending ends at the limit, and one that trickles ends at
the deadline.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from wirereader import __version__
from wirereader.errors import FetchError

USER_AGENT = f"wirereader/{__version__} (terminal news reader)"
MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEADLINE = 30.0  # seconds for a whole response, however slowly it arrives
RETRIES = 2  # after the first try, for 5xx and timeouts
MAX_REDIRECTS = 5


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


def client() -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        timeout=TIMEOUT,
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        limits=httpx.Limits(max_connections=16, max_keepalive_connections=8),
    )


def _read(response: httpx.Response, max_bytes: int, started: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"larger than {max_bytes // 1_048_576} MB")
        if time.monotonic() - started > DEADLINE:
            raise httpx.ReadTimeout(f"still sending after {DEADLINE:.0f} s")
        chunks.append(chunk)
    return b"".join(chunks)


def get(
    http: httpx.Client,
    url: str,
    etag: str = "",
    last_modified: str = "",
    max_bytes: int | None = None,
    backoff: float = 0.5,
) -> Fetched:
    """One URL, with conditional headers; errors come back in `Fetched.error`, never raised."""
    if not url.startswith(("http://", "https://")):
        return Fetched(url, error="only http and https URLs are fetched")
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    error = ""
    for attempt in range(RETRIES + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        started = time.monotonic()
        try:
            with http.stream("GET", url, headers=headers) as response:
                if response.status_code >= 500:
                    error = f"server error {response.status_code}"
                    continue
                limit = MAX_BYTES if max_bytes is None else max_bytes
                body = b"" if response.status_code == 304 else _read(response, limit, started)
                return Fetched(
                    str(response.url),
                    response.status_code,
                    body,
                    response.headers.get("ETag", ""),
                    response.headers.get("Last-Modified", ""),
                    response.headers.get("Content-Type", ""),
                    "" if response.status_code < 400 else _status_error(response.status_code),
                )
        except TooLarge as exc:
            return Fetched(url, error=str(exc))
        except httpx.TooManyRedirects:
            return Fetched(url, error=f"more than {MAX_REDIRECTS} redirects (a loop?)")
        except httpx.TimeoutException as exc:
            error = f"timed out ({exc or 'no answer'})"
        except (httpx.HTTPError, OSError) as exc:  # refused, reset, bad TLS, bad gzip
            return Fetched(url, error=f"{type(exc).__name__}: {exc}")
    return Fetched(url, error=error)


def _status_error(status: int) -> str:
    if status == 404:
        return "not found (404)"
    if status == 410:
        return "gone (410): the feed was removed; `wirereader feeds remove NAME` drops it"
    return f"HTTP {status}"
