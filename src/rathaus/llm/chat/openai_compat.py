"""Any server speaking OpenAI's streaming `/v1/chat/completions` (vLLM, Ollama,
llama.cpp server, TGI, EU providers): the way to a bigger model on a GPU box.

The host configured by the operator (RATHAUS_LLM_URL) may be on the LAN. A
town's own model server (tenant setting `llm`, `Config` below) is checked like
connector URLs: public addresses only, unless the operator allowed the host
(Runtime.chat_model_for). What is still enforced: http(s)
only, no redirects, a timeout while waiting for data, an overall deadline and a
size cap on the streamed reply, so a broken or hostile server cannot hang a
request or fill memory.
"""

from __future__ import annotations

import asyncio
import functools
import json
import weakref
import ssl
import time
from contextlib import AsyncExitStack, aclosing
from typing import AsyncIterator, Sequence

import certifi
import httpx

from pydantic import BaseModel, Field, SecretStr, field_validator

from rathaus.llm.chat.base import ChatMessage, ChatModelError, one_line
from rathaus.security.http import USER_AGENT, is_http_url

MAX_TEXT_BYTES = 2 * 1024 * 1024  # streamed reply text (UTF-8)
FRAMING = 16  # raw SSE bytes allowed per text byte: JSON framing around small deltas is bulky
MAX_ERROR_BODY = 64 * 1024
# httpcore's pool walks all its connections (idle ones twice over) and all its
# queued requests whenever a request starts or ends. With 200 chats at once in
# one pool of 100 connections, that bookkeeping took up to half the event loop's time
# (bench/chat_latency.py, encode/httpx#3215). Small pools, taken in turn, keep
# every walk short; together they allow as many connections as before and more.
POOL_SHARDS = 8
SHARD_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=8)


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """Built once: loading the CA bundle costs ~15 ms of CPU, which per question
    was most of the server's work (bench/chat_latency.py)."""
    return ssl.create_default_context(cafile=certifi.where())


class Config(BaseModel):
    """A town's own OpenAI-compatible model server (the admin form is generated from this)."""

    base_url: str = Field(..., title="Adresse des Modell-Servers", description="z. B. https://llm.jena.de/v1",
                          max_length=500)
    model: str = Field(..., title="Modellname", description="wie der Server ihn nennt, z. B. qwen2.5:7b",
                       min_length=1, max_length=200)
    api_key: SecretStr | None = Field(None, title="API-Schlüssel", description="wird verschlüsselt gespeichert")
    timeout_s: float = Field(60.0, title="Wartezeit (Sekunden)", description="ohne Antwort gilt der Server als gestört",
                             ge=5, le=600)

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not is_http_url(value):
            raise ValueError("muss mit https:// oder http:// beginnen")
        return value.rstrip("/")


class OpenAIChatModel:
    config_model = Config
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        timeout: float = 60,
        client: httpx.AsyncClient | None = None,
        *,
        max_duration: float = 600,
        max_text_bytes: int = MAX_TEXT_BYTES,
    ) -> None:
        """`timeout`: seconds to connect and the longest silence while streaming.
        `max_duration`: deadline for the whole reply (keep-alive pings do not extend it).
        `client`: a shared `httpx.AsyncClient`; by default POOL_SHARDS pooled
        clients per event loop are used in turn, so the model is not bound to one loop."""
        self.base_url = base_url.rstrip("/")
        if not is_http_url(self.base_url):
            raise ChatModelError(f"LLM URL must be an http(s) URL with a host: {base_url!r}")
        root = self.base_url if self.base_url.endswith("/v1") else self.base_url + "/v1"
        self.url = root + "/chat/completions"
        self.model = model
        self.name = f"openai:{model}"
        self.timeout = timeout
        self.max_duration = max_duration
        self.max_text_bytes = max_text_bytes
        self._client = client
        # Clients per event loop (_Shards): the SSL context and the clients are
        # built once, and the model still works from any loop (tests, workers),
        # as the ChatModel contract asks. A connection is not reused: the stream
        # is closed at [DONE] without waiting for the body's end (README).
        self._loop_clients: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._headers = {"User-Agent": USER_AGENT, "Accept": "text/event-stream"}
        if api_key:
            self._headers["Authorization"] = f"Bearer {api_key}"

    @classmethod
    def from_config(cls, config: Config) -> "OpenAIChatModel":
        key = config.api_key.get_secret_value() if config.api_key else None
        return cls(config.base_url, config.model, key, timeout=config.timeout_s)

    @classmethod
    def from_settings(cls, settings) -> "OpenAIChatModel":
        url, model = getattr(settings, "llm_url", None), getattr(settings, "llm_model", None)
        if not url or not model:
            raise ChatModelError("the 'openai' chat model needs RATHAUS_LLM_URL and RATHAUS_LLM_MODEL")
        return cls(url, model, getattr(settings, "llm_api_key", None), timeout=getattr(settings, "llm_timeout", 60.0))

    async def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.2, max_tokens: int = 800
    ) -> AsyncIterator[str]:
        payload = {
            "model": self.model,
            "messages": [m.to_dict() for m in messages],
            "temperature": temperature,
            "max_tokens": max_tokens,
            "stream": True,
        }
        try:
            async with AsyncExitStack() as stack:
                client = self._client or self._client_for_running_loop()
                # aclosing: an early `break` by the caller closes the response at once.
                deltas = await stack.enter_async_context(aclosing(self._post(client, payload)))
                async for delta in deltas:
                    yield delta
        except httpx.TimeoutException as exc:
            message = f"LLM server {self.base_url} sent nothing for {self.timeout:g} s (timeout)"
            raise ChatModelError(message) from exc
        except httpx.ConnectError as exc:
            raise ChatModelError(f"LLM server {self.base_url} not reachable: {one_line(exc)}") from exc
        except httpx.HTTPError as exc:  # protocol errors, dropped connections, ...
            reason = one_line(exc) or type(exc).__name__
            raise ChatModelError(f"LLM server {self.base_url} failed: {reason}") from exc

    def _client_for_running_loop(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        shards = self._loop_clients.get(loop)
        if shards is None:
            shards = self._loop_clients[loop] = _Shards(self.timeout)
        return shards.next()

    async def _post(self, client: httpx.AsyncClient, payload: dict) -> AsyncIterator[str]:
        deadline = time.monotonic() + self.max_duration
        async with client.stream(
            "POST", self.url, json=payload, headers=self._headers, timeout=self.timeout, follow_redirects=False
        ) as response:
            if response.status_code != 200:
                reason = _error_text(await _read(response, MAX_ERROR_BODY, deadline, truncate=True))
                raise ChatModelError(f"LLM server answered HTTP {response.status_code}: {reason}")
            if response.headers.get("content-type", "").startswith("application/json"):
                # A server that ignores `stream: true` answers with one JSON document.
                yield self._whole_reply(await _read(response, FRAMING * self.max_text_bytes, deadline))
                return
            size, finished = 0, False
            async with aclosing(_events(response, FRAMING * self.max_text_bytes, deadline)) as events:
                async for data in events:
                    if data == "[DONE]":
                        return
                    delta, done = _parse_chunk(data)
                    finished = finished or done
                    if delta:
                        size += len(delta.encode())
                        if size > self.max_text_bytes:
                            raise ChatModelError(
                                f"LLM reply larger than {self.max_text_bytes} bytes; stopped reading"
                            )
                        yield delta
            if not finished:
                # Some servers omit [DONE] but say finish_reason; without either the
                # connection dropped and the reply (and its citations) is cut off.
                raise ChatModelError("LLM stream ended before the reply was complete (no [DONE])")

    def _whole_reply(self, body: bytes) -> str:
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise ChatModelError("LLM server sent invalid JSON") from exc
        if isinstance(data, dict) and data.get("error"):
            raise ChatModelError(f"LLM server reported an error: {_message(data['error'])}")
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ChatModelError("LLM server sent a response without choices[0].message.content") from exc
        if not isinstance(content, str) or not content:
            raise ChatModelError("LLM server sent an empty reply")
        return content


class _Shards:
    """POOL_SHARDS pooled clients of one event loop, handed out in turn."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.clients: list[httpx.AsyncClient] = []
        self.turn = 0

    def next(self) -> httpx.AsyncClient:
        turn, self.turn = self.turn, (self.turn + 1) % POOL_SHARDS
        if turn == len(self.clients):  # the first round starts them
            self.clients.append(self._new())
        elif self.clients[turn].is_closed:
            self.clients[turn] = self._new()
        return self.clients[turn]

    def _new(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, verify=_ssl_context(),
                                 limits=SHARD_LIMITS)


async def _events(response: httpx.Response, max_bytes: int, deadline: float) -> AsyncIterator[str]:
    """The `data` of each Server-Sent Event of the body.

    Handles LF and CRLF line endings, lines (and UTF-8 characters) split across
    network chunks, multi-line data and a last event without its blank line.
    Comments (": ping") and other fields (event:, id:) carry no text. The raw
    size cap and the deadline are checked on every network chunk, so keep-alive
    pings alone cannot keep a request open forever."""
    buffer, received, data_lines = bytearray(), 0, []

    def dispatch(raw: bytes) -> str | None:
        line = raw.rstrip(b"\r").decode("utf-8", errors="replace")
        if line.startswith("data:"):
            data_lines.append(line[6:] if line.startswith("data: ") else line[5:])
        elif not line and data_lines:
            event = "\n".join(data_lines)
            data_lines.clear()
            return event
        return None

    async for chunk in response.aiter_bytes():
        received += len(chunk)
        _check(received, max_bytes, deadline)
        buffer += chunk
        if b"\n" in chunk:
            *lines, rest = bytes(buffer).split(b"\n")
            buffer = bytearray(rest)
            for raw in lines:
                if (event := dispatch(raw)) is not None:
                    yield event
    for raw in (bytes(buffer), b""):  # the end of the body ends the last event
        if (event := dispatch(raw)) is not None:
            yield event


def _check(received: int, max_bytes: int, deadline: float) -> None:
    if received > max_bytes:
        raise ChatModelError(f"LLM response larger than {max_bytes} bytes; stopped reading")
    if time.monotonic() > deadline:
        raise ChatModelError("LLM reply not finished within max_duration; stopped reading")


async def _read(response: httpx.Response, max_bytes: int, deadline: float, truncate: bool = False) -> bytes:
    """The whole body, under the same size cap and deadline as a stream
    (`truncate`: keep the first `max_bytes` instead of failing, for error bodies)."""
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if truncate and len(body) > max_bytes:
            return bytes(body[:max_bytes])
        _check(len(body), max_bytes, deadline)
    return bytes(body)


def _parse_chunk(data: str) -> tuple[str, bool]:
    """(text delta, whether the choice finished) of one `chat.completion.chunk`."""
    try:
        chunk = json.loads(data)
    except ValueError as exc:
        raise ChatModelError(f"LLM server sent invalid JSON in the stream: {one_line(data, 80)}") from exc
    if not isinstance(chunk, dict):
        raise ChatModelError(f"LLM server sent an unexpected stream event: {one_line(data, 80)}")
    if chunk.get("error"):
        raise ChatModelError(f"LLM server reported an error: {_message(chunk['error'])}")
    choices = chunk.get("choices") or []  # usage-only and filter-result chunks have none
    if not choices:
        return "", False
    choice = choices[0] if isinstance(choices[0], dict) else {}
    delta = choice.get("delta") or {}
    content = delta.get("content") if isinstance(delta, dict) else None
    return (content if isinstance(content, str) else ""), bool(choice.get("finish_reason"))


def _message(error: object) -> str:
    if isinstance(error, dict):
        error = error.get("message") or error.get("detail") or error
    return one_line(error)


def _error_text(body: bytes) -> str:
    """The most useful line of an error body: `error.message`, `detail` or the text."""
    try:
        data = json.loads(body)
    except ValueError:
        return one_line(body.decode("utf-8", errors="replace")) or "(empty body)"
    if isinstance(data, dict):
        return _message(data.get("error") or data.get("detail") or data.get("message") or data)
    return one_line(data)
