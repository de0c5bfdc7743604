"""Every per-language table of fixed sentences covers the same languages, with
the placeholders of the German text (Croatian and Greek included)."""

from string import Formatter

import pytest

from rathaus.answer import followup, generative, live, phrases, smalltalk
from rathaus.handoff import intent
from rathaus.handoff import phrases as handoff_phrases

LANGUAGES = list(phrases.FOUND)
SENTENCES = {
    "answer.FOUND": phrases.FOUND, "answer.NOT_FOUND": phrases.NOT_FOUND,
    "answer.OFFER_HANDOFF": phrases.OFFER_HANDOFF, "answer.MORE_PAGES": phrases.MORE_PAGES,
    "handoff.HANDED_OVER": handoff_phrases.HANDED_OVER, "handoff.NOBODY_ON_DUTY": handoff_phrases.NOBODY_ON_DUTY,
    "handoff.TICKET_CREATED": handoff_phrases.TICKET_CREATED,
    "smalltalk.GREETING": smalltalk.GREETING, "smalltalk.GOODBYE": smalltalk.GOODBYE,
    "smalltalk.HOW_ARE_YOU": smalltalk.HOW_ARE_YOU, "smalltalk.DECLINE": smalltalk.DECLINE,
    "smalltalk.IDENTITY": smalltalk.IDENTITY, "live.STALE": live.STALE,
}


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def test_hr_and_el_are_answer_languages():
    assert {"hr", "el"} <= set(LANGUAGES)


@pytest.mark.parametrize("table", sorted(SENTENCES))
def test_every_sentence_table_has_every_language_and_the_german_placeholders(table):
    by_language = SENTENCES[table]
    assert set(by_language) == set(LANGUAGES), table
    for language, text in by_language.items():
        assert text.strip(), f"{table}:{language}"
        assert names(text) == names(by_language["de"]), f"{table}:{language}"


def test_tables_of_several_parts_and_patterns_have_every_language():
    for language in LANGUAGES:
        assert len(smalltalk.THANKS[language]) == 2
        assert [names(p) for p in live.PHRASES[language]] == [names(p) for p in live.PHRASES["de"]], language
        assert language in generative.LANGUAGE_NAMES
        assert language in followup.REFERRING
        assert language in smalltalk.REQUESTS
        for intent_name, by_language in smalltalk.PHRASES.items():
            assert by_language.get(language, "").strip(), f"{intent_name}:{language}"
    assert set(intent.PATTERNS) >= set(LANGUAGES)


@pytest.mark.parametrize("table", ["answer.FOUND", "answer.MORE_PAGES"])
def test_sources_are_said_to_be_german(table):
    assert "njemačk" in SENTENCES[table]["hr"]
    assert "γερμανικά" in SENTENCES[table]["el"]
