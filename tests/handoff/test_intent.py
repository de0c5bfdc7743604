"""Recognising a request for a person, in the citizen's language."""

import pytest

from rathaus.handoff.intent import asks_for_person


@pytest.mark.parametrize(
    "message, language",
    [
        ("Ich möchte mit einem Menschen sprechen", "de"),
        ("Kann ich bitte mit einem Mitarbeiter reden?", "de"),
        ("Verbinden Sie mich mit einem Sachbearbeiter", "de"),
        ("Can I talk to a human?", "en"),
        ("I want to speak to a real person", "en"),
        ("Я хочу поговорити з людиною", "uk"),
        ("Зв’яжіть мене з працівником", "uk"),
        ("Соедините меня с оператором", "ru"),
        ("Bir insanla konuşmak istiyorum", "tr"),
        ("أريد التحدث مع موظف", "ar"),
        ("می‌خواهم با یک کارمند صحبت کنم", "fa"),
        ("Chcę porozmawiać z konsultantem", "pl"),
        ("Vreau să vorbesc cu un operator", "ro"),
        ("Je voudrais parler à un conseiller", "fr"),
        ("Quiero hablar con una persona", "es"),
        ("Vorrei parlare con un operatore", "it"),
        ("Želim razgovarati sa službenikom", "hr"),
        ("Mogu li razgovarati s nekim?", "hr"),
        ("Želim razgovarati s osobom iz matičnog ureda", "hr"),
        ("Hoću da pričam sa živom osobom", "hr"),  # Serbian, Bosnian
        ("zelim razgovarati s covjekom", "hr"),  # typed without diacritics
        ("Θέλω να μιλήσω με έναν υπάλληλο", "el"),
        ("Μπορώ να μιλήσω με άνθρωπο;", "el"),
        ("θελω να μιλησω με πραγματικο ανθρωπο", "el"),
        ("talk to a human please", "de"),  # language detection got it wrong: other languages are tried
    ],
)
def test_requests_for_a_person(message, language):
    assert asks_for_person(message, language)


@pytest.mark.parametrize(
    "message, language",
    [
        ("Welche Unterlagen braucht eine Person für den Personalausweis?", "de"),
        ("Wie melde ich meinen Wohnsitz an?", "de"),
        ("Muss ich persönlich ins Bürgerbüro kommen?", "de"),
        ("How much does a passport cost per person?", "en"),
        ("Скільки коштує паспорт?", "uk"),
        ("Koliko košta osobna iskaznica?", "hr"),
        ("Koje dokumente treba osoba za prijavu prebivališta?", "hr"),
        ("Kojoj osobi se trebam obratiti za vjenčanje?", "hr"),
        ("Πόσο κοστίζει το διαβατήριο;", "el"),
        ("Ποια έγγραφα χρειάζεται ένας υπάλληλος για την άδεια;", "el"),
        ("", "de"),
    ],
)
def test_ordinary_questions_are_not_requests_for_a_person(message, language):
    assert not asks_for_person(message, language)
