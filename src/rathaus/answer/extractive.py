"""Extractive answers: the sentences of the best passages that answer the
question, quoted with numbered citations. Never invents text — every sentence
after the intro is copied from a source."""

from __future__ import annotations

from dataclasses import dataclass

from rathaus.answer.phrases import FOUND, MORE_PAGES, phrase
from rathaus.index.analysis import tokenize
from rathaus.index.expansion import expand_query
from rathaus.ingest.chunking import split_sentences
from rathaus.models import SearchHit

MAX_SOURCES = 3
# A further source is quoted only when its evidence is nearly as strong as the
# best one's; otherwise it would dilute a clear answer.
SOURCE_MARGIN = 0.06
# Pages as close to the best as the quoted ones, beyond MAX_SOURCES, are linked
# by their titles: sibling pages ("Gewerbe-Anmeldung / -Ummeldung / -Abmeldung")
# often score within a few hundredths of each other, and a wrong one quoted
# first should not hide the right one (bench/answers.py counts both).
MAX_LINKED = 2
SNIPPET_CHARS = 300


@dataclass(frozen=True)
class Citation:
    n: int
    title: str
    url: str | None
    external_id: str
    snippet: str
    linked: bool = False  # only named under "Weitere passende Seiten", not quoted

    @classmethod
    def from_hit(cls, n: int, hit: SearchHit, linked: bool = False) -> "Citation":
        return cls(n, hit.title, hit.url, hit.external_id, snippet(hit.text), linked)

    def as_dict(self) -> dict:
        return {"n": self.n, "title": self.title, "url": self.url, "external_id": self.external_id,
                "snippet": self.snippet, "linked": self.linked}


def by_document(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """Hits grouped per document, documents in the order of their best hit."""
    groups: dict[int, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.document_id, []).append(hit)
    return list(groups.values())


def close_documents(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """The documents (each as its retrieved chunks) whose evidence is nearly as
    strong as the best one's, the best one first."""
    groups = by_document(hits)
    if not groups:
        return []
    best = groups[0][0].dense
    return [g for i, g in enumerate(groups) if i == 0 or g[0].dense >= best - SOURCE_MARGIN]


def choose_sources(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """The documents to quote: the best one, and others whose evidence is nearly as strong."""
    return close_documents(hits)[:MAX_SOURCES]


def _units(text: str) -> list[str]:
    """Sentences, with list items and short lines kept as their own units."""
    units = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            units.extend(s.strip() for s in split_sentences(line) if s.strip())
    return units


def pick_sentences(
    question: str, text: str, limit: int, language: str | None = None, documents_language: str = "de",
    searched: str | None = None,
) -> list[str]:
    """The `limit` sentences sharing most (stemmed, synonym-expanded) words with
    the question, in their original order — for a question in another language,
    with the German terms of the concepts it names; the first sentences when
    none share a word. `searched`: the question as the index expanded it (with
    the town's own words, SearchIndex.expanded), else it is expanded here
    with the shipped word lists only."""
    units = _units(text)
    wanted = set(tokenize(searched or expand_query(question, language, documents_language)))
    scored = [(len(wanted & set(tokenize(u))), i) for i, u in enumerate(units)]
    if not any(score for score, _ in scored):
        return units[:limit]
    best = sorted(scored, key=lambda pair: (-pair[0], pair[1]))[:limit]
    return [units[i] for _, i in sorted(best, key=lambda pair: pair[1])]


def quote(units: list[str]) -> str:
    """Markdown block quote: consecutive sentences form one line, list items
    keep their own lines."""
    lines: list[str] = []
    for unit in units:
        if unit.startswith(("- ", "* ", "• ")) or not lines or lines[-1].startswith(("- ", "* ", "• ")):
            lines.append(unit)
        else:
            lines[-1] += " " + unit
    return "\n".join(f"> {line}" for line in lines)


def snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + " …"


def extractive_answer(
    question: str, hits: list[SearchHit], language: str | None, searched: str | None = None
) -> tuple[str, list[Citation]]:
    """`searched`: the question as the index expanded it (see pick_sentences)."""
    close = close_documents(hits)
    parts = [phrase(FOUND, language)]
    citations = []
    for n, chunks in enumerate(close[:MAX_SOURCES], start=1):
        text = "\n".join(hit.text for hit in chunks)
        sentences = pick_sentences(question, text, 3 if n == 1 else 2, language, chunks[0].language or "de", searched)
        parts.append(f"{quote(sentences)} [{n}]")
        citations.append(Citation.from_hit(n, chunks[0]))
    linked = close[MAX_SOURCES:MAX_SOURCES + MAX_LINKED]
    if linked:
        parts.append(phrase(MORE_PAGES, language))  # a paragraph, then a Markdown list
        lines = []
        for n, chunks in enumerate(linked, start=len(citations) + 1):
            lines.append(f"- {chunks[0].title} [{n}]")
            citations.append(Citation.from_hit(n, chunks[0], linked=True))
        parts.append("\n".join(lines))
    return "\n\n".join(parts), citations
