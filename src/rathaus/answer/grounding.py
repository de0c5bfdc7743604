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

from rathaus.answer.foreign import another_states_business
from rathaus.answer.other_town import about_another_town
from rathaus.models import SearchHit

# Chosen just above the highest off-topic question, per language group, so that
# off-topic questions are refused while most answerable ones are answered. Near misses (a covered topic, but not the asked
# fact) cannot be told apart by retrieval evidence alone: about half of them
# still get the nearest passage quoted, with its source, never invented text.
# embedder name -> (threshold for questions in the documents' language, for other languages)
THRESHOLDS = {
    "e5-small-q4*1+use-multilingual-q*0.3": (1.05, 0.98),  # answers ~95 % / ~85 %, off-topic refused
    "e5-small-q4": (1.26, 1.22),
    "use-multilingual-q": (0.40, 0.35),
    "hashing-crc-256": (0.45, 0.45),  # test fake, not calibrated
}
DEFAULT_THRESHOLD = 0.5


def same_language(hits: list[SearchHit], language: str) -> bool:
    """Whether the best hit is in the question's language (a page without one counts as German)."""
    return bool(hits) and (hits[0].language or "de") == language


def threshold_for(embedder_name: str, same_language: bool = True) -> float:
    """Cross-language similarities run lower than same-language ones, so
    questions in another language than the documents get their own threshold."""
    same, other = THRESHOLDS.get(embedder_name, (DEFAULT_THRESHOLD, DEFAULT_THRESHOLD))
    return same if same_language else other


ANOTHER_TOWN, ANOTHER_STATE = "another_town", "another_state"


def elsewhere(question: str, town: str = "") -> str | None:
    """Whose matter a question is that no town's pages answer, whatever they hold:
    ANOTHER_TOWN, when the caller names its town (the tenant's name with its
    home places, other_town.own_names) and the question asks about an office
    or a service of another German town (other_town.py); ANOTHER_STATE, for
    another state's passport at its consulate (foreign.py); None otherwise."""
    if town and about_another_town(question, town):
        return ANOTHER_TOWN
    if another_states_business(question):
        return ANOTHER_STATE
    return None


def is_grounded(
    hits: list[SearchHit], embedder_name: str, same_language: bool = True, threshold: float | None = None,
) -> bool:
    """Whether the best hit's evidence reaches the threshold. Whether the
    question is another town's or state's matter is `elsewhere`'s to say: the
    chat asks it once, before, for the reply it picks."""
    if not hits:
        return False
    return hits[0].dense >= (threshold if threshold is not None else threshold_for(embedder_name, same_language))
