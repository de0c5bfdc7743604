"""Another German town's business: "Wann hat das Bürgeramt in Leipzig offen?",
"Wann ist in Köln-Nippes Sperrmüll?"

The own town's pages describe its own offices and services in the same words,
so the search finds them as readily as for a question about the own town —
and an answer would send the citizen to the wrong counter or quote the wrong
fees. A question that names another German town (PLACES), but not the own
town, is therefore not grounded — unless it says the asker moves or moved,
was born, married or bought a car there (MOVING, ORIGIN): "Ich ziehe von
Berlin hierher, muss ich zum Bürgerbüro?" is the own town's business.
Without an office word (OFFICES) the town named may also be where the
asker's family lives, works or studies, or what someone there said (TIES:
"Meine Eltern wohnen in Passau – bekomme ich trotzdem hier BAföG?"), or
the town is where a trip goes (TRAVEL: "Gilt das Deutschlandticket bis
Augsburg?", which the own town's mobility pages may answer); that keeps it
the own town's; with an office word it is that office's
("Ich wohne in Köln – wann hat das Bürgeramt offen?"). "Flensburg" alone is
the driving-licence points register ("7 Punkte in Flensburg"), not the town.

The data is in other_town_words.py (the rule's word lists), other_town_places.py
(the towns), other_town_ties.py (TIES) and other_town_travel.py (TRAVEL),
matched as wordlists.py describes. The own town is the tenant's name, read
with the same lists (so a Munich tenant also knows "Munich", "Мюнхен",
"慕尼黑"); a town the lists do not know is recognised by the words of its
name. The places a town counts as its own (setting "home_places": its
district, an Amt's member municipalities) are read the same way (own_names).
"""

from __future__ import annotations

from functools import cache

from rathaus.answer.other_town_places import PLACES
from rathaus.answer.other_town_ties import TIES
from rathaus.answer.other_town_travel import TRAVEL
from rathaus.answer.other_town_words import MOVING, OFFICES, ORIGIN
from rathaus.answer.wordlists import WordList, normalise

_PLACES = WordList(PLACES)
_OFFICES = WordList(OFFICES)
_STAYING = WordList({f"{kind}:{language}": entries for kind, lists in (("moving", MOVING), ("origin", ORIGIN))
                     for language, entries in lists.items()})
# without an office word: the asker's own tie to the town named, or a trip there
_NEAR = WordList({f"{kind}:{language}": entries for kind, lists in (("ties", TIES), ("travel", TRAVEL))
                  for language, entries in lists.items()})
# Towns whose name alone is a byword for something else: "Punkte in Flensburg"
# (the federal register of driving offences), counted only with an office word.
BYWORDS = frozenset({"flensburg"})
# Words of a tenant's name that do not name the town itself ("Landeshauptstadt München", "Amt Süderbrarup").
TITLE_WORDS = frozenset(normalise(
    "stadt landeshauptstadt hansestadt freie und hanse gemeinde amt markt kreisstadt große kreisfreie "
    "kreis landkreis bezirk region verbandsgemeinde samtgemeinde verwaltungsgemeinschaft "
    "universitätsstadt bad sankt st an am der die das im in ob a d"
))


@cache
def _own_town(town: str) -> tuple[frozenset[str], frozenset[str]]:
    """The PLACES ids the tenant's name names, and the other words of its name."""
    words = normalise(town)
    return frozenset(_PLACES.languages_in(words, town)), frozenset(w for w in words if w not in TITLE_WORDS)


def own_names(name: str, settings: dict) -> str:
    """The town as the rule reads it: the tenant's name and the places its
    settings count as its own ("home_places": its district, the municipalities
    of an Amt), which a question may name without asking about another town."""
    return " ".join([name, *settings.get("home_places", ())])


def about_another_town(question: str, town: str) -> bool:
    """Whether `question` asks about an office or a service of another German
    town than `town` (the tenant's name, with its home places: own_names)."""
    words = normalise(question)
    places = _PLACES.languages_in(words, question)
    if not places:
        return False
    own_places, own_words = _own_town(town)
    if own_places.intersection(places) or own_words.intersection(words) or _STAYING.languages_in(words, question):
        return False
    if _OFFICES.languages_in(words, question):
        return True
    return bool(set(places) - BYWORDS) and not _NEAR.languages_in(words, question)
