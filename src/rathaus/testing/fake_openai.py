"""A real HTTP server speaking OpenAI's chat and embeddings API, for tests.

Why a real server and not a mocked transport: the bugs that matter in streaming
clients live in the bytes on the wire — events split mid-line or mid-character,
CRLF, keep-alive comments, chunked transfer encoding, slow tokens, connections
that end early. A mock would agree with whatever the client assumes.

    with FakeOpenAIServer() as server:
        server.script("Das Bürgerbüro öffnet um 8 Uhr.", chunk_size=3, delay=0.05)
        model = OpenAIChatModel(server.url, "fake-model")
        ...
        assert server.requests[-1].json["messages"][-1]["role"] == "user"

Replies come from the `script` queue, else from `responder(request_json)`,
else they echo the last user message.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Iterator, Literal

from rathaus.testing.fakes import HashingEmbedder

Mode = Literal[
    "normal",  # one SSE event per `chunk_size` characters, then finish_reason and [DONE]
    "split",  # odd-sized pieces, CRLF, keep-alive comments, body written in 5-byte fragments
    "malformed",  # a data line with broken JSON after the first piece
    "no_done",  # the body ends after some pieces: no finish_reason, no [DONE]
    "finish_no_done",  # complete reply with finish_reason, but no [DONE] (some servers)
    "error_mid_stream",  # half the reply, then an `error` object (vLLM style)
    "endless",  # repeats the reply until the client hangs up (size-cap tests)
    "ignore_stream",  # answers `stream: true` with a single JSON document
]
_ODD_SIZES = (1, 3, 2, 5, 1, 7, 4)
_ENDLESS_LIMIT = 256 * 1024 * 1024  # the server gives up even if the client never does


@dataclass
class ScriptedReply:
    text: str
    chunk_size: int = 4
    delay: float = 0.0
    status: int = 200
    error: str | None = None
    mode: Mode = "normal"


@dataclass
class RecordedRequest:
    path: str
    headers: dict[str, str]  # names in lower case
    json: Any  # None when the body was not JSON


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 resets connections when a test opens
    # dozens at once (a chat model's streams in parallel).
    request_queue_size = 128


class FakeOpenAIServer:
    def __init__(self, responder: Callable[[dict], str] | None = None, *, api_key: str | None = None) -> None:
        """`api_key`: when set, requests without `Authorization: Bearer <api_key>` get HTTP 401."""
        self.responder = responder
        self.api_key = api_key
        self.requests: list[RecordedRequest] = []
        self._queue: deque[ScriptedReply] = deque()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    def script(
        self,
        reply_text: str,
        *,
        chunk_size: int = 4,
        delay: float = 0.0,
        status: int = 200,
        error: str | None = None,
        mode: Mode = "normal",
    ) -> None:
        """Queue the reply to the next chat request. `delay`: seconds before each
        event (or before a non-streamed answer); `status` != 200 answers with
        `{"error": {"message": error}}`; `mode`: see `Mode`."""
        with self._lock:
            self._queue.append(ScriptedReply(reply_text, max(1, chunk_size), delay, status, error, mode))

    @property
    def url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("FakeOpenAIServer is not started; use it as a context manager")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> "FakeOpenAIServer":
        self._httpd = _Server(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        serve = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="fake-openai", daemon=True)
        serve.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "FakeOpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_reply(self, request: dict) -> ScriptedReply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            return ScriptedReply(self.responder(request))
        users = [m.get("content", "") for m in request.get("messages", []) if m.get("role") == "user"]
        return ScriptedReply(users[-1] if users else "")


def _handler_for(fake: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        server_state = fake

    return Handler


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # chunked transfer encoding, like real servers
    server_state: FakeOpenAIServer

    def log_message(self, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        # One request per connection, and say so: a client that reused the
        # connection after we closed it would fail at random ("server
        # disconnected without sending a response").
        self.send_header("Connection", "close")
        super().end_headers()

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        try:
            self._post()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up (early close, size cap, timeout): expected in tests
        self.close_connection = True

    def _post(self) -> None:
        fake = self.server_state
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        headers = {name.lower(): value for name, value in self.headers.items()}
        fake.requests.append(RecordedRequest(self.path, headers, body))
        if fake.api_key and self.headers.get("authorization") != f"Bearer {fake.api_key}":
            return self._json(401, _error("Incorrect API key provided", "invalid_request_error", 401))
        if not isinstance(body, dict):
            return self._json(400, _error("request body is not a JSON object", "invalid_request_error", 400))
        if self.path == "/v1/embeddings":
            texts = [body["input"]] if isinstance(body.get("input"), str) else list(body.get("input") or [])
            vectors = HashingEmbedder().embed(texts)
            data = [{"object": "embedding", "index": i, "embedding": v.tolist()} for i, v in enumerate(vectors)]
            return self._json(200, {"object": "list", "data": data, "model": body.get("model")})
        if self.path != "/v1/chat/completions":
            return self._json(404, _error(f"no route {self.path}", "not_found", 404))
        reply = fake._next_reply(body)
        if reply.status != 200:
            time.sleep(reply.delay)
            message = reply.error or HTTPStatus(reply.status).phrase
            return self._json(reply.status, _error(message, "server_error", reply.status))
        if not body.get("stream") or reply.mode == "ignore_stream":
            time.sleep(reply.delay)
            message = {"role": "assistant", "content": reply.text}
            choice = {"index": 0, "message": message, "finish_reason": "stop"}
            return self._json(200, {"id": "chatcmpl-fake", "object": "chat.completion", "choices": [choice]})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # small writes stay small
        for fragments in _stream(reply, body.get("model", "")):
            time.sleep(reply.delay)
            for fragment in fragments:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(fragment), fragment))
                self.wfile.flush()
                if len(fragments) > 1:
                    time.sleep(0.0005)  # let the client read the fragments one by one
        self.wfile.write(b"0\r\n\r\n")

    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _error(message: str, kind: str, code: int) -> dict:
    return {"error": {"message": message, "type": kind, "code": code}}


def _stream(reply: ScriptedReply, model: str) -> Iterator[list[bytes]]:
    """The body of a streamed reply, one list of write()s per event, shaped by `reply.mode`."""
    mode, text = reply.mode, reply.text
    eol = "\r\n" if mode == "split" else "\n"

    def event(payload: dict | str) -> bytes:
        data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        return f"data: {data}{eol}{eol}".encode()

    def chunk(delta: dict, finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return event({"id": "chatcmpl-fake", "object": "chat.completion.chunk", "model": model, "choices": [choice]})

    sizes = itertools.cycle(_ODD_SIZES) if mode == "split" else itertools.repeat(reply.chunk_size)
    pieces, i = [], 0
    while i < len(text):
        size = next(sizes)
        pieces.append(text[i : i + size])
        i += size
    events = [chunk({"role": "assistant", "content": ""})]
    if mode == "endless":
        sent = 0
        for piece in itertools.cycle(pieces or ["x"]):
            data = chunk({"content": piece})
            sent += len(data)
            if sent > _ENDLESS_LIMIT:
                return
            yield [data]
    if mode == "malformed":
        events += [chunk({"content": p}) for p in pieces[:1]]
        events += [event('{"choices": [{"delta": {"content": "kaput'), chunk({"content": "rest"})]
    elif mode == "error_mid_stream":
        events += [chunk({"content": p}) for p in pieces[: max(1, len(pieces) // 2)]]
        events.append(event({"error": {"message": reply.error or "model overloaded", "type": "server_error"}}))
    else:
        events += [chunk({"content": p}) for p in pieces]
        if mode != "no_done":
            events.append(chunk({}, "stop"))
        if mode not in ("no_done", "finish_no_done"):
            events.append(event("[DONE]"))
    for data in events:
        if mode == "split":  # a keep-alive comment, then the event cut mid-line, mid-CRLF, mid-UTF-8
            yield [f": keep-alive{eol}{eol}".encode()] + [data[i : i + 5] for i in range(0, len(data), 5)]
        else:
            yield [data]
