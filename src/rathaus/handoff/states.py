"""The conversation's state machine, persisted: who answers the citizen.

    bot               → waiting_for_staff (handoff, someone on duty), ticket_open
                        (nobody on duty: message or callback left), with_staff (staff takes over)
    waiting_for_staff → with_staff (staff accepts), ticket_open (nobody answered in time),
                        waiting_for_staff (transfer to another queue), bot (citizen withdraws)
    with_staff        → resolved, bot (staff hands back), waiting_for_staff (transfer)
    resolved          → with_staff (a staff reply reopens it), bot (the citizen asks anew), …
    ticket_open       → answered (staff replied), with_staff (citizen is back, staff picks up live)
    answered          → ticket_open, with_staff, bot, waiting_for_staff

Only these transitions are allowed; each one is stored with who made it, when
and why. In waiting_for_staff, with_staff and ticket_open the bot stays silent:
the citizen's messages go to staff. In resolved and answered a new message is
a new question for the bot, unless staff reopens the conversation by replying.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rathaus.db.tables import Conversation, Transition, utcnow

BOT, WAITING, WITH_STAFF, RESOLVED, TICKET_OPEN, ANSWERED = (
    "bot", "waiting_for_staff", "with_staff", "resolved", "ticket_open", "answered",
)
STATES = (BOT, WAITING, WITH_STAFF, RESOLVED, TICKET_OPEN, ANSWERED)
# States in which a person, not the bot, answers the citizen's messages.
STAFF_STATES = frozenset({WAITING, WITH_STAFF, TICKET_OPEN})

ALLOWED: dict[str, frozenset[str]] = {
    BOT: frozenset({WAITING, WITH_STAFF, TICKET_OPEN}),
    WAITING: frozenset({WITH_STAFF, TICKET_OPEN, BOT, WAITING}),  # WAITING→WAITING: transfer to another queue
    WITH_STAFF: frozenset({RESOLVED, BOT, WAITING}),
    RESOLVED: frozenset({WITH_STAFF, BOT, WAITING, TICKET_OPEN}),
    TICKET_OPEN: frozenset({ANSWERED, WITH_STAFF}),
    ANSWERED: frozenset({TICKET_OPEN, WITH_STAFF, BOT, WAITING}),
}


class InvalidTransition(ValueError):
    pass


class UnknownConversation(LookupError):
    pass


@dataclass(frozen=True)
class StateChange:
    conversation_id: str
    from_state: str
    to_state: str
    actor: str
    reason: str
    queue: str | None
    at: datetime


def current_state(session: Session, tenant_id: int, conversation_id: str) -> tuple[str, str | None]:
    """(state, queue) of a conversation of this tenant."""
    row = session.execute(
        select(Conversation.state, Conversation.queue).where(
            Conversation.tenant_id == tenant_id, Conversation.id == conversation_id
        )
    ).first()
    if row is None:
        raise UnknownConversation(f"unknown conversation {conversation_id!r}")
    return row.state, row.queue


def transition(
    session: Session,
    tenant_id: int,
    conversation_id: str,
    to_state: str,
    actor: str,
    reason: str = "",
    queue: str | None = None,
) -> StateChange:
    """Move the conversation to `to_state`, or raise InvalidTransition. The
    UPDATE is conditional on the state read, so two workers racing on the same
    conversation cannot both succeed from the same state."""
    if to_state not in STATES:
        raise InvalidTransition(f"unknown state {to_state!r}")
    from_state, old_queue = current_state(session, tenant_id, conversation_id)
    if to_state not in ALLOWED[from_state]:
        raise InvalidTransition(f"a conversation cannot go from {from_state!r} to {to_state!r}")
    queue = queue if queue is not None else old_queue
    changed = session.execute(
        update(Conversation)
        .where(Conversation.tenant_id == tenant_id, Conversation.id == conversation_id,
               Conversation.state == from_state)
        .values(state=to_state, queue=queue, updated_at=utcnow())
    ).rowcount
    if changed != 1:
        raise InvalidTransition(f"the conversation changed meanwhile (was {from_state!r})")
    at = utcnow()
    session.add(Transition(tenant_id=tenant_id, conversation_id=conversation_id, from_state=from_state,
                           to_state=to_state, actor=actor, reason=reason, queue=queue, created_at=at))
    return StateChange(conversation_id, from_state, to_state, actor, reason, queue, at)


def history(session: Session, tenant_id: int, conversation_id: str) -> list[StateChange]:
    rows = session.scalars(
        select(Transition)
        .where(Transition.tenant_id == tenant_id, Transition.conversation_id == conversation_id)
        .order_by(Transition.id)
    )
    return [StateChange(r.conversation_id, r.from_state, r.to_state, r.actor, r.reason, r.queue, r.created_at)
            for r in rows]
