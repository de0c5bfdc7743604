"""Another German town's office (answer/other_town.py): its pages are not the
own town's, so such a question is never grounded; a question that only
mentions another town (moved from there, born there) still is."""

import pytest

from rathaus.answer.grounding import is_grounded
from rathaus.answer.other_town import another_towns_office
from rathaus.models import SearchHit
from tests.answer.question_sets import BENCH, DEMO_QUESTIONS, questions

EMBEDDER = "e5-small-q4*1+use-multilingual-q*0.3"
STRONG = [SearchHit(1, 1, "page", "Bürgerbüro", None, "Text.", "", None, 1.0, "de", 2.0, 9.0)]


@pytest.mark.parametrize("question", [
    "Wann hat das Bürgeramt in Leipzig offen?",
    "What are the opening hours of the Ausländerbehörde in Frankfurt?",
    "Які години роботи Ausländerbehörde у Берліні?",
    "Köln'deki Bürgeramt cumartesi açık mı?",
    "ساعات کاری Bürgeramt در فرانکفورت چیه؟",
    "Ich wohne in Köln – wann hat das Bürgeramt samstags offen?",  # living there now: that town's business
    "I live in Hamburg, how do I book an appointment at the Bürgeramt?",
    "Ausländerbehörde ናይ ሽቱትጋርት ሰዓት ክንደይ እዩ ዝኽፈት?",
])
def test_another_towns_office_is_never_answered_from_the_towns_pages(question):
    assert another_towns_office(question, "Landeshauptstadt München")
    assert not is_grounded(STRONG, EMBEDDER, True, question=question, town="Landeshauptstadt München")


@pytest.mark.parametrize("question", [
    "Ich ziehe von Berlin nach München, muss ich zum Bürgerbüro?",  # the own town named
    "Wann hat das Bürgerbüro in Munich offen?",  # the own town in another language
    "Мюнхен, Bürgerbüro, години роботи?",
    "Ich bin von Hamburg hierher gezogen, wann muss ich ins Bürgerbüro?",  # moved
    "Ich bin in Köln geboren, wo bestelle ich meine Geburtsurkunde beim Standesamt?",  # born there
    "Ich habe früher in Köln gewohnt, brauche ich beim Bürgerbüro eine Abmeldung von dort?",  # lived there
    "Wie beantrage ich einen Reisepass im Bürgerbüro?",  # no other town
    "Ich habe ein Auto in Hamburg gekauft, was muss ich bei der Zulassungsstelle tun?",
])
def test_a_question_that_only_mentions_another_town_is_the_own_towns(question):
    assert not another_towns_office(question, "Landeshauptstadt München")
    assert is_grounded(STRONG, EMBEDDER, True, question=question, town="Landeshauptstadt München")


def test_a_town_the_lists_do_not_know_is_told_by_the_words_of_its_name():
    assert not another_towns_office("Wann hat das Bürgerbüro in Süderbrarup offen?", "Amt Süderbrarup")
    assert another_towns_office("Wann hat das Bürgerbüro in Hamburg offen?", "Amt Süderbrarup")


def test_without_the_towns_name_the_rule_is_not_applied():
    question = "Wann hat das Bürgeramt in Leipzig offen?"
    assert is_grounded(STRONG, EMBEDDER, True, question=question)


def test_no_question_of_our_in_scope_sets_is_read_as_another_towns():
    """Every question a Munich page or the demo answers (ours, in 28 languages, also
    worded like out-of-scope ones: moving from Berlin, a car from Augsburg)."""
    munich = sorted(BENCH.glob("munich_*.tsv")) + sorted(BENCH.glob("inscope_lookalikes_*.tsv"))
    read = [(path.name, q) for path in munich for _, q in questions(path) if another_towns_office(q, "Muenchen")]
    read += [(DEMO_QUESTIONS.name, q) for _, q in questions(DEMO_QUESTIONS) if another_towns_office(q, "Musterstadt")]
    assert len(munich) > 20 and read == []
