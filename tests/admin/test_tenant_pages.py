"""Towns and their settings in the browser's forms: all-or-nothing saves,
conflicts, secrets that stay sealed, history, switching a town off."""

import re

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.db import repository as repo
from tests.admin.test_pages import add_user, csrf_of, login

KEY = "ein-langer-schluessel-fuer-die-tests"


@pytest.fixture
def client(settings):
    app = create_app(settings.model_copy(update={"demo": True, "secret_key": KEY}))
    with TestClient(app, base_url="https://testserver") as c:
        yield c


def form_of(page) -> dict:
    """The settings form's current values, as a browser would send them back."""
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text))
    fields.update(re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>', page.text))
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page.text, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options)
        fields[name] = chosen.group(1) if chosen else ""
    import html

    return {k: html.unescape(v) for k, v in fields.items()}


def stored(client, slug="musterstadt"):
    with client.app.state.runtime.db.session() as session:
        tenant = repo.get_tenant(session, slug, include_disabled=True)
        return tenant.name, dict(tenant.settings or {})


def test_settings_are_saved_all_or_nothing_with_history(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    page = client.get("/admin/musterstadt/settings")
    assert page.status_code == 200 and 'src="/chat?tenant=musterstadt"' in page.text
    form = form_of(page)
    bad = client.post("/admin/musterstadt/settings", data={**form, "greeting": "Moin!", "primary_color": "#ffff00",
                                                           "queues": "[{kaputt"})
    assert bad.status_code == 422 and "Nichts wurde gespeichert: 2" in bad.text
    assert "contrast" in bad.text and "Kein gültiges JSON" in bad.text and 'id="primary_color-error"' in bad.text
    assert "greeting" not in stored(client)[1], "the valid field was not saved either"
    ok = client.post("/admin/musterstadt/settings", data={**form, "greeting": "Moin!", "primary_color": "#7A1F1F",
                                                          "handoff_timeout_s": "120", "name": "Musterstadt an der See"})
    assert ok.status_code == 200 and "Gespeichert." in ok.text
    name, values = stored(client)
    assert name == "Musterstadt an der See"
    assert values["greeting"] == "Moin!" and values["primary_color"] == "#7a1f1f" and values["handoff_timeout_s"] == 120
    assert client.get("/api/v1/tenants/musterstadt/widget").json()["greeting"] == "Moin!"
    assert "settings.changed greeting" in ok.text and "tenant.renamed" in ok.text
    assert "&#34;#7a1f1f&#34;" in ok.text or '"#7a1f1f"' in ok.text
    cleared = client.post("/admin/musterstadt/settings", data={**form_of(ok), "greeting": ""})
    assert cleared.status_code == 200 and "greeting" not in stored(client)[1]


def test_a_stale_form_is_a_conflict_not_an_overwrite(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    first = form_of(client.get("/admin/musterstadt/settings"))
    second = dict(first)
    assert client.post("/admin/musterstadt/settings", data={**first, "timezone": "Europe/Berlin"}).status_code == 200
    conflict = client.post("/admin/musterstadt/settings", data={**second, "timezone": "Europe/Vienna"})
    assert conflict.status_code == 409 and "Jemand anderes" in conflict.text
    assert stored(client)[1]["timezone"] == "Europe/Berlin"


def test_a_webhook_secret_stays_sealed_through_the_form(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    form = form_of(client.get("/admin/musterstadt/settings"))
    saved = client.post("/admin/musterstadt/settings",
                        data={**form, "webhook": '{"url": "https://tickets.example.org/h", "secret": "streng-geheim"}'})
    assert saved.status_code == 200 and "streng-geheim" not in saved.text and "••••••" in saved.text
    sealed = stored(client)[1]["webhook"]["secret"]
    assert sealed.startswith("enc:v1:")
    again = client.post("/admin/musterstadt/settings", data={**form_of(saved), "timezone": "Europe/Berlin"})
    assert again.status_code == 200 and stored(client)[1]["webhook"]["secret"] == sealed
    assert "streng-geheim" not in client.get("/admin/musterstadt/audit.csv").text


def test_only_admins_of_the_town_reach_its_settings(client):
    with client.app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "nachbarort", "Nachbarort", embedder="hashing")
    add_user(client, "agent@example.org", "agent")
    add_user(client, "b@example.org", "admin", tenant="nachbarort")
    for email in ("agent@example.org", "b@example.org"):
        login(client, email)
        assert client.get("/admin/musterstadt/settings").status_code == 404
        csrf = csrf_of(client.get("/admin"))
        assert client.post("/admin/musterstadt/settings", data={"csrf": csrf, "greeting": "Gehackt"}).status_code == 404
        assert client.post("/admin/tenants", data={"csrf": csrf, "slug": "neu", "name": "Neu"}).status_code == 404
    assert "greeting" not in stored(client)[1]


def test_the_platform_admin_creates_and_switches_off_towns(client):
    add_user(client, "root@example.org", superadmin=True)
    add_user(client, "agent@example.org", "agent")
    login(client, "root@example.org")
    csrf = csrf_of(client.get("/admin"))
    for slug, message in (("Jena Stadt", "Kleinbuchstaben"), ("musterstadt", "schon vergeben")):
        refused = client.post("/admin/tenants", data={"csrf": csrf, "slug": slug, "name": "Jena"})
        assert refused.status_code == 422 and message in refused.text
    created = client.post("/admin/tenants", data={"csrf": csrf, "slug": "jena", "name": "Stadt Jena"}, follow_redirects=False)
    assert created.headers["location"] == "/admin/jena/settings"
    assert client.get("/api/v1/tenants/jena/widget").status_code == 200
    client.post("/admin/tenants/musterstadt/disabled", data={"csrf": csrf, "disabled": "true"})
    assert client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Hallo"}).status_code == 404
    assert client.get("/api/v1/tenants/musterstadt/widget").status_code == 404
    assert "ausgeschaltet" in client.get("/admin").text
    login(client, "agent@example.org")
    assert "Musterstadt" not in client.get("/admin").text
    assert client.get("/api/v1/staff/musterstadt/conversations").status_code == 404
    login(client, "root@example.org")
    client.post("/admin/tenants/musterstadt/disabled", data={"csrf": csrf_of(client.get("/admin")), "disabled": "false"})
    assert client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Hallo"}).status_code == 200


def test_home_places_are_set_in_the_form_and_used_by_the_chat(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    form = form_of(client.get("/admin/musterstadt/settings"))
    bad = client.post("/admin/musterstadt/settings", data={**form, "home_places": '"Leipzig"'})
    assert bad.status_code == 422 and "Liste von Ortsnamen" in bad.text and "home_places" not in stored(client)[1]
    ok = client.post("/admin/musterstadt/settings", data={**form, "home_places": '["Leipzig"]'})
    assert ok.status_code == 200 and stored(client)[1]["home_places"] == ["Leipzig"]
    answer = client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Wann wird in Leipzig die Biotonne geleert?"})
    assert answer.json()["grounded"] is True
