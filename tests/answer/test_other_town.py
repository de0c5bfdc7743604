"""Another German town's office or service (answer/other_town.py): its pages
are not the own town's, so such a question is never grounded; a question that
only mentions another town (moved from there, born there, family there) still is."""

import pytest

from rathaus.answer.grounding import ANOTHER_TOWN, elsewhere
from rathaus.answer.other_town import about_another_town, own_names
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
    # no office word: a service there
    "Wann ist in Köln-Nippes Sperrmüll?",
    "Was kostet ein Anwohnerparkausweis in Hamburg-Eimsbüttel?",
    "Колико се плаћа порез на пса у Берлину?",
    "Ich wohne in Leipzig, wie melde ich meinen Hund an?",  # living there is no tie to the own town
    # Amharic: prepositions joined to the town ("በበርሊን", in Berlin; "የሀምቡርግ", Hamburg's)
    "በበርሊን ያለው የውጭ ዜጎች ቢሮ ስንት ሰዓት ይከፈታል?",
    "የሀምቡርግ ማዘጋጃ ቤት ቅዳሜ ክፍት ነው?",
    "በኮሎኝ ቆሻሻ መቼ ይነሳል?",
    "በዱሰልዶርፍ እኖራለሁ፣ የውሻ ግብር ስንት ነው?",  # living there now: that town's business
    "በድሬስደን እሰራለሁ፣ የድሬስደን ከተማ አስተዳደር ቅዳሜ ክፍት ነው?",  # an office word: that office's
])
def test_another_towns_business_is_never_answered_from_the_towns_pages(question):
    assert about_another_town(question, "Landeshauptstadt München")
    assert elsewhere(question, "Landeshauptstadt München") == ANOTHER_TOWN


@pytest.mark.parametrize("question", [
    "Ich ziehe von Berlin nach München, muss ich zum Bürgerbüro?",  # the own town named
    "Wann hat das Bürgerbüro in Munich offen?",  # the own town in another language
    "Мюнхен, Bürgerbüro, години роботи?",
    "Ich bin von Hamburg hierher gezogen, wann muss ich ins Bürgerbüro?",  # moved
    "Ich bin in Köln geboren, wo bestelle ich meine Geburtsurkunde beim Standesamt?",  # born there
    "Ich habe früher in Köln gewohnt, brauche ich beim Bürgerbüro eine Abmeldung von dort?",  # lived there
    "Wie beantrage ich einen Reisepass im Bürgerbüro?",  # no other town
    "Ich habe ein Auto in Hamburg gekauft, was muss ich bei der Zulassungsstelle tun?",
    # without an office word, a tie of the asker's own: family, work, hearsay
    "Meine Eltern wohnen in Passau – bekomme ich trotzdem hier BAföG?",
    "Ich arbeite in Augsburg, brauche ich eine Meldebescheinigung?",
    "My friend in Berlin said I need an appointment for the ID card, is that true?",
    "Ich habe 7 Punkte in Flensburg – verliere ich den Führerschein?",  # the points register, not the town
    # a trip there: the own town's mobility pages may answer it
    "Gilt das Deutschlandticket bis Augsburg?",
    "Wie komme ich mit der S-Bahn nach Freising?",
    "Is there a night train to Berlin?",
    # the own town's streets and squares named after other towns
    "Wann hat das Bürgerbüro an der Landshuter Allee offen?",
    "Ich wohne an der Garmischer Straße, wann wird Sperrmüll abgeholt?",
    "Bürgerbüro am Rosenheimer Platz Öffnungszeiten",
    "Passauerstraße Parkausweis",
    # Amharic: the own town, moving, birth, family, work, hearsay, a trip
    "በሙኒክ ማዘጋጃ ቤት ቀጠሮ እንዴት እይዛለሁ?",
    "የመኖሪያ ፈቃዴን እንዴት ማራዘም እችላለሁ?",
    "ከበርሊን ወደዚህ ተዛወርኩ፣ አድራሻዬን የት ማስመዝገብ አለብኝ?",
    "በኮሎኝ ተወለድኩ፣ የልደት ምስክር ወረቀቴን ከማዘጋጃ ቤት እንዴት ማግኘት እችላለሁ?",
    "ወላጆቼ በሀኖቨር ይኖራሉ፣ እዚህ የልጅ ድጎማ ማግኘት እችላለሁ?",
    "በሽቱትጋርት እሰራለሁ፣ የመኖሪያ ምዝገባ ማረጋገጫ ያስፈልገኛል?",
    "ጓደኛዬ በላይፕዚግ መታወቂያ ለማውጣት ቀጠሮ ያስፈልጋል ብሎኛል፣ እውነት ነው?",
    "የወር ትኬቴ እስከ ኑረምበርግ ይሰራል?",
    "ወደ ፍራንክፈርት በባቡር እንዴት እደርሳለሁ?",
])
def test_a_question_that_only_mentions_another_town_is_the_own_towns(question):
    assert not about_another_town(question, "Landeshauptstadt München")
    assert elsewhere(question, "Landeshauptstadt München") is None


def test_a_town_the_lists_do_not_know_is_told_by_the_words_of_its_name():
    assert not about_another_town("Wann hat das Bürgerbüro in Süderbrarup offen?", "Amt Süderbrarup")
    assert about_another_town("Wann hat das Bürgerbüro in Hamburg offen?", "Amt Süderbrarup")


def test_without_the_towns_name_the_rule_is_not_applied():
    question = "Wann hat das Bürgeramt in Leipzig offen?"
    assert elsewhere(question) is None


def test_no_question_of_our_in_scope_sets_is_read_as_another_towns():
    """Every question a Munich page or the demo answers (ours, in 28 languages, also
    worded like out-of-scope ones: moving from Berlin, a car from Augsburg)."""
    munich = sorted(BENCH.glob("munich_*.tsv")) + sorted(BENCH.glob("inscope_lookalikes_*.tsv"))
    read = [(path.name, q) for path in munich for _, q in questions(path) if about_another_town(q, "Muenchen")]
    read += [(DEMO_QUESTIONS.name, q) for _, q in questions(DEMO_QUESTIONS) if about_another_town(q, "Musterstadt")]
    assert len(munich) > 20 and read == []


def test_places_the_town_counts_as_its_own_are_not_another_town():
    """An Amt's district and member municipalities (setting "home_places"): the district's
    vehicle registration is the citizens' own, though its name holds another town's."""
    question = "Wann hat die Zulassungsstelle vom Kreis Schleswig-Flensburg offen?"
    assert about_another_town(question, own_names("Amt Süderbrarup", {}))
    town = own_names("Amt Süderbrarup", {"home_places": ["Schleswig-Flensburg", "Boren"]})
    assert not about_another_town(question, town)
    assert not about_another_town("Wann ist in Boren Sperrmüll?", town)
    assert about_another_town("Wann hat das Bürgeramt in Leipzig offen?", town)


def test_the_chat_answers_a_home_place_from_the_towns_pages(runtime):
    import asyncio

    from rathaus.answer import phrases
    from rathaus.answer.service import AnswerService
    from rathaus.demo import ensure_demo
    from rathaus.tenants.settings import set_setting

    ensure_demo(runtime)
    service = AnswerService(runtime)
    question = "Wann wird in Leipzig die Biotonne geleert?"
    refused = asyncio.run(service.answer("musterstadt", question))  # another town's: said as such
    assert refused.grounded is False and refused.answer.startswith(phrases.ANOTHER_TOWN["de"])
    with runtime.db.session() as session:
        set_setting(session, "musterstadt", "home_places", ["Leipzig"])
    assert asyncio.run(service.answer("musterstadt", question)).grounded
