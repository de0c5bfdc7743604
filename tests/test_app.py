"""The web app on the embedded default."""

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True}))) as c:
        yield c


def test_demo_municipality_is_there_on_first_start(client):
    page = client.get("/")
    assert page.status_code == 200 and "Musterstadt" in page.text
    result = client.get("/api/v1/tenants/musterstadt/search", params={"q": "Personalausweis beantragen"})
    assert result.status_code == 200
    hits = result.json()["hits"]
    assert hits and hits[0]["external_id"] == "personalausweis"
    assert hits[0]["url"].startswith("https://www.musterstadt.example/")


def test_search_page_renders_results_escaped(client):
    page = client.get("/suche", params={"tenant": "musterstadt", "q": "<script>alert(1)</script> Müll"})
    assert "<script>alert(1)" not in page.text and "Gefundene Stellen" in page.text


def test_unknown_tenant_and_bad_query(client):
    assert client.get("/api/v1/tenants/nirgendwo/search", params={"q": "x"}).status_code == 404
    assert client.get("/api/v1/tenants/musterstadt/search", params={"q": ""}).status_code == 422


def test_openapi_and_health(client):
    assert client.get("/api/v1/health").json() == {"status": "ok"}
    assert "/api/v1/tenants/{slug}/search" in client.get("/openapi.json").json()["paths"]


def test_no_telemetry_even_when_the_environment_asks_for_it(settings, monkeypatch):
    """FastAPI's built-in OpenTelemetry would export spans when this variable is
    set; rathaus switches every part of it off."""
    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    app = create_app(settings)
    config = getattr(app, "_telemetry", None)
    if config is None:
        pytest.skip("this FastAPI has no built-in telemetry")
    assert not any(config[k] for k in ("tracing", "metrics", "logs", "operation_spans", "auto_configure"))


def test_start_up_objects_are_left_out_of_garbage_collection_while_running(settings):
    """Python's full collection would otherwise walk ~170k start-up objects, a
    pause of every chat in flight; a stopped app gives them back to the collector."""
    import gc

    with TestClient(create_app(settings)) as client:
        assert client.get("/api/v1/health").status_code == 200
        assert gc.get_freeze_count() > 10_000
    assert gc.get_freeze_count() == 0
