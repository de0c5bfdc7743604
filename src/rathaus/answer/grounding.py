"""Does the town's material answer this question at all?

The fused search score is relative (the best hit of any question scores ~1),
so the decision uses absolute evidence: the dense similarity of the best hit
(question vs chunk, plus the weighted title similarity). Below the threshold
rathaus says honestly that it has no good answer and offers a person; it never
falls back to a model's general knowledge.

Thresholds belong to a vector space, so they are looked up by embedder name;
calibrated with bench/grounding.py on the Musterstadt questions (answerable)
against unanswerable.tsv (off-topic, not covered, near misses).
"""

from __future__ import annotations

from rathaus.models import SearchHit

THRESHOLDS = {
    "e5-small-q4*1+use-multilingual-q*0.3": 1.02,
    "e5-small-q4": 1.10,
    "use-multilingual-q": 0.55,
    "hashing-256": 0.45,
}
DEFAULT_THRESHOLD = 0.5


def threshold_for(embedder_name: str) -> float:
    return THRESHOLDS.get(embedder_name, DEFAULT_THRESHOLD)


def is_grounded(hits: list[SearchHit], embedder_name: str, threshold: float | None = None) -> bool:
    if not hits:
        return False
    return hits[0].dense >= (threshold if threshold is not None else threshold_for(embedder_name))
