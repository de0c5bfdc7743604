"""The one outbound HTTP client every part of rathaus uses.

Why: connectors fetch URLs that staff type in, so a URL like
http://169.254.169.254/ or http://localhost:5432/ must never be requested
(SSRF). Every hop of a redirect is checked again, responses are size-limited
and every request has a timeout. Hosts the operator configured on purpose
(an embedding server on the LAN) are passed in `allow_hosts`.

The address is checked where the connection is made: the transport resolves
the host once, refuses a non-public address and connects to the address it
checked (TLS still verifies the certificate against the host's name), so a
DNS server that answers "public" to the check and "127.0.0.1" to the connect
(DNS rebinding) gains nothing. Through a proxy from HTTP(S)_PROXY the proxy
resolves the name: there the check before sending is the only one, and the
proxy's own rules apply.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
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


def public_addresses(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to, in the resolver's order; OutboundBlocked
    when it resolves to none or to any non-public one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OutboundBlocked(f"host not found: {host}") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for ip in addresses:
        if not _is_public(ip):
            raise OutboundBlocked(
                f"{host} resolves to the non-public address {ip}; "
                "an administrator must allow this host explicitly"
            )
    if not addresses:
        raise OutboundBlocked(f"host not found: {host}")
    return addresses


class _CheckedConnects(httpcore.SyncBackend):
    """Connects only to public addresses it resolved itself (or to an allowed
    host): the check and the connection use the same answer."""

    def __init__(self, allow_hosts: set[str]) -> None:
        self.allow_hosts = allow_hosts

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        if host.lower() in self.allow_hosts:
            return super().connect_tcp(host, port, timeout, local_address, socket_options)
        addresses = public_addresses(host, port)
        for ip in addresses[:-1]:  # the next address when one does not answer, like create_connection
            try:
                return super().connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue
        return super().connect_tcp(addresses[-1], port, timeout, local_address, socket_options)


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's transport for direct connections, with its connection pool on
    _CheckedConnects (httpx takes no network backend as an argument) and
    httpx's default limits."""

    def __init__(self, allow_hosts: set[str]) -> None:  # no super().__init__(): it would build a pool to replace
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_CheckedConnects(allow_hosts),
        )


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
            transport=transport or _GuardedTransport(self.allow_hosts),
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
        # Checked before sending too: a clear error before any proxy is asked.
        public_addresses(host, parts.port or (443 if parts.scheme == "https" else 80))

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
