"""The Embedder seam."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol, Sequence, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from rathaus.settings import Settings

Kind = Literal["query", "passage"]


class EmbedderError(RuntimeError):
    """The embedder cannot produce vectors (model missing, server down, ...)."""


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to vectors in one fixed vector space.

    Contract:
    - `name` identifies the vector space (model + variant). It is stored with
      every document; vectors of different names are never compared.
    - `dim` is the vector length.
    - `embed(texts, kind)` returns a float32 array of shape (len(texts), dim)
      whose rows have unit L2 norm (an empty or blank text gives a valid row
      too). `kind` is "query" for questions and "passage" for document chunks;
      asymmetric models (e5) prefix accordingly, symmetric ones ignore it.
      Order is preserved; the result is deterministic for the same input.
    - `from_settings(settings)` builds the embedder from process settings and
      raises `EmbedderError` with a clear message when it cannot.
    """

    name: str
    dim: int

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray: ...

    @classmethod
    def from_settings(cls, settings: "Settings") -> "Embedder": ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms
