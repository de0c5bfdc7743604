"""InProcessBroker: the broker for a single server process (no Redis).

The default when `redis_url` is not set. With several workers it is wrong:
a staff member on worker 1 would never reach a citizen on worker 2 — use
`RedisBroker` there.
"""

from __future__ import annotations

import concurrent.futures
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, AsyncIterator

from rathaus.live.base import (
    DEFAULT_QUEUE_SIZE, BrokerError, EventQueue, LoopBinding, check_channel, encode_event, settle,
)

if TYPE_CHECKING:
    from rathaus.settings import Settings


class InProcessBroker:
    """Subscribers are queues in a dict keyed by (tenant_id, topic); a
    publish appends to each of them. Delivery happens synchronously inside
    `publish`, so the order and the no-race guarantee are trivial."""

    def __init__(self, *, queue_size: int = DEFAULT_QUEUE_SIZE) -> None:
        self._queue_size = queue_size
        self._channels: dict[tuple[int, str], set[EventQueue]] = {}
        self._closed = False
        self._binding = LoopBinding()

    @classmethod
    def from_settings(cls, settings: "Settings") -> "InProcessBroker":
        return cls()

    async def publish(self, tenant_id: int, topic: str, event: dict) -> None:
        check_channel(tenant_id, topic)
        payload = encode_event(event)
        self._binding.bind()
        self._deliver(tenant_id, topic, payload)

    def publish_threadsafe(self, tenant_id: int, topic: str, event: dict) -> concurrent.futures.Future:
        """Publish from a worker thread (database work runs in the thread
        pool, and it is the code that knows a message was committed).

        The event is encoded here, so a bad event raises in the caller; the
        delivery is scheduled onto the broker's loop, in call order. The
        returned future completes when it is delivered; fire-and-forget
        callers may ignore it, but must not wait on it from the loop's own
        thread."""
        check_channel(tenant_id, topic)
        payload = encode_event(event)
        if self._closed:
            raise BrokerError("the broker is closed")
        loop = self._binding.for_thread()
        future: concurrent.futures.Future = concurrent.futures.Future()

        def deliver() -> None:
            try:
                self._deliver(tenant_id, topic, payload)
            except BrokerError as exc:  # closed meanwhile
                settle(future, exc)
            else:
                settle(future)

        try:
            loop.call_soon_threadsafe(deliver)
        except RuntimeError as exc:  # the loop was closed meanwhile
            raise BrokerError(f"the broker's event loop is gone: {exc}") from None
        return future

    def _deliver(self, tenant_id: int, topic: str, payload: str) -> None:
        if self._closed:
            raise BrokerError("the broker is closed")
        for queue in tuple(self._channels.get((tenant_id, topic), ())):
            queue.put(payload)

    @asynccontextmanager
    async def subscribe(self, tenant_id: int, topic: str) -> AsyncIterator[EventQueue]:
        check_channel(tenant_id, topic)
        if self._closed:
            raise BrokerError("the broker is closed")
        self._binding.bind()
        key = (tenant_id, topic)
        queue = EventQueue(self._queue_size)
        self._channels.setdefault(key, set()).add(queue)
        try:
            yield queue
        finally:
            queue.end(discard=True)
            queues = self._channels.get(key)
            if queues is not None:
                queues.discard(queue)
                if not queues:  # no empty sets piling up for finished conversations
                    del self._channels[key]

    async def close(self) -> None:
        self._closed = True
        channels, self._channels = self._channels, {}
        for queues in channels.values():
            for queue in queues:
                queue.end()

    def subscriber_count(self, tenant_id: int, topic: str) -> int:
        """Active subscriptions of (tenant_id, topic) in this process; for tests and metrics."""
        return len(self._channels.get((tenant_id, topic), ()))
