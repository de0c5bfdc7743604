"""Mail texts: complete in every language, placeholders intact, German as the fallback."""

from __future__ import annotations

import email
import email.policy
from string import Formatter

import pytest

from rathaus.notify import templates
from rathaus.notify.mail import MailConfig, compose

REQUIRED = {"de", "en", "uk", "ar", "tr", "ru", "fa", "pl", "ro", "fr", "es", "it", "hr", "el", "bg", "cs", "nl", "hu", "zh",
            "pt", "sq", "vi", "ku", "ps", "ckb", "ti", "so", "am"}
PLACEHOLDERS = {
    "ticket_confirmation": {"town", "ticket", "response_time", "message"},
    "callback_confirmation": {"town", "ticket", "phone", "window"},
    "staff_reply": {"town", "ticket", "queue", "reply", "contact"},
    "queue_notification": {"queue", "since", "link"},
}
VALUES = {"town": "Musterstadt", "ticket": "MUSTERSTADT-000042", "response_time": "2 Werktage",
          "message": "Wann ist das Bürgerbüro geöffnet?", "phone": "+49 3641 49-0", "window": "Mo 10–12 Uhr",
          "queue": "Bürgerbüro", "reply": "Montag bis Freitag, 8 bis 18 Uhr.",
          "contact": "buergerbuero@musterstadt.example",
          "since": "14:05", "link": "https://rathaus.example/inbox/42"}


def test_the_twenty_eight_languages_german_first():
    assert set(templates.languages()) == REQUIRED
    assert templates.languages()[0] == "de"


def test_german_has_the_documented_kinds_and_placeholders():
    for kind, expected in PLACEHOLDERS.items():
        subject, body = templates.template(kind, "de")
        assert templates.placeholders(subject) | templates.placeholders(body) == expected, kind
    assert set(templates.KINDS) == set(PLACEHOLDERS)


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_every_language_has_every_kind_with_the_same_placeholders(language):
    source, texts = templates.catalogue("de"), templates.catalogue(language)
    assert list(texts) == list(source)
    for kind in templates.KINDS:
        assert set(texts[kind]) == {"subject", "body"}, f"{language}:{kind}"
        assert isinstance(texts[kind]["body"], list) and all(isinstance(line, str) for line in texts[kind]["body"])
        for part in ("subject", "body"):
            text = texts[kind][part] if part == "subject" else "\n".join(texts[kind][part])
            german = source[kind][part] if part == "subject" else "\n".join(source[kind][part])
            assert text.strip(), f"{language}:{kind}.{part} is empty"
            assert templates.placeholders(text) == templates.placeholders(german), f"{language}:{kind}.{part}"
            for _, name, spec, conversion in Formatter().parse(text):
                assert name is None or (name.isidentifier() and not spec and not conversion), f"{language}:{kind}"
        if language != "de":
            assert texts[kind]["subject"] != source[kind]["subject"], f"{language}:{kind} looks untranslated"


@pytest.mark.parametrize("language", sorted(REQUIRED))
def test_working_days_cover_every_plural_category(language):
    forms = templates.catalogue(language)["working_days"]
    assert "other" in forms
    needed = {templates.plural_category(language, n) for n in range(0, 250)}
    assert needed <= set(forms), f"{language} lacks {needed - set(forms)}"
    assert all(templates.placeholders(text) <= {"n"} for text in forms.values())


@pytest.mark.parametrize(
    "language, n, expected",
    [("de", 1, "1 Werktag"), ("de", 2, "2 Werktage"), ("en", 3, "3 working days"), ("ru", 1, "1 рабочий день"),
     ("ru", 2, "2 рабочих дня"), ("ru", 5, "5 рабочих дней"), ("ru", 21, "21 рабочий день"), ("uk", 3, "3 робочі дні"),
     ("pl", 2, "2 dni robocze"), ("pl", 5, "5 dni roboczych"), ("pl", 22, "22 dni robocze"),
     ("ro", 2, "2 zile lucrătoare"), ("ro", 20, "20 de zile lucrătoare"), ("fr", 1, "1 jour ouvré"),
     ("ar", 2, "يوما عمل"), ("tr", 2, "2 iş günü"), ("hr", 1, "1 radni dan"), ("hr", 21, "21 radni dan"),
     ("hr", 3, "3 radna dana"), ("hr", 5, "5 radnih dana"), ("hr", 11, "11 radnih dana"), ("hr", 13, "13 radnih dana"),
     ("el", 1, "1 εργάσιμη ημέρα"), ("el", 2, "2 εργάσιμες ημέρες"),
     ("cs", 1, "1 pracovní den"), ("cs", 2, "2 pracovní dny"), ("cs", 4, "4 pracovní dny"),
     ("cs", 5, "5 pracovních dnů"), ("cs", 22, "22 pracovních dnů"), ("cs", 0, "0 pracovních dnů"),
     ("bg", 1, "1 работен ден"), ("bg", 3, "3 работни дни"), ("nl", 1, "1 werkdag"), ("nl", 2, "2 werkdagen"),
     ("hu", 1, "1 munkanap"), ("hu", 5, "5 munkanap"), ("zh", 1, "1 个工作日"), ("zh", 3, "3 个工作日"),
     ("pt", 1, "1 dia útil"), ("pt", 2, "2 dias úteis"), ("pt", 0, "0 dias úteis"), ("sq", 1, "1 ditë pune"),
     ("sq", 5, "5 ditë pune"), ("vi", 1, "1 ngày làm việc"), ("vi", 3, "3 ngày làm việc"), ("ku", 1, "1 roja kar"),
     ("ku", 2, "2 rojên kar"), ("ps", 1, "1 کاري ورځ"), ("ps", 2, "2 کاري ورځې"), ("ps", 0, "0 کاري ورځې"),
     ("ckb", 1, "1 ڕۆژی کار"), ("ckb", 5, "5 ڕۆژی کار"), ("ti", 1, "1 መዓልቲ ስራሕ"), ("ti", 0, "0 መዓልቲ ስራሕ"),
     ("ti", 3, "3 መዓልታት ስራሕ"), ("so", 1, "1 maalin shaqo"), ("so", 2, "2 maalmood shaqo"),
     ("am", 1, "1 የስራ ቀን"), ("am", 0, "0 የስራ ቀን"), ("am", 5, "5 የስራ ቀናት"),
     ("xx", 2, "2 Werktage")],
)
def test_working_days(language, n, expected):
    assert templates.working_days(language, n) == expected


@pytest.mark.parametrize("language", sorted(REQUIRED))
@pytest.mark.parametrize("kind", templates.KINDS)
def test_every_mail_renders_and_can_be_composed(kind, language):
    subject, body = templates.render(kind, language, **VALUES)
    assert "{" not in subject + body and "\n" not in subject
    for name in PLACEHOLDERS[kind]:
        assert VALUES[name] in subject + body, f"{language}:{kind} does not show {name}"
    # Through the wire format and back: long, folded subjects keep every space (see mail._MailPolicy).
    long_town = "Große Kreisstadt Röhrsdorf-Übersee an der Weißen Elster"
    subject, body = templates.render(kind, language, **dict(VALUES, town=long_town))
    message = compose(MailConfig(host="mail.example"), "buerger@example.de", subject, body)
    wire = message.as_bytes(policy=message.policy.clone(linesep="\r\n"))
    assert max(len(line) for line in wire.split(b"\r\n")) <= 78
    parsed = email.message_from_bytes(wire, policy=email.policy.default)
    assert parsed["Subject"] == subject
    assert parsed.get_content().replace("\r\n", "\n") == body + "\n"


def test_german_confirmation_reads_as_intended():
    subject, body = templates.render("ticket_confirmation", "de", **VALUES)
    assert subject == "Ihre Nachricht an Musterstadt ist angekommen – Vorgangsnummer MUSTERSTADT-000042"
    assert "Ihre Vorgangsnummer: MUSTERSTADT-000042" in body
    assert "So lange dauert eine Antwort in der Regel: 2 Werktage" in body
    assert "Ihre Nachricht:\nWann ist das Bürgerbüro geöffnet?\n" in body


@pytest.mark.parametrize("language, used", [("xx", "de"), ("", "de"), (None, "de"), ("uk-UA", "uk"), ("EN", "en"),
                                            ("pt_BR", "pt"), ("ps-AF", "ps"), ("ckb-IQ", "ckb"),
                                            ("ti-ER", "ti"), ("so_SO", "so"), ("am-ET", "am"), ("ja_JP", "de"),
                                            ("../../etc/passwd", "de"),
                                            ("sr", "hr"), ("bs-BA", "hr")])  # the chat's Croatian texts too
def test_a_language_without_mails_falls_back_to_its_shared_texts_or_german(language, used):
    assert templates.render("staff_reply", language, **VALUES) == templates.render("staff_reply", used, **VALUES)


@pytest.mark.parametrize("kind", ["unknown", "working_days", "", "TICKET_CONFIRMATION"])
def test_unknown_kind_is_a_key_error(kind):
    with pytest.raises(KeyError):
        templates.render(kind, "de", **VALUES)


def test_missing_values_are_refused_by_name():
    values = dict(VALUES, ticket=None)
    del values["message"]
    with pytest.raises(ValueError, match="needs a value for: message, ticket"):
        templates.render("ticket_confirmation", "en", **values)


def test_values_are_inserted_literally_and_the_subject_stays_one_line():
    subject, body = templates.render("ticket_confirmation", "de", **dict(
        VALUES, town="Muster\r\nBcc: x@example.org", message="{ticket} {0} {__class__} }{"))
    assert "\n" not in subject and "\r" not in subject
    assert "{ticket} {0} {__class__} }{" in body
