"""Questions in other languages: the German words a town's pages use for what
the citizen names.

A Polish citizen asks "Jak się zameldować w Monachium?"; the page says
"Wohnsitz anmelden". The small multilingual embedding models that ship with
rathaus bring such pairs together only weakly (on Munich's pages the right
page ranked 32nd), and BM25 cannot match them at all. The glossary in
`index/glossary/` names about a hundred municipal concepts: `concepts.tsv` gives
the German terms, `<language>.tsv` how citizens say it in that language. The terms
of every concept a question names are appended to it ("… (Wohnsitz anmelden,
Wohnsitzanmeldung)") before it is embedded and searched, and they are what the
lexical side of the search can match.

Patterns (one concept, comma-separated) match when each of their words occurs
in the question, in any order: `word` exactly (`!word`: exactly and never
with a typing error, see below), `word*` as a word beginning
(inflected languages: "zameldow*"), `*word` as an ending, `*word*` inside a
word (Arabic and Persian attach articles and pronouns; Chinese writes no spaces,
so its patterns are parts of the question's run of characters: "*护照*"). Case, accents and the
Arabic/Persian letter variants are ignored, so "zameldowac" matches too.
In every language but German (whose typing errors are mended against the town's
own pages, index/spelling.py), a long word that matches no pattern is tried
again with one typing error: "pasport" still names the passport.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from rathaus.language import SHARED_TEXTS

WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*", re.UNICODE)  # after fold(): one apostrophe
# Letters that Arabic and Persian keyboards (and Turkish lower-casing) write differently, and
# letters without a decomposition that people write plain without their marks ("dang ky" for the
# Vietnamese "đăng ký", "gradanin" for the Croatian "građanin"; Sorani's own letters typed on a
# Persian keyboard: "پاسپورت" for "پاسپۆرت", "مولەت" for "مۆڵەت", ه for both ە and ھ).
_FOLD = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ı": "i", "ł": "l", "ß": "ss", "’": "'", "ʼ": "'", "ـ": "", "đ": "d",
     "ێ": "ی", "ۆ": "و", "ڵ": "ل", "ڕ": "ر", "ە": "ه", "ھ": "ه"}
)
MIN_STEM = 3  # a shorter word beginning would match too much
# Chinese (and Japanese kanji) characters: a two-character word ("护照", passport) means one thing,
# and with no spaces between words only a part of the question's run of characters can match it
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
MIN_CJK_PART = 2
# a Chinese run and a Latin word written next to it are two words: "我的Reisepass丢了"
_SCRIPT_RUN_RE = re.compile(f"[{_CJK}]+|[^{_CJK}]+")
ELIDED = 4  # the longest elided article before an apostrophe: l', d', qu', un', all', dell', nell'
FUZZY_FROM = 7  # a question word this long that matches no pattern is tried with one typing error
CONCEPTS = "concepts.tsv"  # the concepts and their German terms; every other file is a language
# Languages written with another's file (language.SHARED_TEXTS): Serbian and Bosnian in Latin
# script ask as Croatian does. In Cyrillic (Serbian, or a short Russian question taken for it:
# "справка о несудимости") every file is asked instead.


def fold(text: str) -> str:
    """Lower case without accents or diacritics, letter variants unified."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)


def question_words(text: str) -> list[str]:
    """The folded words of `text`; after an elided article ("l'esportazione",
    "dell'auto", "d'identité") the word itself counts as well, so a pattern
    "esportazion*" needs no twin "*'esportazion*". (A long word before the
    apostrophe is a name with a Turkish ending: "Türkiye'den" stays whole.)
    A run of Chinese characters and a Latin word written next to it count
    apart: "我的Reisepass丢了" has the word "reisepass"."""
    found = [part for word in WORD_RE.findall(fold(text)) for part in _SCRIPT_RUN_RE.findall(word)]
    elided = []
    for word in found:
        article, apostrophe, rest = word.partition("'")
        if apostrophe and len(article) <= ELIDED and len(rest) >= MIN_STEM:
            elided.append(rest)
    return found + elided


@dataclass(frozen=True)
class _Word:
    text: str
    kind: str  # "exact" | "strict" (exact, never read with a typing error) | "prefix" | "suffix" | "infix"

    @classmethod
    def parse(cls, raw: str) -> "_Word":
        if raw.startswith("!"):  # "!ايطالي" (Italian): one letter from "ايطاليا" (Italy), which is no nationality
            if "*" in raw or len(raw) < 2:
                raise ValueError(f"{raw!r}: '!' marks a whole word that is never read with a typing error")
            return cls(fold(raw[1:]), "strict")
        starts, ends = raw.startswith("*"), raw.endswith("*")
        text = fold(raw.strip("*"))
        kind = "infix" if starts and ends else "suffix" if starts else "prefix" if ends else "exact"
        if CJK_RE.search(text):
            if kind != "infix" or len(text) < MIN_CJK_PART:
                raise ValueError(f"{raw!r}: Chinese is written without spaces, so its patterns are parts of "
                                 f"a run of characters: '*…*' with at least {MIN_CJK_PART} characters")
        elif kind != "exact" and len(text) < MIN_STEM:
            raise ValueError(f"{raw!r}: a partial word needs at least {MIN_STEM} letters")
        return cls(text, kind)

    def matches(self, word: str) -> bool:
        if self.kind in ("exact", "strict"):
            return word == self.text
        if self.kind == "prefix":
            return word.startswith(self.text)
        if self.kind == "suffix":
            return word.endswith(self.text)
        return self.text in word


@dataclass(frozen=True)
class _Pattern:
    concept: str
    words: tuple[_Word, ...]
    source: str  # as written, for error messages and the checker


class _Matcher:
    """Finds the patterns of one set whose words all occur in a text. Every
    kind of pattern word is looked up by a few of its letters (exact words
    whole, beginnings by their first three, endings by their last two, infixes
    by their first two at each position of the question's word), so a question
    is checked against the few candidates only, not against thousands."""

    def __init__(self, patterns: list[_Pattern], forgives_typos: bool = False):
        self.forgives_typos = forgives_typos
        self._exact: dict[str, list[_Word]] = {}
        self._by_start: dict[str, list[_Word]] = {}
        self._by_end: dict[str, list[_Word]] = {}
        self._by_pair: dict[str, list[_Word]] = {}
        self._patterns_with: dict[_Word, list[_Pattern]] = {}
        # first letter -> (kind, length, pattern words, their texts), for words with a typing error
        self._fuzzy: dict[str, list[tuple[str, int, list[_Word], list[str]]]] | None = None
        for pattern in patterns:
            for word in pattern.words:
                self._patterns_with.setdefault(word, []).append(pattern)
        for word in self._patterns_with:
            if word.kind in ("exact", "strict"):
                self._exact.setdefault(word.text, []).append(word)
            elif word.kind == "prefix":
                self._by_start.setdefault(word.text[:MIN_STEM], []).append(word)
            elif word.kind == "suffix":
                self._by_end.setdefault(word.text[-2:], []).append(word)
            else:
                self._by_pair.setdefault(word.text[:2], []).append(word)

    def concepts(self, text: str, not_typos: frozenset[str] = frozenset()) -> set[str]:
        """`not_typos`: words (folded) never read with a typing error — the
        town's own words: "Musterstadt" in a Spanish question is the town, not
        a mistyped "master*" (a degree, concept studium)."""
        found: set[_Word] = set()
        for word in question_words(text):
            matched = self._matching(word)
            if (not matched and self.forgives_typos and len(word) >= FUZZY_FROM
                    and word.split("'")[0] not in not_typos):  # Turkish "Musterstadt'ta"
                matched = self._one_typo_away(word)
            found.update(matched)
        return {p.concept for w in found for p in self._patterns_with[w] if all(x in found for x in p.words)}

    def knows(self, word: str) -> bool:
        """Whether some pattern uses `word` (folded), as a whole, beginning, ending or part."""
        return bool(self._matching(word))

    def _matching(self, word: str) -> list[_Word]:
        """The pattern words that `word` (folded) is, begins with, ends with or contains."""
        matched = list(self._exact.get(word, ()))
        matched += (w for w in self._by_start.get(word[:MIN_STEM], ()) if w.matches(word))
        matched += (w for w in self._by_end.get(word[-2:], ()) if w.matches(word))
        for i in range(len(word) - 1):
            matched += (w for w in self._by_pair.get(word[i:i + 2], ()) if word.startswith(w.text, i))
        return matched

    def _one_typo_away(self, word: str) -> list[_Word]:
        """Whole words and word beginnings of the patterns that `word` matches
        but for one typing error (a letter missing, extra, wrong or swapped with
        the next; never the first letter): "pasport" -> "passport", "zamledować"
        -> "zameldow*". Asked only for long words that match nothing as typed."""
        if self._fuzzy is None:  # built on first use (most questions never need it), then swapped in whole
            buckets: dict[tuple[str, str, int], list[_Word]] = {}
            for candidate in self._patterns_with:
                if candidate.kind in ("exact", "prefix") and len(candidate.text) >= FUZZY_FROM - 2:
                    key = (candidate.text[0], candidate.kind, len(candidate.text))
                    buckets.setdefault(key, []).append(candidate)
            by_first: dict[str, list[tuple[str, int, list[_Word], list[str]]]] = {}
            for (first, kind, length), words in buckets.items():
                by_first.setdefault(first, []).append((kind, length, words, [w.text for w in words]))
            self._fuzzy = by_first
        near: list[_Word] = []
        for kind, length, candidates, texts in self._fuzzy.get(word[0], ()):
            if kind == "exact":
                if abs(length - len(word)) > 1:
                    continue
                typed = [word]
            else:  # the word's beginning, one letter shorter or longer where the typo added or dropped one
                if length > len(word) + 1:
                    continue
                typed = list(dict.fromkeys(word[:n] for n in (length - 1, length, length + 1)))
            for beginning in typed:
                for _, _, index in process.extract(beginning, texts, scorer=OSA.distance, score_cutoff=1, limit=None):
                    near.append(candidates[index])
        return near


class Glossary:
    """Concepts (id -> German terms) and, per language, the patterns that name them."""

    def __init__(
        self, terms: dict[str, str], patterns: dict[str, list[_Pattern]], generic: frozenset[str] = frozenset(),
        aspects: frozenset[str] = frozenset(), within: dict[str, frozenset[str]] | None = None,
    ):
        self.terms = terms
        self.patterns = patterns
        self.aspects = aspects  # what is asked about a service ("what do I have to do?"): never searched
        self.generic = generic | aspects
        # concept -> the broader ones it is a kind of: "temporary plates for my car" searches
        # Kurzzeitkennzeichen, not every page about plates and cars (Kennzeichen, Fahrzeug)
        self.within = within or {}
        # German questions have their typing errors mended against the town's own pages (index/spelling.py)
        self._matchers = {language: _Matcher(found, forgives_typos=language != "de") for language, found in patterns.items()}
        for language, shared in SHARED_TEXTS.items():
            if shared in self._matchers and language not in self._matchers:
                self._matchers[language] = self._matchers[shared]
        self._any_language = _Matcher([p for found in patterns.values() for p in found])

    @property
    def languages(self) -> list[str]:
        return sorted(self.patterns)

    @classmethod
    def from_folder(cls, folder: Traversable) -> "Glossary":
        """`concepts.tsv` (concept -> German terms) and every `<language>.tsv`
        (concept -> patterns). A malformed line or an unknown concept is a
        ValueError naming the file: a typo must not silently disable a concept."""
        concepts = _rows(folder / CONCEPTS)
        terms = {concept: value.split("\t")[0].strip() for concept, value in concepts}
        kinds: dict[str, str] = {}
        within: dict[str, frozenset[str]] = {}
        for concept, value in concepts:
            # third column: [generic | aspect] [within <broader concept> …]
            words = " ".join(value.split("\t")[1:]).split()
            kind = words.pop(0) if words and words[0] in ("generic", "aspect") else ""
            broader = words[1:] if words[:1] == ["within"] else None
            if (words and not broader) or not all(b in terms and b != concept for b in broader or ()):
                raise ValueError(f"{CONCEPTS}, concept {concept}: the third column may only say 'generic' or "
                                 "'aspect', then 'within' and the concepts it is a kind of")
            kinds[concept] = kind
            if broader:
                within[concept] = frozenset(broader)
        generic = frozenset(c for c, kind in kinds.items() if kind == "generic")
        aspects = frozenset(c for c, kind in kinds.items() if kind == "aspect")
        patterns: dict[str, list[_Pattern]] = {}
        parsed: dict[str, _Word] = {}  # pattern words repeat ("αυτοκινητ*" on dozens of lines): each parsed once
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".tsv") or entry.name == CONCEPTS:
                continue
            found = patterns.setdefault(entry.name.removesuffix(".tsv"), [])
            for concept, value in _rows(entry):
                if concept not in terms:
                    raise ValueError(f"{entry.name}: unknown concept {concept!r} (not in {CONCEPTS})")
                for source in (s.strip() for s in value.split(",")):
                    if not source:
                        continue
                    try:
                        # a question's words split at hyphens too: "au-pair" is two words
                        words = tuple(parsed.get(w) or parsed.setdefault(w, _Word.parse(w))
                                      for w in source.replace("-", " ").split())
                    except ValueError as error:
                        raise ValueError(f"{entry.name}, concept {concept}: {error}") from None
                    found.append(_Pattern(concept, words, source))
        return cls(terms, patterns, generic, aspects, within)

    def concepts(self, text: str, language: str | None = None, not_typos: frozenset[str] = frozenset()) -> list[str]:
        """The concepts `text` names, in glossary order, each once; generic ones
        only next to a specific one. Only the patterns of `language` are tried
        when the glossary has that language (Italian "perso" means lost, not
        the German "Perso"; Polish "dni" means days, not the Spanish ID card),
        those of every language otherwise. A concept named next to a kind of
        it (`within`) gives way to it."""
        named = self.named(text, language, not_typos)
        if named <= self.generic:
            return []
        broader = {b for c in named for b in self.within.get(c, ())}
        return [c for c in self.terms if c in named and c not in broader]

    def names_generic_only(self, text: str, language: str | None = None) -> bool:
        """Whether `text` names concepts, but only generic ones or aspects
        ("Do I need an appointment?"): an aspect of a service named elsewhere."""
        named = self.named(text, language)
        return bool(named) and named <= self.generic

    def knows(self, word: str, language: str) -> bool:
        """Whether the patterns of `language` use `word` ("karre" in everyday
        German): such a word is the citizen's, not a typing error."""
        matcher = self._matchers.get(language)
        return matcher is not None and matcher.knows(fold(word))

    def german_terms(self, text: str, language: str | None = None, not_typos: frozenset[str] = frozenset()) -> list[str]:
        """The German terms of every concept `text` names, but the aspects
        (`not_typos`: see _Matcher.concepts)."""
        return self.searched_terms(self.concepts(text, language, not_typos))

    def searched_terms(self, concepts: Iterable[str]) -> list[str]:
        """The German terms of `concepts` that a search uses: not the aspects'."""
        return [self.terms[c] for c in concepts if c not in self.aspects]

    def aspect_terms(self, text: str, language: str | None = None) -> list[str]:
        """The German terms of the aspects `text` asks about ("what do I have to
        do?" -> "Was ist zu tun, Ablauf"): they point an answer to a page's
        section, but would pull the search towards every page's section of
        that name, so they are kept out of it — and, never searched, they
        count without a specific concept too (the page was found by then)."""
        named = self.named(text, language)
        return [self.terms[c] for c in self.terms if c in named and c in self.aspects]

    def named(self, text: str, language: str | None = None, not_typos: frozenset[str] = frozenset()) -> set[str]:
        """Every concept whose patterns of `language` (of all languages when the
        glossary has none for it) match `text`, generic or not (unordered)."""
        matcher = self._matchers.get(language, self._any_language)
        if language in SHARED_TEXTS and not _mostly_latin(text):
            matcher = self._any_language
        return matcher.concepts(text, not_typos)


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 > len(letters)


def _rows(entry: Traversable) -> list[tuple[str, str]]:
    rows = []
    for number, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        concept, tab, value = line.partition("\t")
        if not tab or not concept.strip() or not value.strip():
            raise ValueError(f"{entry.name}, line {number}: expected 'concept<TAB>…'")
        rows.append((concept.strip(), value.strip()))
    return rows


@cache
def glossary() -> Glossary:
    """The glossary that ships with rathaus (read once)."""
    return Glossary.from_folder(files("rathaus.index").joinpath("glossary"))


@lru_cache(maxsize=4096)
def _concepts(question: str, language: str | None, not_typos: frozenset[str]) -> tuple[str, ...]:
    """The shipped glossary's concepts for `question`, matched once for both
    functions below (cached: a chat turn expands its question twice, for the
    search and for picking the sentences to quote via SearchIndex.expanded; a
    frozenset keeps its hash once computed)."""
    return tuple(glossary().concepts(question, language, not_typos))


def german_terms(question: str, language: str | None = None, not_typos: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The shipped glossary's German terms for `question` (Glossary.german_terms)."""
    return tuple(glossary().searched_terms(_concepts(question, language, not_typos)))


def service_names(question: str, language: str | None = None, not_typos: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], ...]:
    """The German terms of each specific (not generic) concept `question` names,
    folded: what a page about that service is likely called (search looks
    for them in page titles)."""
    generic = glossary().generic
    return tuple(_folded_terms(c) for c in _concepts(question, language, not_typos) if c not in generic)


@cache
def _folded_terms(concept: str) -> tuple[str, ...]:
    return tuple(fold(term.strip()) for term in glossary().terms[concept].split(",") if term.strip())


@lru_cache(maxsize=1024)
def aspect_terms(question: str, language: str | None = None) -> tuple[str, ...]:
    """The shipped glossary's German terms for what `question` asks about (Glossary.aspect_terms)."""
    return tuple(glossary().aspect_terms(question, language))
