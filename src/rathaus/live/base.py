"""The Broker seam: live events between server processes.

Why a broker and not the database: during a human handoff the staff member
and the citizen are usually connected to different server processes (several
uvicorn workers, several machines). The message itself is written to the
database by whoever sends it; the broker only tells every process that holds
a browser connection for that conversation to push it out now, instead of
each browser polling the database.

The events are hints, not the record: the transcript in the database is the
source of truth, and a client that sees `{"type": "overflow"}` or loses its
stream reloads it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
from collections import deque
from typing import TYPE_CHECKING, AsyncContextManager, AsyncIterator, Protocol, runtime_checkable

if TYPE_CHECKING:
    from rathaus.settings import Settings

DEFAULT_QUEUE_SIZE = 1000
OVERFLOW_TYPE = "overflow"


class BrokerError(RuntimeError):
    """The broker cannot deliver (Redis down or unreachable, broker closed).
    The message is one line an operator can act on."""


@runtime_checkable
class Broker(Protocol):
    """Fans out JSON events to subscribers of (tenant, topic), across processes.

    Usage::

        async with broker.subscribe(tenant_id, "conv:abc") as events:
            async for event in events:
                ...
        await broker.publish(tenant_id, "conv:abc", {"type": "message", "id": 17})

    Contract:
    - `tenant_id` (an int) is explicit and part of the channel: a subscriber
      of tenant B never receives tenant A's events on the same topic string.
      `topic` is a non-empty str chosen by the caller (e.g. "conv:<id>").
    - `event` is a JSON-serialisable dict; every subscriber of (tenant_id,
      topic) in every process sharing the broker receives its own dict equal
      to `json.loads(json.dumps(event))`. A dict that is not JSON raises
      `TypeError`/`ValueError` from `publish` before anything is sent.
    - Once `subscribe(...)` has been entered, every later `publish` (from any
      process) is delivered to it: entering returns only after the backend
      has confirmed the subscription.
    - Events from one publisher (one task publishing one after another, or one
      thread using `publish_threadsafe`) arrive in publish order.
    - Events published before a subscription was entered are not replayed.
    - Leaving the `subscribe` context unsubscribes and frees its resources
      (connection, queue); the iterator then ends.
    - A slow subscriber never blocks publishers or other subscribers: each
      subscription buffers at most a bounded number of events (default
      1000). On overflow the oldest are dropped and the subscriber next
      receives `{"type": "overflow"}` followed by the newest events, so that
      the client knows to reload the transcript.
    - `publish` never raises because nobody listens. It raises `BrokerError`
      when the backend is unreachable, as does entering `subscribe`; neither
      hangs (a few seconds at most). A subscription whose backend connection
      is lost later ends its iteration with `BrokerError`.
    - `close()` ends all subscriptions: their iterators yield what was already
      buffered and then finish. Afterwards `publish` and `subscribe` raise
      `BrokerError`; `close()` again does nothing.
    - A broker belongs to the event loop it is first used in.
      Implementations also offer `publish_threadsafe(tenant_id, topic,
      event)` for worker threads (database work runs in the thread pool),
      which schedules the publish onto that loop and returns a
      `concurrent.futures.Future`.
    - `from_settings(settings)` builds the broker from process settings.
    """

    async def publish(self, tenant_id: int, topic: str, event: dict) -> None: ...

    def subscribe(self, tenant_id: int, topic: str) -> AsyncContextManager[AsyncIterator[dict]]: ...

    async def close(self) -> None: ...

    @classmethod
    def from_settings(cls, settings: "Settings") -> "Broker": ...


def check_channel(tenant_id: int, topic: str) -> None:
    # bool is an int subclass; True as a tenant id is always a bug.
    if not isinstance(tenant_id, int) or isinstance(tenant_id, bool):
        raise TypeError(f"tenant_id must be int, not {type(tenant_id).__name__}")
    if not isinstance(topic, str) or not topic:
        raise ValueError(f"topic must be a non-empty str, not {topic!r}")


def encode_event(event: dict) -> str:
    """The wire form every backend carries. Encoding once per publish (not
    per subscriber) also checks the contract before anything is sent; strict
    JSON (no NaN) so that browsers can parse what they get."""
    if not isinstance(event, dict):
        raise TypeError(f"event must be a dict, not {type(event).__name__}")
    return json.dumps(event, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class EventQueue:
    """One subscription's bounded buffer and its async iterator.

    Holds encoded events and decodes them when read, so that each subscriber
    gets its own dict and dropped events cost no decoding. Only touched from
    the broker's event loop (worker threads go through call_soon_threadsafe),
    which is why plain deque + asyncio.Event suffice.
    """

    def __init__(self, maxsize: int = DEFAULT_QUEUE_SIZE) -> None:
        if maxsize < 1:
            raise ValueError("queue size must be at least 1")
        self._items: deque[str | bytes] = deque()
        self._maxsize = maxsize
        self._lost = False
        self._ended = False
        self._error: BaseException | None = None
        self._wakeup = asyncio.Event()

    def put(self, payload: str | bytes) -> None:
        if self._ended:
            return
        if len(self._items) >= self._maxsize:
            # Drop the oldest: the newest events matter most to a client that
            # is about to reload the transcript anyway.
            self._items.popleft()
            self._lost = True
        self._items.append(payload)
        self._wakeup.set()

    def end(self, error: BaseException | None = None, *, discard: bool = False) -> None:
        """No more events. Buffered ones are still yielded unless `discard`;
        then the iteration finishes, or raises `error`."""
        if not self._ended:
            self._ended = True
            self._error = error
        if discard:
            self._items.clear()
            self._lost = False
            self._error = None
        self._wakeup.set()

    def __aiter__(self) -> "EventQueue":
        return self

    async def __anext__(self) -> dict:
        while True:
            if self._lost:
                self._lost = False
                return {"type": OVERFLOW_TYPE}
            if self._items:
                return json.loads(self._items.popleft())
            if self._ended:
                error, self._error = self._error, None
                if error is not None:
                    raise error
                raise StopAsyncIteration
            self._wakeup.clear()
            await self._wakeup.wait()


class LoopBinding:
    """Remembers the event loop a broker was first used in, for
    `publish_threadsafe` and to reject use from a second loop (asyncio
    primitives and Redis connections belong to one loop)."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None

    def bind(self) -> asyncio.AbstractEventLoop:
        loop = asyncio.get_running_loop()
        if self.loop is None:
            self.loop = loop
        elif self.loop is not loop:
            raise RuntimeError("this broker belongs to another event loop; create one broker per loop")
        return loop

    def for_thread(self) -> asyncio.AbstractEventLoop:
        """The loop to hand work to. Calling from that loop's own thread is
        allowed (fire and forget), but blocking on the returned future there
        would deadlock."""
        loop = self.loop
        if loop is None or loop.is_closed():
            raise BrokerError("publish_threadsafe needs a broker already used in a running event loop")
        return loop


def settle(future: concurrent.futures.Future, error: BaseException | None = None) -> None:
    """Complete a `publish_threadsafe` future; one its caller cancelled stays cancelled."""
    try:
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)
    except concurrent.futures.InvalidStateError:
        pass
