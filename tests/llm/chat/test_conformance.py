"""The built-in chat backends against the ChatModel conformance suite."""

import pytest

from rathaus.llm.chat.openai_compat import OpenAIChatModel
from rathaus.testing.chat import ChatModelConformance, FakeChatModel
from rathaus.testing.fake_openai import FakeOpenAIServer


class TestFakeChatModel(ChatModelConformance):
    fake: FakeChatModel

    @pytest.fixture(scope="class")
    @classmethod
    def chat_model(cls):
        cls.fake = FakeChatModel()
        return cls.fake

    def script(self, text):
        self.fake.script(text)
        return True

    def received_messages(self):
        return [m.to_dict() for m in self.fake.calls[-1]["messages"]]

    def make_broken_chat_model(self):
        return FakeChatModel(error="backend down")


class TestOpenAIChatModel(ChatModelConformance):
    """The real HTTP client against a real (fake) HTTP server on loopback."""

    server: FakeOpenAIServer

    @pytest.fixture(scope="class")
    @classmethod
    def chat_model(cls):
        with FakeOpenAIServer(api_key="secret") as server:
            cls.server = server
            yield OpenAIChatModel(server.url, "fake-model", api_key="secret")

    def script(self, text):
        self.server.script(text)
        return True

    def received_messages(self):
        return self.server.requests[-1].json["messages"]

    def make_broken_chat_model(self):
        return OpenAIChatModel("http://127.0.0.1:9", "fake-model", timeout=5)
