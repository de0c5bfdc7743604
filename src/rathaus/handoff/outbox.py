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
    return session.execute(
        OutgoingMail.__table__.insert().values(
            tenant_id=tenant_id, conversation_id=conversation_id, kind=kind, recipient=recipient,
            subject=subject[:500], body=body, status="pending", attempts=0, next_attempt_at=utcnow(),
            created_at=utcnow(),
        ).returning(OutgoingMail.id)
    ).scalar_one()


def _claim(db) -> list[tuple[int, str, str, str]]:
    """Take due mails; moving next_attempt_at ahead is the claim, so two
    workers never send the same mail at once."""
    now = utcnow()
    claimed = []
    with db.session() as session:
        due = session.execute(
            select(OutgoingMail.id, OutgoingMail.next_attempt_at, OutgoingMail.recipient, OutgoingMail.subject,
                   OutgoingMail.body)
            .where(OutgoingMail.status == "pending", OutgoingMail.next_attempt_at <= now)
            .order_by(OutgoingMail.next_attempt_at).limit(BATCH)
        ).all()
        for row in due:
            taken = session.execute(
                update(OutgoingMail)
                .where(OutgoingMail.id == row.id, OutgoingMail.next_attempt_at == row.next_attempt_at)
                .values(next_attempt_at=now + timedelta(seconds=CLAIM_SECONDS))
            ).rowcount
            if taken:
                claimed.append((row.id, row.recipient, row.subject, row.body))
    return claimed


def _finish(db, mail_id: int, error: mail.MailError | None) -> None:
    with db.session() as session:
        row = session.get(OutgoingMail, mail_id)
        row.attempts += 1
        if error is None:
            row.status, row.sent_at, row.last_error = "sent", utcnow(), None
        elif error.permanent or row.attempts >= MAX_ATTEMPTS:
            row.status, row.last_error = "failed", str(error)[:500]
        else:
            row.last_error = str(error)[:500]
            row.next_attempt_at = utcnow() + timedelta(seconds=mail.backoff_seconds(row.attempts))


def deliver_due(db, config: mail.MailConfig) -> tuple[int, int]:
    """Send what is due now; returns (sent, not sent). Blocking: run it in a thread."""
    sent = failed = 0
    for mail_id, recipient, subject, body in _claim(db):
        error = None
        try:
            mail.send(config, mail.compose(config, recipient, subject, body))
        except mail.MailError as exc:
            error = exc
        except ValueError as exc:  # an address that cannot be used at all
            error = mail.MailError(str(exc), reason="recipient", permanent=True)
        _finish(db, mail_id, error)
        sent, failed = (sent + 1, failed) if error is None else (sent, failed + 1)
        if error is not None:
            log.warning("mail %s not sent (%s): %s", mail_id, error.reason, error)  # no address in logs
    return sent, failed


async def run_outbox(db, config: mail.MailConfig, every: float = 10.0) -> None:
    """The background loop of one server process (several processes share the work safely)."""
    while True:
        try:
            await asyncio.to_thread(deliver_due, db, config)
        except Exception:  # the loop must survive anything; the mails stay pending
            log.exception("mail outbox round failed")
        await asyncio.sleep(every)
