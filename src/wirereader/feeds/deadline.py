"""A deadline on every socket read and write of a request, so a trickling server ends on time.

httpx's timeouts count per read: a server sending one byte every few seconds never trips them.
Here the network backend under httpx's pool caps each operation's timeout by what is left of the
deadline the requesting thread set with `until()` (httpx's sync client reads on that thread).
"""

from __future__ import annotations

import contextlib
import threading
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass

import httpcore
import httpx

_local = threading.local()


@dataclass(frozen=True)
class Timeouts:
    """Seconds: to connect, to the first byte of an answer, for a whole request in all."""

    connect: float = 10.0
    first_byte: float = 20.0
    total: float = 30.0


@contextlib.contextmanager
def until(end: float) -> Iterator[None]:
    """Socket operations of this thread raise a timeout once `time.monotonic()` passes `end`."""
    before = getattr(_local, "end", None)
    _local.end = end
    try:
        yield
    finally:
        _local.end = before


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    end: float | None = getattr(_local, "end", None)
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise error("past the request's deadline")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(
            self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound_sockets(client: httpx.Client) -> httpx.Client:
    """`client` with every socket its transports open (proxies from the environment included)
    bounded by the thread's deadline.

    httpx has no public way to give its pools a network backend yet (encode/httpx#3180), so the
    backend each pool made is wrapped in place; tests/feeds fail if those attributes ever move."""
    transports = [client._transport, *client._mounts.values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if pool is not None and not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
    return client
