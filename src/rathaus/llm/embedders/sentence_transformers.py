"""A local sentence-transformers model from a path the operator provides
(RATHAUS_EMBEDDER_MODEL=/srv/models/multilingual-e5-base). Needs the optional
extra `rathaus[sentence-transformers]`; nothing is downloaded (offline mode)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import EmbedderError, Kind, normalise


class SentenceTransformerEmbedder:
    def __init__(self, model_path: str, query_prefix: str = "", passage_prefix: str = "") -> None:
        if not Path(model_path).exists():
            raise EmbedderError(f"model path does not exist: {model_path}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never download at run time
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError("install the extra: pip install 'rathaus[sentence-transformers]'") from exc
        self._model = SentenceTransformer(model_path, device="cpu")
        self.dim = int(self._model.get_sentence_embedding_dimension())
        self.name = f"st:{Path(model_path).name}"
        # e5-style models need "query: "/"passage: " prefixes
        if not query_prefix and "e5" in self.name.lower():
            query_prefix, passage_prefix = "query: ", "passage: "
        self._prefix = {"query": query_prefix, "passage": passage_prefix}

    @classmethod
    def from_settings(cls, settings) -> "SentenceTransformerEmbedder":
        if not settings.embedder_model:
            raise EmbedderError("the 'sentence-transformers' embedder needs RATHAUS_EMBEDDER_MODEL (a local path)")
        return cls(settings.embedder_model)

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = [self._prefix[kind] + t for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return normalise(self._model.encode(texts, convert_to_numpy=True, batch_size=32))
