"""Sign-in, first-run setup, invitations, roles and the audit log over HTTP
(https://testserver: the session cookie is Secure)."""

import html
import json
import re

import pytest
from fastapi.testclient import TestClient

from rathaus.accounts import store
from rathaus.app import create_app
from rathaus.db import repository as repo
from rathaus.db.tables import OneTimeToken, OutgoingMail, User

PASSWORD = "Rathaus-Passwort-2026"


@pytest.fixture
def app(settings):
    return create_app(settings.model_copy(update={"demo": True}))


@pytest.fixture
def client(app):
    with TestClient(app, base_url="https://testserver") as c:
        yield c


def csrf_of(response) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', response.text).group(1)


def add_user(client, email, role=None, tenant="musterstadt", superadmin=False, password=PASSWORD):
    with client.app.state.runtime.db.session() as session:
        user = store.create_user(session, email, email.split("@")[0].title(), password, is_superadmin=superadmin)
        if role:
            store.grant(session, user.id, repo.get_tenant(session, tenant).id, role)


def login(client, email, password=PASSWORD, next_path="/admin"):
    """Sign in afresh (whoever was signed in before in this client is forgotten)."""
    client.cookies.clear()
    page = client.get("/login")
    return client.post("/login", data={"email": email, "password": password, "csrf": csrf_of(page), "next": next_path},
                       follow_redirects=False)


def setup_token(client) -> str:
    with client.app.state.runtime.db.session() as session:
        return store.issue_token(session, "setup")


def test_first_start_prints_a_setup_link_and_it_creates_the_first_admin_once(settings, capsys):
    settings = settings.model_copy(update={"demo": True})
    with TestClient(create_app(settings), base_url="https://testserver") as client:
        assert re.search(r"/setup/[\w-]{30,}", capsys.readouterr().out)
        token = setup_token(client)
        form = client.get(f"/setup/{token}")
        assert form.status_code == 200 and 'autocomplete="new-password"' in form.text
        fields = {"csrf": csrf_of(form), "name": "Anna Admin", "email": "anna@example.org",
                  "password": "kurz", "password2": "kurz"}
        weak = client.post(f"/setup/{token}", data=fields)
        assert weak.status_code == 422 and "mindestens 12 Zeichen" in weak.text and 'aria-invalid="true"' in weak.text
        with client.app.state.runtime.db.session() as session:
            assert not store.has_users(session), "nothing of a refused form is stored"
        done = client.post(f"/setup/{token}", data={**fields, "password": PASSWORD, "password2": PASSWORD},
                           follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/admin"
        cookie = done.headers["set-cookie"]
        assert cookie.startswith("__Host-rathaus_session=") and all(
            flag in cookie for flag in ("HttpOnly", "Secure", "SameSite=lax", "Path=/"))
        assert "Musterstadt" in client.get("/admin").text, "the super-admin sees every town"
        assert client.get(f"/setup/{token}").status_code == 404, "the link works once"
        with client.app.state.runtime.db.session() as session:
            assert session.query(User).one().is_superadmin
    with TestClient(create_app(settings), base_url="https://testserver"):
        assert "/setup/" not in capsys.readouterr().out, "no link once an account exists"


def test_sign_in_and_out(client):
    add_user(client, "meier@example.org", "agent")
    assert client.get("/inbox", follow_redirects=False).headers["location"] == "/login?next=/inbox"
    wrong = login(client, "meier@example.org", "falsches-passwort")
    assert wrong.status_code == 401 and "falsch" in wrong.text and "__Host-rathaus_session" not in wrong.headers.get("set-cookie", "")
    no_csrf = client.post("/login", data={"email": "meier@example.org", "password": PASSWORD})
    assert no_csrf.status_code == 403
    assert login(client, "meier@example.org", next_path="https://evil.example/").headers["location"] == "/admin"
    assert client.get("/inbox").status_code == 200
    page = client.get("/admin")
    assert "Musterstadt" in page.text and "Bürgerservice (Posteingang)" in page.text
    assert client.post("/logout", data={"csrf": "falsch"}).status_code == 403
    client.post("/logout", data={"csrf": csrf_of(page)})
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_an_admin_invites_a_colleague_who_sets_a_password_and_works_in_the_inbox(client, app):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    users = client.get("/admin/musterstadt/users")
    bad = client.post("/admin/musterstadt/users", data={"csrf": csrf_of(users), "name": "Ben", "email": "kaputt", "role": "agent"})
    assert bad.status_code == 422 and "gültige E-Mail-Adresse" in bad.text
    invited = client.post("/admin/musterstadt/users", data={"csrf": csrf_of(users), "name": "Ben Bürger",
                                                            "email": "ben@example.org", "role": "agent"})
    link = re.search(r"https://testserver(/password/[\w-]+)", invited.text).group(1)
    audit_csv = client.get("/admin/musterstadt/audit.csv")
    assert "user.role_granted,ben@example.org" in audit_csv.text
    with TestClient(app, base_url="https://testserver") as ben:
        form = ben.get(link)
        mismatch = ben.post(link, data={"csrf": csrf_of(form), "password": PASSWORD, "password2": PASSWORD + "x"})
        assert mismatch.status_code == 422 and "stimmen nicht überein" in mismatch.text
        assert ben.post(link, data={"csrf": csrf_of(form), "password": PASSWORD, "password2": PASSWORD},
                        follow_redirects=False).status_code == 303
        assert ben.get(link).status_code == 404
        cid = ben.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis"}).json()["conversation_id"]
        inbox = ben.get("/inbox")
        staff = json.loads(html.unescape(re.search(r'data-staff="([^"]+)"', inbox.text).group(1)))
        assert staff["name"] == "Ben Bürger" and staff["tenants"] == [{"slug": "musterstadt", "name": "Stadt Musterstadt"}]
        csrf = staff["csrf"]
        url = f"/api/v1/staff/musterstadt/conversations/{cid}/messages"
        assert ben.post(url, json={"text": "Hallo"}).status_code == 403, "no CSRF header, no change"
        assert ben.post(url, json={"text": "Hallo", "author": "Jemand anderes"}, headers={"X-CSRF-Token": csrf}).status_code == 200
        detail = ben.get(f"/api/v1/staff/musterstadt/conversations/{cid}").json()
        assert detail["messages"][-1]["author"] == "Ben Bürger", "the account's name, not what the request says"
        assert ben.get("/admin/musterstadt/users").status_code == 404, "an agent manages no accounts"
    log = client.get("/admin/musterstadt/audit")
    assert "conversation.reply" in log.text and "ben@example.org" in log.text


def test_the_last_admin_stays(client):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    page = client.get("/admin/musterstadt/users")
    with client.app.state.runtime.db.session() as session:
        me = store.find_user(session, "chefin@example.org").id
    refused = client.post(f"/admin/musterstadt/users/{me}", data={"csrf": csrf_of(page), "role": "agent"})
    assert refused.status_code == 409 and "letzte Administration" in refused.text
    assert client.post(f"/admin/musterstadt/users/{me}", data={"csrf": csrf_of(page), "role": "king"}).status_code == 409


def test_tenant_b_staff_cannot_reach_tenant_a_by_any_route(client):
    with client.app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "nachbarort", "Nachbarort", embedder="hashing")
    add_user(client, "b-admin@example.org", "admin", tenant="nachbarort")
    login(client, "b-admin@example.org")
    cid = client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Personalausweis"}).json()["conversation_id"]
    page = client.get("/admin")
    assert "Musterstadt" not in page.text and "Nachbarort" in page.text
    csrf = csrf_of(page)
    for path in ("/admin/musterstadt/users", "/admin/musterstadt/audit", "/admin/musterstadt/audit.csv",
                 "/admin/gibtsnicht/users", "/api/v1/staff/musterstadt/conversations",
                 f"/api/v1/staff/musterstadt/conversations/{cid}", "/api/v1/staff/musterstadt/events"):
        assert client.get(path).status_code == 404, path
    assert client.post("/admin/musterstadt/users", data={"csrf": csrf, "name": "X", "email": "x@example.org",
                                                         "role": "admin"}).status_code == 404
    assert client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", json={"text": "Hallo"},
                       headers={"X-CSRF-Token": csrf}).status_code == 404
    assert client.get(f"/api/v1/staff/nachbarort/conversations/{cid}").status_code == 404, "A's id through B's name"


def test_forgotten_password_mails_a_link_without_telling_who_has_an_account(settings):
    configured = settings.model_copy(update={"demo": True, "smtp_host": "127.0.0.1", "smtp_port": 9,
                                             "mail_from": "noreply@musterstadt.example"})
    with TestClient(create_app(configured), base_url="https://testserver") as client:
        add_user(client, "meier@example.org", "agent")
        answers = []
        for email in ("meier@example.org", "niemand@example.org"):
            form = client.get("/password/forgot")
            answers.append(client.post("/password/forgot", data={"csrf": csrf_of(form), "email": email}).text)
        assert answers[0] == answers[1]
        with client.app.state.runtime.db.session() as session:
            [mail] = session.query(OutgoingMail).all()
            assert mail.recipient == "meier@example.org" and "/password/" in mail.body
            assert session.query(OneTimeToken).filter_by(purpose="reset").count() == 1
