"""Which redirects a fetch follows: a feed on the internet may not send the reader to this
machine or its private network (a request to a local service, made on a remote site's word)."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

MAX_REDIRECTS = 5


def _addresses(host: str) -> list[str]:
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        return [str(info[4][0]) for info in socket.getaddrinfo(host, None)]
    except (OSError, UnicodeError):
        return []  # not resolvable: the request itself will fail and say so


def is_local(url: str) -> bool:
    """Whether `url` names this machine or a private, link-local or reserved network."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or host == "localhost" or host.endswith((".localhost", ".local")):
        return True
    for address in _addresses(host):
        ip = ipaddress.ip_address(address.split("%")[0])
        if ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_reserved:
            return True
        if ip.is_unspecified or ip.is_multicast:
            return True
    return False


def refused_redirect(origin: str, target: str) -> str:
    """Why the redirect from `origin` (the URL the user gave) to `target` is not followed, or ""."""
    if urlsplit(target).scheme not in ("http", "https"):
        return f"redirected to {urlsplit(target).scheme or 'a'}: URL, not followed"
    if is_local(target) and not is_local(origin):
        return "redirected to a local or private address, refused (only a local feed may do that)"
    return ""
