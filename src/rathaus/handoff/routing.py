"""Queues, office hours and who is on duty.

A tenant's settings may list queues (topics a team answers); without any, one
default queue "buergerservice" stands for the whole town:

    "queues": [{"id": "buergerservice", "name": "Bürgerbüro",
                "hours": {"mon": "08:00-12:00,13:00-18:00", "tue": "08:00-18:00", ...},
                "holidays": ["2026-12-24", "2026-12-31"],
                "response_time": "2 Werktage", "email": "buergerbuero@stadt.example",
                "match": ["/buergerservice/", "/meldewesen/"]}],
    "timezone": "Europe/Berlin",
    "handoff_timeout_s": 180

Routing is retrieval-based: a conversation goes to the queue whose `match`
fragments occur in the addresses of the pages the bot cited in it (the town's
website structure already sorts its topics); without a match, to the first queue.
Live handoff needs the queue to be open *and* a staff member present (an open
inbox sends a heartbeat); otherwise the citizen is offered a ticket or callback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from rathaus.db.tables import StaffPresence, utcnow
from rathaus.notify.templates import working_days

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SPAN_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
PRESENCE_TTL = timedelta(seconds=60)  # an inbox sends a heartbeat every ~20 s
DEFAULT_TIMEOUT_S = 180


@dataclass(frozen=True)
class Queue:
    id: str
    name: str
    hours: dict[str, list[tuple[time, time]]] = field(default_factory=dict)
    holidays: frozenset[date] = frozenset()
    response_time: str = ""
    email: str | None = None  # gets a mail for every new waiting conversation or ticket
    match: tuple[str, ...] = ()  # fragments of the URLs of the pages this queue answers for
    topics: str = ""  # what the queue handles, in words, for the chat model's routing (handoff/topics.py)

    def open_at(self, moment: datetime) -> bool:
        if moment.date() in self.holidays:
            return False
        spans = self.hours.get(DAYS[moment.weekday()], [])
        now = moment.time()
        return any(start <= now < end for start, end in spans)


def _spans(text: str) -> list[tuple[time, time]]:
    spans = []
    for part in text.split(","):
        match = SPAN_RE.match(part)
        if not match:
            raise ValueError(f"Sprechzeiten {part!r}: bitte als 'HH:MM-HH:MM', mehrere durch Komma getrennt")
        h1, m1, h2, m2 = map(int, match.groups())
        spans.append((time(h1, m1), time(h2, m2)))
    return spans


def parse_queue(raw: dict) -> Queue:
    if not isinstance(raw, dict) or not raw.get("id") or not raw.get("name"):
        raise ValueError("eine Warteschlange braucht mindestens 'id' und 'name'")
    hours = {}
    for day, text in (raw.get("hours") or {}).items():
        if day not in DAYS:
            raise ValueError(f"Sprechzeiten: unbekannter Tag {day!r}; möglich: {', '.join(DAYS)}")
        hours[day] = _spans(text) if text else []
    holidays = frozenset(date.fromisoformat(d) for d in raw.get("holidays") or [])
    match = raw.get("match") or []
    if not isinstance(match, list) or not all(isinstance(m, str) and m.strip() for m in match):
        raise ValueError("'match' muss eine Liste von Adressteilen wie \"/buergerservice/\" sein")
    topics = raw.get("topics") or ""
    if not isinstance(topics, str) or len(topics) > 500:
        raise ValueError("'topics' muss ein kurzer Text sein (höchstens 500 Zeichen), z. B. \"Ausweise, Meldewesen\"")
    return Queue(str(raw["id"]), str(raw["name"]), hours, holidays, str(raw.get("response_time") or ""),
                 raw.get("email"), tuple(m.strip().lower() for m in match), topics.strip())


DEFAULT_QUEUE = {"id": "buergerservice", "name": "Bürgerservice",
                 "hours": {d: "08:00-18:00" for d in DAYS[:5]}, "response_time": "2 Werktage"}


def queues(settings: dict) -> list[Queue]:
    return [parse_queue(q) for q in (settings.get("queues") or [DEFAULT_QUEUE])]


def find_queue(settings: dict, queue_id: str | None) -> Queue:
    all_queues = queues(settings)
    return next((q for q in all_queues if q.id == queue_id), all_queues[0])


def classify(settings: dict, cited_urls: list[str]) -> Queue:
    """The queue for a conversation from the pages the bot cited in it (most
    matches wins, earlier queues win ties); the first queue when none matches."""
    all_queues = queues(settings)
    urls = [u.lower() for u in cited_urls if u]
    scored = [(sum(any(m in url for m in q.match) for url in urls), -i, q) for i, q in enumerate(all_queues)]
    best = max(scored, key=lambda item: (item[0], item[1]))
    return best[2] if best[0] > 0 else all_queues[0]


def local_now(settings: dict, now: datetime | None = None) -> datetime:
    return (now or utcnow()).astimezone(ZoneInfo(settings.get("timezone") or "Europe/Berlin"))


def heartbeat(session: Session, tenant_id: int, staff: str, queue_ids: list[str] | None = None) -> None:
    row = session.scalar(select(StaffPresence).where(StaffPresence.tenant_id == tenant_id, StaffPresence.staff == staff))
    if row is None:
        session.add(StaffPresence(tenant_id=tenant_id, staff=staff, queues=list(queue_ids or []), last_seen=utcnow()))
    else:
        row.last_seen, row.queues = utcnow(), list(queue_ids or [])


def staff_present(session: Session, tenant_id: int, queue_id: str, now: datetime | None = None) -> bool:
    since = (now or utcnow()) - PRESENCE_TTL
    rows = session.scalars(
        select(StaffPresence.queues).where(StaffPresence.tenant_id == tenant_id, StaffPresence.last_seen >= since)
    )
    return any(not covered or queue_id in covered for covered in rows)


def on_duty(session: Session, tenant_id: int, settings: dict, queue: Queue, now: datetime | None = None) -> bool:
    return queue.open_at(local_now(settings, now)) and staff_present(session, tenant_id, queue.id, now)


# A response time as staff write it ("2 Werktage", "1 Arbeitstag") is said in the citizen's language
# ("2 iş günü", "٢ ڕۆژی کار"); any other text ("bis Freitag") is shown as written.
WORKING_DAYS_RE = re.compile(r"\s*(\d{1,3})\s*(?:werk|arbeits)tage?\s*", re.IGNORECASE)
DEFAULT_RESPONSE_TIME = "2 Werktage"


def response_time(queue: Queue, language: str | None) -> str:
    """The queue's response time (DEFAULT_RESPONSE_TIME when unset) for a text in `language`."""
    value = queue.response_time or DEFAULT_RESPONSE_TIME
    days = WORKING_DAYS_RE.fullmatch(value)
    return working_days(language or "", int(days.group(1))) if days else value
