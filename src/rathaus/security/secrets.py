"""Secrets inside tenant settings (webhook tokens, later LLM API keys).

Tenant settings are plain JSON in the database and travel into backups and
admin screens, so a secret is stored sealed: `enc:v1:<Fernet token>`,
encrypted and authenticated with a key derived from `RATHAUS_SECRET_KEY`.
Without that key rathaus refuses to store a secret rather than keeping it in
clear text. Losing the key means re-entering the secrets, nothing else.
"""

from __future__ import annotations

import base64

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

PREFIX = "enc:v1:"
MASK = "••••••"  # what admin screens and `rathaus tenants show` print instead


class SecretError(ValueError):
    """A secret cannot be sealed or opened; the message says what to do."""


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


class SecretBox:
    def __init__(self, secret_key: str):
        if len(secret_key) < 16:
            raise SecretError("RATHAUS_SECRET_KEY must be at least 16 characters long")
        derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"rathaus tenant secrets v1").derive(
            secret_key.encode("utf-8"))
        self._fernet = Fernet(base64.urlsafe_b64encode(derived))

    @classmethod
    def from_settings(cls, settings: object) -> SecretBox | None:
        key = getattr(settings, "secret_key", None)
        return cls(key) if key else None

    def seal(self, plaintext: str) -> str:
        if is_sealed(plaintext):
            return plaintext  # already sealed (a setting saved again unchanged)
        return PREFIX + self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def open(self, sealed: str) -> str:
        if not is_sealed(sealed):
            raise SecretError("not a sealed secret")
        try:
            return self._fernet.decrypt(sealed[len(PREFIX):].encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise SecretError("the secret was sealed with another RATHAUS_SECRET_KEY; enter it again") from None


def seal_or_refuse(box: SecretBox | None, plaintext: str, what: str) -> str:
    if box is None:
        raise SecretError(f"{what} is a secret: set RATHAUS_SECRET_KEY (any long random string) to store it encrypted")
    return box.seal(plaintext)
