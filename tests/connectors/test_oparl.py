"""The OParl connector against a local server serving the specification's own
examples (valid against its JSON schemas): the pages it makes, OParl 1.0 and
1.1, attachments that fail, lists named by URL, broken servers, privacy, the
admin form. Real council data: test_oparl_karlsruhe.py."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import jsonschema
import pytest

from rathaus import plugins
from rathaus.connectors.oparl import OParlConfig, OParlConnector
from rathaus.security.http import GuardedClient
from rathaus.testing.connectors import ConnectorConformance
from tests.connectors.oparl_server import SPEC, OParlServer, load_spec_examples, pdf_bytes, require_eval_data

MEETING, ITEM, PAPER, PERSON = "/meeting/281", "/agendaitem/3271", "/paper/749", "/person/29"
MAIN_FILE = "/files/57737.pdf"


def make_server(version: str = "1.1") -> OParlServer:
    server = OParlServer(version=version, page_size=2)
    load_spec_examples(server)
    return server


@pytest.fixture
def server():
    s = make_server()
    yield s
    s.close()


def connector(server, path="/", timeout=5.0, clock=None, **config) -> OParlConnector:
    client = GuardedClient(allow_hosts={"127.0.0.1"}, timeout=timeout)
    return OParlConnector(OParlConfig(url=server.url + path, **config), client,
                          **({"clock": clock} if clock else {}))


def by_id(server, items) -> dict:
    return {i.external_id.removeprefix(server.url): i for i in items}


def schema(kind: str) -> dict:
    return json.loads((require_eval_data(SPEC) / "schema" / f"{kind}.json").read_text(encoding="utf-8"))


def test_the_examples_and_what_the_server_serves_are_valid_oparl_1_1(server):
    import httpx

    for path in sorted((SPEC / "examples").glob("*.json")):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema(path.stem.split("-")[0]))
    for path in ("/", "/body/0", MEETING, PAPER, PERSON, "/organization/34", "/files/57737"):
        served = httpx.get(server.url + path).json()
        jsonschema.validate(served, schema(served["type"].rsplit("/", 1)[-1]))
        assert served["id"] == server.url + path


def test_every_object_becomes_a_page_an_agenda_item_cites_its_meeting(server):
    oparl = connector(server)
    items = by_id(server, oparl.fetch())
    assert oparl.complete and set(items) == {"/organization/34", PAPER, MEETING, ITEM, PERSON}
    assert all(i.mime == "text/markdown" and i.filename.endswith(".md") and not i.error for i in items.values())
    item = items[ITEM].data.decode()
    assert "# Ausschuss für Haushalt und Finanzen, Sitzung vom 04.01.2013, TOP 10.1: Satzungsänderung für " \
           "Ausschreibungen" in item
    assert "Ergebnis: Geändert beschlossen" in item and "Der Beschluss weicht wie folgt vom Antrag ab" in item
    assert "(öffentlich)" in item and items[ITEM].url == server.url + ITEM
    assert items[ITEM].modified_at == datetime(2012, 1, 8, 14, 5, 27, tzinfo=timezone(timedelta(hours=1)))
    paper = items[PAPER].data.decode()
    assert "# Beantwortung einer Anfrage 1234/2014: Antwort auf Anfrage 1200/2014" in paper
    assert "Der Radweg an der Honschaftsstraße wird 2015 erneuert" in paper, "the main file's PDF is read"
    assert "Der Übersichtsplan zeigt alle Ebenen" in paper, "a File's own `text` is used without a download"
    assert "Beratungsfolge" in paper and "Beschlussfassung" in paper
    meeting = items[MEETING].data.decode()
    assert "Ort: Rathaus der Beispielstadt" in meeting and "TOP 10.1: Satzungsänderung für Ausschreibungen – Geändert" in meeting
    assert "Funktionen: Vorsitzender, 1. Stellvertreter, Mitglied" in items["/organization/34"].data.decode()


def test_a_persons_page_has_name_and_memberships_but_no_contact_data(server):
    person = by_id(server, connector(server).fetch())[PERSON].data.decode()
    assert "# Prof. Dr. Max Mustermann" in person and "Vorsitzende, seit 03.12.2013, stimmberechtigt" in person
    for private in ("max@mustermann.de", "+493012345678", "male", "Ratsfrau", "Bezirksbürgermeister"):
        assert private not in person


def test_oparl_1_0_gives_the_same_pages_and_changes_come_through_the_meeting():
    eleven, ten = make_server("1.1"), make_server("1.0")
    try:
        body = json.loads(ten.answer("/body/0")[2])
        assert body["type"] == "https://schema.oparl.org/1.0/Body" and not {"agendaItem", "locationList"} & set(body)
        pages = {name: {k: i.data for k, i in by_id(s, connector(s).fetch()).items()}
                 for name, s in (("1.1", eleven), ("1.0", ten))}
        assert pages["1.0"] == {k: v.replace(eleven.url.encode(), ten.url.encode()) for k, v in pages["1.1"].items()}

        for s in (eleven, ten):  # an agenda item changes; 1.0 systems carry that in the meeting's `modified`
            oparl = connector(s)
            list(oparl.fetch())
            checkpoint = oparl.checkpoint(set())
            s.touch(ITEM, result="Unverändert beschlossen")
            if s is ten:
                s.touch(MEETING)
            s.requests.clear()
            changed = by_id(s, connector(s).fetch(checkpoint))
            assert "Ergebnis: Unverändert beschlossen" in changed[ITEM].data.decode()
            assert all("modified_since=" in r for r in s.requests if r.startswith("/body/0/"))
        assert eleven.count("/body/0/agendaItems/") == 1 and ten.count("/body/0/agendaItems/") == 0
    finally:
        eleven.close()
        ten.close()


def test_a_full_walk_comes_again_after_the_configured_days(server):
    oparl = connector(server, full_walk_days=7)
    list(oparl.fetch())
    checkpoint = oparl.checkpoint(set())
    assert set(checkpoint) == {"modified_since", "full_walk_at"}
    started = datetime.fromisoformat(checkpoint["full_walk_at"])
    assert datetime.fromisoformat(checkpoint["modified_since"]) == started - timedelta(minutes=10)
    soon = connector(server, clock=lambda: started + timedelta(days=2))
    list(soon.fetch(checkpoint))
    assert not soon.complete, "a run that only asked for changes deletes nothing"
    server.requests.clear()
    later = connector(server, clock=lambda: started + timedelta(days=8))
    assert len(list(later.fetch(soon.checkpoint(set())))) == 5 and later.complete
    assert not any("modified_since" in r for r in server.requests)


def test_objects_marked_deleted_are_removed_and_lists_may_name_objects_by_url(server):
    oparl = connector(server)
    first = by_id(server, oparl.fetch())
    checkpoint = oparl.checkpoint(set())
    server.delete(PAPER)
    gone = by_id(server, connector(server).fetch(checkpoint))
    assert gone[PAPER].deleted and not gone[PAPER].data and set(gone) == {PAPER}

    fresh = make_server()
    try:
        fresh.urls_only = {"/body/0/meetings/", "/body/0/papers/", "agendaItem"}
        again = by_id(fresh, connector(fresh).fetch())
        assert set(again) == set(first)
        assert again[ITEM].data == first[ITEM].data.replace(server.url.encode(), fresh.url.encode())
    finally:
        fresh.close()


def test_an_attachment_that_fails_leaves_its_page_indexed_and_comes_again(server):
    server.faults[MAIN_FILE] = "500"
    oparl = connector(server)
    items = by_id(server, oparl.fetch())
    assert "Text nicht lesbar: HTTP 500" in items[PAPER].data.decode() and not items[PAPER].error
    [failed] = [i for i in items.values() if i.error]
    assert failed.external_id == server.url + "/files/57737" and "HTTP 500" in failed.error
    assert oparl.complete, "the page itself was read: nothing hides behind a failed attachment"
    checkpoint = oparl.checkpoint({failed.external_id})
    assert checkpoint["retry"] == [server.url + PAPER]
    del server.faults[MAIN_FILE]
    again = by_id(server, connector(server).fetch(checkpoint))
    assert "Radweg an der Honschaftsstraße" in again[PAPER].data.decode()


@pytest.mark.parametrize("change, note", [
    ({"size": 5 * 1024 * 1024}, "Datei zu groß (5 MB)"),
    ({"mimeType": "application/zip", "fileName": "plan.zip"}, "Dateiart wird nicht unterstützt"),
    ({"accessUrl": "http://oparl.invalid/files/fehlt.pdf"}, "Text nicht lesbar: HTTP 404"),
])
def test_attachments_that_can_never_be_read_are_a_note_not_a_failure(server, change, note):
    server.objects[PAPER]["mainFile"].update(change)
    oparl = connector(server, max_file_mb=1)
    items = by_id(server, oparl.fetch())
    assert note in items[PAPER].data.decode() and not any(i.error for i in items.values())
    assert "retry" not in oparl.checkpoint(set())


def test_a_scanned_pdf_is_a_note_and_attachments_can_be_switched_off(server):
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    server.files[MAIN_FILE] = ("application/pdf", bytes(scan.output()))
    assert "keine Textebene" in by_id(server, connector(server).fetch())[PAPER].data.decode()
    server.files[MAIN_FILE] = ("application/pdf", pdf_bytes("Text"))
    server.requests.clear()
    paper = by_id(server, connector(server, files=False).fetch())[PAPER].data.decode()
    assert server.count("/files/") == 0 and f"Anlage 1 zur Anfrage: {server.url}{MAIN_FILE}" in paper
    assert "Übersichtsplan" not in paper


@pytest.mark.parametrize("fault, where, reason", [
    ("html", "/", "kein OParl-JSON (Inhaltstyp text/html)"),
    ("json", "/body/0/papers/", "ungültiges JSON"),
    ("500", "/body/0/meetings/", "HTTP 500"),
    ("slow", "/body/0/persons/", "Zeitüberschreitung"),
])
def test_a_broken_server_gives_clear_failed_items_and_an_incomplete_walk(server, fault, where, reason):
    server.faults[where] = fault
    oparl = connector(server, timeout=0.5)
    items = list(oparl.fetch())
    failed = [i for i in items if i.error]
    assert len(failed) == 1 and reason in failed[0].error and not oparl.complete
    assert len(items) > 1 or where == "/", "the other lists are still read"
    checkpoint = oparl.checkpoint({failed[0].external_id})
    assert "modified_since" not in checkpoint, "no earlier time: the next run walks everything again"


def test_a_next_link_loop_and_endless_pages_stop(server):
    server.lists["/body/0/organizations/"] = ["/organization/34"] * 5  # three pages of two
    server.faults["/body/0/organizations/"] = "loop"
    oparl = connector(server)
    looped = [i for i in oparl.fetch() if i.error]
    assert len(looped) == 1 and "Schleife" in looped[0].error and not oparl.complete
    server.faults["/body/0/organizations/"] = "endless"
    oparl = connector(server, max_objects=30)
    items = list(oparl.fetch())
    assert len(items) <= 31 and "Höchstzahl von 30 Objekten" in items[-1].error and not oparl.complete
    assert oparl.checkpoint(set()) == {}, "a cut walk never moves the time on"


def test_a_body_can_be_chosen_and_private_addresses_need_permission(server):
    assert len(list(connector(server, body="Köln").fetch())) == 5
    assert len(list(connector(server, "/body/0").fetch())) == 5, "a Body's address works like the system's"
    [missing] = list(connector(server, body="Bonn").fetch())
    assert "Körperschaft „Bonn“ nicht gefunden" in missing.error
    server.requests.clear()
    [blocked] = list(OParlConnector(OParlConfig(url=server.url + "/"), GuardedClient()).fetch())
    assert "blockiert" in blocked.error and server.requests == []


def test_settings_entry_point_and_source_name():
    assert plugins.load_all("connector")["oparl"] is OParlConnector
    config = OParlConfig(url=" https://ris.example.org/oparl/system ", body="  ")
    assert config.url == "https://ris.example.org/oparl/system" and config.body is None
    for bad in ({"url": "ris.example.org"}, {"url": "ftp://x.example"}, {"url": "https://x.example", "full_walk_days": -1},
                {"url": "https://x.example", "max_objects": 0}):
        with pytest.raises(ValueError):
            OParlConfig(**bad)
    oparl = OParlConnector.from_config(config, GuardedClient(), "Ratsinfo")
    assert (oparl.kind, oparl.source_name, oparl.label) == ("oparl", "Ratsinfo", "Ratsinformationssystem (OParl)")
    assert oparl.checkpoint(set()) == {}, "before any walk there is nothing to remember"


class TestOParlConformance(ConnectorConformance):
    @pytest.fixture(autouse=True)
    def _server(self, server):
        self.server = server

    def make_connector(self):
        self.server.faults.clear()
        return connector(self.server)

    def make_broken_connector(self):
        self.server.faults["/"] = "html"
        return connector(self.server)


def test_staff_add_a_council_system_with_the_generated_form(settings):
    from tests.admin.test_pages import csrf_of
    from tests.admin.test_source_pages import editor_on_sources_page, synced

    oparl = make_server()
    try:
        with editor_on_sources_page(settings) as (client, page):
            assert "Ratsinformationssystem (OParl) hinzufügen" in page.text and 'name="cfg.files"' in page.text
            bad = client.post("/admin/musterstadt/sources/new/oparl", data={
                "csrf": csrf_of(page), "name": "Ratsinfo", "cfg.url": "ris.example.org"})
            assert bad.status_code == 422 and 'id="oparl-cfg-url-error"' in bad.text
            client.post("/admin/musterstadt/sources/new/oparl", data={
                "csrf": csrf_of(page), "name": "Ratsinfo", "cfg.url": oparl.url + "/", "cfg.files": "on"})
            _, status, docs, errors = synced(client, "Ratsinfo")
            assert (status, docs, errors) == ("ok", 5, [])
            console = client.get("/admin/musterstadt/console", params={"q": "Satzungsänderung Ausschreibungen"})
            assert "TOP 10.1: Satzungsänderung für Ausschreibungen" in console.text
    finally:
        oparl.close()
