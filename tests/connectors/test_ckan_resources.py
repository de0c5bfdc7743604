"""Small CSV/JSON/GeoJSON resources of a dataset are read during the sync and
summarised into its page (columns, row count, the first rows), against the
local CKAN portal of test_ckan.py serving the alphagov fixtures plus small
files written here. Whatever a resource does (too big, missing, slow,
garbage, a web page instead of data), the dataset is still indexed with a
note, and nothing is read when summaries are switched off."""

from __future__ import annotations

import json
import time

import pytest

from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from tests.connectors.test_ckan import SEARCH, Portal, connector

ORG_CHART = next(d for d in SEARCH["result"]["results"] if d["name"] == "organisation-chart-cbc")
CSV_ID, JSON_ID = "8c6be8a5-bc9f-4fe9-888f-9dc8c5c670d7", "5b092907-cba5-4a6c-b97f-bc8ee309e010"

# What Colchester's organisation chart looks like as CSV: UTF-8 with BOM, commas, quoted cells.
ORG_CSV = ("\ufeff" + "\n".join([
    '"Name","Job Title","Directorate","Salary Band"',
    '"Adrian Pritchard","Chief Executive","Corporate Management","£100,000 - £104,999"',
    '"Pamela Donnelly","Executive Director","Place","£85,000 - £89,999"',
    '"Lindsay Barker","Strategic Director","Policy and Place","£85,000 - £89,999"',
    '"Dan Gascoyne","Chief Operating Officer","Customer","£80,000 - £84,999"',
    '"Richard Block","Assistant Director","Environment","£70,000 - £74,999"',
    '"Karen Syrett","Head of Place Strategy","Place","£60,000 - £64,999"',
]) + "\n").encode("utf-8")
ORG_JSON = json.dumps([
    {"name": "Adrian Pritchard", "jobTitle": "Chief Executive", "reportsTo": None},
    {"name": "Pamela Donnelly", "jobTitle": "Executive Director", "reportsTo": "Adrian Pritchard"},
]).encode()
# A German export: semicolons, decimal commas, Windows-1252 (the € sign is 0x80 there, absent in Latin-1).
PARKING_CSV = ("Parkhaus;Straße;Plätze;Gebühr je Stunde\r\n"
               "Parkhaus Löbdergraben;Löbdergraben 1;450;1,50 €\r\n"
               "Tiefgarage Holzmarkt;Holzmarkt 3;220;2,00 €\r\n"
               "Parkplatz Fürstengraben;Fürstengraben 10;80;1,00 €\r\n")
PLAYGROUNDS = json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": f"sp-{i}", "geometry": {"type": "Point", "coordinates": [11.58 + i / 100, 50.92]},
     "properties": {"name": name, "ausstattung": kit, "baujahr": year}}
    for i, (name, kit, year) in enumerate([("Spielplatz Am Anger", "Schaukel, Rutsche", 2011),
                                           ("Spielplatz Nordpark", "Sandkasten", 2019),
                                           ("Wasserspielplatz Saale", "Wasserpumpe", 2021)])]}).encode()


def resource(resource_id: str, fmt: str, name: str, **extra) -> dict:
    return {"id": resource_id, "name": name, "format": fmt, "url": f"https://example.org/{resource_id}", **extra}


def dataset(name: str, *resources: dict) -> dict:
    return {**ORG_CHART, "id": name, "name": name, "title": name.replace("-", " ").title(),
            "resources": list(resources)}


@pytest.fixture
def portal():
    p = Portal(list(SEARCH["result"]["results"]))
    p.files.update({CSV_ID: (ORG_CSV, "text/csv"), JSON_ID: (ORG_JSON, "application/json")})
    yield p
    p.close()


def pages(portal, **config) -> dict[str, str]:
    items = list(connector(portal, **config).fetch())
    assert all(i.error is None for i in items), [i.error for i in items if i.error]
    return {i.external_id: i.data.decode() for i in items}


def test_csv_and_json_resources_of_the_real_fixture_are_summarised(portal):
    page = pages(portal)["organisation-chart-cbc"]
    csv_part = page.split("### Organisation Chart - Download (CSV)")[1].split("###")[0]
    assert "Spalten: Name, Job Title, Directorate, Salary Band" in csv_part and "Zeilen: 6" in csv_part
    assert "Die ersten 5 Zeilen:" in csv_part, "the preview stops after five rows"
    assert "| Adrian Pritchard | Chief Executive | Corporate Management | £100,000 - £104,999 |" in csv_part
    assert "Richard Block" in csv_part and "Karen Syrett" not in csv_part
    json_part = page.split("### Organisation Chart - Service (JSON)")[1]
    assert "Spalten: name, jobTitle, reportsTo" in json_part and "Einträge: 2" in json_part
    assert "| Pamela Donnelly | Executive Director | Adrian Pritchard |" in json_part
    # Only the two readable resources were fetched (HTML, XML and ZIP are only listed).
    assert sorted(portal.file_requests) == sorted([CSV_ID, JSON_ID])


@pytest.mark.parametrize("body, mime", [
    (PARKING_CSV.encode("cp1252"), "text/csv"),  # no charset declared
    (PARKING_CSV.encode("cp1252"), "text/csv; charset=utf-8"),  # a wrong one declared
    (PARKING_CSV.replace("€", "EUR").encode("latin-1"), "text/csv"),
    (PARKING_CSV.encode("utf-8"), "text/csv; charset=ISO-8859-1"),  # UTF-8 that the server calls Latin-1
    ("\ufeff".encode() + PARKING_CSV.encode("utf-8"), "application/octet-stream"),
])
def test_german_csv_exports_keep_their_umlauts(portal, body, mime):
    portal.datasets.append(dataset("parkhaeuser", resource("parken-csv", "CSV", "Parkhäuser")))
    portal.files["parken-csv"] = (body, mime)
    page = pages(portal)["parkhaeuser"]
    assert "Spalten: Parkhaus, Straße, Plätze, Gebühr je Stunde" in page and "Zeilen: 3" in page
    assert "| Parkplatz Fürstengraben | Fürstengraben 10 | 80 |" in page
    assert "Ã" not in page and "\ufffd" not in page


def test_a_geojson_feature_collection_is_summarised_by_its_properties(portal):
    portal.datasets.append(dataset("spielplaetze", resource("sp", "GeoJSON", "Spielplätze")))
    portal.files["sp"] = (PLAYGROUNDS, "application/geo+json")
    page = pages(portal)["spielplaetze"]
    assert "### Spielplätze (GEOJSON)" in page
    assert "Spalten: name, ausstattung, baujahr, id" in page and "Einträge: 3" in page
    assert "| Wasserspielplatz Saale | Wasserpumpe | 2021 | sp-2 |" in page


def test_big_resources_are_noted_and_never_downloaded_whole(portal):
    big = 256 * 1024 * 1024
    portal.datasets.append(dataset(
        "verkehrszaehlung",
        resource("declared", "CSV", "Zählstellen 2023", size=str(5 * 1024 * 1024)),  # the portal says how big
        resource("length", "CSV", "Zählstellen 2024"),  # the server says so (content-length)
        resource("stream", "CSV", "Zählstellen live"),  # nobody says so
    ))
    portal.files.update({"length": (b"a;b\n" * (400 * 1024), "text/csv"), "stream": (big, "text/csv")})
    started = time.monotonic()
    page = pages(portal, summary_max_mb=1)["verkehrszaehlung"]
    assert time.monotonic() - started < 5
    assert "### Zählstellen 2023 (CSV)\n\nDiese Datei konnte nicht eingelesen werden: zu groß zum Einlesen (5,0 MB)." in page
    assert "### Zählstellen 2024 (CSV)\n\nDiese Datei konnte nicht eingelesen werden: größer als 1,0 MB." in page
    assert "### Zählstellen live (CSV)\n\nDiese Datei konnte nicht eingelesen werden: größer als 1,0 MB." in page
    assert "declared" not in portal.file_requests, "a declared size over the limit is not even asked for"
    deadline = time.monotonic() + 3
    while "stream" not in portal.sent and time.monotonic() < deadline:
        time.sleep(0.02)
    # The reader hung up after the limit; what went out is that plus the sockets' buffers.
    assert portal.sent["stream"] < 64 * 1024 * 1024 < big


def test_broken_resources_become_notes_and_the_dataset_is_still_indexed(runtime, portal, monkeypatch):
    monkeypatch.setattr("rathaus.connectors.ckan_resources.RESOURCE_TIMEOUT", 0.3)
    portal.datasets.append(dataset(
        "haushalt-2024",
        resource("missing", "CSV", "Ergebnishaushalt"),
        resource("slow", "JSON", "Finanzhaushalt"),
        resource("broken", "JSON", "Investitionen"),
    ))
    portal.datasets.append(dataset(
        "wahlergebnisse",
        resource("webpage", "CSV", "Stimmbezirke"),  # a login or maintenance page instead of the file
        resource("zip", "CSV", "Wahlbezirke"),  # an archive behind a CSV label
        resource("quotes", "CSV", "Kandidaten"),
    ))
    portal.files.update({
        "slow": (b"[]", "application/json", 200, 1.0),
        "broken": (b'{"records": [{"id": 1, "betrag": 12', "application/json"),
        "webpage": (b"<!DOCTYPE html><html><body>Bitte anmelden</body></html>", "text/html"),
        "zip": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 8, "application/zip"),
        "quotes": (b'Name;Partei\n"Anna Schmidt;SPD\n', "text/csv"),
    })
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "jena", embedder="hashing").id
    ckan, docs = connector(portal), {}
    fetch = ckan.fetch
    ckan.fetch = lambda since=None: (docs.setdefault(i.external_id, i.data.decode()) and i for i in fetch(since))
    report = ingest(runtime.db, tenant, ckan, runtime.embedder_for_tenant(tenant))
    assert report.failed == [] and len(report.added) == 6
    budget = docs["haushalt-2024"]
    assert "### Ergebnishaushalt (CSV)\n\nDiese Datei konnte nicht eingelesen werden: HTTP 404." in budget
    assert "### Finanzhaushalt (JSON)\n\nDiese Datei konnte nicht eingelesen werden: Zeitüberschreitung beim Abruf." in budget
    assert "### Investitionen (JSON)\n\nDiese Datei konnte nicht eingelesen werden: JSON fehlerhaft." in budget
    election = docs["wahlergebnisse"]
    assert "Stimmbezirke (CSV)\n\nDiese Datei konnte nicht eingelesen werden: eine Web-Seite statt Daten." in election
    assert "Wahlbezirke (CSV)\n\nDiese Datei konnte nicht eingelesen werden: keine Textdatei." in election
    assert "Kandidaten (CSV)\n\nDiese Datei konnte nicht eingelesen werden: CSV fehlerhaft" in election
    hits = runtime.index.search(tenant, "Organisation Chart Colchester", k=3)
    assert hits and hits[0].external_id == "organisation-chart-cbc"


def test_only_the_first_three_readable_resources_are_read(portal):
    many = [resource(f"jahr-{year}", "CSV", f"Einwohner {year}") for year in range(2019, 2025)]
    portal.datasets.append(dataset("einwohner", *many))
    for r in many:
        portal.files[r["id"]] = (b"Stadtteil;Einwohner\nZentrum;12000\n", "text/csv")
    page = pages(portal)["einwohner"]
    assert page.count("Zeilen: 1") == 3 and "- Einwohner 2024 (CSV): http" in page, "the rest is listed"
    assert [r for r in portal.file_requests if r.startswith("jahr-")] == ["jahr-2019", "jahr-2020", "jahr-2021"]


def test_summaries_switched_off_read_nothing(portal):
    page = pages(portal, summary_max_mb=0)["organisation-chart-cbc"]
    assert portal.file_requests == [] and "Inhalt der Daten" not in page
    assert f"- Organisation Chart - Download (CSV): {portal.url}/files/{CSV_ID}" in page


def stored_text(runtime, tenant: int, external_id: str) -> str:
    from sqlalchemy import select

    from rathaus.db.tables import Chunk, Document

    with runtime.db.reading() as session:
        rows = session.execute(select(Chunk.text).join(Document, Chunk.document_id == Document.id)
                               .where(Document.tenant_id == tenant, Document.external_id == external_id))
        return "\n".join(text for (text,) in rows)


@pytest.mark.parametrize("fault", [(b"", "text/plain", 503), (PARKING_CSV, "text/csv", 200, 1.0)],
                         ids=["server-error", "timeout"])
def test_a_resource_failing_for_now_never_replaces_the_indexed_summary(runtime, portal, monkeypatch, fault):
    """A timeout or server error on a re-sync keeps the dataset's indexed
    version (reported, and asked for again next time); a resource that is
    gone for good (404) is noted as before; once it answers, the new content
    is indexed."""
    monkeypatch.setattr("rathaus.connectors.ckan_resources.RESOURCE_TIMEOUT", 0.3)
    portal.datasets.append(dataset("parkhaeuser", resource("parken", "CSV", "Parkhäuser")))
    portal.files["parken"] = (PARKING_CSV.encode("cp1252"), "text/csv")
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "jena", embedder="hashing").id

    def sync():
        return ingest(runtime.db, tenant, connector(portal), runtime.embedder_for_tenant(tenant))

    assert "parkhaeuser" in sync().added and "Parkhaus Löbdergraben" in stored_text(runtime, tenant, "parkhaeuser")
    portal.files["parken"] = fault
    report = sync()
    [(failed_id, reason)] = report.failed
    assert failed_id == "parkhaeuser" and "Datei „Parkhäuser“ gerade nicht abrufbar" in reason
    assert "bisherige Fassung bleibt" in reason
    assert "Parkhaus Löbdergraben" in stored_text(runtime, tenant, "parkhaeuser")
    assert "organisation-chart-cbc" in report.unchanged, "the other datasets are not held up"

    portal.files["parken"] = (PARKING_CSV.replace("450", "460").encode("cp1252"), "text/csv")
    report = sync()
    assert report.failed == [] and report.updated == ["parkhaeuser"]
    assert "460" in stored_text(runtime, tenant, "parkhaeuser")

    del portal.files["parken"]  # gone for good: the note replaces the summary
    report = sync()
    assert report.failed == [] and report.updated == ["parkhaeuser"]
    text = stored_text(runtime, tenant, "parkhaeuser")
    assert "Diese Datei konnte nicht eingelesen werden: HTTP 404." in text and "Löbdergraben" not in text
