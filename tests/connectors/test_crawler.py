"""The website crawler against a local test site: sitemap, robots.txt,
redirects, a 404, canonical URLs, a linked PDF, ETags, a page that changes and
one that disappears between syncs."""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fpdf import FPDF

from rathaus.connectors.crawler import CrawlerConfig, CrawlerConnector, normalise
from rathaus.db import repository as repo
from rathaus.ingest.sources import create_source, get_source, sync_source
from rathaus.runtime import Runtime
from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def page(title: str, body: str, extra_head: str = "") -> str:
    return (f"<html><head><title>{title}</title>{extra_head}</head><body><main><h1>{title}</h1>"
            f"<p>{body}</p></main></body></html>")


class Site:
    def __init__(self):
        self.requests: list[str] = []
        self.pages: dict[str, tuple[str, bytes]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                site.requests.append(self.path)
                if self.path == "/alt":
                    self.send_response(301)
                    self.send_header("location", "/c.html")
                    self.end_headers()
                    return
                found = site.pages.get(self.path)
                if found is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                mime, body = found
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("if-none-match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("content-type", mime)
                self.send_header("etag", etag)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        html = lambda text: ("text/html; charset=utf-8", text.encode())  # noqa: E731
        self.pages.update({
            "/robots.txt": ("text/plain", f"User-agent: *\nDisallow: /intern/\nSitemap: {self.url}/sitemap.xml\n".encode()),
            "/sitemap.xml": ("application/xml", (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{self.url}/a.html</loc></url><url><loc>{self.url}/nur-sitemap.html</loc></url>"
                "</urlset>").encode()),
            "/": html(page("Startseite", 'Willkommen. <a href="/a.html">A</a> <a href="b.html#oben">B</a> '
                          '<a href="/intern/geheim.html">intern</a> <a href="/alt">alt</a> <a href="/fehlt.html">weg</a> '
                          '<a href="/satzung.pdf">Satzung</a> <a href="https://extern.example/">extern</a> '
                          '<a href="mailto:info@stadt.example">Mail</a>')),
            "/a.html": html(page("Hundesteuer", "Die Hundesteuer beträgt 96 Euro.",
                                 '<link rel="canonical" href="/hundesteuer.html">')),
            "/b.html": html(page("Sperrmüll", "Sperrmüll wird zweimal im Jahr abgeholt.")),
            "/c.html": html(page("Umgezogen", "Diese Seite erreicht man über eine Weiterleitung.")),
            "/nur-sitemap.html": html(page("Nur in der Sitemap", "Diese Seite ist nirgends verlinkt.")),
            "/intern/geheim.html": html(page("Geheim", "Darf nicht gelesen werden.")),
            "/satzung.pdf": ("application/pdf", pdf_bytes("Hundesteuersatzung der Musterstadt. Paragraph 1.")),
        })


@pytest.fixture
def site():
    s = Site()
    yield s
    s.server.shutdown()


@pytest.fixture
def runtime_allowing_localhost(settings):
    rt = Runtime(settings.model_copy(update={"outbound_allow_hosts": ["127.0.0.1"]}))
    yield rt
    rt.close()


def test_a_site_is_crawled_politely_and_resynced_cheaply(site, runtime_allowing_localhost):
    runtime = runtime_allowing_localhost
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "stadt", embedder="hashing").id
        source = create_source(session, tenant, "Website", "crawler",
                               CrawlerConfig(start_urls=site.url + "/", delay_s=0).model_dump(mode="json")).id
    first = sync_source(runtime, tenant, source)
    assert sorted(first.added) == sorted(normalise(site.url + p) for p in (
        "/", "/hundesteuer.html", "/b.html", "/c.html", "/nur-sitemap.html", "/satzung.pdf"))
    assert not first.failed
    assert "/intern/geheim.html" not in site.requests, "robots.txt is respected"
    assert site.requests.count("/a.html") == 1 and site.requests[0] == "/robots.txt"
    pdf_hit = runtime.index.search(tenant, "Hundesteuersatzung Paragraph", k=1)[0]
    assert pdf_hit.external_id.endswith("/satzung.pdf")

    site.pages["/b.html"] = ("text/html", page("Sperrmüll", "Sperrmüll wird jetzt viermal im Jahr abgeholt.").encode())
    del site.pages["/nur-sitemap.html"]
    site.requests.clear()
    second = sync_source(runtime, tenant, source)
    assert second.updated == [normalise(site.url + "/b.html")]
    assert second.removed == [normalise(site.url + "/nur-sitemap.html")], "a page that is gone leaves the index"
    assert len(second.unchanged) == 4 and not second.failed, "unchanged pages answer 304 and keep their version"
    with runtime.db.session() as session:
        assert get_source(session, tenant, source).checkpoint, "ETags kept for the next sync"


def test_only_the_towns_site_and_the_include_fragments(site):
    crawler = CrawlerConnector(CrawlerConfig(start_urls=site.url + "/", include="/a.html,/b", delay_s=0, sitemap=False),
                               GuardedClient(allow_hosts={"127.0.0.1"}))
    ids = [i.external_id for i in crawler.fetch()]
    assert ids == [normalise(site.url + "/"), normalise(site.url + "/hundesteuer.html"), normalise(site.url + "/b.html")]
    assert crawler.complete and not any("extern" in r for r in site.requests)


def test_it_waits_between_requests_and_stops_at_the_page_limit(site):
    pauses = []
    crawler = CrawlerConnector(CrawlerConfig(start_urls=site.url + "/", delay_s=2, max_pages=3),
                               GuardedClient(allow_hosts={"127.0.0.1"}), sleep=pauses.append)
    items = list(crawler.fetch())
    assert len(items) <= 3 and not crawler.complete, "a walk cut short deletes nothing"
    assert pauses and all(0 < p <= 2 for p in pauses)


def test_private_sites_need_the_operators_permission(site):
    crawler = CrawlerConnector(CrawlerConfig(start_urls=site.url + "/", delay_s=0), GuardedClient())
    items = list(crawler.fetch())
    assert items and all("blockiert" in (i.error or "") for i in items)


def test_bad_settings_are_refused():
    for bad in ("", "www.jena.de", "ftp://x.example/"):
        with pytest.raises(ValueError):
            CrawlerConfig(start_urls=bad)


class TestCrawlerConformance(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _site(self, site):
        self.site = site

    def make_connector(self):
        return CrawlerConnector(CrawlerConfig(start_urls=self.site.url + "/", delay_s=0),
                                GuardedClient(allow_hosts={"127.0.0.1"}))

    def make_broken_connector(self):
        self.site.pages["/"] = ("text/html", b"x")
        self.site.pages.pop("/robots.txt")
        return CrawlerConnector(CrawlerConfig(start_urls=self.site.url + "/kaputt", delay_s=0, sitemap=False),
                                GuardedClient())
