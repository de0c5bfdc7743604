"""Small CSV/JSON resources of an open-data dataset, summarised for its document.

Why: a dataset's metadata rarely says what is *in* the data. Columns (or
record keys), the number of rows and the first few rows make "In welchem
Datensatz stehen die Parkhäuser?" findable and let the bot point to it.

Only resources that declare a readable format (CSV, JSON, GeoJSON) are read,
through a guarded client with the portal client's allowed hosts but a small
size limit and a short timeout. A resource that cannot be read becomes a note
in the document and never fails the dataset.

The JSON helpers (`records_of`, `plain`) are shared with answer/live.py, which
reads live values in the same shapes: plain lists of objects, GeoJSON, CKAN
datastore results and FIWARE NGSI-v2 / NGSI-LD entities.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

import httpx

from rathaus.security.http import GuardedClient, OutboundBlocked, is_http_url

RESOURCE_TIMEOUT = 10.0  # seconds per resource; a sync reads many of them
MAX_PER_DATASET = 3  # resources summarised per dataset; the rest are only listed
PREVIEW_ROWS = 5
PREVIEW_COLUMNS = 8
MAX_COLUMNS_LISTED = 30
CELL_CHARS = 40
FORMATS = {"csv": "csv", "json": "json", "geojson": "geojson", "geo+json": "geojson"}
MIME_FORMATS = {"text/csv": "csv", "application/csv": "csv", "application/json": "json",
                "application/geo+json": "geojson", "application/vnd.geo+json": "geojson"}
# Where JSON documents keep their records (CKAN datastore, common APIs, NGSI-LD).
RECORD_KEYS = ("records", "results", "result", "data", "items", "entities", "features", "@graph", "value")


class Unreadable(ValueError):
    """The resource could not be summarised; the German message goes into the
    document. `transient`: it may work next time (timeout, network, server
    error), so a summary indexed before should not be replaced by this note."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


def resource_format(resource: dict) -> str | None:
    """csv | json | geojson, from the declared format, the MIME type or the file name."""
    declared = str(resource.get("format") or "").strip().lower()
    declared = declared.rstrip("/").rsplit("/", 1)[-1].lstrip(".")  # piveau: EU file-type URIs
    if declared in FORMATS:
        return FORMATS[declared]
    mime = str(resource.get("mimetype") or "").split(";")[0].strip().lower()
    if mime in MIME_FORMATS:
        return MIME_FORMATS[mime]
    path = resource_url(resource).split("?", 1)[0].lower()
    for suffix in ("geojson", "csv", "json"):
        if path.endswith("." + suffix):
            return FORMATS[suffix]
    return None


def resource_url(resource: dict) -> str:
    """CKAN calls it `url`, piveau's CKAN view `access_url`."""
    return str(resource.get("url") or resource.get("access_url") or "").strip()


def declared_size(resource: dict) -> int | None:
    try:
        size = int(resource.get("size") or 0)
    except (TypeError, ValueError):
        return None
    return size or None


@dataclass(frozen=True)
class Summary:
    columns: list[str]
    rows: int
    preview: list[list[str]]  # up to PREVIEW_ROWS rows of the first PREVIEW_COLUMNS columns
    kind: str = "Zeilen"  # what a row is called: Zeilen (CSV), Einträge (JSON)

    def markdown(self) -> list[str]:
        shown = self.columns[:MAX_COLUMNS_LISTED]
        more = f" (und {len(self.columns) - len(shown)} weitere)" if len(self.columns) > len(shown) else ""
        lines = [f"Spalten: {', '.join(shown)}{more}", "", f"{self.kind}: {self.rows}"]
        if self.preview:
            head = [_cell(c) for c in self.columns[:PREVIEW_COLUMNS]]
            lines += ["", f"Die ersten {len(self.preview)} {self.kind}:", "",
                      "| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
            lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in self.preview]
        return lines


def _cell(value) -> str:
    text = " ".join(str(value).split()).replace("|", "/")
    return text if len(text) <= CELL_CHARS else text[: CELL_CHARS - 1] + "…"


class ResourceReader:
    """Fetches and summarises resources during one sync (close it afterwards)."""

    def __init__(self, portal_client: GuardedClient, max_bytes: int):
        self.max_bytes = max_bytes
        # Same SSRF rules as the portal's client (its allowed hosts), tighter limits.
        self.client = GuardedClient(allow_hosts=set(portal_client.allow_hosts), timeout=RESOURCE_TIMEOUT,
                                    max_bytes=max_bytes)

    def close(self) -> None:
        self.client.close()

    def summary(self, resource: dict) -> Summary:
        fmt, url = resource_format(resource), resource_url(resource)
        if fmt is None or not is_http_url(url):
            raise Unreadable("kein lesbares Format")
        size = declared_size(resource)
        if size is not None and size > self.max_bytes:
            raise Unreadable(f"zu groß zum Einlesen ({_mb(size)})")
        data, charset = self._get(url)
        return summarise(data, fmt, charset)

    def _get(self, url: str) -> tuple[bytes, str | None]:
        try:
            response = self.client.get(url, headers={"Accept": "text/csv, application/json;q=0.9, */*;q=0.1"})
        except OutboundBlocked as exc:
            too_big = "too large" in str(exc) or "larger than" in str(exc)
            raise Unreadable(f"größer als {_mb(self.max_bytes)}" if too_big else "Adresse nicht erlaubt") from None
        except httpx.TimeoutException:
            raise Unreadable("Zeitüberschreitung beim Abruf", transient=True) from None
        except httpx.HTTPError:
            raise Unreadable("Abruf fehlgeschlagen", transient=True) from None
        if response.status_code != 200:
            transient = response.status_code >= 500 or response.status_code in (408, 429)
            raise Unreadable(f"HTTP {response.status_code}", transient=transient)
        charset = response.headers.get("content-type", "").partition("charset=")[2].strip(' "\'') or None
        return response.content, charset


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def summarise(data: bytes, fmt: str, charset: str | None = None) -> Summary:
    if b"\x00" in data[:4096]:
        raise Unreadable("keine Textdatei")
    text = decode(data, charset)
    if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        raise Unreadable("eine Web-Seite statt Daten")
    if not text.strip():
        raise Unreadable("leer")
    return summarise_csv(text) if fmt == "csv" else summarise_json(text)


def decode(data: bytes, charset: str | None = None) -> str:
    """German portals publish UTF-8 (often with BOM) and Windows-1252/Latin-1
    exports, and servers often declare the wrong one. Text with umlauts that
    decodes as UTF-8 practically always is UTF-8, so that comes first; the
    declared charset only decides between the single-byte ones (Latin-1 would
    accept anything and turn "Straße" into "StraÃŸe")."""
    for codec in ["utf-8-sig"] + ([charset] if charset else []) + ["cp1252", "latin-1"]:
        try:
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
        return text.removeprefix("\ufeff")
    raise Unreadable("Zeichenkodierung unbekannt")  # not reached: latin-1 decodes everything


def summarise_csv(text: str) -> Summary:
    sample = "\n".join(text.splitlines()[:20])
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
        delimiter = dialect.delimiter
    except csv.Error:  # one column, or too irregular for the sniffer: count in the header line
        header = sample.splitlines()[0] if sample else ""
        delimiter = max(";,\t|", key=header.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', strict=True)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise Unreadable(f"CSV fehlerhaft ({exc})") from None
    if not rows:
        raise Unreadable("leer")
    columns = [c.strip() or f"Spalte {i + 1}" for i, c in enumerate(rows[0])]
    width = min(len(columns), PREVIEW_COLUMNS)
    preview = [(row + [""] * width)[:width] for row in rows[1:1 + PREVIEW_ROWS]]
    return Summary(columns, len(rows) - 1, preview)


def summarise_json(text: str) -> Summary:
    try:
        payload = json.loads(text)
    except ValueError:
        raise Unreadable("JSON fehlerhaft") from None
    records = records_of(payload)
    if not records:
        keys = list(payload) if isinstance(payload, dict) else []
        if not keys:
            raise Unreadable("keine Datensätze im JSON gefunden")
        return Summary([str(k) for k in keys], 1, [], kind="Einträge")
    columns: list[str] = []
    for record in records[:50]:  # keys in order of first appearance
        columns += [str(k) for k in record if str(k) not in columns and k not in ("@context",)]
    width = columns[:PREVIEW_COLUMNS]
    preview = [[_preview_value(plain(record.get(k))) for k in width] for record in records[:PREVIEW_ROWS]]
    return Summary(columns, len(records), preview, kind="Einträge")


def records_of(payload) -> list[dict]:
    """The records of a JSON document: a list of objects, GeoJSON features (their
    properties), a list under a usual key, or one object (a single entity)."""
    if isinstance(payload, list):
        return [r for r in payload if isinstance(r, dict)]
    if not isinstance(payload, dict):
        return []
    if payload.get("type") == "FeatureCollection" and isinstance(payload.get("features"), list):
        return [dict(f.get("properties") or {}, **({"id": f["id"]} if "id" in f else {}))
                for f in payload["features"] if isinstance(f, dict)]
    for key in RECORD_KEYS:
        value = payload.get(key)
        if isinstance(value, dict) and key == "result":  # CKAN datastore_search
            value = value.get("records")
        if isinstance(value, list) and any(isinstance(v, dict) for v in value):
            return records_of(value)
    lists = [v for v in payload.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    if len(lists) == 1:
        return lists[0]
    return [payload] if "id" in payload or "type" in payload else []


def plain(value):
    """An attribute's value without NGSI wrapping: {"type": …, "value": v} (NGSI-v2
    normalized, NGSI-LD Property) and {"@type": …, "@value": v} (JSON-LD) give v."""
    for _ in range(3):
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        elif isinstance(value, dict) and "@value" in value:
            value = value["@value"]
        else:
            break
    return value


def _preview_value(value) -> str:
    if isinstance(value, dict):
        return "…"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value[:3] if not isinstance(v, (dict, list))) + (" …" if len(value) > 3 else "")
    return "" if value is None else str(value)
