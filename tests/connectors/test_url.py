"""URL lists (kept in the admin UI) through the connector conformance suite,
against a local web server."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rathaus.connectors.url import UrlConnector
from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance

PAGES = {
    "/fundbuero.html": "<html lang='de'><title>Fundbüro</title><main><h1>Fundbüro</h1><p>Gefundenes geben Sie hier ab.</p></main></html>",
    "/standesamt.html": "<html lang='de'><title>Standesamt</title><main><h1>Standesamt</h1><p>Trauungen nach Termin.</p></main></html>",
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        body = PAGES.get(self.path)
        if self.path == "/broken":
            self.send_response(500)
            self.end_headers()
            return
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        data = body.encode("utf-8")
        self.send_response(200)
        self.send_header("content-type", "text/html; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def site():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def url_list(site: str, paths) -> UrlConnector:
    client = GuardedClient(allow_hosts={"127.0.0.1"})
    return UrlConnector([site + p for p in paths], client, "Seiten der Stadt", whole_list=True)


class TestUrlListConformance(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _site(self, site):
        self.site = site

    def make_connector(self):
        return url_list(self.site, PAGES)

    def make_broken_connector(self):
        return url_list(self.site, ["/fundbuero.html", "/broken"])


def test_a_list_with_a_failed_address_is_not_complete_so_nothing_is_removed(site):
    connector = url_list(site, ["/fundbuero.html", "/broken"])
    items = list(connector.fetch())
    assert [bool(i.error) for i in items] == [False, True]
    assert not connector.complete


def test_single_urls_never_prove_anything_else_is_gone(site):
    connector = UrlConnector([site + "/fundbuero.html"], GuardedClient(allow_hosts={"127.0.0.1"}))
    list(connector.fetch())
    assert not connector.complete
