"""Heading-aware chunking."""

from __future__ import annotations

from pathlib import Path

import pytest

from rathaus.ingest.chunking import MIN_WORDS, chunk_document
from rathaus.ingest.parsers.html import HtmlParser
from rathaus.models import ParsedDocument, Section

FIXTURES = Path(__file__).parent.parent / "fixtures" / "parsers"
TITLE = "Bauantrag"


def prose(sentences: int, topic: str = "Bauantrag") -> str:
    """German filler: each sentence has 10 words."""
    return " ".join(
        f"Satz {i} erklärt, wie der {topic} beim Bauamt eingereicht wird."
        for i in range(1, sentences + 1)
    )


def words(text: str) -> int:
    return len(text.split())


def test_chunks_follow_headings_and_carry_title() -> None:
    doc = ParsedDocument(TITLE, [
        Section(prose(4), (TITLE,)),
        Section(prose(5, "Antrag"), (TITLE, "Unterlagen")),
        Section(prose(6, "Plan"), (TITLE, "Gebühren")),
    ])
    chunks = chunk_document(doc)
    assert [c.heading for c in chunks] == [TITLE, "Bauantrag › Unterlagen", "Bauantrag › Gebühren"]
    assert [c.ordinal for c in chunks] == [0, 1, 2]
    assert chunks[0].search_text == f"{TITLE}\n{prose(4)}"  # heading == title: not repeated
    assert chunks[1].search_text == f"{TITLE}\nBauantrag › Unterlagen\n{prose(5, 'Antrag')}"
    assert chunks[1].text == prose(5, "Antrag")


def test_never_merges_across_top_level_sections() -> None:
    doc = ParsedDocument(TITLE, [
        Section("Das Bauamt berät Sie gern.", (TITLE, "Beratung")),
        Section("Die Gebühr beträgt 50 Euro.", (TITLE, "Gebühren")),
        Section("Zahlbar per Überweisung.", (TITLE, "Zahlung")),
    ])
    chunks = chunk_document(doc)
    assert [c.text for c in chunks] == [s.text for s in doc.sections]


def test_tiny_subsection_merges_into_previous_chunk_of_same_section() -> None:
    doc = ParsedDocument(TITLE, [
        Section(prose(5), (TITLE, "Unterlagen")),
        Section("Der Lageplan muss aktuell sein.", (TITLE, "Unterlagen", "Lageplan")),
        Section(prose(5, "Plan"), (TITLE, "Gebühren")),
    ])
    chunks = chunk_document(doc)
    assert len(chunks) == 2
    assert chunks[0].heading == "Bauantrag › Unterlagen"
    assert chunks[0].text == f"{prose(5)}\n\nLageplan\nDer Lageplan muss aktuell sein."
    assert chunks[1].heading == "Bauantrag › Gebühren"


def test_packs_paragraphs_of_one_section_up_to_target() -> None:
    paragraphs = [prose(3, f"Antrag{i}") for i in range(8)]  # 8 × 30 words
    doc = ParsedDocument(TITLE, [Section("\n\n".join(paragraphs), (TITLE, "Ablauf"))])
    chunks = chunk_document(doc, target_words=120, max_words=200)
    assert [words(c.text) for c in chunks] == [120, 120]
    assert chunks[0].text == "\n\n".join(paragraphs[:4])


def test_long_paragraph_is_split_at_sentence_boundaries() -> None:
    paragraph = prose(50)  # 500 words, one paragraph
    chunks = chunk_document(ParsedDocument(TITLE, [Section(paragraph, (TITLE,))]))
    assert len(chunks) > 2
    assert all(words(c.text) <= 200 for c in chunks)
    assert all(c.text.startswith("Satz ") and c.text.endswith(".") for c in chunks)
    assert " ".join(c.text for c in chunks) == paragraph


def test_sentence_split_respects_german_abbreviations() -> None:
    sentence = ("Bringen Sie z. B. den Ausweis und die Urkunde Nr. 5 mit, "
                "spätestens am 1. Januar, vgl. Abs. 2 der Satzung. ")
    paragraph = (sentence * 20).strip()  # 20 sentences, 21 words each
    chunks = chunk_document(ParsedDocument(TITLE, [Section(paragraph)]))
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.text.startswith("Bringen Sie z. B.")
        assert chunk.text.endswith("der Satzung.")


def test_single_endless_sentence_is_cut_by_words() -> None:
    paragraph = " ".join(["Verwaltungsvorschrift"] * 450)
    chunks = chunk_document(ParsedDocument(TITLE, [Section(paragraph)]), 120, 200)
    assert [words(c.text) for c in chunks] == [120, 120, 120, 90]


def test_long_list_is_split_at_lines() -> None:
    lines = [f"- Unterlage Nummer {i} für den Bauantrag im Stadtgebiet" for i in range(40)]
    chunks = chunk_document(ParsedDocument(TITLE, [Section("\n".join(lines), (TITLE,))]))
    assert len(chunks) > 1
    assert all(line.startswith("- ") for c in chunks for line in c.text.split("\n"))


def test_page_is_where_the_chunk_starts() -> None:
    doc = ParsedDocument("Abfallkalender", [
        Section(prose(5, "Restmüll"), (), 1),
        Section(prose(5, "Biomüll"), (), 2),
        Section(prose(25, "Sperrmüll"), (), 3),  # 250 words: split in two
    ])
    chunks = chunk_document(doc, target_words=120, max_words=200)
    assert [c.page for c in chunks] == [1, 3, 3]
    assert chunks[0].text == f"{prose(5, 'Restmüll')}\n\n{prose(5, 'Biomüll')}"
    assert chunks[0].heading == ""
    assert chunks[0].search_text.startswith("Abfallkalender\nSatz 1")


def test_top_level_is_first_branching_heading_level() -> None:
    # No common root heading: the first level ("Anmelden", "Abmelden") is top level.
    doc = ParsedDocument("Meldewesen", [
        Section("Kurzer Hinweis zum Anmelden.", ("Anmelden",)),
        Section("Kurzer Hinweis zum Abmelden.", ("Abmelden",)),
        Section("Kurzer Hinweis zur Frist.", ("Abmelden", "Frist")),
    ])
    chunks = chunk_document(doc)
    assert [c.heading for c in chunks] == ["Anmelden", "Abmelden"]
    assert chunks[1].text == "Kurzer Hinweis zum Abmelden.\n\nFrist\nKurzer Hinweis zur Frist."


def test_tiny_chunk_not_merged_beyond_max_words() -> None:
    doc = ParsedDocument(TITLE, [
        Section(prose(19), (TITLE, "Ablauf")),
        Section("Ende des Verfahrens.", (TITLE, "Ablauf", "Ende")),
    ])
    chunks = chunk_document(doc, target_words=190, max_words=190)
    assert len(chunks) == 2
    assert words(chunks[1].text) < MIN_WORDS


def test_deterministic() -> None:
    doc = HtmlParser().parse((FIXTURES / "wohnsitz-anmelden.html").read_bytes(), "s.html")
    assert chunk_document(doc) == chunk_document(doc)


def test_parsed_html_page_end_to_end() -> None:
    doc = HtmlParser().parse((FIXTURES / "wohnsitz-anmelden.html").read_bytes(), "s.html")
    chunks = chunk_document(doc)
    assert [c.heading for c in chunks] == [
        "Wohnsitz anmelden",
        "Wohnsitz anmelden › Welche Unterlagen brauche ich?",
        "Wohnsitz anmelden › Öffnungszeiten des Bürgerbüros",
    ]
    assert "Wohnungsgeberbestätigung\nDer Vermieter muss" in chunks[1].text
    assert all(c.search_text.startswith("Wohnsitz anmelden\n") for c in chunks)


def test_rejects_inconsistent_sizes() -> None:
    with pytest.raises(ValueError):
        chunk_document(ParsedDocument(TITLE, [Section("Text")]), target_words=300, max_words=200)
