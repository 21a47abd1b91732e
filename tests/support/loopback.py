"""A small HTTP server on 127.0.0.1 (a random port) that serves fixtures and faults to tests."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml"
    etag: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    fault: str = ""  # sleep, silent, trickle, trickle-headers, endless, loop, gzip-bomb
    hits: int = 0
    delay: float = 0.0  # seconds before answering (pages that take a while)
    busy: int = 0  # requests being answered right now
    peak: int = 0  # the most answered at once


Routes = dict[str, Route]


_count_lock = threading.Lock()


def _handler(routes: Routes, log: list[str]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            log.append(self.path)
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            with _count_lock:
                route.hits += 1
                route.busy += 1
                route.peak = max(route.peak, route.busy)
            try:
                self._answer(route)
            finally:
                with _count_lock:
                    route.busy -= 1

        def _answer(self, route: Route) -> None:
            if route.delay:
                time.sleep(route.delay)
            if route.fault == "silent":  # the connection accepted, then nothing
                time.sleep(60)
                return
            if route.fault == "trickle-headers":  # a header line every 0.2 s, never a body
                with suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                    for n in range(300):
                        self.wfile.write(f"X-Wait-{n}: a\r\n".encode())
                        self.wfile.flush()
                        time.sleep(0.2)
                return
            if route.fault == "endless":  # "5 GB" declared, zeros until the client hangs up
                self.send_response(200)
                self.send_header("Content-Length", str(5 * 1024**3))
                self.end_headers()
                with suppress(BrokenPipeError, ConnectionResetError):
                    for _ in range(80_000):
                        self.wfile.write(b"\0" * 65536)
                return
            if route.fault == "loop":
                self.send_response(302)
                self.send_header("Location", self.path)
                self.end_headers()
                return
            if route.fault == "sleep":
                time.sleep(3)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.end_headers()
                return
            body = route.body
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            if route.etag:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.fault == "gzip-bomb":
                body = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if route.fault == "trickle":
                with suppress(BrokenPipeError, ConnectionResetError):
                    for byte in body[:200]:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(0.05)
                return
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

    return Handler


@contextmanager
def serve(routes: Routes) -> Iterator[tuple[Callable[[str], str], list[str]]]:
    """Yield (url_for(path), request log); the server stops when the block ends."""
    log: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, log))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    try:
        yield (lambda path: f"http://127.0.0.1:{port}{path}"), log
    finally:
        server.shutdown()
        server.server_close()
