"""The outbound webhook to a town's ticket system, against a real HTTP receiver
started here: stored with the ticket, signed, retried, never lost, never sent
to a private address unless the operator allowed that host."""

import hashlib
import hmac
import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from rathaus.app import create_app
from rathaus.db.tables import WebhookDelivery, utcnow
from rathaus.handoff import webhooks
from rathaus.security.http import GuardedClient
from rathaus.security.secrets import SecretBox
from rathaus.tenants.branding import InvalidSetting
from rathaus.tenants.settings import public_view, set_setting

STAFF = {"Authorization": "Bearer geheim"}
KEY = "ein-langer-zufaelliger-schluessel-fuer-tests"
ALWAYS_OPEN = [{"id": "buergerservice", "name": "Bürgerbüro",
                "hours": {d: "00:00-23:59" for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}}]


class Receiver:
    """A ticket system stand-in: records every POST, answers with the next status."""

    def __init__(self):
        self.requests: list[tuple[str, dict, bytes]] = []
        self.statuses: list[int] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server API
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                receiver.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 201
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.end_headers()
                self.wfile.write(b'{"id": 17}' if status < 300 else b'{"error": "down"}')

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def client(settings):
    configured = settings.model_copy(update={"demo": True, "staff_token": "geheim", "secret_key": KEY,
                                             "outbound_allow_hosts": ["127.0.0.1"]})
    with TestClient(create_app(configured)) as c:
        yield c


def configure(client, value, slug="musterstadt"):
    with client.app.state.runtime.db.session() as session:
        return set_setting(session, slug, "webhook", value, secrets=SecretBox(KEY))


def deliver(client, allow=("127.0.0.1",)):
    with GuardedClient(allow_hosts=set(allow), timeout=5) as http:
        return webhooks.deliver_due(client.app.state.runtime.db, http, SecretBox(KEY))


def leave_ticket(client, kind="message", tenant="musterstadt"):
    cid = client.post("/api/v1/chat", json={"tenant": tenant, "message": "Wie beantrage ich einen Personalausweis?"}
                      ).json()["conversation_id"]
    ticket = {"tenant": tenant, "conversation_id": cid, "kind": kind, "message": "Bitte um Rückruf wegen Termin"}
    ticket.update({"email": "buerger@example.org"} if kind == "message" else
                  {"phone": "+49 3641 123456", "callback_window": "morgen 9-12 Uhr"})
    first = client.post("/api/v1/tickets", json=ticket)
    again = client.post("/api/v1/tickets", json=ticket)  # a double click
    assert first.status_code == again.status_code == 200, first.text
    return cid, first.json()["reference"]


def test_a_ticket_is_posted_once_signed_with_the_transcript(client, receiver):
    configure(client, {"url": receiver.url + "/hooks/rathaus", "secret": "s3cret-token"})
    cid, ref = leave_ticket(client)
    assert deliver(client) == (1, 0)
    assert deliver(client) == (0, 0)  # nothing twice
    [(path, headers, body)] = receiver.requests
    assert path == "/hooks/rathaus" and headers["x-rathaus-event"] == "ticket.created"
    expected = "sha256=" + hmac.new(b"s3cret-token", body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(headers["x-rathaus-signature"], expected)
    event = json.loads(body)
    assert event["id"] == headers["x-rathaus-delivery"] and event["conversation_id"] == cid
    assert event["tenant"]["slug"] == "musterstadt"
    assert event["ticket"] | {"reference": ref, "kind": "message", "email": "buerger@example.org"} == event["ticket"]
    assert event["transcript"][0] == event["transcript"][0] | {"role": "user",
                                                               "text": "Wie beantrage ich einen Personalausweis?"}
    assert event["transcript"][1]["sources"], "the bot's answer travels with its sources"
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert detail["webhooks"] == [{"event": "ticket.created", "status": "sent", "attempts": 1, "last_error": None}]


def test_a_receiver_that_is_down_gets_the_event_later(client, receiver):
    configure(client, {"url": receiver.url, "secret": "x"})
    cid, _ = leave_ticket(client)
    receiver.statuses = [503]
    assert deliver(client) == (0, 1)
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    [shown] = detail["webhooks"]
    assert shown["status"] == "pending" and shown["attempts"] == 1 and "503" in shown["last_error"]
    assert deliver(client) == (0, 0), "not before the backoff has passed"
    with client.app.state.runtime.db.session() as session:
        session.execute(update(WebhookDelivery).values(next_attempt_at=utcnow() - timedelta(seconds=1)))
    assert deliver(client) == (1, 0)
    first, second = (json.loads(body) for _, _, body in receiver.requests)
    assert first["id"] == second["id"], "a retry carries the same delivery id, so receivers can drop repeats"


def test_private_addresses_are_refused_unless_the_operator_allowed_the_host(client, receiver):
    configure(client, {"url": receiver.url, "events": ["ticket.created"]})
    leave_ticket(client)
    assert deliver(client, allow=()) == (0, 1)
    assert receiver.requests == []
    with client.app.state.runtime.db.session() as session:
        row = session.query(WebhookDelivery).one()
        assert row.status == "pending" and "non-public address" in row.last_error


def test_redirects_are_not_followed(client, receiver):
    configure(client, {"url": receiver.url})
    leave_ticket(client)
    receiver.statuses = [307]
    assert deliver(client) == (0, 1) and len(receiver.requests) == 1


def test_chosen_events_follow_a_live_handoff_in_order(client, receiver):
    with client.app.state.runtime.db.session() as session:
        set_setting(session, "musterstadt", "queues", ALWAYS_OPEN)
    configure(client, {"url": receiver.url, "events": ["handoff.waiting", "message.created", "conversation.state_changed"]})
    client.post("/api/v1/staff/musterstadt/presence", headers=STAFF, json={"staff": "Frau Meier"})
    cid = client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Wo ist das Bürgerbüro?"}).json()["conversation_id"]
    assert client.post("/api/v1/handoff", json={"tenant": "musterstadt", "conversation_id": cid}).json()["live"]
    client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                json={"author": "Frau Meier", "text": "Guten Tag!"})
    client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                json={"author": "Frau Meier", "text": "intern: Stammkundin", "internal": True})
    client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/state", headers=STAFF,
                json={"author": "Frau Meier", "to": "resolved"})
    assert deliver(client) == (5, 0)
    events = [json.loads(body) for _, _, body in receiver.requests]
    assert [(e["event"], e.get("state") or e.get("message", {}).get("role")) for e in events] == [
        ("handoff.waiting", None), ("conversation.state_changed", "waiting_for_staff"),
        ("conversation.state_changed", "with_staff"), ("message.created", "staff"),
        ("conversation.state_changed", "resolved")]
    assert events[0]["queue"] == {"id": "buergerservice", "name": "Bürgerbüro"} and events[0]["transcript"]
    assert "intern: Stammkundin" not in b"".join(body for _, _, body in receiver.requests).decode()


def test_zammad_gets_a_ticket_through_its_api(client, receiver):
    configure(client, {"url": receiver.url + "/", "format": "zammad", "events": ["ticket.created"],
                       "secret": "zammad-token", "group": "Bürgerservice", "customer": "chat@musterstadt.example"})
    leave_ticket(client, kind="callback")
    assert deliver(client) == (1, 0)
    [(path, headers, body)] = receiver.requests
    assert path == "/api/v1/tickets" and headers["authorization"] == "Token token=zammad-token"
    ticket = json.loads(body)
    assert ticket["group"] == "Bürgerservice" and ticket["customer_id"] == "guess:chat@musterstadt.example"
    assert "+49 3641 123456" in ticket["article"]["body"] and "morgen 9-12 Uhr" in ticket["article"]["body"]
    assert ticket["title"].startswith("Chat: Wie beantrage ich einen Personalausweis?")


def test_the_secret_is_stored_sealed_and_never_shown(client):
    shown = configure(client, {"url": "https://tickets.example.org/hook", "secret": "klartext-geheimnis"})
    assert shown["secret"] == "••••••"
    with client.app.state.runtime.db.session() as session:
        from rathaus.db import repository as repo

        stored = repo.get_tenant(session, "musterstadt").settings["webhook"]
        assert stored["secret"].startswith("enc:v1:") and "klartext" not in stored["secret"]
        assert SecretBox(KEY).open(stored["secret"]) == "klartext-geheimnis"
        assert public_view({"webhook": stored})["webhook"]["secret"] == "••••••"
        with pytest.raises(InvalidSetting, match="RATHAUS_SECRET_KEY"):
            set_setting(session, "musterstadt", "webhook", {"url": "https://x.example/h", "secret": "s"}, secrets=None)


@pytest.mark.parametrize("value, message", [
    ({"url": "ftp://tickets.example.org"}, "http"),
    ({"url": "https://t.example", "events": ["ticket.deleted"]}, "events"),
    ({"url": "https://t.example", "events": []}, "events"),
    ({"url": "https://t.example", "format": "otrs"}, "format"),
    ({"url": "https://t.example", "format": "zammad", "events": ["ticket.created"]}, "access token"),
    ({"url": "https://t.example", "colour": "red"}, "unbekannte Angaben"),
    ("https://t.example", "Objekt"),
])
def test_bad_webhook_settings_are_refused_and_nothing_is_stored(client, value, message):
    configure(client, {"url": "https://old.example/hook"})
    with pytest.raises(InvalidSetting, match=message):
        configure(client, value)
    with client.app.state.runtime.db.session() as session:
        from rathaus.db import repository as repo

        assert repo.get_tenant(session, "musterstadt").settings["webhook"] == {"url": "https://old.example/hook"}


def test_another_towns_events_never_reach_this_webhook(client, receiver):
    from rathaus.db import repository as repo

    with client.app.state.runtime.db.session() as session:
        repo.ensure_tenant(session, "nachbarort", "Nachbarort", embedder="hashing")
    configure(client, {"url": receiver.url})
    client.post("/api/v1/chat", json={"tenant": "nachbarort", "message": "Hallo"})
    leave_ticket(client, tenant="nachbarort")
    assert deliver(client) == (0, 0) and receiver.requests == []
