"""The guarded outbound client against real local HTTP servers."""

import socket
import time

import httpx
import pytest

from rathaus.connectors.url import UrlConnector
from rathaus.security.http import GuardedClient, OutboundBlocked
from tests.local_http import LocalServer, QuietHandler


class Handler(QuietHandler):
    def do_GET(self):  # noqa: N802
        routes = {
            "/page.html": (200, "text/html; charset=utf-8", b"<html lang='de'><head><title>Fundb\xc3\xbcro</title></head><body><main><h1>Fundb\xc3\xbcro</h1><p>Gefundene Sachen geben Sie im Fundb\xc3\xbcro ab. Es ist montags bis freitags ge\xc3\xb6ffnet.</p></main></body></html>"),
            "/big": (200, "text/plain", b"x" * 5000),
            "/missing": (404, "text/plain", b"nope"),
        }
        if self.path == "/host":
            self.reply(200, "text/plain", self.headers["Host"].encode())
            return
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/to-page":
            self.send_response(301)
            self.send_header("location", "/page.html")
            self.end_headers()
            return
        self.reply(*routes.get(self.path, (200, "text/plain", b"slow")))


@pytest.fixture(scope="module")
def server():
    local = LocalServer(Handler)
    yield local.url
    local.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:5432/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
        "file:///etc/passwd",
        "ftp://example.org/",
    ],
)
def test_private_and_non_http_targets_are_blocked_before_sending(url):
    with GuardedClient() as client, pytest.raises(OutboundBlocked):
        client.get(url)


def test_allowed_host_is_fetched(server):
    with GuardedClient(allow_hosts={"127.0.0.1"}) as client:
        response = client.get(f"{server}/page.html")
    assert response.status_code == 200 and b"Fundb" in response.content
    assert response.headers["content-type"].startswith("text/html")


def test_redirects_are_checked_on_every_hop(server):
    with GuardedClient(allow_hosts={"127.0.0.1"}) as client:
        assert client.get(f"{server}/to-page").url.endswith("/page.html")
        with pytest.raises(OutboundBlocked, match="169.254.169.254"):
            client.get(f"{server}/to-private")


def test_size_limit(server):
    with GuardedClient(allow_hosts={"127.0.0.1"}, max_bytes=1000) as client, pytest.raises(OutboundBlocked, match="too large|larger"):
        client.get(f"{server}/big")


def test_timeout(server):
    with GuardedClient(allow_hosts={"127.0.0.1"}, timeout=0.3) as client, pytest.raises(httpx.TimeoutException):
        client.get(f"{server}/slow")


def test_url_connector_reports_each_url(server):
    client = GuardedClient(allow_hosts={"127.0.0.1"}, timeout=0.5)
    items = list(UrlConnector([f"{server}/page.html", f"{server}/missing", f"{server}/slow", "http://10.1.2.3/x"], client).fetch())
    page, missing, slow, private = items
    assert page.error is None and page.filename == "page.html" and page.mime == "text/html"
    assert missing.error == "HTTP 404"
    assert "Zeitüberschreitung" in slow.error
    assert "blockiert" in private.error


def test_ingest_single_url_end_to_end(runtime, server):
    from rathaus.db import repository as repo
    from rathaus.ingest.pipeline import ingest

    with runtime.db.session() as s:
        tenant = repo.ensure_tenant(s, "musterstadt").id
    connector = UrlConnector([f"{server}/page.html"], GuardedClient(allow_hosts={"127.0.0.1"}))
    report = ingest(runtime.db, tenant, connector, runtime.embedder_for_tenant(tenant))
    assert report.ok and report.added == [f"{server}/page.html"]
    hit = runtime.index.search(tenant, "Fundbüro", 1)[0]
    assert hit.title == "Fundbüro" and hit.url == f"{server}/page.html"


@pytest.fixture
def town_dns(monkeypatch):
    """A resolver for "town.example" that answers each lookup with the next of
    `answers` (a list of address lists, the last one repeated); every other
    name resolves as usual. `lookups` counts the lookups of town.example."""
    real = socket.getaddrinfo

    class Dns:
        answers: list[list[str]] = []
        lookups = 0

        def getaddrinfo(self, host, port, *args, **kwargs):
            if host != "town.example":
                return real(host, port, *args, **kwargs)
            ips = self.answers[min(self.lookups, len(self.answers) - 1)]
            self.lookups += 1
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port))) for ip in ips]

    dns = Dns()
    monkeypatch.setattr(socket, "getaddrinfo", dns.getaddrinfo)
    return dns


def test_dns_rebinding_between_check_and_connect_is_refused(server, town_dns):
    # Public when checked, this machine when connecting: the connect-time answer is checked too.
    town_dns.answers = [["93.184.216.34"], ["127.0.0.1"]]
    port = server.rsplit(":", 1)[1]
    with GuardedClient() as client, pytest.raises(OutboundBlocked, match="127.0.0.1"):
        client.get(f"http://town.example:{port}/page.html")


def test_connects_to_the_address_it_checked_and_keeps_the_name(server, town_dns, monkeypatch):
    monkeypatch.setattr("rathaus.security.http._is_public", lambda ip: True)  # the local server stands in
    # The first address does not answer (nothing listens on 127.0.0.2): the next one is tried.
    town_dns.answers = [["127.0.0.2", "127.0.0.1"]]
    port = server.rsplit(":", 1)[1]
    with GuardedClient() as client:
        response = client.get(f"http://town.example:{port}/host")
    assert response.content.decode() == f"town.example:{port}"  # the name, not the address, goes to the server
    assert response.url == f"http://town.example:{port}/host"
    assert town_dns.lookups == 2  # once before sending, once for the connection: no more
