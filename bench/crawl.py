"""Crawl + ingest a 1,000-page local website, then sync it again unchanged.

Prints pages/s and peak memory of the first sync, and the cost of the
re-sync (ETags: unchanged pages answer 304) as a share of the first — the
target is < 10 %. The peer in the same run is a plain sequential download of
every page with httpx (no robots, parsing or indexing): the floor any crawler
pays for the network.

    python bench/crawl.py [--pages 1000] [--embedder e5-use]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

WORDS = ("Bürgerbüro Antrag Gebühr Termin Ausweis Meldebescheinigung Hund Steuer Müll Abfuhr Kita Platz Parken "
         "Ausweis Frist Formular Unterlagen Öffnungszeiten Rathaus Zimmer Telefon Kosten Euro Woche Online").split()


def make_site(n: int) -> dict[str, bytes]:
    rng = random.Random(1)
    pages = {}
    for i in range(n):
        links = " ".join(f'<a href="/seite-{j}.html">Seite {j}</a>' for j in rng.sample(range(n), 5))
        text = " ".join(rng.choices(WORDS, k=250))
        pages[f"/seite-{i}.html"] = (f"<html><head><title>Seite {i}</title></head><body><main><h1>Leistung {i}</h1>"
                                     f"<p>{text}</p><nav>{links}</nav></main></body></html>").encode()
    pages["/"] = ("<html><body>" + " ".join(f'<a href="/seite-{i}.html">{i}</a>' for i in range(0, n, 50))
                  + "</body></html>").encode()
    urls = "".join(f"<url><loc>{{base}}/seite-{i}.html</loc></url>" for i in range(n))
    pages["/sitemap.xml"] = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                             + urls + "</urlset>").encode()
    return pages


def serve(pages: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            body = pages.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            if self.headers.get("if-none-match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("content-type", "application/xml" if self.path.endswith(".xml") else "text/html")
            self.send_header("etag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--embedder", default="e5-use")
    args = parser.parse_args()
    from rathaus.connectors.crawler import CrawlerConfig
    from rathaus.db import repository as repo
    from rathaus.ingest.sources import create_source, sync_source
    from rathaus.runtime import Runtime
    from rathaus.settings import Settings

    pages = make_site(args.pages)
    server = serve(pages)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pages["/sitemap.xml"] = pages["/sitemap.xml"].replace(b"{base}", base.encode())
    threading.Thread(target=server.serve_forever, daemon=True).start()

    start = time.perf_counter()
    with httpx.Client() as client:
        for path in pages:
            client.get(base + path)
    peer_s = time.perf_counter() - start

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="rathaus-crawl-")), embedder=args.embedder,
                        demo=False, outbound_allow_hosts=["127.0.0.1"])
    runtime = Runtime(settings)
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "stadt", embedder=args.embedder).id
        source = create_source(session, tenant, "Website", "crawler", CrawlerConfig(
            start_urls=base + "/", delay_s=0, max_pages=args.pages + 10).model_dump(mode="json")).id
    runtime.embedder_for_tenant(tenant).embed(["warm-up"])
    start = time.perf_counter()
    first = sync_source(runtime, tenant, source)
    first_s = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    second = sync_source(runtime, tenant, source)
    second_s = time.perf_counter() - start
    runtime.close()
    server.shutdown()
    print(f"{args.pages}-page local site, embedder {args.embedder}")
    print(f"  first sync:  {first_s:6.1f} s  {len(first.added) / first_s:6.1f} pages/s  "
          f"({len(first.added)} added, {len(first.failed)} failed), peak memory {peak_mb:.0f} MB")
    print(f"  re-sync, nothing changed: {second_s:6.1f} s = {second_s / first_s:.1%} of the first "
          f"({len(second.unchanged)} unchanged, {len(second.removed)} removed)  target < 10 %")
    print(f"  peer: plain download of every page (httpx, sequential): {peer_s:.1f} s "
          f"= {len(pages) / peer_s:.0f} pages/s")


if __name__ == "__main__":
    main()
