"""Outbound webhook per tenant: feed the town's own ticket system (Zammad,
OTRS/Znuny, a mail gateway, …) with handoff events.

An event is stored in `webhook_outbox` in the same transaction as what caused
it (a ticket, a state change) and posted by a background loop through the
guarded HTTP client, retried on the mail outbox's schedule. So a ticket system
that is down, slow or misconfigured loses nothing; staff see the delivery
state next to the conversation. Each delivery carries a stable id
(`X-Rathaus-Delivery`, also in the body) so a receiver can drop repeats — a
retry after a timeout may deliver an event twice, never zero times.

Tenant setting `webhook` (see README):

    {"url": "https://tickets.jena.de/hooks/rathaus", "format": "json",
     "events": ["ticket.created", "handoff.waiting"], "secret": "…"}

Formats are a small registry (name → builder): "json" posts rathaus's own
event document, signed with HMAC-SHA256 of the body when a secret is set;
"zammad" creates a ticket through Zammad's REST API (`/api/v1/tickets`, the
secret is the access token). A new format is one more entry in FORMATS.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import uuid
from dataclasses import dataclass
from typing import Any, Callable

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.db.tables import Message, Tenant, WebhookDelivery, utcnow
from rathaus.handoff.outbox import claim_due, record_attempt
from rathaus.security.http import GuardedClient, OutboundBlocked, is_http_url
from rathaus.security.secrets import SecretBox, SecretError, is_sealed

log = logging.getLogger(__name__)

EVENTS = ("ticket.created", "handoff.waiting", "message.created", "conversation.state_changed")
DEFAULT_EVENTS = ("ticket.created",)
TRANSCRIPT_LIMIT = 100  # messages sent along with a new ticket or waiting conversation
TIMEOUT_S = 10.0


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    format: str = "json"
    events: tuple[str, ...] = DEFAULT_EVENTS
    secret: str | None = None  # sealed (security.secrets) once stored
    group: str | None = None  # zammad: the group tickets go to (default: the queue's name)
    customer: str | None = None  # zammad: customer when the citizen left no e-mail (callback requests)


@dataclass(frozen=True)
class Request:
    url: str
    headers: dict[str, str]
    body: bytes


def parse_config(raw: Any) -> WebhookConfig:
    """The `webhook` tenant setting, checked; ValueError says what is wrong."""
    if not isinstance(raw, dict):
        raise ValueError("muss ein Objekt wie {\"url\": \"https://…\", \"events\": [\"ticket.created\"]} sein")
    unknown = set(raw) - {"url", "format", "events", "secret", "group", "customer"}
    if unknown:
        raise ValueError(f"unbekannte Angaben {sorted(unknown)}; möglich: url, format, events, secret, group, customer")
    url = raw.get("url")
    if not is_http_url(url) or len(url) > 2000:
        raise ValueError(f"url muss eine http(s)-Adresse sein, nicht {url!r}")
    fmt = raw.get("format", "json")
    if fmt not in FORMATS:
        raise ValueError(f"format muss eines von {', '.join(FORMATS)} sein, nicht {fmt!r}")
    events = raw.get("events", list(DEFAULT_EVENTS))
    if not isinstance(events, list) or not events or any(e not in EVENTS for e in events):
        raise ValueError(f"events muss eine nicht leere Liste aus {', '.join(EVENTS)} sein, nicht {events!r}")
    if fmt == "zammad" and events != ["ticket.created"]:
        raise ValueError("das Format zammad legt Tickets an: events muss [\"ticket.created\"] sein")
    for key in ("secret", "group", "customer"):
        if raw.get(key) is not None and (not isinstance(raw[key], str) or not raw[key].strip() or len(raw[key]) > 2000):
            raise ValueError(f"{key} muss ein nicht leerer Text sein")
    if fmt == "zammad" and not raw.get("secret"):
        raise ValueError("das Format zammad braucht das Zugriffs-Token (access token) als secret")
    return WebhookConfig(url=url, format=fmt, events=tuple(events), secret=raw.get("secret"),
                         group=raw.get("group"), customer=raw.get("customer"))


def config_for(settings: dict) -> WebhookConfig | None:
    raw = settings.get("webhook")
    if not raw:
        return None
    try:
        return parse_config(raw)
    except ValueError:  # stored before a rule tightened: better no webhook than a crash in the chat
        log.warning("ignoring an invalid webhook setting")
        return None


# -- recording events (inside the caller's transaction) ----------------------------------------

def transcript(session: Session, tenant_id: int, conversation_id: str) -> list[dict]:
    """What the citizen, the bot and staff wrote (no internal notes), oldest first."""
    rows = session.scalars(
        select(Message).where(Message.tenant_id == tenant_id, Message.conversation_id == conversation_id,
                              Message.role.in_(("user", "assistant", "staff", "system")))
        .order_by(Message.id.desc()).limit(TRANSCRIPT_LIMIT)
    ).all()
    return [{"role": m.role, "author": m.author, "text": m.content, "at": m.created_at.isoformat(),
             "sources": [{"title": c.get("title"), "url": c.get("url")} for c in (m.citations or [])]}
            for m in reversed(rows)]


def record(session: Session, tenant: Tenant, event: str, conversation_id: str, **data: Any) -> bool:
    """Store one event for the tenant's webhook, if it has one that wants it."""
    config = config_for(dict(tenant.settings or {}))
    if config is None or event not in config.events:
        return False
    if event in ("ticket.created", "handoff.waiting"):
        data.setdefault("transcript", transcript(session, tenant.id, conversation_id))
    delivery_id = str(uuid.uuid4())
    payload = {"id": delivery_id, "event": event, "occurred_at": utcnow().isoformat(),
               "tenant": {"slug": tenant.slug, "name": tenant.name}, "conversation_id": conversation_id, **data}
    session.execute(WebhookDelivery.__table__.insert().values(
        tenant_id=tenant.id, conversation_id=conversation_id, delivery_id=delivery_id, event=event,
        payload=payload, status="pending", attempts=0, next_attempt_at=utcnow(), created_at=utcnow()))
    return True


def record_state_change(session: Session, tenant: Tenant, conversation_id: str, change) -> bool:
    """`change` is a handoff.states.StateChange."""
    return record(session, tenant, "conversation.state_changed", conversation_id, state=change.to_state,
                  previous_state=change.from_state, queue=change.queue, actor=change.actor, reason=change.reason)


# -- formats ----------------------------------------------------------------------------------

def _json_request(config: WebhookConfig, payload: dict, secret: str | None) -> Request:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "X-Rathaus-Event": payload["event"],
               "X-Rathaus-Delivery": payload["id"]}
    if secret:
        headers["X-Rathaus-Signature"] = "sha256=" + sign(secret, body)
    return Request(config.url, headers, body)


def sign(secret: str, body: bytes) -> str:
    """HMAC-SHA256 of the exact body; receivers compare with hmac.compare_digest."""
    return hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def _zammad_request(config: WebhookConfig, payload: dict, secret: str | None) -> Request:
    ticket = payload.get("ticket") or {}
    lines = [f"Anliegen aus dem Chat von {payload['tenant']['name']} (Vorgang {ticket.get('reference', '-')})", ""]
    if ticket.get("kind") == "callback":
        lines.append(f"Rückruf erbeten: {ticket.get('phone')} ({ticket.get('callback_window') or 'jederzeit'})")
    if ticket.get("message"):
        lines += ["Nachricht:", ticket["message"]]
    lines += ["", "Verlauf:"] + [f"[{m['role']}] {m['text']}" for m in payload.get("transcript", [])]
    customer = ticket.get("email") or config.customer
    first_question = next((m["text"] for m in payload.get("transcript", []) if m["role"] == "user"), "Anfrage")
    document = {
        "title": f"Chat: {first_question[:80]}",
        "group": config.group or ticket.get("queue_name") or "Users",
        "customer_id": f"guess:{customer}" if customer else None,
        "article": {"subject": f"Chat-Anliegen {ticket.get('reference', '')}".strip(), "body": "\n".join(lines),
                    "type": "web", "internal": False, "content_type": "text/plain"},
    }
    body = json.dumps({k: v for k, v in document.items() if v is not None}, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", "Authorization": f"Token token={secret}",
               "X-Rathaus-Delivery": payload["id"]}
    return Request(config.url.rstrip("/") + "/api/v1/tickets", headers, body)


FORMATS: dict[str, Callable[[WebhookConfig, dict, str | None], Request]] = {
    "json": _json_request,
    "zammad": _zammad_request,
}


# -- delivery (background loop) ---------------------------------------------------------------

def _post(client: GuardedClient, request: Request) -> str | None:
    """None when the receiver took it (2xx), else why not."""
    try:
        response = client.request("POST", request.url, content=request.body, headers=request.headers,
                                  follow_redirects=False)
    except OutboundBlocked as exc:
        return f"blocked: {exc}"
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if 200 <= response.status_code < 300:
        return None
    return f"HTTP {response.status_code}: {response.content[:200].decode('utf-8', 'replace')}"


def deliver_due(db, client: GuardedClient, box: SecretBox | None) -> tuple[int, int]:
    """Post what is due now; returns (sent, not sent). Blocking: run it in a thread.
    Every failure is retried (a wrong token or an unreachable host can be fixed
    by the admin meanwhile) until the outbox gives up after about a day and a half."""
    sent = failed = 0
    for row in claim_due(db, WebhookDelivery, WebhookDelivery.tenant_id, WebhookDelivery.payload):
        with db.session() as session:
            tenant = session.get(Tenant, row.tenant_id)
            config = config_for(dict(tenant.settings or {})) if tenant is not None else None
        if config is None:
            record_attempt(db, WebhookDelivery, row.id, "the webhook was removed", permanent=True)
            failed += 1
            continue
        try:
            secret = box.open(config.secret) if is_sealed(config.secret) else None
        except SecretError as exc:
            secret, error = None, str(exc)
        else:
            error = _post(client, FORMATS[config.format](config, row.payload, secret))
        record_attempt(db, WebhookDelivery, row.id, error)
        sent, failed = (sent + 1, failed) if error is None else (sent, failed + 1)
        if error is not None:
            log.warning("webhook delivery %s not accepted: %s", row.id, error)
    return sent, failed


async def run_webhooks(db, settings, every: float = 5.0) -> None:
    """The background loop of one server process (several processes share the work safely)."""
    box = SecretBox.from_settings(settings)
    client = GuardedClient(allow_hosts=set(settings.outbound_allow_hosts), timeout=TIMEOUT_S, max_bytes=1024 * 1024)
    try:
        while True:
            try:
                await asyncio.to_thread(deliver_due, db, client, box)
            except Exception:  # the loop must survive anything; the events stay pending
                log.exception("webhook round failed")
            await asyncio.sleep(every)
    finally:
        client.close()
