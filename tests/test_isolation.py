"""Tenant B can never read, search or change tenant A's data — checked for
every route of the app that names a tenant, by walking the app's route table:
a new route that takes a tenant fails here until it is added to the checks."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from rathaus.accounts import store
from rathaus.app import create_app
from rathaus.db import repository as repo
from rathaus.db.tables import Source
from tests.admin.test_pages import add_user, csrf_of, login

# Public by design: a town's widget config and its search are what any citizen's browser asks for.
PUBLIC = {"/api/v1/tenants/{slug}/search", "/api/v1/tenants/{slug}/widget"}
PLATFORM_ADMIN_ONLY = {"/admin/tenants/{slug}/disabled"}


def routes_with_a_tenant(app) -> set[tuple[str, str]]:
    found = set()

    def walk(routes):
        for route in routes:
            if hasattr(route, "path"):
                if re.search(r"\{(tenant|slug)\}", route.path):
                    found.update((m, route.path) for m in route.methods - {"HEAD"})
            else:
                walk(route.original_router.routes)

    walk(app.routes)
    return found


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True, "staff_token": "geheim"})),
                    base_url="https://testserver") as c:
        yield c


def test_b_reaches_nothing_of_a_on_any_route(client):
    app = client.app
    with app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "nachbarort", "Nachbarort", embedder="hashing")
        a_source = session.query(Source).filter_by(name="demo:musterstadt").one().id
    add_user(client, "a-admin@example.org", "admin")
    add_user(client, "b-admin@example.org", "admin", tenant="nachbarort")
    chat = client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis beantragen"}).json()
    cid, mid = chat["conversation_id"], chat["message_id"]
    with app.state.runtime.db.session() as session:
        a_user = store.find_user(session, "a-admin@example.org").id
    login(client, "b-admin@example.org")
    csrf = csrf_of(client.get("/admin"))
    form = {"csrf": csrf}
    header = {"X-CSRF-Token": csrf}
    checks = {
        ("POST", "/api/v1/staff/{tenant}/presence"): lambda: client.post("/api/v1/staff/musterstadt/presence", json={}, headers=header),
        ("GET", "/api/v1/staff/{tenant}/queues"): lambda: client.get("/api/v1/staff/musterstadt/queues"),
        ("GET", "/api/v1/staff/{tenant}/conversations"): lambda: client.get("/api/v1/staff/musterstadt/conversations"),
        ("GET", "/api/v1/staff/{tenant}/conversations/{conversation_id}"): lambda: client.get(f"/api/v1/staff/musterstadt/conversations/{cid}"),
        ("POST", "/api/v1/staff/{tenant}/conversations/{conversation_id}/messages"): lambda: client.post(
            f"/api/v1/staff/musterstadt/conversations/{cid}/messages", json={"text": "x"}, headers=header),
        ("POST", "/api/v1/staff/{tenant}/conversations/{conversation_id}/typing"): lambda: client.post(
            f"/api/v1/staff/musterstadt/conversations/{cid}/typing", headers=header),
        ("POST", "/api/v1/staff/{tenant}/conversations/{conversation_id}/state"): lambda: client.post(
            f"/api/v1/staff/musterstadt/conversations/{cid}/state", json={"to": "with_staff"}, headers=header),
        ("GET", "/api/v1/staff/{tenant}/events"): lambda: client.get("/api/v1/staff/musterstadt/events"),
        ("GET", "/admin/{slug}/users"): lambda: client.get("/admin/musterstadt/users"),
        ("POST", "/admin/{slug}/users"): lambda: client.post("/admin/musterstadt/users", data={**form, "name": "X", "email": "x@example.org", "role": "admin"}),
        ("POST", "/admin/{slug}/users/{user_id}"): lambda: client.post(f"/admin/musterstadt/users/{a_user}", data={**form, "role": ""}),
        ("GET", "/admin/{slug}/audit"): lambda: client.get("/admin/musterstadt/audit"),
        ("GET", "/admin/{slug}/audit.csv"): lambda: client.get("/admin/musterstadt/audit.csv"),
        ("GET", "/admin/{slug}/settings"): lambda: client.get("/admin/musterstadt/settings"),
        ("POST", "/admin/{slug}/settings"): lambda: client.post("/admin/musterstadt/settings", data={**form, "greeting": "x"}),
        ("GET", "/admin/{slug}/sources"): lambda: client.get("/admin/musterstadt/sources"),
        ("POST", "/admin/{slug}/sources"): lambda: client.post("/admin/musterstadt/sources", data={**form, "name": "x", "urls": "https://example.org/"}),
        ("POST", "/admin/{slug}/sources/new/{kind}"): lambda: client.post("/admin/musterstadt/sources/new/ckan", data={
            **form, "name": "x", "cfg.base_url": "https://data.example.org"}),
        ("POST", "/admin/{slug}/sources/upload"): lambda: client.post("/admin/musterstadt/sources/upload", data=form,
                                                                      files=[("files", ("a.txt", b"x", "text/plain"))]),
        ("POST", "/admin/{slug}/sources/{source_id}/sync"): lambda: client.post(f"/admin/musterstadt/sources/{a_source}/sync", data=form),
        ("POST", "/admin/{slug}/sources/{source_id}/urls"): lambda: client.post(f"/admin/musterstadt/sources/{a_source}/urls", data={**form, "urls": "https://x.org"}),
        ("POST", "/admin/{slug}/sources/{source_id}/schedule"): lambda: client.post(
            f"/admin/musterstadt/sources/{a_source}/schedule", data={**form, "interval": "60"}),
        ("POST", "/admin/{slug}/sources/{source_id}/delete"): lambda: client.post(f"/admin/musterstadt/sources/{a_source}/delete", data=form),
        ("GET", "/admin/{slug}/console"): lambda: client.get("/admin/musterstadt/console", params={"q": "Personalausweis"}),
        ("POST", "/admin/tenants/{slug}/disabled"): lambda: client.post("/admin/tenants/musterstadt/disabled", data={**form, "disabled": "true"}),
    }
    # The same ids through B's own name must not work either.
    through_b = {
        "conversation": client.get(f"/api/v1/staff/nachbarort/conversations/{cid}"),
        "reply": client.post(f"/api/v1/staff/nachbarort/conversations/{cid}/messages", json={"text": "x"}, headers=header),
        "source": client.post(f"/admin/nachbarort/sources/{a_source}/delete", data=form),
        "user": client.post(f"/admin/nachbarort/users/{a_user}", data={**form, "role": ""}),
        "citizen transcript": client.get(f"/api/v1/conversations/{cid}/messages", params={"tenant": "nachbarort"}),
        "citizen chat": client.post("/api/v1/chat", json={"tenant": "nachbarort", "message": "Hallo", "conversation_id": cid}),
        "citizen feedback": client.post("/api/v1/feedback", json={"tenant": "nachbarort", "conversation_id": cid,
                                                                  "message_id": mid, "rating": "down"}),
        "citizen handoff": client.post("/api/v1/handoff", json={"tenant": "nachbarort", "conversation_id": cid}),
        "citizen ticket": client.post("/api/v1/tickets", json={"tenant": "nachbarort", "conversation_id": cid, "kind": "message",
                                                               "message": "x", "email": "a@example.org"}),
    }
    assert set(checks) == routes_with_a_tenant(app) - {("GET", p) for p in PUBLIC}, "check every route that names a tenant"
    for (method, path), call in checks.items():
        assert call().status_code == 404, f"{method} {path}"
    for what, response in through_b.items():
        assert response.status_code == 404, what
    login(client, "a-admin@example.org")
    assert client.get("/admin/musterstadt/sources").status_code == 200
    assert "source.deleted" not in client.get("/admin/musterstadt/audit").text
    assert client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Hallo"}).status_code == 200
