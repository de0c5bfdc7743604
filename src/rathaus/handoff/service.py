"""Handoff operations, one database transaction each. They return what the
caller must tell others (an `Event` for the live broker) instead of
publishing themselves, so that nothing is announced before it is committed.

Topics on the broker: "conv:<id>" reaches the citizen's widget, "inbox"
reaches every open staff inbox of the tenant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rathaus.conversations import store
from rathaus.db import repository as repo
from rathaus.db.tables import Conversation, Tenant, Ticket, Transition, as_utc, utcnow
from rathaus.handoff import outbox, routing, states, webhooks
from rathaus.handoff.phrases import HANDED_OVER, NOBODY_ON_DUTY, TICKET_CREATED, say
from rathaus.notify.mail import is_valid_email, is_valid_phone

MAX_TICKET_MESSAGE = 4000


class InvalidRequest(ValueError):
    """Bad input from the citizen; `field` names what to fix."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


@dataclass
class Event:
    topic: str
    payload: dict


@dataclass
class Outcome:
    state: str
    text: str = ""  # what the citizen reads, in their language
    queue: str | None = None
    queue_name: str | None = None
    live: bool = False
    options: list[str] = field(default_factory=list)  # message | callback | contact
    reference: str | None = None
    events: list[Event] = field(default_factory=list)


def _announce(session: Session, tenant: Tenant, conversation_id: str, change: states.StateChange) -> list[Event]:
    """A state change for the live broker (after commit) and the webhook (now, in this transaction)."""
    payload = {"type": "state", "conversation_id": conversation_id, "state": change.to_state,
               "queue": change.queue, "actor": change.actor, "at": change.at.isoformat()}
    webhooks.record_state_change(session, tenant, conversation_id, change)
    return [Event(f"conv:{conversation_id}", payload), Event("inbox", payload)]


def reference(tenant_slug: str, ticket_id: int) -> str:
    return f"{tenant_slug.upper()[:12]}-{ticket_id:06d}"


def timeout_s(settings: dict) -> int:
    return int(settings.get("handoff_timeout_s") or routing.DEFAULT_TIMEOUT_S)


def _waited(session: Session, tenant_id: int, conversation_id: str) -> float:
    """Seconds since the conversation last entered waiting_for_staff."""
    since = session.scalar(
        select(Transition.created_at)
        .where(Transition.tenant_id == tenant_id, Transition.conversation_id == conversation_id,
               Transition.to_state == states.WAITING)
        .order_by(Transition.id.desc()).limit(1)
    )
    if since is None:
        return 0.0
    return (utcnow() - as_utc(since)).total_seconds()


def request_handoff(session: Session, tenant_slug: str, conversation_id: str, language: str,
                    reason: str = "citizen_request", actor: str = "citizen", mail_enabled: bool = False) -> Outcome:
    """The citizen (or the bot on their behalf) asks for a person. Live when the
    queue is open and someone is present, otherwise an offer to leave a message
    or ask for a call back (no state change until they do)."""
    tenant = repo.get_tenant(session, tenant_slug)
    settings = dict(tenant.settings or {})
    state, current_queue = states.current_state(session, tenant.id, conversation_id)
    queue = _queue_for(session, tenant.id, settings, conversation_id, current_queue)
    if state == states.WAITING and _waited(session, tenant.id, conversation_id) >= timeout_s(settings):
        # nobody took it in time: offer a message or a call back (leaving one ends the wait)
        text = say(NOBODY_ON_DUTY, language, queue=queue.name, response_time=routing.response_time(queue, language))
        return Outcome(state, text, queue.id, queue.name, live=False, options=["message", "callback", "contact"])
    if state in (states.WAITING, states.WITH_STAFF, states.TICKET_OPEN):
        return Outcome(state, "", queue.id, queue.name, live=state != states.TICKET_OPEN)
    if routing.on_duty(session, tenant.id, settings, queue):
        change = states.transition(session, tenant.id, conversation_id, states.WAITING, actor, reason, queue.id)
        text = say(HANDED_OVER, language, queue=queue.name)
        store.add_message(session, tenant.id, conversation_id, "system", text, language, checked=True)
        _notify_queue(session, tenant, queue, conversation_id, mail_enabled)
        webhooks.record(session, tenant, "handoff.waiting", conversation_id, reason=reason,
                        queue={"id": queue.id, "name": queue.name}, language=language)
        return Outcome(states.WAITING, text, queue.id, queue.name, live=True,
                       events=_announce(session, tenant, conversation_id, change))
    if current_queue is None and queue.id != routing.queues(settings)[0].id:  # remember the topic for a ticket
        session.execute(update(Conversation).where(Conversation.tenant_id == tenant.id, Conversation.id == conversation_id)
                        .values(queue=queue.id))
    text = say(NOBODY_ON_DUTY, language, queue=queue.name, response_time=routing.response_time(queue, language))
    return Outcome(state, text, queue.id, queue.name, live=False, options=["message", "callback", "contact"])


def _queue_for(session: Session, tenant_id: int, settings: dict, conversation_id: str,
               current_queue: str | None) -> routing.Queue:
    """The conversation's queue, or the one of the pages the bot quoted in it
    (pages only linked as further candidates do not vote)."""
    if current_queue is not None:
        return routing.find_queue(settings, current_queue)
    cited = [c.get("url") for m in store.history(session, tenant_id, conversation_id) for c in m.citations
             if not c.get("linked")]
    return routing.classify(settings, cited)


def _notify_queue(session: Session, tenant, queue: routing.Queue, conversation_id: str, mail_enabled: bool) -> None:
    """A mail to the queue's address for a new waiting conversation or ticket (staff read German)."""
    if mail_enabled and queue.email:
        outbox.enqueue(session, tenant.id, conversation_id, "queue_notification", queue.email, "de", queue=queue.name,
                       since=routing.local_now(dict(tenant.settings or {})).strftime("%d.%m.%Y %H:%M"),
                       link=f"/api/v1/staff/{tenant.slug}/conversations/{conversation_id}")


def leave_ticket(session: Session, tenant_slug: str, conversation_id: str, kind: str, message: str,
                 language: str, email: str | None = None, phone: str | None = None,
                 callback_window: str | None = None, mail_enabled: bool = False) -> Outcome:
    """A message (with e-mail) or a callback request (with phone). Leaving it
    twice for one conversation returns the first ticket, never a second one."""
    if kind not in ("message", "callback"):
        raise InvalidRequest("kind", "kind must be 'message' or 'callback'")
    email = (email or "").strip() or None
    phone = (phone or "").strip() or None
    if kind == "message" and (email is None or not is_valid_email(email)):
        raise InvalidRequest("email", "invalid e-mail address")
    if kind == "callback" and (phone is None or not is_valid_phone(phone)):
        raise InvalidRequest("phone", "invalid phone number")
    if email is not None and not is_valid_email(email):
        raise InvalidRequest("email", "invalid e-mail address")
    if len(message) > MAX_TICKET_MESSAGE:
        raise InvalidRequest("message", f"the message is too long (at most {MAX_TICKET_MESSAGE} characters)")
    tenant = repo.get_tenant(session, tenant_slug)
    state, current_queue = states.current_state(session, tenant.id, conversation_id)
    existing = session.scalar(select(Ticket).where(Ticket.tenant_id == tenant.id,
                                                   Ticket.conversation_id == conversation_id))
    if existing is not None and existing.status == "open":
        ref = reference(tenant.slug, existing.id)
        return Outcome(state, say(TICKET_CREATED, language, reference=ref), existing.queue, reference=ref)
    queue = _queue_for(session, tenant.id, dict(tenant.settings or {}), conversation_id, current_queue)
    if existing is not None:  # answered before; the citizen writes again: the same ticket reopens
        ticket = existing
        ticket.kind, ticket.email, ticket.phone, ticket.callback_window = kind, email, phone, callback_window
        ticket.message, ticket.status, ticket.answered_at = message, "open", None
    else:
        ticket = Ticket(tenant_id=tenant.id, conversation_id=conversation_id, kind=kind, queue=queue.id,
                        email=email, phone=phone, callback_window=callback_window, message=message,
                        language=language)
        session.add(ticket)
        try:
            with session.begin_nested():
                session.flush()
        except IntegrityError:  # another worker stored it a moment ago
            ticket = session.scalar(select(Ticket).where(Ticket.tenant_id == tenant.id,
                                                         Ticket.conversation_id == conversation_id))
            ref = reference(tenant.slug, ticket.id)
            return Outcome(states.TICKET_OPEN, say(TICKET_CREATED, language, reference=ref), ticket.queue, reference=ref)
    change = states.transition(session, tenant.id, conversation_id, states.TICKET_OPEN, "citizen", kind, queue.id)
    ref = reference(tenant.slug, ticket.id)
    _notify_queue(session, tenant, queue, conversation_id, mail_enabled)
    if mail_enabled and email:
        mail_kind = "ticket_confirmation" if kind == "message" else "callback_confirmation"
        outbox.enqueue(session, tenant.id, conversation_id, mail_kind, email, language, town=tenant.name, ticket=ref,
                       response_time=routing.response_time(queue, language), message=message or "-", phone=phone or "-",
                       window=callback_window or "-")
    text = say(TICKET_CREATED, language, reference=ref)
    store.add_message(session, tenant.id, conversation_id, "system", text, language, checked=True)
    webhooks.record(session, tenant, "ticket.created", conversation_id, ticket={
        "reference": ref, "kind": kind, "queue": queue.id, "queue_name": queue.name, "email": email, "phone": phone,
        "callback_window": callback_window, "message": message, "language": language})
    events = _announce(session, tenant, conversation_id, change)
    events.append(Event("inbox", {"type": "ticket", "conversation_id": conversation_id, "reference": ref,
                                  "kind": kind, "queue": queue.id}))
    return Outcome(states.TICKET_OPEN, text, queue.id, queue.name, reference=ref, events=events)


def citizen_message(session: Session, tenant: Tenant, conversation_id: str, message_id: int, text: str) -> list[Event]:
    """A citizen's message while staff answers: it goes to the inbox (the bot is silent)."""
    payload = {"type": "message", "conversation_id": conversation_id, "role": "user", "id": message_id,
               "text": text}
    webhooks.record(session, tenant, "message.created", conversation_id,
                    message={"id": message_id, "role": "user", "author": None, "text": text})
    return [Event("inbox", payload)]


def bot_message(session: Session, tenant_id: int, conversation_id: str, text: str, language: str) -> list[Event]:
    """What the bot still says while staff answers (the help numbers for someone in a crisis):
    kept in the conversation, and shown in the inbox at once."""
    message_id = store.add_message(session, tenant_id, conversation_id, "assistant", text, language,
                                   grounded=False, checked=True)
    return [Event("inbox", {"type": "message", "conversation_id": conversation_id, "role": "assistant",
                            "id": message_id, "text": text})]


def staff_message(session: Session, tenant_slug: str, conversation_id: str, author: str, text: str,
                  internal: bool = False, mail_enabled: bool = False) -> tuple[int, list[Event]]:
    """A staff reply (or an internal note, never shown to the citizen). A reply
    takes the conversation to with_staff (from waiting, or reopening a resolved
    one), or marks an open ticket answered."""
    text = text.strip()
    if not text:
        raise InvalidRequest("text", "the message must not be empty")
    tenant = repo.get_tenant(session, tenant_slug)
    state, _ = states.current_state(session, tenant.id, conversation_id)
    actor = f"staff:{author}"
    events: list[Event] = []
    if not internal:
        target = {states.TICKET_OPEN: states.ANSWERED, states.WITH_STAFF: None}.get(state, states.WITH_STAFF)
        if target is not None:
            change = states.transition(session, tenant.id, conversation_id, target, actor, "reply")
            events += _announce(session, tenant, conversation_id, change)
        if target == states.ANSWERED:
            settings = dict(tenant.settings or {})
            for ticket in session.scalars(select(Ticket).where(Ticket.tenant_id == tenant.id,
                                                               Ticket.conversation_id == conversation_id)):
                ticket.status, ticket.answered_at = "answered", utcnow()
                if mail_enabled and ticket.email:  # the citizen may not come back to the chat
                    contact = (settings.get("contact") or {}).get("email") or (settings.get("contact") or {}).get("phone")
                    outbox.enqueue(session, tenant.id, conversation_id, "staff_reply", ticket.email, ticket.language,
                                   town=tenant.name, ticket=reference(tenant.slug, ticket.id), reply=text,
                                   queue=routing.find_queue(settings, ticket.queue).name, contact=contact or tenant.name)
    role = "note" if internal else "staff"
    message_id = store.add_message(session, tenant.id, conversation_id, role, text, checked=False, author=author)
    payload = {"type": "message", "conversation_id": conversation_id, "role": role, "id": message_id,
               "author": author, "text": text}
    if not internal:
        webhooks.record(session, tenant, "message.created", conversation_id,
                        message={"id": message_id, "role": "staff", "author": author, "text": text})
    # the message first: a widget that sees "answered" may stop listening
    message_events = [Event(f"conv:{conversation_id}", payload)] if not internal else []
    return message_id, message_events + events + [Event("inbox", payload)]


def change_state(session: Session, tenant_slug: str, conversation_id: str, to_state: str, author: str,
                 reason: str = "", queue: str | None = None) -> list[Event]:
    """Staff accepts (with_staff), resolves, hands back to the bot or transfers (waiting_for_staff + queue)."""
    tenant = repo.get_tenant(session, tenant_slug)
    if queue is not None:
        queue = routing.find_queue(dict(tenant.settings or {}), queue).id
    change = states.transition(session, tenant.id, conversation_id, to_state, f"staff:{author}", reason, queue)
    return _announce(session, tenant, conversation_id, change)
