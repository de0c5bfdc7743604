"""The widget's UI catalogue: complete in every language, placeholders intact."""

import re

import pytest

from rathaus.channels.widget import i18n
from rathaus.handoff.intent import asks_for_person
from rathaus.language import direction

REQUIRED = {"de", "en", "uk", "ar", "tr", "ru", "fa", "pl", "ro", "fr", "es", "it", "hr", "el", "bg", "cs", "nl", "hu", "zh",
            "pt", "sq", "vi", "ku", "ps", "ckb", "ti", "so", "am"}
PLACEHOLDER = re.compile(r"\{\w+\}")


def test_at_least_the_twenty_eight_required_languages_german_first():
    assert REQUIRED <= set(i18n.languages())
    assert i18n.languages()[0] == "de"


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_every_catalogue_has_every_key_and_the_same_placeholders(language):
    source = i18n.catalogue("de")
    strings = i18n.catalogue(language)
    assert list(strings) == list(source)
    for key, text in strings.items():
        assert text.strip(), f"{language}:{key} is empty"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source[key])), f"{language}:{key}"
    if language != "de":
        assert strings["send"] != source["send"], f"{language} looks untranslated"


@pytest.mark.parametrize(
    "wanted, expected",
    [("uk,en,de", "uk"), ("en-US,de", "en"), ("hr-HR,de", "hr"), ("el,en", "el"), ("bg-BG,de", "bg"), ("cs,de", "cs"),
     ("nl-NL,nl,en", "nl"), ("hu-HU,de", "hu"), ("zh-CN,zh,en", "zh"), ("pt-BR,fr", "pt"),
     ("pt-PT,en", "pt"), ("sq-AL,de", "sq"), ("vi-VN,vi,en", "vi"), ("ku,tr,de", "ku"), ("ps-AF,fa,de", "ps"), ("ckb-IQ,ar,de", "ckb"), ("ti-ER,de", "ti"), ("so-SO,en,de", "so"), ("am-ET,en,de", "am"), ("ja-JP,fr", "fr"), ("xx", "de"), ("", "de"), (None, "de"), ("AR", "ar")],
)
def test_negotiation_takes_the_first_supported_language(wanted, expected):
    assert i18n.negotiate(wanted) == expected


def test_unknown_catalogue_is_a_key_error():
    with pytest.raises(KeyError):
        i18n.catalogue("../../etc/passwd")


@pytest.mark.parametrize("language, name", [("bg", "Български"), ("cs", "Čeština"), ("nl", "Nederlands"),
                                            ("hu", "Magyar"), ("zh", "中文"), ("pt", "Português"), ("sq", "Shqip"),
                                            ("vi", "Tiếng Việt"), ("ku", "Kurdî"),
                                            ("ps", "پښتو"), ("ckb", "کوردی (سۆرانی)"), ("ti", "ትግርኛ"),
                                            ("so", "Soomaali"), ("am", "አማርኛ")])
def test_language_names_in_their_own_language(language, name):
    assert i18n.catalogue(language)["language_name"] == name


@pytest.mark.parametrize("language", i18n.languages())
def test_the_talk_to_a_person_button_is_read_as_asking_for_a_person(language):
    # the button sends its label as a chat message (js/handoff.js, talkToPerson)
    assert asks_for_person(i18n.catalogue(language)["talk_to_person"], language)


@pytest.mark.parametrize("language", ["ar", "fa", "ps", "ckb"])
def test_right_to_left_catalogues_are_laid_out_right_to_left(language):
    # the widget's config takes its direction from rathaus.language.direction (channels/widget/routes.py)
    assert language in i18n.languages() and direction(language) == "rtl"
