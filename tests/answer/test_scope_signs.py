"""Signs that lower the scope model's bar (answer/scope_signs.py)."""

import pytest

from rathaus.answer.scope_signs import BARS, bar_for, signs


@pytest.mark.parametrize("question, sign", [
    ("Wie kündige ich meinen Vodafone-Vertrag beim Umzug?", "company"),
    ("Pegasus'ta Münih–Antalya biletimi iptal edersem param geri yatar mı?", "company"),
    ("Как расторгнуть договор с Водафон?", "company"),
    ("我的亚马逊包裹丢了怎么办？", "company"),
    ("Ma banque N26 a bloqué mon compte.", "company"),
    ("Turkcell hattımı Almanya'dan nasıl iptal ederim?", "company"),  # a home country's operator
    ("Die Deutsche Bahn zahlt mir die Verspätung nicht zurück.", "company"),
    ("Làm sao chuyển tiền về nhà qua Vietcombank?", "company"),
    ("Τι χρειάζομαι για ελληνικό διαβατήριο στο Προξενείο του Μονάχου;", "consulate"),
    ("Đăng ký khai sinh tại Đại sứ quán Việt Nam cần giấy tờ gì?", "consulate"),
    ("Lohnt sich ein E-Lastenrad oder soll ich doch beim Auto bleiben?", "advice"),
    ("Kızım tıp mı okusun hukuk mu? Sizce hangisi daha mantıklı?", "advice"),
    ("Жениться в 24 или подождать до 30? Как думаете?", "advice"),
    ("你觉得我应该在慕尼黑买房还是继续租房？", "advice"),
    ("Kann ich meine Monstera beim Bürgerbüro als Mitbewohnerin anmelden?", "being"),
    ("Mój kaktus ogląda ze mną filmy przyrodnicze. Czy może dostać BAföG?", "being"),
    ("Est-ce que mon ficus peut avoir une carte d'identité ?", "being"),
    ("Как получить паспорт для моего единорога?", "being"),
    ("የኤሌክትሪክ ብስክሌት ልግዛ ወይስ መኪናዬን ልያዝ? ምን ትመክረኛለህ?", "advice"),
    ("የቤት ውስጥ ተክሌን እንደ አብሮ ነዋሪ ማስመዝገብ እችላለሁ?", "being"),
    ("ሮቦቴ የጀርመን ዜግነት ማግኘት ይችላል?", "being"),
    ("ለዩኒኮርኔ ፓስፖርት እንዴት አወጣለሁ?", "being"),
    ("በፍራንክፈርት የኢትዮጵያ ቆንስላ የልደት ምስክር ወረቀት እንዴት አገኛለሁ?", "consulate"),
    ("Как получить справку о несудимости из России, если я живу в Германии?", "abroad"),
    ("Πώς βγάζω ΑΦΜ ενώ μένω μόνιμα στη Γερμανία;", "abroad"),
    ("Babamdan kalan tarlayı tapuda adıma geçirmek istiyorum, Almanya'dan nasıl yapabilirim?", "abroad"),
])
def test_signs_are_found_in_many_languages(question, sign):
    assert sign in signs(question)


@pytest.mark.parametrize("question", [
    "Wie melde ich meinen Wohnsitz an?",
    "Mein Tier ist entlaufen, wo ist das Tierheim?",  # "Tier" is no company
    "Wann wird die Biotonne geleert?",
    "Ich habe meinen Reisepass verloren, was nun?",
    "Wie viel Hundesteuer zahle ich für meinen Hund?",  # dogs are left out: the town taxes them
    "Mein Käfer ist über 30 Jahre alt – wie bekomme ich ein H-Kennzeichen?",  # "über" is no "Uber"
    "Tôi bị móc túi mất hộ chiếu, phải làm gì?",  # Vietnamese "túi" is no "TUI"
    "Do I need a child seat in a taxi?",  # "seat" is no "Seat"
    "Dwa lata temu zgubiłem dowód osobisty, co teraz?",  # Polish "temu" (ago) is no "Temu"
    "Ich möchte mein Auto ummelden.",  # so are cars
    "Meine Katze ist entlaufen, wo kann ich sie melden?",  # and all animals: lost pets are a service
    "Wo kann ich meine alte Waschmaschine entsorgen?",  # and things people dispose of: bulky waste
    "የመኖሪያ ፈቃዴን እንዴት ማራዘም እችላለሁ?",
    "ድመቴ ጠፍታለች፣ የት ማሳወቅ እችላለሁ?",  # a lost cat: a service
    "አሮጌ ፍሪጄን እና ሶፋዬን የት መጣል እችላለሁ?",  # bulky waste
    "ለውሻዬ ግብር ምን ያህል እከፍላለሁ?",
    "Ich lebe seit 8 Jahren in Deutschland, kann ich mich einbürgern lassen?",  # living here is no sign
    "Ich ziehe ins Ausland, muss ich mich abmelden?",
    "I moved to Germany last year, how do I register my address?",
])
def test_ordinary_questions_carry_no_sign(question):
    assert signs(question) == frozenset()
    assert bar_for(question, 0.95) == 0.95


def test_the_lowest_bar_of_several_signs_counts_and_never_raises_the_default():
    question = "Was meinst du: Vodafone-Vertrag kündigen oder beim Konsulat nachfragen?"
    assert signs(question) == {"company", "consulate", "advice"}
    assert bar_for(question, 0.95) == min(BARS[sign] for sign in ("company", "consulate", "advice"))
    assert bar_for(question, 0.5) == 0.5


@pytest.mark.parametrize("question, language", [
    ("Mój chomik ogląda ze mną filmy przyrodnicze. Czy może dostać BAföG?", "pl"),
    ("Kann meine Katze einen Führerschein machen?", "de"),
    ("Can my fridge apply for citizenship? It has lived here for ten years.", "en"),
    ("ድመቴ መንጃ ፈቃድ ማውጣት ትችላለች?", "am"),
    ("ፍሪጄ የጀርመን ዜግነት ማግኘት ይችላል? እዚህ አስር አመት ኖሯል።", "am"),
    ("Köpeğime kendi kimlik kartını çıkartabilir miyim?", "tr"),  # a dog, named as the glossary knows it
    ("Treba li mom psu lična karta ako sam ide u šetnju?", "bs"),
    ("Est-ce que je peux faire certifier la signature de mon chat ?", "fr"),
    ("Може ли да впиша котката си в Haushaltsbescheinigung?", "bg"),
])
def test_an_animal_or_household_thing_is_a_sign_beside_a_procedure_for_people(question, language):
    assert "being" in signs(question, language)


@pytest.mark.parametrize("question, language", [
    ("Meine Katze ist entlaufen, wo kann ich sie melden?", "de"),
    ("Ich will mit meiner Katze nach Kreta – welche Papiere braucht sie?", "de"),  # the pet passport is real
    ("Wohin mit meinem alten Kühlschrank? Kann ich ihn zum Wertstoffhof bringen?", "de"),
    ("I lost my suitcase on the tram, where is the lost property office?", "en"),
    ("ድመቴ ጠፍታለች፣ የት ማሳወቅ እችላለሁ?", "am"),
    ("ሻንጣዬን በአውቶቡስ ውስጥ ረሳሁት፣ የጠፉ ዕቃዎች ቢሮ የት ነው?", "am"),
    # and real questions beside pets
    ("Gibt es eine Ermäßigung der Hundesteuer, wenn ich Rente bekomme?", "de"),  # the owner's tax
    ("Mam psa i pobieram zasiłek socjalny – czy podatek od psa jest niższy?", "pl"),
    ("Kann ich mit Wohngeld einen Hund halten?", "de"),  # benefits are no procedure for people alone
    ("I am moving to Munich with my dog. Do I have to register the dog as well as myself?", "en"),
    ("Soy peruano y llevo 5 años con permiso de residencia, ¿cómo pido la residencia permanente?", "es"),
    ("Trebam li termin za preuzimanje nove osobne iskaznice u Pasingu?", "hr"),  # no dog one letter away
    ("Os documentos devem ser traduzidos para o cartão de residência?", "pt"),  # "devem" is no Turkish camel
])
def test_an_animal_or_household_thing_alone_is_the_towns_business(question, language):
    assert "being" not in signs(question, language)
