"""Chat models generate the answer text, streamed delta by delta.

Backends (plugins in the `rathaus.chat_models` entry-point group):
`openai` (any OpenAI-compatible server), `gguf` (in-process llama.cpp via
xllamacpp) and `fake` (scripted, for tests). Backends are imported only when
chosen, so that a missing optional runtime does not break start-up.
"""

from rathaus.llm.chat.base import ChatMessage, ChatModel, ChatModelError, Role, complete

__all__ = ["ChatMessage", "ChatModel", "ChatModelError", "Role", "complete"]
