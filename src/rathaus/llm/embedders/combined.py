"""Several embedders as one vector space.

The vectors of the parts are unit length; scaled by sqrt(weight) and
concatenated, their dot product is the weighted sum of the parts' cosines.
So the index needs to know nothing about ensembles.

Why the default is e5-small + USE: on our development questions e5 is better
across languages and USE better on colloquial German; together they beat both
(bench/retrieval.py, docs/benchmarks.md).
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import Embedder, Kind, normalise

QUERIES_KEPT = 256


class CombinedEmbedder:
    def __init__(self, parts: Sequence[tuple[Embedder, float]]):
        if not parts:
            raise ValueError("at least one embedder is required")
        self.parts = list(parts)
        self.name = "+".join(f"{e.name}*{w:g}" for e, w in self.parts)
        # A chat turn embeds its question twice, for the search and for the scope check
        # (answer/scope.py); the second time (~15 ms on two cores) comes from here.
        self._queries: dict[str, np.ndarray] = {}

    @property
    def dim(self) -> int:
        return sum(e.dim for e, _ in self.parts)

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = list(texts)
        if kind == "query" and len(texts) == 1:
            known = self._queries.get(texts[0])
            if known is not None:
                return known.copy()
        blocks = [e.embed(texts, kind) * math.sqrt(w) for e, w in self.parts]
        vectors = normalise(np.hstack(blocks)) if texts else np.zeros((0, self.dim), dtype=np.float32)
        if kind == "query" and len(texts) == 1:
            if len(self._queries) >= QUERIES_KEPT:  # a crude bound: most questions are asked once
                self._queries.clear()
            self._queries[texts[0]] = vectors.copy()
        return vectors


USE_WEIGHT = 0.3


class E5UseEmbedder(CombinedEmbedder):
    """The default: e5-small (weight 1) + USE multilingual (weight 0.3)."""

    @classmethod
    def from_settings(cls, settings) -> "E5UseEmbedder":
        from rathaus.llm.embedders import get_embedder

        return cls([(get_embedder("e5-small", settings), 1.0), (get_embedder("use-multilingual", settings), USE_WEIGHT)])
