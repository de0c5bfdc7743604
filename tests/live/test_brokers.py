"""The Broker seam's built-ins: the conformance suite plus what only Redis has
(a real second process, lost connections, unreachable servers).

The Redis tests use a real Redis (RATHAUS_TEST_REDIS_URL, default
redis://127.0.0.1:6379/0; random channel names, so a shared server is fine).
Locally they skip when Redis is not running; in CI (CI=true) that is a failure.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import socket
import sys
import threading
import time
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest

import rathaus
from rathaus.live.base import BrokerError
from rathaus.live.memory import InProcessBroker
from rathaus.testing.broker import A, B, BrokerConformance, new_topic, run, take
from tests.ci import require

REDIS_URL = os.environ.get("RATHAUS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
NOBODY_LISTENS = "redis://:geheim@127.0.0.1:1/0"  # port 1: connection refused at once


@functools.cache
def redis_problem() -> str | None:
    try:
        import redis
    except ImportError:
        return "the redis package is not installed (pip install 'redis>=5')"
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=2).ping()
    except (redis.RedisError, OSError) as exc:
        return f"no Redis at {REDIS_URL}: {exc}"
    return None


def require_redis_package() -> None:
    problem = redis_problem()
    require(problem is None or not problem.startswith("the redis package"), problem or "")


@pytest.fixture
def redis_up():
    problem = redis_problem()
    require(problem is None, problem or "")


def redis_broker(url: str = REDIS_URL, **options):
    from rathaus.live.redis_broker import RedisBroker

    return RedisBroker(url, **options)


class TestInProcessBroker(BrokerConformance):
    def make_broker(self, *, queue_size: int = 1000) -> InProcessBroker:
        return InProcessBroker(queue_size=queue_size)

    async def subscriber_count(self, broker, tenant_id, topic):
        return broker.subscriber_count(tenant_id, topic)


@pytest.mark.integration
@pytest.mark.usefixtures("redis_up")
class TestRedisBroker(BrokerConformance):
    def make_broker(self, *, queue_size: int = 1000):
        return redis_broker(queue_size=queue_size)

    def make_second_broker(self):
        return redis_broker()

    def make_unreachable_broker(self):
        return redis_broker(NOBODY_LISTENS)

    async def subscriber_count(self, broker, tenant_id, topic):
        import redis.asyncio

        from rathaus.live.redis_broker import channel_name

        client = redis.asyncio.Redis.from_url(REDIS_URL)
        try:
            [(_, count)] = await client.pubsub_numsub(channel_name(tenant_id, topic))
            return count
        finally:
            await client.aclose()


def test_from_settings():
    assert isinstance(InProcessBroker.from_settings(SimpleNamespace(redis_url=None)), InProcessBroker)
    require_redis_package()
    from rathaus.live.redis_broker import RedisBroker

    with pytest.raises(BrokerError, match="redis_url"):
        RedisBroker.from_settings(SimpleNamespace(redis_url=None))
    assert RedisBroker.from_settings(SimpleNamespace(redis_url=NOBODY_LISTENS)).url == "redis://:***@127.0.0.1:1/0"
    with pytest.raises(BrokerError, match="invalid Redis URL") as info:
        RedisBroker("http://user:geheim@127.0.0.1:6379/0")
    assert "geheim" not in str(info.value)


def test_unreachable_redis_is_a_quick_broker_error_without_the_password():
    require_redis_package()

    async def check():
        broker = redis_broker(NOBODY_LISTENS)
        start = time.monotonic()
        with pytest.raises(BrokerError) as info:
            await broker.publish(A, new_topic(), {"n": 1})
        assert "127.0.0.1:1" in str(info.value) and "geheim" not in str(info.value)
        with pytest.raises(BrokerError):
            async with broker.subscribe(A, new_topic()):
                pass
        assert time.monotonic() - start < 5
        await broker.close()

    run(check())


def test_a_server_that_never_answers_does_not_hang():
    """Accepts the connection, then says nothing (a hung Redis, a firewall
    that swallows packets): bounded by the broker's timeout."""
    require_redis_package()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted = []
    threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True).start()

    async def check():
        broker = redis_broker(f"redis://127.0.0.1:{server.getsockname()[1]}/0", timeout=1.0)
        start = time.monotonic()
        with pytest.raises(BrokerError, match="unreachable"):
            await broker.publish(A, new_topic(), {"n": 1})
        with pytest.raises(BrokerError, match="unreachable"):
            async with broker.subscribe(A, new_topic()):
                pass
        assert time.monotonic() - start < 4
        await broker.close()

    try:
        run(check())
    finally:
        server.close()
        for conn, _ in accepted:
            conn.close()


def _clients(name: str, *, subscribers_only: bool = False) -> list[dict]:
    import redis

    clients = redis.Redis.from_url(REDIS_URL).client_list()
    return [c for c in clients if c.get("name") == name and (not subscribers_only or int(c.get("sub", 0)) > 0)]


@pytest.mark.integration
def test_pubsub_connections_are_closed_on_exit_and_on_close(redis_up):
    name = f"rathaus-test-{uuid.uuid4().hex[:12]}"

    async def settled(expected: int) -> None:
        deadline = time.monotonic() + 3
        while len(_clients(name, subscribers_only=True)) != expected:
            assert time.monotonic() < deadline, _clients(name)
            await asyncio.sleep(0.05)

    async def check():
        broker = redis_broker(client_name=name)
        async with broker.subscribe(A, new_topic()), broker.subscribe(B, new_topic()):
            await settled(2)
        await settled(0)
        async with broker.subscribe(A, new_topic()) as events:
            await settled(1)
            await broker.close()
            assert [e async for e in events] == []
        await settled(0)
        deadline = time.monotonic() + 3
        while _clients(name):  # the publishing pool too
            assert time.monotonic() < deadline, _clients(name)
            await asyncio.sleep(0.05)

    run(check())


@pytest.mark.integration
def test_a_lost_connection_ends_the_subscription_with_broker_error(redis_up):
    import redis

    name = f"rathaus-test-{uuid.uuid4().hex[:12]}"

    async def check():
        broker, topic = redis_broker(client_name=name), new_topic()
        async with broker.subscribe(A, topic) as events:
            await broker.publish(A, topic, {"n": 1})
            [subscriber] = _clients(name, subscribers_only=True)
            redis.Redis.from_url(REDIS_URL).client_kill_filter(_id=subscriber["id"])
            assert await take(events, 1) == [{"n": 1}]  # buffered or not: what arrived is delivered
            with pytest.raises(BrokerError, match="lost the Redis connection"):
                await asyncio.wait_for(anext(events), 5)
        await broker.publish(A, topic, {"n": 2})  # the broker itself carries on
        await broker.close()

    run(check())


class SlowLink:
    """A TCP proxy to Redis that delays what the client sends: Redis on
    another machine, where a SUBSCRIBE still travels while a PUBLISH from a
    nearer process already arrived."""

    def __init__(self, delay: float):
        self.delay = delay
        self.port = 0
        self.tasks: set[asyncio.Task] = set()

    async def __aenter__(self) -> "SlowLink":
        self.server = await asyncio.start_server(self._connect, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)

    async def _connect(self, client_reader, client_writer) -> None:
        from urllib.parse import urlsplit

        target = urlsplit(REDIS_URL)
        redis_reader, redis_writer = await asyncio.open_connection(target.hostname, target.port or 6379)
        for task in (self._pump(client_reader, redis_writer, self.delay), self._pump(redis_reader, client_writer, 0)):
            self.tasks.add(asyncio.create_task(task))

    @staticmethod
    async def _pump(reader, writer, delay: float) -> None:
        try:
            while data := await reader.read(65536):
                await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
        finally:
            writer.close()


@pytest.mark.integration
def test_entering_waits_until_redis_confirmed_the_subscription(redis_up):
    async def check():
        async with SlowLink(delay=0.1) as link:
            far = redis_broker(f"redis://127.0.0.1:{link.port}/0")
            near = redis_broker()
            topic = new_topic()
            async with far.subscribe(A, topic) as events:
                await near.publish(A, topic, {"n": 1})
                assert await take(events, 1) == [{"n": 1}]
            await far.close()
            await near.close()

    run(check())


SUBSCRIBER_PROCESS = """
import asyncio, json, sys
from rathaus.live.redis_broker import RedisBroker

async def main(url, tenant_id, topic, n):
    broker = RedisBroker(url)
    async with broker.subscribe(tenant_id, topic) as events:
        print("ready", flush=True)
        received = 0
        async for event in events:
            print(json.dumps(event, ensure_ascii=False), flush=True)
            received += 1
            if received == n:
                break
    await broker.close()

asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
"""


@pytest.mark.integration
def test_events_reach_a_subscriber_in_another_process(redis_up):
    topic = new_topic()
    src = str(Path(rathaus.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")])),
           "PYTHONIOENCODING": "utf-8"}

    async def check():
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-c", SUBSCRIBER_PROCESS, REDIS_URL, str(A), topic, "3",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
        )
        try:
            ready = await asyncio.wait_for(child.stdout.readline(), 30)
            assert ready == b"ready\n", ready + await child.stderr.read()
            broker = redis_broker()
            await broker.publish(A, topic, {"n": 1, "text": "Ihr Termin ist bestätigt"})
            await broker.publish(B, topic, {"n": "other tenant"})
            await broker.publish(A, topic, {"n": 2})
            await broker.publish(A, topic, {"n": 3})
            await broker.close()
            lines = [await asyncio.wait_for(child.stdout.readline(), 10) for _ in range(3)]
            assert [json.loads(line) for line in lines] == [
                {"n": 1, "text": "Ihr Termin ist bestätigt"}, {"n": 2}, {"n": 3},
            ]
            assert await asyncio.wait_for(child.wait(), 10) == 0, await child.stderr.read()
        finally:
            if child.returncode is None:
                child.kill()
                await child.wait()

    run(check())


def test_many_open_subscriptions_leave_publishing_free(redis_up):
    """Every open chat holds a subscription; the 100th must not block publishing
    (redis-py caps a pool at 100 connections: bench/handoff_latency.py found it)."""
    import asyncio
    from contextlib import AsyncExitStack

    async def scenario():
        broker = redis_broker()
        try:
            async with AsyncExitStack() as stack:
                streams = [await stack.enter_async_context(broker.subscribe(1, f"conv:{i}")) for i in range(130)]
                for i in range(130):
                    await broker.publish(1, f"conv:{i}", {"type": "message", "i": i})
                for i, events in enumerate(streams):
                    event = await asyncio.wait_for(events.__aiter__().__anext__(), 5)
                    assert event == {"type": "message", "i": i}
        finally:
            await broker.close()

    asyncio.run(scenario())
