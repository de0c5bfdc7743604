"""Someone who writes that they want to die or are being hurt gets the help
numbers in their language, before anything else (answer/smalltalk/crisis_words.py,
replies.CRISIS_REPLY)."""

import pytest

from rathaus.answer import smalltalk
from rathaus.answer.smalltalk.crisis_words import CRISIS
from rathaus.answer.smalltalk.crisis_reply import CRISIS_REPLY
from rathaus.answer.smalltalk.replies import GREETING
from rathaus.language import detect_language

NUMBERS = ("112", "110", "0800 111 0 111", "0800 111 0 222", "116 123", "116 016")


@pytest.mark.parametrize("message, language", [
    ("Ich will nicht mehr leben.", "de"),
    ("Ich kann nicht mehr, ich will mich umbringen", "de"),
    ("Mein Mann schlägt mich, ich weiß nicht wohin", "de"),
    ("I want to kill myself", "en"),
    ("Я не хочу жить", "ru"),
    ("Я хочу покінчити з життям", "uk"),
    ("Kendimi öldürmek istiyorum", "tr"),
    ("أريد أن أنتحر", "ar"),
    ("Chcę popełnić samobójstwo", "pl"),
    ("ራሴን ማጥፋት እፈልጋለሁ", "am"),
    ("ከእንግዲህ መኖር አልፈልግም", "am"),
    ("መሞት እፈልጋለው", "am"),
    ("ባለቤቴ ይደበድበኛል፣ የት እንደምሄድ አላውቅም", "am"),
    ("ሊገድለኝ ነው፣ እባካችሁ እርዱኝ", "am"),
])
def test_a_crisis_gets_the_help_numbers_in_its_language(message, language):
    talk = smalltalk.recognise(message)
    assert talk is not None and talk.intents == {"crisis"} and talk.offers_person
    reply = talk.reply(talk.language(detect_language(message)), "Musterstadt")
    assert reply == CRISIS_REPLY[language]
    assert all(number in reply for number in NUMBERS)


def test_a_long_message_is_read_to_the_end():
    message = ("Ich habe seit Monaten keine Wohnung und das Jobcenter hilft mir nicht, ich habe alles versucht, "
               "Anträge gestellt, Termine wahrgenommen, gewartet und wieder gewartet, und jetzt will ich "
               "einfach nicht mehr leben.")
    assert smalltalk.recognise(message).intents == {"crisis"}


@pytest.mark.parametrize("message", [
    "Wie bekomme ich eine Sterbeurkunde?", "Mein Vater ist gestorben, was muss ich jetzt tun?",
    "My mother died – how do I register the death?", "Wo melde ich einen Todesfall?",
    "Was kostet eine Bestattung auf dem Friedhof?", "Wie lange lebt man mit einem Aufenthaltstitel in Deutschland?",
    # Amharic: a death certificate, a death in the family, living (residing) somewhere, an accident, inheritance
    "የሞት የምስክር ወረቀት እንዴት አገኛለሁ?", "አባቴ ሞቷል፣ አሁን ምን ማድረግ አለብኝ?",
    "በዚህ ቤት መኖር አልፈልግም፣ ምዝገባዬን እንዴት እሰርዛለሁ?", "መኪና መታኝ፣ ለማን ሪፖርት አደርጋለሁ?",
    "አደጋ ደረሰብኝ፣ የፖሊስ ሪፖርት የት አገኛለሁ?", "ብሞት ንብረቴን ማን ይወርሳል?",
])
def test_death_and_bereavement_are_ordinary_questions(message):
    assert smalltalk.recognise(message) is None


def test_every_reply_names_every_number_and_every_chat_language_has_words_and_a_reply():
    assert set(GREETING) <= set(CRISIS) and set(GREETING) <= set(CRISIS_REPLY)
    for language, reply in CRISIS_REPLY.items():
        assert all(number in reply for number in NUMBERS), language


@pytest.mark.parametrize("message, asked", [
    # violence and a question besides: the question is searched without the crisis words
    ("Mein Mann schlägt mich, wie bekomme ich eine Auskunftssperre?", "wie bekomme ich eine Auskunftssperre"),
    ("My husband beats me. How can I block my address from the register?",
     "How can I block my address from the register"),
    # the crisis words are the question's topic: all of it is searched
    ("Wie beantrage ich eine Auskunftssperre wegen häuslicher Gewalt?",
     "Wie beantrage ich eine Auskunftssperre wegen häuslicher Gewalt?"),
    ("ባለቤቴ ይደበድበኛል። አዲሱን አድራሻዬን እንዴት መደበቅ እችላለሁ?", "አዲሱን አድራሻዬን እንዴት መደበቅ እችላለሁ"),
])
def test_a_question_beside_violence_is_answered_after_the_numbers(message, asked):
    assert smalltalk.beside_crisis(message) == asked


@pytest.mark.parametrize("message", [
    "Ich will mich umbringen. Wo kann ich einen Waffenschein beantragen?",  # self-harm: the numbers only
    "I want to kill myself. How do I get a gun licence?",
    "Я хочу покончить с собой. Где купить таблетки?",
    "ራሴን ማጥፋት እፈልጋለሁ። መድሃኒት የት መግዛት እችላለሁ?",
    "Mein Mann schlägt mich, ich weiß nicht wohin",  # no question
])
def test_self_harm_or_no_question_gets_the_numbers_only(message):
    assert smalltalk.beside_crisis(message) == ""
