"""Single web pages or files by URL, fetched through the guarded client."""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath
from typing import Iterator
from urllib.parse import urlsplit

import httpx

from rathaus.connectors.base import FetchedItem, Stateless
from rathaus.security.http import GuardedClient, OutboundBlocked

EXTENSIONS = {
    "text/html": ".html",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


class UrlConnector(Stateless):
    kind = "url"

    def __init__(self, urls: list[str], client: GuardedClient | None = None, source_name: str = "web",
                 whole_list: bool = False):
        """`whole_list`: the URLs are everything this source holds (a list kept in
        the admin UI), so a URL taken off the list is removed from the index —
        after a run in which every URL could be fetched, like any other walk."""
        self.urls = urls
        self._owns_client = client is None
        self.client = client or GuardedClient()
        self.source_name = source_name  # by default, single URLs of a tenant share one source
        self.whole_list = whole_list
        self.complete = False  # a list of URLs never proves anything else is gone

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = False
        failed = False
        try:
            for url in self.urls:
                item = self._fetch(url)
                failed = failed or item.error is not None
                yield item
            self.complete = self.whole_list and not failed
        finally:
            if self._owns_client:
                self.client.close()

    def _fetch(self, url: str) -> FetchedItem:
        name = PurePosixPath(urlsplit(url).path).name or "index.html"
        try:
            response = self.client.get(url)
        except OutboundBlocked as exc:
            return FetchedItem(url, name, url=url, error=f"blockiert: {exc}")
        except httpx.TimeoutException:
            return FetchedItem(url, name, url=url, error="Zeitüberschreitung beim Abruf (timeout)")
        except httpx.HTTPError as exc:
            return FetchedItem(url, name, url=url, error=f"Abruf fehlgeschlagen: {exc}")
        if response.status_code != 200:
            return FetchedItem(url, name, url=url, error=f"HTTP {response.status_code}")
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower() or None
        if mime in EXTENSIONS and not name.lower().endswith(EXTENSIONS[mime]):
            name += EXTENSIONS[mime]
        return FetchedItem(
            external_id=url,
            filename=name,
            data=response.content,
            url=response.url,
            mime=mime or mimetypes.guess_type(name)[0],
        )
