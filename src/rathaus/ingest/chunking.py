"""Heading-aware chunking: a `ParsedDocument` becomes a list of `ChunkDraft`s.

Chunks follow the document's structure because a chunk that mixes two topics
("Unterlagen" and "Gebühren") retrieves badly and cites vaguely. The rules:

- Consecutive paragraphs with the same heading path are packed up to
  `target_words`; a new heading path starts a new chunk.
- Paragraphs longer than `max_words` are split at sentence boundaries (lists
  and tables at line boundaries); a single endless sentence is cut by words.
- Chunks under `MIN_WORDS` are merged into the previous chunk if both belong to
  the same top-level section and the result stays within `max_words`, so a
  two-line sub-section does not become a chunk of its own. Text is never merged
  across top-level sections. The top level is the first heading level at which
  the document branches: under a single <h1>/# title that is the ## level.
- `search_text` carries the title and heading path so that every chunk can be
  found on its own; `text` is only the chunk's own text, for display/citation.

The function is pure and deterministic: the same document gives the same chunks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rathaus.models import ChunkDraft, ParsedDocument, Section

SEPARATOR = " › "
MIN_WORDS = 25

_SENTENCE_END = re.compile(r"[.!?…][\"'»«“”)\]]*\s+")
_SENTENCE_START = re.compile(r"[\"'„»«(\[]?[A-ZÄÖÜ0-9]")
# Abbreviations common in German administrative text; a full stop after them
# does not end a sentence. Ordinals ("1. Januar") and "z.B."-style tokens are
# caught by the rules in `_sentences`.
_ABBREVIATIONS = frozenset(
    "abs allg art bspw bzw ca dr etc evtl geb gem ggf hr hrsg inkl jan feb mär apr jun jul aug "
    "sep sept okt nov dez lt max mind min mo di mi do fr sa so nr prof sog st str tel usw vgl "
    "zzgl zb".split()
)


@dataclass
class _Chunk:
    path: tuple[str, ...]
    group: tuple[str, ...]
    page: int | None
    parts: list[str]
    words: int


def chunk_document(
    doc: ParsedDocument, target_words: int = 120, max_words: int = 200
) -> list[ChunkDraft]:
    """Split `doc` into chunks of about `target_words`, never more than
    `max_words`, following its headings (see the module docstring)."""
    if not 0 < target_words <= max_words:
        raise ValueError("need 0 < target_words <= max_words")
    depth = _top_level_depth(doc.sections)
    chunks: list[_Chunk] = []
    for section in doc.sections:
        for paragraph in re.split(r"\n\s*\n", section.text):
            for piece in _split_long(paragraph.strip(), target_words, max_words):
                words = _count(piece)
                last = chunks[-1] if chunks else None
                if last and last.path == section.headings and last.words + words <= target_words:
                    last.parts.append(piece)
                    last.words += words
                else:
                    path = section.headings
                    chunks.append(_Chunk(path, path[:depth], section.page, [piece], words))
    return [
        _draft(i, chunk, doc.title) for i, chunk in enumerate(_merge_tiny(chunks, max_words))
    ]


def _top_level_depth(sections: list[Section]) -> int:
    """Number of heading levels that identify a top-level section: one more
    than the heading prefix shared by all sections (e.g. a lone <h1> title)."""
    paths = [s.headings for s in sections if s.headings]
    shared = 0
    for level in zip(*paths):
        if len(set(level)) > 1:
            break
        shared += 1
    return shared + 1


def _merge_tiny(chunks: list[_Chunk], max_words: int) -> list[_Chunk]:
    merged: list[_Chunk] = []
    for chunk in chunks:
        previous = merged[-1] if merged else None
        if previous is None or chunk.words >= MIN_WORDS or previous.group != chunk.group:
            merged.append(chunk)
            continue
        # Keep the sub-heading of merged text as a line, or it loses its label.
        shared = len(_common_prefix(previous.path, chunk.path))
        label = SEPARATOR.join(chunk.path[shared:])
        if previous.words + chunk.words + _count(label) > max_words:
            merged.append(chunk)
            continue
        previous.parts.extend(
            [f"{label}\n{chunk.parts[0]}", *chunk.parts[1:]] if label else chunk.parts
        )
        previous.words += chunk.words + _count(label)
    return merged


def _draft(ordinal: int, chunk: _Chunk, title: str) -> ChunkDraft:
    heading = SEPARATOR.join(chunk.path)
    text = "\n\n".join(chunk.parts)
    lines = [title, heading if heading != title else "", text]
    return ChunkDraft(
        ordinal=ordinal,
        text=text,
        search_text="\n".join(line for line in lines if line),
        heading=heading,
        page=chunk.page,
    )


def _split_long(text: str, target_words: int, max_words: int) -> list[str]:
    """Pieces of at most `max_words`, packed up to `target_words` from lines
    (lists, tables) or sentences, or from words as a last resort."""
    if not text:
        return []
    if _count(text) <= max_words:
        return [text]
    joiner = "\n" if "\n" in text else " "
    units = text.split("\n") if joiner == "\n" else split_sentences(text)
    if len(units) == 1:
        words = text.split()
        return [" ".join(words[i : i + target_words]) for i in range(0, len(words), target_words)]
    pieces: list[str] = []
    current: list[str] = []
    count = 0
    for unit in units:
        for part in _split_long(unit.strip(), target_words, max_words):
            words = _count(part)
            if current and count + words > target_words:
                pieces.append(joiner.join(current))
                current, count = [], 0
            current.append(part)
            count += words
    if current:
        pieces.append(joiner.join(current))
    if len(pieces) > 1 and _count(pieces[-1]) < MIN_WORDS:
        # Fold a tiny tail back here, where the right joiner is still known.
        if _count(pieces[-2]) + _count(pieces[-1]) <= max_words:
            pieces[-2:] = [joiner.join(pieces[-2:])]
    return pieces


def split_sentences(text: str) -> list[str]:
    """Split German prose into sentences without breaking after "z. B.",
    "Nr.", "1." and similar abbreviations."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].lower().lstrip("\"'„»«([") if before else ""
        if text[match.start()] == "." and (
            len(word) <= 1 or word.isdigit() or "." in word or word in _ABBREVIATIONS
        ):
            continue
        if not _SENTENCE_START.match(text, match.end()):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def _common_prefix(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return a[:shared]


def _count(text: str) -> int:
    return len(text.split())
