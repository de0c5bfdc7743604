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


class CombinedEmbedder:
    def __init__(self, parts: Sequence[tuple[Embedder, float]]):
        if not parts:
            raise ValueError("at least one embedder is required")
        self.parts = list(parts)
        self.name = "+".join(f"{e.name}*{w:g}" for e, w in self.parts)

    @property
    def dim(self) -> int:
        return sum(e.dim for e, _ in self.parts)

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = list(texts)
        blocks = [e.embed(texts, kind) * math.sqrt(w) for e, w in self.parts]
        return normalise(np.hstack(blocks)) if texts else np.zeros((0, self.dim), dtype=np.float32)


USE_WEIGHT = 0.3


class E5UseEmbedder(CombinedEmbedder):
    """The default: e5-small (weight 1) + USE multilingual (weight 0.3)."""

    @classmethod
    def from_settings(cls, settings) -> "E5UseEmbedder":
        from rathaus.llm.embedders import get_embedder

        return cls([(get_embedder("e5-small", settings), 1.0), (get_embedder("use-multilingual", settings), USE_WEIGHT)])
