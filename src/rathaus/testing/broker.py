"""Conformance suite for the Broker seam.

A backend proves itself by subclassing the suite::

    class TestMyBroker(BrokerConformance):
        def make_broker(self, *, queue_size=1000):
            return MyBroker(..., queue_size=queue_size)

Backends shared between processes also implement `make_second_broker` (a
second instance on the same backend: what another server process sees),
`make_unreachable_broker` and, where the backend can tell, `subscriber_count`.
Every hook is called inside the running event loop of the test. Topics are
random per test, so runs can share one real backend.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from contextlib import AsyncExitStack

import pytest

from rathaus.live.base import DEFAULT_QUEUE_SIZE, Broker, BrokerError

A, B = 1, 2  # tenant ids
EVENT = {
    "type": "message", "id": 17, "role": "staff", "text": "Grüß Gott! Ihr Antrag ist da ✓",
    "ratio": 0.25, "read": False, "attachments": None, "tags": ("a", "b"), "meta": {"nested": [1, {"x": "y"}]},
}


def run(coro, timeout: float = 60.0):
    """Each test in its own loop, bounded: a broken broker fails, never hangs."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


def new_topic() -> str:
    return f"conv:{uuid.uuid4().hex}"


async def take(events, n: int, timeout: float = 5.0) -> list[dict]:
    # One timeout for all n, not one wait_for task per event: per-event tasks
    # would make the reader itself slower than an in-process publisher.
    async def collect() -> list[dict]:
        return [await anext(events) for _ in range(n)]

    return await asyncio.wait_for(collect(), timeout)


async def nothing_more(events, wait: float = 0.3) -> bool:
    try:
        await asyncio.wait_for(anext(events), wait)
    except asyncio.TimeoutError:
        return True
    return False


class BrokerConformance:
    """Subclass as `class TestX(BrokerConformance)` and implement `make_broker`."""

    def make_broker(self, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> Broker:  # pragma: no cover - abstract
        raise NotImplementedError

    def make_second_broker(self) -> Broker | None:
        """Another instance on the same backend, as a second server process has it."""
        return None

    def make_unreachable_broker(self) -> Broker | None:
        """An instance whose backend is down; None if the backend cannot be down."""
        return None

    async def subscriber_count(self, broker: Broker, tenant_id: int, topic: str) -> int | None:
        """Subscriptions of (tenant_id, topic) as the backend sees them, if it can tell."""
        return None

    # -- the contract ---------------------------------------------------------------

    def test_satisfies_protocol(self):
        async def check():
            broker = self.make_broker()
            assert isinstance(broker, Broker)
            await broker.close()

        run(check())

    def test_every_subscriber_gets_its_own_equal_copy(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            async with broker.subscribe(A, topic) as one, broker.subscribe(A, topic) as two:
                await broker.publish(A, topic, EVENT)
                [got_one], [got_two] = await take(one, 1), await take(two, 1)
            await broker.close()
            assert got_one == got_two == json.loads(json.dumps(EVENT))
            got_one["text"] = "changed"
            assert got_two["text"] == EVENT["text"]

        run(check())

    def test_an_event_that_is_not_json_is_refused_before_sending(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            async with broker.subscribe(A, topic) as events:
                for bad, error in (({"x": object()}, TypeError), ({"x": float("nan")}, ValueError), (["x"], TypeError)):
                    with pytest.raises(error):
                        await broker.publish(A, topic, bad)
                with pytest.raises(TypeError):
                    await broker.publish("1", topic, {})  # type: ignore[arg-type]
                await broker.publish(A, topic, {"n": 1})
                assert await take(events, 1) == [{"n": 1}]
            await broker.close()

        run(check())

    def test_tenant_b_never_receives_tenant_a(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            async with broker.subscribe(A, topic) as a_events, broker.subscribe(B, topic) as b_events:
                await broker.publish(A, topic, {"n": "a1"})
                await broker.publish(B, topic, {"n": "b1"})
                await broker.publish(A, topic, {"n": "a2"})
                assert await take(a_events, 2) == [{"n": "a1"}, {"n": "a2"}]
                assert await take(b_events, 1) == [{"n": "b1"}]
                assert await nothing_more(a_events) and await nothing_more(b_events)
            await broker.close()

        run(check())

    def test_events_arrive_in_publish_order(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            async with broker.subscribe(A, topic) as events:
                for seq in range(200):
                    await broker.publish(A, topic, {"seq": seq})
                assert [e["seq"] for e in await take(events, 200)] == list(range(200))
            await broker.close()

        run(check())

    def test_a_publish_right_after_subscribing_is_delivered(self):
        async def check():
            brokers = [self.make_broker()]
            second = self.make_second_broker()
            if second is not None:
                brokers.append(second)  # the publisher's subscription state is elsewhere
            for round_ in range(20):
                topic = new_topic()
                async with brokers[0].subscribe(A, topic) as events:
                    await brokers[round_ % len(brokers)].publish(A, topic, {"round": round_})
                    assert await take(events, 1) == [{"round": round_}]
            for broker in brokers:
                await broker.close()

        run(check())

    def test_earlier_events_are_not_replayed(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            await broker.publish(A, topic, {"n": "before"})  # nobody listens: no error either
            async with broker.subscribe(A, topic) as events:
                await broker.publish(A, topic, {"n": "after"})
                assert await take(events, 1) == [{"n": "after"}]
            await broker.close()

        run(check())

    def test_leaving_the_context_unsubscribes(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            async with broker.subscribe(A, topic) as old:
                assert await self.subscriber_count(broker, A, topic) in (None, 1)
            with pytest.raises(StopAsyncIteration):
                await asyncio.wait_for(anext(old), 1)
            deadline = time.monotonic() + 3  # a backend may notice a closed connection a moment later
            while (count := await self.subscriber_count(broker, A, topic)) not in (None, 0):
                assert time.monotonic() < deadline, f"{count} subscriptions left after leaving the context"
                await asyncio.sleep(0.05)
            async with broker.subscribe(A, topic) as new:
                await broker.publish(A, topic, {"n": 1})
                assert await take(new, 1) == [{"n": 1}]
            await broker.close()

        run(check())

    def test_a_cancelled_listener_unsubscribes(self):
        """What a server does when the browser goes away mid-stream."""

        async def check():
            broker, topic = self.make_broker(), new_topic()
            entered = asyncio.Event()

            async def listen() -> None:
                async with broker.subscribe(A, topic) as events:
                    entered.set()
                    async for _ in events:
                        pass

            listener = asyncio.create_task(listen())
            await asyncio.wait_for(entered.wait(), 5)
            listener.cancel()
            await asyncio.wait([listener], timeout=5)
            assert listener.cancelled()
            deadline = time.monotonic() + 3
            while (count := await self.subscriber_count(broker, A, topic)) not in (None, 0):
                assert time.monotonic() < deadline, f"{count} subscriptions left after cancelling"
                await asyncio.sleep(0.05)
            await broker.publish(A, topic, {"n": 1})
            await broker.close()

        run(check())

    def test_a_slow_subscriber_loses_the_oldest_and_blocks_nobody(self):
        size, total = 20, 200

        async def check():
            broker, topic = self.make_broker(queue_size=size), new_topic()
            async with broker.subscribe(A, topic) as slow, broker.subscribe(A, topic) as fast:
                reader = asyncio.create_task(take(fast, total))
                for seq in range(total):
                    await broker.publish(A, topic, {"seq": seq})
                    await asyncio.sleep(0)  # a real publisher yields between events
                assert [e["seq"] for e in await reader] == list(range(total))
                await asyncio.sleep(0.3)  # let a networked backend's reader catch up
                first, *rest = await take(slow, 1 + size)
                assert first == {"type": "overflow"}
                seqs = [e["seq"] for e in rest]
                assert seqs == list(range(total - size, total)), seqs
                assert await nothing_more(slow)
                # the slow one keeps working once it reads again
                await broker.publish(A, topic, {"seq": total})
                assert await take(slow, 1) == [{"seq": total}]
            await broker.close()

        run(check())

    def test_close_ends_every_subscription(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            got: list[list[dict]] = [[], []]

            async def listen(i: int) -> None:
                async with broker.subscribe(A, topic) as events:
                    entered.release()
                    async for event in events:
                        got[i].append(event)

            entered = asyncio.Semaphore(0)
            listeners = [asyncio.create_task(listen(i)) for i in range(2)]
            for _ in listeners:
                await asyncio.wait_for(entered.acquire(), 5)
            await broker.publish(A, topic, {"n": 1})
            while not all(got):
                await asyncio.sleep(0.01)
            await broker.close()
            await asyncio.wait_for(asyncio.gather(*listeners), 5)  # iterators finished, exits clean
            assert got == [[{"n": 1}], [{"n": 1}]]
            with pytest.raises(BrokerError):
                await broker.publish(A, topic, {"n": 2})
            with pytest.raises(BrokerError):
                async with broker.subscribe(A, topic):
                    pass
            await broker.close()

        run(check())

    def test_two_processes_share_events(self):
        async def check():
            first, second, topic = self.make_broker(), self.make_second_broker(), new_topic()
            if second is None:
                await first.close()
                pytest.skip("this broker does not span processes")
            async with first.subscribe(A, topic) as here, second.subscribe(A, topic) as there:
                for seq in range(50):
                    await second.publish(A, topic, {"seq": seq})
                await first.publish(A, topic, {"seq": 50})
                expected = list(range(51))
                assert [e["seq"] for e in await take(here, 51)] == expected
                assert [e["seq"] for e in await take(there, 51)] == expected
                await second.publish(B, topic, {"seq": "other tenant"})
                assert await nothing_more(here)
            await first.close()
            await second.close()

        run(check())

    def test_publish_threadsafe_from_a_worker_thread(self):
        async def check():
            broker, topic = self.make_broker(), new_topic()
            if not hasattr(broker, "publish_threadsafe"):
                await broker.close()
                pytest.skip("no publish_threadsafe")
            with pytest.raises(BrokerError):  # not used in a loop yet: no loop to hand over to
                await asyncio.to_thread(broker.publish_threadsafe, A, topic, {})

            def worker() -> None:
                with pytest.raises(TypeError):
                    broker.publish_threadsafe(A, topic, {"x": object()})
                futures = [broker.publish_threadsafe(A, topic, {"seq": seq}) for seq in range(200)]
                for future in futures:
                    assert future.result(timeout=5) is None

            async with broker.subscribe(A, topic) as events:
                await asyncio.to_thread(worker)
                assert [e["seq"] for e in await take(events, 200)] == list(range(200))
            await broker.close()

        run(check())

    def test_an_unreachable_backend_raises_broker_error_quickly(self):
        async def check():
            broker = self.make_unreachable_broker()
            if broker is None:
                pytest.skip("this backend cannot be unreachable")
            start = time.monotonic()
            with pytest.raises(BrokerError):
                await broker.publish(A, new_topic(), {"n": 1})
            with pytest.raises(BrokerError):
                async with AsyncExitStack() as stack:
                    await stack.enter_async_context(broker.subscribe(A, new_topic()))
            assert time.monotonic() - start < 10  # two attempts, each well under 5 s
            await broker.close()

        run(check())
