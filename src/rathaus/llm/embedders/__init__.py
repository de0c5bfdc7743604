"""Embedders turn texts into L2-normalised vectors.

`get_embedder(name, settings)` loads the plugin registered under `name` in the
`rathaus.embedders` entry-point group and keeps one instance per process, since
models take a second or more to load.
"""

from __future__ import annotations

import threading

from rathaus import plugins
from rathaus.llm.embedders.base import Embedder, EmbedderError, normalise
from rathaus.settings import Settings

__all__ = ["Embedder", "EmbedderError", "get_embedder", "normalise"]

_cache: dict[tuple[str, str], Embedder] = {}
_lock = threading.RLock()  # re-entrant: combined embedders load their parts


def get_embedder(name: str, settings: Settings) -> Embedder:
    key = (name, settings.model_dump_json(include={"embedder_url", "embedder_model"}))
    with _lock:
        if key not in _cache:
            _cache[key] = plugins.load("embedder", name).from_settings(settings)
        return _cache[key]
