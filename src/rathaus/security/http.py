"""The one outbound HTTP client every part of rathaus uses.

Why: connectors fetch URLs that staff type in, so a URL like
http://169.254.169.254/ or http://localhost:5432/ must never be requested
(SSRF). Every hop of a redirect is checked again, responses are size-limited
and every request has a timeout. Hosts the operator configured on purpose
(an embedding server on the LAN) are passed in `allow_hosts`.

Known limit: the address is checked when resolving, then httpx resolves again
when connecting; a DNS server answering differently within milliseconds
(rebinding) is not caught. Operators who need that should add an egress proxy.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from rathaus import __version__

USER_AGENT = f"rathaus/{__version__} (+https://github.com/rathaus; municipal chat indexer)"
MAX_REDIRECTS = 5


class OutboundBlocked(Exception):
    """A request was refused before it was sent; the message says why."""


@dataclass
class FetchedResponse:
    url: str
    status_code: int
    headers: httpx.Headers
    content: bytes


def is_http_url(value: object) -> bool:
    """An absolute http(s) address with a host (what every URL setting must be)."""
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _is_public(ip: str) -> bool:
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_global and not addr.is_multicast


class GuardedClient:
    def __init__(
        self,
        *,
        allow_hosts: frozenset[str] | set[str] = frozenset(),
        timeout: float = 15.0,
        max_bytes: int = 50 * 1024 * 1024,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.allow_hosts = {h.lower() for h in allow_hosts}
        self.max_bytes = max_bytes
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT},
            transport=transport,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "GuardedClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise OutboundBlocked(f"only http(s) URLs are allowed: {url}")
        host = (parts.hostname or "").lower()
        if not host:
            raise OutboundBlocked(f"URL has no host: {url}")
        if host in self.allow_hosts:
            return
        try:
            infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80))
        except socket.gaierror as exc:
            raise OutboundBlocked(f"host not found: {host}") from exc
        for info in infos:
            ip = info[4][0]
            if not _is_public(ip):
                raise OutboundBlocked(
                    f"{host} resolves to the non-public address {ip}; "
                    "an administrator must allow this host explicitly"
                )

    def request(self, method: str, url: str, follow_redirects: bool = True, **kwargs) -> FetchedResponse:
        """`follow_redirects=False` returns a redirect as it is (webhooks: a POST
        must not silently turn into a GET somewhere else)."""
        for _ in range(MAX_REDIRECTS + 1):
            self.check_url(url)
            with self._client.stream(method, url, **kwargs) as response:
                if follow_redirects and response.is_redirect and "location" in response.headers:
                    url = urljoin(url, response.headers["location"])
                    method, kwargs = "GET", {}
                    continue
                declared = int(response.headers.get("content-length") or 0)
                if declared > self.max_bytes:
                    raise OutboundBlocked(f"response too large ({declared} bytes): {url}")
                body = bytearray()
                for part in response.iter_bytes():
                    body.extend(part)
                    if len(body) > self.max_bytes:
                        raise OutboundBlocked(f"response larger than {self.max_bytes} bytes: {url}")
                return FetchedResponse(str(response.url), response.status_code, response.headers, bytes(body))
        raise OutboundBlocked(f"too many redirects: {url}")

    def get(self, url: str, **kwargs) -> FetchedResponse:
        return self.request("GET", url, **kwargs)

    def post_json(self, url: str, payload: dict, headers: dict | None = None) -> FetchedResponse:
        return self.request("POST", url, json=payload, headers=headers or {})
