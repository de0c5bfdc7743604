"""The website crawler: how most towns start. From start addresses and the
site's sitemap it walks the town's own site (same host only, include/exclude
fragments), respects robots.txt, waits between requests, follows redirects
(each hop SSRF-checked by the guarded client), takes PDFs and DOCX linked from
pages, uses canonical URLs as document ids, and asks with ETag /
Last-Modified so an unchanged page costs one short request. Pages that answer
404/410 are not yielded: after a complete walk they leave the index; any
other failure is a failed item, the page's indexed version stays, and the
walk counts as incomplete (nothing else is deleted either).

The checkpoint (url -> {"etag", "last_modified", "id", "links"}) is kept by
the source between syncs (ingest/sources.py) and given back as `since`: a
page that answers "not modified" still leads the walk on through the links
it had.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Iterator
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx
from lxml import etree
from lxml import html as lxml_html
from pydantic import BaseModel, Field, field_validator

from rathaus.connectors.base import FetchedItem
from rathaus.security.http import USER_AGENT, GuardedClient, OutboundBlocked, is_http_url

DOCUMENT_TYPES = {"application/pdf": ".pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}
MAX_SITEMAP_URLS = 50_000
MAX_LINKS = 1000  # links per page remembered for a page that answers "not modified"


class CrawlerConfig(BaseModel):
    start_urls: str = Field(..., title="Start-Adressen", max_length=5000,
                            description="eine oder mehrere, durch Leerzeichen getrennt, z. B. https://www.jena.de/")
    include: str | None = Field(None, title="Nur Adressen mit", max_length=1000,
                                description="Teile der Adresse, durch Komma getrennt, z. B. /buergerservice/,/leben/")
    exclude: str | None = Field(None, title="Ohne Adressen mit", max_length=1000,
                                description="z. B. /presse/archiv/,?print=1")
    max_pages: int = Field(500, title="Höchstens so viele Seiten", ge=1, le=20_000)
    delay_s: float = Field(0.5, title="Pause zwischen Abrufen (Sekunden)", ge=0, le=30,
                           description="Rücksicht auf den Webserver der Stadt")
    sitemap: bool = Field(True, title="Sitemap der Website nutzen")
    documents: bool = Field(True, title="Verlinkte PDF- und Word-Dateien aufnehmen")

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, value: str) -> str:
        urls = value.split()
        if not urls or not all(map(is_http_url, urls)):
            raise ValueError("eine oder mehrere Adressen, die mit https:// oder http:// beginnen")
        return " ".join(urls)


def normalise(url: str) -> str:
    """Without fragment, host in lower case, no default port, path at least '/'."""
    url, _ = urldefrag(url)
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (parts.scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def _fragments(text: str | None) -> list[str]:
    return [f.strip() for f in (text or "").split(",") if f.strip()]


class CrawlerConnector:
    kind = "crawler"
    label = "Website der Kommune (Crawler)"  # shown in the admin UI
    config_model = CrawlerConfig

    def __init__(self, config: CrawlerConfig, client: GuardedClient | None = None, source_name: str | None = None,
                 sleep=time.sleep):
        self.config = config
        self.client = client or GuardedClient()
        self.source_name = source_name or f"crawler:{config.start_urls.split()[0]}"
        self.complete = False
        self._validators: dict[str, dict] = {}  # what this walk learnt: url -> ETag, id, links
        self._sleep = sleep
        self._starts = [normalise(u) for u in config.start_urls.split()]
        self._hosts = {urlsplit(u).netloc for u in self._starts}
        self._robots: dict[str, RobotFileParser] = {}
        self._last_request = 0.0

    @classmethod
    def from_config(cls, config: CrawlerConfig, client: GuardedClient, source_name: str) -> CrawlerConnector:
        return cls(config, client, source_name)

    # -- politeness and scope --------------------------------------------------------------

    def _get(self, url: str, headers: dict | None = None):
        wait = self.config.delay_s - (time.monotonic() - self._last_request)
        if wait > 0:
            self._sleep(wait)
        try:
            return self.client.get(url, headers=headers or {})
        finally:
            self._last_request = time.monotonic()

    def _allowed_by_robots(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            robots = RobotFileParser()
            try:
                response = self._get(origin + "/robots.txt")
                lines = response.content.decode("utf-8", "replace").splitlines() if response.status_code == 200 else []
            except (OutboundBlocked, httpx.HTTPError):
                lines = []
            robots.parse(lines)
            self._robots[origin] = robots
        return self._robots[origin].can_fetch(USER_AGENT, url)

    def _in_scope(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc not in self._hosts:
            return False
        include, exclude = _fragments(self.config.include), _fragments(self.config.exclude)
        if url not in self._starts and include and not any(f in url for f in include):
            return False
        return not any(f in url for f in exclude)

    # -- discovery -----------------------------------------------------------------------------

    def _sitemap_urls(self) -> list[str]:
        found: list[str] = []
        queue = deque(normalise(f"{urlsplit(s).scheme}://{urlsplit(s).netloc}/sitemap.xml") for s in self._starts)
        for robots in self._robots.values():
            queue.extend(robots.site_maps() or [])
        seen = set()
        while queue and len(found) < MAX_SITEMAP_URLS and len(seen) < 50:
            sitemap = queue.popleft()
            if sitemap in seen or urlsplit(sitemap).netloc not in self._hosts:
                continue
            seen.add(sitemap)
            try:
                response = self._get(sitemap)
                if response.status_code != 200:
                    continue
                root = etree.fromstring(response.content, etree.XMLParser(resolve_entities=False, no_network=True))
            except (OutboundBlocked, httpx.HTTPError, etree.XMLSyntaxError):
                continue
            for loc in root.iter("{*}loc"):
                target = (loc.text or "").strip()
                if root.tag.endswith("sitemapindex"):
                    queue.append(target)
                elif target:
                    found.append(normalise(target))
        return found

    def _links(self, page_url: str, content: bytes) -> tuple[list[str], str | None]:
        """Links on the page, and its canonical URL (same host only)."""
        try:
            tree = lxml_html.fromstring(content, base_url=page_url)
        except (etree.ParserError, ValueError):
            return [], None
        canonical = None
        for link in tree.xpath("//link[@rel='canonical']/@href")[:1]:
            candidate = normalise(urljoin(page_url, link))
            if urlsplit(candidate).netloc in self._hosts:
                canonical = candidate
        links = [normalise(urljoin(page_url, href)) for href in tree.xpath("//a/@href")
                 if not href.startswith(("mailto:", "tel:", "javascript:"))]
        return links, canonical

    # -- the walk ----------------------------------------------------------------------------------

    def checkpoint(self, failed) -> dict:
        """The validators of this walk, without those of pages that failed (fetched in full next time)."""
        failed = set(failed)
        return {url: v for url, v in self._validators.items() if v.get("id", url) not in failed}

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = False
        queue = deque(self._starts)
        for start in self._starts:
            self._allowed_by_robots(start)  # reads robots.txt (and its sitemap lines) first
        if self.config.sitemap:
            queue.extend(self._sitemap_urls())
        queued, yielded, pages, failed = set(queue), set(), 0, False
        previous, self._validators = dict(since or {}), {}
        while queue:
            if pages >= self.config.max_pages:
                return  # incomplete: nothing is deleted
            url = queue.popleft()
            if not self._in_scope(url) or not self._allowed_by_robots(url):
                continue
            pages += 1
            item, links = self._visit(url, previous.get(url, {}))
            failed = failed or (item is not None and item.error is not None)
            if item is not None and item.external_id not in yielded:
                yielded.add(item.external_id)
                yield item
            for link in links:
                if link not in queued:
                    queued.add(link)
                    queue.append(link)
        # Pages behind a page that failed were not seen: only a walk without
        # failures may say that the pages it did not find are gone.
        self.complete = not failed

    def _visit(self, url: str, known: dict) -> tuple[FetchedItem | None, list[str]]:
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        try:
            response = self._get(url, headers)
        except OutboundBlocked as exc:
            return FetchedItem(url, "page.html", url=url, error=f"blockiert: {exc}"), []
        except httpx.TimeoutException:
            return FetchedItem(url, "page.html", url=url, error="Zeitüberschreitung beim Abruf (timeout)"), []
        except httpx.HTTPError as exc:
            return FetchedItem(url, "page.html", url=url, error=f"Abruf fehlgeschlagen: {exc}"), []
        final = normalise(response.url)
        if response.status_code in (404, 410) or not self._in_scope(final):
            return None, []  # gone (or redirected off the site): removed after a complete walk
        if response.status_code == 304:  # unchanged: its links (remembered) keep the walk going
            self._validators[url] = known
            return (FetchedItem(known.get("id", url), "page.html", url=known.get("id", url), unchanged=True),
                    list(known.get("links", [])))
        if response.status_code != 200:
            return FetchedItem(url, "page.html", url=url, error=f"HTTP {response.status_code}"), []
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
        links, document_id = [], final
        if mime in ("text/html", "application/xhtml+xml"):
            links, canonical = self._links(final, response.content)
            document_id = canonical or final
            name = "page.html"
        elif mime in DOCUMENT_TYPES and self.config.documents:
            name = "document" + DOCUMENT_TYPES[mime]
        else:
            return None, []
        validators = {"etag": response.headers.get("etag"), "last_modified": response.headers.get("last-modified"),
                      "id": document_id, "links": sorted({link for link in links if self._in_scope(link)})[:MAX_LINKS]}
        if validators["etag"] or validators["last_modified"]:
            self._validators[url] = validators
        return FetchedItem(document_id, name, data=response.content, url=document_id, mime=mime), links
