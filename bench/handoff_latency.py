#!/usr/bin/env python3
"""Handoff latency: a staff reply to the citizen's live stream, end to end over HTTP.

    python bench/handoff_latency.py [--conversations 100] [--rate 20] [--seconds 15] [--redis-url URL]

Target (issue): latency staff → citizen p95 <= 200 ms across workers via Redis
(bench, 100 concurrent chats).

1. Starts two rathaus workers (`uvicorn rathaus.app:create_app --factory`, own
   process, one worker each, free loopback ports) on the same temp data dir,
   i.e. the same SQLite file, with RATHAUS_REDIS_URL (redis://127.0.0.1:6379/0
   by default), RATHAUS_STAFF_TOKEN and the `hashing` fake embedder. Worker A
   starts first and creates the demo town "musterstadt"; worker B then starts
   on the existing database. A third worker C on the same database runs with
   RATHAUS_BROKER=memory (no Redis) for the second peer; `--no-memory` skips it.
2. Creates --conversations conversations (POST /api/v1/chat on B) and moves
   each to `with_staff` through the staff API on A
   (POST /api/v1/staff/musterstadt/conversations/{id}/state).
3. Per phase, in this order and in the same run:
   - across workers: staff on A, the citizens' streams on B — the event goes
     A → Redis → B (the target);
   - same worker (peer): staff and streams on A — still through Redis (the
     broker is Redis whenever RATHAUS_REDIS_URL is set), but within one
     process: across − same is what a second process adds;
   - one worker, memory broker (second peer): staff and streams on C, whose
     broker delivers in its own memory: same − memory is what the Redis round
     trip adds.
   Opens one citizen SSE stream per conversation
   (GET /api/v1/conversations/{id}/events?tenant=musterstadt; asyncio, one
   httpx.AsyncClient = one connection per stream) and waits until every
   stream has delivered its first `state` event (the server subscribes before
   it sends that, so every later publish reaches it). A short unmeasured
   warm-up follows. Then, for --seconds, staff replies
   (POST …/conversations/{id}/messages, a fresh uuid as text) go round-robin
   over the conversations at a steady total --rate (open loop: a reply is sent
   when due, whether or not earlier POSTs have returned). Per reply:
   delivery = from just before the POST is sent until the `message` event with
   the same text arrives on that conversation's stream; POST = the POST's own
   response time. A reply acknowledged (HTTP 200) but not received within 5 s
   after the last POST returned counts as lost. The streams are closed before
   the next phase.
4. Prints a table (n, lost, delivery p50/p95/max, POST p50/p95, CPU of the
   servers, of Redis and of this client) and the target line.

Both workers share one SQLite file (WAL mode): SQLite allows one writer at a
time, and a writer in another process waits in SQLite's busy handler. Only the
staff worker writes while measuring (the streams only read once, at their
start), and the default rate is modest (20 replies/s) so that the bench times
the handoff, not SQLite write contention. In production use PostgreSQL
(RATHAUS_DATABASE_URL) for several workers. Every process (client, workers,
Redis) shares this machine's cores; the client's own event-loop lag is printed
so a busy client shows up rather than passing as server latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field

import httpx

from _processes import (  # bench/_processes.py
    Proc, bench_session, cpu_seconds, log_since, log_size, machine, pct, start_rathaus, wait_ready,
)

TENANT = "musterstadt"
TOKEN = "bench-staff-token"
STAFF_HEADERS = {"Authorization": f"Bearer {TOKEN}"}
AUTHOR = "bench"
QUESTION = "Wie beantrage ich einen Personalausweis?"
TARGET_P95_MS = 200.0  # across workers, from the issue
GRACE_S = 5.0  # after the last POST returned, a reply still not received is lost
WARMUP = 20  # unmeasured replies per phase


def redis_cpu(url: str) -> float:
    """Redis' own CPU seconds (INFO cpu), NaN when not available."""
    try:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=2)
        try:
            info = client.info("cpu")
        finally:
            client.close()
        return float(info["used_cpu_sys"]) + float(info["used_cpu_user"])
    except Exception:  # noqa: BLE001 - only a figure for the table
        return float("nan")


def check_redis(url: str) -> None:
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except Exception as exc:  # noqa: BLE001
        raise SystemExit(f"Redis at {url} is not reachable ({exc}); start it, or pass --redis-url") from None
    finally:
        client.close()


# --- setup ---------------------------------------------------------------------


def create_conversations(citizen_url: str, staff_url: str, count: int) -> list[str]:
    """`count` conversations, started on the citizen worker and taken over by staff."""
    ids: list[str] = []
    with httpx.Client(base_url=citizen_url, timeout=30) as citizen, \
            httpx.Client(base_url=staff_url, timeout=30, headers=STAFF_HEADERS) as staff:
        for _ in range(count):
            response = citizen.post("/api/v1/chat", json={"tenant": TENANT, "message": QUESTION})
            if response.status_code != 200:
                raise SystemExit(f"POST /api/v1/chat: HTTP {response.status_code}: {response.text[:300]}")
            cid = response.json()["conversation_id"]
            response = staff.post(f"/api/v1/staff/{TENANT}/conversations/{cid}/state",
                                  json={"author": AUTHOR, "to": "with_staff"})
            if response.status_code != 200:
                raise SystemExit(f"staff state change: HTTP {response.status_code}: {response.text[:300]}")
            ids.append(cid)
    return ids


# --- the measurement ---------------------------------------------------------------


@dataclass
class Reply:
    conversation_id: str
    sent: float = 0.0  # perf_counter just before the POST
    answered: float | None = None  # the POST's response arrived
    status: int | None = None
    error: str | None = None
    received: float | None = None  # the matching `message` event arrived on the stream
    wrong_stream: bool = False  # arrived on another conversation's stream


@dataclass
class Phase:
    name: str
    replies: list[Reply] = field(default_factory=list)
    stream_errors: list[str] = field(default_factory=list)
    wall: float = 0.0
    server_cpu: dict[str, float] = field(default_factory=dict)  # worker name -> CPU seconds in the phase
    redis_cpu: float = float("nan")
    client_cpu: float = 0.0
    loop_lag: list[float] = field(default_factory=list)  # the client's event-loop lag, seconds
    stream_open_s: float = 0.0
    failure: str | None = None  # the streams could not be opened: nothing measured
    server_log: list[str] = field(default_factory=list)  # what the workers logged during the phase


class StreamsNotReady(RuntimeError):
    pass


class Streams:
    """One citizen SSE stream per conversation; routes `message` events to their replies."""

    def __init__(self, url: str, conversation_ids: list[str], pending: dict[str, Reply], phase: Phase):
        self.url = url
        self.ids = conversation_ids
        self.pending = pending
        self.phase = phase
        self.ready = {cid: asyncio.Event() for cid in conversation_ids}
        self.tasks: list[asyncio.Task] = []
        self.clients: list[httpx.AsyncClient] = []

    async def open(self, timeout: float) -> None:
        # One client (one connection) per citizen, as browsers have; verify=False:
        # plain http on loopback, skips loading CA certificates 100 times.
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        http_timeout = httpx.Timeout(10, read=None)  # the stream idles between events (keep-alive every 15 s)
        for cid in self.ids:
            client = httpx.AsyncClient(limits=limits, timeout=http_timeout, verify=False, trust_env=False)
            self.clients.append(client)
            self.tasks.append(asyncio.create_task(self._listen(client, cid)))
        # Until every stream is ready; a stream that breaks first ends the wait (2 s later, to count the rest).
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline and not all(e.is_set() for e in self.ready.values()):
            if self.phase.stream_errors:
                deadline = min(deadline, time.perf_counter() + 2)
            await asyncio.sleep(0.05)
        waiting = sum(not e.is_set() for e in self.ready.values())
        if waiting:
            errors = f"; {len(self.phase.stream_errors)} broke, e.g. {self.phase.stream_errors[0]}" \
                if self.phase.stream_errors else ""
            raise StreamsNotReady(f"{waiting} of {len(self.ids)} streams gave no `state` event{errors}")

    async def _listen(self, client: httpx.AsyncClient, cid: str) -> None:
        url = f"{self.url}/api/v1/conversations/{cid}/events"
        try:
            async with client.stream("GET", url, params={"tenant": TENANT},
                                     headers={"Accept": "text/event-stream"}) as response:
                if response.status_code != 200:
                    await response.aread()
                    raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
                event = None
                async for line in response.aiter_lines():
                    if line.startswith("data:"):
                        now = time.perf_counter()
                        if event == "message":
                            self._received(cid, json.loads(line[5:]), now)
                        elif event == "state":
                            self.ready[cid].set()
                    elif line.startswith("event:"):
                        event = line[6:].strip()
                    elif not line:
                        event = None
            raise RuntimeError("the stream ended")
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - counted and reported
            self.phase.stream_errors.append(f"{cid[:8]}: {type(exc).__name__}: {exc}"[:200])

    def _received(self, cid: str, payload: dict, now: float) -> None:
        reply = self.pending.get(payload.get("text", ""))
        if reply is None or reply.received is not None:
            return
        reply.received = now
        reply.wrong_stream = reply.conversation_id != cid

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await asyncio.gather(*(c.aclose() for c in self.clients), return_exceptions=True)


async def send_reply(staff: httpx.AsyncClient, reply: Reply, text: str) -> None:
    path = f"/api/v1/staff/{TENANT}/conversations/{reply.conversation_id}/messages"
    reply.sent = time.perf_counter()
    try:
        response = await staff.post(path, json={"author": AUTHOR, "text": text})
        reply.status = response.status_code
        if response.status_code != 200:
            reply.error = f"HTTP {response.status_code}: {response.text[:200]}"
    except httpx.HTTPError as exc:
        reply.error = f"{type(exc).__name__}: {exc}"[:200]
    reply.answered = time.perf_counter()


async def send_at_rate(staff: httpx.AsyncClient, ids: list[str], pending: dict[str, Reply], rate: float,
                       count: int | None, seconds: float, offset: int = 0) -> list[Reply]:
    """Open loop: reply i is sent at start + i/rate, round-robin over `ids`."""
    replies: list[Reply] = []
    tasks: list[asyncio.Task] = []
    start = time.perf_counter()
    i = 0
    while (count is None or i < count) and i / rate < seconds:
        delay = start + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        reply = Reply(ids[(offset + i) % len(ids)])
        text = f"bench {uuid.uuid4()}"
        pending[text] = reply  # before the POST: the event may arrive before its response
        replies.append(reply)
        tasks.append(asyncio.create_task(send_reply(staff, reply, text)))
        i += 1
    await asyncio.gather(*tasks)
    return replies


async def wait_received(replies: list[Reply], grace: float) -> None:
    deadline = time.perf_counter() + grace
    while time.perf_counter() < deadline:
        if all(r.received is not None for r in replies if r.status == 200):
            return
        await asyncio.sleep(0.02)


async def watch_loop(lags: list[float], stop: asyncio.Event, period: float = 0.01) -> None:
    """How late this process' event loop wakes up: the client's own delay."""
    while not stop.is_set():
        before = time.perf_counter()
        await asyncio.sleep(period)
        lags.append(time.perf_counter() - before - period)


async def run_phase(name: str, staff_worker: Proc, stream_worker: Proc, ids: list[str], args,
                    workers: list[Proc]) -> Phase:
    phase = Phase(name)
    pending: dict[str, Reply] = {}
    streams = Streams(stream_worker.url, ids, pending, phase)
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    staff = httpx.AsyncClient(base_url=staff_worker.url, headers=STAFF_HEADERS, limits=limits,
                              timeout=httpx.Timeout(30), verify=False, trust_env=False)
    watched = [staff_worker] if stream_worker is staff_worker else [staff_worker, stream_worker]
    offsets = {w.name: log_size(w) for w in watched}  # their log lines from here on are reported
    try:
        t0 = time.perf_counter()
        try:
            await streams.open(timeout=30)
        except StreamsNotReady as exc:
            phase.failure = str(exc)
            return phase
        phase.stream_open_s = time.perf_counter() - t0

        # Warm-up (not measured): connections to the staff worker, code paths, caches.
        warm = await send_at_rate(staff, ids, pending, args.rate, WARMUP, float("inf"))
        await wait_received(warm, GRACE_S)
        if any(r.status != 200 for r in warm):
            bad = next(r for r in warm if r.status != 200)
            raise SystemExit(f"{name}: a warm-up reply failed: {bad.error}")

        stop = asyncio.Event()
        watcher = asyncio.create_task(watch_loop(phase.loop_lag, stop))
        cpu0 = {w.name: cpu_seconds(w.popen.pid) for w in workers}
        redis0 = await asyncio.to_thread(redis_cpu, args.redis_url)  # not blocking the streams' loop
        client0, start = time.process_time(), time.perf_counter()
        phase.replies = await send_at_rate(staff, ids, pending, args.rate, None, args.seconds, offset=WARMUP)
        phase.wall = time.perf_counter() - start
        phase.client_cpu = time.process_time() - client0
        phase.server_cpu = {w.name: cpu_seconds(w.popen.pid) - cpu0[w.name] for w in workers}
        phase.redis_cpu = await asyncio.to_thread(redis_cpu, args.redis_url) - redis0
        stop.set()
        await watcher
        await wait_received(phase.replies, GRACE_S)
    finally:
        await streams.close()
        await staff.aclose()
        for worker in watched:
            phase.server_log += [f"{worker.name}: {line}" for line in log_since(worker, offsets[worker.name])]
    return phase


# --- report ----------------------------------------------------------------------


@dataclass
class Row:
    name: str
    n: int
    lost: int
    failed: int
    p50: float
    p95: float
    max: float
    post50: float
    post95: float


def summarize(phase: Phase) -> Row:
    ok = [r for r in phase.replies if r.status == 200]
    delivered = [r.received - r.sent for r in ok if r.received is not None]
    posts = [r.answered - r.sent for r in ok if r.answered is not None]
    return Row(
        phase.name, len(ok), sum(r.received is None for r in ok), len(phase.replies) - len(ok),
        pct(delivered, 50), pct(delivered, 95), pct(delivered, 100), pct(posts, 50), pct(posts, 95),
    )


def print_table(phases: list[Phase], args) -> list[Row]:
    rows = [summarize(p) for p in phases]
    width = max(len(r.name) for r in rows)
    print(f"\n{'':<{width}}  {'n':>5} {'lost':>5}  {'delivery p50':>12} {'p95':>7} {'max':>7}"
          f"  {'POST p50':>8} {'p95':>7}  (ms)")
    for phase, row in zip(phases, rows):
        if phase.failure:
            print(f"{row.name:<{width}}  not measured: {phase.failure}")
            continue
        print(f"{row.name:<{width}}  {row.n:>5} {row.lost:>5}  {row.p50:>12.1f} {row.p95:>7.1f} {row.max:>7.1f}"
              f"  {row.post50:>8.1f} {row.post95:>7.1f}")
    print("\nper phase (CPU in % of one core over the sending time):")
    for phase, row in zip(phases, rows):
        print(f"  {phase.name}:")
        if not phase.failure:
            wall = phase.wall or float("nan")
            cpu = ", ".join(f"{name} {100 * s / wall:.0f} %" for name, s in phase.server_cpu.items())
            print(f"    {len(phase.replies) / wall:.1f} replies/s sent; CPU: {cpu},"
                  f" Redis {100 * phase.redis_cpu / wall:.0f} %,"
                  f" client {100 * phase.client_cpu / wall:.0f} % (its loop lag p95 {pct(phase.loop_lag, 95):.1f},"
                  f" max {pct(phase.loop_lag, 100):.1f} ms); {args.conversations} streams open in"
                  f" {phase.stream_open_s:.1f} s")
        if row.failed:
            error = next(r.error for r in phase.replies if r.status != 200)
            print(f"    {row.failed} staff POSTs failed, e.g. {error}")
        if row.lost:
            print(f"    WARNING: {row.lost} of {row.n} acknowledged replies never reached the citizen's stream")
        late = [r for r in phase.replies if r.received is not None and r.received - r.sent > 1]
        if late:
            print(f"    {len(late)} replies took more than 1 s")
        wrong = sum(r.wrong_stream for r in phase.replies)
        if wrong:
            print(f"    {wrong} replies arrived on another conversation's stream")
        if phase.stream_errors:
            print(f"    {len(phase.stream_errors)} streams broke, e.g. {phase.stream_errors[0]}")
        if phase.server_log:
            undelivered = [line for line in phase.server_log if "not delivered" in line]
            others = [line for line in phase.server_log if "not delivered" not in line]
            if undelivered:
                print(f"    server log: {len(undelivered)} × {undelivered[0][:240]}")
            if others:
                last = f"; last: {others[-1][:240]}" if len(others) > 1 else ""
                print(f"    server log: {len(others)} other lines, first: {others[0][:240]}{last}")
    return rows


def difference(name: str, minuend: Row, subtrahend: Row) -> str:
    if any(r.n == 0 or r.lost or r.p50 != r.p50 for r in (minuend, subtrahend)):
        return f"{name}: n/a (a phase lost replies or measured nothing)"
    return f"{name}: p50 {minuend.p50 - subtrahend.p50:+.1f} ms, p95 {minuend.p95 - subtrahend.p95:+.1f} ms"


# --- main ------------------------------------------------------------------------


async def measure(a: Proc, b: Proc, c: Proc | None, ids: list[str], args) -> list[Phase]:
    workers = [w for w in (a, b, c) if w is not None]
    plan = [("across workers (staff A → Redis → B)", a, b), ("same worker (staff A → Redis → A)", a, a)]
    if c is not None:
        plan.append(("one worker, memory broker (C → C)", c, c))
    phases = []
    for name, staff_worker, stream_worker in plan:
        print(f"  {name}: {len(ids)} streams, {args.rate:g} replies/s for {args.seconds:g} s …", flush=True)
        phases.append(await run_phase(name, staff_worker, stream_worker, ids, args, workers))
    return phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=100, help="concurrent chats (open citizen streams)")
    parser.add_argument("--rate", type=float, default=20.0, help="staff replies per second, all conversations together")
    parser.add_argument("--seconds", type=float, default=15.0, help="sending time per phase")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--no-memory", action="store_true", help="skip the one-worker memory-broker peer")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (logs, database)")
    parser.add_argument("--rathaus-app", default="rathaus.app:create_app", metavar="MODULE:FACTORY",
                        help="app factory to serve, e.g. to time a patched build (PYTHONPATH is passed on)")
    args = parser.parse_args()
    if args.conversations < 1 or args.rate <= 0 or args.seconds <= 0:
        parser.error("--conversations, --rate and --seconds must be positive")

    began = time.monotonic()
    with bench_session("rathaus-handoff-latency-", args.keep) as (workdir, processes):
        print(f"machine: {machine()}")
        check_redis(args.redis_url)
        data_dir = workdir / "data"
        env = {
            "RATHAUS_DATA_DIR": str(data_dir),
            "RATHAUS_EMBEDDER": "hashing",
            "RATHAUS_REDIS_URL": args.redis_url,
            "RATHAUS_STAFF_TOKEN": TOKEN,
        }
        t0 = time.monotonic()
        a = start_rathaus(processes, "worker-a", {**env, "RATHAUS_DEMO": "true"}, args.rathaus_app)
        wait_ready(a, "/api/v1/health", 180)  # creates the demo town before the others open the database
        b = start_rathaus(processes, "worker-b", {**env, "RATHAUS_DEMO": "false"}, args.rathaus_app)
        c = None
        if not args.no_memory:
            memory_env = {k: v for k, v in env.items() if k != "RATHAUS_REDIS_URL"}
            c = start_rathaus(processes, "worker-c", {**memory_env, "RATHAUS_DEMO": "false",
                                                      "RATHAUS_BROKER": "memory"}, args.rathaus_app)
        for worker in (b, c):
            if worker is not None:
                wait_ready(worker, "/api/v1/health", 60)
        print(f"workers: A and B (Redis {args.redis_url})" + (", C (memory broker)" if c else "")
              + f" up in {time.monotonic() - t0:.1f} s; uvicorn, 1 worker each, no access log;"
              f" one SQLite file {data_dir / 'rathaus.db'}")

        t0 = time.monotonic()
        ids = create_conversations(b.url, a.url, args.conversations)
        print(f"setup: {len(ids)} conversations started on B, taken over by staff on A (with_staff)"
              f" in {time.monotonic() - t0:.1f} s")
        phases = asyncio.run(measure(a, b, c, ids, args))
        rows = print_table(phases, args)

        across, same = rows[0], rows[1]
        print("\n" + difference("what crossing workers adds (across − same worker)", across, same))
        if len(rows) > 2:
            print(difference("what the Redis round trip adds within one worker (same − memory)", same, rows[2]))
        met = across.p95 <= TARGET_P95_MS and across.lost == 0 and across.n > 0
        print(f"\ntarget: p95 ≤ {TARGET_P95_MS:g} ms across workers ({args.conversations} concurrent chats,"
              f" none lost): {'met' if met else 'MISSED'} (p95 {across.p95:.1f} ms, {across.lost} lost of {across.n})")
        print(
            "\nreading: delivery includes the staff POST's work before the publish (SQLite commit of the"
            "\n  message, one more session for the tenant id), the publish, and the stream's way to the client;"
            "\n  all processes share this machine's cores, so the figures are an upper bound for a quiet server."
        )
        print(f"\nbench finished in {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
