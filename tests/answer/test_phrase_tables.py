"""Every per-language table of fixed sentences covers the same languages, with
the placeholders of the German text (Croatian, Greek, Bulgarian, Czech, Dutch,
Hungarian, Chinese, Portuguese, Albanian, Vietnamese, Kurdish, Pashto, Sorani, Tigrinya,
Somali and Amharic included);
Serbian and Bosnian read the Croatian ones."""

from string import Formatter

import pytest

from datetime import datetime, timezone

from rathaus.answer import followup, generative, live, phrases, smalltalk
from rathaus.handoff import intent
from rathaus.handoff import phrases as handoff_phrases

LANGUAGES = list(phrases.FOUND)
SENTENCES = {
    "answer.FOUND": phrases.FOUND, "answer.NOT_FOUND": phrases.NOT_FOUND,
    "answer.ANOTHER_TOWN": phrases.ANOTHER_TOWN, "answer.ANOTHER_STATE": phrases.ANOTHER_STATE,
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


def test_bg_cs_nl_hu_zh_are_answer_languages():
    assert {"bg", "cs", "nl", "hu", "zh"} <= set(LANGUAGES)


def test_pt_sq_vi_ku_are_answer_languages():
    assert {"pt", "sq", "vi", "ku"} <= set(LANGUAGES)


def test_pashto_is_an_answer_language_written_right_to_left():
    from rathaus.language import LANGUAGES as DETECTED, direction

    assert "ps" in LANGUAGES and "ps" in DETECTED
    assert direction("ps") == "rtl"


def test_sorani_is_an_answer_language_written_right_to_left():
    # not among the identifier's languages: told by its own letters (rathaus.language)
    from rathaus.language import detect_language, direction

    assert "ckb" in LANGUAGES and detect_language("چۆن داوای پاسپۆرت بکەم؟") == "ckb"
    assert direction("ckb") == "rtl"


def test_tigrinya_and_somali_are_answer_languages_written_left_to_right():
    # not among the identifier's languages: told by their script and small words (rathaus.language)
    from rathaus.language import detect_language, direction

    assert {"ti", "so"} <= set(LANGUAGES)
    assert detect_language("ፓስፖርት ብኸመይ ክሓድስ እኽእል?") == "ti"
    assert detect_language("Sidee baan u heli karaa baasaboor cusub?") == "so"
    assert direction("ti") == direction("so") == "ltr"


def test_amharic_is_an_answer_language_written_left_to_right():
    # in Tigrinya's script, told from it by its own small words, "-ለሁ" and አ (rathaus.language)
    from rathaus.language import detect_language, direction

    assert "am" in LANGUAGES and "am" in generative.LANGUAGE_NAMES
    assert detect_language("አዲስ ፓስፖርት እንዴት ማግኘት እችላለሁ?") == "am"
    assert direction("am") == "ltr"


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


# "German" in the languages added since 2026-12-07 (the first twelve were checked when written)
GERMAN = {"hr": "njemačk", "el": "γερμανικά", "bg": "немски", "cs": "němčin", "nl": "Duits", "hu": "német",
          "zh": "德语", "pt": "alemão", "sq": "gjermanisht", "vi": "tiếng Đức", "ku": "almanî", "ps": "الماني",
          "ckb": "ئەڵمانی", "ti": "ጀርመንኛ", "so": "af Jarmal", "am": "ጀርመንኛ"}


@pytest.mark.parametrize("table", ["answer.FOUND", "answer.MORE_PAGES"])
def test_sources_are_said_to_be_german(table):
    for language, german in GERMAN.items():
        assert german in SENTENCES[table][language], language


@pytest.mark.parametrize("language", ["sr", "bs"])
def test_serbian_and_bosnian_get_the_croatian_sentences_not_german_and_english(language):
    assert phrases.phrase(phrases.FOUND, language) == phrases.FOUND["hr"]
    assert handoff_phrases.say(handoff_phrases.TICKET_CREATED, language, reference="X-1") == \
        handoff_phrases.TICKET_CREATED["hr"].format(reference="X-1")
    assert smalltalk.SmallTalk(frozenset({"thanks"}), ()).reply(language, "Musterstadt").startswith("Nema na čemu")
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, None, None),))
    assert fact.sentence(language).startswith(live.PHRASES["hr"][1])
    assert followup.refers_back("A koliko to košta?", language)
    assert phrases.phrase(phrases.FOUND, "xx") == f"{phrases.FOUND['de']} / {phrases.FOUND['en']}"


@pytest.mark.parametrize("message, language", [
    ("A kolik to stojí?", "cs"), ("En wat kost dat?", "nl"), ("És mennyibe kerül ez?", "hu"),
    ("А колко струва това?", "bg"), ("它多少钱？", "zh"), ("那个需要预约吗？", "zh"),
    ("E quanto custa isso?", "pt"), ("Preciso marcar hora para isso?", "pt"), ("Dhe sa kushton kjo?", "sq"),
    ("A duhet termin për këtë?", "sq"), ("Cái đó giá bao nhiêu?", "vi"), ("Và cần đặt lịch hẹn không?", "vi"),
    ("Ew çiqas e?", "ku"), ("Ji bo vê randevû pêwîst e?", "ku"),
    ("او دا څومره لګښت لري؟", "ps"), ("د دې لپاره وخت نیول اړین دي؟", "ps"), ("هلته څنګه ورشم؟", "ps"),
    ("ئەی ئەوە چەندی تێدەچێت؟", "ckb"), ("بۆ ئەمە پێویستە کات وەربگرم؟", "ckb"), ("چۆن بگەمە ئەوێ؟", "ckb"),
    ("እዚ ክንደይ ይኸፍል?", "ti"), ("ነዚ ቆጸራ የድሊ ዶ?", "ti"), ("ናብኡ ብኸመይ ይኽየድ?", "ti"),
    ("Oo taas immisa ayay ku kacaysaa?", "so"), ("Taas ma u baahan tahay ballan?", "so"),
    ("Halkaas sideen ku tagaa?", "so"),
    ("ይህ ስንት ያስከፍላል?", "am"), ("ለዚህ ቀጠሮ ያስፈልጋል?", "am"), ("ወደዚያ እንዴት እሄዳለሁ?", "am"),
    ("እና ምን ያህል ጊዜ ይወስዳል?", "am"),
])
def test_follow_up_cues_of_the_new_languages(message, language):
    assert followup.refers_back(message, language)


@pytest.mark.parametrize("message, language", [
    ("Kolik stojí cestovní pas?", "cs"), ("Hoeveel kost een paspoort?", "nl"),
    ("Mennyibe kerül az útlevél?", "hu"), ("Колко струва паспортът?", "bg"),
    ("护照多少钱？", "zh"), ("我怎么申请新的身份证？", "zh"), ("其它证件呢", "zh"),
    ("Quanto custa um passaporte?", "pt"), ("Como faço para pedir a carteira de identidade?", "pt"),
    ("Sa kushton pasaporta?", "sq"), ("Si mund të aplikoj për letërnjoftim?", "sq"),
    ("Làm thế nào để xin cấp hộ chiếu?", "vi"), ("Hộ chiếu giá bao nhiêu?", "vi"),
    ("Pasaport bi çiqasî ye?", "ku"), ("Ji bo pasaportê çi belge pêwîst in?", "ku"),
    ("پاسپورت څومره لګښت لري؟", "ps"), ("د پېژندنې کارت لپاره څنګه غوښتنه وکړم؟", "ps"),
    ("د استوګنې د ثبت لپاره کوم اسناد اړین دي؟", "ps"),
    ("پاسپۆرت چەندی تێدەچێت؟", "ckb"), ("چۆن داوای کارتی ناسنامە بکەم؟", "ckb"),
    ("بۆ تۆمارکردنی ناونیشان چ بەڵگەنامەیەک پێویستە؟", "ckb"),
    ("ፓስፖርት ክንደይ ይኸፍል?", "ti"), ("ናይ መንነት ወረቐት ንምርካብ ብኸመይ ከመልክት እኽእል?", "ti"),
    ("ኣድራሻ ንምምዝጋብ እንታይ ሰነዳት የድልዩ?", "ti"),
    ("Baasaboor immisa ayuu ku kacayaa?", "so"), ("Sidee baan u codsadaa kaarka aqoonsiga?", "so"),
    ("Diiwaangelinta cinwaanka waraaqo noocee ah ayaa loo baahan yahay?", "so"),
    ("ፓስፖርት ስንት ያስከፍላል?", "am"), ("መታወቂያ ለማውጣት እንዴት ማመልከት እችላለሁ?", "am"),
    ("አድራሻ ለማስመዝገብ ምን ሰነዶች ያስፈልጋሉ?", "am"), ("እዚህ ከተማ ውስጥ መንጃ ፈቃድ የት አገኛለሁ?", "am"),
])
def test_questions_of_their_own_do_not_refer_back(message, language):
    assert not followup.refers_back(message, language)


def test_a_chinese_question_counts_its_characters_not_its_one_run():
    # no spaces: a run of characters is about two characters a word
    assert followup._word_count("我怎么申请新的身份证？") == 5
    assert not followup.is_follow_up("我怎么申请新的身份证和新的护照？", "zh", lambda text: [])


def test_live_values_in_chinese():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    text = fact.sentence("zh", now=datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc))
    assert text.startswith("当前") and "20" in text and "5" in text


def test_live_values_in_vietnamese_and_portuguese():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    now = datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc)
    assert fact.sentence("vi", now=now).startswith("Hiện tại") and "5 trên 20" in fact.sentence("vi", now=now)
    assert fact.sentence("pt", now=now).startswith("Neste momento") and "5 de 20" in fact.sentence("pt", now=now)


def test_live_values_in_pashto():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    text = fact.sentence("ps", now=datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc))
    assert text.startswith("اوس مهال") and "له 20 ځایونو څخه 5 خالي دي" in text


def test_live_values_in_sorani():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    text = fact.sentence("ckb", now=datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc))
    assert text.startswith("ئێستا") and "5 لە 20 شوێن بەتاڵن" in text


def test_live_values_in_tigrinya_and_somali():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    now = datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc)
    assert fact.sentence("ti", now=now).startswith("ሕጂ") and "ካብ 20 ቦታታት 5 ነጻ እዮም" in fact.sentence("ti", now=now)
    text = fact.sentence("so", now=now)
    assert text.startswith("Hadda") and "5 ka mid ah 20 meelood ayaa bannaan" in text


def test_live_values_in_amharic():
    fact = live.LiveFact(live.LiveSource(1, "p", "Parken", None, "Parkhaus", "https://x"),
                         (live.Reading("Parkhaus Mitte", 5, 20, datetime(2026, 1, 1, 12, tzinfo=timezone.utc)),))
    text = fact.sentence("am", now=datetime(2026, 1, 1, 12, 5, tzinfo=timezone.utc))
    assert text.startswith("አሁን") and "ከ20 ቦታዎች 5 ክፍት ናቸው" in text
