"""Signs that a question is not the town's matter, which lower the scope
model's bar (scope.py) without deciding on their own.

The scope model refuses only when it is very sure (scope.OUT_OF_SCOPE_FROM),
because an in-scope question it doubts would lose its answer. Some words make
an out-of-scope reading much likelier, yet appear in questions a page answers
too, so they cannot refuse alone:

- a company's name: "Wie kündige ich meinen Vodafone-Vertrag beim Umzug?"
  (but "Ich will als Uber-Fahrer arbeiten, welchen Schein brauche ich?" is the
  town's passenger-transport licence);
- a consulate or embassy (foreign_words.AUTHORITY): "Was brauche ich für ein
  griechisches Militärbuch beim Konsulat?" (but "Die Botschaft verlangt eine
  Verpflichtungserklärung" is the town's);
- asking the bot's view on a choice (scope_signs_words.ADVICE): "Lohnt sich
  ein Lastenrad oder soll ich beim Auto bleiben?" (but "Lohnt sich der
  Reisepass mit 48 Seiten?");
- a being or thing that is no person (scope_signs_beings.BEINGS), the one a
  procedure is for in nonsense built from real procedures: "Kann meine
  Monstera als Mitbewohnerin angemeldet werden?" (but "Ich will mit meiner
  Katze nach Kreta – welche Papiere?").

With such a sign the model's doubt is enough: its probability must reach the
sign's bar instead. The bars were chosen on five-fold out-of-fold
probabilities over every development set (docs/benchmarks.md): with them no
natural in-scope question above the grounding threshold is refused; of the
questions written to look like refusals, one more is (advice: "vaut-il le coup
de prendre une plaque saisonnière ?"), and two taking a pet abroad (being).
"""

from __future__ import annotations

import functools

from rathaus.answer.foreign_words import AUTHORITY
from rathaus.answer.scope_signs_beings import BEINGS
from rathaus.answer.scope_signs_words import ADVICE, COMPANIES
from rathaus.answer.wordlists import WordList, normalise

# sign -> the probability of "not the town's matter" that suffices with it
BARS = {"company": 0.6, "consulate": 0.7, "advice": 0.8, "being": 0.7}
_LISTS = {"company": WordList(COMPANIES), "consulate": WordList(AUTHORITY), "advice": WordList(ADVICE),
          "being": WordList(BEINGS)}


@functools.lru_cache(maxsize=1024)
def signs(question: str) -> frozenset[str]:
    """The signs found in a question."""
    words = normalise(question)
    return frozenset(sign for sign, words_of in _LISTS.items() if words_of.languages_in(words, question))


def bar_for(question: str, default: float) -> float:
    """The scope model's bar for this question: the lowest of its signs' bars, at most `default`."""
    return min([default, *(BARS[sign] for sign in signs(question))])
