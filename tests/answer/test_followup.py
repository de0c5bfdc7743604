"""Deciding whether a short message follows up on the previous question."""

import pytest

from rathaus.answer.followup import borrows_topic, is_follow_up, refers_back


@pytest.mark.parametrize(
    "message, language",
    [
        ("Und was kostet das?", "de"),
        ("Brauche ich dafür einen Termin?", "de"),
        ("And how long does it take?", "en"),
        ("А скільки часу це триває?", "uk"),
        ("Et combien de temps ça prend ?", "fr"),
        ("وكم يستغرق الإصلاح؟", "ar"),
        ("Se poate și online?", "ro"),
    ],
)
def test_messages_that_refer_back(message, language):
    assert refers_back(message, language)
    assert is_follow_up(message, language, lambda text: ["irgendwas"])  # referring wins


@pytest.mark.parametrize(
    "message, language, unknown, expected",
    [
        ("Welche Unterlagen brauche ich?", "de", [], True),  # the town's own words: same topic
        ("Wie hoch ist der Eiffelturm?", "de", ["eiffelturm"], False),  # a new, foreign topic
        ("How tall is the Eiffel Tower?", "en", ["tall", "eiffel", "tower"], False),
        ("E quando?", "it", ["quando"], True),  # too short to carry a topic of its own
        ("Wie beantrage ich einen Personalausweis für mein Kind im Ausland?", "de", [], False),  # long: stands alone
        ("Und was kostet es an einem Samstag?", "de", [], True),  # longer, but opens with "and"
        ("Randevu almam gerekiyor mu?", "tr", [], True),  # an appointment for what? The service before
        ("Kim dünya kupasını kazanır?", "tr", [], False),  # names nothing the glossary knows
        ("And how much does it cost on a Saturday?", "en", ["saturday"], True),
        ("وكم تكلفة ذلك يوم السبت؟", "ar", [], True),
        ("Und wie beantrage ich einen Personalausweis für mein Kind im Ausland, bitte?", "de", [], False),  # 11 words
        ("Und wie beantrage ich einen Reisepass für mein Kind?", "de", [], False),  # names a service: its own topic
        ("Und wer hat eigentlich das Fußballspiel gestern gewonnen?", "de", ["fußballspiel"], False),  # a new topic
        ("And who won the football match yesterday?", "en", [], False),  # asks nothing about a service
        ("چه کسی کیفیت آن را کنترل می‌کند؟", "fa", [], False),  # seven words, refers back, but names nothing
        ("", "de", [], False),
    ],
)
def test_follow_up_decision(message, language, unknown, expected):
    assert is_follow_up(message, language, lambda text: unknown) is expected


@pytest.mark.parametrize(
    "message, language, expected",
    [
        ("Was kostet das?", "de", True),
        ("Brauche ich dafür einen Termin?", "de", True),
        ("And how long does it take?", "en", True),
        ("Und der Reisepass?", "de", False),  # names a service of its own
        ("Personalausweis beantragen", "de", False),  # refers to nothing
        ("Wann kommt die gelbe Tonne?", "de", False),
    ],
)
def test_a_follow_up_borrows_its_topic_when_it_refers_back_and_names_no_service(message, language, expected):
    assert borrows_topic(message, language) is expected
