"""E-mail texts for the handoff: one JSON file per language in templates/.

German (de.json) is the source; every other file has exactly its kinds and
placeholders (tests/notify/test_templates.py). A file holds, per kind, a
"subject" and a "body" (a list of lines, easier for translators than one
string with \\n), plus "working_days": a response time in that language's
plural forms (`working_days(language, n)`).

Values are inserted as given and never interpreted ("{" in a citizen's
message is just a character). Dates, time windows and response times must
already be in the mail's language; the sentences are built so that a plain
nominative value fits ("So lange dauert eine Antwort in der Regel: 2 Werktage"),
because the queue setting `response_time` is such a value.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from string import Formatter

from rathaus.answer.phrases import phrase_language

SOURCE_LANGUAGE = "de"
KINDS = ("ticket_confirmation", "callback_confirmation", "staff_reply", "queue_notification")


def _folder():
    return files("rathaus.notify") / "templates"


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages with mail texts, German first, then alphabetical by code."""
    codes = sorted(p.name.removesuffix(".json") for p in _folder().iterdir() if p.name.endswith(".json"))
    return (SOURCE_LANGUAGE, *[c for c in codes if c != SOURCE_LANGUAGE])


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict:
    """The raw texts of one language; KeyError for a language without a file."""
    if language not in languages():
        raise KeyError(language)
    return json.loads((_folder() / f"{language}.json").read_text(encoding="utf-8"))


def resolve_language(language: str | None) -> str:
    """`language` ("uk", "uk-UA", "UK") when there are texts for it, else German. Serbian
    and Bosnian read the Croatian mails, as they read the chat's Croatian texts
    (language.SHARED_TEXTS)."""
    code = phrase_language((language or "").strip().lower().replace("_", "-").split("-")[0])
    return code if code in languages() else SOURCE_LANGUAGE


def placeholders(text: str) -> set[str]:
    """The names of the {placeholders} in `text`."""
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def template(kind: str, language: str) -> tuple[str, str]:
    """(subject, body) with placeholders, for a known kind; KeyError otherwise."""
    if kind not in KINDS:
        raise KeyError(f"unknown mail template {kind!r}; known: {', '.join(KINDS)}")
    entry = catalogue(resolve_language(language))[kind]
    return entry["subject"], "\n".join(entry["body"])


def render(kind: str, language: str, **values: object) -> tuple[str, str]:
    """The (subject, body) of mail `kind` in `language` (German when there are no
    texts for it) with the placeholders filled in. KeyError for an unknown kind;
    ValueError when a placeholder has no value (None counts as none) — a mail
    with a gap or "None" in it must not reach a citizen. Extra values are ignored,
    so callers may pass one set of values to every kind."""
    subject, body = template(kind, language)
    needed = placeholders(subject) | placeholders(body)
    missing = sorted(name for name in needed if values.get(name) is None)
    if missing:
        raise ValueError(f"mail template {kind!r} needs a value for: {', '.join(missing)}")
    filled = {name: str(values[name]) for name in needed}
    # A subject is one line whatever the values hold; compose refuses line breaks in headers.
    return " ".join(subject.format_map(filled).split()), body.format_map(filled)


def plural_category(language: str, n: int) -> str:
    """The CLDR plural category of a whole number in the languages rathaus has
    texts for (only the rules for integers; other languages: one/other)."""
    lang = resolve_language(language)
    n10, n100 = n % 10, n % 100
    if lang in ("ru", "uk"):
        if n10 == 1 and n100 != 11:
            return "one"
        return "few" if 2 <= n10 <= 4 and not 12 <= n100 <= 14 else "many"
    if lang == "hr":  # Croatian (also Serbian, Bosnian): 1, 21 radni dan; 2–4, 22 radna dana; else radnih dana
        if n10 == 1 and n100 != 11:
            return "one"
        return "few" if 2 <= n10 <= 4 and not 12 <= n100 <= 14 else "other"
    if lang == "cs":  # 1 pracovní den; 2–4 pracovní dny; else (0, 5, 11–14, 21, 22 …) pracovních dnů
        return "one" if n == 1 else "few" if 2 <= n <= 4 else "other"
    # no plural after a number: 1 munkanap, 5 munkanap; 1 个工作日; 1 ngày làm việc; Sorani ٥ ڕۆژی کار
    if lang in ("hu", "zh", "vi", "ckb"):
        return "other"
    if lang == "pl":
        if n == 1:
            return "one"
        return "few" if 2 <= n10 <= 4 and not 12 <= n100 <= 14 else "many"
    if lang == "ro":
        if n == 1:
            return "one"
        return "few" if n == 0 or 1 <= n100 <= 19 else "other"
    if lang == "ar":
        special = {0: "zero", 1: "one", 2: "two"}
        if n in special:
            return special[n]
        return "few" if 3 <= n100 <= 10 else "many" if 11 <= n100 <= 99 else "other"
    # 0 and 1 jour ouvré; Tigrinya (CLDR) 0 and 1 መዓልቲ ስራሕ, 2 መዓልታት ስራሕ; Amharic (CLDR) 0 and 1 የስራ ቀን, 2 የስራ ቀናት
    if lang in ("fr", "ti", "am"):
        return "one" if n in (0, 1) else "other"
    # Portuguese (1 dia útil, 2 dias úteis; "0 dias úteis" as in Portugal), Albanian, Kurmanji, Pashto
    # (۱ کاري ورځ, ۲ کاري ورځې), Somali (1 maalin shaqo, 2 maalmood shaqo) and the rest
    return "one" if n == 1 else "other"


def working_days(language: str, n: int) -> str:
    """"2 Werktage", "2 working days", "2 робочі дні": a response time for the
    {response_time} placeholder, in the grammatical form the sentences expect."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValueError(f"working days must be a whole number >= 0, got {n!r}")
    forms = catalogue(resolve_language(language))["working_days"]
    return forms.get(plural_category(language, n), forms["other"]).format(n=n)
