"""The "no good answer" decision (rathaus.answer.grounding)."""

import pytest

from rathaus.answer.foreign import another_states_business
from rathaus.answer.grounding import ANOTHER_STATE, elsewhere, is_grounded, threshold_for
from rathaus.models import SearchHit

EMBEDDER = "e5-small-q4*1+use-multilingual-q*0.3"


def hits(dense: float, lexical: float) -> list[SearchHit]:
    return [SearchHit(1, 1, "page", "Page", "https://x.example/page", "Text.", "", None, 1.0, "de", dense, lexical)]


def test_the_best_hits_dense_evidence_decides_against_the_embedders_threshold():
    german, other = threshold_for(EMBEDDER, True), threshold_for(EMBEDDER, False)
    assert other < german  # cross-language similarities run lower
    assert is_grounded(hits(german, 3.0), EMBEDDER, True) and not is_grounded(hits(german - 0.01, 3.0), EMBEDDER, True)
    assert is_grounded(hits(other, 3.0), EMBEDDER, False) and not is_grounded(hits(other - 0.01, 3.0), EMBEDDER, False)
    assert not is_grounded([], EMBEDDER)


def test_a_towns_own_threshold_replaces_the_calibrated_one():
    assert is_grounded(hits(0.7, 1.0), EMBEDDER, True, threshold=0.6)
    assert not is_grounded(hits(0.7, 1.0), EMBEDDER, True, threshold=0.8)


@pytest.mark.parametrize("question", [
    "Wie verlängere ich meinen türkischen Reisepass beim Generalkonsulat in München?",
    "How do I renew my Indian passport at the embassy in Berlin?",
    "Как продлить паспорт в консульстве Украины?",
    "Come rinnovo la carta d'identità al consolato?",
    "كيف أجدد جواز سفري في القنصلية؟",
    "የኢትዮጵያ ፓስፖርቴን በፍራንክፈርት ኤምባሲ ለማሳደስ ምን ሰነዶች ያስፈልጋሉ?",  # Amharic: prepositions joined
    "መታወቂያዬን ከቆንስላው ለማራዘም ቀጠሮ እንዴት እይዛለሁ?",
])
def test_another_states_passport_at_its_consulate_is_never_answered_from_the_towns_pages(question):
    assert another_states_business(question)
    assert elsewhere(question) == ANOTHER_STATE


@pytest.mark.parametrize("question", [
    "Wie verlängere ich meinen Reisepass?",  # the town issues German passports
    "My consulate issued me a new passport – what do I do with my residence permit card?",  # the town's page
    "Konsolosluktan yeni pasaport aldım, oturum kartımı aktarmam gerekiyor mu?",
    "Meine Botschaft stellt mir keinen Pass aus – bekomme ich einen Reiseausweis?",
    "Wie verlängere ich meinen Aufenthaltstitel?",
    "ፓስፖርቴን እንዴት ማደስ እችላለሁ?",  # no embassy named: a German passport
    "ከኤምባሲው አዲስ ፓስፖርት አገኘሁ፣ የመኖሪያ ፈቃዴን ምን ላድርግ?",  # got it: the residence permit's transfer
    "የመኖሪያ ፈቃዴን እንዴት ማራዘም እችላለሁ?",
])
def test_the_towns_own_business_around_consulates_still_counts(question):
    assert not another_states_business(question)
    assert elsewhere(question) is None


def test_the_chat_says_another_states_passport_is_its_consulates_matter(runtime):
    import asyncio

    from rathaus.answer import phrases
    from rathaus.answer.service import AnswerService
    from rathaus.demo import ensure_demo

    ensure_demo(runtime)
    result = asyncio.run(AnswerService(runtime).answer(
        "musterstadt", "Wie verlängere ich meinen türkischen Reisepass beim Generalkonsulat?"))
    assert result.grounded is False and result.handoff_offered
    assert result.answer.startswith(phrases.ANOTHER_STATE["de"])
