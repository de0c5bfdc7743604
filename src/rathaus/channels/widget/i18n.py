"""The widget's UI catalogue: one JSON file per language in locales/.

German (de.json) is the source; every other file has exactly its keys and
placeholders (tests/channels/test_widget_i18n.py). The widget receives the
strings of one language with its config, so a page view loads no catalogue
it does not show.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

SOURCE_LANGUAGE = "de"


def _locales():
    return files("rathaus.channels.widget") / "locales"


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Supported UI languages, German first, then alphabetical by code."""
    codes = sorted(p.name.removesuffix(".json") for p in _locales().iterdir() if p.name.endswith(".json"))
    return (SOURCE_LANGUAGE, *[c for c in codes if c != SOURCE_LANGUAGE])


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[str, str]:
    if language not in languages():
        raise KeyError(language)
    return json.loads((_locales() / f"{language}.json").read_text(encoding="utf-8"))


def negotiate(wanted: str | None, offered: list[str] | tuple[str, ...] | None = None) -> str:
    """The first supported (and, if given, `offered`) language in a comma-separated
    preference list ('uk,en-US,de'); else German, else the first offered."""
    allowed = [c for c in languages() if offered is None or c in offered] or [SOURCE_LANGUAGE]
    for item in (wanted or "").split(","):
        code = item.strip().lower().split("-")[0].split("_")[0]
        if code in allowed:
            return code
    return SOURCE_LANGUAGE if SOURCE_LANGUAGE in allowed else allowed[0]
