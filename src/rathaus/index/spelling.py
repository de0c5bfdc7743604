"""Typing errors in questions: the town's own word a mistyped word was meant to be.

Citizens type on phones: "Persnalausweis", "abmedlen", "Wohnugn". The dense
side of the search copes a little (sub-word pieces), the lexical side not at
all: one typing error per German question cost several right pages in every
hundred on Munich's questions (bench/retrieval.py measures it). So a German
question's words that the town's documents never use are compared with the
words they do use, and the closest one (one edit for words of up to 9 letters,
two for longer ones; a swap of two neighbouring letters counts as one; the
first letter must match, as few typing errors hit it and many real words
differ there) is *added* to the question. Nothing is replaced: a correct word
the town merely does not use costs a little noise at most.

The vocabulary is the tenant's own (no dictionary ships): a word only becomes
what the town's pages write. Ties go to the word the pages use most often.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

MIN_LENGTH = 5  # shorter words have too many neighbours one edit away
LONG_WORD = 10  # from this length on, two edits are allowed
MIN_USES = 2  # a correction must be a word the pages use more than once (not a typo of theirs)


def allowed_edits(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


class Spelling:
    """The words of one tenant's documents, grouped by length for quick lookups."""

    def __init__(self, counts: Counter[str]):
        """`counts`: how often each (lower-cased) word occurs in the documents."""
        self._counts = counts
        # grouped by first letter and length: a lookup compares only words that could be the one meant
        groups: dict[tuple[str, int], list[str]] = defaultdict(list)
        for word, uses in counts.items():
            if uses >= MIN_USES and len(word) >= MIN_LENGTH - 1 and word.isalpha():
                groups[(word[0], len(word))].append(word)
        self._groups = dict(groups)

    @classmethod
    def from_words(cls, word_lists: Iterable[list[str]]) -> "Spelling":
        counts: Counter[str] = Counter()
        for found in word_lists:
            counts.update(found)
        return cls(counts)

    def words(self) -> Iterable[str]:
        """Every distinct word of the documents."""
        return self._counts.keys()

    def correct(self, word: str) -> str | None:
        """The town's word `word` was most likely meant to be, or None when
        `word` is short, known, not a plain word, or has no close neighbour."""
        if len(word) < MIN_LENGTH or not word.isalpha() or word in self._counts:
            return None
        edits = allowed_edits(word)
        best: tuple[int, int, str] | None = None  # (edits, -uses, word): fewest edits, then most used
        for length in range(len(word) - edits, len(word) + edits + 1):
            # same first letter: few typing errors hit it, and many other words differ there
            candidates = self._groups.get((word[0], length))
            if not candidates:
                continue
            for candidate, distance, _ in process.extract(
                word, candidates, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                option = (int(distance), -self._counts[candidate], candidate)
                best = option if best is None or option < best else best
        return best[2] if best else None
