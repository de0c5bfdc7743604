"""The ChatModel seam: a language model that streams its answer.

Why streaming is the contract and not an option: a grounded answer takes
seconds to generate, and a citizen waiting in front of a blank box leaves.
Every backend therefore yields text pieces as they are produced; `complete`
joins them for callers that only need the whole text (tests, evaluation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, AsyncIterator, Literal, Protocol, Sequence, get_args, runtime_checkable

if TYPE_CHECKING:
    from rathaus.settings import Settings

Role = Literal["system", "user", "assistant"]
ROLES: frozenset[str] = frozenset(get_args(Role))


class ChatModelError(RuntimeError):
    """The chat model cannot answer (server down, HTTP error, invalid stream,
    timeout, model file missing, ...). The message is one line an operator can act on."""


@dataclass(frozen=True)
class ChatMessage:
    """One turn of a conversation, in the role vocabulary all chat APIs share."""

    role: Role
    content: str

    def __post_init__(self) -> None:
        # Fail where the mistake is made, not as an HTTP 400 from a remote server.
        if self.role not in ROLES:
            raise ValueError(f"unknown chat role {self.role!r} (expected one of {sorted(ROLES)})")
        if not isinstance(self.content, str):
            raise TypeError(f"chat message content must be str, not {type(self.content).__name__}")

    def to_dict(self) -> dict[str, str]:
        """The OpenAI wire format, which llama.cpp and every other backend accept too."""
        return {"role": self.role, "content": self.content}


@runtime_checkable
class ChatModel(Protocol):
    """Generates the next assistant turn of a conversation, streamed.

    Contract:
    - `name` identifies backend and model (e.g. "openai:qwen2.5-7b"); it is
      logged with answers so that a reply can be traced to the model that wrote it.
    - `stream(messages, temperature=, max_tokens=)` is an async generator
      (implementations write `async def stream(...)` with `yield`). It yields
      non-empty `str` deltas as soon as the backend produces them — not the whole
      reply at the end — and the deltas joined are the reply. `messages` are
      passed through in order (system, user and assistant turns, multi-turn).
    - Every failure is raised as `ChatModelError` with a one-line message:
      connection errors, HTTP errors, invalid or truncated responses, errors the
      backend reports mid-stream, replies over a size cap and timeouts. The
      stream never hangs forever. An error may come after some deltas were
      yielded; callers that already showed text must handle that.
    - Closing the generator early (`break`, `aclose()`) stops generation and
      frees the backend; the model stays usable for the next call.
    - A model object may be used from several tasks and event loops in turn;
      it does not bind itself to the loop of its first call.
    - `from_settings(settings)` builds the model from process settings
      (`llm_url`, `llm_model`, `llm_api_key`) and raises `ChatModelError`
      with a clear message when it cannot.
    """

    name: str

    def stream(
        self, messages: Sequence[ChatMessage], *, temperature: float = 0.2, max_tokens: int = 800
    ) -> AsyncIterator[str]: ...

    @classmethod
    def from_settings(cls, settings: "Settings") -> "ChatModel": ...


async def complete(
    model: ChatModel, messages: Sequence[ChatMessage], *, temperature: float = 0.2, max_tokens: int = 800
) -> str:
    """The whole reply as one string, for callers that do not stream to a user."""
    parts = [delta async for delta in model.stream(messages, temperature=temperature, max_tokens=max_tokens)]
    return "".join(parts)


def one_line(text: object, limit: int = 200) -> str:
    """Collapse a backend's error text into one short line for `ChatModelError`."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
