"""Any server speaking OpenAI's `/v1/embeddings` (vLLM, Ollama, TEI, llama.cpp
server, EU providers). For operators with a GPU server and a bigger model."""

from __future__ import annotations

import json
from typing import Sequence
from urllib.parse import urlsplit

import numpy as np

from rathaus.llm.embedders.base import EmbedderError, Kind, normalise
from rathaus.security.http import GuardedClient, OutboundBlocked

BATCH = 64


class OpenAIEmbedder:
    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str | None = None,
        query_prefix: str = "",
        passage_prefix: str = "",
        client: GuardedClient | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"openai:{model}"
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._prefix = {"query": query_prefix, "passage": passage_prefix}
        # The operator configured this host on purpose, so it may be on the LAN.
        host = urlsplit(self.base_url).hostname or ""
        self._client = client or GuardedClient(allow_hosts={host}, timeout=60)
        self._dim = 0  # known after the first call

    @property
    def dim(self) -> int:
        if not self._dim:
            self._dim = self.embed(["dimension probe"]).shape[1]
        return self._dim

    @classmethod
    def from_settings(cls, settings) -> "OpenAIEmbedder":
        if not settings.embedder_url or not settings.embedder_model:
            raise EmbedderError(
                "the 'openai' embedder needs RATHAUS_EMBEDDER_URL and RATHAUS_EMBEDDER_MODEL"
            )
        return cls(settings.embedder_url, settings.embedder_model, settings.embedder_api_key)

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = [self._prefix[kind] + (t if t.strip() else "-") for t in texts]
        rows: list[list[float]] = []
        for i in range(0, len(texts), BATCH):
            rows.extend(self._call(texts[i : i + BATCH]))
        if not rows:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = normalise(np.asarray(rows, dtype=np.float32))
        self._dim = vectors.shape[1]
        return vectors

    def _call(self, batch: list[str]) -> list[list[float]]:
        url = f"{self.base_url}/v1/embeddings" if not self.base_url.endswith("/v1") else f"{self.base_url}/embeddings"
        try:
            response = self._client.post_json(url, {"model": self.model, "input": batch}, self._headers)
        except (OutboundBlocked, OSError) as exc:
            raise EmbedderError(f"embedding server {self.base_url} not reachable: {exc}") from exc
        except Exception as exc:  # httpx transport errors
            raise EmbedderError(f"embedding server {self.base_url} failed: {exc}") from exc
        if response.status_code != 200:
            raise EmbedderError(f"embedding server answered HTTP {response.status_code}: {response.content[:200]!r}")
        try:
            data = json.loads(response.content)["data"]
            data = sorted(data, key=lambda item: item.get("index", 0))
            vectors = [item["embedding"] for item in data]
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbedderError("embedding server sent an invalid response") from exc
        if len(vectors) != len(batch):
            raise EmbedderError(f"embedding server returned {len(vectors)} vectors for {len(batch)} texts")
        return vectors
