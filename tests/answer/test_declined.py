"""Requests declined wherever they stand (answer/smalltalk/declined.py): a
creative text, the bot's opinion on a personal decision, the Moon's
registration office — and the ordinary questions that share their words."""

import pytest

from rathaus.answer import smalltalk
from rathaus.answer.smalltalk import creative_words, out_of_scope_words
from rathaus.answer.smalltalk.replies import GREETING
from rathaus.answer.wordlists import normalise
from rathaus.language import detect_language
from tests.answer.question_sets import BENCH, DEMO_QUESTIONS, questions


@pytest.mark.parametrize("message, language", [
    # a creative work and an act of making it, anywhere in the message
    ("Meine Kollegin geht in Rente, kannst du ihr ein Gedicht über das Bürgerbüro schreiben?", "de"),
    ("For my dad's birthday, could you write a funny song about the vehicle registration office?", "en"),
    ("Mój syn ma urodziny – napisz mu wierszyk o paszporcie.", "pl"),
    ("Peux-tu m'écrire une chanson sur mon titre de séjour ?", "fr"),
    ("Мій брат одружується, напиши йому вірш про РАЦС.", "uk"),
    ("Escríbeme un cuento corto sobre la oficina de empadronamiento, por favor.", "es"),
    ("给我写一首关于护照的歌", "zh"),
    ("ለጓደኛዬ ልደት ስለ መኖሪያ ፈቃድ አንድ አጭር ግጥም ጻፍልኝ።", "am"),
    ("ስለ መንጃ ፈቃድ ፈተና አንድ ቀልድ ንገረኝ", "am"),
    # the bot's opinion on a personal decision
    ("Welches Auto soll ich kaufen, einen Golf oder einen Polo?", "de"),
    ("Should I quit my job and move back home?", "en"),
    ("Sizce hangi partiye oy vermeliyim, seçim yaklaşıyor?", "tr"),
    ("Dovrei licenziarmi e aprire un bar?", "it"),
    ("የትኛውን መኪና ልግዛ፣ ቶዮታ ወይስ ቮልስዋገን?", "am"),
    # places and beings no town's records hold
    ("Wie melde ich meinen Wohnsitz auf dem Mars an?", "de"),
    ("How much does a residents' parking permit for my unicorn cost?", "en"),
    ("Как зарегистрировать дракона в ведомстве?", "ru"),
    ("በማርስ ላይ መኖሪያዬን እንዴት ማስመዝገብ እችላለሁ?", "am"),
])
def test_the_request_is_declined_in_its_language(message, language):
    talk = smalltalk.recognise(message)
    assert talk is not None and talk.intents == {"request"} and talk.offers_person
    # a stem of several languages ("unicorn*"): the detected one, where it is among them, as the chat does
    assert talk.language(detect_language(message)) == language


@pytest.mark.parametrize("message", [
    "Wie schreibe ich einen Widerspruch gegen den Gebührenbescheid?",  # writing, but nothing creative
    "Gibt es in der Stadtbibliothek Lesungen mit Gedichten?",  # a creative work, nothing to make
    "Darf bei der Trauung im Standesamt ein Lied gespielt werden?",
    "Was denkst du, brauche ich für den Reisepass einen Termin?",  # a hedge before a real question
    "What do you think, how long does a new ID card take?",
    "Sizce başvuru ne kadar sürer?",
    "Soll ich den Antrag online stellen oder vor Ort?",
    "Ist es besser, den Pass oder den Personalausweis zu beantragen?",
    "Welche Unterlagen sollte ich zur Eheschließung mitbringen?",
    "Wie melde ich mein Auto ab?", "Wo kann ich bei der Kommunalwahl wählen?",
    "Wir wollen heiraten – was brauchen wir vom Standesamt?",
    "በሰርግ ሥነ ሥርዓቱ ላይ ዘፈን ማጫወት ይቻላል?",  # Amharic: a song, nothing to make
    "ለውጭ ዜጎች ቢሮ ደብዳቤ እንዴት እጽፋለሁ?",  # writing, nothing creative
    "በከተማው ቤተ መጻሕፍት ግጥም የሚነበብበት ምሽት አለ?",
    "ምን ይመስልሃል፣ ለፓስፖርት ቀጠሮ ያስፈልገኛል?",  # a hedge before a real question
    "ስራዬን ብለቅ የመኖሪያ ፈቃዴ ምን ይሆናል?",  # quitting a job, asked about the residence permit
    "ቤት መግዛት እፈልጋለሁ፣ የንብረት ግብር ስንት ነው?",
    "በከተማው ምርጫ የት መምረጥ እችላለሁ?", "ማግባት እንፈልጋለን፣ ከመዝገብ ቤቱ ምን ያስፈልገናል?",
])
def test_ordinary_questions_are_not_declined(message):
    assert smalltalk.recognise(message) is None


@pytest.mark.parametrize("module, table", [(creative_words, "CREATIVE_WORKS"), (creative_words, "CREATIVE_ACTS"),
                                           (out_of_scope_words, "OPINION"), (out_of_scope_words, "FANTASY")])
def test_every_language_of_the_chat_has_entries_and_stems_are_long_enough(module, table):
    by_language = getattr(module, table)
    assert set(GREETING) <= set(by_language)
    for language, entries in by_language.items():
        for entry in entries.split("|"):
            assert entry.strip(), f"{table}[{language}] has an empty entry"
            for word in entry.split():
                if word.endswith("*"):
                    assert len(normalise(word[:-1])[-1]) >= 3, f"{table}[{language}]: stem {word!r} too short"


def test_no_question_of_our_in_scope_sets_is_declined():
    """Every question a Munich page or the demo answers (ours, 2,000+ in 25
    languages, plus in-scope questions worded like requests declined) goes on
    to the search: none is declined, none read as a crisis."""
    paths = sorted(BENCH.glob("munich_*.tsv")) + [BENCH / "inscope_lookalikes_dev.tsv", DEMO_QUESTIONS]
    declined = [(path.name, lang, q) for path in paths for lang, q in questions(path)
                if (talk := smalltalk.recognise(q)) is not None and talk.intents & {"request", "crisis"}]
    assert len(paths) > 20 and declined == []
