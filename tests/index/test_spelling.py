from collections import Counter

import pytest

from rathaus.db import repository as repo
from rathaus.db.engine import Database
from rathaus.index.expansion import expand_query
from rathaus.index.hybrid import HybridIndex
from rathaus.index.spelling import Spelling
from rathaus.testing.fakes import HashingEmbedder
from rathaus.testing.index import store_page

WORDS = Counter({"personalausweis": 9, "abmelden": 4, "adresse": 5, "meldebescheinigung": 3, "beglaubigung": 2,
                 "wohnung": 6, "wohnungen": 2, "schule": 7, "einkommen": 3, "kita": 5, "typfehler": 1})


@pytest.mark.parametrize("typed, meant", [
    ("persnalausweis", "personalausweis"),  # a letter left out
    ("abmedlen", "abmelden"),  # two letters swapped: one edit
    ("adressse", "adresse"),  # a letter doubled
    ("wohnugn", "wohnung"),
    ("meldebeschienigung", "meldebescheinigung"),
    ("melldebescheinigun", "meldebescheinigung"),  # long words may have two errors
    ("beglaubigunng", "beglaubigung"),
])
def test_a_mistyped_word_becomes_the_documents_word(typed, meant):
    assert Spelling(WORDS).correct(typed) == meant


@pytest.mark.parametrize("word", [
    "personalausweis",  # known
    "wohnungen",  # known
    "kiat",  # too short to guess
    "schuldet",  # a real word two edits from "schule": only long words may have two
    "einkommen",  # known; and "mitkommen" must not become it:
    "mitkommen",  # the first letter differs
    "typfehlr",  # "typfehler" occurs once in the documents: maybe a typo of theirs
    "abc123",
])
def test_known_short_or_distant_words_stay_as_they_are(word):
    assert Spelling(WORDS).correct(word) is None


def test_ties_go_to_the_word_the_documents_use_most():
    spelling = Spelling(Counter({"antrag": 2, "antrat": 8}))
    assert spelling.correct("antrar") == "antrat"


@pytest.fixture
def two_towns(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'spelling.db'}")
    db.migrate()
    embedder = HashingEmbedder()
    with db.session() as session:
        a = repo.ensure_tenant(session, "stadt-a").id
        b = repo.ensure_tenant(session, "stadt-b").id
    store_page(db, a, "ausweis", "Personalausweis",
               "Den Personalausweis beantragen Sie persönlich im Bürgerbüro, Gebühr 37 Euro.", embedder)
    store_page(db, a, "muell", "Müllabfuhr", "Die Restmülltonne wird alle zwei Wochen geleert.", embedder)
    store_page(db, a, "post", "Pakete", "Jedes Paket wird gewogen; gewogen wird am Schalter.", embedder)
    store_page(db, b, "hund", "Hundesteuer", "Die Hundesteuer beträgt 96 Euro im Jahr.", embedder)
    yield HybridIndex(db, lambda _tenant: embedder), a, b
    db.dispose()


def test_a_german_question_is_searched_with_the_documents_word_added(two_towns):
    index, a, _ = two_towns
    # the correction comes first, so that the word lists see it too ("Personalausweis, Antrag, …")
    searched = index.expanded(a, "Persnalausweis beantragen", "de")
    assert searched.startswith("Persnalausweis beantragen personalausweis (Personalausweis")
    assert index.search(a, "Persnalausweis", k=1, language="de")[0].external_id == "ausweis"
    # a question without typing errors is searched as the word lists alone expand it
    assert index.expanded(a, "Personalausweis beantragen", "de") == expand_query("Personalausweis beantragen", "de")


def test_questions_in_other_languages_are_not_corrected(two_towns):
    index, a, _ = two_towns
    # the town's words are German: an English question's words are not compared with them (the
    # glossary forgives typing errors in the concepts' names in every language but German instead)
    assert not index.expanded(a, "Persnalausweis please", "en").startswith("Persnalausweis please personalausweis")


def test_a_town_only_gets_its_own_words_as_corrections(two_towns):
    index, a, b = two_towns
    assert "hundesteuer" not in index.expanded(a, "Was kostet die Hundestuer?", "de").lower()
    assert index.expanded(b, "Was kostet die Hundestuer?", "de").startswith("Was kostet die Hundestuer? hundesteuer")


def test_words_of_the_everyday_glossary_are_not_typing_errors(two_towns):
    index, a, _ = two_towns
    question = "Bin gerade hierher gezogen"  # "gezogen" is one edit from the page's "gewogen"
    assert not index.expanded(a, question, "de").startswith(f"{question} gewogen")
    assert index.expanded(a, "Wo wird das Paket gewgen?", "de").startswith("Wo wird das Paket gewgen? gewogen")
