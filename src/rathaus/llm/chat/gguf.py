"""A GGUF model run in-process by llama.cpp, via the `xllamacpp` wheel.

Why: a municipality without a GPU server can still answer with a small local
model — no second service, no data leaving the machine. `xllamacpp` ships
prebuilt CPU wheels (no compiler needed) and exposes llama.cpp's own server
engine, which is thread-safe and batches parallel requests.

Verified against xllamacpp 2026.10.11549 with SmolLM2-135M-Instruct (Q4_1):
- `xllamacpp.Server(CommonParams)` loads the model and raises `RuntimeError`
  for a file that is not a loadable GGUF;
- `handle_chat_completions(request, callback)` with `"stream": True` blocks the
  calling thread (releasing the GIL) and calls `callback(chunk)` per OpenAI
  `chat.completion.chunk` dict; an error arrives as a chunk `{"error": {...}}`
  (e.g. prompt longer than n_ctx), a malformed request raises `ValueError`;
  returning True from the callback stops generation;
- the Server also listens on a random loopback port for HTTP; we set a random
  API key so other local processes cannot use it.
"""

from __future__ import annotations

import asyncio
import secrets
import threading
from pathlib import Path
from typing import Any, AsyncIterator, Sequence

from rathaus.llm.chat.base import ChatMessage, ChatModelError, one_line

_END = object()


class GgufChatModel:
    def __init__(
        self, model_path: str | Path, n_ctx: int = 4096, threads: int | None = None, *, timeout: float = 300
    ) -> None:
        """`timeout`: longest wait for the next token (the first one includes
        loading the model and reading the prompt)."""
        self.model_path = Path(model_path).expanduser()
        if not self.model_path.is_file():
            raise ChatModelError(f"GGUF model file does not exist: {self.model_path}")
        try:
            import xllamacpp  # noqa: F401  (fail at start-up, not on the first question)
        except ImportError as exc:
            raise ChatModelError("the 'gguf' chat model needs xllamacpp: pip install xllamacpp") from exc
        self.name = f"gguf:{self.model_path.name}"
        self.n_ctx = n_ctx
        self.threads = threads
        self.timeout = timeout
        self._server: Any = None
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings) -> "GgufChatModel":
        path = getattr(settings, "llm_model", None)
        if not path:
            raise ChatModelError("the 'gguf' chat model needs RATHAUS_LLM_MODEL (path to a .gguf file)")
        return cls(path, timeout=getattr(settings, "llm_timeout", 300.0))

    def _load(self) -> Any:
        """The llama.cpp server, loaded once, in a worker thread (takes seconds)."""
        with self._lock:
            if self._server is None:
                import xllamacpp

                params = xllamacpp.CommonParams()
                params.model.path = str(self.model_path)
                params.n_ctx = self.n_ctx
                params.verbosity = -1  # llama.cpp logs every load step to stderr otherwise
                params.api_keys = [secrets.token_hex(16)]  # lock its loopback HTTP port
                if self.threads:
                    params.cpuparams.n_threads = self.threads
                    params.cpuparams_batch.n_threads = self.threads
                try:
                    self._server = xllamacpp.Server(params)
                except Exception as exc:
                    message = f"cannot load GGUF model {self.model_path}: {one_line(exc)}"
                    raise ChatModelError(message) from exc
            return self._server

    def close(self) -> None:
        """Free the model's memory; the next call loads it again."""
        with self._lock:
            self._server = None

    async def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.2, max_tokens: int = 800
    ) -> AsyncIterator[str]:
        request = {
            "messages": [m.to_dict() for m in messages],
            "temperature": temperature,
            "max_tokens": max_tokens,
            "stream": True,
        }
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Any] = asyncio.Queue()
        stop = threading.Event()

        def put(item: Any) -> None:
            try:
                loop.call_soon_threadsafe(queue.put_nowait, item)
            except RuntimeError:  # the event loop is gone: nobody is listening
                stop.set()

        def on_chunk(chunk: Any) -> bool:
            put(chunk)
            return stop.is_set()  # True tells llama.cpp to stop generating

        def work() -> None:
            try:
                self._load().handle_chat_completions(request, on_chunk)
                put(_END)
            except BaseException as exc:  # handed to the consumer, raised there
                put(exc)

        # A daemon thread, not the loop's executor: asyncio.run() must not wait
        # for a generation the caller has abandoned.
        threading.Thread(target=work, name="gguf-generate", daemon=True).start()
        try:
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), self.timeout)
                except TimeoutError as exc:
                    message = f"GGUF model produced nothing for {self.timeout:g} s (timeout)"
                    raise ChatModelError(message) from exc
                if item is _END:
                    return
                if isinstance(item, ChatModelError):
                    raise item
                if isinstance(item, BaseException):
                    raise ChatModelError(f"GGUF model failed: {one_line(item)}") from item
                if delta := _delta(item):
                    yield delta
        finally:
            stop.set()


def _delta(chunk: Any) -> str:
    """The text of one streamed `chat.completion.chunk`; raises for error chunks."""
    if not isinstance(chunk, dict):
        raise ChatModelError(f"GGUF model sent an unexpected chunk: {one_line(chunk, 80)}")
    if error := chunk.get("error"):
        message = error.get("message", error) if isinstance(error, dict) else error
        raise ChatModelError(f"GGUF model error: {one_line(message)}")
    choices = chunk.get("choices") or [{}]
    content = (choices[0].get("delta") or {}).get("content")
    return content if isinstance(content, str) else ""
