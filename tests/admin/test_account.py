"""One's own account: password change and the optional second factor (TOTP)."""

import re

import pyotp
import pytest
from fastapi.testclient import TestClient

from rathaus.accounts import store, totp
from rathaus.app import create_app
from tests.admin.test_pages import PASSWORD, add_user, csrf_of, login

KEY = "ein-langer-schluessel-fuer-die-tests"


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True, "secret_key": KEY})),
                    base_url="https://testserver") as c:
        yield c


def some_time_later(client) -> None:
    """The code used when switching on is used up; pretend that was minutes ago."""
    with client.app.state.runtime.db.session() as session:
        user = store.find_user(session, "meier@example.org")
        user.totp_last_step -= 10


def enable_totp(client) -> str:
    page = client.get("/admin/account")
    started = client.post("/admin/account/totp/start", data={"csrf": csrf_of(page)})
    assert 'role="img"' in started.text and "<svg" in started.text
    secret = re.search(r'name="secret" value="([A-Z2-7]+)"', started.text).group(1)
    wrong = client.post("/admin/account/totp/enable", data={"csrf": csrf_of(page), "secret": secret, "code": "000000"})
    assert wrong.status_code == 422 and "passt nicht" in wrong.text
    done = client.post("/admin/account/totp/enable", data={"csrf": csrf_of(page), "secret": secret,
                                                           "code": pyotp.TOTP(secret).now()})
    assert done.status_code == 200 and "eingeschaltet" in done.text
    return secret


def test_with_a_second_factor_the_password_alone_does_not_sign_in(client):
    add_user(client, "meier@example.org", "agent")
    login(client, "meier@example.org")
    secret = enable_totp(client)
    with client.app.state.runtime.db.session() as session:
        stored = store.find_user(session, "meier@example.org").totp_secret
        assert stored.startswith("enc:v1:") and secret not in stored
    first = login(client, "meier@example.org")
    assert first.status_code == 200 and 'autocomplete="one-time-code"' in first.text
    assert "__Host-rathaus_session" not in first.headers.get("set-cookie", "")
    assert client.get("/admin", follow_redirects=False).status_code == 303, "not signed in yet"
    csrf = csrf_of(first)
    assert client.post("/login/totp", data={"csrf": csrf, "code": "123456"}).status_code == 401
    some_time_later(client)
    code = pyotp.TOTP(secret).now()
    ok = client.post("/login/totp", data={"csrf": csrf, "code": code, "next": "/inbox"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/inbox"
    again = login(client, "meier@example.org")
    assert client.post("/login/totp", data={"csrf": csrf_of(again), "code": code}).status_code == 401, "a code works once"


def test_the_second_code_step_needs_the_first(client):
    add_user(client, "meier@example.org", "agent")
    client.cookies.clear()
    page = client.get("/login")
    assert client.post("/login/totp", data={"csrf": csrf_of(page), "code": "123456"}).status_code == 401


def test_switching_it_off_needs_a_current_code(client):
    add_user(client, "meier@example.org", "agent")
    login(client, "meier@example.org")
    secret = enable_totp(client)
    page = client.get("/admin/account")
    assert client.post("/admin/account/totp/disable", data={"csrf": csrf_of(page), "code": "000000"}).status_code == 422
    some_time_later(client)
    off = client.post("/admin/account/totp/disable", data={"csrf": csrf_of(page), "code": pyotp.TOTP(secret).now()})
    assert off.status_code == 200 and "ausgeschaltet" in off.text
    with client.app.state.runtime.db.session() as session:
        assert store.find_user(session, "meier@example.org").totp_secret is None


def test_without_the_secret_key_no_second_factor_can_be_stored(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True})), base_url="https://testserver") as client:
        add_user(client, "meier@example.org", "agent")
        login(client, "meier@example.org")
        page = client.get("/admin/account")
        started = client.post("/admin/account/totp/start", data={"csrf": csrf_of(page)})
        secret = re.search(r'name="secret" value="([A-Z2-7]+)"', started.text).group(1)
        refused = client.post("/admin/account/totp/enable", data={"csrf": csrf_of(page), "secret": secret,
                                                                  "code": pyotp.TOTP(secret).now()})
        assert refused.status_code == 422 and "RATHAUS_SECRET_KEY" in refused.text


def test_changing_the_password_ends_other_sessions(client):
    add_user(client, "meier@example.org", "agent")
    login(client, "meier@example.org")
    other = TestClient(client.app, base_url="https://testserver")
    login(other, "meier@example.org")
    page = client.get("/admin/account")
    wrong = client.post("/admin/account/password", data={"csrf": csrf_of(page), "current": "falsch",
                                                         "password": "neues-passwort-2026", "password2": "neues-passwort-2026"})
    assert wrong.status_code == 422 and "bisherige Passwort stimmt nicht" in wrong.text
    ok = client.post("/admin/account/password", data={"csrf": csrf_of(page), "current": PASSWORD,
                                                      "password": "neues-passwort-2026", "password2": "neues-passwort-2026"})
    assert ok.status_code == 200 and "geändert" in ok.text
    assert client.get("/admin").status_code == 200, "this browser stays signed in"
    assert other.get("/admin", follow_redirects=False).status_code == 303, "the other one is signed out"


def test_matching_steps():
    secret = pyotp.random_base32()
    now = 1_800_000_000
    code = pyotp.TOTP(secret).at(now)
    step = now // 30
    assert totp.matching_step(secret, code, None, now=now) == step
    assert totp.matching_step(secret, code, step, now=now) is None, "used up"
    assert totp.matching_step(secret, code, None, now=now + 30) == step, "one step of drift"
    assert totp.matching_step(secret, code, None, now=now + 90) is None
    assert totp.matching_step(secret, "12a456", None, now=now) is None
