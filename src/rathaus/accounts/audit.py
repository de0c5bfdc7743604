"""The audit log: who changed what, when. Written in the same transaction as
the change itself, so an entry exists exactly when the change does."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.db.tables import AuditEntry, utcnow

CSV_COLUMNS = ("time_utc", "actor", "action", "target", "details")


def record(session: Session, tenant_id: int | None, actor: str, action: str, target: str = "", **details) -> None:
    session.execute(AuditEntry.__table__.insert().values(
        tenant_id=tenant_id, actor=actor[:320], action=action[:64], target=str(target)[:300], details=details,
        created_at=utcnow()))


def entries(session: Session, tenant_id: int | None, limit: int = 200) -> list[AuditEntry]:
    """Newest first. `tenant_id=None`: the platform's own entries (tenants, super-admins)."""
    condition = AuditEntry.tenant_id.is_(None) if tenant_id is None else AuditEntry.tenant_id == tenant_id
    return list(session.scalars(select(AuditEntry).where(condition).order_by(AuditEntry.id.desc()).limit(limit)))


def _cell(value: str) -> str:
    # Spreadsheet formula injection: a cell starting with = + - @ is shown as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(rows: list[AuditEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        details = "; ".join(f"{k}={v}" for k, v in sorted((row.details or {}).items()))
        writer.writerow([row.created_at.isoformat(), _cell(row.actor), _cell(row.action), _cell(row.target),
                         _cell(details)])
    return out.getvalue()
