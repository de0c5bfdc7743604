"""Plain-text parser: paragraphs separated by blank lines.

Text files from municipal offices are often written on Windows in cp1252, so
decoding falls back from UTF-8 (see `decode_text`). A short first line that
stands alone is treated as the document's heading, the way people title notes.
"""

from __future__ import annotations

import re

from rathaus.ingest.parsers._common import clean_inline, decode_text, score_by, short_title
from rathaus.models import ParsedDocument, Section

_MAX_TITLE = 150
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")


class TextParser:
    name = "text"

    def score(self, filename: str, mime: str | None) -> float:
        found = score_by(filename, mime, {".txt": 0.5, ".text": 0.5}, {"text/plain": 0.5})
        if not found and (mime or "").lower().startswith("text/"):
            return 0.1  # some other text format: better read as text than not at all
        return found

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        text = decode_text(data)
        paragraphs = [
            "\n".join(line for raw in block.split("\n") if (line := clean_inline(raw)))
            for block in _BLANK_LINES.split(text.strip())
        ]
        paragraphs = [p for p in paragraphs if p]
        first = paragraphs[0]
        if len(paragraphs) > 1 and "\n" not in first and len(first) <= _MAX_TITLE:
            section = Section("\n\n".join(paragraphs[1:]), (first,))
        else:
            section = Section("\n\n".join(paragraphs))
        return ParsedDocument(title=short_title(first, _MAX_TITLE), sections=[section])
