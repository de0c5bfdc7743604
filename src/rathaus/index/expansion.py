"""What a question is expanded with before it is searched.

Citizens write "Perso weg" where the pages say "Personalausweis", and "Jak się
zameldować?" where they say "Wohnsitz anmelden". The official terms are
appended to the question ("Perso weg (Personalausweis)"), which helps both the
lexical and the dense search. Three sources, in this order:

- the shipped list of colloquial German words (`synonyms_de.tsv`),
- the town's own words (tenant setting `synonyms`, edited by its staff:
  "Parkwapperl" -> Bewohnerparkausweis, "KVR" -> Kreisverwaltungsreferat),
- the German terms of the municipal concepts the question names (the glossary,
  crosslingual.py): for a question in another language than the German
  documents, and for one in everyday German ("Laden zumachen" -> Gewerbe-Abmeldung).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Mapping

from rathaus.index.analysis import WORD_RE
from rathaus.index.crosslingual import aspect_terms, german_terms, glossary, service_names


class Synonyms:
    """Words or phrases (lower case) -> the official terms they stand for. A
    phrase (several words) matches as a substring of the question; a word
    ending in "*" stands for every word beginning so ("staatsbürger*" covers
    "Staatsbürgerin" and "Staatsbürgerschaft")."""

    def __init__(self, table: Mapping[str, str]):
        tidy = {word.strip().lower(): expansion.strip() for word, expansion in table.items()}
        self._words = {w: e for w, e in tidy.items() if " " not in w and not w.endswith("*")}
        self._beginnings = tuple((w[:-1], e) for w, e in tidy.items() if w.endswith("*") and " " not in w)
        self._phrases = tuple((w, e) for w, e in tidy.items() if " " in w)

    @classmethod
    def from_tsv(cls, text: str) -> "Synonyms":
        table = {}
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                word, _, expansion = line.partition("\t")
                table[word] = expansion
        return cls(table)

    def knows(self, word: str) -> bool:
        """Whether `word` (lower case) is one of the listed words."""
        return word in self._words or any(word.startswith(start) for start, _ in self._beginnings)

    def expansions(self, question: str) -> list[str]:
        lowered = question.lower()
        found = []
        for word in WORD_RE.findall(lowered):
            if word in self._words:
                found.append(self._words[word])
            found.extend(expansion for start, expansion in self._beginnings if word.startswith(start))
        found.extend(expansion for phrase, expansion in self._phrases if phrase in lowered)
        return found


NO_SYNONYMS = Synonyms({})


@cache
def shipped_synonyms() -> Synonyms:
    """Colloquial German -> official words, from synonyms_de.tsv."""
    return Synonyms.from_tsv(files("rathaus.index").joinpath("synonyms_de.tsv").read_text(encoding="utf-8"))


def load_word_lists() -> None:
    """Read the shipped lists now (the glossary's ~15k patterns take ~0.2 s),
    so that the first citizen's question does not wait for them."""
    shipped_synonyms()
    glossary()


@dataclass(frozen=True)
class Expansion:
    """A question as searched: `text` is the question with the official terms
    appended; `glossary_terms` are those the glossary contributed;
    `service_names` the folded German names of each specific concept it names
    (crosslingual.service_names), which a page title may carry."""

    text: str
    glossary_terms: tuple[str, ...]
    translated: bool  # another language than the German documents, and the glossary named its concepts
    service_names: tuple[tuple[str, ...], ...] = ()


def expand(
    query: str, language: str | None = None, documents_language: str = "de", town: Synonyms = NO_SYNONYMS,
    document_words: frozenset[str] = frozenset(),
) -> Expansion:
    """The question with the official terms for the words it uses appended,
    e.g. "Perso weg" -> "Perso weg (Personalausweis)"; `town` is the town's
    own list. A question known to be in another language than the (German)
    documents, or in everyday German, also gets the German terms of the
    municipal concepts it names: "Jak się zameldować?" -> "… (Wohnsitz
    anmelden, Wohnsitzanmeldung)". `document_words`: the town's own words
    (folded, crosslingual.fold), which the glossary never reads as typing errors."""
    extra = shipped_synonyms().expansions(query) + town.expansions(query)
    from_glossary: tuple[str, ...] = ()
    names: tuple[tuple[str, ...], ...] = ()
    if glossary_applies(language, documents_language):
        from_glossary = german_terms(query, language, document_words)
        extra.extend(from_glossary)
        if from_glossary:
            names = service_names(query, language, document_words)
    text = f"{query} ({', '.join(dict.fromkeys(extra))})" if extra else query
    return Expansion(text, from_glossary, bool(from_glossary) and language != "de", names)


def expand_query(
    query: str, language: str | None = None, documents_language: str = "de", town: Synonyms = NO_SYNONYMS
) -> str:
    """`expand(...)`'s text."""
    return expand(query, language, documents_language, town).text


def asked_aspects(query: str, language: str | None = None, documents_language: str = "de") -> tuple[str, ...]:
    """The German terms of what `query` asks about a service, for a question the
    glossary applies to: "I lost my ID card, what should I do?" -> ("Was ist zu
    tun, Ablauf",). Never part of the search (see concepts.tsv, "aspect")."""
    return aspect_terms(query, language) if glossary_applies(language, documents_language) else ()


def glossary_applies(language: str | None, documents_language: str) -> bool:
    """German documents and a question of known language: another language, or
    German when the glossary has everyday German patterns (never the other
    languages' patterns for a German question)."""
    if documents_language != "de" or language is None:
        return False
    return language != "de" or "de" in glossary().patterns  # a dict lookup: asked on every search
