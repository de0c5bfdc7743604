"""Conformance tests that every `Parser` implementation should pass.

Usage in a test module (built-in or third-party parser)::

    from rathaus.testing.parsers import ParserConformance

    class TestOdtParser(ParserConformance):
        parser_class = OdtParser
        sample_filename = "satzung.odt"

        def sample_bytes(self) -> bytes:
            return build_small_odt()

The base class is deliberately not named ``Test…`` so pytest collects only the
subclasses. It checks the contract in `rathaus.ingest.parsers.base`: a name, a
score for its own files and none for unrelated ones, a usable document from a
good sample, `ParseError` (and nothing else) for empty and garbage input, and
deterministic output.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from rathaus.ingest.parsers.base import ParseError, Parser
from rathaus.models import ParsedDocument, Section


class ParserConformance:
    """Subclass, set `parser_class` and `sample_filename`, implement `sample_bytes()`.

    Override `garbage_bytes()` if the default (every byte value, NULs included,
    no valid magic number) happens to be valid input for your format.
    """

    parser_class: ClassVar[type[Any]]
    sample_filename: ClassVar[str]
    unrelated_filename: ClassVar[str] = "stadtplan.png"
    unrelated_mime: ClassVar[str | None] = "image/png"

    def sample_bytes(self) -> bytes:
        raise NotImplementedError("subclasses return a small valid file")

    def garbage_bytes(self) -> bytes:
        return bytes(range(256)) * 8

    @pytest.fixture
    def parser(self) -> Parser:
        return self.parser_class()

    def test_implements_protocol(self, parser: Parser) -> None:
        assert isinstance(parser, Parser)
        assert isinstance(parser.name, str) and parser.name.strip()
        assert parser.name == type(parser).name, "name must be a class attribute"

    def test_scores_own_sample(self, parser: Parser) -> None:
        assert 0 < parser.score(self.sample_filename, None) <= 1

    def test_scores_unrelated_file_zero(self, parser: Parser) -> None:
        assert parser.score(self.unrelated_filename, self.unrelated_mime) == 0

    def test_parses_sample(self, parser: Parser) -> None:
        doc = parser.parse(self.sample_bytes(), self.sample_filename)
        assert isinstance(doc, ParsedDocument)
        assert doc.title.strip()
        assert doc.sections
        for section in doc.sections:
            assert isinstance(section, Section)
            assert section.text.strip()
            assert all(isinstance(h, str) and h.strip() for h in section.headings)
            assert section.page is None or section.page >= 1
        assert all(isinstance(v, str) for v in doc.metadata.values())

    @pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n"], ids=["empty", "whitespace"])
    def test_empty_input_raises_parse_error(self, parser: Parser, data: bytes) -> None:
        with pytest.raises(ParseError) as info:
            parser.parse(data, self.sample_filename)
        _assert_one_line(info.value)

    def test_garbage_raises_parse_error(self, parser: Parser) -> None:
        # pytest.raises(ParseError) lets any other exception type fail the test.
        with pytest.raises(ParseError) as info:
            parser.parse(self.garbage_bytes(), self.sample_filename)
        _assert_one_line(info.value)

    def test_parse_is_deterministic(self, parser: Parser) -> None:
        data = self.sample_bytes()
        assert parser.parse(data, self.sample_filename) == parser.parse(data, self.sample_filename)


def _assert_one_line(error: ParseError) -> None:
    message = str(error)
    assert message.strip(), "ParseError needs a reason for the operator"
    assert "\n" not in message, "ParseError messages are shown as one line"
