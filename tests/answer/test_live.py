"""Live values end to end: a local CKAN portal whose dataset "Parkhausbelegung"
has a JSON resource with the current occupancy (variants of the FIWARE
OffStreetParking examples in tests/fixtures/live, in all four NGSI shapes, and
a plain list with the town's own field names). Staff mark the resource live in
the source's configuration; after a sync a citizen asks through the real chat
API and gets the current number with its time (Berlin), citing the dataset.
Whatever the live source does (down, slow, garbage, contradicting itself, no
longer marked live, another town's), the answer is the normal one."""

from __future__ import annotations

import asyncio
import copy
import json
import time
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from rathaus.answer import live
from rathaus.app import create_app
from rathaus.db import repository as repo
from rathaus.ingest import sources as src
from rathaus.settings import Settings
from tests.connectors.test_ckan import SEARCH, Portal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "live"
SHAPES = {
    "ngsi-v2 keyValues": "offstreetparking-example.json",
    "ngsi-v2 normalized": "offstreetparking-example-normalized.json",
    "ngsi-ld keyValues": "offstreetparking-example.jsonld",
    "ngsi-ld normalized": "offstreetparking-example-normalized.jsonld",
}
QUESTION = "Wie viele Plätze sind im Parkhaus Trindade frei?"
NOW = "2026-03-02T09:15:00Z"  # 10:15 in Jena (winter time)


def example(shape: str) -> dict:
    return json.loads((FIXTURES / SHAPES[shape]).read_text(encoding="utf-8"))


def _set(entity: dict, key: str, value) -> None:
    """Set an attribute in whichever NGSI shape the entity has."""
    attr = entity.get(key)
    if isinstance(attr, dict) and isinstance(attr.get("value"), dict) and "@value" in attr["value"]:
        attr["value"]["@value"] = value  # NGSI-LD typed literal
    elif isinstance(attr, dict) and "value" in attr:
        attr["value"] = value  # NGSI-v2 normalized, NGSI-LD Property
    else:
        entity[key] = value  # keyValues


def car_park(shape: str, name: str, free: int, total: int, at: str = NOW) -> dict:
    """The FIWARE example in this shape, as another car park with other values."""
    entity = copy.deepcopy(example(shape))
    entity["id"] = f"{entity['id'].rsplit(':', 1)[0]}:{name.lower().replace(' ', '-')}"
    for key, value in (("name", name), ("availableSpotNumber", free), ("totalSpotNumber", total),
                       ("occupiedSpotNumber", total - free)):
        _set(entity, key, value)
    for key in ("occupancyModified", "dateModified", "observationDateTime"):
        if key in entity:
            _set(entity, key, at)
    free_attr = entity["availableSpotNumber"]
    if isinstance(free_attr, dict) and "observedAt" in free_attr:
        free_attr["observedAt"] = at
    if isinstance(free_attr, dict) and "metadata" in free_attr:
        free_attr["metadata"]["timestamp"]["value"] = at
    return entity


def occupancy(shape: str = "ngsi-v2 keyValues", trindade: int = 57, at: str = NOW) -> bytes:
    """What an NGSI broker's /v2/entities (or NGSI-LD /entities) answers."""
    return json.dumps([car_park(shape, "Parque de estacionamento Trindade", trindade, 414, at),
                       car_park(shape, "Parkhaus Am Markt", 20, 300, at),
                       car_park(shape, "Parkhaus Neue Mitte", 143, 380, at)]).encode()


PARKING = {
    "id": "0d6c0f5e-parkhausbelegung", "name": "parkhausbelegung", "title": "Parkhausbelegung",
    "notes": "Freie Plätze in den Parkhäusern der Stadt: Parkhaus Trindade, Parkhaus Am Markt und "
             "Parkhaus Neue Mitte. Die Belegung wird laufend aktualisiert.",
    "metadata_modified": "2026-01-10T08:00:00.000000", "organization": {"title": "Stadtwerke Musterstadt"},
    "license_title": "Datenlizenz Deutschland – Namensnennung – 2.0", "isopen": True,
    "tags": [{"name": "Parken"}, {"name": "Verkehr"}],
    "resources": [{"id": "belegung", "name": "Aktuelle Belegung", "format": "JSON", "url": "https://example.org/b"},
                  {"id": "standorte", "name": "Standorte", "format": "CSV", "url": "https://example.org/s.csv"}],
}


def ask(client, tenant: str, message: str = QUESTION) -> dict:
    response = client.post("/api/v1/chat", json={"tenant": tenant, "message": message})
    assert response.status_code == 200, response.text
    return response.json()


def add_source(runtime, slug: str, portal, **config) -> tuple[int, int]:
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, slug, name=slug.title(), embedder="hashing").id
        source = src.create_source(session, tenant, "Offene Daten", "ckan", {"base_url": portal.url, **config}).id
    report = src.sync_source(runtime, tenant, source)
    assert report is not None and not report.failed, report
    return tenant, source


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    """Jena marks the occupancy resource live; Erfurt indexes the same portal
    without; Gera answers generatively (with the fake chat model)."""
    portal = Portal(list(SEARCH["result"]["results"]) + [PARKING])
    portal.files.update({"belegung": (occupancy(), "application/json"),
                         "standorte": ("Parkhaus;Straße\nAm Markt;Markt 1\n".encode(), "text/csv")})
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), embedder="hashing", demo=False,
                        outbound_allow_hosts=["127.0.0.1"], llm_backend="fake")
    try:
        with TestClient(create_app(settings)) as client:
            runtime = client.app.state.runtime
            jena, jena_source = add_source(runtime, "jena", portal, live_resources=["belegung"])
            erfurt, _ = add_source(runtime, "erfurt", portal)
            add_source(runtime, "gera", portal, live_resources=[f"{portal.url}/files/belegung"])  # by address
            with runtime.db.session() as session:
                repo.get_tenant(session, "gera").settings = {"answer_mode": "generative"}
            yield SimpleNamespace(client=client, runtime=runtime, portal=portal, jena=jena, jena_source=jena_source,
                                  erfurt=erfurt)
    finally:
        portal.close()


@pytest.fixture(autouse=True)
def fresh_cache(monkeypatch):
    """Each test starts with nothing cached, on a clock it can move."""
    clock = [1000.0]
    monkeypatch.setattr(live, "CACHE", live.Cache(clock=lambda: clock[0]))
    monkeypatch.setattr(live, "LIVE_TENANTS", live.LiveTenants(clock=lambda: clock[0]))
    monkeypatch.setattr(live, "clock", lambda: datetime(2026, 3, 2, 9, 20, tzinfo=timezone.utc))  # NOW + 5 min
    return clock


@pytest.fixture
def served(town):
    """The live payload, restored after the test."""
    yield town.portal.files
    town.portal.files["belegung"] = (occupancy(), "application/json")


def dataset_citation(body: dict, portal) -> int:
    [n] = [c["n"] for c in body["citations"] if c["external_id"] == "parkhausbelegung"]
    assert next(c for c in body["citations"] if c["n"] == n)["url"] == f"{portal.url}/dataset/parkhausbelegung"
    return n


@pytest.mark.parametrize("shape", SHAPES)
def test_every_fiware_shape_gives_the_same_reading(shape):
    [reading] = live.readings_of(example(shape))
    assert reading == live.Reading("Parque de estacionamento Trindade", 132, 414,
                                   datetime(2018, 9, 21, 12, 0, tzinfo=timezone.utc))
    fact = live.LiveFact(live.LiveSource(1, "parkhausbelegung", "Parkhausbelegung", None, "Belegung", "u"),
                         (reading,))
    assert fact.sentence("de", now=datetime(2018, 9, 21, 12, 5, tzinfo=timezone.utc)) == (
        "Aktuell (Stand 21.09.2018, 14:00 Uhr): "  # summer time in Berlin
        "Parque de estacionamento Trindade – 132 von 414 Plätzen frei.")


@pytest.mark.parametrize("shape", SHAPES)
def test_the_current_value_is_answered_with_its_time_and_dataset(town, served, shape):
    served["belegung"] = (occupancy(shape), "application/ld+json" if "ld" in shape else "application/json")
    body = ask(town.client, "jena")
    n = dataset_citation(body, town.portal)
    assert body["grounded"] and body["answer_mode"] == "extractive"
    assert body["answer"].startswith("Aktuell (Stand 02.03.2026, 10:15 Uhr): "
                                     f"Parque de estacionamento Trindade – 57 von 414 Plätzen frei. [{n}]\n\n")
    assert "Dazu habe ich auf den Seiten der Stadt gefunden:" in body["answer"], "the usual answer follows"
    assert "Am Markt –" not in body["answer"] and "143" not in body["answer"], "only the car park asked about"


def test_a_question_naming_no_car_park_gets_all_of_them(town):
    body = ask(town.client, "jena", "Wie viele Parkplätze sind gerade in den Parkhäusern frei?")
    assert ("Aktuell (Stand 02.03.2026, 10:15 Uhr): Parque de estacionamento Trindade – 57 von 414 Plätzen frei; "
            "Parkhaus Am Markt – 20 von 300 Plätzen frei; Parkhaus Neue Mitte – 143 von 380 Plätzen frei.") \
        in body["answer"]


def test_the_generic_word_of_the_question_picks_no_car_park(town, served):
    served["belegung"] = (json.dumps([car_park("ngsi-v2 keyValues", "Parque de estacionamento Trindade", 57, 414),
                                      car_park("ngsi-v2 keyValues", "Parkhaus Am Markt", 20, 300)]).encode(),
                          "application/json")
    body = ask(town.client, "jena")  # "im Parkhaus Trindade": "Parkhaus" names a kind, "Trindade" the place
    assert "Trindade – 57 von 414" in body["answer"] and "Am Markt –" not in body["answer"]


def test_a_new_value_after_the_cache_expires(town, served, fresh_cache):
    assert "57 von 414" in ask(town.client, "jena")["answer"]
    requests = town.portal.file_requests.count("belegung")
    served["belegung"] = (occupancy(trindade=12, at="2026-03-02T09:40:00Z"), "application/json")
    fresh_cache[0] += 30
    assert "57 von 414" in ask(town.client, "jena")["answer"], "within a minute the cached value"
    assert town.portal.file_requests.count("belegung") == requests, "and no request to the source"
    fresh_cache[0] += 31
    body = ask(town.client, "jena")
    assert "Aktuell (Stand 02.03.2026, 10:40 Uhr): Parque de estacionamento Trindade – 12 von 414" in body["answer"]


@pytest.mark.parametrize("payload", [
    (b"<!DOCTYPE html><html><body>Wartungsarbeiten</body></html>", "text/html"),
    (occupancy()[:200], "application/json"),  # cut off mid-transfer
    (b'{"error": "NotFound", "description": "The requested entity has not been found."}', "application/json"),
    (b"[]", "application/json", 503),
    (occupancy(trindade=500), "application/json"),  # 500 of 414 free: contradicts itself
    (json.dumps([car_park("ngsi-v2 keyValues", "Parque de estacionamento Trindade", 57, 414),
                 car_park("ngsi-v2 keyValues", "Parque de estacionamento Trindade", 9, 414)]).encode(),
     "application/json"),  # the same car park twice with different numbers
], ids=["html", "truncated", "ngsi-error", "http-503", "more-free-than-total", "two-different-values"])
def test_a_broken_live_source_gives_the_normal_answer(town, served, payload):
    served["belegung"] = payload
    body = ask(town.client, "jena")
    assert body["grounded"] and body["answer"].startswith("Dazu habe ich auf den Seiten der Stadt gefunden:")
    assert "Aktuell" not in body["answer"] and "Live" not in body["answer"]
    dataset_citation(body, town.portal)


def test_a_slow_live_source_costs_at_most_two_seconds(town, served):
    served["belegung"] = (occupancy(), "application/json", 200, 4.0)
    started = time.monotonic()
    body = ask(town.client, "jena")
    assert time.monotonic() - started < 3.0, "2 s for the live value (2.5 s at most), not the source's 4 s"
    assert body["grounded"] and "Aktuell" not in body["answer"]
    started = time.monotonic()
    assert "Aktuell" not in ask(town.client, "jena")["answer"]
    assert time.monotonic() - started < 1, "a failure is remembered for a while, not waited for again"


def test_a_live_source_that_is_down_gives_the_normal_answer(town):
    gone = Portal([dict(PARKING, name="parkhausbelegung-suhl")])
    runtime = town.runtime
    add_source(runtime, "suhl", gone, live_resources=["belegung"])
    gone.close()  # the portal and its live data are unreachable now
    body = ask(town.client, "suhl")
    assert body["grounded"] and body["citations"][0]["external_id"] == "parkhausbelegung-suhl"
    assert "Aktuell" not in body["answer"]


def test_a_resource_no_longer_marked_live_is_not_asked(town):
    runtime = town.runtime
    with runtime.db.session() as session:
        source = src.get_source(session, town.jena, town.jena_source)
        source.config = {**source.config, "live_resources": []}
    requests = town.portal.file_requests.count("belegung")
    try:
        body = ask(town.client, "jena")
        assert body["grounded"] and "Aktuell" not in body["answer"]
        assert town.portal.file_requests.count("belegung") == requests
    finally:
        with runtime.db.session() as session:
            source = src.get_source(session, town.jena, town.jena_source)
            source.config = {**source.config, "live_resources": ["belegung"]}


def test_another_town_never_gets_the_live_data(town):
    body = ask(town.client, "erfurt")  # same dataset indexed, but Erfurt marked nothing live
    assert body["grounded"] and "Aktuell" not in body["answer"]
    assert "parkhausbelegung" in [c["external_id"] for c in body["citations"]]
    # Not even when handed Jena's own search hits.
    runtime = town.runtime
    jena_hits = runtime.index.search(town.jena, QUESTION, 5, 3)
    assert asyncio.run(live.facts_for(runtime, town.jena, QUESTION, jena_hits))
    assert asyncio.run(live.facts_for(runtime, town.erfurt, QUESTION, jena_hits)) == []


def test_an_english_question_gets_the_english_sentence(town):
    body = ask(town.client, "jena", "How many spaces are free in the Trindade car park right now?")
    n = dataset_citation(body, town.portal)
    assert body["language"] == "en"
    assert body["answer"].startswith("Currently (as of 02.03.2026, 10:15): "
                                     f"Parque de estacionamento Trindade – 57 of 414 spaces free. [{n}]")


def test_a_generated_answer_gets_the_live_value_as_a_source(town):
    model = town.runtime.chat_model()
    model.script("KEINE_ANTWORT")  # the model declines: the extractive answer, with the live value
    first = ask(town.client, "gera")
    assert first["answer_mode"] == "extractive" and "57 von 414" in first["answer"]
    prompt = model.calls[-1]["messages"][-1].content
    marker = next(line for line in prompt.splitlines() if "Aktuelle Werte: Parkhausbelegung" in line)
    n = int(marker.split("[", 1)[1].split("]", 1)[0])
    assert "Parque de estacionamento Trindade – 57 von 414 Plätzen frei." in prompt.split(marker, 1)[1]
    model.script(f"Im Parkhaus Trindade sind gerade 57 von 414 Plätzen frei (Stand 10:15 Uhr) [{n}].")
    body = ask(town.client, "gera")
    assert body["answer_mode"] == "generative" and "57 von 414" in body["answer"]
    cited = next(c for c in body["citations"] if c["n"] == n)
    assert cited["title"] == "Aktuelle Werte: Parkhausbelegung" and cited["url"].endswith("/dataset/parkhausbelegung")


def test_custom_field_names_for_a_plain_json_list(town):
    weimar = Portal([dict(PARKING, name="parkplaetze-weimar", title="Parkhausbelegung Weimar",
                          notes="Freie Plätze im Parkhaus Goetheplatz und in der Tiefgarage Beethovenplatz.")])
    weimar.files["belegung"] = (json.dumps({"stand": "2026-03-02", "parkhaeuser": [
        {"bezeichnung": "Parkhaus Goetheplatz", "freie_plaetze": "87", "kapazitaet": 360,
         "zeitstempel": "2026-03-02 10:15:00"},  # local time, as German portals write it
        {"bezeichnung": "Tiefgarage Beethovenplatz", "freie_plaetze": 4, "kapazitaet": 120,
         "zeitstempel": "2026-03-02 10:14:00"},
    ]}).encode(), "application/json")
    try:
        add_source(town.runtime, "weimar", weimar, live_resources=["belegung"],
                   live_fields="name=bezeichnung, frei=freie_plaetze, gesamt=kapazitaet, stand=zeitstempel")
        body = ask(town.client, "weimar", "Wie viele Plätze sind in der Tiefgarage Beethovenplatz frei?")
        assert body["answer"].startswith("Aktuell (Stand 02.03.2026, 10:14 Uhr): "
                                         "Tiefgarage Beethovenplatz – 4 von 120 Plätzen frei. [1]")
    finally:
        weimar.close()


def test_staff_mark_a_resource_live_in_the_generated_form(settings):
    from tests.admin.test_pages import csrf_of
    from tests.admin.test_source_pages import editor_on_sources_page, synced

    portal = Portal([PARKING])
    portal.files["belegung"] = (occupancy(), "application/json")
    try:
        with editor_on_sources_page(settings) as (client, page):
            assert "Offene Daten (CKAN / piveau) hinzufügen" in page.text
            assert 'name="cfg.live_resources"' in page.text and 'name="cfg.live_fields"' in page.text
            form = {"csrf": csrf_of(page), "name": "Parkhäuser", "cfg.base_url": portal.url}
            for field, value, error in [
                ("live_resources", "belegung, javascript:alert(1)", "keine Kennung oder Web-Adresse: javascript:alert(1)"),
                ("live_fields", "frei", "Angaben als name=feld, frei=feld, gesamt=feld, stand=feld"),
                ("live_fields", "farbe=rot", "unbekannte Angabe „farbe“ (möglich: name, frei, gesamt, stand)"),
                ("summary_max_mb", "50", "bitte eine ganze Zahl von 0 bis 20"),
                ("base_url", "opendata.jena.de", "muss mit https:// oder http:// beginnen"),
                ("base_url", "", "bitte die Adresse des Datenportals angeben"),
            ]:
                bad = client.post("/admin/musterstadt/sources/new/ckan", data={**form, f"cfg.{field}": value})
                assert bad.status_code == 422 and f'id="ckan-cfg-{field}-error"' in bad.text, field
                shown = bad.text.split(f'id="ckan-cfg-{field}-error" class="error">', 1)[1].split("</p>", 1)[0]
                assert shown.replace("&#34;", '"').replace("&#39;", "'") == error
                assert f'value="{value}"' in bad.text, "what staff typed stays in the form"
            client.post("/admin/musterstadt/sources/new/ckan", data={
                **form, "cfg.live_resources": "belegung", "cfg.live_fields": "frei=availableSpotNumber"})
            _, status, docs, errors = synced(client, "Parkhäuser")
            assert (status, docs, errors) == ("ok", 1, [])
            with client.app.state.runtime.db.session() as session:
                tenant = repo.get_tenant(session, "musterstadt").id
                [(source, _)] = src.list_sources(session, tenant)
                assert source.config["live_resources"] == ["belegung"]
                assert source.config["live_fields"] == {"free": "availableSpotNumber"}
            body = ask(client, "musterstadt")
            assert body["answer"].startswith("Aktuell (Stand 02.03.2026, 10:15 Uhr): "
                                             "Parque de estacionamento Trindade – 57 von 414 Plätzen frei. [1]")
    finally:
        portal.close()


def test_a_town_without_live_resources_costs_no_query_per_question(town, fresh_cache, monkeypatch):
    """Most towns mark nothing live: after one check (repeated every 30 s) the
    question flow skips the lookup entirely."""
    checks, lookups = [], []
    check, find = live.LIVE_TENANTS.check, live.find_sources
    monkeypatch.setattr(live.LIVE_TENANTS, "check", lambda db, t: checks.append(t) or check(db, t))
    monkeypatch.setattr(live, "find_sources", lambda *a: lookups.append(a) or find(*a))
    for _ in range(3):
        body = town.client.post("/api/v1/chat", json={"tenant": "erfurt", "message": QUESTION}).json()
        assert body["grounded"] and "Aktuell" not in body["answer"]
    assert checks == [town.erfurt] and lookups == []
    fresh_cache[0] += live.LIVE_CHECK_SECONDS
    town.client.post("/api/v1/chat", json={"tenant": "jena", "message": QUESTION})
    town.client.post("/api/v1/chat", json={"tenant": "jena", "message": QUESTION})
    assert checks == [town.erfurt, town.jena] and len(lookups) == 2, "a town with live data: one check, a lookup per answer"


def test_a_feed_that_stopped_updating_is_not_passed_off_as_current():
    reading = live.Reading("Parkhaus Am Markt", 20, 300, datetime(2026, 3, 2, 9, 15, tzinfo=timezone.utc))
    fact = live.LiveFact(live.LiveSource(1, "parkhausbelegung", "Parkhausbelegung", None, "Belegung", "u"),
                         (reading,))
    later = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)  # almost three hours on
    assert fact.sentence("de", now=later) == ("Letzter gemeldeter Stand vom 02.03.2026, 10:15 Uhr (nicht aktuell): "
                                              "Parkhaus Am Markt – 20 von 300 Plätzen frei.")
    assert fact.sentence("en", now=later).startswith("Last reported on 02.03.2026, 10:15 (not current): ")
    assert fact.sentence("de", now=datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)).startswith("Aktuell (Stand ")
