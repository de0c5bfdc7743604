"""Outbound mail against a real SMTP server (aiosmtpd on loopback) and a few fakes."""

from __future__ import annotations

import asyncio
import email
import email.policy
import smtplib
import socket
import time
from types import SimpleNamespace

import pytest

from rathaus.notify import mail, templates
from rathaus.notify.mail import MailConfig, MailError, backoff_seconds, compose, is_valid_email, is_valid_phone, send

pytest.importorskip("aiosmtpd.controller")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

PASSWORD = "s3cret-Passwort!"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collector:
    """Keeps every message; refuses recipients listed in `reject` like a real server would."""

    def __init__(self, reject=()):
        self.envelopes = []
        self.reject = set(reject)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def check_login(server, session, envelope, mechanism, auth_data):
    # handled=False: aiosmtpd then answers 535 itself; with its default it would answer nothing.
    ok = auth_data.login == b"rathaus" and auth_data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)


@pytest.fixture
def smtp_server(request):
    """aiosmtpd on a free loopback port; options (`reject`, aiosmtpd's own) come via indirect parametrisation."""
    options = getattr(request, "param", {})
    handler = Collector(reject=options.pop("reject", ()))
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), server_hostname="smtp.test", **options)
    controller.start()
    yield SimpleNamespace(handler=handler, port=controller.port)
    controller.stop()


def config_for(server, **overrides) -> MailConfig:
    values = {"host": "127.0.0.1", "port": server.port, "sender": "Stadt Musterstadt <noreply@musterstadt.example>",
              "timeout": 5.0}
    return MailConfig(**(values | overrides))


def received(server) -> email.message.EmailMessage:
    (envelope,) = server.handler.envelopes
    return email.message_from_bytes(envelope.content, policy=email.policy.default)


def test_confirmation_mail_arrives_with_umlauts_and_its_ticket_number(smtp_server):
    subject, body = templates.render("ticket_confirmation", "de", town="Großröhrsdorf", ticket="GROSS-000042",
                                     response_time=templates.working_days("de", 2), message="Mein Ausweis läuft ab.")
    message = compose(config_for(smtp_server), "buerger@example.de", subject, body,
                      reply_to="Bürgerbüro <buergerbuero@musterstadt.example>",
                      headers={"X-Rathaus-Ticket": "GROSS-000042"})
    send(config_for(smtp_server), message)

    got = received(smtp_server)
    assert smtp_server.handler.envelopes[0].mail_from == "noreply@musterstadt.example"
    assert smtp_server.handler.envelopes[0].rcpt_tos == ["buerger@example.de"]
    assert got["From"] == "Stadt Musterstadt <noreply@musterstadt.example>"
    assert got["To"] == "buerger@example.de"
    assert got["Subject"] == "Ihre Nachricht an Großröhrsdorf ist angekommen – Vorgangsnummer GROSS-000042"
    assert got["Reply-To"] == "Bürgerbüro <buergerbuero@musterstadt.example>"
    assert got["Message-ID"].endswith("@musterstadt.example>") and got["Date"]
    assert got["Auto-Submitted"] == "auto-generated" and got["X-Rathaus-Ticket"] == "GROSS-000042"
    assert got.get_content_type() == "text/plain" and got.get_content_charset() == "utf-8"
    text = got.get_content()
    assert "GROSS-000042" in text and "Mein Ausweis läuft ab." in text and "2 Werktage" in text
    assert max(len(line) for line in smtp_server.handler.envelopes[0].content.splitlines()) <= 998


def test_cyrillic_mail_sent_from_the_event_loop(smtp_server):
    subject, body = templates.render("staff_reply", "uk", town="Musterstadt", ticket="MS-000007", queue="Бюро громадян",
                                     reply="Ваш паспорт готовий. Приходьте, будь ласка, у вівторок.",
                                     contact="buergerbuero@musterstadt.example")
    message = compose(config_for(smtp_server), "olena@example.com", subject, body, sender_name="Місто Musterstadt")
    asyncio.run(mail.send_async(config_for(smtp_server), message))

    got = received(smtp_server)
    assert got["Subject"] == "Musterstadt: відповідь на Ваше повідомлення – номер звернення MS-000007"
    assert got["From"] == "Місто Musterstadt <noreply@musterstadt.example>"
    assert "Ваш паспорт готовий." in got.get_content() and "MS-000007" in got.get_content()


def test_international_domain_is_sent_as_punycode(smtp_server):
    send(config_for(smtp_server), compose(config_for(smtp_server), "info@straße.de", "Test", "Hallo"))
    assert smtp_server.handler.envelopes[0].rcpt_tos == ["info@xn--strae-oqa.de"]  # IDNA 2008, not strasse.de


@pytest.mark.parametrize("smtp_server", [{"reject": {"nobody@example.de"}}], indirect=True)
def test_refused_recipient_is_a_permanent_mail_error_without_the_address(smtp_server):
    message = compose(config_for(smtp_server), "nobody@example.de", "Test", "Hallo")
    with pytest.raises(MailError) as caught:
        send(config_for(smtp_server), message)
    assert caught.value.reason == "recipient" and caught.value.permanent
    assert "550" in str(caught.value) and "nobody@example.de" not in str(caught.value)
    assert smtp_server.handler.envelopes == []


@pytest.mark.parametrize("smtp_server", [{"authenticator": check_login, "auth_require_tls": False}], indirect=True)
def test_login_with_the_right_password_and_a_clear_error_with_a_wrong_one(smtp_server):
    good = config_for(smtp_server, username="rathaus", password=PASSWORD)
    send(good, compose(good, "a@example.de", "Test", "Hallo"))
    assert len(smtp_server.handler.envelopes) == 1

    bad = config_for(smtp_server, username="rathaus", password="wrong-" + PASSWORD)
    with pytest.raises(MailError) as caught:
        send(bad, compose(bad, "a@example.de", "Test", "Hallo"))
    assert caught.value.reason == "auth" and "535" in str(caught.value) and "login" in str(caught.value)
    assert PASSWORD not in str(caught.value) and PASSWORD not in repr(bad)
    assert caught.value.__cause__ is None

    umlaut = config_for(smtp_server, username="rathaus", password="Pässwort")
    with pytest.raises(MailError, match="only ASCII") as caught:
        send(umlaut, compose(umlaut, "a@example.de", "Test", "Hallo"))
    assert caught.value.reason == "auth" and "Pässwort" not in str(caught.value)


def test_nothing_listening_fails_fast():
    config = MailConfig(host="127.0.0.1", port=free_port(), timeout=5.0)
    started = time.monotonic()
    with pytest.raises(MailError) as caught:
        send(config, compose(config, "a@example.de", "Test", "Hallo"))
    assert time.monotonic() - started < 2
    assert caught.value.reason == "connect" and "refused" in str(caught.value) and not caught.value.permanent


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        config = MailConfig(host="127.0.0.1", port=silent.getsockname()[1], timeout=0.3)
        started = time.monotonic()
        with pytest.raises(MailError) as caught:
            send(config, compose(config, "a@example.de", "Test", "Hallo"))
    assert time.monotonic() - started < 2
    assert caught.value.reason == "timeout" and "0.3 s" in str(caught.value)


class FakeSMTP:
    calls: list

    def __init__(self, host, port, timeout=None, context=None):
        self.calls.append(("connect", host, port, timeout, context is not None))

    def starttls(self, context=None):
        self.calls.append(("starttls", context is not None))

    def login(self, user, password):
        self.calls.append(("login", user, password))

    def send_message(self, message):
        self.calls.append(("send", message["To"]))
        return {}

    def quit(self):
        raise smtplib.SMTPServerDisconnected("gone")  # after the message was taken: still a success

    def close(self):
        self.calls.append(("close",))


@pytest.fixture
def fake_smtp(monkeypatch):
    calls = []
    monkeypatch.setattr(FakeSMTP, "calls", calls, raising=False)
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    monkeypatch.setattr(smtplib, "SMTP_SSL", FakeSMTP)
    return calls


def test_login_only_when_a_username_is_set(fake_smtp):
    plain = MailConfig(host="mail.example", password="unused")
    send(plain, compose(plain, "a@example.de", "Test", "Hallo"))
    assert [c[0] for c in fake_smtp] == ["connect", "send", "close"]

    fake_smtp.clear()
    tls = MailConfig(host="mail.example", port=587, starttls=True, username="rathaus", password=PASSWORD)
    send(tls, compose(tls, "a@example.de", "Test", "Hallo"))
    assert fake_smtp == [("connect", "mail.example", 587, 10.0, False), ("starttls", True),
                         ("login", "rathaus", PASSWORD), ("send", "a@example.de"), ("close",)]

    fake_smtp.clear()
    implicit = MailConfig(host="mail.example", port=465, ssl=True)
    send(implicit, compose(implicit, "a@example.de", "Test", "Hallo"))
    assert fake_smtp[0] == ("connect", "mail.example", 465, 10.0, True)


@pytest.mark.parametrize(
    "field, value",
    [("to", "a@example.de\r\nBcc: victim@example.org"), ("to", "a@example.de\nX: y"),
     ("subject", "Hallo\r\nBcc: victim@example.org"), ("subject", "Hallo\nX"),
     ("reply_to", "b@example.de\r\nBcc: victim@example.org")],
)
def test_header_injection_is_refused(field, value):
    config = MailConfig(host="mail.example")
    args = {"to": "a@example.de", "subject": "Test", "text": "Hallo", "reply_to": None} | {field: value}
    with pytest.raises(ValueError):
        compose(config, **args)


@pytest.mark.parametrize("headers", [{"X-Ticket": "1\r\nBcc: v@example.org"}, {"Bcc": "v@example.org"},
                                     {"cc": "v@example.org"}, {"Bad Name": "x"}, {"X:Y": "x"}])
def test_extra_headers_cannot_inject_or_add_recipients(headers):
    with pytest.raises(ValueError):
        compose(MailConfig(host="mail.example"), "a@example.de", "Test", "Hallo", headers=headers)


@pytest.mark.parametrize(
    "address",
    ["", "a", "a@", "@example.de", "a@example", "a@@example.de", "a b@example.de", "a@exa mple.de",
     "a..b@example.de", ".a@example.de", "a@-example.de", "a@example.de, b@example.de", "Name <a@example.de>, b@x.de",
     "a@example.de <b@example.de>", "ä@example.de", "a@1.2.3.4", "a" * 65 + "@example.de"],
)
def test_invalid_addresses_are_refused(address):
    assert not is_valid_email(address)
    with pytest.raises(ValueError, match="invalid e-mail address"):
        compose(MailConfig(host="mail.example"), address, "Test", "Hallo")


def test_a_display_name_is_fine_for_compose_but_not_in_the_citizens_field():
    assert not is_valid_email("Max <max@example.de>")
    message = compose(MailConfig(host="mail.example"), "Max Müller <max@example.de>", "Test", "Hallo")
    assert message["To"].addresses[0].addr_spec == "max@example.de"


@pytest.mark.parametrize("address", ["a@example.de", " max.mustermann+rathaus@sub.example.de ", "o'neil@example.ie",
                                     "info@straße.de", "x@xn--strae-oqa.de", "A.B@EXAMPLE.DE"])
def test_valid_addresses(address):
    assert is_valid_email(address)


@pytest.mark.parametrize(
    "number, ok",
    [("+49 3641 49-0", True), ("03641 490", True), ("(03641) 49 0", True), ("0049 3641/490", True),
     ("+49 (0) 3641 49-0", True), ("0170-1234567", True), ("+380 44 123 4567", True), ("٠٣٦٤١ ٤٩٠", True),
     ("12345", False), ("+0 3641 490", False), ("0361 49x0", False), ("+49 3641 +490", False), ("", False),
     ("1" * 21, False), ("03641 490 ext. 5", False), ("03641\n490", True), ("03641;490", False)],
)
def test_phone_numbers(number, ok):
    assert is_valid_phone(number) is ok


def test_settings_mapping_and_defaults():
    assert MailConfig.from_settings(SimpleNamespace()) is None
    assert MailConfig.from_settings(SimpleNamespace(smtp_host="  ")) is None
    secret = SimpleNamespace(get_secret_value=lambda: PASSWORD)
    config = MailConfig.from_settings(SimpleNamespace(
        smtp_host="mail.example", smtp_port=None, smtp_username="rathaus", smtp_password=secret,
        smtp_starttls=True, smtp_ssl=False, mail_from="Stadt <noreply@musterstadt.example>", smtp_timeout=3))
    assert (config.port, config.password, config.starttls, config.timeout) == (587, PASSWORD, True, 3.0)
    assert PASSWORD not in repr(config)
    assert MailConfig.from_settings(SimpleNamespace(smtp_host="mail.example", smtp_ssl=True)).port == 465
    plain = MailConfig.from_settings(SimpleNamespace(smtp_host="mail.example"))
    assert (plain.port, plain.username, plain.sender) == (25, None, mail.DEFAULT_SENDER)
    with pytest.raises(ValueError):
        MailConfig(host="mail.example", ssl=True, starttls=True)
    with pytest.raises(ValueError):
        MailConfig(host="mail.example", sender="not an address")


def test_backoff_schedule():
    assert [backoff_seconds(n) for n in range(1, 8)] == [30, 120, 600, 1800, 3600, 3600, 3600]
    assert backoff_seconds(10_000) == 3600
    with pytest.raises(ValueError):
        backoff_seconds(0)
