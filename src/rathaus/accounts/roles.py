"""Roles per tenant and what each may do. One table, read by every check."""

from __future__ import annotations

ROLES = ("admin", "editor", "agent", "analyst")
ROLE_NAMES = {"admin": "Administration", "editor": "Redaktion", "agent": "Bürgerservice (Posteingang)",
              "analyst": "Auswertung"}

PERMISSIONS: dict[str, frozenset[str]] = {
    "inbox": frozenset({"admin", "agent"}),  # answer citizens in the staff inbox
    "sources": frozenset({"admin", "editor"}),  # knowledge sources and documents
    "settings": frozenset({"admin"}),  # the town's settings
    "users": frozenset({"admin"}),  # accounts and roles of this town
    "audit": frozenset({"admin"}),  # read and export the audit log
    "analytics": frozenset({"admin", "analyst"}),  # statistics, transcripts for evaluation
}


def allowed(role: str | None, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return role in PERMISSIONS[permission]
