"""Markdown parser: markdown-it-py token stream plus YAML front matter.

The token stream (not rendered HTML) is walked so that headings become section
paths and markup disappears without a second HTML round trip. Front matter is
how static-site and CMS exports carry the page title and public URL, which
citations need.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from rathaus.ingest.parsers._common import (
    NO_TEXT, SectionBuilder, clean_inline, decode_text, normalize_language, score_by,
    short_title, title_from_filename,
)
from rathaus.ingest.parsers.base import ParseError
from rathaus.models import ParsedDocument

BAD_FRONT_MATTER = "YAML-Front-Matter ist ungültig (invalid YAML front matter)"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TAG = re.compile(r"<!--.*?-->|<[^>]+>", re.DOTALL)


class MarkdownParser:
    name = "markdown"

    def score(self, filename: str, mime: str | None) -> float:
        return score_by(
            filename, mime, {".md": 1.0, ".markdown": 1.0, ".mdown": 1.0, ".mkd": 1.0},
            {"text/markdown": 1.0, "text/x-markdown": 1.0},
        )

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        text = decode_text(data)
        front, body = _split_front_matter(text)
        builder = SectionBuilder()
        _walk(MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(body), builder)
        sections = builder.sections()
        if not sections:
            raise ParseError(NO_TEXT)
        title = front.pop("title", "") or next(iter(builder.headings), "")
        title = title or short_title(sections[0].text)
        return ParsedDocument(
            title=title or title_from_filename(filename),
            sections=sections,
            language=normalize_language(front.pop("language", None) or front.pop("lang", None)),
            url=front.pop("url", None),
            metadata=front,
        )


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter as flat string fields, and the Markdown body after it.

    A leading block that parses to something other than a mapping is not front
    matter (it may be a horizontal rule) and stays part of the body.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        loaded: Any = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError as exc:
        raise ParseError(BAD_FRONT_MATTER) from exc
    if loaded is None:
        return {}, text[match.end():]
    if not isinstance(loaded, dict):
        return {}, text
    fields: dict[str, str] = {}
    for key, value in loaded.items():
        if isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
            value = ", ".join(str(v) for v in value)
        if value is not None and not isinstance(value, (dict, list)):
            if cleaned := clean_inline(str(value)):
                fields[str(key)] = cleaned
    return fields, text[match.end():]


def _walk(tokens: list[Token], builder: SectionBuilder) -> None:
    heading = 0  # level of the heading being read, 0 outside headings
    item_start = ""  # the marker ("- ", "3. ") of the list item whose first paragraph comes next
    numbers: list[int | None] = []  # per open list, innermost last: the next item's number (None: bullets)
    cells: list[str] | None = None  # cells of the table row being read
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading = int(token.tag[1:])
        elif kind == "heading_close":
            heading = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            numbers.append(int(token.attrGet("start") or 1) if kind == "ordered_list_open" else None)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            numbers.pop()
            if not numbers:
                builder.end_block()
        elif kind == "list_item_open":
            item_start = "- "
            if numbers and numbers[-1] is not None:  # an ordered list keeps its numbers: steps in order
                item_start = f"{numbers[-1]}. "
                numbers[-1] += 1
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close" and cells is not None:
            builder.line(" | ".join(c for c in cells if c))
            cells = None
        elif kind == "table_close":
            builder.end_block()
        elif kind in ("fence", "code_block"):
            builder.paragraph(token.content, keep_lines=True)
        elif kind == "html_block":
            builder.paragraph(_TAG.sub(" ", token.content))
        elif kind == "inline":
            text = _inline_text(token)
            if heading:
                builder.heading(heading, text)
            elif cells is not None:
                cells.append(clean_inline(text))
            elif numbers:
                builder.line(item_start + text)
                item_start = ""
            else:
                builder.paragraph(text, keep_lines=True)


def _inline_text(token: Token) -> str:
    """Plain text of an inline token: markup dropped, link text and code kept."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
