"""The Parser seam."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from rathaus.models import ParsedDocument


class ParseError(Exception):
    """The document cannot be parsed; the message is shown to the operator as is
    (one line, German or English, no traceback), e.g. "PDF ist passwortgeschützt"."""


@runtime_checkable
class Parser(Protocol):
    """Turns one file into a `ParsedDocument`.

    Contract:
    - `score(filename, mime)` returns 0 when the parser cannot read the file,
      otherwise a confidence in (0, 1]; the registry picks the highest.
    - `parse(data, filename)` is pure (no I/O besides reading `data`), returns at
      least one non-empty section, keeps headings as `Section.headings` and PDF
      page numbers in `Section.page`, and raises `ParseError` with a clear
      one-line reason for empty, corrupt, encrypted or unsupported input. It never
      raises anything else for bad input.
    """

    name: str

    def score(self, filename: str, mime: str | None) -> float: ...

    def parse(self, data: bytes, filename: str) -> ParsedDocument: ...
