"""Reading and changing a tenant's own settings (`tenants.settings`, JSON).

Every key has a validator; unknown keys and bad values are refused with a
message that says what is allowed, and nothing is stored in that case.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from rathaus.db import repository as repo
from rathaus.security.secrets import MASK, SecretBox, SecretError, seal_or_refuse
from rathaus.tenants.branding import VALIDATORS as BRANDING_VALIDATORS
from rathaus.tenants.branding import InvalidSetting, _per_language


def _answer_mode(value: Any, name: str) -> str:
    if value not in ("extractive", "generative"):
        raise InvalidSetting(f"{name} muss 'extractive' oder 'generative' sein, nicht {value!r}")
    return value


def _threshold(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 10:
        raise InvalidSetting(f"{name} muss eine Zahl zwischen 0 und 10 sein (siehe bench/grounding.py), nicht {value!r}")
    return float(value)


def _queues(value: Any, name: str) -> list[dict]:
    from rathaus.handoff.routing import parse_queue

    if not isinstance(value, list) or not value:
        raise InvalidSetting(f"{name} muss eine nicht leere Liste von Warteschlangen sein")
    ids = set()
    for raw in value:
        try:
            queue = parse_queue(raw)
        except ValueError as exc:
            raise InvalidSetting(f"{name}: {exc}") from None
        if queue.id in ids:
            raise InvalidSetting(f"{name}: die Kennung {queue.id!r} kommt zweimal vor")
        ids.add(queue.id)
    return value


def _timezone(value: Any, name: str) -> str:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidSetting(f"{name}: unbekannte Zeitzone {value!r}, z. B. 'Europe/Berlin'") from None
    return str(value)


def _timeout(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 30 <= value <= 3600:
        raise InvalidSetting(f"{name} muss eine ganze Zahl von Sekunden zwischen 30 und 3600 sein, nicht {value!r}")
    return value


def _webhook(value: Any, name: str) -> dict:
    from rathaus.handoff.webhooks import parse_config

    try:
        parse_config(value)
    except ValueError as exc:
        raise InvalidSetting(f"{name}: {exc}") from None
    return value


def _languages(value: Any, name: str) -> list[str]:
    from rathaus.channels.widget.i18n import languages

    supported = languages()
    if not isinstance(value, list) or not value or any(v not in supported for v in value):
        raise InvalidSetting(f"{name} muss eine nicht leere Liste aus {', '.join(supported)} sein, nicht {value!r}")
    return list(dict.fromkeys(value))


def _retention(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3650:
        raise InvalidSetting(f"{name} muss eine ganze Zahl von Tagen zwischen 1 und 3650 sein, nicht {value!r}")
    return value


def _origins(value: Any, name: str) -> list[str]:
    import re

    pattern = re.compile(r"^https?://[a-z0-9.-]+(:\d{1,5})?$")
    if not isinstance(value, list) or not value or any(not isinstance(v, str) or not pattern.match(v.lower().rstrip("/"))
                                                       for v in value):
        raise InvalidSetting(f"{name} muss eine Liste von Websites wie \"https://www.jena.de\" sein "
                             f"(Schema und Host, ohne Pfad), nicht {value!r}")
    return [v.lower().rstrip("/") for v in value]


def _short_text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 500:
        raise InvalidSetting(f"{name} muss ein Text mit höchstens 500 Zeichen sein")
    return value.strip()


def _llm(value: Any, name: str) -> dict:
    """A town's own model server: {"backend": "openai", …fields of that backend's config model}."""
    from pydantic import ValidationError

    from rathaus import plugins
    from rathaus.plugins import PluginNotFound
    from rathaus.security.secrets import is_sealed

    if not isinstance(value, dict) or not value.get("backend"):
        raise InvalidSetting(f'{name} must look like {{"backend": "openai", "base_url": "https://…", "model": "…"}}')
    try:
        backend = plugins.load("chat_model", value["backend"])
    except PluginNotFound as exc:
        raise InvalidSetting(f"{name}: {exc}") from None
    config_model = getattr(backend, "config_model", None)
    if config_model is None:
        raise InvalidSetting(f"{name}: die Art {value['backend']!r} lässt sich nicht je Kommune einstellen")
    fields = {k: v for k, v in value.items() if k != "backend" and v not in (None, "")}
    try:  # a sealed secret stands for a valid one
        config_model.model_validate({k: ("x" if is_sealed(v) else v) for k, v in fields.items()})
    except ValidationError as exc:
        raise InvalidSetting(f"{name}: " + "; ".join(
            f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors(include_url=False))) from None
    return {"backend": value["backend"], **fields}


MAX_SYNONYMS = 1000


def _synonyms(value: Any, name: str) -> dict[str, str]:
    """The town's own words: {"Parkwapperl": "Bewohnerparkausweis", "KVR": "Kreisverwaltungsreferat"};
    a word ending in * stands for every word beginning so, several words for that phrase."""
    example = '{"Parkwapperl": "Bewohnerparkausweis", "KVR*": "Kreisverwaltungsreferat"}'
    if not isinstance(value, dict):
        raise InvalidSetting(f"{name} muss eine Zuordnung Wort → Fachbegriffe sein, z. B. {example}")
    if len(value) > MAX_SYNONYMS:
        raise InvalidSetting(f"{name}: höchstens {MAX_SYNONYMS} Einträge, nicht {len(value)}")
    cleaned: dict[str, str] = {}
    for word, terms in value.items():
        if not isinstance(terms, str) or not terms.strip() or len(terms) > 200:
            raise InvalidSetting(f"{name}: zu {word!r} gehören Fachbegriffe als Text (höchstens 200 Zeichen)")
        key = " ".join(str(word).split()).lower()
        stars = key.count("*")
        if len(key.rstrip("*")) < 2 or len(key) > 60 or "\t" in key or stars > key.endswith("*") or (stars and " " in key):
            raise InvalidSetting(f"{name}: {word!r} ist kein Wort (2 bis 60 Zeichen; * nur am Ende eines einzelnen Worts)")
        if key in cleaned:
            raise InvalidSetting(f"{name}: {word!r} kommt zweimal vor")
        cleaned[key] = " ".join(terms.split())
    return cleaned


def _places(value: Any, name: str) -> list[str]:
    """Places that count as the town's own when a question names them: its district, the
    municipalities of an Amt, the district's seat ("Schleswig-Flensburg", "Kappeln")."""
    if not isinstance(value, list) or len(value) > 100 or any(
            not isinstance(v, str) or not 2 <= len(v.strip()) <= 80 for v in value):
        raise InvalidSetting(f"{name} muss eine Liste von Ortsnamen sein (höchstens 100, je 2 bis 80 Zeichen), "
                             f"z. B. [\"Kappeln\", \"Schleswig-Flensburg\"], nicht {value!r}")
    return list(dict.fromkeys(v.strip() for v in value))


def _slugs(value: Any, name: str) -> list[str]:
    from rathaus.db.repository import SLUG_RE

    if not isinstance(value, list) or not value or any(not isinstance(v, str) or not SLUG_RE.match(v) for v in value):
        raise InvalidSetting(f"{name} muss eine Liste von Kürzeln wie [\"suederbrarup\"] sein, nicht {value!r}")
    return list(dict.fromkeys(value))


VALIDATORS = {
    "answer_mode": _answer_mode,
    "share_with": _slugs,
    "shared_from": _slugs,
    "llm": _llm,
    "languages": _languages,
    "disclaimer": lambda v, n: _per_language(v, n, lambda x, m: _short_text(x, m)),
    "tone": _short_text,
    "retention_days": _retention,
    "allowed_origins": _origins,
    "webhook": _webhook,
    "queues": _queues,
    "timezone": _timezone,
    "handoff_timeout_s": _timeout,
    "grounding_threshold": _threshold,
    "synonyms": _synonyms,
    "home_places": _places,
    **BRANDING_VALIDATORS,
}


def validate(key: str, value: Any) -> Any:
    if key not in VALIDATORS:
        raise InvalidSetting(f"unbekannte Einstellung {key!r}; bekannt: {', '.join(sorted(VALIDATORS))}")
    return VALIDATORS[key](value, key)


# Settings the search index is built with.
INDEX_SETTINGS = frozenset({"synonyms"})

# Secrets inside settings: (setting, field) pairs stored sealed with RATHAUS_SECRET_KEY
# and never shown again (`public_view`).
SECRET_FIELDS = {("webhook", "secret"), ("llm", "api_key")}


def _seal_secrets(key: str, value: Any, box: SecretBox | None) -> Any:
    for setting, field in SECRET_FIELDS:
        if key == setting and isinstance(value, dict) and value.get(field) is not None:
            try:
                value = {**value, field: seal_or_refuse(box, value[field], f"{key}.{field}")}
            except SecretError as exc:
                raise InvalidSetting(str(exc)) from None
    return value


def public_view(settings: dict) -> dict:
    """The settings with every secret replaced by a mask, for screens and logs."""
    shown = dict(settings)
    for setting, field in SECRET_FIELDS:
        if isinstance(shown.get(setting), dict) and shown[setting].get(field) is not None:
            shown[setting] = {**shown[setting], field: MASK}
    return shown


def set_setting(session: Session, slug: str, key: str, value: Any, secrets: SecretBox | None = None) -> Any:
    """Validate and store one setting; `value=None` removes it. Returns what was
    stored, secrets masked. Secrets are sealed with `secrets` (RATHAUS_SECRET_KEY)."""
    tenant = repo.get_tenant(session, slug)
    current = dict(tenant.settings or {})
    if value is None:
        if key not in VALIDATORS:
            raise InvalidSetting(f"unbekannte Einstellung {key!r}; bekannt: {', '.join(sorted(VALIDATORS))}")
        current.pop(key, None)
        stored = None
    else:
        stored = _seal_secrets(key, validate(key, value), secrets)
        current[key] = stored
    tenant.settings = current  # a new dict, so SQLAlchemy sees the change
    if key in INDEX_SETTINGS:  # every process's search index rebuilds with the new words
        repo.bump_index_version(session, tenant.id)
    return public_view({key: stored})[key] if stored is not None else None
