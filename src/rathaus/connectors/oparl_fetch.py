"""Reading an OParl server through the guarded client: objects, paged lists,
attachment texts — and every way that can go wrong, as one exception with a
German reason that staff see in the sync status.

`Failed.permanent` separates what trying again will not fix (404, a scanned
PDF, a file over the size limit, an unsupported type) from passing trouble
(timeouts, 5xx, malformed JSON): the connector lets only the latter hold its
checkpoint back.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterator
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx

from rathaus.connectors.base import FetchedItem
from rathaus.connectors.oparl_pages import clean
from rathaus.ingest.parsers import ParseError, parser_for
from rathaus.security.http import GuardedClient, OutboundBlocked, is_http_url

MAX_FILE_CHARS = 60_000  # text kept per attachment (a budget plan has thousands of pages)


class Failed(Exception):
    """An object, file or page could not be read; `permanent`: trying again will not help."""

    def __init__(self, reason: str, permanent: bool = False, gone: bool = False):
        super().__init__(reason)
        self.permanent, self.gone = permanent or gone, gone


class PageFailed(Exception):
    """A page of a list could not be read: the rest of that list is unknown."""

    def __init__(self, url: str, reason: str):
        super().__init__(reason)
        self.url = url


class Limit(Exception):
    """More pages or objects than the source's `max_objects`."""


def kind_of(obj: dict) -> str:
    """'https://schema.oparl.org/1.0/Meeting' (1.1 alike, or the draft oparl.org/schema/1.0 URIs) -> 'Meeting'."""
    return str(obj.get("type") or "").rstrip("/").rsplit("/", 1)[-1]


def parse_time(value) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return parsed.replace(tzinfo=timezone.utc) if parsed and parsed.tzinfo is None else parsed


def with_query(url: str, **params: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    return urlunsplit(parts._replace(query=urlencode(query + list(params.items()))))


def cap(text: str, limit: int) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(None, 1)[0] + " … (gekürzt)"


def download_url(ref: dict) -> str | None:
    return next((u for u in (ref.get("accessUrl"), ref.get("downloadUrl")) if is_http_url(u)), None)


class Reader:
    """One sync's view of the server; `pages` remembers the list pages read (loops, the page limit)."""

    def __init__(self, client: GuardedClient, max_objects: int, max_file_bytes: int):
        self.client, self.max_objects, self.max_file_bytes = client, max_objects, max_file_bytes
        self.pages: set[str] = set()

    def get(self, url: str, accept: str):
        try:
            response = self.client.get(url, headers={"Accept": accept})
        except OutboundBlocked as exc:
            raise Failed(f"blockiert: {exc}", permanent=True) from None
        except httpx.TimeoutException:
            raise Failed("Zeitüberschreitung beim Abruf (timeout)") from None
        except httpx.HTTPError as exc:
            raise Failed(f"Abruf fehlgeschlagen: {exc}") from None
        if response.status_code != 200:
            raise Failed(f"HTTP {response.status_code}", permanent=response.status_code == 404,
                         gone=response.status_code == 410)
        return response

    def json(self, url: str) -> dict:
        response = self.get(url, "application/json")
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if mime and "json" not in mime:  # e.g. a maintenance page answering 200
            raise Failed(f"kein OParl-JSON (Inhaltstyp {mime})")
        try:
            payload = json.loads(response.content)
        except ValueError:
            raise Failed(f"ungültiges JSON (Inhaltstyp {mime or '?'})") from None
        if not isinstance(payload, dict):
            raise Failed("ungültiges JSON (kein Objekt)")
        return payload

    def object(self, url: str, expected: str | None = None) -> dict:
        obj = self.json(url)
        if not isinstance(obj.get("id"), str):
            raise Failed("kein OParl-Objekt (id fehlt)")
        if expected and kind_of(obj) and kind_of(obj) != expected:
            raise Failed(f"kein {expected}-Objekt (type {obj.get('type')})", permanent=True)
        return obj

    def list(self, url: str, since: datetime | None) -> Iterator[dict | FetchedItem]:
        """The objects of an external list, page by page along `links.next`; an entry
        given by URL only is fetched (a failed one is yielded as a failed item)."""
        if since is not None:
            url = with_query(url, modified_since=since.isoformat())
        while url:
            if url in self.pages:
                raise PageFailed(url, "Seitenfolge führt zu einer schon gelesenen Seite zurück (Schleife)")
            self.pages.add(url)
            if len(self.pages) > self.max_objects:
                raise Limit()
            try:
                page = self.json(url)
            except Failed as exc:
                raise PageFailed(url, f"Liste nicht lesbar: {exc}") from None
            data = page.get("data")
            if not isinstance(data, list):
                raise PageFailed(url, "keine OParl-Liste (data fehlt)")
            for entry in data:
                if isinstance(entry, str) and is_http_url(entry):
                    try:
                        entry = self.object(entry)
                    except Failed as exc:
                        yield FetchedItem(entry, "objekt.md", url=entry, error=f"Objekt nicht lesbar: {exc}")
                        continue
                if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                    yield entry
            links = page.get("links") if isinstance(page.get("links"), dict) else {}
            following = links.get("next")
            following = urljoin(url, following) if isinstance(following, str) and following else None
            url = following if is_http_url(following) else None

    def file_text(self, ref: dict) -> str:
        """The text of one File: its `text` when the system extracted it, else the
        download parsed by the project's parsers (PDF, DOCX, HTML, text)."""
        if isinstance(ref.get("text"), str) and ref["text"].strip():
            return cap(ref["text"], MAX_FILE_CHARS)
        url = download_url(ref)
        if url is None:
            raise Failed("keine Download-Adresse", permanent=True)
        mb = 1024 * 1024
        if isinstance(ref.get("size"), int) and ref["size"] > self.max_file_bytes:
            raise Failed(f"Datei zu groß ({ref['size'] // mb} MB)", permanent=True)
        filename = clean(ref.get("fileName")) or urlsplit(url).path.rsplit("/", 1)[-1] or "datei"
        declared = clean(ref.get("mimeType")).lower() or None
        parser = parser_for(filename, declared)
        if parser is None:
            raise Failed(f"Dateiart wird nicht unterstützt ({declared or filename})", permanent=True)
        response = self.get(url, declared or "*/*")
        if len(response.content) > self.max_file_bytes:
            raise Failed(f"Datei zu groß ({len(response.content) // mb} MB)", permanent=True)
        mime = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if mime == "text/html" and parser.name != "html":  # a login or error page instead of the file
            raise Failed("der Server lieferte eine Webseite statt der Datei (Inhaltstyp text/html)", permanent=True)
        try:
            parsed = parser.parse(response.content, filename)
        except ParseError as exc:
            raise Failed(str(exc), permanent=True) from None
        except Exception as exc:  # a parser bug must not stop the walk
            raise Failed(f"Parser {parser.name}: {type(exc).__name__}", permanent=True) from None
        return cap("\n\n".join(section.text for section in parsed.sections), MAX_FILE_CHARS)
