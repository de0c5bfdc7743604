"""Plugin registry: built-ins and third-party plugins load the same way.

Every seam has an entry-point group (see pyproject.toml). A plugin package adds
its class under that group and it becomes selectable by name, e.g.
``RATHAUS_EMBEDDER=my-embedder``. There is no if/elif factory anywhere.
"""

from __future__ import annotations

from functools import cache
from importlib.metadata import entry_points
from typing import Any

GROUPS = {
    "embedder": "rathaus.embedders",
    "parser": "rathaus.parsers",
    "chat_model": "rathaus.chat_models",
    "broker": "rathaus.brokers",
    "connector": "rathaus.connectors",  # connectors with a config_model: sources kept in the admin UI
}


class PluginNotFound(LookupError):
    pass


@cache
def _entry_points(group: str) -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=group)}


def names(kind: str) -> list[str]:
    """All registered plugin names of one kind, sorted."""
    return sorted(_entry_points(GROUPS[kind]))


def load(kind: str, name: str) -> Any:
    """The class (or factory) registered as `name` for seam `kind`."""
    eps = _entry_points(GROUPS[kind])
    if name not in eps:
        known = ", ".join(sorted(eps)) or "none"
        raise PluginNotFound(f"unknown {kind} {name!r} (available: {known})")
    return eps[name].load()


def load_all(kind: str) -> dict[str, Any]:
    return {name: ep.load() for name, ep in sorted(_entry_points(GROUPS[kind]).items())}
