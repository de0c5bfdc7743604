"""Text analysis for the lexical index: German stemming, stop words and a small
list of colloquial synonyms ("Perso" -> Personalausweis) that citizens type but
official pages do not use."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import Stemmer
from bm25s.stopwords import STOPWORDS_GERMAN, STOPWORDS_EN

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
STOPWORDS = frozenset(STOPWORDS_GERMAN) | frozenset(STOPWORDS_EN) | {"bitte", "gibt", "kann", "muss"}


@cache
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, stemmed tokens (umlauts folded by the
    Snowball German stemmer, so "Bürgerbüro" and "Burgerburo" match)."""
    words = [w for w in WORD_RE.findall(text.lower().replace("ß", "ss")) if w not in STOPWORDS]
    return _stemmer().stemWords(words)


@cache
def synonyms() -> dict[str, str]:
    """Colloquial word -> official words, from synonyms_de.tsv (lower case)."""
    table: dict[str, str] = {}
    text = files("rathaus.index").joinpath("synonyms_de.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, expansion = line.partition("\t")
        table[word.strip().lower()] = expansion.strip()
    return table


def expand_query(query: str) -> str:
    """Append the official terms for colloquial words found in the query, e.g.
    "Perso weg" -> "Perso weg (Personalausweis)". Helps lexical and dense search."""
    table = synonyms()
    lowered = query.lower()
    extra = []
    for word in WORD_RE.findall(lowered):
        if word in table:
            extra.append(table[word])
    for phrase, expansion in table.items():
        if " " in phrase and phrase in lowered:
            extra.append(expansion)
    if not extra:
        return query
    return f"{query} ({', '.join(dict.fromkeys(extra))})"
