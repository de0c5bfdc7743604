"""RedisBroker: live events across server processes through Redis pub/sub.

Channel per (tenant, topic): "rathaus:{tenant_id}:{topic}". The tenant id is
an int, so the first ":" after it ends it and no (tenant, topic) pair can
produce another pair's channel.

Publishing shares one connection pool. Each subscription holds its own
PubSub connection and a reader task that moves messages into the bounded
`EventQueue` at once: a slow browser then costs queue slots here, never a
growing output buffer in Redis (which disconnects slow pub/sub clients).
Redis pub/sub is fire-and-forget, which is exactly the contract: no replay,
the database transcript is the record.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import socket
from collections import deque
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, AsyncIterator
from urllib.parse import urlsplit

import redis.asyncio as redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError

from rathaus.live.base import (
    DEFAULT_QUEUE_SIZE, BrokerError, EventQueue, LoopBinding, check_channel, encode_event, settle,
)

if TYPE_CHECKING:
    from rathaus.settings import Settings

log = logging.getLogger(__name__)

# Errors that mean "Redis is not there" (refused, DNS, timeouts, auth, protocol).
UNREACHABLE = (RedisError, OSError, asyncio.TimeoutError)


def channel_name(tenant_id: int, topic: str) -> str:
    return f"rathaus:{tenant_id}:{topic}"


def safe_url(url: str) -> str:
    """The URL for messages and logs, without its password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username or ''}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return parts._replace(netloc=netloc).geturl()


def _keepalive_options() -> dict[int, int]:
    """A dead peer is noticed after about 45 s (30 s idle, then 3 probes 5 s
    apart), whatever redis-py version's defaults are; Linux names."""
    names = {"TCP_KEEPIDLE": 30, "TCP_KEEPINTVL": 5, "TCP_KEEPCNT": 3}
    return {getattr(socket, name): value for name, value in names.items() if hasattr(socket, name)}


class _Subscription:
    def __init__(self, pubsub, channel: str, queue: EventQueue) -> None:
        self.pubsub = pubsub
        self.channel = channel
        self.queue = queue
        self.reader: asyncio.Task | None = None
        self._stopped: asyncio.Future | None = None

    async def start(self, timeout: float) -> None:
        # SUBSCRIBE is only sent by `subscribe()`; Redis may not have applied it
        # yet. Waiting for its confirmation is what guarantees that a publish
        # made after entering (from any process) reaches us.
        async with asyncio.timeout(timeout):
            await self.pubsub.subscribe(self.channel)
            while True:
                message = await self.pubsub.get_message(timeout=None)
                if message and message["type"] == "subscribe":
                    break
        self.reader = asyncio.create_task(self._read(), name=f"rathaus-live:{self.channel}")

    async def _read(self) -> None:
        try:
            while True:
                message = await self.pubsub.get_message(timeout=None)
                if message is not None and message["type"] == "message":
                    self.queue.put(message["data"])
        except UNREACHABLE as exc:
            # No silent reconnect (the pool has no retries): events published
            # meanwhile would be lost unnoticed. The client reconnects and
            # reloads the transcript instead.
            self.queue.end(BrokerError(f"lost the Redis connection for live events: {exc}"))
        except Exception as exc:  # a bug: still never leave the iterator waiting forever
            log.exception("live events reader for %s failed", self.channel)
            self.queue.end(BrokerError(f"live events stopped: {exc!r}"))

    async def stop(self) -> None:
        if self._stopped is None:
            self._stopped = asyncio.ensure_future(self._stop())
        # Shielded: a cancelled caller must not leave the connection open.
        await asyncio.shield(self._stopped)

    async def _stop(self) -> None:
        if self.reader is not None:
            self.reader.cancel()
            await asyncio.wait([self.reader])
        try:
            # Disconnects (which unsubscribes server-side) and returns the
            # connection to the pool, where it reconnects on next use.
            await self.pubsub.aclose()
        except UNREACHABLE:
            pass


MAX_SUBSCRIPTIONS = 10_000  # open live streams per process (Redis allows 10,000 clients by default)


class RedisBroker:
    """`Broker` over Redis pub/sub (redis-py >= 5.0.1, asyncio API)."""

    def __init__(
        self,
        url: str,
        *,
        queue_size: int = DEFAULT_QUEUE_SIZE,
        connect_timeout: float = 3.0,
        timeout: float = 5.0,
        client_name: str | None = None,
    ) -> None:
        """`connect_timeout` bounds each TCP connect, `timeout` each publish
        and each subscribe confirmation as a whole. `client_name` shows in
        Redis' CLIENT LIST (operators, tests)."""
        self.url = safe_url(url)
        self._queue_size = queue_size
        self._timeout = timeout
        try:
            options = dict(
                socket_connect_timeout=connect_timeout,
                socket_timeout=timeout,
                # A subscription waits without a read timeout; keepalive is what
                # notices a Redis host that vanished without closing the socket.
                socket_keepalive=True,
                socket_keepalive_options=_keepalive_options(),
                # No retries: a dead Redis is reported at once (BrokerError), and a
                # pub/sub connection must not resubscribe silently after a gap.
                # The pool already replaces connections that went stale.
                retry=Retry(NoBackoff(), 0),
                client_name=client_name,
            )
            self._client = redis.Redis.from_url(url, **options)
            # Every open subscription holds a connection of its own. In the
            # publishing pool (capped at 100 by redis-py) the 100th open chat
            # left no connection to publish with; a pool of its own for
            # subscriptions keeps publishing free (one multiplexed pub/sub
            # connection per process is the next step for very many chats).
            self._subscriber = redis.Redis.from_url(url, max_connections=MAX_SUBSCRIPTIONS, **options)
        except ValueError as exc:
            raise BrokerError(f"invalid Redis URL {self.url}: {exc}") from None
        self._subscriptions: set[_Subscription] = set()
        self._outbox: deque[tuple[str, str, concurrent.futures.Future]] = deque()
        self._drainer: asyncio.Task | None = None
        self._closed = False
        self._binding = LoopBinding()

    @classmethod
    def from_settings(cls, settings: "Settings") -> "RedisBroker":
        url = getattr(settings, "redis_url", None)
        if not url:
            raise BrokerError("RedisBroker needs redis_url (e.g. RATHAUS_REDIS_URL=redis://127.0.0.1:6379/0)")
        return cls(url)

    def _check_open(self) -> None:
        if self._closed:
            raise BrokerError("the broker is closed")

    def _unreachable(self, exc: BaseException) -> BrokerError:
        reason = "timed out" if isinstance(exc, asyncio.TimeoutError) else str(exc) or type(exc).__name__
        return BrokerError(f"Redis at {self.url} is unreachable for live events: {reason}")

    async def publish(self, tenant_id: int, topic: str, event: dict) -> None:
        check_channel(tenant_id, topic)
        payload = encode_event(event)
        self._check_open()
        self._binding.bind()
        try:
            async with asyncio.timeout(self._timeout):
                await self._client.publish(channel_name(tenant_id, topic), payload)
        except UNREACHABLE as exc:
            raise self._unreachable(exc) from None

    def publish_threadsafe(self, tenant_id: int, topic: str, event: dict) -> concurrent.futures.Future:
        """Publish from a worker thread (database work runs in the thread
        pool, and it is the code that knows a message was committed).

        The event is encoded here, so a bad event raises in the caller. The
        publish is queued onto the broker's loop and sent by one task in
        queue order (separate tasks could overtake each other on different
        pool connections). The returned future completes when Redis has
        accepted it, or carries `BrokerError`; fire-and-forget callers may
        ignore it (failures are logged), but must not wait on it from the
        loop's own thread."""
        check_channel(tenant_id, topic)
        payload = encode_event(event)
        self._check_open()
        loop = self._binding.for_thread()
        future: concurrent.futures.Future = concurrent.futures.Future()
        try:
            loop.call_soon_threadsafe(self._enqueue, channel_name(tenant_id, topic), payload, future)
        except RuntimeError as exc:  # the loop was closed meanwhile
            raise BrokerError(f"the broker's event loop is gone: {exc}") from None
        return future

    def _enqueue(self, channel: str, payload: str, future: concurrent.futures.Future) -> None:
        if self._closed:
            settle(future, BrokerError("the broker is closed"))
            return
        self._outbox.append((channel, payload, future))
        if self._drainer is None:
            self._drainer = asyncio.create_task(self._drain(), name="rathaus-live:outbox")

    async def _drain(self) -> None:
        batch: list = []
        try:
            while self._outbox:
                # Everything queued so far in one round trip, in order.
                batch = list(self._outbox)
                self._outbox.clear()
                try:
                    async with asyncio.timeout(self._timeout):
                        pipe = self._client.pipeline(transaction=False)
                        for channel, payload, _ in batch:
                            pipe.publish(channel, payload)
                        await pipe.execute()
                except UNREACHABLE as exc:
                    error = self._unreachable(exc)
                    log.warning("%s (%d live events dropped)", error, len(batch))
                    for *_, future in batch:
                        settle(future, error)
                else:
                    for *_, future in batch:
                        settle(future)
                batch = []
        finally:
            # Only a close() that timed out (or a bug) gets here with work left.
            error = BrokerError("the live event was not sent: the broker was closed or failed")
            for *_, future in batch + list(self._outbox):
                if not future.done():
                    settle(future, error)
            self._outbox.clear()
            self._drainer = None

    @asynccontextmanager
    async def subscribe(self, tenant_id: int, topic: str) -> AsyncIterator[EventQueue]:
        check_channel(tenant_id, topic)
        self._check_open()
        self._binding.bind()
        sub = _Subscription(self._subscriber.pubsub(), channel_name(tenant_id, topic), EventQueue(self._queue_size))
        self._subscriptions.add(sub)
        try:
            try:
                await sub.start(self._timeout)
            except UNREACHABLE as exc:
                raise self._unreachable(exc) from None
            yield sub.queue
        finally:
            self._subscriptions.discard(sub)
            sub.queue.end(discard=True)
            await sub.stop()

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        subs = list(self._subscriptions)
        for sub in subs:
            sub.queue.end()  # iterators yield what they have, then finish
        await asyncio.gather(*(sub.stop() for sub in subs))
        if self._drainer is not None:
            # Events handed over before close() are still sent, within the usual bound.
            drainer = self._drainer
            await asyncio.wait([drainer], timeout=self._timeout)
            drainer.cancel()
            await asyncio.wait([drainer])
        for client in (self._client, self._subscriber):  # each closes its pool, idle and pub/sub connections alike
            try:
                await client.aclose()
            except UNREACHABLE:
                pass
