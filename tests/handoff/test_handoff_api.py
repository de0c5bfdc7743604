"""The handoff end to end over HTTP: citizen chat ↔ staff API, one process."""

import json
import threading
import time

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.db.tables import Ticket
from rathaus.tenants.settings import set_setting

STAFF = {"Authorization": "Bearer geheim"}
ALWAYS_OPEN = [{"id": "buergerservice", "name": "Bürgerbüro", "response_time": "2 Werktage",
                "hours": {d: "00:00-23:59" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}]


@pytest.fixture
def client(settings):
    app = create_app(settings.model_copy(update={"demo": True, "staff_token": "geheim"}))
    with TestClient(app) as c:
        yield c


def chat(client, message, conversation_id=None, tenant="musterstadt"):
    response = client.post("/api/v1/chat", json={"tenant": tenant, "message": message, "conversation_id": conversation_id})
    assert response.status_code == 200, response.text
    return response.json()


def settings_of(client, key, value):
    with client.app.state.runtime.db.session() as session:
        set_setting(session, "musterstadt", key, value)


def test_nobody_on_duty_leads_to_exactly_one_ticket_and_staff_answers_it(client):
    first = chat(client, "Wie beantrage ich einen Personalausweis?")
    asked = chat(client, "Ich möchte mit einem Menschen sprechen", first["conversation_id"])
    assert asked["answer_mode"] == "handoff" and asked["state"] == "bot"
    assert asked["handoff"]["live"] is False and asked["handoff"]["options"] == ["message", "callback", "contact"]
    assert "niemand" in asked["answer"] and asked["handoff_offered"] is True
    cid = first["conversation_id"]
    bad = client.post("/api/v1/tickets", json={"tenant": "musterstadt", "conversation_id": cid, "kind": "message",
                                               "message": "Bitte melden", "email": "keine-adresse"})
    assert bad.status_code == 422 and bad.json()["detail"]["field"] == "email"
    ticket = {"tenant": "musterstadt", "conversation_id": cid, "kind": "message", "message": "Bitte um Rückmeldung",
              "email": "buerger@example.org"}
    one = client.post("/api/v1/tickets", json=ticket).json()
    two = client.post("/api/v1/tickets", json=ticket).json()
    assert one["state"] == "ticket_open" and one["reference"] == two["reference"]
    with client.app.state.runtime.db.session() as session:
        assert session.query(Ticket).count() == 1
    silent = chat(client, "Hallo, ist da jemand?", cid)  # the bot stays out of it now
    assert silent["answer"] == "" and silent["answer_mode"] == "staff" and silent["state"] == "ticket_open"
    inbox = client.get("/api/v1/staff/musterstadt/conversations", headers=STAFF).json()
    assert [c["id"] for c in inbox] == [cid] and inbox[0]["last_message"] == "Hallo, ist da jemand?"
    reply = client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                        json={"author": "Frau Meier", "text": "Wir rufen Sie morgen an."})
    assert reply.status_code == 200
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert detail["state"] == "answered" and detail["tickets"][0]["status"] == "answered"
    assert [t["to"] for t in detail["transitions"]] == ["ticket_open", "answered"]
    seen = client.get(f"/api/v1/conversations/{cid}/messages", params={"tenant": "musterstadt"}).json()
    assert seen["messages"][-1] == {**seen["messages"][-1], "role": "staff", "author": "Frau Meier",
                                    "text": "Wir rufen Sie morgen an."}


def test_someone_in_a_crisis_who_asks_for_a_person_gets_the_help_numbers_too(client):
    asked = chat(client, "Ich will nicht mehr leben. Ich möchte mit einem Menschen sprechen")
    assert asked["answer_mode"] == "handoff" and asked["handoff_offered"] is True
    assert asked["answer"].startswith("Es tut mir sehr leid") and "116 123" in asked["answer"]
    assert "niemand" in asked["answer"]  # the handoff's own text follows
    cid = asked["conversation_id"]
    ticket = {"tenant": "musterstadt", "conversation_id": cid, "kind": "message", "message": "Bitte melden",
              "email": "buerger@example.org"}
    assert client.post("/api/v1/tickets", json=ticket).json()["state"] == "ticket_open"
    staff_side = chat(client, "Ich will mich umbringen", cid)  # a person answers this conversation now
    assert staff_side["answer_mode"] == "staff" and "116 123" in staff_side["answer"]
    assert chat(client, "Hallo, ist da jemand?", cid)["answer"] == ""
    # the numbers given while a person answers are part of the conversation: the citizen's transcript
    # and the staff's view show them right after the message they answered, once each
    seen = [(m["role"], m["text"]) for m in
            client.get(f"/api/v1/conversations/{cid}/messages", params={"tenant": "musterstadt"}).json()["messages"]]
    asked_at = seen.index(("user", "Ich will mich umbringen"))
    assert seen[asked_at + 1][0] == "assistant" and "116 123" in seen[asked_at + 1][1]
    assert seen[asked_at + 2] == ("user", "Hallo, ist da jemand?")
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert sum("116 123" in m["text"] for m in detail["messages"] if m["role"] == "assistant") == 2


def test_the_widgets_button_in_the_pages_language_keeps_the_conversations_language(client):
    """"Mit einem Menschen sprechen" is the German widget's button, pressed by
    someone who asked in English: the handoff answers in English."""
    first = chat(client, "How do I apply for an ID card?")
    asked = chat(client, "Mit einem Menschen sprechen", first["conversation_id"])
    assert asked["answer_mode"] == "handoff" and asked["language"] == "en" and "Nobody" in asked["answer"]
    typed = chat(client, "Ich möchte mit einem Menschen sprechen")  # a new conversation in German stays German
    assert typed["language"] == "de" and "niemand" in typed["answer"]


def test_live_handoff_when_someone_is_on_duty(client):
    settings_of(client, "queues", ALWAYS_OPEN)
    assert client.post("/api/v1/staff/musterstadt/presence", headers=STAFF, json={"staff": "Frau Meier"}).json()["ok"]
    first = chat(client, "Wie beantrage ich einen Personalausweis?")
    cid = first["conversation_id"]
    handed = client.post("/api/v1/handoff", json={"tenant": "musterstadt", "conversation_id": cid}).json()
    assert handed["state"] == "waiting_for_staff" and handed["live"] is True and "Bürgerbüro" in handed["text"]
    received = []

    def listen():
        with client.stream("GET", f"/api/v1/conversations/{cid}/events", params={"tenant": "musterstadt"}) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    received.append(json.loads(line[5:]))
                    if received[-1].get("type") == "message":
                        return

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    for _ in range(50):
        if received:
            break
        time.sleep(0.05)
    assert received and received[0]["state"] == "waiting_for_staff"
    accept = client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/state", headers=STAFF,
                         json={"author": "Frau Meier", "to": "with_staff"})
    assert accept.status_code == 200
    client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                json={"author": "Frau Meier", "text": "Interne Notiz", "internal": True})
    client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                json={"author": "Frau Meier", "text": "Guten Tag, wie kann ich helfen?"})
    listener.join(timeout=10)
    kinds = [(e["type"], e.get("state") or e.get("text")) for e in received]
    assert ("state", "with_staff") in kinds and ("message", "Guten Tag, wie kann ich helfen?") in kinds
    assert ("message", "Interne Notiz") not in kinds  # notes never reach the citizen
    resolved = client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/state", headers=STAFF,
                           json={"author": "Frau Meier", "to": "resolved"})
    assert resolved.status_code == 200
    again = chat(client, "Wann ist der Wertstoffhof geöffnet?", cid)  # after resolve: the bot answers again
    assert again["answer_mode"] != "staff" and again["answer"]


def test_staff_api_needs_the_token_and_stays_within_its_tenant(client, settings):
    first = chat(client, "Wie beantrage ich einen Personalausweis?")
    cid = first["conversation_id"]
    assert client.get("/api/v1/staff/musterstadt/conversations").status_code == 401
    assert client.get("/api/v1/staff/musterstadt/conversations", headers={"Authorization": "Bearer falsch"}).status_code == 401
    with client.app.state.runtime.db.session() as session:
        from rathaus.db import repository as repo

        repo.ensure_tenant(session, "andere-stadt")
    other = client.get(f"/api/v1/staff/andere-stadt/conversations/{cid}", headers=STAFF)
    assert other.status_code == 404
    wrong = client.post(f"/api/v1/staff/andere-stadt/conversations/{cid}/messages", headers=STAFF,
                        json={"author": "X", "text": "Hallo"})
    assert wrong.status_code == 404
    with TestClient(create_app(settings.model_copy(update={"demo": False}))) as off:
        assert off.get("/api/v1/staff/musterstadt/conversations", headers=STAFF).status_code == 403


def test_impossible_moves_are_409_and_bad_requests_422(client):
    cid = chat(client, "Wie beantrage ich einen Personalausweis?")["conversation_id"]
    resolve = client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/state", headers=STAFF,
                          json={"author": "X", "to": "answered"})
    assert resolve.status_code == 409
    callback = client.post("/api/v1/tickets", json={"tenant": "musterstadt", "conversation_id": cid,
                                                    "kind": "callback", "phone": "abc"})
    assert callback.status_code == 422 and callback.json()["detail"]["field"] == "phone"
    unknown = client.post("/api/v1/handoff", json={"tenant": "musterstadt", "conversation_id": "nope"})
    assert unknown.status_code == 404


def test_nobody_takes_the_conversation_in_time_so_the_citizen_gets_options(client):
    settings_of(client, "queues", ALWAYS_OPEN)
    settings_of(client, "handoff_timeout_s", 60)
    client.post("/api/v1/staff/musterstadt/presence", headers=STAFF, json={"staff": "Frau Meier"})
    cid = chat(client, "Wie beantrage ich einen Personalausweis?")["conversation_id"]
    asked = {"tenant": "musterstadt", "conversation_id": cid}
    assert client.post("/api/v1/handoff", json=asked).json()["state"] == "waiting_for_staff"
    early = client.post("/api/v1/handoff", json={**asked, "reason": "timeout"}).json()
    assert early["options"] == [] and early["live"] is True  # still within the timeout
    from datetime import timedelta

    from rathaus.db.tables import Transition

    with client.app.state.runtime.db.session() as session:  # two minutes pass
        for row in session.query(Transition).all():
            row.created_at = row.created_at - timedelta(minutes=2)
    late = client.post("/api/v1/handoff", json={**asked, "reason": "timeout", "language": "en"}).json()
    assert late["options"] == ["message", "callback", "contact"] and "Nobody" in late["text"]
    ticket = client.post("/api/v1/tickets", json={**asked, "kind": "callback", "phone": "+49 3641 49-0",
                                                  "callback_window": "morgen 9–12 Uhr"})
    assert ticket.status_code == 200 and ticket.json()["state"] == "ticket_open"
    config = client.get("/api/v1/tenants/musterstadt/widget").json()
    assert config["handoff_timeout_s"] == 60


def test_with_nobody_on_duty_the_response_time_is_said_in_the_citizens_language(client):
    asked = chat(client, "Bir çalışanla konuşmak istiyorum, lütfen")
    assert asked["language"] == "tr" and asked["handoff"]["live"] is False
    assert "2 iş günü" in asked["answer"] and "Werktage" not in asked["answer"]
