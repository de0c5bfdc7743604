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

The words are plain data in out_of_scope_words.py (stems end in "*"), matched
on words normalised as smalltalk's phrases are; Chinese, written without
spaces, by substring.
"""

from __future__ import annotations

from collections.abc import Callable

from rathaus.answer.smalltalk.out_of_scope_words import CREATIVE_ACTS, CREATIVE_WORKS, FANTASY, OPINION
from rathaus.index.crosslingual import CJK_RE

Entry = tuple[tuple[str, bool], ...]  # (word, is a stem) per word of an entry
STEM_KEY = 3  # stems are looked up by their first letters (a stem is at least this long)


class WordList:
    """One dict of out_of_scope_words.py, ready to be found in a message."""

    def __init__(self, by_language: dict[str, str], normalise: Callable[[str], list[str]]):
        self.exact: dict[str, list[tuple[Entry, str]]] = {}  # first word -> entries
        self.stems: dict[str, list[tuple[Entry, str]]] = {}  # first letters of a first-word stem -> entries
        self.chinese: list[tuple[str, str]] = []
        for language, entries in by_language.items():
            for raw in entries.split("|"):
                if not raw.strip():
                    continue
                if CJK_RE.match(raw.strip()):
                    self.chinese.append((raw.strip(), language))
                    continue
                entry = self._entry(raw, normalise)
                if not entry:
                    continue
                first, stem = entry[0]
                table, key = (self.stems, first[:STEM_KEY]) if stem else (self.exact, first)
                table.setdefault(key, []).append((entry, language))

    @staticmethod
    def _entry(raw: str, normalise: Callable[[str], list[str]]) -> Entry:
        entry = []
        for word in raw.split():
            stem = word.endswith("*")
            # a word may fall apart when normalised ("d'identité"): its parts are words of the entry
            parts = normalise(word.rstrip("*"))
            entry += [(part, False) for part in parts[:-1]] + [(part, stem) for part in parts[-1:]]
        return tuple(entry)

    def languages_in(self, words: list[str], text: str) -> list[str]:
        """The languages of the entries found in the message, in order of appearance."""
        found: list[str] = []
        for i, word in enumerate(words):
            for entry, language in (*self.exact.get(word, ()), *self.stems.get(word[:STEM_KEY], ())):
                if language not in found and _matches(entry, words, i):
                    found.append(language)
        found += [language for phrase, language in self.chinese if phrase in text and language not in found]
        return found


def _matches(entry: Entry, words: list[str], start: int) -> bool:
    if start + len(entry) > len(words):
        return False
    return all(words[start + k].startswith(word) if stem else words[start + k] == word
               for k, (word, stem) in enumerate(entry))


class Declined:
    """Finds the requests of this module in a normalised message."""

    def __init__(self, normalise: Callable[[str], list[str]]):
        self.works = WordList(CREATIVE_WORKS, normalise)
        self.acts = WordList(CREATIVE_ACTS, normalise)
        self.opinion = WordList(OPINION, normalise)
        self.fantasy = WordList(FANTASY, normalise)

    def languages(self, words: list[str], text: str) -> list[str] | None:
        """The languages the request is written in (first the likeliest), or
        None when the message asks for nothing declined here."""
        works = self.works.languages_in(words, text)
        if works:
            acts = self.acts.languages_in(words, text)
            if acts:
                return [lang for lang in works if lang in acts] or works
        return self.opinion.languages_in(words, text) or self.fantasy.languages_in(words, text) or None
