"""Another German town's office: "Wann hat das Bürgeramt in Leipzig offen?"

The own town's pages describe its own offices in the same words, so the
search finds them as readily as for a question about the own town — and an
answer would send the citizen to the wrong counter. A question that names a
town's office (OFFICES) and another German town (PLACES), but not the own
town, is therefore not grounded — unless it says the asker moves or moved,
was born, married or bought a car there (MOVING, ORIGIN): "Ich ziehe von
Berlin hierher, muss ich zum Bürgerbüro?" is the own town's business.

The data is in other_town_words.py, matched as wordlists.py describes. The
own town is the tenant's name, read with the same lists (so a Munich tenant
also knows "Munich", "Мюнхен", "慕尼黑"); a town the lists do not know is
recognised by the words of its name.
"""

from __future__ import annotations

from functools import cache

from rathaus.answer.other_town_words import MOVING, OFFICES, ORIGIN, PLACES
from rathaus.answer.wordlists import WordList, normalise

_PLACES = WordList(PLACES)
_OFFICES = WordList(OFFICES)
_STAYING = WordList({f"{kind}:{language}": entries for kind, lists in (("moving", MOVING), ("origin", ORIGIN))
                     for language, entries in lists.items()})
# Words of a tenant's name that do not name the town itself ("Landeshauptstadt München", "Amt Süderbrarup").
TITLE_WORDS = frozenset(normalise(
    "stadt landeshauptstadt hansestadt freie und hanse gemeinde amt markt kreisstadt große kreisfreie "
    "universitätsstadt bad sankt st an am der die das im in ob a d"
))


@cache
def _own_town(town: str) -> tuple[frozenset[str], frozenset[str]]:
    """The PLACES ids the tenant's name names, and the other words of its name."""
    words = normalise(town)
    return frozenset(_PLACES.languages_in(words, town)), frozenset(w for w in words if w not in TITLE_WORDS)


def another_towns_office(question: str, town: str) -> bool:
    """Whether `question` asks about an office of another German town than `town` (the tenant's name)."""
    words = normalise(question)
    places = _PLACES.languages_in(words, question)
    if not places or not _OFFICES.languages_in(words, question):
        return False
    own_places, own_words = _own_town(town)
    if own_places.intersection(places) or own_words.intersection(words):
        return False
    return not _STAYING.languages_in(words, question)
