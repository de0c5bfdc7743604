"""Plain domain types shared by the ingest and question flows.

They are deliberately framework-free dataclasses: parsers produce `Section`s,
the chunker turns a `ParsedDocument` into `ChunkDraft`s, the index answers with
`SearchHit`s. Database rows live in `rathaus.db.tables`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Section:
    """A piece of a document under one heading path.

    `headings` is the path of headings above the text, outermost first
    (e.g. ("Wohnsitz anmelden", "Welche Unterlagen brauche ich?")).
    `page` is the 1-based page number for paginated formats (PDF), else None.
    """

    text: str
    headings: tuple[str, ...] = ()
    page: int | None = None


@dataclass
class ParsedDocument:
    """What a parser extracts from one file or web page."""

    title: str
    sections: list[Section]
    language: str | None = None
    url: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


@dataclass(frozen=True)
class ChunkDraft:
    """A chunk before it is stored: `text` is what is shown and cited,
    `search_text` is what is indexed (it carries the title and headings so that
    every chunk is findable on its own)."""

    ordinal: int
    text: str
    search_text: str
    heading: str
    page: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """One retrieved chunk with the document it belongs to."""

    chunk_id: int
    document_id: int
    external_id: str
    title: str
    url: str | None
    text: str
    heading: str
    page: int | None
    score: float  # fused, comparable within one result list only
    language: str | None = None
    # Absolute evidence, comparable across questions (used to decide whether
    # the documents answer the question at all): cosine of question and chunk
    # (+ weighted title cosine) and the raw BM25 score.
    dense: float = 0.0
    lexical: float = 0.0
