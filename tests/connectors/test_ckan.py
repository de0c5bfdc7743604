"""The CKAN / piveau connector against a local portal serving real CKAN
responses (alphagov's functional-test fixtures, validated against their JSON
schemas): datasets become documents, pages are walked, broken pages and
endless pagination leave what was indexed before untouched; incremental syncs
ask only for changes and a full walk after the interval removes what vanished."""

from __future__ import annotations

import json
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import yaml
from referencing import Registry, Resource

from rathaus.connectors.ckan import CkanConfig, CkanConnector
from rathaus.connectors.ckan_resources import resource_format
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance
from tests.local_http import LocalServer, QuietHandler
from tests.ci import require

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
    """A CKAN action API on localhost: `package_search` pages over `datasets`,
    honouring `fq=metadata_modified:[… TO *]` like CKAN's Solr; `mode` breaks it
    on purpose. Resources the connector would read (CSV/JSON) point to
    `/files/<resource id>` here, served from `files` (404 when absent), so no
    test reaches the internet."""

    def __init__(self, datasets: list[dict], api_path: str = "/api/3/action"):
        self.datasets, self.mode, self.requests = datasets, "normal", []
        # resource id -> (body, mime[, status[, delay seconds]]); an int body is streamed (see _stream)
        self.files: dict[str, tuple] = {}
        self.file_requests: list[str] = []
        self.sent: dict[str, int] = {}
        portal = self

        class Handler(QuietHandler):
            def do_GET(self):  # noqa: N802 - http.server API
                url = urlsplit(self.path)
                if url.path.startswith("/files/"):
                    return self._file(url.path.removeprefix("/files/"))
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                portal.requests.append(query)
                if url.path != f"{api_path}/package_search":
                    return self._send(404, b"{}", "application/json")
                start, rows = int(query.get("start", 0)), int(query.get("rows", 10))
                fq = query.get("fq", "")
                if portal.mode == "html":
                    return self._send(200, b"<html>Wartungsarbeiten</html>", "text/html")
                if portal.mode == "reject_fq" and "metadata_modified" in fq:
                    return self._send(400, b'{"success": false}', "application/json")
                if portal.mode == "broken_second_page" and start > 0:
                    return self._send(200, b'{"result": {"count": 4, "resul', "application/json")
                if portal.mode == "endless":  # always "more": count never reached
                    page = [dict(portal.datasets[0], name=f"endlos-{start + i}") for i in range(rows)]
                    body = {"success": True, "result": {"count": 10**9, "results": page}}
                else:
                    matching = portal.matching("" if portal.mode == "ignore_fq" else fq)
                    page = [portal.localised(d) for d in matching[start:start + rows]]
                    body = {**SEARCH, "result": {**SEARCH["result"], "count": len(matching), "results": page}}
                self._send(200, json.dumps(body).encode(), "application/json")

            def _file(self, resource_id):
                portal.file_requests.append(resource_id)
                entry = portal.files.get(resource_id, (b"weg", "text/plain", 404))
                body, mime, status, delay = (*entry, *(200, 0)[len(entry) - 2:])  # status and delay are optional
                time.sleep(delay)
                if isinstance(body, int):
                    return self._stream(resource_id, body, mime)
                self._send(status, body, mime)

            def _stream(self, resource_id, size, mime):
                """`size` bytes of CSV without a content-length: only the client's
                own count can stop it; `portal.sent` says how much went out."""
                self.send_response(200)
                self.send_header("content-type", mime)
                self.end_headers()
                chunk, sent = "Parkhaus Mitte;12;450\n".encode() * 3000, 0
                try:
                    while sent < size:
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    portal.sent[resource_id] = sent

            def _send(self, status, body, mime):
                self.reply(status, mime, body)

        self._local = LocalServer(Handler)
        self.server, self.url = self._local.httpd, self._local.url

    def close(self) -> None:
        self._local.close()

    def matching(self, fq: str) -> list[dict]:
        found = re.search(r"metadata_modified:\[(\S+) TO \*\]", fq)
        if not found:
            return self.datasets
        since = datetime.fromisoformat(found[1].replace("Z", "+00:00"))
        return [d for d in self.datasets
                if datetime.fromisoformat(d["metadata_modified"]).replace(tzinfo=timezone.utc) >= since]

    def localised(self, dataset: dict) -> dict:
        resources = [dict(r, url=f"{self.url}/files/{r['id']}") if resource_format(r) else r
                     for r in dataset.get("resources") or []]
        return {**dataset, "resources": resources}

    def touch(self, name: str, when: datetime, **changes) -> None:
        """A dataset changed on the portal."""
        self.datasets = [dict(d, metadata_modified=when.replace(tzinfo=None).isoformat(), **changes)
                         if d["name"] == name else d for d in self.datasets]


@pytest.fixture
def portal():
    p = Portal(list(SEARCH["result"]["results"]))
    yield p
    p.close()


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


PIVEAU_API = Path(__file__).resolve().parents[3] / "shared" / "eval-data" / "piveau_hub_search" / "openapi.yaml"


def test_piveau_requests_follow_its_openapi_description():
    """What the connector asks piveau's hub-search (Jena's data platform) for is
    declared in piveau's own OpenAPI file (../shared/eval-data; Apache-2.0)."""
    require(PIVEAU_API.exists(), f"eval data missing: {PIVEAU_API}")
    spec = yaml.safe_load(PIVEAU_API.read_text(encoding="utf-8"))
    declared = {p["name"]: p["schema"]["type"] for p in spec["paths"]["/ckan/package_search"]["get"]["parameters"]}
    config = CkanConfig(base_url="https://data.jena.de", api_path="/ckan", query="Parken", organization="stadt-jena")
    connector = CkanConnector(config, GuardedClient())
    for url in (connector._page_url(0), connector._page_url(200)):
        parts = urlsplit(url)
        assert parts.path == "/ckan/package_search"
        sent = {k: v[0] for k, v in parse_qs(parts.query).items()}
        assert set(sent) <= set(declared), set(sent) - set(declared)
        assert all(sent[k].isdigit() for k in sent if declared[k] == "integer")
    assert "package_show" in str(spec["paths"].keys())  # the dataset page link follows CKAN's /dataset/<name>
    assert not connector.filters_by_time, "piveau's CKAN view drops a date range in fq: it walks fully"


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


# --- incremental syncs, through sync_source as the admin UI and the scheduler run them -------------

CSV_ID, JSON_ID = "8c6be8a5-bc9f-4fe9-888f-9dc8c5c670d7", "5b092907-cba5-4a6c-b97f-bc8ee309e010"  # organisation-chart-cbc
NAMES = [d["name"] for d in SEARCH["result"]["results"]]


@pytest.fixture
def local_runtime(settings):
    from rathaus.runtime import Runtime

    rt = Runtime(settings.model_copy(update={"outbound_allow_hosts": ["127.0.0.1"]}))
    yield rt
    rt.close()


def add_source(runtime, portal, **config) -> tuple[int, int]:
    from rathaus.ingest import sources as src

    portal.files.update({CSV_ID: (b"Name,Position\nA. Pritchard,Chief Executive\n", "text/csv"),
                         JSON_ID: (b'[{"name": "A. Pritchard"}]', "application/json")})
    with runtime.db.session() as session:
        tenant = repo.ensure_tenant(session, "jena", embedder="hashing").id
        source = src.create_source(session, tenant, "Offene Daten", "ckan", {"base_url": portal.url, **config}).id
    return tenant, source


def sync(runtime, tenant: int, source: int):
    """One sync as the admin UI runs it; (report, stored checkpoint), and the
    portal's request logs start afresh for the next one."""
    from rathaus.ingest import sources as src

    report = src.sync_source(runtime, tenant, source)
    with runtime.db.session() as session:
        checkpoint = src.get_source(session, tenant, source).checkpoint
    assert json.loads(json.dumps(checkpoint)) == checkpoint
    return report, checkpoint


def asked_for_changes(portal) -> list[str]:
    return [r["fq"] for r in portal.requests if "metadata_modified" in r.get("fq", "")]


def age(runtime, portal, tenant: int, source: int, **passed) -> dict:
    """Time passes (timedelta arguments): the stored checkpoint and every change
    on the portal are that much older, as if the clock had moved on."""
    from rathaus.ingest import sources as src

    delta = timedelta(**passed)
    portal.datasets = [dict(d, metadata_modified=(datetime.fromisoformat(d["metadata_modified"]) - delta).isoformat())
                       for d in portal.datasets]
    with runtime.db.session() as session:
        stored = src.get_source(session, tenant, source)
        stored.checkpoint = {k: (datetime.fromisoformat(v.replace("Z", "+00:00")) - delta)
                             .isoformat().replace("+00:00", "Z") for k, v in stored.checkpoint.items()}
        return dict(stored.checkpoint)


def now() -> datetime:
    return datetime.now(timezone.utc)


def test_a_second_sync_asks_only_for_changes_and_reads_only_those(local_runtime, portal):
    tenant, source = add_source(local_runtime, portal)
    first, checkpoint = sync(local_runtime, tenant, source)
    assert sorted(first.added) == sorted(NAMES) and asked_for_changes(portal) == []
    assert set(checkpoint) == {"full_walk_at", "modified_since"} and checkpoint["modified_since"].endswith("Z")
    checkpoint = age(local_runtime, portal, tenant, source, hours=1)  # the next hourly sync
    portal.requests.clear(), portal.file_requests.clear()

    # Changed between the syncs (a change just before a sync is asked for once more by the next one).
    portal.touch("organisation-chart-cbc", now() - timedelta(minutes=45), title="Organigramm der Stadtverwaltung")
    second, again = sync(local_runtime, tenant, source)
    assert asked_for_changes(portal) == [f"metadata_modified:[{checkpoint['modified_since']} TO *]"]
    assert len(portal.requests) == 1, "one page of changes, not the whole portal"
    assert second.updated == ["organisation-chart-cbc"] and (second.added, second.removed, second.failed) == ([], [], [])
    assert sorted(portal.file_requests) == sorted([CSV_ID, JSON_ID]), "only the changed dataset's files are read"
    assert again["full_walk_at"] == checkpoint["full_walk_at"] and again["modified_since"] > checkpoint["modified_since"]
    hits = local_runtime.index.search(tenant, "Organigramm der Stadtverwaltung", k=1)
    assert hits[0].external_id == "organisation-chart-cbc" and hits[0].title == "Organigramm der Stadtverwaltung"
    with local_runtime.db.session() as session:
        assert repo.count_documents(session, tenant) == 4, "the unchanged datasets stay"
    age(local_runtime, portal, tenant, source, hours=1)
    portal.requests.clear(), portal.file_requests.clear()

    third, _ = sync(local_runtime, tenant, source)
    assert (third.added, third.updated, third.removed, third.unchanged) == ([], [], [], [])
    assert portal.file_requests == [] and len(portal.requests) == 1


def test_after_the_interval_a_full_walk_removes_what_vanished(local_runtime, portal):
    tenant, source = add_source(local_runtime, portal, full_walk_days=7)
    sync(local_runtime, tenant, source)
    gone = NAMES[2]
    portal.datasets = [d for d in portal.datasets if d["name"] != gone]
    incremental, _ = sync(local_runtime, tenant, source)
    assert incremental.removed == [] and asked_for_changes(portal), "a run of changes cannot see deletions"

    age(local_runtime, portal, tenant, source, days=6)
    portal.requests.clear()
    sync(local_runtime, tenant, source)
    assert asked_for_changes(portal), "six days: still changes only"

    checkpoint = age(local_runtime, portal, tenant, source, days=1)
    portal.requests.clear()
    full, after = sync(local_runtime, tenant, source)
    assert asked_for_changes(portal) == [] and full.removed == [gone] and full.added == []
    assert after["full_walk_at"] > checkpoint["full_walk_at"]
    with local_runtime.db.session() as session:
        assert repo.count_documents(session, tenant) == 3


@pytest.mark.parametrize("mode", ["reject_fq", "ignore_fq"])
def test_a_portal_that_cannot_filter_by_time_gets_a_full_walk(local_runtime, portal, mode):
    tenant, source = add_source(local_runtime, portal)
    sync(local_runtime, tenant, source)
    checkpoint = age(local_runtime, portal, tenant, source, hours=1)
    portal.mode, gone = mode, NAMES[3]
    portal.touch("organisation-chart-cbc", now(), title="Organigramm")
    portal.datasets = [d for d in portal.datasets if d["name"] != gone]
    portal.requests.clear()
    report, after = sync(local_runtime, tenant, source)
    assert len(asked_for_changes(portal)) == 1, "asked once, then walked without the filter"
    assert portal.requests[-1].get("fq") is None
    assert report.updated == ["organisation-chart-cbc"] and report.removed == [gone] and report.failed == []
    assert after["full_walk_at"] > checkpoint["full_walk_at"], "that walk was complete"


def test_piveau_always_walks_fully(local_runtime):
    piveau = Portal(list(SEARCH["result"]["results"]), api_path="/ckan")
    try:
        tenant, source = add_source(local_runtime, piveau, api_path="/ckan")
        first, _ = sync(local_runtime, tenant, source)
        piveau.datasets = piveau.datasets[1:]
        second, _ = sync(local_runtime, tenant, source)
        assert len(first.added) == 4 and second.removed == [NAMES[0]] and len(second.unchanged) == 3
        assert asked_for_changes(piveau) == [] and len(piveau.requests) == 2
    finally:
        piveau.close()


def test_a_failed_page_keeps_the_old_checkpoint_time(local_runtime, portal):
    tenant, source = add_source(local_runtime, portal)
    _, checkpoint = sync(local_runtime, tenant, source)
    portal.touch("organisation-chart-cbc", now(), title="Organigramm")
    portal.mode = "html"
    broken, kept = sync(local_runtime, tenant, source)
    assert len(broken.failed) == 1 and broken.removed == [] and kept == checkpoint
    portal.mode = "normal"
    portal.requests.clear()
    repaired, _ = sync(local_runtime, tenant, source)
    assert asked_for_changes(portal) == [f"metadata_modified:[{checkpoint['modified_since']} TO *]"]
    assert repaired.updated == ["organisation-chart-cbc"], "the change missed by the broken run comes now"


def test_a_broken_first_walk_is_no_full_walk(local_runtime, portal, monkeypatch):
    monkeypatch.setattr("rathaus.connectors.ckan.PAGE_SIZE", 2)
    tenant, source = add_source(local_runtime, portal)
    portal.mode = "broken_second_page"
    report, checkpoint = sync(local_runtime, tenant, source)
    assert len(report.added) == 2 and len(report.failed) == 1 and checkpoint == {}
    portal.mode = "normal"
    portal.requests.clear()
    report, checkpoint = sync(local_runtime, tenant, source)
    assert asked_for_changes(portal) == [] and len(report.added) == 2 and "full_walk_at" in checkpoint


def test_a_dataset_that_could_not_be_stored_is_asked_for_again(portal):
    started = datetime(2026, 3, 1, 8, 0, tzinfo=timezone.utc)
    ckan = CkanConnector(CkanConfig(base_url=portal.url, organization="ccc"), GuardedClient(allow_hosts={"127.0.0.1"}),
                         now=lambda: started)
    list(ckan.fetch({"modified_since": "2020-01-01T00:00:00Z", "full_walk_at": "2026-02-28T08:00:00Z"}))
    assert portal.requests[0]["fq"] == "+organization:ccc +metadata_modified:[2020-01-01T00:00:00Z TO *]"
    # Of the changes since then, one failed in the pipeline: the next run starts before its change.
    assert ckan.checkpoint({NAMES[0]}) == {"full_walk_at": "2026-02-28T08:00:00Z",
                                          "modified_since": "2020-03-18T04:18:27Z"}
    assert ckan.checkpoint(set())["modified_since"] == "2026-03-01T07:30:00Z"


def test_a_filter_ignored_only_from_the_second_page_on_still_gives_each_dataset_once(portal, monkeypatch):
    """The first page happens to hold only recent changes; the second shows the
    filter was ignored: the walk starts over in full, and what came already is
    not yielded twice."""
    monkeypatch.setattr("rathaus.connectors.ckan.PAGE_SIZE", 2)
    for name in NAMES[:2]:
        portal.touch(name, now())
    portal.mode = "ignore_fq"
    ckan = connector(portal)
    since = {"modified_since": _ago(hours=1), "full_walk_at": _ago(days=1)}
    items = list(ckan.fetch(since))
    assert [i.external_id for i in items] == NAMES and ckan.complete and not ckan.incremental
    assert [("metadata_modified" in r.get("fq", ""), r["start"]) for r in portal.requests] == [
        (True, "0"), (True, "2"), (False, "0"), (False, "2")]


def _ago(**passed) -> str:
    return (now() - timedelta(**passed)).replace(microsecond=0).isoformat().replace("+00:00", "Z")
