"""Word lists matched in a citizen's message, whatever its language: the
small-talk phrases, requests declined, crisis words, another state's
documents. The data modules (smalltalk/creative_words.py, out_of_scope_words.py,
smalltalk/crisis_words.py, foreign_words.py) are written for these rules:

- the message is lower-cased, accents and other combining marks (also Arabic
  vowel signs and the hamza) are removed, and everything that is not a letter
  or digit becomes a space: a list of words (`normalise`). Entries are written
  with their accents; a citizen who types without them is matched all the
  same. Letters that are not a base letter plus a mark (Polish "ł", Turkish
  "ı", "đ", German "ß", Sorani "ێ ۆ ڵ ڕ ە", Persian "ی ک", the Pashto letters)
  stay as they are: the lists give a second spelling where citizens commonly
  type a substitute;
- an entry is one or more words separated by spaces, which must follow each
  other in the message; an entry word ending in "*" is a stem, matching every
  message word that starts with it ("gedicht*": "Gedicht", "Gedichte"); any
  other entry word must match a whole message word;
- Chinese ("zh") entries are strings of characters found anywhere in the
  message (Chinese writes no spaces);
- every entry of every language is looked for in every message, so an entry
  must not be an everyday word of another language once its marks are gone
  (each data module lists the collisions it avoids)."""

from __future__ import annotations

import re
import unicodedata

from rathaus.index.crosslingual import CJK_RE


def normalise(text: str) -> list[str]:
    """The message's words, lower-cased, without marks and punctuation."""
    # Combining marks go first, on the phrases as on the message: Arabic vowel
    # signs ("مرحبًا" is "مرحبا") and accents, so "multumesc" matches
    # "mulțumesc"; then anything but letters and digits is a space.
    text = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn")
    return re.sub(r"[\W_]+", " ", text).split()


Entry = tuple[tuple[str, bool], ...]  # (word, is a stem) per word of an entry
STEM_KEY = 3  # stems are looked up by their first letters (a stem is at least this long)


class WordList:
    """A dict of language -> "|"-separated entries (the data modules beside
    the code that reads them), ready to be found in a message."""

    def __init__(self, by_language: dict[str, str]):
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
                entry = self._entry(raw)
                if not entry:
                    continue
                first, stem = entry[0]
                table, key = (self.stems, first[:STEM_KEY]) if stem else (self.exact, first)
                table.setdefault(key, []).append((entry, language))

    @staticmethod
    def _entry(raw: str) -> Entry:
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
