"""Mails of the handoff through a real SMTP server (aiosmtpd): stored first,
sent with retries, never lost when the mail server is down."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.db.tables import OutgoingMail
from rathaus.handoff import outbox

STAFF = {"Authorization": "Bearer geheim"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self):
        self.mails = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd API
        self.mails.append((envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


@pytest.fixture
def smtp_port():
    return free_port()


@pytest.fixture
def client(settings, smtp_port):
    configured = settings.model_copy(update={"demo": True, "staff_token": "geheim", "smtp_host": "127.0.0.1",
                                             "smtp_port": smtp_port, "mail_from": "Stadt Musterstadt <noreply@musterstadt.example>",
                                             "smtp_timeout": 2.0})
    with TestClient(create_app(configured)) as c:
        yield c


def leave_message(client, language="de"):
    cid = client.post("/api/v1/chat", json={"tenant": "musterstadt", "message": "Wie beantrage ich einen Personalausweis?"}).json()["conversation_id"]
    response = client.post("/api/v1/tickets", json={
        "tenant": "musterstadt", "conversation_id": cid, "kind": "message", "language": language,
        "message": "Mein Antrag ist seit 6 Wochen offen – Grüße, Jürgen", "email": "juergen@example.org"})
    assert response.status_code == 200, response.text
    return cid, response.json()["reference"]


def deliver(client):
    runtime = client.app.state.runtime
    return outbox.deliver_due(runtime.db, runtime.mail_config)


def test_confirmation_and_staff_reply_arrive_by_mail(client, smtp_port):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        cid, ref = leave_message(client, language="uk")
        assert deliver(client) == (1, 0)
        recipients, confirmation = inbox.mails[0]
        assert recipients == ["juergen@example.org"] and ref in confirmation["Subject"]
        assert "Musterstadt" in confirmation.get_content() and "Jürgen" in confirmation.get_content()
        assert any("\u0400" <= ch <= "\u04ff" for ch in confirmation.get_content())  # in Ukrainian
        client.post(f"/api/v1/staff/musterstadt/conversations/{cid}/messages", headers=STAFF,
                    json={"author": "Frau Meier", "text": "Ihr Ausweis liegt zur Abholung bereit."})
        assert deliver(client) == (1, 0)
        assert "Ihr Ausweis liegt zur Abholung bereit." in inbox.mails[1][1].get_content()
        assert deliver(client) == (0, 0)  # nothing is sent twice
    finally:
        controller.stop()


def test_smtp_down_keeps_the_ticket_and_retries_until_it_works(client, smtp_port):
    cid, ref = leave_message(client)
    assert deliver(client) == (0, 1)  # nothing listens on the port yet
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert detail["state"] == "ticket_open" and detail["tickets"][0]["reference"] == ref
    assert detail["mails"][0]["status"] == "pending" and detail["mails"][0]["last_error"]  # "Mail pending"
    assert deliver(client) == (0, 0)  # waiting for the back-off
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        with client.app.state.runtime.db.session() as session:  # the back-off has passed
            session.query(OutgoingMail).update({"next_attempt_at": outbox.utcnow()})
        assert deliver(client) == (1, 0)
        assert len(inbox.mails) == 1
    finally:
        controller.stop()
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert detail["mails"][0]["status"] == "sent" and detail["mails"][0]["attempts"] == 2


def test_the_queue_of_the_cited_pages_gets_a_mail_for_a_new_ticket(client, smtp_port):
    from rathaus.tenants.settings import set_setting

    with client.app.state.runtime.db.session() as session:
        set_setting(session, "musterstadt", "queues", [
            {"id": "zentrale", "name": "Zentrale"},
            {"id": "buergerbuero", "name": "Bürgerbüro", "email": "buergerbuero@musterstadt.example",
             "match": ["/buergerservice/"]}])
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        cid, ref = leave_message(client)  # a question about ID cards: the Bürgerbüro's pages
        assert deliver(client) == (2, 0)
        to_queue = [mail for rcpt, mail in inbox.mails if rcpt == ["buergerbuero@musterstadt.example"]]
        assert len(to_queue) == 1 and "Bürgerbüro" in to_queue[0]["Subject"]
        assert cid in to_queue[0].get_content()
    finally:
        controller.stop()
    detail = client.get(f"/api/v1/staff/musterstadt/conversations/{cid}", headers=STAFF).json()
    assert detail["queue"] == "buergerbuero"
