"""The CKAN / piveau connector against a local portal serving real CKAN
responses (alphagov's functional-test fixtures, validated against their JSON
schemas): datasets become documents, pages are walked, broken pages and
endless pagination leave what was indexed before untouched."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
from referencing import Registry, Resource

from rathaus.connectors.ckan import CkanConfig, CkanConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ckan"
SEARCH = json.loads((FIXTURES / "package_search.json").read_text(encoding="utf-8"))


def validate_search_response(payload: dict) -> None:
    resources = []
    for path in (FIXTURES / "schemas").glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema)
        resources += [(schema["$id"], resource), (schema["$id"].removesuffix(".schema.json"), resource)]
    registry = Registry().with_resources(resources)
    schema = json.loads((FIXTURES / "schemas" / "package_search.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema, registry=registry)


class Portal:
    """A CKAN action API on localhost: `package_search` pages over `datasets`;
    `mode` breaks it on purpose."""

    def __init__(self, datasets: list[dict], api_path: str = "/api/3/action"):
        self.datasets, self.mode, self.requests = datasets, "normal", []
        portal = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                portal.requests.append(query)
                if url.path != f"{api_path}/package_search":
                    return self._send(404, b"{}", "application/json")
                start, rows = int(query.get("start", 0)), int(query.get("rows", 10))
                if portal.mode == "html":
                    return self._send(200, b"<html>Wartungsarbeiten</html>", "text/html")
                if portal.mode == "broken_second_page" and start > 0:
                    return self._send(200, b'{"result": {"count": 4, "resul', "application/json")
                if portal.mode == "endless":  # always "more": count never reached
                    page = [dict(portal.datasets[0], name=f"endlos-{start + i}") for i in range(rows)]
                    body = {"success": True, "result": {"count": 10**9, "results": page}}
                else:
                    body = {**SEARCH, "result": {**SEARCH["result"], "count": len(portal.datasets),
                                                 "results": portal.datasets[start:start + rows]}}
                self._send(200, json.dumps(body).encode(), "application/json")

            def _send(self, status, body, mime):
                self.send_response(status)
                self.send_header("content-type", mime)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def portal():
    p = Portal(list(SEARCH["result"]["results"]))
    yield p
    p.server.shutdown()


def connector(portal, **config) -> CkanConnector:
    return CkanConnector(CkanConfig(base_url=portal.url, **config), GuardedClient(allow_hosts={"127.0.0.1"}))


def test_the_fixture_is_a_valid_ckan_response():
    validate_search_response(SEARCH)
    assert len(SEARCH["result"]["results"]) == 4


def test_every_dataset_becomes_a_document_with_its_resources(portal, monkeypatch):
    monkeypatch.setattr("rathaus.connectors.ckan.PAGE_SIZE", 3)  # two pages
    ckan = connector(portal, organization="eidc")
    items = list(ckan.fetch())
    assert ckan.complete and [i.external_id for i in items] == [d["name"] for d in SEARCH["result"]["results"]]
    assert [r["start"] for r in portal.requests] == ["0", "3"] and portal.requests[0]["fq"] == "organization:eidc"
    text = items[0].data.decode()
    first = SEARCH["result"]["results"][0]
    assert text.startswith(f"# {first['title']}") and "Herausgeber: Environmental Information Data Centre" in text
    assert "Lizenz: UK Open Government Licence (OGL)" in text and "(ZIP): https://data-package.ceh.ac.uk/" in text
    assert items[0].url == f"{portal.url}/dataset/{first['name']}" and items[0].modified_at.year == 2020


def test_a_broken_page_stops_the_walk_incomplete_and_keeps_what_was_indexed(runtime, portal, monkeypatch):
    monkeypatch.setattr("rathaus.connectors.ckan.PAGE_SIZE", 2)
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "jena", embedder="hashing").id
    first = ingest(runtime.db, tenant, connector(portal), runtime.embedder_for_tenant(tenant))
    assert len(first.added) == 4 and not first.failed
    portal.mode = "broken_second_page"
    ckan = connector(portal)
    second = ingest(runtime.db, tenant, ckan, runtime.embedder_for_tenant(tenant))
    assert not ckan.complete and second.removed == [] and len(second.failed) == 1
    assert "keine gültige CKAN-Antwort" in second.failed[0][1]
    with runtime.db.session() as session:
        assert repo.count_documents(session, tenant) == 4
    hits = runtime.index.search(tenant, "pollinator monitoring scheme", k=3)
    assert hits and "pollinat" in hits[0].title.lower()


@pytest.mark.parametrize("mode, reason", [("html", "Inhaltstyp text/html")])
def test_wrong_content_is_one_clear_error(portal, mode, reason):
    portal.mode = mode
    items = list(connector(portal).fetch())
    assert len(items) == 1 and reason in items[0].error


def test_endless_pagination_stops_at_the_limit(portal):
    portal.mode = "endless"
    ckan = connector(portal, max_datasets=250)
    items = list(ckan.fetch())
    assert len(items) == 250 and not ckan.complete, "an unfinished walk deletes nothing"


def test_private_addresses_need_the_operators_permission(portal):
    ckan = CkanConnector(CkanConfig(base_url=portal.url), GuardedClient())
    [item] = list(ckan.fetch())
    assert "blockiert" in item.error and portal.requests == []


def test_piveau_paths_and_bad_settings():
    assert CkanConfig(base_url="https://data.jena.de/", api_path="/ckan/").api_path == "/ckan"
    with pytest.raises(ValueError):
        CkanConfig(base_url="ftp://data.jena.de")
    with pytest.raises(ValueError):
        CkanConfig(base_url="https://data.jena.de", api_path="ckan")


class TestCkanConformance(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _portal(self, portal):
        self.portal = portal

    def make_connector(self):
        self.portal.mode = "normal"
        return connector(self.portal)

    def make_broken_connector(self):
        self.portal.mode = "html"
        return connector(self.portal)
