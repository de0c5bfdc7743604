"""Single sign-on against a real OpenID Connect provider (npm `oidc-provider`,
started here in node): code flow with PKCE, state and nonce, the ID token
verified against the provider's keys; only invited accounts get in."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.security.oidc import Login, OidcClient, OidcError, OidcProvider
from tests.admin.test_pages import add_user
from tests.ci import require

ROOT = Path(__file__).resolve().parents[2]
PROVIDER_JS = Path(__file__).parent / "oidc" / "provider.mjs"
REDIRECT = "https://testserver/oidc/test/callback"


@pytest.fixture(scope="module")
def issuer():
    require(shutil.which("node") is not None, "node is missing")
    require((ROOT / "node_modules" / "oidc-provider").exists(), "oidc-provider is missing (npm ci)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(["node", str(PROVIDER_JS), str(port), REDIRECT], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(url + "/.well-known/openid-configuration", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"oidc-provider did not start: {process.stdout.read() if process.stdout else ''}")
        time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def client(settings, issuer):
    provider = {"id": "test", "name": "Stadt-Konto", "issuer": issuer, "client_id": "rathaus",
                "client_secret": "rathaus-test-secret"}
    app = create_app(settings.model_copy(update={"demo": True, "oidc_providers": [provider]}))
    with TestClient(app, base_url="https://testserver") as c:
        yield c


def sign_in_at_provider(client, login: str, next_path: str = "/admin"):
    """Walk the real redirects: rathaus → provider's login form → rathaus's callback."""
    start = client.get(f"/oidc/test/start?next={next_path}", follow_redirects=False)
    assert start.status_code == 303
    location = start.headers["location"]
    with httpx.Client(timeout=10) as browser_at_provider:
        for _ in range(10):
            if location.startswith("https://testserver"):
                parts = urlsplit(location)
                return client.get(f"{parts.path}?{parts.query}", follow_redirects=False)
            response = browser_at_provider.get(location)
            if response.status_code == 200 and "login" in response.text:  # the provider's own sign-in form
                action = urlsplit(location).path
                response = browser_at_provider.post(str(response.url.copy_with(path=action)),
                                                    data={"prompt": "login", "login": login, "password": "egal"})
            location = str(response.url.join(response.headers["location"]))
    raise AssertionError("never came back to rathaus")


def test_an_invited_colleague_signs_in_with_the_towns_provider(client):
    add_user(client, "meier@example.org", "agent", password=None)  # invited; never set a password
    assert "Anmelden mit Stadt-Konto" in client.get("/login").text
    back = sign_in_at_provider(client, "meier@example.org", "/inbox")
    assert back.status_code == 303 and back.headers["location"] == "/inbox"
    assert "__Host-rathaus_session=" in back.headers["set-cookie"]
    assert client.get("/inbox").status_code == 200
    with client.app.state.runtime.db.session() as session:
        from rathaus.db.tables import UserIdentity

        identity = session.query(UserIdentity).one()
        assert identity.subject == "meier@example.org"  # oidc-provider uses the account id as subject
    add_user(client, "chefin@example.org", "admin")
    from tests.admin.test_pages import login

    login(client, "chefin@example.org")
    assert "meier@example.org,login,,provider=test" in client.get("/admin/musterstadt/audit.csv").text


def test_no_account_no_entry_and_an_unverified_address_links_nothing(client):
    refused = sign_in_at_provider(client, "fremd@example.org")
    assert refused.status_code == 403 and "Einladung" in refused.text
    add_user(client, "unverified-x@example.org", "agent")
    assert sign_in_at_provider(client, "unverified-x@example.org").status_code == 403


def test_a_forged_or_replayed_callback_is_refused(client):
    client.get("/oidc/test/start", follow_redirects=False)
    assert client.get("/oidc/test/callback?code=abc&state=falsch").status_code == 400
    client.cookies.clear()
    assert client.get("/oidc/test/callback?code=abc&state=x").status_code == 400
    assert client.get("/oidc/nope/start").status_code == 404


def test_id_tokens_are_checked(issuer):
    provider = OidcProvider("test", "Test", issuer, "rathaus", "rathaus-test-secret")
    oidc = OidcClient(provider)
    assert oidc.metadata()["issuer"] == issuer
    login = Login.new("/admin")
    assert "code_challenge_method=S256" in oidc.authorization_url(login, REDIRECT)
    for forged in ("not.a.token", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."):
        with pytest.raises(OidcError):
            oidc.verify(forged, login.nonce)
    with pytest.raises(OidcError):  # a wrong code at the token endpoint
        oidc.finish(login, "wrong-code", REDIRECT)
    wrong_issuer = OidcClient(OidcProvider("x", "X", issuer + "/other", "rathaus", "s"))
    with pytest.raises(OidcError):
        wrong_issuer.metadata()
