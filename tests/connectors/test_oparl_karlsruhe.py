"""The OParl connector on Karlsruhe's real council records (eval-only data, read
from ../shared/eval-data/karlsruhe_oparl at test time; skipped when missing,
failing in CI): three Gemeinderat meetings of 2025 with 121 agenda items, the
90 papers they dealt with, 97 organisations and the papers' extracted texts,
served as OParl 1.1 in pages of 20. Questions a citizen asks find the agenda
item; a second sync asks only for changes; deletions and failures behave."""

from __future__ import annotations

import json
from types import SimpleNamespace

import jsonschema
import pytest

from rathaus.connectors.oparl import OParlConfig, OParlConnector
from rathaus.db import repository as repo
from rathaus.ingest.pipeline import ingest
from rathaus.ingest.sources import create_source, get_source, sync_source
from rathaus.runtime import Runtime
from rathaus.security.http import GuardedClient
from rathaus.settings import Settings
from tests.connectors.oparl_server import SPEC, OParlServer, load_karlsruhe, path_of

ITEMS = "/bodies/0001/agendaitems/"


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    server = OParlServer(page_size=20)
    try:
        info = load_karlsruhe(server, meetings=3)
        settings = Settings(data_dir=tmp_path_factory.mktemp("data"), embedder="hashing", demo=False)
        runtime = Runtime(settings)
        with runtime.db.session() as session:
            tenant = repo.ensure_tenant(session, "karlsruhe", embedder="hashing").id
        oparl = OParlConnector(OParlConfig(url=server.url + "/system"), GuardedClient(allow_hosts={"127.0.0.1"}))
        items = []
        report = ingest(runtime.db, tenant, oparl, runtime.embedder_for_tenant(tenant), on_item=items.append)
        yield SimpleNamespace(server=server, info=info, runtime=runtime, tenant=tenant, oparl=oparl, report=report,
                              items={i.external_id: i for i in items})
        runtime.close()
    finally:
        server.close()


def test_what_the_server_serves_is_valid_oparl_1_1(council):
    schemas = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (SPEC / "schema").glob("*.json")}
    checked = 0
    for path in council.server.objects:
        served = json.loads(council.server.answer(path)[2])
        embedded = served.get("agendaItem") if isinstance(served.get("agendaItem"), list) else []
        for obj in [served, *embedded, *served.get("auxiliaryFile", [])]:
            jsonschema.validate(obj, schemas[obj["type"].rsplit("/", 1)[-1]])
            checked += 1
    assert checked > 900  # system, body, 97 organisations, 3 meetings, 121 agenda items (twice), …


def test_the_whole_council_is_walked_page_by_page(council):
    report, server = council.report, council.server
    assert council.oparl.complete and not report.failed
    kinds = [i.filename for i in council.items.values()]
    assert (kinds.count("tagesordnungspunkt.md"), kinds.count("sitzung.md"), kinds.count("vorlage.md"),
            kinds.count("gremium.md")) == (121, 3, 90, 97)
    assert server.count("/bodies/0001/papers?page=5") == 1 and server.count("/bodies/0001/organizations?page=5") == 1
    pdfs = [p for p, (mime, _) in server.files.items() if mime == "application/pdf"]
    assert len(pdfs) == 4 and all(server.count(p) == 1 for p in pdfs), "each PDF downloaded once, then cached"


def test_an_agenda_item_page_says_who_decided_what_and_when(council):
    item = council.items[council.server.id(ITEMS + "92110")]
    text = item.data.decode()
    assert text.splitlines()[3] == ("# Gemeinderat, Sitzung vom 18.02.2025, TOP 3: Abschluss einer "
                                    "Belegungsvereinbarung zur Unterbringung von geflüchteten Menschen")
    assert "Ergebnis: mehrheitlich beschlossen" in text and "## Beschlussvorlage 2025/0002:" in text
    assert item.url == item.external_id, "Karlsruhe gives no `web` page: the object's own address"


@pytest.mark.parametrize("question, expected", [
    ("Was hat der Gemeinderat zur Übernachtungsteuer beschlossen?", {"92661", "92939", "92960"}),
    ("Was hat der Gemeinderat zum Neubau der Turmbergbahn beschlossen?",
     {"91804", "91771", "91772", "91773", "91774", "91841"}),
    ("Was hat der Gemeinderat zu den World Games 2029 beschlossen?", {"92936", "92930", "92940"}),
    ("Was hat der Gemeinderat zur Unterbringung von Geflüchteten beschlossen?", {"92110", "92604"}),
    ("Was hat der Gemeinderat zu Lastenrädern beim Fahrradverleih beschlossen?", {"92223", "92469"}),
    ("Was hat der Gemeinderat zur Waldweihnacht auf dem Friedrichsplatz beschlossen?", {"92504", "92068", "92282"}),
    ("Was hat der Gemeinderat zu Schnellladestationen für Elektroautos beschlossen?", {"91805"}),
    ("Was hat der Gemeinderat zur Haushaltssperre beschlossen?", {"92222"}),
    ("Wurde die Karlsruhe-Stiftung gegründet?", {"92468"}),
])
def test_a_citizens_question_finds_the_agenda_item(council, question, expected):
    hits = council.runtime.index.search(council.tenant, question, k=5)[:3]
    found = [h for h in hits if h.external_id.rsplit("/", 1)[-1] in expected and ITEMS in h.external_id]
    assert found, [h.title for h in hits]
    assert found[0].title.startswith("Gemeinderat, Sitzung vom ") and ", TOP " in found[0].title


def test_every_paper_s_topic_finds_the_agenda_item_that_dealt_with_it(council):
    """'Was hat der Gemeinderat zu <paper name> beschlossen?' for each of the 102 paper/item links."""
    links = [link for link in council.info["links"] if link["paper"] in council.info["papers"]]
    hits = 0
    for link in links:
        question = f"Was hat der Gemeinderat zu {council.info['papers'][link['paper']]['name']} beschlossen?"
        top = [h.external_id for h in council.runtime.index.search(council.tenant, question, k=3)]
        hits += council.server.id(path_of(link["agendaItem"])) in top
    assert len(links) > 100 and hits / len(links) >= 0.95  # measured 100 of 102; the misses: same title, other meeting


@pytest.fixture
def runtime(settings):
    rt = Runtime(settings.model_copy(update={"outbound_allow_hosts": ["127.0.0.1"]}))
    yield rt
    rt.close()


def test_changes_deletions_and_failures_between_syncs(runtime):
    server = OParlServer(page_size=20)
    try:
        info = load_karlsruhe(server, meetings=1, pdfs=1)
        with runtime.db.session() as session:
            tenant = repo.ensure_tenant(session, "karlsruhe", embedder="hashing").id
            source = create_source(session, tenant, "Ratsinfo", "oparl",
                                   OParlConfig(url=server.url + "/system").model_dump(mode="json")).id

        def documents() -> int:
            with runtime.db.session() as session:
                return repo.count_documents(session, tenant)

        first = sync_source(runtime, tenant, source)
        assert len(first.added) == 33 + 1 + 26 + 97 and not first.failed
        full_walk = len(server.requests)

        changed, gone = ITEMS + "91724", path_of(next(link["paper"] for link in info["links"]
                                                     if link["agendaItem"].endswith("/91696")))
        server.touch(changed, resolutionText="Die Rahmenvereinbarungen laufen bis zum 31.12.2028.")
        server.delete(gone)
        server.requests.clear()
        second = sync_source(runtime, tenant, source)
        assert second.updated == [server.id(changed)] and second.removed == [server.id(gone)] and not second.failed
        lists = [r for r in server.requests if r.split("?")[0] in server.lists]
        assert lists and all("modified_since=" in r for r in lists if r.split("?")[0] != "/bodies")
        assert len(server.requests) < 20 < full_walk, (len(server.requests), full_walk)
        [hit] = runtime.index.search(tenant, "Rahmenvereinbarungen bis zum 31.12.2028", k=1)
        assert hit.external_id == server.id(changed) and documents() == 156

        with runtime.db.session() as session:
            kept = dict(get_source(session, tenant, source).checkpoint)
        server.faults["/bodies/0001/meetings"] = "500"
        third = sync_source(runtime, tenant, source)
        assert len(third.failed) == 1 and "HTTP 500" in third.failed[0][1] and third.removed == []
        with runtime.db.session() as session:
            assert get_source(session, tenant, source).checkpoint["modified_since"] == kept["modified_since"], (
                "a failed run keeps the time, so the next one asks for the same changes again")

        with runtime.db.session() as session:  # from now on every sync walks everything
            get_source(session, tenant, source).config = {**get_source(session, tenant, source).config,
                                                         "full_walk_days": 0}
        server.faults = {"/bodies/0001/papers?page=2": "json"}
        organization = server.lists["/bodies/0001/organizations"].pop()
        broken = sync_source(runtime, tenant, source)
        assert len(broken.failed) == 1 and broken.removed == [] and documents() == 156, (
            "an incomplete full walk deletes nothing")
        server.faults = {}
        whole = sync_source(runtime, tenant, source)
        assert whole.removed == [server.id(organization)] and not whole.failed and documents() == 155
    finally:
        server.close()
