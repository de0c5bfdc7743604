"""Mails to citizens and staff: stored in `mail_outbox` in the same transaction
as what caused them, sent by a background loop with retries.

An SMTP outage therefore never loses a ticket or a reply: the mail waits as
"pending" (staff see it), is retried on the schedule of
`notify.mail.backoff_seconds`, and is marked "failed" after MAX_ATTEMPTS or a
permanent refusal (e.g. the recipient does not exist).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from rathaus.db.tables import OutgoingMail, utcnow
from rathaus.notify import mail, templates

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 30  # hourly after the first steps: about a day and a half
CLAIM_SECONDS = 120  # a claimed mail is retried by any worker if its sender died mid-send
BATCH = 20


def enqueue(session: Session, tenant_id: int, conversation_id: str | None, kind: str, recipient: str,
            language: str, **values: object) -> int:
    subject, body = templates.render(kind, language, **values)
    return enqueue_text(session, tenant_id, conversation_id, kind, recipient, subject, body)


def enqueue_text(session: Session, tenant_id: int | None, conversation_id: str | None, kind: str, recipient: str,
                 subject: str, body: str) -> int:
    """A mail whose text is already written (staff account mails, German only)."""
    return session.execute(
        OutgoingMail.__table__.insert().values(
            tenant_id=tenant_id, conversation_id=conversation_id, kind=kind, recipient=recipient,
            subject=subject[:500], body=body, status="pending", attempts=0, next_attempt_at=utcnow(),
            created_at=utcnow(),
        ).returning(OutgoingMail.id)
    ).scalar_one()


def claim_due(db, table, *columns) -> list:
    """Take due rows of an outbox table (mails, webhook events); moving
    next_attempt_at ahead is the claim, so two workers never send the same row
    at once, and a row whose sender died is retried after CLAIM_SECONDS."""
    now = utcnow()
    claimed = []
    with db.session() as session:
        due = session.execute(
            select(table.id, table.next_attempt_at, *columns)
            .where(table.status == "pending", table.next_attempt_at <= now)
            .order_by(table.next_attempt_at, table.id).limit(BATCH)
        ).all()
        for row in due:
            taken = session.execute(
                update(table)
                .where(table.id == row.id, table.next_attempt_at == row.next_attempt_at)
                .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
            ).rowcount
            if taken:
                claimed.append(row)
    return claimed


def record_attempt(db, table, row_id: int, error: str | None, permanent: bool = False) -> None:
    """Sent, or failed: retried on the schedule of `notify.mail.backoff_seconds`
    until MAX_ATTEMPTS, or "failed" at once when retrying cannot help."""
    with db.session() as session:
        row = session.get(table, row_id)
        row.attempts += 1
        if error is None:
            row.status, row.sent_at, row.last_error = "sent", utcnow(), None
        elif permanent or row.attempts >= MAX_ATTEMPTS:
            row.status, row.last_error = "failed", error[:500]
        else:
            row.last_error = error[:500]
            row.next_attempt_at = utcnow() + timedelta(seconds=mail.backoff_seconds(row.attempts))


def deliver_due(db, config: mail.MailConfig) -> tuple[int, int]:
    """Send what is due now; returns (sent, not sent). Blocking: run it in a thread."""
    sent = failed = 0
    for row in claim_due(db, OutgoingMail, OutgoingMail.recipient, OutgoingMail.subject, OutgoingMail.body):
        error = None
        try:
            mail.send(config, mail.compose(config, row.recipient, row.subject, row.body))
        except mail.MailError as exc:
            error = exc
        except ValueError as exc:  # an address that cannot be used at all
            error = mail.MailError(str(exc), reason="recipient", permanent=True)
        record_attempt(db, OutgoingMail, row.id, None if error is None else str(error),
                       permanent=error is not None and error.permanent)
        sent, failed = (sent + 1, failed) if error is None else (sent, failed + 1)
        if error is not None:
            log.warning("mail %s not sent (%s): %s", row.id, error.reason, error)  # no address in logs
    return sent, failed


async def run_outbox(db, config: mail.MailConfig, every: float = 10.0) -> None:
    """The background loop of one server process (several processes share the work safely)."""
    while True:
        try:
            await asyncio.to_thread(deliver_due, db, config)
        except Exception:  # the loop must survive anything; the mails stay pending
            log.exception("mail outbox round failed")
        await asyncio.sleep(every)
