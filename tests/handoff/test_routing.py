"""Queues, office hours, holidays and staff presence."""

from datetime import datetime, timedelta, timezone

import pytest

from rathaus.db import repository as repo
from rathaus.handoff import routing

SETTINGS = {
    "timezone": "Europe/Berlin",
    "queues": [{"id": "buergerservice", "name": "Bürgerbüro",
                "hours": {"mon": "08:00-12:00,13:00-18:00", "sat": "09:00-12:00"},
                "holidays": ["2026-12-28"], "response_time": "2 Werktage"}],
}


def berlin(text: str) -> datetime:  # 2026-11-30 is a Monday; Berlin is UTC+1 in winter
    return datetime.fromisoformat(text).replace(tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    "moment, open_",
    [("2026-11-30T09:00", True), ("2026-11-30T12:30", False), ("2026-11-30T17:59", True),
     ("2026-11-30T18:00", False), ("2026-12-01T10:00", False), ("2026-12-05T10:00", True),
     ("2026-12-28T10:00", False)],  # Tuesday has no hours; 28 Dec is a holiday
)
def test_office_hours(moment, open_):
    queue = routing.find_queue(SETTINGS, "buergerservice")
    assert queue.open_at(routing.local_now(SETTINGS, berlin(moment))) is open_


def test_bad_office_hours_say_what_is_wrong():
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        routing.parse_queue({"id": "x", "name": "X", "hours": {"mon": "8 bis 12"}})
    with pytest.raises(ValueError, match="unbekannter Tag"):
        routing.parse_queue({"id": "x", "name": "X", "hours": {"montag": "08:00-12:00"}})


def test_a_town_without_queues_has_one_default_queue():
    assert routing.find_queue({}, None).id == "buergerservice"


def test_on_duty_needs_open_hours_and_someone_present(runtime):
    monday_morning = berlin("2026-11-30T09:00")
    with runtime.db.session() as session:
        tenant_id = repo.ensure_tenant(session, "stadt-a").id
        other = repo.ensure_tenant(session, "stadt-b").id
        queue = routing.find_queue(SETTINGS, None)
        assert not routing.on_duty(session, tenant_id, SETTINGS, queue, monday_morning)
        routing.heartbeat(session, other, "Herr Schulz")  # another town's staff does not count
    with runtime.db.session() as session:
        assert not routing.staff_present(session, tenant_id, "buergerservice")
        routing.heartbeat(session, tenant_id, "Frau Meier", ["buergerservice"])
    with runtime.db.session() as session:
        assert routing.staff_present(session, tenant_id, "buergerservice")
        assert not routing.staff_present(session, tenant_id, "mobilitaet")
        assert not routing.staff_present(session, tenant_id, "buergerservice", now=routing.utcnow() + timedelta(minutes=5))


def test_conversations_go_to_the_queue_of_the_pages_the_bot_cited():
    settings = {"queues": [
        {"id": "allgemein", "name": "Zentrale"},
        {"id": "buergerservice", "name": "Bürgerbüro", "match": ["/buergerservice/"]},
        {"id": "abfall", "name": "Abfallwirtschaft", "match": ["/abfall/", "/wertstoffhof"]},
    ]}
    cited = ["https://www.musterstadt.example/umwelt/abfall/sperrmuell", "https://www.musterstadt.example/buergerservice/x",
             "https://www.musterstadt.example/wertstoffhof"]
    assert routing.classify(settings, cited).id == "abfall"
    assert routing.classify(settings, ["https://www.musterstadt.example/buergerservice/reisepass"]).id == "buergerservice"
    assert routing.classify(settings, []).id == "allgemein"  # nothing cited yet: the first queue
    with pytest.raises(ValueError, match="Adressteilen"):
        routing.parse_queue({"id": "x", "name": "X", "match": "/abfall/"})


def test_pages_only_linked_as_further_candidates_do_not_choose_the_queue(runtime):
    from rathaus.conversations import store
    from rathaus.handoff.service import _queue_for

    settings = {"queues": [
        {"id": "allgemein", "name": "Zentrale"},
        {"id": "buergerservice", "name": "Bürgerbüro", "match": ["/buergerservice/"]},
        {"id": "abfall", "name": "Abfallwirtschaft", "match": ["/abfall/"]},
    ]}
    page = "https://www.musterstadt.example/{}/{}"
    citations = [{"n": 1, "title": "A", "url": page.format("buergerservice", "a"), "external_id": "a", "snippet": ""},
                 {"n": 2, "title": "B", "url": page.format("abfall", "b"), "external_id": "b", "snippet": "", "linked": True},
                 {"n": 3, "title": "C", "url": page.format("abfall", "c"), "external_id": "c", "snippet": "", "linked": True}]
    with runtime.db.session() as session:
        tenant_id = repo.ensure_tenant(session, "stadt-q").id
        conversation = store.create_conversation(session, tenant_id, "de")
        store.add_message(session, tenant_id, conversation, "assistant", "…", "de", True, citations, checked=True)
    with runtime.db.session() as session:
        assert _queue_for(session, tenant_id, settings, conversation, None).id == "buergerservice"


@pytest.mark.parametrize("setting, language, expected", [
    ("", "de", "2 Werktage"),  # unset: the default
    ("", "tr", "2 iş günü"),
    ("3 Werktage", "uk", "3 робочі дні"),
    ("1 Arbeitstag", "en", "1 working day"),
    ("2 Werktage", "sr", "2 radna dana"),  # Serbian reads the Croatian texts
    ("2 Werktage", "sv", "2 Werktage"),  # no texts in Swedish: German, as the sentence around it
    ("bis Freitag", "en", "bis Freitag"),  # any other text as staff wrote it
])
def test_a_response_time_in_working_days_is_said_in_the_citizens_language(setting, language, expected):
    assert routing.response_time(routing.Queue("q", "Bürgerbüro", response_time=setting), language) == expected
