"""Score fusion for hybrid search.

Why not plain reciprocal-rank fusion: RRF throws the score gaps away, so a
lexical list that is confidently wrong (a question in Ukrainian against German
pages) counts as much as a dense list that is right; on Munich's pages naive
RRF lost to dense search alone. Here both score lists are normalised to [0, 1]
over the candidate set and mixed with a weight that depends on how much the
lexical side can know: a question in another language than the documents gets
almost no lexical weight.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np



@dataclass(frozen=True)
class FusionWeights:
    """Weight of the lexical score when query and documents share a language,
    and when they do not; dense search carries the rest. Tuned on the
    Musterstadt and Munich development questions (bench/retrieval.py prints the
    effect of each setting, including dense-only and lexical-only)."""

    same_language: float = 0.3
    other_language: float = 0.05

    def for_languages(self, query_language: str | None, document_language: str) -> float:
        if query_language is None or query_language == document_language:
            return self.same_language
        return self.other_language


DEFAULT_WEIGHTS = FusionWeights()


def minmax(scores: np.ndarray) -> np.ndarray:
    if scores.size == 0:
        return scores
    low, high = float(scores.min()), float(scores.max())
    if high - low < 1e-9:
        return np.zeros_like(scores) if high <= 0 else np.ones_like(scores)
    return (scores - low) / (high - low)


def fuse(dense: np.ndarray, lexical: np.ndarray, lexical_weight: float) -> np.ndarray:
    """Convex combination of min-max normalised dense and lexical scores for the
    same candidates. Lexical scores of 0 (no term matched) stay 0."""
    lex = lexical / lexical.max() if lexical.size and lexical.max() > 0 else np.zeros_like(lexical)
    return (1.0 - lexical_weight) * minmax(dense) + lexical_weight * lex
