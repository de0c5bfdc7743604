#!/usr/bin/env python3
"""Chat latency: rathaus' server overhead to the first token, next to a peer.

    python bench/chat_latency.py [--concurrency 10 200] [--requests 2000] [--seconds 20] [--workers 1]

Target (issue): server overhead to first token with an instant fake LLM,
p95 <= 50 ms at 10 concurrent chats and <= 150 ms at 200, measured next to a
bare Starlette SSE proxy in the same run.

1. Starts an instant fake LLM: an OpenAI-compatible `/v1/chat/completions` that
   streams the cited reply "Im Bürgerbüro [1]." at once (own uvicorn process).
2. Starts rathaus (`uvicorn rathaus.app:create_app --factory`, one worker or --workers) on a
   free loopback port, data dir in a temp folder, demo municipality with the
   `hashing` fake embedder (ingest takes a second; query embedding costs ~0),
   generative answers through the fake LLM; sets "musterstadt" to
   `answer_mode: generative` and checks that the generated answer is kept.
3. Starts the peer: a bare Starlette app (own uvicorn process, as many workers) with
   one POST endpoint that proxies the question to the same fake LLM with a
   shared httpx client and forwards its deltas as SSE `token` events — the
   minimum any chat server must do. `--peer-client aiohttp`: the same proxy with
   aiohttp, the client rathaus' LLM backend uses (since 2026-12-06).
4. Per concurrency level, N requests (or --seconds, whichever ends first) from
   that many concurrent clients (closed loop: each client sends its next
   question when the previous answer has ended), to the peer and to rathaus
   in turn, in --rounds alternating rounds (each a share of the time): this
   shared machine's speed drifts by ±30 % within minutes, and one long run
   of each compared moments, not servers. Samples of the rounds are pooled.
   Prints time to the first `token` event and to the end of the stream
   (p50/p95/max), throughput, each server's CPU time per request (from /proc),
   and rathaus − peer next to the targets.

Both servers (and the fake LLM) run with uvicorn's defaults, which pick uvloop
and httptools when installed (rathaus depends on both since 2026-12-06; before,
the asyncio loop and h11), and without the access log. `--workers N` runs both
servers with N processes (rathaus with its Redis broker, as `rathaus serve
--workers N` needs; the start-up work is done once before). Every process
(client, servers, fake LLM) shares this machine's cores: on a small machine the
client and the fake LLM take CPU from the server under test, for rathaus and the
peer alike; their CPU shares are printed (a server's: all its processes).
`--rathaus-app module:factory` times a patched build next to the same peer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from _processes import (  # bench/_processes.py
    bench_session, cpu_seconds, free_port, machine, pct, start_rathaus, tree_cpu_seconds, wait_ready,
)

HERE = Path(__file__).resolve().parent
QUESTION = "Wie beantrage ich einen Personalausweis?"
TENANT = "musterstadt"
# The instant reply, as the model's deltas. "[1]" is a valid citation (rathaus
# supplies up to 5 sources), so rathaus keeps the generated answer.
REPLY_DELTAS = ["Im", " Bürgerbüro", " [", "1]", "."]
REPLY_TEXT = "".join(REPLY_DELTAS)
TARGETS_MS = {10: 50.0, 200: 150.0}  # p95 overhead to first token, from the issue


# --- the fake LLM (own process) ------------------------------------------------
#
# Why not rathaus.testing.fake_openai.FakeOpenAIServer: it is made for wire-level
# tests (split events, CRLF, broken streams) and is a threaded http.server — one
# OS thread per connection and `Connection: close` after every reply; run in this
# process it would also compete with the measuring client for the GIL. Even in
# its own process (`--fake-llm threaded`, kept to compare) it gave ~1 s outliers
# (connection retries) at 10 concurrent and broken streams to the peer at 200
# (RemoteProtocolError: incomplete chunked read), i.e. it measured itself. This
# minimal Starlette app on uvicorn (asyncio, keep-alive) answers from pre-encoded
# bytes with no delay and stays the cheapest part of the chain.


def fake_llm_app():
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    def chunk(delta: dict, finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        payload = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "model": "fake", "choices": [choice]}
        return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": d}) for d in REPLY_DELTAS]
    events += [chunk({}, "stop"), b"data: [DONE]\n\n"]
    whole = {
        "id": "chatcmpl-fake", "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": REPLY_TEXT}, "finish_reason": "stop"}],
    }
    stats = {"requests": 0}

    async def completions(request: Request):
        body = await request.json()
        stats["requests"] += 1
        if not body.get("stream"):
            return JSONResponse(whole)

        async def stream():
            for event in events:
                yield event

        return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    async def get_stats(request: Request):
        return JSONResponse(stats)

    return Starlette(routes=[
        Route("/v1/chat/completions", completions, methods=["POST"]),
        Route("/stats", get_stats),
    ])


def serve_threaded_fake(port: int) -> None:
    """FakeOpenAIServer on a fixed port, in its own process (for comparison)."""
    from http.server import ThreadingHTTPServer

    from rathaus.testing import fake_openai

    fake = fake_openai.FakeOpenAIServer(responder=lambda request: REPLY_TEXT)
    httpd = ThreadingHTTPServer(("127.0.0.1", port), fake_openai._handler_for(fake))
    httpd.daemon_threads = True
    httpd.request_queue_size = 1024
    fake._httpd = httpd
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        httpd.serve_forever(0.05)
    except KeyboardInterrupt:
        pass


# --- the peer: a bare Starlette SSE proxy (own process) -----------------------


def peer_app(llm_url: str, client_kind: str = "httpx"):
    """The bare proxy; `client_kind` "aiohttp" streams from the fake LLM with
    aiohttp (the client rathaus' LLM backend uses) instead of httpx."""
    from contextlib import aclosing, asynccontextmanager
    from functools import partial

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    state: dict = {}

    @asynccontextmanager
    async def lifespan(app):
        if client_kind == "aiohttp":
            import aiohttp

            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
                state["lines"] = partial(_aiohttp_lines, session, llm_url + "/v1/chat/completions")
                yield
            return
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=1000)
        async with httpx.AsyncClient(base_url=llm_url, timeout=60, limits=limits) as client:
            state["lines"] = partial(_httpx_lines, client)
            yield

    async def chat(request: Request):
        body = await request.json()
        payload = {
            "model": "fake",
            "messages": [{"role": "user", "content": body["message"]}],
            "stream": True,
        }

        async def events():
            text = ""
            async with aclosing(state["lines"](payload)) as lines:
                async for line in lines:
                    if not line.startswith("data:"):
                        continue
                    data = line[5:].strip()
                    if data == "[DONE]":
                        break
                    delta = (json.loads(data)["choices"][0].get("delta") or {}).get("content")
                    if delta:
                        text += delta
                        yield f"event: token\ndata: {json.dumps({'text': delta}, ensure_ascii=False)}\n\n"
            yield f"event: done\ndata: {json.dumps({'answer': text}, ensure_ascii=False)}\n\n"

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
        )

    async def health(request: Request):
        return JSONResponse({"status": "ok"})

    return Starlette(
        routes=[Route("/api/v1/chat", chat, methods=["POST"]), Route("/api/v1/health", health)], lifespan=lifespan
    )


async def _httpx_lines(client: httpx.AsyncClient, payload: dict):
    async with client.stream("POST", "/v1/chat/completions", json=payload) as response:
        async for line in response.aiter_lines():
            yield line


async def _aiohttp_lines(session, url: str, payload: dict):
    async with session.post(url, json=payload) as response:
        async for raw in response.content:  # line by line
            yield raw.decode().strip()


def peer_from_env():
    """The peer app for uvicorn's worker processes (they import it by name)."""
    import os

    return peer_app(os.environ["CHAT_LATENCY_LLM_URL"], os.environ.get("CHAT_LATENCY_PEER_CLIENT", "httpx"))


def serve(kind: str, port: int, llm_url: str | None, workers: int = 1, peer_client: str = "httpx") -> None:
    if kind == "fake-llm-threaded":
        return serve_threaded_fake(port)
    import os

    import uvicorn

    options = dict(host="127.0.0.1", port=port, log_level="warning", access_log=False, backlog=4096)
    if kind == "peer" and workers > 1:
        os.environ["CHAT_LATENCY_LLM_URL"] = llm_url or ""
        os.environ["CHAT_LATENCY_PEER_CLIENT"] = peer_client
        uvicorn.run("chat_latency:peer_from_env", factory=True, app_dir=str(HERE), workers=workers, **options)
        return
    uvicorn.run(fake_llm_app() if kind == "fake-llm" else peer_app(llm_url or "", peer_client), **options)


def set_generative(data_dir: Path) -> None:
    from rathaus.db import repository as repo
    from rathaus.db.engine import Database
    from rathaus.settings import Settings

    db = Database(Settings(data_dir=data_dir, database_url=None).sqlalchemy_url)
    try:
        with db.session() as session:
            tenant = repo.get_tenant(session, TENANT)
            tenant.settings = {**(tenant.settings or {}), "answer_mode": "generative"}
    finally:
        db.dispose()


# --- the load ----------------------------------------------------------------


@dataclass
class Sample:
    ttft: float  # seconds from sending to the first complete `token` event
    total: float  # seconds from sending to the end of the stream
    generated: bool  # the final answer is the fake LLM's reply (no reset, no fallback)


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall: float = 0.0
    client_cpu: float = 0.0  # CPU seconds of this (client) process during the run
    server_cpu: float = float("nan")  # CPU seconds of the server under test (all its threads)
    llm_cpu: float = float("nan")  # CPU seconds of the fake LLM


def merged(runs: list[Run]) -> Run:
    """Rounds of one server as one run: samples pooled, times and CPU summed."""
    return Run(
        [s for r in runs for s in r.samples], [e for r in runs for e in r.errors], sum(r.wall for r in runs),
        sum(r.client_cpu for r in runs), sum(r.server_cpu for r in runs), sum(r.llm_cpu for r in runs),
    )


async def one_request(client: httpx.AsyncClient, url: str) -> Sample:
    body = {"tenant": TENANT, "message": QUESTION}
    start = time.perf_counter()
    ttft, event, reset, answer = None, None, False, None
    async with client.stream("POST", url, json=body, headers={"Accept": "text/event-stream"}) as response:
        if response.status_code != 200:
            await response.aread()
            raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                event = line[6:].strip()
                reset = reset or event == "reset"
            elif line.startswith("data:"):
                if event == "token" and ttft is None:
                    ttft = time.perf_counter() - start
                elif event == "done":
                    answer = json.loads(line[5:]).get("answer")
                elif event == "error":
                    raise RuntimeError(f"error event: {line[5:].strip()}")
    total = time.perf_counter() - start
    if ttft is None:
        raise RuntimeError("stream ended without a token event")
    return Sample(ttft, total, not reset and answer == REPLY_TEXT)


async def load(url: str, concurrency: int, requests: int, seconds: float, pids: tuple[int, int] = (0, 0)) -> Run:
    """`pids`: the server under test and the fake LLM, whose CPU time is measured."""
    # One client (one keep-alive connection) per simulated citizen: a single
    # AsyncClient shared by 200 tasks spends most of its time in httpcore's
    # pool bookkeeping (encode/httpx#3215) and would measure itself.
    # verify=False: plain http on loopback; skips loading CA certificates 200 times.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    timeout = httpx.Timeout(60, connect=30)
    clients = [
        httpx.AsyncClient(limits=limits, timeout=timeout, verify=False, trust_env=False) for _ in range(concurrency)
    ]
    run = Run()
    try:
        # Warm-up: open the connections and let the server settle (not measured).
        await asyncio.gather(*(one_request(c, url) for c in clients), return_exceptions=True)
        sent = 0
        deadline = time.perf_counter() + seconds

        async def worker(client: httpx.AsyncClient) -> None:
            nonlocal sent
            while sent < requests and time.perf_counter() < deadline:
                sent += 1
                try:
                    run.samples.append(await one_request(client, url))
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    run.errors.append(f"{type(exc).__name__}: {exc}"[:200])

        cpu, start = time.process_time(), time.perf_counter()
        server_cpu, llm_cpu = tree_cpu_seconds(pids[0]), cpu_seconds(pids[1])
        await asyncio.gather(*(worker(c) for c in clients))
        run.wall = time.perf_counter() - start
        run.client_cpu = time.process_time() - cpu
        run.server_cpu = tree_cpu_seconds(pids[0]) - server_cpu
        run.llm_cpu = cpu_seconds(pids[1]) - llm_cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in clients), return_exceptions=True)
    return run


def describe(name: str, run: Run) -> dict[str, float]:
    ttft = [s.ttft for s in run.samples]
    total = [s.total for s in run.samples]
    row = {
        "p50": pct(ttft, 50), "p95": pct(ttft, 95), "max": pct(ttft, 100),
        "total50": pct(total, 50), "total95": pct(total, 95),
    }
    n, wall = len(run.samples), run.wall or float("nan")
    row["cpu_ms"] = 1000 * run.server_cpu / n if n else float("nan")
    print(
        f"  {name:<8} n={n:<5} first token p50 {row['p50']:7.1f}  p95 {row['p95']:7.1f}  max {row['max']:7.1f} ms"
        f" | whole answer p50 {row['total50']:7.1f}  p95 {row['total95']:7.1f} ms"
    )
    print(
        f"           {n / wall:5.0f} req/s; server CPU {row['cpu_ms']:5.2f} ms/request"
        f" ({100 * run.server_cpu / wall:3.0f} % of a core); CPU of client {100 * run.client_cpu / wall:3.0f} %,"
        f" fake LLM {100 * run.llm_cpu / wall:3.0f} %"
    )
    if run.errors:
        print(f"           {len(run.errors)} errors, e.g. {run.errors[0]}")
    return row


# --- main ----------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[10, 200], help="concurrent clients per level")
    parser.add_argument("--requests", type=int, default=2000, help="requests per level and server (upper bound)")
    parser.add_argument("--seconds", type=float, default=20.0, help="time cap per level and server")
    parser.add_argument("--rounds", type=int, default=2,
                        help="alternating rounds of peer and rathaus per level (seconds and requests are split)")
    parser.add_argument("--fake-llm", choices=["asyncio", "threaded"], default="asyncio",
                        help="asyncio: minimal Starlette app (default); threaded: rathaus' FakeOpenAIServer")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (logs, database)")
    parser.add_argument("--rathaus-app", default="rathaus.app:create_app", metavar="MODULE:FACTORY",
                        help="app factory to serve as rathaus, e.g. to time a patched build (PYTHONPATH is passed on)")
    parser.add_argument("--workers", type=int, default=1,
                        help="server processes, for rathaus and the peer alike (rathaus needs Redis for more than 1)")
    parser.add_argument("--peer-client", choices=["httpx", "aiohttp"], default="httpx",
                        help="the peer's HTTP client to the fake LLM: httpx (the peer since the start) or aiohttp "
                             "(the client rathaus' LLM backend uses since 2026-12-06: the peer then costs less too)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0", help="for rathaus with --workers > 1")
    parser.add_argument("--serve", choices=["fake-llm", "fake-llm-threaded", "peer"], help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--llm-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(args.serve, args.port, args.llm_url, args.workers, args.peer_client)

    began = time.monotonic()
    with bench_session("rathaus-chat-latency-", args.keep) as (workdir, processes):
        print(f"machine: {machine()}")
        me = [sys.executable, str(Path(__file__).resolve())]
        port = free_port()
        kind = "fake-llm" if args.fake_llm == "asyncio" else "fake-llm-threaded"
        fake = processes.start("fake-llm", [*me, "--serve", kind, "--port", str(port)], port)
        wait_ready(fake, "/stats", 30, ok=lambda status: True)  # listening is enough

        port = free_port()
        peer = processes.start("peer", [*me, "--serve", "peer", "--port", str(port), "--llm-url", fake.url,
                                        "--workers", str(args.workers), "--peer-client", args.peer_client], port)

        data_dir = workdir / "data"
        env = {
            "RATHAUS_DATA_DIR": str(data_dir),
            "RATHAUS_DEMO": "true",
            "RATHAUS_EMBEDDER": "hashing",
            "RATHAUS_LLM_BACKEND": "openai",
            "RATHAUS_LLM_URL": fake.url,
            "RATHAUS_LLM_MODEL": "fake",
        }
        if args.workers > 1:  # as `rathaus serve --workers N` does: start-up work once, then the workers
            from rathaus.app import prepare
            from rathaus.settings import Settings

            prepare(Settings(data_dir=data_dir, database_url=None, embedder="hashing", demo=True,
                             announce_setup_link=False))
            env.update(RATHAUS_DEMO="false", RATHAUS_ANNOUNCE_SETUP_LINK="false", RATHAUS_REDIS_URL=args.redis_url)
        rathaus = start_rathaus(processes, "rathaus", env, args.rathaus_app, args.workers)
        wait_ready(peer, "/api/v1/health", 30)
        t0 = time.monotonic()
        wait_ready(rathaus, "/api/v1/health", 180)
        print(f"rathaus: started with the demo municipality in {time.monotonic() - t0:.1f} s "
              f"(embedder 'hashing' fake, data dir {data_dir})")
        set_generative(data_dir)

        # The generated answer must be kept (valid [1]), else we would time the extractive path.
        check = asyncio.run(load(rathaus.url + "/api/v1/chat", 1, 3, 10))
        if check.errors or not check.samples or not all(s.generated for s in check.samples):
            raise SystemExit(
                f"rathaus did not keep the generated answer: errors={check.errors[:1]}\n{rathaus.tail()}"
            )
        llm_calls = httpx.get(fake.url + "/stats").json()["requests"] if kind == "fake-llm" else None
        print(f"check: rathaus streams the fake LLM's reply {REPLY_TEXT!r} and keeps it (generative mode)"
              + (f"; fake LLM calls so far: {llm_calls}" if llm_calls is not None else ""))
        fake_kind = "asyncio Starlette app, instant" if kind == "fake-llm" else "FakeOpenAIServer (threaded)"
        workers = f"{args.workers} worker" + ("s (rathaus: Redis broker)" if args.workers > 1 else "")
        print(f"fake LLM: {fake_kind}; both servers: uvicorn, {workers}, no access log; "
              f"the peer's client to the fake LLM: {args.peer_client}\n")

        summary = []
        for concurrency in args.concurrency:
            print(f"concurrency {concurrency} (closed loop, up to {args.requests} requests or {args.seconds:g} s each,"
                  f" in {args.rounds} alternating round{'s' if args.rounds > 1 else ''}):")
            # Peer and rathaus take turns, so both meet the same moments of a
            # shared machine whose speed drifts by ±30 % within minutes.
            runs: dict[str, list[Run]] = {"peer": [], "rathaus": []}
            for _ in range(args.rounds):
                for name, server in (("peer", peer), ("rathaus", rathaus)):
                    runs[name].append(asyncio.run(load(
                        server.url + "/api/v1/chat", concurrency, -(-args.requests // args.rounds),
                        args.seconds / args.rounds, (server.popen.pid, fake.popen.pid),
                    )))
            if args.rounds > 1:
                for name in runs:
                    print(f"  {name:<8} p95 by round: " + " / ".join(
                        f"{pct([s.ttft for s in r.samples], 95):.1f}" for r in runs[name]) + " ms")
            peer_row = describe("peer", merged(runs["peer"]))
            rathaus_run = merged(runs["rathaus"])
            rathaus_row = describe("rathaus", rathaus_run)
            kept = sum(s.generated for s in rathaus_run.samples)
            if kept != len(rathaus_run.samples):
                print(f"           WARNING: {len(rathaus_run.samples) - kept} rathaus answers were not the generated one")
            summary.append((concurrency, peer_row, rathaus_row))

        print("\nrathaus overhead to first token (rathaus − peer):")
        for concurrency, peer_row, rathaus_row in summary:
            d50 = rathaus_row["p50"] - peer_row["p50"]
            d95 = rathaus_row["p95"] - peer_row["p95"]
            target = TARGETS_MS.get(concurrency)
            verdict = "" if target is None else f"   target p95 ≤ {target:g} ms: {'met' if d95 <= target else 'MISSED'}"
            cpu = rathaus_row["cpu_ms"] - peer_row["cpu_ms"]
            ratio = rathaus_row["p95"] / peer_row["p95"] if peer_row["p95"] else float("nan")
            print(f"  concurrency {concurrency:>4}: p50 {d50:+8.1f} ms   p95 {d95:+8.1f} ms{verdict}"
                  f"   (p95 {ratio:.2f}x the peer's; server CPU {cpu:+.2f} ms/request)")
        print(
            "\nreading: clients send their next question as soon as an answer ends (closed loop), so once a"
            "\n  one-worker server's core is busy, time to first token ≈ concurrency × its CPU per request;"
            "\n  the overhead at 200 concurrent then approaches 200 × the CPU difference per request."
            "\nnote: query embedding is excluded: the demo municipality runs on the 'hashing' fake embedder"
            "\n  (~0.05 ms per question). The default 'e5-use' embedder (ONNX e5-small + USE on the CPU) adds its"
            "\n  query embedding to every first token — about 20–40 ms per question on 2 cores (docs/benchmarks.md: query incl."
            "\n  embedding p50 25 ms, p95 48 ms) — and, being CPU-bound, it queues under concurrency. Not measured here."
        )
        print(f"\nbench finished in {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
