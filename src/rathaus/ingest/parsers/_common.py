"""Helpers shared by the built-in parsers (private: not part of the Parser seam).

Every parser has to answer the same questions — is the input empty, is it text
at all, which encoding, which extension — and has to turn a stream of headings
and paragraphs into `Section`s the same way, so that the chunker sees one shape
of document whatever the source format was.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from rathaus.ingest.parsers.base import ParseError
from rathaus.models import Section

EMPTY = "Datei ist leer (empty file)"
BINARY = "Datei enthält Binärdaten, keine Textdatei (binary data, not a text file)"
NO_TEXT = "Keine Textinhalte gefunden (no text content found)"

# Codecs to try after UTF-8. cp1252 is what Windows tools in German offices
# write; latin-1 never fails and so ends the chain.
_FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphen, zero-width
_LANG = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")


def ensure_not_empty(data: bytes) -> None:
    """Raise the common "empty file" error for no bytes or only whitespace."""
    if not data or not data.strip():
        raise ParseError(EMPTY)


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode a text file robustly and reject binary data.

    UTF-8 is tried first because valid UTF-8 is almost never accidental; then a
    declared charset (e.g. from an HTML meta tag), then cp1252/latin-1. NUL bytes
    outside UTF-16 mean the file is not text, and so does a high share of
    control characters (random bytes decode "successfully" as latin-1).
    """
    ensure_not_empty(data)
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _try_decode(data, codec)
            break
    if text is None:
        if b"\x00" in data:
            raise ParseError(BINARY)
        for codec in ("utf-8", declared, *_FALLBACK_ENCODINGS):
            if codec and (text := _try_decode(data, codec)) is not None:
                break
    if text is None:
        raise ParseError(BINARY)
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ParseError(BINARY)
    # A few stray control characters are noise (and lxml rejects them); a form
    # feed is a page break.
    text = _CONTROL.sub("", text.replace("\f", "\n"))
    if not text.strip():
        raise ParseError(EMPTY)
    return text


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def extension(filename: str) -> str:
    """Lower-case suffix such as ".html"; works for paths and for URLs."""
    path = urlsplit(filename).path if "://" in filename else filename
    return PurePosixPath(path.replace("\\", "/")).suffix.lower()


def score_by(
    filename: str, mime: str | None, extensions: dict[str, float], mimes: dict[str, float]
) -> float:
    """Best confidence from the extension and the MIME type (parameters ignored)."""
    base = (mime or "").split(";", 1)[0].strip().lower()
    return max(extensions.get(extension(filename), 0.0), mimes.get(base, 0.0))


def normalize_language(value: str | None) -> str | None:
    """Primary language subtag, lower case ("de-DE" → "de"), as language
    detection elsewhere in rathaus reports it; None for anything unusable."""
    match = _LANG.match((value or "").strip())
    return match.group(0).lower() if match else None


def title_from_filename(filename: str) -> str:
    """Last-resort title: "hundesteuer_satzung-2024.pdf" → "hundesteuer satzung 2024"."""
    path = urlsplit(filename).path if "://" in filename else filename
    stem = PurePosixPath(path.replace("\\", "/").rstrip("/")).stem
    return re.sub(r"[_\-\s]+", " ", stem).strip() or "Ohne Titel"


def short_title(text: str, limit: int = 150) -> str:
    """First line of `text`, cut at a word boundary when it is too long for a title."""
    line = clean_inline(text.strip().split("\n", 1)[0])
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0] + " …"


def clean_inline(text: str) -> str:
    """Collapse all whitespace to single spaces and drop invisible characters."""
    return " ".join(_INVISIBLE.sub("", text).split())


class SectionBuilder:
    """Collects headings and text blocks in reading order and emits `Section`s.

    Headings deeper than `max_level` become ordinary paragraphs: three levels are
    enough to locate an answer, and deeper paths only make chunk headings noisy.
    Consecutive `line()`s (list items, table rows) form one block so that the
    chunker keeps a list together instead of treating every item as a paragraph.
    """

    def __init__(self, max_level: int = 3, page: int | None = None) -> None:
        self.max_level = max_level
        self.page = page
        self.headings: list[str] = []
        self._stack: list[tuple[int, str]] = []
        self._blocks: list[str] = []
        self._lines: list[str] = []
        self._sections: list[Section] = []

    def heading(self, level: int, text: str) -> None:
        text = clean_inline(text)
        if not text:
            return
        if level > self.max_level:
            self.paragraph(text)
            return
        self._flush()
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        self._stack.append((level, text))
        self.headings.append(text)

    def paragraph(self, text: str, keep_lines: bool = False) -> None:
        """Add one block; `keep_lines` preserves line breaks (code, addresses)."""
        self.end_block()
        if keep_lines:
            lines = (clean_inline(line) for line in text.split("\n"))
            text = "\n".join(line for line in lines if line)
        else:
            text = clean_inline(text)
        if text:
            self._blocks.append(text)

    def line(self, text: str) -> None:
        text = clean_inline(text)
        if text:
            self._lines.append(text)

    def sections(self) -> list[Section]:
        self._flush()
        return list(self._sections)

    def end_block(self) -> None:
        """Close the current group of lines, e.g. after a list or a table."""
        if self._lines:
            self._blocks.append("\n".join(self._lines))
            self._lines = []

    def _flush(self) -> None:
        self.end_block()
        if self._blocks:
            path = tuple(text for _, text in self._stack)
            self._sections.append(Section("\n\n".join(self._blocks), path, self.page))
            self._blocks = []
