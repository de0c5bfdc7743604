"""HTML parser: main content via trafilatura, headings kept as section paths.

Pages are cleaned with lxml first (script/style/nav/footer removed) and the
cleaned *full document* is handed to trafilatura: fed a bare fragment, it
sometimes drops the <h1> of short pages. Its XML output keeps headings as
`<head rend="hN">`, which maps one-to-one onto section paths (see `_html_walk`). Trafilatura's
boilerplate heuristics are tuned for long articles, so for small pages whose
extract is empty or lost most of the text, a plain walk over <main>/<article>/
<body> is used instead.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree, html

from rathaus.ingest.parsers._common import (
    NO_TEXT, clean_inline, decode_text, extension, normalize_language, score_by,
    title_from_filename,
)
from rathaus.ingest.parsers._html_walk import html_sections, xml_sections
from rathaus.ingest.parsers.base import ParseError
from rathaus.models import ParsedDocument, Section

_STRIP = ("script", "style", "noscript", "template", "nav", "footer", "svg", etree.Comment)
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_SMALL_PAGE_WORDS = 300  # below this, a trafilatura extract may lose real content
_META_FIELDS = ("author", "date", "description", "sitename")
_HIDDEN = (
    "//*[@hidden or @aria-hidden='true' or contains(translate(@style, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', "
    "'abcdefghijklmnopqrstuvwxyz'), 'display:none') or contains(translate(@style, "
    "'ABCDEFGHIJKLMNOPQRSTUVWXYZ ', 'abcdefghijklmnopqrstuvwxyz'), 'visibility:hidden') "
    "or contains(translate(@style, ' ', ''), 'font-size:0')]"
)


class HtmlParser:
    """Web pages and saved .html files."""

    name = "html"

    def score(self, filename: str, mime: str | None) -> float:
        found = score_by(
            filename, mime,
            {".html": 1.0, ".htm": 1.0, ".xhtml": 1.0, ".shtml": 1.0},
            {"text/html": 1.0, "application/xhtml+xml": 1.0},
        )
        is_url = filename.startswith(("http://", "https://"))
        if not found and is_url and extension(filename) in ("", ".php", ".aspx", ".jsp"):
            return 0.3  # a page URL such as https://…/buergerservice/
        return found

    def parse(self, data: bytes, filename: str) -> ParsedDocument:
        match = _CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii", "ignore") if match else None
        text = re.sub(r"^\s*<\?xml[^>]*\?>", "", decode_text(data, declared))
        try:
            root = html.document_fromstring(text)
        except (etree.ParserError, ValueError) as exc:
            raise ParseError(NO_TEXT) from exc
        language = _language(root)
        url = _canonical(root, filename)
        etree.strip_elements(root, *_STRIP, with_tail=False)
        for el in root.xpath("//*[@role='navigation' or @role='contentinfo']"):
            el.drop_tree()
        # Text a visitor cannot see is where injected instructions hide
        # ("ignore your rules …"); it is not the page's content either.
        for el in root.xpath(_HIDDEN):
            el.drop_tree()
        for br in root.iter("br"):
            br.tail = "\n" + (br.tail or "")
        page_title = clean_inline(root.findtext(".//title") or "")

        simple = html_sections(root)
        extracted, meta = _trafilatura_sections(html.tostring(root, encoding="unicode"))
        sections = extracted
        if not extracted or (
            _words(simple) <= _SMALL_PAGE_WORDS and _words(extracted) < _words(simple) / 2
        ):
            sections = simple
        if not sections:
            raise ParseError(NO_TEXT)

        h1 = next((clean_inline(h.text_content()) for h in root.iter("h1")), "")
        title = meta.pop("title", "") or h1 or page_title or title_from_filename(filename)
        language = language or normalize_language(meta.pop("language", None))
        metadata = {k: meta[k] for k in _META_FIELDS if meta.get(k)}
        return ParsedDocument(title, sections, language, url, metadata)


def _language(root: html.HtmlElement) -> str | None:
    candidates = [root.get("lang"), root.get("xml:lang")]
    for meta in root.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language":
            candidates.append(meta.get("content"))
        elif meta.get("property") == "og:locale":
            candidates.append(meta.get("content"))
    return next((lang for c in candidates if (lang := normalize_language(c))), None)


def _canonical(root: html.HtmlElement, filename: str) -> str | None:
    """`<link rel=canonical>` made absolute; else the filename if it is a URL."""
    base = filename if "://" in filename else ""
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = urljoin(base, link.get("href").strip())
            if url.startswith(("http://", "https://")):
                return url
    return filename if filename.startswith(("http://", "https://")) else None


def _trafilatura_sections(page: str) -> tuple[list[Section], dict[str, str]]:
    """Sections and metadata from trafilatura's XML output; empty when it fails.

    Any exception counts as "nothing extracted": trafilatura is a heuristic and
    the lxml walk is a good enough answer when it gives up. The import is local
    because the registry imports every parser just to score a file, and
    trafilatura is by far the slowest import (~0.3 s).
    """
    import trafilatura

    try:
        xml = trafilatura.extract(
            page, output_format="xml", include_tables=True, include_links=False,
            include_comments=False, favor_recall=True, with_metadata=True,
        )
        doc = etree.fromstring(xml.encode("utf-8")) if xml else None
    except Exception:
        return [], {}
    if doc is None:
        return [], {}
    meta = {k: clean_inline(v) for k, v in doc.attrib.items() if v}
    return xml_sections(doc), meta


def _words(sections: list[Section]) -> int:
    return sum(len(s.text.split()) for s in sections)
