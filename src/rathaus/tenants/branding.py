"""The widget's look and first words, per tenant: colour, logo, greeting,
suggested questions and contact details. Stored in `tenants.settings`;
every value is checked here before it is saved, so a town cannot make its
widget unreadable (contrast) or unsafe (script URLs).

    primary_color        "#0b5394" — buttons and the citizen's bubbles (white text on it)
    logo_url             "https://…", or "/static/…" on the rathaus server
    greeting             "Guten Tag! …"  or  {"de": "…", "en": "…"}
    suggested_questions  ["Wie melde ich mich um?", …]  or  {"de": [...], "en": [...]}
    contact              {"phone": "…", "email": "…", "url": "https://…", "hours": "…"}
"""

from __future__ import annotations

import re
from typing import Any

DEFAULT_PRIMARY = "#0b5394"
MIN_CONTRAST = 4.5  # WCAG 2.1 AA for normal text
MAX_SUGGESTIONS = 6
HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
CONTACT_KEYS = ("phone", "email", "url", "hours")


class InvalidSetting(ValueError):
    """A tenant setting that cannot be saved; the message says why and what to do."""


def relative_luminance(hex_color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two '#rrggbb' colours, 1.0 … 21.0."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _text(value: Any, name: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidSetting(f"{name}: bitte einen Text eingeben")
    if len(value) > limit:
        raise InvalidSetting(f"{name} ist zu lang ({len(value)} Zeichen, höchstens {limit})")
    return value.strip()


def _url(value: Any, name: str) -> str:
    url = _text(value, name, 2000)
    if not (url.startswith("https://") or url.startswith("http://") or (url.startswith("/") and not url.startswith("//"))):
        raise InvalidSetting(f"{name} muss mit https://, http:// oder / (Pfad auf diesem Server) beginnen, nicht {url!r}")
    return url


def _per_language(value: Any, name: str, check) -> Any:
    """A plain value (German) or {language: value}."""
    if isinstance(value, dict):
        if not value:
            raise InvalidSetting(f"{name}: die Zuordnung je Sprache darf nicht leer sein")
        for lang in value:
            if not isinstance(lang, str) or not LANG_RE.match(lang):
                raise InvalidSetting(f"{name}: {lang!r} ist kein Sprachkürzel wie 'de' oder 'en'")
        return {lang: check(v, f"{name}[{lang}]") for lang, v in value.items()}
    return check(value, name)


def _color(value: Any, name: str) -> str:
    if not isinstance(value, str) or not HEX_RE.match(value):
        raise InvalidSetting(f"{name} muss eine Farbe wie '#0b5394' sein, nicht {value!r}")
    ratio = contrast_ratio(value, "#ffffff")
    if ratio < MIN_CONTRAST:
        raise InvalidSetting(
            f"{name} {value} hat einen Kontrast (contrast) von {ratio:.2f}:1 zu weißer Schrift; nötig sind "
            f"mindestens {MIN_CONTRAST}:1 (WCAG 2.1 AA). Bitte eine dunklere Farbe wählen."
        )
    return value.lower()


def _questions(value: Any, name: str) -> list[str]:
    if not isinstance(value, list):
        raise InvalidSetting(f"{name} muss eine Liste von Fragen sein")
    if len(value) > MAX_SUGGESTIONS:
        raise InvalidSetting(f"{name}: höchstens {MAX_SUGGESTIONS} Fragen, nicht {len(value)}")
    return [_text(q, f"{name} entry", 200) for q in value]


def _contact(value: Any, name: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise InvalidSetting(f"{name} muss eine Zuordnung mit {', '.join(CONTACT_KEYS)} sein")
    unknown = set(value) - set(CONTACT_KEYS)
    if unknown:
        raise InvalidSetting(f"{name}: unbekannte Angabe(n) {sorted(unknown)}; möglich: {', '.join(CONTACT_KEYS)}")
    checked = {k: _text(v, f"{name}.{k}", 300) for k, v in value.items()}
    if "url" in checked:
        checked["url"] = _url(checked["url"], f"{name}.url")
    if "email" in checked and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", checked["email"]):
        raise InvalidSetting(f"{name}.email ist keine E-Mail-Adresse: {checked['email']!r}")
    return checked


VALIDATORS = {
    "primary_color": _color,
    "logo_url": _url,
    "greeting": lambda v, n: _per_language(v, n, lambda x, m: _text(x, m, 500)),
    "suggested_questions": lambda v, n: _per_language(v, n, _questions),
    "contact": _contact,
}


def validate_branding(key: str, value: Any) -> Any:
    """The value to store for `key`, or InvalidSetting with the reason."""
    return VALIDATORS[key](value, key)


def localized(value: Any, language: str) -> Any:
    """A per-language setting's value for `language`; a plain value is German."""
    if isinstance(value, dict):
        return value.get(language)
    return value if language == "de" else None


def widget_branding(settings: dict, language: str) -> dict:
    """What the widget needs from the tenant's settings, in `language`."""
    return {
        "primary_color": settings.get("primary_color") or DEFAULT_PRIMARY,
        "logo_url": settings.get("logo_url"),
        "greeting": localized(settings.get("greeting"), language),
        "suggestions": localized(settings.get("suggested_questions"), language) or [],
        "contact": settings.get("contact") or {},
    }
