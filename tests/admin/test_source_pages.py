"""Knowledge sources and the test console in the browser's forms, against a
real local website: sync status, per-document errors that keep the old
version, removal, uploads, and tenant isolation."""

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.db import repository as repo
from rathaus.db.tables import Conversation, Document, Source, utcnow
from tests.admin.test_pages import add_user, csrf_of, login

PAGES = {
    "/hundesteuer.html": "<html><head><title>Hundesteuer</title></head><body><main><h1>Hundesteuer</h1>"
                         "<p>Die Hundesteuer in Musterhausen beträgt 96 Euro im Jahr für den ersten Hund. "
                         "Anmeldung im Steueramt, Zimmer 12, innerhalb von zwei Wochen.</p></main></body></html>",
    "/sperrmuell.html": "<html><head><title>Sperrmüll</title></head><body><main><h1>Sperrmüll</h1>"
                        "<p>Sperrmüll holen wir zweimal im Jahr kostenlos ab. Termin online oder telefonisch "
                        "beim Abfallwirtschaftsbetrieb vereinbaren.</p></main></body></html>",
}


@pytest.fixture
def website():
    pages = dict(PAGES)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "weg").encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.pages = pages
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()


@pytest.fixture
def client(settings):
    app = create_app(settings.model_copy(update={"demo": True, "outbound_allow_hosts": ["127.0.0.1"]}))
    with TestClient(app, base_url="https://testserver") as c:
        yield c


@contextmanager
def editor_on_sources_page(settings, slug="musterstadt"):
    """(client, page): an editor of a new town, signed in, on its sources page;
    local hosts allowed, as the connectors' test servers are local."""
    app = create_app(settings.model_copy(update={"outbound_allow_hosts": ["127.0.0.1"]}))
    with TestClient(app, base_url="https://testserver") as client:
        with client.app.state.runtime.db.session() as session:
            repo.ensure_tenant(session, slug, name=slug.title(), embedder="hashing")
        add_user(client, "redaktion@example.org", "editor", tenant=slug)
        login(client, "redaktion@example.org")
        yield client, client.get(f"/admin/{slug}/sources")


def synced(client, name, slug="musterstadt", timeout=30, since=None):
    """Wait for the sync of source `name` that finished after `since` (default: any)."""
    from rathaus.db.tables import as_utc

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with client.app.state.runtime.db.session() as session:
            tenant = repo.get_tenant(session, slug)
            source = session.query(Source).filter_by(tenant_id=tenant.id, name=name).one_or_none()
            fresh = since is None or (source is not None and source.last_synced_at is not None
                                      and as_utc(source.last_synced_at) > since)
            if source is not None and source.sync_status not in ("running", "never") and fresh:
                docs = session.query(Document).filter_by(tenant_id=tenant.id, source_id=source.id).count()
                return source.id, source.sync_status, docs, list(source.sync_errors)
        time.sleep(0.1)
    raise AssertionError(f"{name} did not finish syncing")


def test_web_addresses_are_synced_with_errors_shown_and_old_versions_kept(client, website):
    add_user(client, "redaktion@example.org", "editor")
    login(client, "redaktion@example.org")
    page = client.get("/admin/musterstadt/sources")
    csrf = csrf_of(page)
    bad = client.post("/admin/musterstadt/sources", data={"csrf": csrf, "name": "Website", "urls": "ftp://x\n"})
    assert bad.status_code == 422 and "Keine Web-Adresse" in bad.text and 'aria-invalid="true"' in bad.text
    urls = f"{website.url}/hundesteuer.html\n{website.url}/sperrmuell.html"
    client.post("/admin/musterstadt/sources", data={"csrf": csrf, "name": "Website", "urls": urls})
    source_id, status, docs, _ = synced(client, "Website")
    assert (status, docs) == ("ok", 2)
    assert "2 neu" in client.get("/admin/musterstadt/sources").text
    answer = client.get("/admin/musterstadt/console", params={"q": "Wie hoch ist die Hundesteuer?"})
    assert "Hundesteuer" in answer.text and "Gefundene Abschnitte" in answer.text and "Rang-Wert" in answer.text
    duplicate = client.post("/admin/musterstadt/sources", data={"csrf": csrf, "name": "Website", "urls": urls})
    assert duplicate.status_code == 422 and "gibt es schon" in duplicate.text

    del website.pages["/sperrmuell.html"]  # the page breaks: the indexed version stays
    asked = utcnow()
    client.post(f"/admin/musterstadt/sources/{source_id}/sync", data={"csrf": csrf})
    _, status, docs, errors = synced(client, "Website", since=asked)
    assert (status, docs) == ("errors", 2) and errors == [[f"{website.url}/sperrmuell.html", "HTTP 404"]]
    assert "HTTP 404" in client.get("/admin/musterstadt/sources").text
    asked = utcnow()
    client.post(f"/admin/musterstadt/sources/{source_id}/urls", data={"csrf": csrf, "urls": f"{website.url}/hundesteuer.html"})
    _, status, docs, _ = synced(client, "Website", since=asked)
    assert (status, docs) == ("ok", 1), "a URL taken off the list leaves the index"
    with client.app.state.runtime.db.session() as session:
        assert session.query(Conversation).count() == 0, "the test console stores no conversations"


def test_uploaded_files_become_documents_and_deleting_the_source_removes_them(client, settings):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    csrf = csrf_of(client.get("/admin/musterstadt/sources"))
    files = [("files", ("Satzung Hunde.md", "# Hundesteuersatzung\n\nDie Steuer beträgt 96 Euro.".encode(), "text/markdown")),
             ("files", ("../../böse.txt", "Öffnungszeiten des Bauhofs: Montag bis Freitag.".encode(), "text/plain"))]
    wrong = client.post("/admin/musterstadt/sources/upload", data={"csrf": csrf, "name": "Satzungen"},
                        files=[("files", ("virus.exe", b"MZ", "application/octet-stream"))])
    assert wrong.status_code == 422 and "nicht unterstützt" in wrong.text
    client.post("/admin/musterstadt/sources/upload", data={"csrf": csrf, "name": "Satzungen"}, files=files)
    source_id, status, docs, _ = synced(client, "Satzungen")
    assert (status, docs) == ("ok", 2)
    folder = settings.data_dir / "uploads"
    assert sorted(p.name for p in folder.rglob("*.*")) == ["Satzung Hunde.md", "böse.txt"], "no way out of the folder"
    client.post(f"/admin/musterstadt/sources/{source_id}/delete", data={"csrf": csrf})
    with client.app.state.runtime.db.session() as session:
        assert session.query(Source).filter_by(name="Satzungen").count() == 0
        assert session.query(Document).filter_by(source_id=source_id).count() == 0
    assert not list(folder.rglob("*.md"))
    assert "source.deleted" in client.get("/admin/musterstadt/audit").text


def test_the_console_shows_what_the_chat_does_with_small_talk(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    page = client.get("/admin/musterstadt/console", params={"q": "Hallo!"}).text.split("Ergebnis")[-1]
    assert "Smalltalk" in page and "der digitale Bürgerservice – Stadt Musterstadt" in page
    assert "Gefundene Abschnitte" not in page
    joke = client.get("/admin/musterstadt/console", params={"q": "Erzähl mir einen Witz"}).text
    assert "Das kann ich leider nicht" in joke and "zusätzlich einen Menschen an" in joke


def test_the_console_says_why_another_towns_or_states_question_is_not_answered(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    town = client.get("/admin/musterstadt/console", params={"q": "Wann ist in Leipzig Sperrmüll?"}).text
    assert "nennt einen anderen Ort" in town and "Orte, die zur" in town and "Konsulat" not in town
    state = client.get("/admin/musterstadt/console",
                       params={"q": "Wie verlängere ich meinen türkischen Reisepass beim Konsulat?"}).text
    assert "bei dessen Konsulat" in state and "nennt einen anderen Ort" not in state
    plain = client.get("/admin/musterstadt/console", params={"q": "Wie hoch ist die Hundesteuer?"}).text
    assert "nennt einen anderen Ort" not in plain and "bei dessen Konsulat" not in plain


def test_sources_stay_inside_their_town(client, website):
    with client.app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "nachbarort", "Nachbarort", embedder="hashing")
    add_user(client, "a@example.org", "admin")
    add_user(client, "b@example.org", "admin", tenant="nachbarort")
    add_user(client, "agent@example.org", "agent")
    login(client, "a@example.org")
    csrf = csrf_of(client.get("/admin/musterstadt/sources"))
    client.post("/admin/musterstadt/sources", data={"csrf": csrf, "name": "A-Seiten", "urls": f"{website.url}/hundesteuer.html"})
    a_source, *_ = synced(client, "A-Seiten")
    for email in ("b@example.org", "agent@example.org"):
        login(client, email)
        csrf = csrf_of(client.get("/admin"))
        assert client.get("/admin/musterstadt/sources").status_code == 404
        assert client.get("/admin/musterstadt/console", params={"q": "Hundesteuer"}).status_code == 404
        assert client.post(f"/admin/musterstadt/sources/{a_source}/delete", data={"csrf": csrf}).status_code == 404
    login(client, "b@example.org")
    csrf = csrf_of(client.get("/admin"))
    assert client.post(f"/admin/nachbarort/sources/{a_source}/delete", data={"csrf": csrf}).status_code == 404
    assert client.post(f"/admin/nachbarort/sources/{a_source}/sync", data={"csrf": csrf}).status_code == 404
    found = client.get("/admin/nachbarort/console", params={"q": "Hundesteuer"}).text.split("Gefundene Abschnitte")[-1]
    assert "Hundesteuer" not in found and "Nichts gefunden" in found
    with client.app.state.runtime.db.session() as session:
        assert session.get(Source, a_source) is not None


def test_sources_from_the_command_line_and_the_demo_show_their_status_and_sync_again(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    page = client.get("/admin/musterstadt/sources")
    assert "demo:musterstadt" in page.text and "in Ordnung" in page.text
    with client.app.state.runtime.db.session() as session:
        demo = session.query(Source).filter_by(name="demo:musterstadt").one()
        before = session.query(Document).filter_by(source_id=demo.id).count()
    asked = utcnow()
    client.post(f"/admin/musterstadt/sources/{demo.id}/sync", data={"csrf": csrf_of(page)})
    _, status, docs, _ = synced(client, "demo:musterstadt", since=asked)
    assert (status, docs) == ("ok", before)
    assert f"{before} unverändert" in client.get("/admin/musterstadt/sources").text


def test_an_open_data_portal_is_added_with_the_form_generated_from_its_config_model(client):
    from tests.connectors.test_ckan import Portal, SEARCH

    portal = Portal(list(SEARCH["result"]["results"]))
    try:
        add_user(client, "redaktion@example.org", "editor")
        login(client, "redaktion@example.org")
        page = client.get("/admin/musterstadt/sources")
        assert 'name="cfg.base_url"' in page.text and "CKAN: /api/3/action" in page.text
        bad = client.post("/admin/musterstadt/sources/new/ckan", data={
            "csrf": csrf_of(page), "name": "Offene Daten", "cfg.base_url": "ftp://x", "cfg.max_datasets": "viele"})
        assert bad.status_code == 422 and 'id="ckan-cfg-base_url-error"' in bad.text
        assert 'id="ckan-cfg-max_datasets-error"' in bad.text
        client.post("/admin/musterstadt/sources/new/ckan", data={
            "csrf": csrf_of(page), "name": "Offene Daten", "cfg.base_url": portal.url, "cfg.max_datasets": "100"})
        _, status, docs, _ = synced(client, "Offene Daten")
        assert (status, docs) == ("ok", 4)
        console = client.get("/admin/musterstadt/console", params={"q": "pollinator monitoring data"})
        assert "Pollinator" in console.text
    finally:
        portal.server.shutdown()


def test_sources_sync_on_their_schedule_and_show_in_the_cli(client, settings, website):
    from datetime import timedelta

    from click.testing import CliRunner
    from sqlalchemy import update

    from rathaus.cli import main
    from rathaus.ingest.sources import due_sources, run_due

    add_user(client, "redaktion@example.org", "editor")
    login(client, "redaktion@example.org")
    csrf = csrf_of(client.get("/admin/musterstadt/sources"))
    client.post("/admin/musterstadt/sources", data={"csrf": csrf, "name": "Website", "urls": f"{website.url}/hundesteuer.html"})
    source_id, *_ = synced(client, "Website")
    assert client.post(f"/admin/musterstadt/sources/{source_id}/schedule", data={"csrf": csrf, "interval": "5"}).status_code == 422
    client.post(f"/admin/musterstadt/sources/{source_id}/schedule", data={"csrf": csrf, "interval": "60"})
    runtime = client.app.state.runtime
    with runtime.db.session() as session:
        assert due_sources(session) == [], "just synced: not due"
        session.execute(update(Source).where(Source.id == source_id).values(last_synced_at=utcnow() - timedelta(hours=2)))
    with runtime.db.session() as session:
        assert due_sources(session) == [(repo.get_tenant(session, "musterstadt").id, source_id)]
    website.pages["/hundesteuer.html"] = PAGES["/hundesteuer.html"].replace("96 Euro", "120 Euro")
    assert run_due(runtime) == 1
    with runtime.db.session() as session:
        assert session.get(Source, source_id).sync_counts["updated"] == 1
    env = {"RATHAUS_DATA_DIR": str(settings.data_dir), "RATHAUS_EMBEDDER": "hashing", "RATHAUS_DEMO": "false",
           "RATHAUS_OUTBOUND_ALLOW_HOSTS": "[\"127.0.0.1\"]"}
    listing = CliRunner().invoke(main, ["sources", "--tenant", "musterstadt"], env=env)
    assert listing.exit_code == 0 and f"{source_id}\tWebsite\turls\t1 Dok.\tok" in listing.output
    assert "alle 60 min" in listing.output
    now = CliRunner().invoke(main, ["sources", "sync", "--tenant", "musterstadt", str(source_id)], env=env)
    assert now.exit_code == 0 and "1 unverändert" in now.output
    missing = CliRunner().invoke(main, ["sources", "sync", "--tenant", "musterstadt", "99999"], env=env)
    assert missing.exit_code == 2 and "no source 99999" in missing.output


def test_the_console_shows_the_terms_the_search_added(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    page = client.get("/admin/musterstadt/console", params={"q": "Perso verloren"}).text
    assert "Gesucht wurde mit ergänzten Begriffen" in page and "Perso verloren (Personalausweis" in page
    plain = client.get("/admin/musterstadt/console", params={"q": "Wie hoch ist der Eiffelturm?"}).text
    assert "Gesucht wurde mit ergänzten Begriffen" not in plain
