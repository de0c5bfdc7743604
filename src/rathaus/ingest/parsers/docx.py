"""DOCX parser (python-docx): headings from paragraph styles, tables as rows.

Word stores built-in styles under their English names ("heading 1"), which
python-docx reports as "Heading 1" even in a German Word; documents built from
German templates may still carry "Überschrift 1", so both are recognised.
Paragraphs and tables are read in document order, so a table stays under the
heading it belongs to.
"""

from __future__ import annotations

import re
import zipfile
from io import BytesIO

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from rathaus.ingest.parsers._common import (
    NO_TEXT, SectionBuilder, clean_inline, ensure_not_empty, normalize_language,
    score_by, title_from_filename,
)
from rathaus.ingest.parsers.base import ParseError
from rathaus.models import ParsedDocument

NOT_DOCX = "Keine DOCX-Datei (not a DOCX file); alte .doc-Dateien bitte als .docx speichern"
CORRUPT = "DOCX-Datei ist beschädigt und kann nicht gelesen werden (corrupt DOCX)"

_HEADING = re.compile(r"^(heading|überschrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "titel"}
_LIST_STYLE = re.compile(r"^(list|liste|aufzählung)", re.IGNORECASE)
_NUMBERED_STYLE = re.compile(r"number|nummer", re.IGNORECASE)  # "List Number", "Listennummer"


class DocxParser:
    name = "docx"

    def score(self, filename: str, mime: str | None) -> float:
        return score_by(
            filename, mime, {".docx": 1.0},
            {"application/vnd.openxmlformats-officedocument.wordprocessingml.document": 1.0},
        )

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        ensure_not_empty(data)
        if not zipfile.is_zipfile(BytesIO(data)):
            raise ParseError(NOT_DOCX)
        try:
            document = docx.Document(BytesIO(data))
            builder = SectionBuilder()
            style_title = ""
            steps = [1]  # the next number of a run of numbered list paragraphs
            for block in document.iter_inner_content():
                if isinstance(block, Paragraph):
                    found = _add_paragraph(block, builder, steps)
                    style_title = style_title or found or ""
                elif isinstance(block, Table):
                    _add_table(block, builder)
                    steps[0] = 1
            properties = document.core_properties
            core_title, language = properties.title, properties.language
        except Exception as exc:  # python-docx/lxml/zipfile raise many types here
            raise ParseError(CORRUPT) from exc
        sections = builder.sections()
        if not sections:
            raise ParseError(NO_TEXT)
        title = clean_inline(core_title or "") or style_title or next(iter(builder.headings), "")
        return ParsedDocument(
            title=title or title_from_filename(filename),
            sections=sections,
            language=normalize_language(language),
        )


def _add_paragraph(paragraph: Paragraph, builder: SectionBuilder, steps: list[int]) -> str | None:
    """Feed one paragraph to the builder; return its text if it is the title.
    A numbered list's paragraphs become "1. " lines, counted on from `steps`
    over a run of them (Word's own numbering definitions are not read: a run
    starts at 1)."""
    text = paragraph.text
    style = paragraph.style.name if paragraph.style is not None else ""
    numbered = False
    if style.lower() in _TITLE_STYLES:
        return clean_inline(text) or None
    if match := _HEADING.match(style or ""):
        builder.heading(max(1, int(match.group(2))), text)
    elif _LIST_STYLE.match(style or "") and text.strip():
        numbered = bool(_NUMBERED_STYLE.search(style))
        builder.line(f"{steps[0]}. {text}" if numbered else "- " + text)
    else:
        builder.paragraph(text, keep_lines=True)
    steps[0] = steps[0] + 1 if numbered else 1
    return None


def _add_table(table: Table, builder: SectionBuilder) -> None:
    """Each row becomes one line "cell | cell"; merged cells, which python-docx
    repeats once per grid column, are written once."""
    builder.end_block()
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = clean_inline(cell.text)
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        builder.line(" | ".join(cells))
    builder.end_block()
