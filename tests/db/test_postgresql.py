"""The citizen's chat on the scale-out database (RATHAUS_DATABASE_URL=postgresql+psycopg://…):
migrations, the demo town, answers and follow-ups, stored turns, feedback, a handoff, tenant
isolation, chats written at the same time (no SQLite writer's lock there) and a change stored by
another process that the next search sees. tests/db/test_repository.py runs the repository's
own tests on both databases."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from rathaus.app import create_app
from rathaus.conversations import store
from rathaus.db import repository as repo

QUESTION = "Wie beantrage ich einen Personalausweis?"


@pytest.fixture
def client(settings, postgres_url):
    config = settings.model_copy(update={"database_url": postgres_url, "demo": True, "announce_setup_link": False})
    with TestClient(create_app(config)) as c:
        yield c


def ask(client, message, conversation_id=None, tenant="musterstadt", **headers):
    return client.post("/api/v1/chat", json={"tenant": tenant, "message": message, "conversation_id": conversation_id},
                       headers=headers)


def test_the_runtime_runs_on_postgresql(client):
    assert client.app.state.runtime.db.engine.dialect.name == "postgresql"


def test_answers_follow_ups_and_stored_turns(client):
    first = ask(client, QUESTION).json()
    assert first["grounded"] and first["citations"] and isinstance(first["message_id"], int)
    second = ask(client, "Und was kostet das?", first["conversation_id"]).json()
    assert second["conversation_id"] == first["conversation_id"] and second["grounded"]
    runtime = client.app.state.runtime
    with runtime.db.session() as s:
        tenant = repo.get_tenant(s, "musterstadt").id
        history = store.history(s, tenant, first["conversation_id"])
    assert [m.role for m in history] == ["user", "assistant", "user", "assistant"]
    assert history[1].content == first["answer"] and history[1].citations == first["citations"]
    rated = client.post("/api/v1/feedback", json={"tenant": "musterstadt", "conversation_id": first["conversation_id"],
                                                  "message_id": first["message_id"], "rating": "down"})
    assert rated.status_code == 200 and rated.json()["rating"] == "down"


def test_streamed_answer(client):
    with client.stream("POST", "/api/v1/chat", json={"tenant": "musterstadt", "message": "Wann wird die Biotonne geleert?"},
                       headers={"Accept": "text/event-stream"}) as response:
        raw = "".join(response.iter_text())
    events = [(block.split("\n")[0][7:], json.loads(block.split("\n")[1][6:])) for block in raw.strip().split("\n\n")]
    assert [kind for kind, _ in events][-2:] == ["citations", "done"]
    assert "".join(p["text"] for kind, p in events if kind == "token") == events[-1][1]["answer"]


def test_asking_for_a_person_and_tenant_isolation(client):
    body = ask(client, QUESTION).json()
    person = ask(client, "Ich möchte mit einem Menschen sprechen", body["conversation_id"]).json()
    assert person["handoff"] and person["handoff"]["queue"]
    runtime = client.app.state.runtime
    with runtime.db.session() as s:
        repo.ensure_tenant(s, "andere-stadt")
    # another town neither continues this conversation nor finds the demo town's pages
    assert ask(client, "Hallo", body["conversation_id"], tenant="andere-stadt").status_code == 404
    assert client.get("/api/v1/tenants/andere-stadt/search", params={"q": "Personalausweis"}).json()["hits"] == []


def test_chats_written_at_the_same_time(client):
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda n: ask(client, f"{QUESTION} ({n})"), range(16)))
    assert [a.status_code for a in answers] == [200] * 16
    ids = {a.json()["conversation_id"] for a in answers}
    with client.app.state.runtime.db.session() as s:
        tenant = repo.get_tenant(s, "musterstadt").id
        assert all(len(store.history(s, tenant, cid)) == 2 for cid in ids) and len(ids) == 16


def test_a_page_stored_by_another_process_is_found_by_the_next_search(client, settings, postgres_url, tmp_path):
    from rathaus.connectors.files import FilesConnector
    from rathaus.ingest.pipeline import ingest
    from rathaus.runtime import Runtime

    def found(question):
        response = client.get("/api/v1/tenants/musterstadt/search", params={"q": question})
        return [hit["external_id"] for hit in response.json()["hits"]]

    assert "hundewiese" not in found("Hundewiese Auenpark")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "hundewiese.md").write_text("# Hundewiese im Auenpark\n\nDie Hundewiese im Auenpark ist täglich "
                                          "von 6 bis 22 Uhr geöffnet.\n", encoding="utf-8")
    other = Runtime(settings.model_copy(update={"database_url": postgres_url}))  # as a second server process would
    try:
        with other.db.session() as s:
            tenant = repo.get_tenant(s, "musterstadt").id
        assert ingest(other.db, tenant, FilesConnector(folder), other.embedder_for_tenant(tenant)).ok
    finally:
        other.close()
    assert "hundewiese" in found("Hundewiese Auenpark")


def test_workers_claiming_mails_at_once_take_each_mail_once(client):
    """Mail and webhook senders run in every worker; on PostgreSQL the claim (a conditional
    UPDATE) must hold when they meet on the same rows at the same moment."""
    from rathaus.db.tables import OutgoingMail
    from rathaus.handoff import outbox

    db = client.app.state.runtime.db
    with db.session() as s:
        tenant = repo.get_tenant(s, "musterstadt").id
        ids = {outbox.enqueue_text(s, tenant, None, "test", f"buerger{n}@example.org", "Betreff", "Text")
               for n in range(outbox.BATCH)}
    with ThreadPoolExecutor(4) as pool:
        taken = list(pool.map(lambda _: [row.id for row in outbox.claim_due(db, OutgoingMail)], range(4)))
    claimed = [row_id for rows in taken for row_id in rows]
    assert sorted(claimed) == sorted(ids)  # every mail once, none twice


def test_workers_starting_the_same_sync_at_once_run_it_once(client):
    """Scheduled syncs run in every worker: of several claims at the same moment one wins."""
    from threading import Barrier

    from rathaus.ingest.sources import claim_sync

    db = client.app.state.runtime.db
    with db.session() as s:
        tenant = repo.get_tenant(s, "musterstadt").id
        source = repo.ensure_source(s, tenant, "stadtseite", "crawler").id
    start = Barrier(4)

    def claim(_):
        with db.session() as s:
            start.wait()
            return claim_sync(s, tenant, source)

    with ThreadPoolExecutor(4) as pool:
        assert sorted(pool.map(claim, range(4))) == [False, False, False, True]
