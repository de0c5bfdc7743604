"""Parsers turn the bytes of one file into a `ParsedDocument`.

`parser_for(filename, mime)` picks the registered parser with the highest
score; built-ins and third-party parsers register via the `rathaus.parsers`
entry-point group.
"""

from __future__ import annotations

from rathaus import plugins
from rathaus.ingest.parsers.base import ParseError, Parser

__all__ = ["ParseError", "Parser", "parser_for"]


def parser_for(filename: str, mime: str | None = None) -> Parser | None:
    best: tuple[float, Parser | None] = (0.0, None)
    for cls in plugins.load_all("parser").values():
        parser = cls()
        score = parser.score(filename, mime)
        if score > best[0]:
            best = (score, parser)
    return best[1]
