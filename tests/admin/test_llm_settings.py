"""A town's own model server, configured in the form generated from the
backend's pydantic config model; its key sealed; its address SSRF-checked."""

import pytest
from fastapi.testclient import TestClient

from rathaus.admin.plugin_forms import fields_of
from rathaus.app import create_app
from rathaus.db import repository as repo
from rathaus.llm.chat.openai_compat import Config
from rathaus.testing.fake_openai import FakeOpenAIServer
from tests.admin.test_pages import add_user, login
from tests.admin.test_tenant_pages import KEY, form_of

QUESTION = {"tenant": "musterstadt", "message": "Wie beantrage ich einen Personalausweis?"}


@pytest.fixture
def llm():
    with FakeOpenAIServer(api_key="sk-der-stadt") as server:
        yield server


def app_with(settings, **extra):
    return create_app(settings.model_copy(update={"demo": True, "secret_key": KEY, **extra}))


def save_llm(client, url, key="sk-der-stadt", model="stadt-modell"):
    add_user(client, "chefin@example.org", "admin")
    login(client, "chefin@example.org")
    form = form_of(client.get("/admin/musterstadt/settings"))
    return client.post("/admin/musterstadt/settings", data={
        **form, "answer_mode": "generative", "llm.backend": "openai", "llm.openai.base_url": url,
        "llm.openai.model": model, "llm.openai.api_key": key, "llm.openai.timeout_s": "5"})


def test_the_form_comes_from_the_config_model():
    kinds = {f.name: (f.kind, f.required) for f in fields_of(Config)}
    assert kinds == {"base_url": ("text", True), "model": ("text", True), "api_key": ("password", False),
                     "timeout_s": ("number", False)}


def test_a_town_answers_with_its_own_model_server(settings, llm):
    llm.script("Den Personalausweis beantragen Sie im Bürgerbüro [1].")
    with TestClient(app_with(settings, outbound_allow_hosts=["127.0.0.1"]), base_url="https://testserver") as client:
        saved = save_llm(client, llm.url + "/v1")
        assert saved.status_code == 200 and "Gespeichert." in saved.text
        assert "sk-der-stadt" not in saved.text and "••••••" in saved.text
        with client.app.state.runtime.db.session() as session:
            stored = repo.get_tenant(session, "musterstadt").settings["llm"]
        assert stored["api_key"].startswith("enc:v1:") and stored["model"] == "stadt-modell"
        again = client.post("/admin/musterstadt/settings", data={**form_of(saved), "tone": "Bitte freundlich."})
        assert again.status_code == 200
        with client.app.state.runtime.db.session() as session:
            assert repo.get_tenant(session, "musterstadt").settings["llm"]["api_key"] == stored["api_key"]
        answer = client.post("/api/v1/chat", json=QUESTION).json()
        assert answer["answer_mode"] == "generative" and "Bürgerbüro" in answer["answer"]
        request = llm.requests[-1]
        assert request.headers["authorization"] == "Bearer sk-der-stadt" and request.json["model"] == "stadt-modell"
        assert "Bitte freundlich." in request.json["messages"][0]["content"]


def test_a_private_address_is_not_used_unless_the_operator_allowed_it(settings, llm):
    with TestClient(app_with(settings), base_url="https://testserver") as client:
        assert save_llm(client, llm.url + "/v1").status_code == 200
        answer = client.post("/api/v1/chat", json=QUESTION).json()
        assert answer["answer_mode"] == "extractive" and llm.requests == []


@pytest.mark.parametrize("url, model, message", [("ftp://llm.example", "m", "base_url"), ("https://llm.example", "", "model")])
def test_bad_server_settings_are_refused_inline(settings, url, model, message):
    with TestClient(app_with(settings), base_url="https://testserver") as client:
        refused = save_llm(client, url, model=model)
        assert refused.status_code == 422 and message in refused.text and 'id="llm-error"' in refused.text
        with client.app.state.runtime.db.session() as session:
            assert "llm" not in repo.get_tenant(session, "musterstadt").settings
