"""Tenant-scoped storage of conversations and their messages."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from rathaus.db.tables import Conversation, Message, utcnow


@dataclass(frozen=True)
class StoredMessage:
    role: str
    content: str
    language: str | None
    grounded: bool | None
    citations: list
    created_at: datetime


# Plain INSERT statements, not ORM objects: they are on every chat turn's path
# and the unit-of-work flush cost more CPU than the rest of the turn
# (bench/chat_latency.py).


def new_conversation_id() -> str:
    return str(uuid.uuid4())


def create_conversation(session: Session, tenant_id: int, language: str | None = None,
                        conversation_id: str | None = None, created_at: datetime | None = None) -> str:
    """`conversation_id`: one handed out before (new_conversation_id) — the
    chat stores a new conversation together with its first answer."""
    conversation_id = conversation_id or new_conversation_id()
    values = dict(id=conversation_id, tenant_id=tenant_id, language=language)
    if created_at is not None:
        values.update(created_at=created_at, updated_at=created_at)
    session.execute(insert(Conversation).values(**values))
    return conversation_id


def conversation_exists(session: Session, tenant_id: int, conversation_id: str) -> bool:
    return (
        session.scalar(
            select(Conversation.id).where(Conversation.tenant_id == tenant_id, Conversation.id == conversation_id)
        )
        is not None
    )


def add_message(
    session: Session,
    tenant_id: int,
    conversation_id: str,
    role: str,
    content: str,
    language: str | None = None,
    grounded: bool | None = None,
    citations: list | None = None,
    checked: bool = False,
    author: str | None = None,
    created_at: datetime | None = None,
) -> int:
    """Store a message and return its id. `checked=True` when the caller has
    just verified (or created) the conversation for this tenant in the same
    flow; skips one query. `created_at`: when it was sent, if not now (a
    question stored together with its answer)."""
    if not checked and not conversation_exists(session, tenant_id, conversation_id):
        raise LookupError(f"unknown conversation {conversation_id!r}")
    message_id = session.execute(
        insert(Message)
        .values(
            tenant_id=tenant_id,
            conversation_id=conversation_id,
            role=role,
            content=content,
            language=language,
            grounded=grounded,
            citations=citations or [],
            author=author,
            **({"created_at": created_at} if created_at is not None else {}),
        )
        .returning(Message.id)
    ).scalar_one()
    session.execute(
        update(Conversation)
        .where(Conversation.tenant_id == tenant_id, Conversation.id == conversation_id)
        .values(updated_at=utcnow(), language=language or Conversation.language)
    )
    return message_id


# The turn's statements, built once: building an INSERT with .values() on every
# call cost more than executing it (bench/chat_latency.py). Plain table
# statements on the session's connection, past the ORM.
_CONVERSATIONS, _MESSAGES = Conversation.__table__, Message.__table__
_NEW_CONVERSATION = insert(_CONVERSATIONS)
_TOUCH_CONVERSATION = (
    update(_CONVERSATIONS)
    .where(_CONVERSATIONS.c.tenant_id == bindparam("t_id"), _CONVERSATIONS.c.id == bindparam("c_id"))
    .values(updated_at=bindparam("now"), language=func.coalesce(bindparam("lang"), _CONVERSATIONS.c.language))
)
_NEW_MESSAGE = insert(_MESSAGES)
_NEW_MESSAGE_ID = insert(_MESSAGES).returning(_MESSAGES.c.id)


def add_turn(
    connection: Connection,
    tenant_id: int,
    conversation_id: str,
    new: bool,
    question: str,
    asked_at: datetime,
    answer: str,
    language: str | None,
    grounded: bool | None,
    citations: list | None,
) -> int:
    """Store a citizen's question and the bot's answer (and, when `new`, the
    conversation itself) in three statements; returns the answer's id. The
    chat's hot path: one transaction per turn instead of one per message
    (`connection`: Database.write(), or a session's `connection()`)."""
    now = utcnow()
    if new:
        connection.execute(_NEW_CONVERSATION, {"id": conversation_id, "tenant_id": tenant_id, "language": language,
                                               "created_at": asked_at, "updated_at": now})
    else:
        connection.execute(_TOUCH_CONVERSATION, {"t_id": tenant_id, "c_id": conversation_id, "now": now,
                                                 "lang": language})
    common = {"tenant_id": tenant_id, "conversation_id": conversation_id, "language": language, "author": None}
    connection.execute(_NEW_MESSAGE, {"role": "user", "content": question, "grounded": None, "citations": [],
                                      "created_at": asked_at, **common})
    return connection.execute(
        _NEW_MESSAGE_ID, {"role": "assistant", "content": answer, "grounded": grounded,
                          "citations": citations or [], "created_at": now, **common}
    ).scalar_one()


def set_feedback(session: Session, tenant_id: int, conversation_id: str, message_id: int, rating: int | None) -> bool:
    """Record the citizen's rating (+1, -1, or None to take it back) of one of
    the assistant's answers. False when no such answer exists for this tenant
    and conversation — a rating can never touch another tenant's message."""
    if rating not in (1, -1, None):
        raise ValueError("rating must be 1, -1 or None")
    result = session.execute(
        update(Message)
        .where(
            Message.tenant_id == tenant_id,
            Message.conversation_id == conversation_id,
            Message.id == message_id,
            Message.role == "assistant",
        )
        .values(feedback=rating)
    )
    return result.rowcount == 1


BOT_ROLES = ("user", "assistant")


def history(
    session: Session, tenant_id: int, conversation_id: str, limit: int = 20, roles: tuple[str, ...] = BOT_ROLES
) -> list[StoredMessage]:
    """The last `limit` messages with one of `roles`, oldest first. The default
    is what the bot may see: the citizen's questions and its own answers, not
    staff replies, internal notes or system notices."""
    rows = session.scalars(
        select(Message)
        .where(Message.tenant_id == tenant_id, Message.conversation_id == conversation_id, Message.role.in_(roles))
        .order_by(Message.id.desc())
        .limit(limit)
    ).all()
    return [
        StoredMessage(m.role, m.content, m.language, m.grounded, list(m.citations or []), m.created_at)
        for m in reversed(rows)
    ]
