"""Serving the widget: the script, the per-tenant config, the demo pages, CORS."""

import gzip

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True}))) as c:
        yield c


def set_setting(client, key, value, slug="musterstadt"):
    from rathaus.tenants.settings import set_setting

    with client.app.state.runtime.db.session() as session:
        set_setting(session, slug, key, value)


def test_widget_js_is_served_compressed_and_cacheable(client):
    response = client.get("/widget.js", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert response.headers["content-encoding"] == "gzip"
    assert "customElements.define" in response.text  # the client decompressed it
    etag = response.headers["etag"]
    assert client.get("/widget.js", headers={"If-None-Match": etag}).status_code == 304
    plain = client.get("/widget.js", headers={"Accept-Encoding": "identity"})
    # the whole widget is the loader that runs on every page view: ≤ 14 KB gzipped (bench/widget_size.py)
    assert "content-encoding" not in plain.headers and len(gzip.compress(plain.content, 9)) <= 14 * 1024


def test_config_in_the_asked_language_with_the_demo_branding(client):
    body = client.get("/api/v1/tenants/musterstadt/widget", params={"lang": "xx,uk,de"}).json()
    assert body["language"] == "uk" and body["direction"] == "ltr"
    assert body["strings"]["send"] and body["strings"]["send"] != "Senden"
    assert "Stadt Musterstadt" in body["greeting"]  # the catalogue greeting names the town
    assert body["primary_color"] == "#0b5394" and body["logo_url"] == "/static/logo.svg"
    assert body["suggestions"] == []  # the demo has no Ukrainian suggestions
    assert {"code": "ar", "name": "العربية"} in body["languages"]
    arabic = client.get("/api/v1/tenants/musterstadt/widget", params={"lang": "ar"}).json()
    assert arabic["direction"] == "rtl"
    german = client.get("/api/v1/tenants/musterstadt/widget").json()
    assert german["language"] == "de" and len(german["suggestions"]) == 3
    assert german["contact"]["phone"] == "01234 567-0"


def test_config_follows_the_tenants_settings(client):
    set_setting(client, "greeting", {"de": "Moin! Fragen Sie uns.", "en": "Hello there."})
    set_setting(client, "primary_color", "#7a1f1f")
    de = client.get("/api/v1/tenants/musterstadt/widget").json()
    en = client.get("/api/v1/tenants/musterstadt/widget", params={"lang": "en"}).json()
    assert de["greeting"] == "Moin! Fragen Sie uns." and en["greeting"] == "Hello there."
    assert de["primary_color"] == "#7a1f1f"


def test_unknown_tenant_is_404_json(client):
    response = client.get("/api/v1/tenants/nirgendwo/widget")
    assert response.status_code == 404 and "nirgendwo" in response.json()["detail"]


def test_cors_lets_the_towns_website_call_the_api(client):
    preflight = client.options(
        "/api/v1/chat",
        headers={"Origin": "https://www.jena.de", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] in ("*", "https://www.jena.de")
    assert "access-control-allow-credentials" not in preflight.headers


def test_cors_can_be_limited_to_the_towns_websites(settings):
    limited = settings.model_copy(update={"cors_origins": ["https://www.jena.de"]})
    with TestClient(create_app(limited)) as client:
        ok = client.get("/api/v1/health", headers={"Origin": "https://www.jena.de"})
        other = client.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert ok.headers["access-control-allow-origin"] == "https://www.jena.de"
    assert "access-control-allow-origin" not in other.headers


def test_demo_homepage_shows_the_snippet_under_a_strict_csp(client):
    page = client.get("/")
    assert page.status_code == 200
    assert '<script src="/widget.js" data-tenant="musterstadt" defer></script>' in page.text
    assert "&lt;script src=&quot;https://rathaus.example/widget.js&quot; data-tenant=&quot;musterstadt&quot;" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp
    inline = client.get("/chat", params={"tenant": "musterstadt"})
    assert '<rathaus-chat data-tenant="musterstadt" inline>' in inline.text
    assert client.get("/static/logo.svg").headers["content-type"].startswith("image/svg+xml")


def test_demo_page_escapes_and_falls_back_for_an_unknown_tenant(client):
    page = client.get("/", params={"tenant": "<script>"})
    assert page.status_code == 200 and "<script>" not in page.text.replace('<script src="/widget.js"', "")


def test_empty_installation_explains_what_to_do(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": False}))) as client:
        page = client.get("/")
    assert "rathaus ingest" in page.text and "widget.js" not in page.text
