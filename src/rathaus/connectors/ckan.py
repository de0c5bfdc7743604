"""Open-data portals speaking the CKAN action API — CKAN itself and piveau's
hub-search, whose CKAN-compatible endpoints Jena's data platform offers.

Every dataset becomes one searchable document: title, description,
publisher, licence, tags, last change and its resources (name, format,
link), so the bot can say "Die Parkhausbelegung finden Sie im Datensatz …"
and link it. Pages of `package_search` are walked until the portal's count is
reached; a page that fails (timeout, HTTP error, malformed JSON, wrong content
type) is reported as one failed item and the walk stops *incomplete*, so
nothing indexed before is deleted. `max_datasets` stops endless pagination.

(Summaries of small CSV/JSON resources and live values follow with the
connectors issue.)
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Iterator
from urllib.parse import urlencode

import httpx
from pydantic import BaseModel, Field, field_validator

from rathaus.connectors.base import FetchedItem, Stateless
from rathaus.security.http import GuardedClient, OutboundBlocked, is_http_url

PAGE_SIZE = 100


class CkanConfig(BaseModel):
    base_url: str = Field(..., title="Adresse des Datenportals", max_length=500,
                          description="z. B. https://opendata.jena.de (CKAN) oder die Adresse der piveau-Suche")
    api_path: str = Field("/api/3/action", title="API-Pfad", max_length=100,
                          description="CKAN: /api/3/action · piveau hub-search: /ckan")
    organization: str | None = Field(None, title="Nur diese Organisation", max_length=200,
                                     description="Kennung der Organisation im Portal; leer: alle")
    query: str | None = Field(None, title="Suchbegriff", max_length=200, description="leer: alle Datensätze")
    max_datasets: int = Field(2000, title="Höchstens so viele Datensätze", ge=1, le=50_000,
                              description="Schutz vor endloser Seitenfolge")

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not is_http_url(value):
            raise ValueError("muss mit https:// oder http:// beginnen")
        return value.rstrip("/")

    @field_validator("api_path")
    @classmethod
    def _path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise ValueError("muss mit / beginnen")
        return value.rstrip("/")


class CkanConnector(Stateless):
    kind = "ckan"
    label = "Offene Daten (CKAN / piveau)"  # shown in the admin UI
    config_model = CkanConfig

    def __init__(self, config: CkanConfig, client: GuardedClient | None = None, source_name: str | None = None):
        self.config = config
        self.client = client or GuardedClient()
        self.source_name = source_name or f"ckan:{config.base_url}"
        self.complete = False

    @classmethod
    def from_config(cls, config: CkanConfig, client: GuardedClient, source_name: str) -> CkanConnector:
        return cls(config, client, source_name)

    def _page_url(self, start: int) -> str:
        params = {"rows": PAGE_SIZE, "start": start, "sort": "name asc"}
        if self.config.organization:
            params["fq"] = f"organization:{self.config.organization}"
        if self.config.query:
            params["q"] = self.config.query
        return f"{self.config.base_url}{self.config.api_path}/package_search?{urlencode(params)}"

    def _page(self, start: int) -> tuple[list, int]:
        """(datasets, total count); ValueError with the reason when the page is unusable."""
        url = self._page_url(start)
        try:
            response = self.client.get(url, headers={"Accept": "application/json"})
        except OutboundBlocked as exc:
            raise ValueError(f"blockiert: {exc}") from None
        except httpx.TimeoutException:
            raise ValueError("Zeitüberschreitung beim Abruf (timeout)") from None
        except httpx.HTTPError as exc:
            raise ValueError(f"Abruf fehlgeschlagen: {exc}") from None
        if response.status_code != 200:
            raise ValueError(f"HTTP {response.status_code}")
        try:
            payload = json.loads(response.content)
            result = payload["result"]
            datasets, count = result["results"], int(result["count"])
        except (ValueError, KeyError, TypeError):
            mime = response.headers.get("content-type", "?")
            raise ValueError(f"keine gültige CKAN-Antwort (Inhaltstyp {mime})") from None
        if not isinstance(datasets, list):
            raise ValueError("keine gültige CKAN-Antwort (results ist keine Liste)")
        return datasets, count

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = False
        start, count, seen = 0, None, set()
        while start < self.config.max_datasets and (count is None or start < count):
            try:
                datasets, count = self._page(start)
            except ValueError as exc:
                yield FetchedItem(f"package_search@{start}", "package_search.json", error=str(exc))
                return  # incomplete: nothing indexed before is deleted
            if not datasets:
                break
            for dataset in datasets[: self.config.max_datasets - start]:
                item = self._item(dataset)
                if item.external_id not in seen:  # a portal that repeats pages does not count twice
                    seen.add(item.external_id)
                    yield item
            start += len(datasets)
        self.complete = count is not None and start >= count

    def _item(self, dataset: dict) -> FetchedItem:
        name = str(dataset.get("name") or dataset.get("id") or "") if isinstance(dataset, dict) else ""
        if not name:
            return FetchedItem("?", "dataset.md", error="Datensatz ohne name/id")
        return FetchedItem(
            external_id=name, filename=f"{name}.md", data=dataset_markdown(dataset).encode("utf-8"),
            url=f"{self.config.base_url}/dataset/{name}", mime="text/markdown",
            modified_at=_time(dataset.get("metadata_modified")),
        )


def _time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _text(value) -> str:
    if isinstance(value, dict):  # piveau: {"de": …, "en": …}
        value = value.get("de") or next(iter(value.values()), "")
    return " ".join(str(value or "").split())


def dataset_markdown(dataset: dict) -> str:
    """One dataset as a page: what the bot cites when it points to open data."""
    title = _text(dataset.get("title")) or dataset.get("name")
    lines = [f"# {title}", "", _text(dataset.get("notes")) or "(ohne Beschreibung)", "", "## Angaben zum Datensatz", ""]
    organization = dataset.get("organization") or {}
    facts = [
        ("Herausgeber", _text(organization.get("title") or organization.get("name")) if isinstance(organization, dict) else ""),
        ("Lizenz", _text(dataset.get("license_title") or dataset.get("license_id"))),
        ("Schlagwörter", ", ".join(_text(t.get("display_name") or t.get("name")) for t in dataset.get("tags") or []
                                   if isinstance(t, dict))),
        ("Zuletzt geändert", _text(dataset.get("metadata_modified"))[:10]),
        ("Offene Daten", "ja" if dataset.get("isopen") else ""),
    ]
    lines += [f"- {label}: {value}" for label, value in facts if value]
    resources = [r for r in dataset.get("resources") or [] if isinstance(r, dict)]
    if resources:
        lines += ["", "## Daten und Downloads", ""]
        for r in resources:
            label = _text(r.get("name")) or _text(r.get("description"))[:80] or "Ressource"
            fmt = _text(r.get("format")).upper()
            lines.append(f"- {label}{f' ({fmt})' if fmt else ''}: {_text(r.get('url'))}")
    return "\n".join(lines) + "\n"
