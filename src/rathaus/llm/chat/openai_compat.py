"""Any server speaking OpenAI's streaming `/v1/chat/completions` (vLLM, Ollama,
llama.cpp server, TGI, EU providers): the way to a bigger model on a GPU box.

The host configured by the operator (RATHAUS_LLM_URL) may be on the LAN. A
town's own model server (tenant setting `llm`, `Config` below) is checked like
connector URLs: public addresses only, unless the operator allowed the host
(Runtime.chat_model_for). What is still enforced: http(s)
only, no redirects, a timeout while waiting for data, an overall deadline and a
size cap on the streamed reply, so a broken or hostile server cannot hang a
request or fill memory.

The HTTP client is aiohttp, not httpx as elsewhere: every chat answer is one
streamed request, and httpx took ~1.1 ms of CPU per streamed request against
aiohttp's ~0.13 ms (same fake LLM, 100 at once; with httpx reusing connections
its pool bookkeeping made it 5.8 ms, encode/httpx#3215) — at 200 concurrent
chats that was a third of the server's time (bench/chat_latency.py).
"""

from __future__ import annotations

import asyncio
import functools
import json
import ssl
import time
import urllib.parse
import urllib.request
import weakref
from contextlib import aclosing
from typing import AsyncIterator, Sequence

import aiohttp
import certifi
from pydantic import BaseModel, Field, SecretStr, field_validator

from rathaus.llm.chat.base import ChatMessage, ChatModelError, one_line
from rathaus.security.http import USER_AGENT, is_http_url

MAX_TEXT_BYTES = 2 * 1024 * 1024  # streamed reply text (UTF-8)
FRAMING = 16  # raw SSE bytes allowed per text byte: JSON framing around small deltas is bulky
MAX_ERROR_BODY = 64 * 1024
MAX_CONNECTIONS = 256  # to the model server, per event loop (each streaming answer holds one)


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
        session: aiohttp.ClientSession | None = None,
        *,
        max_duration: float = 600,
        max_text_bytes: int = MAX_TEXT_BYTES,
    ) -> None:
        """`timeout`: seconds to connect and the longest silence while streaming.
        `max_duration`: deadline for the whole reply (keep-alive pings do not extend it).
        `session`: an `aiohttp.ClientSession` to use (the caller closes it); by
        default one session per event loop, so the model is not bound to one loop."""
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
        self._session = session
        # event loop -> its session (see _LoopSession): the connections to the
        # model server are kept open and reused across answers.
        self._loop_sessions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._proxy = _env_proxy(self.url)
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
            session = self._session or await self._session_for_running_loop()
            # aclosing: an early `break` by the caller closes the response at once.
            async with aclosing(self._post(session, payload)) as deltas:
                async for delta in deltas:
                    yield delta
        except asyncio.TimeoutError as exc:  # aiohttp's connect and read timeouts are TimeoutErrors
            message = f"LLM server {self.base_url} sent nothing for {self.timeout:g} s (timeout)"
            raise ChatModelError(message) from exc
        except aiohttp.ClientConnectorError as exc:
            raise ChatModelError(f"LLM server {self.base_url} not reachable: {one_line(exc)}") from exc
        except aiohttp.ClientError as exc:  # protocol errors, dropped connections, ...
            reason = one_line(exc) or type(exc).__name__
            raise ChatModelError(f"LLM server {self.base_url} failed: {reason}") from exc

    async def _session_for_running_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        found = self._loop_sessions.get(loop)
        if found is None or found.session.closed:
            # a session keeps its loop alive, so the weak keys of ended loops stay: drop them here
            for ended in [other for other, kept in self._loop_sessions.items() if kept.session.closed]:
                del self._loop_sessions[ended]
            found = self._loop_sessions[loop] = await _LoopSession.start(self.timeout)
        return found.session

    async def _post(self, session: aiohttp.ClientSession, payload: dict) -> AsyncIterator[str]:
        deadline = time.monotonic() + self.max_duration
        async with session.post(
            self.url, json=payload, headers=self._headers, allow_redirects=False, proxy=self._proxy
        ) as response:
            if response.status != 200:
                reason = _error_text(await _read(response, MAX_ERROR_BODY, deadline, truncate=True))
                raise ChatModelError(f"LLM server answered HTTP {response.status}: {reason}")
            if response.headers.get("content-type", "").startswith("application/json"):
                # A server that ignores `stream: true` answers with one JSON document.
                yield self._whole_reply(await _read(response, FRAMING * self.max_text_bytes, deadline))
                return
            size, finished = 0, False
            async with aclosing(_events(response.content.iter_any(), FRAMING * self.max_text_bytes, deadline)) as events:
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


class _LoopSession:
    """The aiohttp session of one event loop, closed when that loop shuts down.

    asyncio.run() (and uvicorn) finalize every async generator still suspended
    before closing the loop; `_keeper` is such a generator, suspended for the
    loop's lifetime, whose `finally` closes the session while the loop still
    runs. Without it each test's or command's loop would leave an unclosed
    session (and aiohttp's warning) behind."""

    def __init__(self, session: aiohttp.ClientSession, keeper: AsyncIterator[None]):
        self.session, self._keeper = session, keeper

    @classmethod
    async def start(cls, timeout: float) -> "_LoopSession":
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=MAX_CONNECTIONS, ssl=_ssl_context()),
            # connect: getting a pooled connection or opening one; sock_read: the longest silence
            timeout=aiohttp.ClientTimeout(total=None, connect=timeout, sock_connect=timeout, sock_read=timeout),
        )
        keeper = _keeper(session)
        await keeper.__anext__()
        return cls(session, keeper)


def _env_proxy(url: str) -> str | None:
    """The proxy that HTTP(S)_PROXY / NO_PROXY name for `url`, looked up once
    (aiohttp's trust_env would read the environment and ~/.netrc on every
    request, ~0.1 ms each; the model server's address does not change)."""
    parts = urllib.parse.urlsplit(url)
    if urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return urllib.request.getproxies().get(parts.scheme)


async def _keeper(session: aiohttp.ClientSession) -> AsyncIterator[None]:
    try:
        yield  # suspended here until the loop shuts down and finalizes it
    finally:
        await session.close()


async def _events(chunks: AsyncIterator[bytes], max_bytes: int, deadline: float) -> AsyncIterator[str]:
    """The `data` of each Server-Sent Event of a body arriving in `chunks`.

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

    async for chunk in chunks:
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


async def _read(response: aiohttp.ClientResponse, max_bytes: int, deadline: float, truncate: bool = False) -> bytes:
    """The whole body, under the same size cap and deadline as a stream
    (`truncate`: keep the first `max_bytes` instead of failing, for error bodies)."""
    body = bytearray()
    async for chunk in response.content.iter_any():
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
