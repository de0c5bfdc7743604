import re

from rathaus.ingest.chunking import split_sentences
from rathaus.answer.extractive import choose_sources, extractive_answer, pick_sentences, quote
from rathaus.language import detect_language
from rathaus.models import SearchHit

TEXT = (
    "Den Personalausweis beantragen Sie persönlich im Bürgerbüro. "
    "Bitte bringen Sie ein biometrisches Foto mit. "
    "Der Ausweis kostet 46 Euro für Personen ab 24 Jahren.\n"
    "- Bearbeitungszeit: etwa drei Wochen\n"
    "- Abholung im Bürgerbüro"
)


def hit(external_id, dense, text=TEXT):
    return SearchHit(1, hash(external_id), external_id, external_id.title(), f"https://x.example/{external_id}", text, "", None, 1.0, "de", dense, 0.0)


def test_picks_sentences_that_share_words_in_original_order():
    assert pick_sentences("Was kostet der Ausweis?", TEXT, 1) == ["Der Ausweis kostet 46 Euro für Personen ab 24 Jahren."]
    two = pick_sentences("Wo beantrage ich den Personalausweis und was kostet er?", TEXT, 2)
    assert two[0].startswith("Den Personalausweis") and two[1].startswith("Der Ausweis kostet")


def test_other_language_question_gets_the_first_sentences():
    assert pick_sentences("Скільки коштує?", TEXT, 2)[0].startswith("Den Personalausweis")


def test_quote_keeps_list_items_on_their_own_lines():
    assert quote(["Satz eins.", "Satz zwei.", "- Punkt", "- Punkt 2"]) == "> Satz eins. Satz zwei.\n> - Punkt\n> - Punkt 2"


def test_answer_only_quotes_sources_and_numbers_citations():
    hits = [hit("ausweis", 1.2), hit("pass", 1.18), hit("fundbuero", 0.9)]
    assert [g[0].external_id for g in choose_sources(hits)] == ["ausweis", "pass"]
    text, citations = extractive_answer("Was kostet der Ausweis?", hits, "uk")
    assert text.startswith("Ось що я знайшов")
    assert "[1]" in text and "[2]" in text and "[3]" not in text
    assert [c.n for c in citations] == [1, 2] and citations[0].url == "https://x.example/ausweis"
    quoted = [line[2:] for line in text.splitlines() if line.startswith("> ")]
    assert quoted
    for line in quoted:
        line = re.sub(r" \[\d\]$", "", line)
        for sentence in split_sentences(line):
            assert sentence.strip() in TEXT, sentence  # every quoted sentence is copied, none invented


def test_pages_as_close_as_the_quoted_ones_beyond_three_are_linked_by_title():
    hits = [hit("gewerbe-abmeldung", 1.20), hit("gewerbe-ummeldung", 1.19), hit("zweitschrift", 1.18),
            hit("gewerbe-anmeldung", 1.17, "Ganz anderer Text, der nicht zitiert wird."), hit("reisegewerbe", 1.16),
            hit("fundbuero", 1.0)]
    text, citations = extractive_answer("Onlineshop anmelden", hits, "de")
    assert [c.n for c in citations] == [1, 2, 3, 4, 5]
    assert [c.external_id for c in citations][3:] == ["gewerbe-anmeldung", "reisegewerbe"]
    assert [c.linked for c in citations] == [False, False, False, True, True]
    assert citations[3].as_dict()["linked"] is True and citations[0].as_dict()["linked"] is False
    assert text.endswith("Weitere passende Seiten:\n\n- Gewerbe-Anmeldung [4]\n- Reisegewerbe [5]")
    assert "Ganz anderer Text" not in text  # linked pages are named, not quoted
    assert re.findall(r"^> .*\[(\d)\]$", text, re.M) == ["1", "2", "3"]  # still three quoted sources


def test_no_links_when_the_further_pages_are_clearly_weaker():
    hits = [hit("a", 1.20), hit("b", 1.19), hit("c", 1.18), hit("d", 1.0), hit("e", 0.9)]
    text, citations = extractive_answer("Frage", hits, "en")
    assert len(citations) == 3 and "More pages" not in text


HOURS = (
    "Das Bürgerbüro ist im Erdgeschoss des Rathauses.\n"
    "Öffnungszeiten:\n"
    "- Montag: 7:30 bis 12:30 Uhr\n"
    "- Donnerstag: 7:30 bis 12:30 Uhr und 14:00 bis 18:30 Uhr\n"
    "- Jeden ersten Samstag im Monat: 9:00 bis 12:00 Uhr\n"
    "Ohne Termin gibt es Wartemarken bis 30 Minuten vor Schluss der Öffnungszeit."
)
FEES = "Leistung | Gebühr\nGewerbeanmeldung | 30,00 Euro\nGewerbeabmeldung | 15,00 Euro\nDie Gebühr zahlen Sie bar oder mit Karte."


def test_a_label_is_quoted_with_its_list():
    """"Öffnungszeiten:" alone answers nothing: the list after it comes along."""
    picked = pick_sentences("Öffnungszeiten am Samstag?", HOURS, 1)
    assert picked[0] == "Öffnungszeiten:" and picked[-1].startswith("- Jeden ersten Samstag") and len(picked) == 4
    assert quote(picked).splitlines() == ["> Öffnungszeiten:", "> - Montag: 7:30 bis 12:30 Uhr",
                                          "> - Donnerstag: 7:30 bis 12:30 Uhr und 14:00 bis 18:30 Uhr",
                                          "> - Jeden ersten Samstag im Monat: 9:00 bis 12:00 Uhr"]


def test_a_short_table_is_quoted_whole_with_rows_on_their_own_lines():
    picked = pick_sentences("Gewerbe anmelden, welche Gebühr?", FEES, 1)
    assert picked == ["Leistung | Gebühr", "Gewerbeanmeldung | 30,00 Euro", "Gewerbeabmeldung | 15,00 Euro"]
    assert quote(picked).count("\n") == 2


def test_a_long_table_is_quoted_row_by_row_never_its_header_alone():
    rows = "\n".join(f"Leistung {i} | {i},00 Euro" for i in range(12))
    picked = pick_sentences("Was kostet Leistung 7?", f"Leistung | Gebühr\n{rows}", 2)
    assert "Leistung | Gebühr" not in picked and "Leistung 7 | 7,00 Euro" in picked
    long_list = "Unterlagen:\n" + "\n".join(f"- Nachweis {i}" for i in range(12))
    assert "Unterlagen:" not in pick_sentences("Welcher Nachweis 3?", long_list, 1)


def test_a_list_item_stays_whole():
    """Its sentences belong together, and a label's list is not cut after the first one."""
    steps = "Was tun:\n- Sperren: Rufen Sie 116 116 an. Halten Sie das Kennwort bereit.\n- Verlust melden: im Bürgerbüro."
    picked = pick_sentences("Verlust sperren, was tun?", steps, 1)
    assert picked == ["Was tun:", "- Sperren: Rufen Sie 116 116 an. Halten Sie das Kennwort bereit.",
                      "- Verlust melden: im Bürgerbüro."]


def test_numbered_steps_are_items_too():
    """Ordered lists come from the parsers as "1. …" lines: each step is
    quoted whole, on its own line, with its number and after its label."""
    steps = ("Was ist zu tun:\n1. Sperren: Rufen Sie 116 116 an. Halten Sie das Kennwort bereit.\n"
             "2. Verlust melden: im Bürgerbüro.")
    picked = pick_sentences("Ausweis sperren, was ist zu tun?", steps, 1)
    assert picked == steps.splitlines()
    assert quote(picked).splitlines() == [f"> {line}" for line in steps.splitlines()]


def test_up_to_eight_numbered_steps_are_quoted_together():
    """Step 3 alone would leave out steps 1 and 2; a long procedure is quoted step by step."""
    steps = "1. Sperren: Rufen Sie 116 116 an.\n2. Anzeige bei der Polizei.\n3. Verlust im Bürgerbüro melden."
    assert pick_sentences("Verlust melden?", steps, 1) == steps.splitlines()
    long_steps = "\n".join(f"{i}. Schritt {i} erledigen." for i in range(1, 13))
    assert pick_sentences("Was ist Schritt 7?", long_steps, 1) == ["7. Schritt 7 erledigen."]


def sections(page: str, *headings_and_texts: tuple[str, str]) -> list[SearchHit]:
    """One page's sections as the search returns them, best first."""
    return [SearchHit(1, 7, page.lower(), page, "https://x.example/page", text, f"{page} › {heading}", None,
                      1.24 - 0.01 * i, "de", 1.24 - 0.01 * i, 0.0)
            for i, (heading, text) in enumerate(headings_and_texts)]


def test_the_section_that_answers_what_is_asked_is_quoted_first():
    """"Was muss ich tun?" asks for the steps: the page's "Was ist zu tun?"
    section is quoted even when the search ranked three other sections of the
    page higher; without such a cue the search's order stands."""
    hits = sections("Ausweis verloren", ("Verlust im Ausland", "Melden Sie den Verlust im Urlaub bei der Polizei."),
                    ("Was kostet das?", "Der neue Ausweis kostet 37 Euro."), ("Wo und wann?", "Im Bürgerbüro."),
                    ("Was ist zu tun?", "1. Sperren: Rufen Sie 116 116 an.\n2. Verlust im Bürgerbüro melden."))
    text, citations = extractive_answer("Ausweis verloren, was muss ich tun?", hits, "de")
    assert "> 1. Sperren: Rufen Sie 116 116 an." in text and "> 2. Verlust im Bürgerbüro melden." in text
    assert citations[0].snippet.startswith("1. Sperren")
    text, _ = extractive_answer("Ausweis im Urlaub verloren", hits, "de")
    assert "116 116" not in text and "Urlaub bei der Polizei" in text


def test_how_do_i_apply_is_answered_from_the_steps():
    """"Wie beantrage ich …?" asks for the steps, like "was muss ich tun": the
    "Was ist zu tun?" section is quoted first, even though a sentence elsewhere
    shares more of the question's words ("… beantragen Sie persönlich … Personalausweis")."""
    hits = sections("Personalausweis beantragen",
                    ("Abholung durch eine andere Person", "Den Personalausweis beantragen Sie persönlich. "
                     "Eine andere Person kann den Personalausweis mit Vollmacht abholen."),
                    ("Was ist zu tun?", "1. Termin im Bürgerbüro buchen.\n2. Mit den Unterlagen vorsprechen."))
    for question in ("Wie beantrage ich einen Personalausweis?", "Wie bekomme ich einen Personalausweis?",
                     "Wo kann ich einen Personalausweis beantragen?", "Personalausweis beantragen",
                     "Ich möchte einen Personalausweis beantragen", "wo krieg ich nen Personalausweis",
                     "How do I get an ID card?", "Як отримати посвідчення особи?", "¿Cómo solicito el DNI?"):
        text, _ = extractive_answer(question, hits, detect_language(question))
        quoted = [line for line in text.splitlines() if line.startswith(">")]
        assert quoted[:2] == ["> 1. Termin im Bürgerbüro buchen.", "> 2. Mit den Unterlagen vorsprechen."], question


def test_a_question_in_another_language_finds_the_section_through_the_glossary():
    """"How much is a passport?" names fees through the glossary's German
    terms, so the page's "Was kostet das?" section is quoted first."""
    hits = sections("Reisepass beantragen", ("Express-Reisepass", "Nach drei Werktagen fertig."),
                    ("Vorläufiger Reisepass", "Wird sofort ausgestellt."), ("Wo und wann?", "Im Bürgerbüro."),
                    ("Was kostet das?", "Reisepass ab 24 Jahren | 70,00 Euro"))
    text, _ = extractive_answer("How much is a passport?", hits, "en")
    assert "70,00 Euro" in text


def test_other_languages_ask_for_steps_and_durations_through_the_glossary():
    """"What should I do?" and "how long does it take?" name the glossary's
    aspects vorgehen and bearbeitungsdauer, whose German terms ("Was ist zu
    tun", "Bearbeitungsdauer") point extractive answers to those sections — the
    German cue words of INTENTS never occur in an English question."""
    lost = sections("Ausweis verloren", ("Verlust im Ausland", "Melden Sie den Verlust im Urlaub bei der Polizei."),
                    ("Was kostet das?", "Der neue Ausweis kostet 37 Euro."), ("Wo und wann?", "Im Bürgerbüro."),
                    ("Was ist zu tun?", "1. Sperren: Rufen Sie 116 116 an.\n2. Verlust im Bürgerbüro melden."))
    text, _ = extractive_answer("I lost my ID card, what should I do?", lost, "en")
    assert "> 1. Sperren: Rufen Sie 116 116 an." in text
    text, _ = extractive_answer("I lost my ID card abroad", lost, "en")  # no cue: the search's order
    assert "116 116" not in text
    passport = sections("Reisepass beantragen", ("Vorläufiger Reisepass", "Wird sofort ausgestellt."),
                        ("Was kostet das?", "Reisepass ab 24 Jahren | 70,00 Euro"), ("Wo und wann?", "Im Bürgerbüro."),
                        ("Wie lange dauert es?", "Nach drei bis vier Wochen ist der Pass fertig."))
    text, _ = extractive_answer("How long does it take to get a passport?", passport, "en")
    assert "drei bis vier Wochen" in text


def test_a_deadline_asked_in_another_language_is_quoted_from_the_section_that_states_it():
    """No "Frist" section: the chunk whose text says "innerhalb" (a word of the
    deadline aspect) comes before sections the search ranked higher."""
    register = sections("Wohnsitz anmelden", ("Wo und wann?", "Im Bürgerbüro, Montag bis Freitag."),
                        ("Was kostet das?", "Die Anmeldung ist gebührenfrei."),
                        ("Online-Service", "Einen Termin buchen Sie online."),
                        ("Was ist zu tun?", "Melden Sie sich innerhalb von zwei Wochen nach dem Einzug an."))
    text, _ = extractive_answer("How much time do I have to register my address?", register, "en")
    assert "innerhalb von zwei Wochen" in text
    text, _ = extractive_answer("Where do I register my address?", register, "en")
    assert "innerhalb" not in text


def test_the_same_page_from_two_sources_is_quoted_and_cited_once():
    """The same folder ingested as two sources gives two documents with the same
    URL: one page to the citizen, not [1] and [2] with the same quote."""
    first = hit("hund", 1.2)
    again = SearchHit(2, 12345, "hund", "Hund", first.url, TEXT, "", None, 1.0, "de", 1.19, 0.0)
    text, citations = extractive_answer("Was kostet der Ausweis?", [first, again, hit("pass", 1.18)], "de")
    assert [c.external_id for c in citations] == ["hund", "pass"] and "[3]" not in text
    assert text.count("46 Euro") == 2  # once from each page, not twice from the one found twice


def test_citations_say_their_sources_language():
    """The quotes and titles are the source's language, not the asker's (the widget marks them, WCAG 3.1.2)."""
    _, citations = extractive_answer("How much is an ID card?", [hit("ausweis", 1.2)], "en")
    assert citations[0].language == "de" and citations[0].as_dict()["language"] == "de"


def test_a_german_question_finds_a_duration_or_a_collection_day_where_no_heading_names_it():
    """"wie schnell" asks for a duration: without a "Bearbeitungsdauer" section,
    the section that says "Werktagen" is quoted; "wann kommt die gelbe Tonne"
    asks how often it is emptied ("Wie oft wird geleert?")."""
    passport = sections("Reisepass beantragen", ("Was kostet das?", "Reisepass ab 24 Jahren | 70,00 Euro"),
                        ("Wo und wann?", "Im Bürgerbüro."), ("Vorläufiger Reisepass", "Wird sofort ausgestellt."),
                        ("Express-Reisepass", "Im Expressverfahren liegt der Pass nach drei Werktagen bereit."))
    text, _ = extractive_answer("reisepass express wie schnell", passport, "de")
    assert "drei Werktagen" in text
    bins = sections("Müllabfuhr", ("Gelbe Säcke und gelbe Tonne", "Gelbe Säcke gibt es im Bürgerbüro."),
                    ("Was kostet das?", "Die Müllgebühr richtet sich nach der Tonne."),
                    ("Abfallkalender", "Den Kalender gibt es als App."),
                    ("Wie oft wird geleert?", "- Gelbe Tonne: alle zwei Wochen, in den ungeraden Kalenderwochen"))
    for question, language in [("wann kommt die gelbe tonne", "de"), ("when is the yellow bin collected?", "en")]:
        text, _ = extractive_answer(question, bins, language)
        assert "ungeraden Kalenderwochen" in text, question


def test_when_is_it_open_is_answered_from_the_opening_hours():
    """"Wann hat … geöffnet?" and "… samstags auf?" ask for the opening hours
    (no word in common with "Öffnungszeiten:"); so do other languages, through
    the glossary's "Öffnungszeiten" next to the office it names."""
    office = sections("Bürgerbüro", ("Welche Anliegen erledigt das Bürgerbüro?",
                                     "- Wohnsitz anmelden, ummelden und abmelden\n- Fundbüro"),
                      ("Abholschalter", "Der Abholschalter ist zu allen Öffnungszeiten des Bürgerbüros besetzt."),
                      ("Ohne Termin", "Die Ausgabe der Wartemarken endet 30 Minuten vor Schluss der Öffnungszeit."),
                      ("Wo und wann?", "Rathausplatz 1\nÖffnungszeiten:\n- Montag: 7:30 bis 12:30 Uhr\n"
                                       "- Jeden ersten Samstag im Monat: 9:00 bis 12:00 Uhr"))
    for question, language in [("Wann hat das Bürgerbüro geöffnet?", "de"), ("Hat das Bürgerbüro samstags auf?", "de"),
                               ("Wann macht das Bürgerbüro zu?", "de"), ("When is the citizens' office open?", "en"),
                               ("ما هي مواعيد عمل مكتب خدمة المواطنين؟", "ar"), ("Bürgerbüro ne zaman açık?", "tr"),
                               ("Коли працює Bürgerbüro?", "uk")]:
        text, _ = extractive_answer(question, office, language)
        assert "> - Montag: 7:30 bis 12:30 Uhr" in text and "Samstag im Monat: 9:00" in text, question
        first_quote = next(line for line in text.splitlines() if line.startswith(">"))
        assert "Öffnungszeiten:" in first_quote or "Rathausplatz" in first_quote, question  # the hours come first


def test_a_schedule_is_quoted_whole_other_lists_item_by_item():
    """Opening hours listed without a label are one fact: Tuesday's line alone
    would hide Saturday's. A list of things stays item by item."""
    hours = ("Am Recyclinghof 3\n- Dienstag bis Freitag: 9:00 bis 18:00 Uhr\n- Samstag: 8:00 bis 14:00 Uhr\n"
             "- Montag sowie an Feiertagen geschlossen")
    assert pick_sentences("Wertstoffhof Dienstag Uhr", hours, 1) == hours.splitlines()[1:]
    things = "- Elektrogeräte, Batterien\n- Altpapier, Glas\n- Grünschnitt bis 1 Kubikmeter"
    assert pick_sentences("Wohin mit alten Batterien?", things, 1) == ["- Elektrogeräte, Batterien"]


def test_a_compound_shares_its_parts_with_the_question():
    """"Telefonzentrale" is "Telefon" + "Zentrale", words the page uses on
    their own: the line with the switchboard's number is the one asked for."""
    text = ("Rathaus Musterstadt, Rathausplatz 1.\n- Telefonzentrale (Bürgertelefon): 0123 456-0\n"
            "- Bürgerbüro: Telefon 0123 456-100\nDie zentrale Erreichbarkeit ist werktags gegeben.")
    assert pick_sentences("rathaus telefon zentrale", text, 1) == ["- Telefonzentrale (Bürgertelefon): 0123 456-0"]


def test_words_of_a_detail_question_in_another_language_choose_the_section_and_sentence():
    """"When does the mayor hold office hours?" shares no word with the page;
    the glossary's word aspects (mayor → Oberbürgermeisterin, office hours →
    Sprechstunde) find the section and the sentence that says it."""
    contact = sections("Kontakt und Öffnungszeiten", ("Anschrift", "Rathausplatz 1, 12345 Musterstadt."),
                       ("Öffnungszeiten der Fachämter", "Montag bis Freitag 8:00 bis 12:00 Uhr."),
                       ("Dienstgebäude", "Das Bauamt sitzt in der Marktstraße 5."),
                       ("Sprechstunde der Oberbürgermeisterin",
                        "Die Oberbürgermeisterin lädt zur Bürgersprechstunde. Sie findet jeden ersten Montag im Monat "
                        "statt. Eine Anmeldung ist nicht nötig."))
    text, _ = extractive_answer("When does the mayor hold office hours?", contact, "en")
    assert "jeden ersten Montag im Monat" in text


def test_a_sentence_with_the_word_asked_about_beats_one_that_only_names_the_service():
    """"Wie lange ist der Reisepass gültig?": every sentence of the page names
    the passport; the one that says "gültig" is quoted."""
    text = ("Liegt Ihr Reisepass längere Zeit bei einer Botschaft, erhalten Sie einen zweiten Reisepass. "
            "Den Reisepass beantragen Sie lange vor der Reise. "
            "Für lange Reisen außerhalb der EU benötigen Sie einen Reisepass. "
            "Ein Reisepass für eine lange Reise kostet 70 Euro. "
            "Er ist zehn Jahre gültig.")
    for question, language in (("Wie lange ist der Reisepass gültig?", "de"), ("How long is a passport valid?", "en")):
        answer, _ = extractive_answer(question, [hit("reisepass", 1.2, text)], language)
        assert "zehn Jahre gültig" in answer, question


def test_where_is_answered_from_the_where_and_when_section_in_any_language():
    hits = sections("Reisepass beantragen", ("Zweitpass", "Einen zweiten Reisepass erhalten Sie in begründeten Fällen."),
                    ("Was kostet das?", "Reisepass ab 24 Jahren | 70,00 Euro"), ("Express", "Nach drei Werktagen fertig."),
                    ("Wo und wann?", "Im Bürgerbüro, Rathausplatz 1, Montag bis Freitag 8 bis 12 Uhr."))
    for question, language in (("Wo kann ich einen Reisepass beantragen?", "de"),
                               ("Where can I renew my passport?", "en"), ("أين يمكنني تجديد جواز السفر؟", "ar")):
        text, _ = extractive_answer(question, hits, language)
        assert "Rathausplatz 1" in text, question


def test_the_list_of_laws_is_quoted_only_when_the_law_is_asked_for():
    hits = sections("Reisepass beantragen", ("Rechtsgrundlage", "- Passgesetz (PassG)\n- Passverordnung (PassV)"),
                    ("Zweitpass", "Einen zweiten Reisepass erhalten Sie in begründeten Fällen."),
                    ("Express", "Nach drei Werktagen fertig."), ("Kinder", "Kinder brauchen einen eigenen Pass."))
    text, _ = extractive_answer("Reisepass", hits, "de")
    assert "Passgesetz" not in text and "Nach drei Werktagen" in text
    text, _ = extractive_answer("Welches Gesetz gilt für den Reisepass?", hits, "de")
    assert "Passgesetz" in text


def test_which_papers_asks_for_the_documents_section():
    hits = sections("Reisepass beantragen", ("Was kostet das?", "Reisepass ab 24 Jahren | 70,00 Euro"),
                    ("Zweitpass", "Einen zweiten Reisepass erhalten Sie in begründeten Fällen."),
                    ("Express", "Nach drei Werktagen fertig."),
                    ("Welche Unterlagen brauche ich?", "- bisheriger Reisepass\n- biometrisches Lichtbild"))
    text, _ = extractive_answer("Welche Papiere brauche ich für den Reisepass?", hits, "de")
    assert "biometrisches Lichtbild" in text


def test_a_phone_number_asked_for_comes_from_the_line_that_states_it():
    hits = sections("Kontakt Rathaus", ("Anschrift", "Die Stadtverwaltung Musterstadt sitzt im Rathaus. Die Stadtverwaltung "
                                        "hat mehrere Dienstgebäude neben dem Rathaus. Das Rathaus der Stadtverwaltung ist "
                                        "barrierefrei. Die Stadtverwaltung im Rathaus hat eigene Zeiten."),
                    ("Erreichbarkeit", "- Telefonzentrale: 0123 456-0\n- E-Mail: info@musterstadt.example"))
    for question, language in (("Wie ist die Telefonnummer der Stadtverwaltung?", "de"),
                               ("town hall main phone number", "en")):
        text, _ = extractive_answer(question, hits, language)
        assert "456-0" in text, question


def test_what_happens_when_late_is_answered_with_the_fine():
    text = ("Melden Sie sich innerhalb von zwei Wochen nach dem Einzug an. Eine Anmeldung vor dem Einzug ist nicht "
            "möglich. Die Anmeldung ist gebührenfrei. Anmelden können Sie sich im Bürgerbüro. "
            "Das kann mit einem Bußgeld von bis zu 1.000 Euro geahndet werden.")
    answer, _ = extractive_answer("Was passiert, wenn ich mich zu spät anmelde?", [hit("wohnsitz", 1.2, text)], "de")
    assert "1.000 Euro" in answer


def test_a_question_for_an_amount_prefers_the_sentence_that_states_a_number():
    """"How much / how many / how long" is answered by a number: among sentences
    sharing as many words with the question, the one that states a number (in
    digits or in words) is quoted."""
    text = ("Sperrmüll sind Möbel und Matratzen. "
            "Sperrmüll melden Sie online an. "
            "Elektrogeräte gehören nicht zum Sperrmüll. "
            "Abgeholt werden je Haushalt bis zu 3 Kubikmeter Sperrmüll.")
    for question, language in (("Wie viel Sperrmüll?", "de"), ("Cât Sperrmüll pot să dau?", "ro"),
                               ("Sperrmüll : quel volume au maximum ?", "fr")):
        answer, _ = extractive_answer(question, [hit("sperrmuell", 1.2, text)], language)
        assert "3 Kubikmeter" in answer, question
    assert pick_sentences("Wie viel Sperrmüll?", text, 1, numbers=True) == [
        "Abgeholt werden je Haushalt bis zu 3 Kubikmeter Sperrmüll."]
    assert pick_sentences("Wie viel Sperrmüll?", text, 1) == ["Sperrmüll sind Möbel und Matratzen."]
    weeks = "Die Anmeldung geht online. Die Anmeldung ist gebührenfrei. Die Anmeldung muss innerhalb von zwei Wochen erfolgen."
    assert pick_sentences("Anmeldung wie lange?", weeks, 1, numbers=True) == [
        "Die Anmeldung muss innerhalb von zwei Wochen erfolgen."]


def test_a_price_section_is_the_fees_section_too():
    """"Fahrkarten und Preise" answers "how much": every section states a number,
    so the heading decides."""
    hits = sections("Bus fahren", ("Deutschlandticket", "Das Deutschlandticket gilt in 20 Buslinien. Es gilt seit 2023."),
                    ("Barrierefreiheit", "Alle 40 Busse sind barrierefrei."),
                    ("Fahrkarten und Preise", "Einzelfahrschein Erwachsene | 2,40 Euro"))
    text, _ = extractive_answer("скільки коштує разовий квиток на автобус", hits, "uk")
    assert "2,40 Euro" in text
