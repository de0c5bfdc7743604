"""Requests declined wherever they stand in a message: "Mein Sohn hat
Geburtstag, kannst du ihm ein Lied über den Aufenthaltstitel dichten?", "Sizce
hangi partiye oy vermeliyim?", "Wie viel kostet die Anmeldung auf dem Mond?".

Their administrative words made the search find a page (the residence
permit's, the registration's) with as much evidence as a real question, so
the documents' evidence alone cannot refuse them (bench/offtopic_*.tsv). What
gives them away is a word no question about a town's services needs:

- a creative work (poem, song, joke, fairy tale …) together with an act of
  making it (write, compose, tell …) — either alone is an ordinary question
  ("Lesungen mit Gedichten in der Bibliothek?", "Wie schreibe ich einen
  Widerspruch?");
- a request for the bot's own opinion or a personal decision (which party,
  which car, whether to quit a job);
- a place or being that no town's records hold (the Moon, a dragon).

The words are plain data in creative_words.py and out_of_scope_words.py, matched as
answer/wordlists.py says.
"""

from __future__ import annotations

from rathaus.answer.smalltalk.creative_words import CREATIVE_ACTS, CREATIVE_WORKS
from rathaus.answer.smalltalk.out_of_scope_words import FANTASY, OPINION
from rathaus.answer.wordlists import WordList

class Declined:
    """Finds the requests of this module in a normalised message."""

    def __init__(self):
        self.works = WordList(CREATIVE_WORKS)
        self.acts = WordList(CREATIVE_ACTS)
        self.opinion = WordList(OPINION)
        self.fantasy = WordList(FANTASY)

    def languages(self, words: list[str], text: str) -> list[str] | None:
        """The languages the request is written in (first the likeliest), or
        None when the message asks for nothing declined here."""
        works = self.works.languages_in(words, text)
        if works:
            acts = self.acts.languages_in(words, text)
            if acts:
                return [lang for lang in works if lang in acts] or works
        return self.opinion.languages_in(words, text) or self.fantasy.languages_in(words, text) or None
