"""Conversations are kept only as long as the town says (tenant setting
`retention_days`): older ones — with their messages, tickets, transitions and
pending mails — are deleted by a background loop every hour and by
`rathaus purge`. Data protection by default for a town that sets it; without
the setting nothing is deleted."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from rathaus.accounts import audit
from rathaus.db.tables import Conversation, Tenant, utcnow

log = logging.getLogger(__name__)


def purge_expired(db, now: datetime | None = None) -> dict[str, int]:
    """Delete conversations untouched for longer than each tenant's retention; {slug: deleted}."""
    now = now or utcnow()
    deleted = {}
    with db.session() as session:
        tenants = [(t.id, t.slug, (t.settings or {}).get("retention_days")) for t in session.scalars(select(Tenant))]
    for tenant_id, slug, days in tenants:
        if not days:
            continue
        with db.session() as session:
            count = session.execute(delete(Conversation).where(
                Conversation.tenant_id == tenant_id, Conversation.updated_at < now - timedelta(days=days))).rowcount
            if count:
                audit.record(session, tenant_id, "system", "retention.purged", f"{count} Gespräche", days=days)
        deleted[slug] = count
    return deleted


async def run_retention(db, every: float = 3600.0) -> None:
    while True:
        try:
            for slug, count in (await asyncio.to_thread(purge_expired, db)).items():
                if count:
                    log.info("retention: %s conversations of %s deleted", count, slug)
        except Exception:  # the loop must survive anything
            log.exception("retention round failed")
        await asyncio.sleep(every)
