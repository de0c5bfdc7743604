"""POST /api/v1/feedback: thumbs up/down on one stored answer, tenant-scoped."""

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.conversations import store
from rathaus.db import repository as repo
from rathaus.db.tables import Message


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"demo": True}))) as c:
        yield c


def chat(client, message="Wie beantrage ich einen Personalausweis?"):
    return client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": message}).json()


def rate(client, body, rating_, **overrides):
    payload = {"tenant": "musterstadt", "conversation_id": body["conversation_id"],
               "message_id": body["message_id"], "rating": rating_, **overrides}
    return client.post("/api/v1/feedback", json=payload)


def stored_feedback(client, message_id):
    with client.app.state.runtime.db.session() as session:
        return session.get(Message, message_id).feedback


def test_rating_an_answer_and_changing_the_mind(client):
    body = chat(client)
    assert isinstance(body["message_id"], int)
    rated = rate(client, body, "up").json()
    assert (rated["message_id"], rated["rating"], rated["handoff_offered"]) == (body["message_id"], "up", False)
    assert stored_feedback(client, body["message_id"]) == 1
    rate(client, body, "down")
    assert stored_feedback(client, body["message_id"]) == -1
    rate(client, body, "none")
    assert stored_feedback(client, body["message_id"]) is None


def test_repeated_unhelpful_answers_offer_a_person_in_the_citizens_language(client):
    first = chat(client, "How do I get an identity card?")
    second = client.post("/api/v1/chat", json={"tenant": "musterstadt", "conversation_id": first["conversation_id"],
                                               "message": "How do I register my address?"}).json()
    assert rate(client, first, "down").json()["handoff_offered"] is False  # one bad answer can happen
    offered = rate(client, second, "down").json()
    assert offered["handoff_offered"] is True and offered["language"] == "en" and offered["direction"] == "ltr"
    assert "staff" in offered["text"]
    assert rate(client, second, "up").json()["handoff_offered"] is False


def test_no_offer_once_a_person_answers(client):
    first = chat(client)
    cid = first["conversation_id"]
    second = client.post("/api/v1/chat", json={"tenant": "musterstadt", "conversation_id": cid,
                                               "message": "Was kostet ein Reisepass?"}).json()
    rate(client, first, "down")
    client.post("/api/v1/tickets", json={"tenant": "musterstadt", "conversation_id": cid, "kind": "message",
                                         "message": "Bitte helfen", "email": "a@example.org"})
    assert rate(client, second, "down").json()["handoff_offered"] is False


def test_the_message_id_arrives_in_the_streamed_done_event_too(client):
    with client.stream("POST", "/api/v1/chat", json={"tenant": "musterstadt", "message": "Sperrmüll anmelden"},
                       headers={"Accept": "text/event-stream"}) as response:
        text = "".join(response.iter_text())
    assert '"message_id": ' in text.split("event: done")[1]


def test_tenant_b_cannot_rate_tenant_a_answers(client):
    body = chat(client)
    with client.app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "andere-stadt")
    response = rate(client, body, "down", tenant="andere-stadt")
    assert response.status_code == 404
    assert stored_feedback(client, body["message_id"]) is None


def test_only_answers_of_that_conversation_can_be_rated(client):
    first, second = chat(client), chat(client, "Wann ist das Bürgerbüro geöffnet?")
    assert rate(client, first, "up", conversation_id=second["conversation_id"]).status_code == 404
    question_id = first["message_id"] - 1  # the citizen's own question is not an answer
    assert rate(client, first, "up", message_id=question_id).status_code == 404
    assert rate(client, first, "up", message_id=10**9).status_code == 404


@pytest.mark.parametrize(
    "change",
    [{"rating": "great"}, {"message_id": 0}, {"message_id": "x"}, {"conversation_id": ""}, {"tenant": ""}],
)
def test_bad_feedback_is_422(client, change):
    body = chat(client)
    assert rate(client, body, "up", **change).status_code == 422


def test_unknown_tenant_is_404(client):
    body = chat(client)
    assert rate(client, body, "up", tenant="nirgendwo").status_code == 404


def test_set_feedback_refuses_other_values(runtime):
    with runtime.db.session() as session:
        tenant_id = repo.ensure_tenant(session, "musterstadt").id
        conversation = store.create_conversation(session, tenant_id)
        answer = store.add_message(session, tenant_id, conversation, "assistant", "Text")
        with pytest.raises(ValueError):
            store.set_feedback(session, tenant_id, conversation, answer, 5)
