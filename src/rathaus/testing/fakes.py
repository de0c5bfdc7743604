"""Fakes that are real, tiny implementations (deterministic, no model files)."""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import Kind, normalise

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


class HashingEmbedder:
    """Bag of hashed character trigrams. Texts sharing words get similar
    vectors, so retrieval tests behave sensibly; languages do not mix."""

    name = "hashing-256"
    dim = 256

    @classmethod
    def from_settings(cls, settings) -> "HashingEmbedder":
        return cls()

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                padded = f"#{word}#"
                for i in range(max(1, len(padded) - 2)):
                    gram = padded[i : i + 3].encode()
                    bucket = int.from_bytes(hashlib.blake2b(gram, digest_size=4).digest(), "little")
                    out[row, bucket % self.dim] += 1.0
            if not out[row].any():
                out[row, 0] = 1.0
        return normalise(out)
