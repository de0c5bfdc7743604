"""Open-data portals speaking the CKAN action API — CKAN itself and piveau's
hub-search, whose CKAN-compatible endpoints Jena's data platform offers.

Every dataset becomes one searchable document: title, description,
publisher, licence, tags, last change and its resources (name, format,
link), so the bot can say "Die Parkhausbelegung finden Sie im Datensatz …"
and link it. Small CSV/JSON resources are read and summarised into it
(ckan_resources.py); resources staff mark as live are noted in it, and
answer/live.py fetches their current values when a citizen asks.

Pages of `package_search` are walked until the portal's count is reached; a
page that fails (timeout, HTTP error, malformed JSON, wrong content type) is
reported as one failed item and the walk stops *incomplete*, so nothing
indexed before is deleted. `max_datasets` stops endless pagination.

Incremental syncs: the checkpoint remembers when the last good walk started
(`modified_since`) and the last complete one (`full_walk_at`). In between full
walks only datasets changed since then are asked for
(`fq=metadata_modified:[… TO *]`, Solr syntax); such a run is not complete,
since a deleted dataset is simply absent from it. piveau's CKAN view cannot
express that filter (it reads `fq` as `field:value` facets split at "+"), so
piveau sources always walk fully; a portal that rejects or ignores the filter
gets a full walk as well.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime, timedelta, timezone
from typing import Callable, Collection, Iterator
from urllib.parse import urlencode

import httpx
from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from rathaus.connectors.base import FetchedItem
from rathaus.connectors.ckan_resources import (
    MAX_PER_DATASET, ResourceReader, Unreadable, resource_format, resource_url,
)
from rathaus.security.http import GuardedClient, OutboundBlocked, is_http_url

log = logging.getLogger(__name__)

PAGE_SIZE = 100
# The next incremental run asks for changes from a little before this run
# started: clocks of portal and server differ, and a portal's search index may
# show a change a while after its timestamp. Asking twice costs only a hash check.
SAFETY_MARGIN = timedelta(minutes=30)
LIVE_FIELDS = {"name": "name", "frei": "free", "free": "free", "gesamt": "total", "total": "total",
               "stand": "time", "zeit": "time", "time": "time"}
# How a live resource is noted in the dataset's document; answer/live.py reads it back.
LIVE_HEADING = "Aktuelle Werte (Live-Daten)"
LIVE_LINE = re.compile(r"^- Live-Daten: (?P<name>[^()\n]*?) \((?P<ref>[^()\n]*)\): (?P<url>https?://\S+)$", re.M)
# Checked before pydantic's own constraints, whose messages are English.
NUMBERS = {"max_datasets": (1, 50_000), "summary_max_mb": (0, 20), "full_walk_days": (1, 90)}
LENGTHS = {"base_url": 500, "api_path": 100, "organization": 200, "query": 200}


def _invalid(message: str) -> PydanticCustomError:
    """A German message exactly as staff see it under the form field (a plain
    ValueError would be shown as "Value error, …")."""
    return PydanticCustomError("ckan_config", message)


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
    # A number rather than a checkbox: the generated form leaves an unticked box
    # False, so a default-on switch would be off for every source added there.
    summary_max_mb: int = Field(2, title="Kleine Dateien einlesen bis (MB)", ge=0, le=20,
                                description="CSV-, JSON- und GeoJSON-Dateien bis zu dieser Größe werden gelesen: "
                                            "Spalten, Zeilenzahl und die ersten Zeilen kommen in den Datensatz; 0: aus")
    full_walk_days: int = Field(7, title="Vollständiger Abgleich alle … Tage", ge=1, le=90,
                                description="Dazwischen werden nur geänderte Datensätze abgerufen; gelöschte "
                                            "Datensätze verschwinden erst beim vollständigen Abgleich")
    live_resources: list[str] = Field(default_factory=list, title="Live-Daten (Ressourcen)",
                                      description="Kennungen oder Adressen von Ressourcen mit laufend aktuellen "
                                                  "Werten (z. B. Parkhausbelegung als JSON), durch Komma getrennt; "
                                                  "ihr aktueller Wert wird bei passenden Fragen abgerufen")
    live_fields: dict[str, str] = Field(default_factory=dict, title="Feldnamen der Live-Daten",
                                        description="nur nötig, wenn die Live-Daten nicht dem FIWARE-Parkmodell "
                                                    "folgen, z. B. name=bezeichnung, frei=freie_plaetze, "
                                                    "gesamt=kapazitaet, stand=zeitstempel")

    @model_validator(mode="before")
    @classmethod
    def _address_given(cls, data):
        if isinstance(data, dict) and not data.get("base_url"):  # pydantic would say "Field required"
            data = {**data, "base_url": ""}
        return data

    @field_validator(*NUMBERS, mode="before")
    @classmethod
    def _number(cls, value, info: ValidationInfo) -> int:
        low, high = NUMBERS[info.field_name]
        try:
            number = None if isinstance(value, (bool, float)) else int(str(value).strip())
        except ValueError:
            number = None
        if number is None or not low <= number <= high:
            raise _invalid(f"bitte eine ganze Zahl von {low} bis {high:,}".replace(",", "."))
        return number

    @field_validator(*LENGTHS, mode="before")
    @classmethod
    def _length(cls, value, info: ValidationInfo):
        if isinstance(value, str) and len(value) > LENGTHS[info.field_name]:
            raise _invalid(f"höchstens {LENGTHS[info.field_name]} Zeichen")
        return value

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not value.strip():
            raise _invalid("bitte die Adresse des Datenportals angeben")
        if not is_http_url(value):
            raise _invalid("muss mit https:// oder http:// beginnen")
        return value.rstrip("/")

    @field_validator("api_path")
    @classmethod
    def _path(cls, value: str) -> str:
        if not value.startswith("/"):
            raise _invalid("muss mit / beginnen")
        return value.rstrip("/")

    @field_validator("live_resources", mode="before")
    @classmethod
    def _live(cls, value):
        if isinstance(value, str):  # the admin form sends one line of text
            value = _split_list(value)
        entries = [str(v).strip() for v in value or [] if str(v).strip()]
        if len(entries) > 20:
            raise _invalid("höchstens 20 Live-Ressourcen")
        for entry in entries:
            if len(entry) > 500 or not (is_http_url(entry) or re.fullmatch(r"[\w.:-]+", entry)):
                raise _invalid(f"keine Kennung oder Web-Adresse: {entry[:60]}")
        return list(dict.fromkeys(entries))

    @field_validator("live_fields", mode="before")
    @classmethod
    def _fields(cls, value):
        if isinstance(value, str):  # "name=bezeichnung, frei=free"
            pairs = [p.partition("=") for p in re.split(r"[,;\n]+", value) if p.strip()]
            if any(not sep for _, sep, _ in pairs):
                raise _invalid("Angaben als name=feld, frei=feld, gesamt=feld, stand=feld")
            value = {k.strip().lower(): v.strip() for k, _, v in pairs}
        fields = {}
        for key, name in dict(value or {}).items():
            if LIVE_FIELDS.get(str(key).lower()) is None:
                raise _invalid(f"unbekannte Angabe „{str(key)[:40]}“ (möglich: name, frei, gesamt, stand)")
            if not re.fullmatch(r"[\w.@:-]{1,100}", str(name)):
                raise _invalid(f"kein Feldname: {str(name)[:60]}")
            fields[LIVE_FIELDS[str(key).lower()]] = str(name)
        return fields


def _split_list(text: str) -> list[str]:
    """"id1, id2; https://…" → entries. Commas and semicolons inside an address
    (`?ids=1,2`) belong to it: there only one before the next address splits."""
    entries = []
    for chunk in text.split():
        if re.match(r"https?://", chunk, re.I):
            entries += [e.rstrip(",;") for e in re.split(r"[,;](?=https?://)", chunk, flags=re.I)]
        else:
            entries += chunk.replace(";", ",").split(",")
    return entries


class CkanConnector:
    kind = "ckan"
    label = "Offene Daten (CKAN / piveau)"  # shown in the admin UI
    config_model = CkanConfig

    def __init__(self, config: CkanConfig, client: GuardedClient | None = None, source_name: str | None = None,
                 now: Callable[[], datetime] | None = None):
        self.config = config
        self.client = client or GuardedClient()
        self.source_name = source_name or f"ckan:{config.base_url}"
        self.complete = False
        self.incremental = False  # this run asked only for changes
        self._now = now or (lambda: datetime.now(timezone.utc))
        self._since: dict = {}
        self._started: datetime | None = None
        self._walked = False  # the last page was reached (all wanted datasets were seen)
        self._modified: dict[str, datetime | None] = {}  # external id -> the dataset's metadata_modified

    @classmethod
    def from_config(cls, config: CkanConfig, client: GuardedClient, source_name: str) -> CkanConnector:
        return cls(config, client, source_name)

    @property
    def filters_by_time(self) -> bool:
        """piveau's CKAN view turns `fq` into facets and silently drops a date range."""
        return not self.config.api_path.endswith("/ckan")

    def _page_url(self, start: int, modified_since: datetime | None = None) -> str:
        params = {"rows": PAGE_SIZE, "start": start, "sort": "name asc"}
        filters = [f"organization:{self.config.organization}"] if self.config.organization else []
        if modified_since is not None:
            filters.append(f"metadata_modified:[{_solr_time(modified_since)} TO *]")
        if len(filters) == 1:
            params["fq"] = filters[0]
        elif filters:  # "+" makes every clause required whatever the portal's default operator
            params["fq"] = " ".join(f"+{f}" for f in filters)
        if self.config.query:
            params["q"] = self.config.query
        return f"{self.config.base_url}{self.config.api_path}/package_search?{urlencode(params)}"

    def _page(self, start: int, modified_since: datetime | None = None) -> tuple[list, int]:
        """(datasets, total count); _PageError with the reason when the page is unusable."""
        url = self._page_url(start, modified_since)
        try:
            response = self.client.get(url, headers={"Accept": "application/json"})
        except OutboundBlocked as exc:
            raise _PageError(f"blockiert: {exc}") from None
        except httpx.TimeoutException:
            raise _PageError("Zeitüberschreitung beim Abruf (timeout)") from None
        except httpx.HTTPError as exc:
            raise _PageError(f"Abruf fehlgeschlagen: {exc}") from None
        if response.status_code != 200:
            raise _PageError(f"HTTP {response.status_code}", response.status_code)
        try:
            payload = json.loads(response.content)
            result = payload["result"]
            datasets, count = result["results"], int(result["count"])
        except (ValueError, KeyError, TypeError):
            mime = response.headers.get("content-type", "?")
            raise _PageError(f"keine gültige CKAN-Antwort (Inhaltstyp {mime})") from None
        if not isinstance(datasets, list):
            raise _PageError("keine gültige CKAN-Antwort (results ist keine Liste)")
        return datasets, count

    def fetch(self, since: dict | None = None) -> Iterator[FetchedItem]:
        self.complete = self._walked = False
        self._since, self._started, self._modified = dict(since or {}), self._now(), {}
        modified_since = self._incremental_from(self._since)
        self.incremental = modified_since is not None
        limit = self.config.summary_max_mb * 1024 * 1024
        reader = ResourceReader(self.client, limit) if limit else None
        seen: set[str] = set()
        try:
            if modified_since is not None:
                try:
                    self._walked = yield from self._walk(modified_since, seen, reader)
                    return  # a run of changes only is never complete
                except _NoTimeFilter as exc:
                    log.info("%s: %s; walking the whole portal", self.source_name, exc)
                    self.incremental = False
            self._walked = yield from self._walk(None, seen, reader)
            self.complete = self._walked
        finally:
            if reader is not None:
                reader.close()

    def _incremental_from(self, since: dict) -> datetime | None:
        """The time to ask for changes from, or None for a full walk: the first
        run, after `full_walk_days`, and where the portal cannot filter by time."""
        modified_since, full_walk_at = _parse(since.get("modified_since")), _parse(since.get("full_walk_at"))
        if not self.filters_by_time or modified_since is None or full_walk_at is None:
            return None
        if self._started - full_walk_at >= timedelta(days=self.config.full_walk_days):
            return None
        return modified_since

    def _walk(self, modified_since, seen: set[str], reader) -> Iterator[FetchedItem]:
        """Yield the datasets page by page; returns whether the last page was reached."""
        start, count = 0, None
        while start < self.config.max_datasets and (count is None or start < count):
            try:
                datasets, count = self._page(start, modified_since)
            except _PageError as exc:
                if modified_since is not None and start == 0 and exc.status in (400, 409, 500):
                    raise _NoTimeFilter(f"filter by metadata_modified refused ({exc})") from None
                yield FetchedItem(f"package_search@{start}", "package_search.json", error=str(exc))
                return False  # incomplete: nothing indexed before is deleted
            if not datasets:
                break
            if modified_since is not None and any(_older(d, modified_since) for d in datasets):
                raise _NoTimeFilter("the portal ignored the filter by metadata_modified")
            for dataset in datasets[: self.config.max_datasets - start]:
                item = self._item(dataset, reader)
                if item.external_id not in seen:  # a portal that repeats pages does not count twice
                    seen.add(item.external_id)
                    yield item
            start += len(datasets)
        return count is not None and start >= count

    def checkpoint(self, failed: Collection[str]) -> dict:
        """Full walks: `full_walk_at` is this run's start when the walk was
        complete. Changes: from this run's start (less the margin) when every
        wanted dataset came and none failed; when some failed, from the earliest
        change among them, so they come again; when the walk broke off or a
        failed item has no time (a broken page), the old time is kept."""
        if self._started is None:  # never walked
            return dict(self._since)
        checkpoint = {}
        full_walk_at = _iso(self._started) if self.complete else self._since.get("full_walk_at")
        if full_walk_at:
            checkpoint["full_walk_at"] = full_walk_at
        times = [self._modified.get(external_id) for external_id in failed]
        if self._walked and all(times):
            checkpoint["modified_since"] = _iso(min([self._started, *times]) - SAFETY_MARGIN)
        elif self._since.get("modified_since"):
            checkpoint["modified_since"] = self._since["modified_since"]
        return checkpoint

    def _item(self, dataset: dict, reader: ResourceReader | None) -> FetchedItem:
        name = str(dataset.get("name") or dataset.get("id") or "") if isinstance(dataset, dict) else ""
        if not name:
            return FetchedItem("?", "dataset.md", error="Datensatz ohne name/id")
        modified = _time(dataset.get("metadata_modified"))
        self._modified[name] = modified.replace(tzinfo=modified.tzinfo or timezone.utc) if modified else None
        summaries, passing = self._summaries(dataset, reader)
        return FetchedItem(
            external_id=name, filename=f"{name}.md",
            data=dataset_markdown(dataset, summaries, self.config.live_resources).encode("utf-8"),
            url=f"{self.config.base_url}/dataset/{name}", mime="text/markdown", modified_at=modified,
            incomplete="; ".join(passing) or None,
        )

    def _summaries(self, dataset: dict, reader: ResourceReader | None) -> tuple[list[tuple[dict, list[str]]], list[str]]:
        """(resource, Markdown lines) for the dataset's small CSV/JSON resources,
        and what failed only for now (timeouts, server errors): those keep an
        indexed version of the dataset from being replaced (FetchedItem.incomplete)."""
        if reader is None:
            return [], []
        wanted = [r for r in dataset.get("resources") or [] if isinstance(r, dict) and resource_format(r)
                  and not is_live(r, self.config.live_resources)]  # live values would be stale in the index
        out, passing = [], []
        for resource in wanted[:MAX_PER_DATASET]:
            try:
                out.append((resource, reader.summary(resource).markdown()))
            except Unreadable as exc:
                out.append((resource, [f"Diese Datei konnte nicht eingelesen werden: {exc}."]))
                if exc.transient:
                    passing.append(f"Datei „{_label(resource)}“ gerade nicht abrufbar ({exc})")
            except Exception as exc:  # a summary bug must never cost the dataset
                log.warning("summary of %s failed: %s", resource_url(resource), exc)
                out.append((resource, ["Diese Datei konnte nicht eingelesen werden."]))
        return out, passing


class _PageError(ValueError):
    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status


class _NoTimeFilter(Exception):
    """The portal cannot ask for changes only: walk fully instead."""


def is_live(resource: dict, live_resources: Collection[str]) -> bool:
    return bool(live_resources) and (str(resource.get("id") or "") in live_resources
                                     or resource_url(resource) in live_resources)


def live_links(text: str, live_resources: Collection[str]) -> list[tuple[str, str]]:
    """(name, url) of the live resources noted in a dataset document's text that
    are still marked live in the source's configuration."""
    found = []
    for match in LIVE_LINE.finditer(text):
        resource_id = match["ref"].rpartition("Ressource ")[2].strip() if "Ressource " in match["ref"] else ""
        if match["url"] in live_resources or (resource_id and resource_id in live_resources):
            found.append((match["name"].strip(), match["url"]))
    return list(dict.fromkeys(found))


def _time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _parse(value) -> datetime | None:
    moment = _time(value)
    return moment.replace(tzinfo=moment.tzinfo or timezone.utc) if moment else None


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _solr_time(moment: datetime) -> str:
    return _iso(moment)  # Solr wants UTC with a Z, CKAN stores UTC without a zone


def _older(dataset, moment: datetime) -> bool:
    """A dataset last changed (well) before `moment`: the filter was not applied."""
    modified = _parse(dataset.get("metadata_modified")) if isinstance(dataset, dict) else None
    return modified is not None and modified < moment - timedelta(seconds=1)


def _text(value) -> str:
    if isinstance(value, dict):  # piveau: {"de": …, "en": …}
        value = value.get("de") or next(iter(value.values()), "")
    return " ".join(str(value or "").split())


def _label(resource: dict) -> str:
    return (_text(resource.get("name")) or _text(resource.get("title"))
            or _text(resource.get("description"))[:80] or "Ressource")


def _format(resource: dict) -> str:
    return _text(resource.get("format")).rstrip("/").rsplit("/", 1)[-1].upper()  # piveau: file-type URIs


def dataset_markdown(dataset: dict, summaries: list[tuple[dict, list[str]]] = (),
                     live_resources: Collection[str] = ()) -> str:
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
            fmt = _format(r)
            lines.append(f"- {_label(r)}{f' ({fmt})' if fmt else ''}: {_text(resource_url(r))}")
    # A code span keeps the address exactly as it is through the Markdown parser.
    live = [r for r in resources if is_live(r, live_resources) and is_http_url(resource_url(r))
            and not re.search(r"[`\s]", resource_url(r))]
    if live:
        lines += ["", f"## {LIVE_HEADING}", "",
                  "Diese Daten ändern sich laufend; der Bürgerservice ruft bei Fragen den aktuellen Stand ab.", ""]
        for r in live:
            name = re.sub(r"[()]", "", _label(r)).strip() or "Ressource"
            ref = ", ".join(p for p in (_format(r), f"Ressource {r['id']}" if r.get("id") else "") if p)
            lines.append(f"- Live-Daten: {name} ({ref}): `{resource_url(r)}`")
    if summaries:
        lines += ["", "## Inhalt der Daten"]
        for resource, summary in summaries:
            fmt = _format(resource)
            lines += ["", f"### {_label(resource)}{f' ({fmt})' if fmt else ''}", "", *summary]
    return "\n".join(lines) + "\n"
