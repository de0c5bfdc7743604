"""Fakes that are real, tiny implementations (deterministic, no model files)."""

from __future__ import annotations

import re
import zlib
from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import Kind, normalise

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class HashingEmbedder:
    """Bag of hashed character trigrams. Texts sharing words get similar
    vectors, so retrieval tests behave sensibly; languages do not mix."""

    # crc32, not a cryptographic hash: the chat bench (bench/chat_latency.py)
    # stands this fake in for query embedding, which its figures exclude, and
    # blake2b per trigram cost 0.15 ms per question (6 % of the server's time).
    name = "hashing-crc-256"
    dim = 256

    @classmethod
    def from_settings(cls, settings) -> "HashingEmbedder":
        return cls()

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            padded = [f"#{word}#" for word in _WORD.findall(text.lower())]
            buckets = [zlib.crc32(p[i : i + 3].encode()) % self.dim for p in padded for i in range(max(1, len(p) - 2))]
            if buckets:
                out[row] = np.bincount(buckets, minlength=self.dim)
            else:
                out[row, 0] = 1.0
        return normalise(out)
