"""Text analysis for the lexical index: words, stop words, German stemming and
compound splitting. (What a question is expanded with before it is searched:
index/expansion.py.)"""

from __future__ import annotations

import re
from functools import cache

import Stemmer
from bm25s.stopwords import STOPWORDS_GERMAN, STOPWORDS_EN

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset(STOPWORDS_GERMAN) | frozenset(STOPWORDS_EN) | {"bitte", "gibt", "kann", "muss"}


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def words(text: str) -> list[str]:
    """Lower-cased words without stop words ("ß" folded to "ss")."""
    return [w for w in WORD_RE.findall(text.lower().replace("ß", "ss")) if w not in STOPWORDS]


def tokenize(text: str) -> list[str]:
    """Stemmed tokens (umlauts folded by the Snowball German stemmer, so
    "Bürgerbüro" and "Burgerburo" match). No compound splitting."""
    return _stemmer().stemWords(words(text))


MIN_PART = 4  # shortest word a compound part may be
MIN_COMPOUND = 2 * MIN_PART
MAX_CACHED_SPLITS = 200_000


class Analyzer:
    """Tokenizer for one tenant's corpus that also splits German compounds.

    Citizens and editors write "Gewerbebescheinigung" where the page says
    "Bescheinigung über die Gewerbeanmeldung" (and the other way round). A
    word is split into two parts when both parts occur as words in the corpus
    itself (with an optional linking "s"/"n"/"e"), so no dictionary has to ship
    and the split fits the town's own vocabulary. The parts are added to the
    whole word, which stays a token too.
    """

    def __init__(self, vocabulary: set[str]):
        self.vocabulary = vocabulary
        self._splits: dict[str, tuple[str, str] | None] = {}

    @classmethod
    def from_corpus(cls, texts: list[str]) -> "Analyzer":
        return cls.from_words([words(text) for text in texts])

    @classmethod
    def from_words(cls, word_lists: list[list[str]]) -> "Analyzer":
        """From texts already split with `words` (the index builder reuses them)."""
        return cls({w for found in word_lists for w in found if len(w) >= MIN_PART})

    def split(self, word: str) -> tuple[str, str] | None:
        if word in self._splits:
            return self._splits[word]
        best: tuple[int, str, str] | None = None
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            head, tail = word[:i], word[i:]
            if tail not in self.vocabulary:
                continue
            for candidate in (head, head[:-1] if head[-1] in "sn" else "", head + "e"):
                if len(candidate) >= MIN_PART and candidate in self.vocabulary:
                    option = (min(len(candidate), len(tail)), candidate, tail)
                    best = max(best, option) if best else option
        result = (best[1], best[2]) if best else None
        if len(self._splits) >= MAX_CACHED_SPLITS:  # citizens' words must not grow memory forever
            self._splits.clear()
        self._splits[word] = result
        return result

    def tokenize(self, text: str) -> list[str]:
        return self.tokenize_words(words(text))

    def tokenize_words(self, found: list[str]) -> list[str]:
        parts = []
        for word in found:
            if len(word) >= MIN_COMPOUND and (split := self.split(word)):
                parts.extend(split)
        return _stemmer().stemWords(found + parts)
