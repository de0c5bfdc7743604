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
    """How much the lexical score counts (dense search carries the rest):
    `same_language` for a question in the documents' language, `short_query`
    when it is also only one or two words (keyword style, where exact terms
    matter most), `other_language` for a question in another language.
    `translated` for a question in another language that names municipal
    concepts of the glossary, whose German terms the lexical side can match.
    `title` is how much a page title's similarity to the question adds to each
    of its chunks' dense score. `title_names` is what a page whose title
    carries the German name of every service the question names (glossary
    concepts: "Einbürgerung" for "nacionalidad alemana") adds to the fused
    score, in proportion for some (a name in many titles counts for none:
    hybrid.TITLED_PAGES_MAX). Tuned on the Musterstadt and Munich development
    questions; bench/retrieval.py prints the effect, incl. dense/lexical only."""

    same_language: float = 0.15
    short_query: float = 0.3
    other_language: float = 0.05
    translated: float = 0.15
    title: float = 0.5
    title_names: float = 0.05

    def lexical_weight(
        self, query: str, query_language: str | None, document_language: str, translated: bool = False
    ) -> float:
        if query_language is not None and query_language != document_language:
            return self.translated if translated else self.other_language
        if len(query.split()) <= SHORT_QUERY_WORDS:
            return self.short_query
        return self.same_language


SHORT_QUERY_WORDS = 2


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
