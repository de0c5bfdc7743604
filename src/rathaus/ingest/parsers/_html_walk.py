"""Turn HTML-like trees into `Section`s in reading order (used by `html.py`).

Two trees arrive here: trafilatura's XML (`<head rend="h2">`, `<list>/<item>`,
`<table>/<row>/<cell>`, `<lb/>`) and, as the fallback, the cleaned lxml HTML
page itself. Both map onto the same builder calls, so both paths give the same
shape of document: headings as paths, lists as "- " lines (ordered lists as
"1. " lines: the steps' order is part of the content), table rows as
"cell | cell" lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree, html

from rathaus.ingest.parsers._common import SectionBuilder, clean_inline
from rathaus.models import Section

_HEADING = re.compile(r"h([1-6])")
_LISTS = ("list", "ul", "ol")
_BLOCKS = {"p", "pre", "blockquote", "address", "dt", "dd", "figcaption", "caption"}


def xml_sections(doc: etree._Element) -> list[Section]:
    """Sections from trafilatura's XML output (`<doc><main>…</main></doc>`)."""
    for lb in doc.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    builder = SectionBuilder()
    for main in doc.iter("main"):
        _walk_xml(main, builder)
    return builder.sections()


def html_sections(root: html.HtmlElement) -> list[Section]:
    """Sections from the page's main landmark: <main>, role=main, <article> or <body>."""
    builder = SectionBuilder()
    for landmark in ("//main", "//*[@role='main']", "//article", "//body"):
        if found := root.xpath(landmark):
            _walk_html(found[0], builder)
            break
    return builder.sections()


def _walk_xml(el: etree._Element, b: SectionBuilder) -> None:
    for child in el:
        level = _HEADING.fullmatch(child.get("rend", "")) if child.tag == "head" else None
        if level:
            b.heading(int(level.group(1)), _text(child))
        elif child.tag in ("head", "p", "quote", "code"):
            b.paragraph(_text(child), keep_lines=True)
        elif child.tag == "list":
            _add_list(child, "item", b)
        elif child.tag == "table":
            for row in child.iter("row"):
                _add_row(row.findall("cell"), b)
            b.end_block()
        else:
            if (child.text or "").strip():
                b.paragraph(child.text)
            _walk_xml(child, b)


def _walk_html(el: html.HtmlElement, b: SectionBuilder) -> None:
    if (el.text or "").strip():
        b.paragraph(el.text)
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if level := _HEADING.fullmatch(tag):
            b.heading(int(level.group(1)), _text(child))
        elif tag in ("ul", "ol"):
            _add_list(child, "li", b)
        elif tag == "tr":
            _add_row(child.xpath("./th | ./td"), b)
        elif tag in _BLOCKS:
            b.paragraph(_text(child), keep_lines=True)
        else:
            _walk_html(child, b)
            if tag in ("dl", "table"):
                b.end_block()
        if (child.tail or "").strip():
            b.paragraph(child.tail)


def _add_list(el: etree._Element, item_tag: str, b: SectionBuilder) -> None:
    """A list is one block of "- " lines, an ordered one of "1. " lines (from
    its `start`, an item's `value` wins; trafilatura keeps neither, so its
    lists count from 1); nested items become lines of their own."""
    for line in _list_lines(el, item_tag):
        b.line(line)
    b.end_block()


def _list_lines(el: etree._Element, item_tag: str) -> Iterator[str]:
    ordered = el.tag == "ol" or el.get("rend") == "ol"
    number = _number(el.get("start"), 1)
    for item in el.iterchildren(item_tag):
        marker = "- "
        if ordered:
            number = _number(item.get("value"), number)
            marker = f"{number}. "
            number += 1
        yield marker + _text(item, skip=_LISTS)
        for nested in item.iterchildren(*_LISTS):
            yield from _list_lines(nested, item_tag)


def _number(value: str | None, default: int) -> int:
    """A list number from an attribute; anything else than a small whole number keeps `default`."""
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) <= 6 else default


def _add_row(cells: list[etree._Element], b: SectionBuilder) -> None:
    b.line(" | ".join(text for cell in cells if (text := clean_inline(_text(cell)))))


def _text(el: etree._Element, skip: tuple[str, ...] = ()) -> str:
    """Text of `el` and its descendants, leaving out child elements named in `skip`."""
    parts = [el.text or ""]
    for child in el:
        if child.tag not in skip:
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    return "".join(parts)
