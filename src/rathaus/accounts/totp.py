"""The optional second factor: time-based one-time codes (RFC 6238, the
codes of any authenticator app). The secret is stored sealed with
RATHAUS_SECRET_KEY; a code is accepted once (its time step is remembered), one
step of clock drift either way is tolerated, and wrong codes count towards
the account lock like wrong passwords."""

from __future__ import annotations

import time

import pyotp
import segno
from sqlalchemy.orm import Session

from rathaus.accounts.store import MAX_FAILED_LOGINS, LOCK_MINUTES, AccountError
from rathaus.db.tables import User, utcnow
from rathaus.security.secrets import SecretBox, SecretError, seal_or_refuse

ISSUER = "rathaus"
STEP_S = 30


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, email: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER)


def qr_svg(uri: str) -> str:
    """An inline SVG of the QR code, labelled for screen readers."""
    svg = segno.make(uri, error="m").svg_inline(scale=4, title="QR-Code für die Authenticator-App")
    return svg.replace("<svg ", '<svg role="img" aria-label="QR-Code für die Authenticator-App" ', 1)


def matching_step(secret: str, code: str, last_step: int | None, now: float | None = None) -> int | None:
    code = "".join((code or "").split())
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret)
    current = int((now if now is not None else time.time()) // STEP_S)
    for step in (current - 1, current, current + 1):
        if step > (last_step if last_step is not None else -1) and totp.at(step * STEP_S) == code:
            return step
    return None


def enable(session: Session, user: User, box: SecretBox | None, secret: str, code: str) -> None:
    step = matching_step(secret, code, None)
    if step is None:
        raise AccountError("Der Code passt nicht. Bitte den aktuellen Code aus der App eingeben.")
    try:
        user.totp_secret = seal_or_refuse(box, secret, "Der zweite Faktor")
    except SecretError:
        raise AccountError("Der zweite Faktor kann erst genutzt werden, wenn die Betriebsleitung "
                           "RATHAUS_SECRET_KEY gesetzt hat.") from None
    user.totp_last_step = step


def check(session: Session, user: User, box: SecretBox | None, code: str) -> bool:
    """True (and the code used up) or False (a failed attempt counted)."""
    from datetime import timedelta

    try:
        secret = box.open(user.totp_secret) if box is not None else None
    except SecretError:
        secret = None
    step = matching_step(secret, code, user.totp_last_step) if secret else None
    if step is None:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until, user.failed_logins = utcnow() + timedelta(minutes=LOCK_MINUTES), 0
        return False
    user.totp_last_step, user.failed_logins = step, 0
    return True


def disable(session: Session, user: User, box: SecretBox | None, code: str) -> None:
    if not check(session, user, box, code):
        raise AccountError("Der Code passt nicht.")
    user.totp_secret, user.totp_last_step = None, None
