"""Conformance suite for the ChatModel seam, and `FakeChatModel`.

A backend proves itself by subclassing the suite::

    class TestMyChatModel(ChatModelConformance):
        def make_chat_model(self):
            return MyChatModel(...)

Backends whose replies can be scripted (fakes, a fake server) also override
`script`, `received_messages` and `make_broken_chat_model`, which turns the
generic "it answers something" checks into exact ones.
"""

from __future__ import annotations

import asyncio
from collections import deque
from contextlib import aclosing
from typing import AsyncIterator, Sequence

import pytest

from rathaus.llm.chat.base import ChatMessage, ChatModel, ChatModelError, complete

REPLY = "Das Bürgerbüro öffnet montags um 8 Uhr. Bitte bringen Sie Ihren Personalausweis mit. ✓"
CONVERSATION = [
    ChatMessage("system", "Du beantwortest Fragen zur Stadtverwaltung. Antworte kurz."),
    ChatMessage("user", "Wo melde ich meinen Wohnsitz an?"),
    ChatMessage("assistant", "Im Bürgerbüro im Rathaus."),
    ChatMessage("user", "Und wann hat es geöffnet?"),
]


class FakeChatModel:
    """An in-process chat model with scripted replies: a real async generator
    with a suspension point per delta, so callers meet the same interleaving
    as with a network backend. Unscripted, it echoes the last user message."""

    name = "fake"

    def __init__(self, chunk_size: int = 4, *, error: str | None = None) -> None:
        """`error`: every call fails with this message (a backend that is down)."""
        self.chunk_size = max(1, chunk_size)
        self.error = error
        self.calls: list[dict] = []  # {"messages": [...], "temperature": ..., "max_tokens": ...}
        self._replies: deque[tuple[str, str | None, float]] = deque()

    @classmethod
    def from_settings(cls, settings) -> "FakeChatModel":
        return cls()

    def script(self, text: str = "", *, error: str | None = None, delay: float = 0.0) -> None:
        """Queue the next reply. With `error`, the text is streamed and then
        `ChatModelError(error)` is raised (a failure mid-answer); `delay` is
        the pause before each delta."""
        self._replies.append((text, error, delay))

    async def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.2, max_tokens: int = 800
    ) -> AsyncIterator[str]:
        self.calls.append({"messages": list(messages), "temperature": temperature, "max_tokens": max_tokens})
        if self.error:
            raise ChatModelError(self.error)
        if self._replies:
            text, error, delay = self._replies.popleft()
        else:
            users = [m.content for m in messages if m.role == "user"]
            text, error, delay = (users[-1] if users else ""), None, 0.0
        for start in range(0, len(text), self.chunk_size):
            await asyncio.sleep(delay)
            yield text[start : start + self.chunk_size]
        if error:
            raise ChatModelError(error)


class ChatModelConformance:
    """Subclass as `class TestX(ChatModelConformance)` and implement `make_chat_model`."""

    max_tokens = 48  # keeps real local models fast; scripted backends ignore it

    def make_chat_model(self) -> ChatModel:  # pragma: no cover - abstract
        raise NotImplementedError

    def script(self, text: str) -> bool:
        """Make `text` the next reply; return False if this backend cannot be scripted."""
        return False

    def received_messages(self) -> list[dict] | None:
        """The messages (OpenAI dicts) the backend received in the last call, if observable."""
        return None

    def make_broken_chat_model(self) -> ChatModel | None:
        """A model of this backend that cannot work (server down, model missing).
        It may raise `ChatModelError` right here or when streaming."""
        return None

    @pytest.fixture(scope="class")
    @classmethod
    def chat_model(cls) -> ChatModel:
        return cls().make_chat_model()

    async def _deltas(self, model: ChatModel, messages: Sequence[ChatMessage]) -> list[str]:
        return [d async for d in model.stream(messages, temperature=0.0, max_tokens=self.max_tokens)]

    def test_satisfies_protocol(self, chat_model):
        assert isinstance(chat_model, ChatModel)
        assert isinstance(chat_model.name, str) and chat_model.name
        stream = chat_model.stream([ChatMessage("user", "Hallo")])
        assert hasattr(stream, "__anext__") and hasattr(stream, "aclose")
        asyncio.run(stream.aclose())  # never started: nothing was sent

    def test_streams_deltas_that_join_to_the_reply(self, chat_model):
        scripted = self.script(REPLY)
        deltas = asyncio.run(self._deltas(chat_model, [ChatMessage("user", "Wann öffnet das Bürgerbüro?")]))
        assert deltas and all(isinstance(d, str) and d for d in deltas)
        if scripted:
            assert "".join(deltas) == REPLY

    def test_multi_turn_messages_are_passed_through(self, chat_model):
        scripted = self.script("Montags bis freitags von 8 bis 12 Uhr.")
        reply = "".join(asyncio.run(self._deltas(chat_model, CONVERSATION)))
        assert reply.strip()
        if scripted:
            assert reply == "Montags bis freitags von 8 bis 12 Uhr."
        received = self.received_messages()
        if received is not None:
            assert received == [m.to_dict() for m in CONVERSATION]

    def test_complete_joins_the_stream(self, chat_model):
        scripted = self.script(REPLY)
        reply = asyncio.run(complete(chat_model, [ChatMessage("user", "Hallo")], max_tokens=self.max_tokens))
        assert reply == REPLY if scripted else reply.strip()

    def test_early_close_leaves_the_model_usable(self, chat_model):
        async def first_then_close() -> str:
            async with aclosing(chat_model.stream([ChatMessage("user", "Erzähl mir viel über Kitas.")],
                                                  max_tokens=self.max_tokens)) as deltas:
                async for delta in deltas:
                    return delta
            return ""

        self.script(REPLY * 20)
        assert asyncio.run(first_then_close())
        scripted = self.script("Ja.")
        ask = [ChatMessage("user", "Noch da?")]
        again = asyncio.run(complete(chat_model, ask, max_tokens=self.max_tokens))
        assert again == "Ja." if scripted else again.strip()

    def test_errors_become_chat_model_error(self):
        with pytest.raises(ChatModelError):
            broken = self.make_broken_chat_model()
            if broken is None:
                pytest.skip("no make_broken_chat_model() for this backend")
            asyncio.run(asyncio.wait_for(complete(broken, [ChatMessage("user", "Hallo")]), 30))
