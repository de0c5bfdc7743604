"""Another state's business: renewing a Turkish passport or an Italian identity
card at that country's consulate or embassy. The town's pages often know the
words — the residence permit moves into the new passport, the consulate
issues it — so the search finds them with as much evidence as a real question
(bench/offtopic_*.tsv: 43 of 48 such questions were answered). The town can
say nothing about it, so it is not an answer (grounding.is_grounded), and a
person is offered as for any question the documents do not answer.

A question counts when it names all three: renewing or replacing (not a past
"my consulate issued me a new passport — what now?", which the town's page
answers), a passport or identity card (not the residence permit the town
issues), and a consulate or embassy. Plain data in foreign_words.py, matched
as answer/wordlists.py says. Known miss: a residence permit renewed with a
consulate in the same question ("the consulate keeps my passport, how do I
extend my residence permit?") counts too.
"""

from __future__ import annotations

import functools

from rathaus.answer.foreign_words import AUTHORITY, DOCUMENT, RENEW
from rathaus.answer.wordlists import WordList, normalise

_LISTS = (WordList(RENEW), WordList(DOCUMENT), WordList(AUTHORITY))


@functools.lru_cache(maxsize=1024)
def another_states_business(question: str) -> bool:
    words = normalise(question)
    return all(word_list.languages_in(words, question) for word_list in _LISTS)
