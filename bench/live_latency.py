#!/usr/bin/env python3
"""Live-event latency across two processes via Redis, next to a peer.

    python bench/live_latency.py [--conversations 100] [--rate 2] [--seconds 10] [--redis-url URL]

Target (issue): staff → citizen p95 <= 200 ms across workers via Redis.

Per implementation, in this order and in the same run:
1. A subscriber process (this script with --child) subscribes to one topic per
   conversation (100 by default: 100 browsers waiting), one subscription
   each, and prints "ready" once all are confirmed.
2. This process publishes to every conversation at a steady rate (--rate
   events/s each, phases spread evenly) for --seconds, then an "end" event per
   conversation. Every event carries its send time; the subscriber records
   receive − send per event. Both read time.monotonic(), which on Linux is one
   system-wide clock (CLOCK_MONOTONIC), so the two processes can be compared.
3. The subscriber prints latencies, counts and order violations as JSON.

Implementations:
- peer: bare redis-py pub/sub — `Redis.publish(channel, json)` on one side,
  one PubSub per conversation with a reader loop on the other (the same
  topology as the broker), no broker layer.
- broker: rathaus' RedisBroker, `await publish(...)` from the event loop.
- broker, worker thread: RedisBroker.publish_threadsafe from a thread pool
  thread, the path of code that stores the staff message in the database.

"publish p95" is the publishing call itself (for publish_threadsafe: until its
future completes). Both processes share this machine's cores with Redis.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
TENANT = 1
TARGET_P95_MS = 200.0
TEXT = "Guten Tag, Ihr Antrag auf einen Anwohnerparkausweis ist eingegangen. Wir melden uns in Kürze bei Ihnen."
IMPLEMENTATIONS = {
    "peer": "redis-py pub/sub (peer)",
    "broker": "rathaus RedisBroker",
    "threadsafe": "RedisBroker, worker thread",
}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


# --- the subscriber process ------------------------------------------------------


async def child(impl: str, url: str, run_id: str, conversations: int) -> None:
    latencies: list[float] = []
    stats = {"received": 0, "out_of_order": 0, "overflow": 0}
    topics = [f"bench:{run_id}:{i}" for i in range(conversations)]

    def record(topic_state: dict, event: dict) -> bool:
        now = time.monotonic()
        if event.get("type") == "end":
            return False
        if event.get("type") == "overflow":
            stats["overflow"] += 1
            return True
        latencies.append(round((now - event["t"]) * 1000, 3))
        stats["received"] += 1
        if event["seq"] != topic_state["next"]:
            stats["out_of_order"] += 1
        topic_state["next"] = event["seq"] + 1
        return True

    if impl == "peer":
        import redis.asyncio as redis

        client = redis.Redis.from_url(url, socket_connect_timeout=3)

        async def listen(topic: str, ready: asyncio.Event) -> None:
            pubsub = client.pubsub()
            await pubsub.subscribe(f"rathaus:{TENANT}:{topic}")
            while (await pubsub.get_message(timeout=None) or {}).get("type") != "subscribe":
                pass
            ready.set()
            state = {"next": 0}
            while True:
                message = await pubsub.get_message(timeout=None)
                if message and message["type"] == "message" and not record(state, json.loads(message["data"])):
                    break
            await pubsub.aclose()

        closer = client.aclose
    else:
        sys.path.insert(0, str(SRC))
        from rathaus.live.redis_broker import RedisBroker

        broker = RedisBroker(url)

        async def listen(topic: str, ready: asyncio.Event) -> None:
            async with broker.subscribe(TENANT, topic) as events:
                ready.set()
                state = {"next": 0}
                async for event in events:
                    if not record(state, event):
                        break

        closer = broker.close

    readies = [asyncio.Event() for _ in topics]
    listeners = [asyncio.create_task(listen(t, r)) for t, r in zip(topics, readies)]
    await asyncio.wait_for(asyncio.gather(*(r.wait() for r in readies)), 30)
    print("ready", flush=True)
    await asyncio.gather(*listeners)
    await closer()
    print(json.dumps({"latencies_ms": latencies, **stats}), flush=True)


# --- the publishing process ------------------------------------------------------


async def publish_round(impl: str, args, run_id: str) -> dict:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "--child", impl, "--redis-url", args.redis_url, "--run-id", run_id,
        "--conversations", str(args.conversations),
        stdout=asyncio.subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    line = await asyncio.wait_for(proc.stdout.readline(), 60)
    if line != b"ready\n":
        raise SystemExit(f"subscriber process failed ({impl}): {line!r}")
    topics = [f"bench:{run_id}:{i}" for i in range(args.conversations)]
    publish_ms: list[float] = []

    if impl == "peer":
        import redis.asyncio as redis

        client = redis.Redis.from_url(args.redis_url, socket_connect_timeout=3)

        async def publish(topic: str, event: dict) -> None:
            await client.publish(f"rathaus:{TENANT}:{topic}", json.dumps(event, ensure_ascii=False))

        closer = client.aclose
    else:
        from rathaus.live.redis_broker import RedisBroker

        broker = RedisBroker(args.redis_url)
        await broker.publish(TENANT, f"bench:{run_id}:warmup", {})  # binds the loop for publish_threadsafe
        if impl == "broker":
            async def publish(topic: str, event: dict) -> None:
                await broker.publish(TENANT, topic, event)
        else:
            def publish_in_thread(topic: str, event: dict) -> None:
                broker.publish_threadsafe(TENANT, topic, event).result(timeout=10)

            async def publish(topic: str, event: dict) -> None:
                # the wait happens in the thread, as in a repository function
                await asyncio.to_thread(publish_in_thread, topic, event)

        closer = broker.close

    interval = 1.0 / args.rate
    start = time.monotonic() + 0.2
    sent = 0

    async def conversation(i: int, topic: str) -> None:
        nonlocal sent
        seq = 0
        next_at = start + interval * i / len(topics)  # phases spread: a steady total rate
        while next_at < start + args.seconds:
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            begin = time.monotonic()
            await publish(topic, {"type": "message", "seq": seq, "t": begin, "role": "staff", "text": TEXT})
            publish_ms.append((time.monotonic() - begin) * 1000)
            seq += 1
            sent += 1
            next_at += interval

    await asyncio.gather(*(conversation(i, t) for i, t in enumerate(topics)))
    for topic in topics:
        await publish(topic, {"type": "end"})
    result = json.loads((await asyncio.wait_for(proc.stdout.read(), 60)).splitlines()[-1])  # can exceed a line buffer
    await proc.wait()
    await closer()
    return {**result, "sent": sent, "publish_ms": publish_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=100)
    parser.add_argument("--rate", type=float, default=2.0, help="events per second per conversation")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--redis-url", default=os.environ.get("RATHAUS_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--only", choices=sorted(IMPLEMENTATIONS), action="append")
    parser.add_argument("--child", choices=sorted(IMPLEMENTATIONS), help=argparse.SUPPRESS)
    parser.add_argument("--run-id", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        asyncio.run(child(args.child, args.redis_url, args.run_id, args.conversations))
        return

    sys.path.insert(0, str(SRC))
    import redis

    try:
        redis.Redis.from_url(args.redis_url, socket_connect_timeout=3).ping()
    except (redis.RedisError, OSError) as exc:
        raise SystemExit(f"no Redis at {args.redis_url}: {exc}")

    print(f"live events: {args.conversations} conversations × {args.rate:g}/s for {args.seconds:g} s, "
          f"publisher and subscribers in two processes, Redis {args.redis_url}, {os.cpu_count()} CPUs")
    header = f"{'implementation':<28}{'sent':>7}{'recv':>7}{'lost':>6}{'order':>6}{'p50 ms':>9}{'p95 ms':>9}" \
             f"{'p99 ms':>9}{'max ms':>9}{'publish p95':>13}"
    print(header)
    print("-" * len(header))
    p95s = {}
    for impl in args.only or list(IMPLEMENTATIONS):
        r = asyncio.run(publish_round(impl, args, uuid.uuid4().hex[:8]))
        lat = r["latencies_ms"]
        p95s[impl] = percentile(lat, 95)
        print(f"{IMPLEMENTATIONS[impl]:<28}{r['sent']:>7}{r['received']:>7}{r['sent'] - r['received']:>6}"
              f"{r['out_of_order']:>6}{statistics.median(lat):>9.2f}{p95s[impl]:>9.2f}{percentile(lat, 99):>9.2f}"
              f"{max(lat):>9.2f}{percentile(r['publish_ms'], 95):>13.2f}")
    broker_p95 = max((v for k, v in p95s.items() if k != "peer"), default=None)
    if broker_p95 is not None:
        verdict = "met" if broker_p95 <= TARGET_P95_MS else "MISSED"
        print(f"\ntarget (issue): staff → citizen p95 <= {TARGET_P95_MS:.0f} ms across workers via Redis: "
              f"{verdict} (worst broker p95 {broker_p95:.2f} ms)")
        if "peer" in p95s:
            print(f"broker layer over the peer: p95 +{broker_p95 - p95s['peer']:.2f} ms")


if __name__ == "__main__":
    main()
