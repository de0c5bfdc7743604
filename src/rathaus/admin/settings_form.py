"""The town's settings as a form: one field per setting key of
`tenants.settings.VALIDATORS`, shown as text and read back into the value the
validator checks. The validators stay the single source of truth; this file
only says how each key looks in a form.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from rathaus.admin import plugin_forms
from rathaus.security.secrets import MASK
from rathaus.tenants.settings import SECRET_FIELDS, VALIDATORS, public_view


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str  # text | number | select | json
    hint: str = ""
    options: tuple[tuple[str, str], ...] = ()


FIELDS = (
    Field("answer_mode", "Antwortmodus", "select", "Ohne Sprachmodell: Auszüge aus den Seiten der Stadt mit Quellen.",
          (("extractive", "Auszüge aus den Dokumenten (ohne Sprachmodell)"), ("generative", "Formulierte Antworten (Sprachmodell)"))),
    Field("languages", "Sprachen des Chats", "json", 'Liste, z. B. ["de", "en", "uk", "ar"]; leer: alle, die das Widget spricht'),
    Field("disclaimer", "Hinweis unter dem Chat", "json", 'z. B. „Die Antworten sind nicht rechtsverbindlich.“ – Text auf Deutsch oder je Sprache {"de": …, "en": …}'),
    Field("tone", "Tonfall (nur mit Sprachmodell)", "text", "z. B. „Sprich die Menschen mit Sie an, freundlich und knapp.“"),
    Field("retention_days", "Aufbewahrung der Gespräche (Tage)", "number", "Ältere Gespräche werden gelöscht; leer: unbegrenzt"),
    Field("allowed_origins", "Websites, die den Chat einbetten dürfen", "json", '["https://www.jena.de"]; leer: alle'),
    Field("greeting", "Begrüßung", "json", 'Text auf Deutsch, oder je Sprache: {"de": "Moin!", "en": "Hello!"}'),
    Field("suggested_questions", "Vorgeschlagene Fragen", "json", 'Liste, z. B. ["Wie melde ich mich um?"], oder je Sprache'),
    Field("primary_color", "Hauptfarbe", "text", "Wie #0b5394; Kontrast zu weißer Schrift mindestens 4,5:1."),
    Field("logo_url", "Logo-Adresse", "text", "https://… oder ein Pfad auf diesem Server"),
    Field("contact", "Kontakt", "json", '{"phone": "03641 49-0", "email": "…", "url": "https://…", "hours": "Mo–Fr 8–18 Uhr"}'),
    Field("queues", "Warteschlangen und Sprechzeiten", "json", "Liste der Warteschlangen (siehe README: Übergabe an Menschen)"),
    Field("timezone", "Zeitzone", "text", "z. B. Europe/Berlin"),
    Field("handoff_timeout_s", "Wartezeit bis zum Angebot einer Nachricht (Sekunden)", "number", "30 bis 3600; Standard 180"),
    Field("synonyms", "Eigene Begriffe der Kommune", "json", 'Was Bürgerinnen und Bürger sagen → Begriffe auf den Seiten: '
          '{"Parkwapperl": "Bewohnerparkausweis", "KVR*": "Kreisverwaltungsreferat"}; * am Ende: jedes so beginnende Wort'),
    Field("home_places", "Orte, die zur eigenen Kommune gehören", "json", 'Fragen, die einen anderen Ort nennen, '
          'beantwortet der Chat nicht aus den eigenen Seiten – außer diesen: Kreis, Gemeinden des Amtes, Kreisstadt, '
          'z. B. ["Schleswig-Flensburg", "Kappeln", "Boren"]'),
    Field("grounding_threshold", "Schwelle für „keine gute Antwort“", "number", "Nur nach Messung ändern (bench/grounding.py)"),
    Field("share_with", "Wissen teilen mit", "json", 'Kürzel der Gemeinden, die die Dokumente dieser Kommune (z. B. '
          'des Amtes) mitnutzen dürfen: ["suederbrarup", "boren"]'),
    Field("shared_from", "Wissen mitnutzen von", "json", 'Kürzel, z. B. ["amt-suederbrarup"]; wirkt erst, wenn jene Kommune '
          'hier teilt. Eigene Dokumente mit derselben Kennung ersetzen die geteilten.'),
    Field("llm", "Eigenes Sprachmodell der Kommune", "plugin", "Für formulierte Antworten; ohne Eintrag gilt das Modell "
          "der Installation. Nur öffentliche Adressen, außer die Betriebsleitung hat den Server freigegeben."),
    Field("webhook", "Webhook zum Ticketsystem", "json", f'{{"url": "https://…", "events": ["ticket.created"], "secret": "…"}} – ein gespeichertes Geheimnis erscheint als {MASK}'),
)
assert {f.key for f in FIELDS} == set(VALIDATORS), "every setting needs a form field"


PLAIN_TEXT_OK = {"greeting", "disclaimer"}  # per-language settings that may also be one German text


def chat_backends() -> dict:
    """Chat model plugins that can be configured per town (they declare `config_model`)."""
    from rathaus import plugins

    return {name: cls.config_model for name, cls in plugins.load_all("chat_model").items()
            if getattr(cls, "config_model", None) is not None}


def shown(field: Field, value: Any) -> Any:
    """The stored value as the text in the form ('' when unset)."""
    if field.kind == "plugin":
        return plugin_forms.shown(value)
    if value is None:
        return ""
    if field.kind == "json" and not (field.key in PLAIN_TEXT_OK and isinstance(value, str)):
        return json.dumps(value, ensure_ascii=False, indent=2)
    return str(value)


def parse(field: Field, text: Any) -> Any:
    """The form text as the value to validate; None removes the setting. ValueError for unreadable text."""
    if field.kind == "plugin":
        return plugin_forms.to_setting(text)
    text = (text or "").strip()
    if not text:
        return None
    if field.kind == "number":
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text.replace(",", "."))
        except ValueError:
            raise ValueError("Bitte eine Zahl eingeben.") from None
    if field.kind == "json":
        if field.key in PLAIN_TEXT_OK and not text.startswith("{"):
            return text  # plain German text
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"Kein gültiges JSON (Zeile {exc.lineno}, Spalte {exc.colno}): {exc.msg}") from None
    return text


def keep_stored_secret(key: str, value: Any, stored: Any) -> Any:
    """A secret shown masked and sent back unchanged keeps the stored (sealed)
    value, or is left out when none is stored (for every field in SECRET_FIELDS)."""
    if not isinstance(value, dict):
        return value
    old = stored if isinstance(stored, dict) else {}
    for setting, field in SECRET_FIELDS:
        if setting == key and value.get(field) == MASK:
            value = {**value, field: old[field]} if old.get(field) else {k: v for k, v in value.items() if k != field}
    return value


def version(settings: dict) -> str:
    """A fingerprint of the stored settings: a form based on an older one is a conflict."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def form_rows(settings: dict, texts: dict | None = None, errors: dict | None = None) -> list[dict]:
    visible = public_view(settings)
    backends = {name: plugin_forms.fields_of(model) for name, model in chat_backends().items()}
    return [{"field": f, "text": (texts or {}).get(f.key, shown(f, visible.get(f.key))),
             "error": (errors or {}).get(f.key), "backends": backends if f.kind == "plugin" else {}}
            for f in FIELDS]


def submitted_texts(form) -> dict:
    """What the browser sent for every field (plugin settings as dicts)."""
    return {f.key: plugin_forms.submitted(form, f.key, chat_backends()) if f.kind == "plugin"
            else str(form.get(f.key, "")) for f in FIELDS}
