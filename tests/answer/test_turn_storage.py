"""When the bot answers, a turn's question is stored together with its answer
(one transaction after the stream), so nothing is written before the first
token; a stream that breaks off still keeps the question. Handoff paths store
the question at once, as before."""

from __future__ import annotations

import asyncio
import os
import time

import pytest
from sqlalchemy import select

from rathaus.answer.service import AnswerService
from rathaus.db.tables import Conversation, Message
from rathaus.demo import ensure_demo

QUESTION = "Wie beantrage ich einen Personalausweis?"


@pytest.fixture
def service(runtime):
    ensure_demo(runtime)
    return AnswerService(runtime)


def messages(runtime, conversation_id=None):
    with runtime.db.session() as session:
        query = select(Message.role, Message.content, Message.created_at).order_by(Message.id)
        if conversation_id:
            query = query.where(Message.conversation_id == conversation_id)
        return session.execute(query).all()


def conversations(runtime) -> int:
    with runtime.db.session() as session:
        return len(session.scalars(select(Conversation.id)).all())


def test_question_and_answer_are_stored_in_order_after_the_stream(service, runtime):
    async def run():
        seen_before_first_token = None
        done = None
        async for kind, payload in service.respond("musterstadt", QUESTION):
            if kind == "token" and seen_before_first_token is None:
                seen_before_first_token = (conversations(runtime), len(messages(runtime)))
            if kind == "done":
                done = payload
        return seen_before_first_token, done

    before, done = asyncio.run(run())
    assert before == (0, 0), "nothing is written before the first token"
    stored = messages(runtime, done.conversation_id)
    assert [(role, text) for role, text, _ in stored] == [("user", QUESTION), ("assistant", done.answer)]
    assert stored[0].created_at <= stored[1].created_at

    async def follow_up():
        return await service.answer("musterstadt", "Und was kostet das?", done.conversation_id)

    second = asyncio.run(follow_up())
    assert second.conversation_id == done.conversation_id and second.grounded
    roles = [role for role, _, _ in messages(runtime, done.conversation_id)]
    assert roles == ["user", "assistant", "user", "assistant"]


def test_a_stream_that_breaks_off_still_keeps_the_question(service, runtime):
    async def run():
        events = service.respond("musterstadt", QUESTION)
        kind, _ = await anext(events)
        assert kind == "token"
        await events.aclose()  # the citizen closed the page mid-answer
        for _ in range(100):  # stored by the thread pool, not awaited by the closed stream
            if messages(runtime):
                break
            await asyncio.sleep(0.02)

    asyncio.run(run())
    [(role, text, _)] = messages(runtime)
    assert (role, text) == ("user", QUESTION) and conversations(runtime) == 1


def test_asking_for_a_person_stores_the_question_before_the_handoff(service, runtime):
    async def run():
        return await service.answer("musterstadt", "Ich möchte mit einem Menschen sprechen")

    result = asyncio.run(run())
    assert result.state != "bot" or result.handoff is not None
    assert [role for role, _, _ in messages(runtime, result.conversation_id)][0] == "user"


def test_the_question_keeps_the_time_it_was_asked(service, runtime, monkeypatch):
    original = service._search

    def slow_search(*args):
        time.sleep(0.3)  # a slow search: the answer is stored 0.3 s after the question came
        return original(*args)

    monkeypatch.setattr(service, "_search", slow_search)

    async def run():
        return await service.answer("musterstadt", QUESTION)

    result = asyncio.run(run())
    (_, _, asked), (_, _, answered) = messages(runtime, result.conversation_id)
    assert (answered - asked).total_seconds() >= 0.25


def test_long_jobs_in_the_shared_thread_pool_do_not_hold_up_an_answer(service, runtime):
    """Source syncs and mail sends run in the event loop's default pool; a chat
    turn has threads of its own (Runtime.chat_threads, Runtime.store_thread)."""
    asyncio.run(service.answer("musterstadt", QUESTION))  # models loaded, index built before the clock starts
    default_threads = min(32, (os.cpu_count() or 1) + 4)  # what the event loop's default pool starts

    async def run():
        loop = asyncio.get_running_loop()
        busy = [loop.run_in_executor(None, time.sleep, 1.5) for _ in range(default_threads)]  # all of them asleep
        started = time.monotonic()
        result = await asyncio.wait_for(service.answer("musterstadt", QUESTION), 1.2)
        waited = time.monotonic() - started
        await asyncio.gather(*busy)
        return result, waited

    result, waited = asyncio.run(run())
    assert result.grounded and waited < 1.2
    assert [role for role, _, _ in messages(runtime, result.conversation_id)] == ["user", "assistant"]
