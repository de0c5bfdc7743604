"""Conformance suite for the Embedder seam."""

from __future__ import annotations

import numpy as np
import pytest

from rathaus.llm.embedders.base import Embedder


class EmbedderConformance:
    """Subclass as `class TestX(EmbedderConformance)` and implement `make_embedder`."""

    def make_embedder(self) -> Embedder:  # pragma: no cover - abstract
        raise NotImplementedError

    @pytest.fixture(scope="class")
    @classmethod
    def embedder(cls) -> Embedder:
        return cls().make_embedder()

    def test_satisfies_protocol(self, embedder):
        assert isinstance(embedder, Embedder)
        assert isinstance(embedder.name, str) and embedder.name
        assert embedder.dim > 0

    def test_shape_dtype_and_unit_norm(self, embedder):
        texts = ["Wohnsitz anmelden im Bürgerbüro", "Personalausweis beantragen", ""]
        vectors = embedder.embed(texts, kind="passage")
        assert vectors.shape == (3, embedder.dim)
        assert vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)

    def test_empty_list(self, embedder):
        assert embedder.embed([], kind="query").shape == (0, embedder.dim)

    def test_order_and_determinism(self, embedder):
        a = embedder.embed(["Müllabfuhr", "Kita-Platz"], kind="passage")
        b = embedder.embed(["Kita-Platz", "Müllabfuhr"], kind="passage")
        assert np.allclose(a[0], b[1], atol=1e-4) and np.allclose(a[1], b[0], atol=1e-4)

    def test_query_finds_matching_passage(self, embedder):
        passages = embedder.embed(
            ["Die Müllabfuhr leert die Restmülltonne alle zwei Wochen.",
             "Den Personalausweis beantragen Sie im Bürgerbüro."],
            kind="passage",
        )
        query = embedder.embed(["Wann wird die Restmülltonne geleert?"], kind="query")[0]
        assert np.argmax(passages @ query) == 0
