"""PDF parser (pypdf): one section per page, so that answers can cite the page.

PDFs carry no reliable heading structure, so sections have no headings; the
page's text is rebuilt into paragraphs from pypdf's line output (line breaks
inside a paragraph are layout, not meaning). Scanned PDFs are rejected with a
clear message instead of being indexed as empty documents.
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PdfReader
from pypdf.errors import DependencyError

from rathaus.ingest.parsers._common import (
    clean_inline, ensure_not_empty, normalize_language, score_by, short_title,
    title_from_filename,
)
from rathaus.ingest.parsers.base import ParseError
from rathaus.models import ParsedDocument, Section

NOT_PDF = "Keine PDF-Datei (not a PDF file)"
CORRUPT = "PDF ist beschädigt und kann nicht gelesen werden (corrupt PDF)"
LOCKED = "PDF ist passwortgeschützt (password-protected PDF)"
NEEDS_CRYPTO = ("PDF ist verschlüsselt; zum Entschlüsseln fehlt das Paket 'cryptography' "
                "(encrypted PDF, install cryptography)")
NO_TEXT_LAYER = ("PDF enthält keine Textebene, vermutlich gescannt; OCR ist nicht verfügbar "
                 "(no text layer, OCR not available)")

# Titles that PDF producers write by default and that say nothing about the content.
_JUNK_TITLE = re.compile(r"^(untitled|ohne titel|unbenannt|dokument\d*|.*\.(docx?|odt|pdf))$", re.I)
_WORD_PREFIX = re.compile(r"^microsoft (word|powerpoint) - ", re.I)
_NO_DEHYPHEN = {"und", "oder", "bzw", "sowie", "bis"}  # "Haus- und Grundbesitz"


class PdfParser:
    name = "pdf"

    def score(self, filename: str, mime: str | None) -> float:
        return score_by(filename, mime, {".pdf": 1.0}, {"application/pdf": 1.0})

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        ensure_not_empty(data)
        if b"%PDF-" not in data[:1024]:
            raise ParseError(NOT_PDF)
        try:
            reader = PdfReader(BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ParseError(LOCKED)
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata  # its properties resolve indirect objects
            catalog = reader.root_object
            language = str(catalog["/Lang"]) if "/Lang" in catalog else None
        except ParseError:
            raise
        except DependencyError as exc:  # AES needs the optional cryptography package
            raise ParseError(NEEDS_CRYPTO) from exc
        except Exception as exc:  # pypdf raises many types for damaged files
            raise ParseError(CORRUPT) from exc
        if not pages:
            raise ParseError(CORRUPT)

        sections = [
            Section("\n\n".join(paragraphs), (), number)
            for number, text in enumerate(pages, start=1)
            if (paragraphs := _paragraphs(text))
        ]
        if not sections:
            raise ParseError(NO_TEXT_LAYER)
        metadata = {"pages": str(len(pages))}
        for key in ("author", "subject", "keywords"):
            if value := clean_inline(str(getattr(info, key, None) or "")):
                metadata[key] = value
        first_line = next(line for text in pages for line in text.splitlines() if line.strip())
        title = _title(str(getattr(info, "title", None) or "")) or short_title(first_line)
        return ParsedDocument(
            title=title or title_from_filename(filename),
            sections=sections,
            language=normalize_language(language),
            metadata=metadata,
        )


def _title(raw: str) -> str:
    title = _WORD_PREFIX.sub("", clean_inline(raw))
    return "" if _JUNK_TITLE.match(title) else short_title(title)


def _paragraphs(text: str) -> list[str]:
    """Rejoin layout lines into paragraphs.

    A paragraph ends at an empty line or after a line clearly shorter than the
    page's full lines: wrapped prose only has a short line at its end, and short
    lines elsewhere are headings, list items or table rows. Words hyphenated at
    a line end are rejoined ("Bürger-" + "meister").
    """
    lines = [clean_inline(line) for line in text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            paragraphs.append(" ".join(current))
            current = []
            continue
        previous = current[-1] if current else ""
        first_word = line.split(" ", 1)[0].rstrip(".,;:")
        if re.search(r"[a-zäöüß]-$", previous) and line[0].islower() and (
            first_word not in _NO_DEHYPHEN
        ):
            current[-1] = previous[:-1] + line
        else:
            current.append(line)
        if len(line) < 0.7 * width:
            paragraphs.append(" ".join(current))
            current = []
    paragraphs.append(" ".join(current))
    return [p for p in paragraphs if p]
