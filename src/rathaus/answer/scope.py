"""Is this a question for the town at all?

A question about a company, another state's office, a personal choice or
something absurd is often written with the town's own words ("Bürgerbüro",
"Anmeldung") and finds a page close enough for the grounding threshold. The
word lists of smalltalk/ and foreign.py catch the phrasings they know; this
is the general check behind them: a logistic model over the question's
embedding (as the index searched it) and the best hit's dense score, trained
by bench/train_scope.py on our development questions — in scope: questions
Munich's pages answer, in 28 languages, also worded like requests declined;
out of scope: the development sets and the first three probes of such requests
(925 questions, weighted to companies, another state's or town's business and
nonsense built from real procedures). It says "not the town's matter" only
when it is very sure (OUT_OF_SCOPE_FROM), so
that questions a page answers keep their answer; the town's pages are never
needed to decide, which is why it carries over to other towns (checked on
the Musterstadt demo's questions, none of which it refuses).

A model belongs to one vector space: it is looked up by embedder name, and
an embedder without one (a town's own server, the test fakes) is not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from rathaus.answer.scope_signs import LOWEST_BAR, bar_for
from rathaus.llm.embedders import Embedder
from rathaus.models import SearchHit

MODELS = Path(__file__).resolve().parent / "scope_models"
# Chosen with two probes held out (bench/train_scope.py --select prints the trade-off): at it,
# 5 of ~1,340 in-scope questions the model never saw are refused; below, more of them are.
OUT_OF_SCOPE_FROM = 0.95


@dataclass(frozen=True)
class ScopeModel:
    weights: np.ndarray  # (dim,) float32, over the question's unit vector
    dense_weight: float  # over the best hit's dense score
    bias: float

    def out_of_scope(self, vector: np.ndarray, dense: float) -> float:
        """The probability that the question is not the town's matter."""
        z = float(vector @ self.weights) + self.dense_weight * dense + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path) -> None:
        np.savez(path, weights=self.weights.astype(np.float32),
                 rest=np.array([self.dense_weight, self.bias], dtype=np.float64))


def model_file(embedder_name: str) -> Path:
    return MODELS / (re.sub(r"[^A-Za-z0-9.-]+", "_", embedder_name) + ".npz")


@cache
def model_for(embedder_name: str) -> ScopeModel | None:
    path = model_file(embedder_name)
    if not path.is_file():
        return None
    with np.load(path) as stored:
        dense_weight, bias = (float(x) for x in stored["rest"])
        return ScopeModel(stored["weights"].astype(np.float32), dense_weight, bias)


def outside_scope(embedder: Embedder, searched: str, hits: list[SearchHit], question: str = "",
                  language: str | None = None) -> bool:
    """Whether the question, as the index searched it (`searched`, its
    expanded text), is very likely none of the town's business; the
    `question` as asked (in `language`) may carry signs that lower the bar (scope_signs.py)."""
    model = model_for(embedder.name)
    if model is None or not hits or not searched.strip():
        return False
    vector = embedder.embed([searched], kind="query")[0]
    if vector.shape != model.weights.shape:
        return False
    doubt = model.out_of_scope(vector, hits[0].dense)
    if doubt >= OUT_OF_SCOPE_FROM:
        return True
    # the signs are looked for only where one could matter (most questions are far below every bar)
    return bool(doubt >= LOWEST_BAR and doubt >= bar_for(question, OUT_OF_SCOPE_FROM, language))
