import asyncio
import dataclasses

import pytest

from rathaus.llm.chat import ChatMessage, ChatModel, ChatModelError, complete
from rathaus.testing.chat import FakeChatModel


def test_chat_message_is_frozen_and_validated():
    message = ChatMessage("user", "Hallo")
    assert message.to_dict() == {"role": "user", "content": "Hallo"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.content = "anders"
    with pytest.raises(ValueError, match="unknown chat role"):
        ChatMessage("tool", "x")
    with pytest.raises(TypeError):
        ChatMessage("user", None)


def test_chat_model_error_is_a_runtime_error():
    assert issubclass(ChatModelError, RuntimeError)


def test_fake_streams_in_pieces_and_echoes_when_unscripted():
    fake = FakeChatModel(chunk_size=3)
    assert isinstance(fake, ChatModel)

    async def deltas():
        return [d async for d in fake.stream([ChatMessage("user", "Müllabfuhr?")], temperature=0.7, max_tokens=5)]

    assert asyncio.run(deltas()) == ["Mül", "lab", "fuh", "r?"]
    assert fake.calls[-1]["temperature"] == 0.7 and fake.calls[-1]["max_tokens"] == 5


def test_fake_can_fail_mid_answer():
    fake = FakeChatModel()
    fake.script("Die Antwort ist", error="connection lost")
    received = []

    async def consume():
        async for delta in fake.stream([ChatMessage("user", "x")]):
            received.append(delta)

    with pytest.raises(ChatModelError, match="connection lost"):
        asyncio.run(consume())
    assert "".join(received) == "Die Antwort ist"


def test_complete_passes_parameters():
    fake = FakeChatModel()
    fake.script("ok")
    assert asyncio.run(complete(fake, [ChatMessage("user", "x")], temperature=0.0, max_tokens=7)) == "ok"
    assert fake.calls[-1]["max_tokens"] == 7
