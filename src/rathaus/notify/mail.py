"""Composing and sending plain-text e-mail over SMTP (stdlib `smtplib`).

Why stdlib: one message per ticket event is all rathaus sends, so a
synchronous client in a worker thread (`send_async`) is enough and adds no
dependency (`idna`, for domains like straße.de, comes with httpx). Every address and header value is checked before a message
exists, because parts of it (the citizen's address, a town name) come from
people rather than code; a line break in a header would let them add their
own headers or recipients.

`MailError` messages name the step that failed but never the password nor
the recipient's address (they end up in logs; the outbox row already says
whom the mail was for).
"""

from __future__ import annotations

import asyncio
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid

from rathaus.notify.addresses import CONTROL_RE, is_valid_email, is_valid_phone, normalize_phone, parse_address

__all__ = [
    "MailConfig", "MailError", "backoff_seconds", "compose", "is_valid_email", "is_valid_phone",
    "normalize_phone", "send", "send_async",
]

DEFAULT_SENDER = "rathaus <noreply@localhost>"
# Set by compose itself; a caller's `headers` must not replace them (Cc/Bcc would add recipients).
RESERVED_HEADERS = frozenset(
    h.lower()
    for h in ("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "Reply-To", "Sender",
              "MIME-Version", "Content-Type", "Content-Transfer-Encoding")
)
# Retry schedule of the outbox, indexed by attempt - 1; the last value repeats.
BACKOFF_SCHEDULE = (30.0, 120.0, 600.0, 1800.0, 3600.0)
_MAILBOX_RE = re.compile(r"<?[^\s<>]+@[^\s<>]+>?")
_ADDRESS_HEADERS = frozenset({"from", "to", "cc", "bcc", "reply-to", "sender"})


class _MailPolicy(EmailPolicy):
    """The default policy, except that text headers with non-ASCII characters are
    encoded by the older `email.header.Header`. Why: the default folder (Python 3.11)
    splits a long subject between two encoded words at a space, and readers drop
    whitespace between encoded words — "Ваше повідомлення" arrived as
    "Вашеповідомлення" (tests/notify/test_mail.py)."""

    def _encoded(self, name: str, value: str) -> str | None:
        text = str(value)
        if name.lower() in _ADDRESS_HEADERS or text.isascii():
            return None
        encoded = Header(text, "utf-8", header_name=name).encode(maxlinelen=self.max_line_length,
                                                                 linesep=self.linesep)
        return f"{name}: {encoded}{self.linesep}"

    def fold(self, name, value):
        return self._encoded(name, value) or super().fold(name, value)

    def fold_binary(self, name, value):
        encoded = self._encoded(name, value)
        return encoded.encode("ascii") if encoded else super().fold_binary(name, value)


@dataclass(frozen=True)
class MailConfig:
    host: str
    port: int = 25
    username: str | None = None
    password: str | None = field(default=None, repr=False)  # never in logs or tracebacks
    starttls: bool = False
    ssl: bool = False
    sender: str = DEFAULT_SENDER
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.ssl and self.starttls:
            raise ValueError("smtp_ssl and smtp_starttls exclude each other: SSL is TLS from the start (port 465), "
                             "STARTTLS upgrades a plain connection (port 587)")
        if not 0 < self.port < 65536:
            raise ValueError(f"invalid SMTP port {self.port}")
        if self.timeout <= 0:
            raise ValueError("the SMTP timeout must be positive")
        parse_address(self.sender, "sender", require_dot=False)  # a bad mail_from fails at start, not per mail

    @property
    def sender_domain(self) -> str:
        return parse_address(self.sender, "sender", require_dot=False).domain

    @classmethod
    def from_settings(cls, settings: object) -> MailConfig | None:
        """The configuration from `Settings` (smtp_* and mail_from); None when
        no smtp_host is set, which means mail is switched off. Without a port,
        the one that fits the mode is used: 465 for SSL, 587 for STARTTLS, else 25."""
        host = (getattr(settings, "smtp_host", None) or "").strip()
        if not host:
            return None
        use_ssl = bool(getattr(settings, "smtp_ssl", False))
        starttls = bool(getattr(settings, "smtp_starttls", False))
        port = getattr(settings, "smtp_port", None) or (465 if use_ssl else 587 if starttls else 25)
        password = getattr(settings, "smtp_password", None)
        if hasattr(password, "get_secret_value"):  # pydantic SecretStr
            password = password.get_secret_value()
        return cls(
            host=host,
            port=int(port),
            username=getattr(settings, "smtp_username", None) or None,
            password=password or None,
            starttls=starttls,
            ssl=use_ssl,
            sender=getattr(settings, "mail_from", None) or DEFAULT_SENDER,
            timeout=float(getattr(settings, "smtp_timeout", None) or 10.0),
        )


class MailError(RuntimeError):
    """Sending failed. `reason` is one of connect, timeout, tls, auth, sender,
    recipient, message, protocol; `permanent` is True when the server refused
    this message for good (a 5xx for the recipient or the content), so
    retrying it cannot help — everything else may work on a later attempt."""

    def __init__(self, message: str, *, reason: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.reason = reason
        self.permanent = permanent


# --- composing ----------------------------------------------------------------------------------

def _no_line_breaks(value: str, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a string")
    if CONTROL_RE.search(value):
        raise ValueError(f"{what} must not contain line breaks or control characters")
    return value


def compose(config: MailConfig, to: str, subject: str, text: str, reply_to: str | None = None,
            headers: dict[str, str] | None = None, *, sender_name: str | None = None) -> EmailMessage:
    """A UTF-8 plain-text message from `config.sender` to one recipient.

    `sender_name` replaces the display name of the sender (the town's name, so
    citizens recognise the mail). `headers` adds extra headers (X-Rathaus-Ticket);
    the ones compose sets itself cannot be replaced. ValueError for an invalid
    address or a header value with a line break.
    """
    recipient = parse_address(to, "to")
    sender = parse_address(config.sender, "sender", require_dot=False)
    if sender_name is not None:
        sender = Address(display_name=_no_line_breaks(sender_name, "sender_name"), addr_spec=sender.addr_spec)
    message = EmailMessage(policy=_MailPolicy())
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = _no_line_breaks(subject, "subject")
    if reply_to is not None:
        message["Reply-To"] = parse_address(reply_to, "reply_to")
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    # An explicit domain: without one make_msgid asks DNS for this host's name, which can stall for seconds.
    message["Message-ID"] = make_msgid(domain=config.sender_domain)
    # RFC 3834: out-of-office robots do not answer mails marked like this (no reply loops).
    message["Auto-Submitted"] = "auto-generated"
    for name, value in (headers or {}).items():
        if not re.fullmatch(r"[!-9;-~]+", name or ""):
            raise ValueError(f"invalid header name {name!r}")
        if name.lower() in RESERVED_HEADERS:
            raise ValueError(f"header {name} is set by compose and cannot be passed in headers")
        _no_line_breaks(value, f"header {name}")
        del message[name]
        message[name] = value
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    # quoted-printable, not raw 8bit: any relay can pass 7-bit data on, and long lines get soft breaks.
    message.set_content(body if body.endswith("\n") else body + "\n", subtype="plain", charset="utf-8",
                        cte="quoted-printable")
    return message


# --- sending --------------------------------------------------------------------------------------

def _server_text(reply: bytes | str | None) -> str:
    """The server's reply on one line, shortened, with addresses masked (servers quote the recipient)."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply or "")
    return _MAILBOX_RE.sub("<address>", " ".join(text.split()))[:200]


def _deliver(config: MailConfig, message: EmailMessage) -> dict:
    context = ssl.create_default_context() if (config.ssl or config.starttls) else None
    if config.ssl:
        client = smtplib.SMTP_SSL(config.host, config.port, timeout=config.timeout, context=context)
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        if config.starttls:
            client.starttls(context=context)
        if config.username:
            client.login(config.username, config.password or "")
        refused = client.send_message(message)
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass  # the server has the message; a failed goodbye must not make the outbox send it twice
        return refused
    finally:
        client.close()


def _unsupported(exc: smtplib.SMTPNotSupportedError) -> str:
    text = str(exc)
    return "STARTTLS" if "STARTTLS" in text else "AUTH (login)" if "AUTH" in text else "SMTPUTF8"


def send(config: MailConfig, message: EmailMessage) -> None:
    """Deliver `message` to the configured SMTP server; MailError on any failure.
    The timeout applies to connecting and to every reply of the server."""
    where = f"{config.host}:{config.port}"
    try:
        refused = _deliver(config, message)
    except smtplib.SMTPAuthenticationError as exc:
        # Only the code, and no chained exception: some servers echo the (base64) credentials.
        raise MailError(f"SMTP login as {config.username!r} at {where} failed ({exc.smtp_code})",
                        reason="auth") from None
    except UnicodeEncodeError:
        # smtplib sends user name and password as ASCII only; compose keeps everything else ASCII.
        raise MailError(f"SMTP login as {config.username!r} at {where} failed: smtplib accepts only ASCII "
                        "characters in user name and password", reason="auth") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(f"SMTP server {where} does not support {_unsupported(exc)}", reason="protocol") from exc
    except smtplib.SMTPRecipientsRefused as exc:
        code, reply = next(iter(exc.recipients.values()), (0, b""))
        raise MailError(f"SMTP server {where} refused the recipient ({code} {_server_text(reply)})",
                        reason="recipient", permanent=code >= 500) from exc
    except smtplib.SMTPSenderRefused as exc:
        raise MailError(f"SMTP server {where} refused the sender ({exc.smtp_code} {_server_text(exc.smtp_error)})",
                        reason="sender") from exc
    except smtplib.SMTPDataError as exc:
        raise MailError(f"SMTP server {where} refused the message ({exc.smtp_code} {_server_text(exc.smtp_error)})",
                        reason="message", permanent=exc.smtp_code >= 500) from exc
    except smtplib.SMTPConnectError as exc:
        raise MailError(f"SMTP server {where} refused the connection ({exc.smtp_code} {_server_text(exc.smtp_error)})",
                        reason="connect") from exc
    except smtplib.SMTPServerDisconnected as exc:
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a read timeout as a disconnect
            raise MailError(f"SMTP server {where} did not answer within {config.timeout:g} s",
                            reason="timeout") from exc
        raise MailError(f"SMTP server {where} closed the connection unexpectedly", reason="protocol") from exc
    except smtplib.SMTPException as exc:
        raise MailError(f"SMTP error at {where}: {_server_text(str(exc))}", reason="protocol") from exc
    except ssl.SSLError as exc:
        raise MailError(f"TLS with {where} failed: {exc.reason or exc}", reason="tls") from exc
    except TimeoutError as exc:
        raise MailError(f"SMTP server {where} did not answer within {config.timeout:g} s", reason="timeout") from exc
    except ConnectionRefusedError as exc:
        raise MailError(f"connection to SMTP server {where} refused (is it running?)", reason="connect") from exc
    except socket.gaierror as exc:
        raise MailError(f"SMTP host {config.host!r} not found ({exc.strerror})", reason="connect") from exc
    except OSError as exc:
        raise MailError(f"connection to SMTP server {where} failed: {exc.strerror or exc}", reason="connect") from exc
    if refused:  # only for a hand-built message with several recipients, some accepted (compose makes one)
        raise MailError(f"SMTP server {where} refused {len(refused)} recipient(s)", reason="recipient",
                        permanent=all(code >= 500 for code, _ in refused.values()))


async def send_async(config: MailConfig, message: EmailMessage) -> None:
    """`send` in a worker thread, so the event loop keeps serving chats meanwhile."""
    await asyncio.to_thread(send, config, message)


def backoff_seconds(attempt: int) -> float:
    """Seconds the outbox waits after failed attempt number `attempt` (1 = the first try):
    30 s, 2 min, 10 min, 30 min, then every hour (the cap). Short first steps cover a
    restarting mail server; the hourly cap keeps a long outage from hammering it while
    a mail still goes out within the hour after it is back. No jitter: one outbox per
    installation sends a handful of mails, not a thundering herd. When to give up
    (e.g. after two days) is the outbox's decision."""
    if attempt < 1:
        raise ValueError("attempt counts from 1")
    return BACKOFF_SCHEDULE[min(attempt, len(BACKOFF_SCHEDULE)) - 1]
