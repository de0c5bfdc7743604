"""Staff passwords: argon2id hashes (argon2-cffi's defaults follow RFC 9106)
and one simple rule set, explained to the user when it is not met."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12
MAX_LENGTH = 1024  # hashing a megabyte "password" is a denial of service, not a password

_hasher = PasswordHasher()


class WeakPassword(ValueError):
    """The password does not meet the rules; the message says which (German, shown in forms)."""


def check_policy(password: str, email: str = "") -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"Das Passwort muss mindestens {MIN_LENGTH} Zeichen lang sein.")
    if len(password) > MAX_LENGTH:
        raise WeakPassword(f"Das Passwort darf höchstens {MAX_LENGTH} Zeichen lang sein.")
    if email and password.strip().lower() in (email.lower(), email.split("@")[0].lower()):
        raise WeakPassword("Das Passwort darf nicht Ihre E-Mail-Adresse sein.")
    if len(set(password)) < 5:
        raise WeakPassword("Das Passwort besteht aus zu wenigen verschiedenen Zeichen.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash or len(password) > MAX_LENGTH:
        _hasher.hash("timing-equaliser")  # as slow as a real check: no "which e-mails exist" oracle
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)
