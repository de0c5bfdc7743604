"""Users, roles per tenant, sign-in sessions and one-time links.

Secrets (session cookies, links) are random tokens handed out once; only
their SHA-256 is stored. Memberships are the only way a user reaches a
tenant's data: every check asks `role_in(session, user, tenant_id)`.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rathaus.accounts.roles import ROLES
from rathaus.db.tables import AuthSession, Membership, OneTimeToken, Tenant, User, UserIdentity, as_utc, utcnow
from rathaus.security import passwords

SESSION_HOURS = 12  # a working day; then sign in again
TOKEN_HOURS = {"setup": 24, "invite": 72, "reset": 1, "mfa": 5 / 60}  # mfa: password done, code pending
MAX_FAILED_LOGINS = 10
LOCK_MINUTES = 15
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


class AccountError(ValueError):
    """Bad input about accounts; the message is German and shown in forms."""


@dataclass
class Principal:
    """The signed-in user as the web layer sees it."""

    user_id: int
    email: str
    name: str
    is_superadmin: bool
    csrf_token: str
    roles: dict[int, str] = field(default_factory=dict)  # tenant id -> role

    def role_in(self, tenant_id: int) -> str | None:
        return "admin" if self.is_superadmin else self.roles.get(tenant_id)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    if not EMAIL_RE.match(email) or len(email) > 320:
        raise AccountError("Bitte geben Sie eine gültige E-Mail-Adresse an.")
    return email


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(session: Session, email: str, name: str, password: str | None = None,
                is_superadmin: bool = False) -> User:
    email = normalise_email(email)
    name = " ".join((name or "").split())
    if not name or len(name) > 200:
        raise AccountError("Bitte geben Sie einen Namen an (höchstens 200 Zeichen).")
    if password is not None:
        passwords.check_policy(password, email)
    user = User(email=email, name=name, is_superadmin=is_superadmin, disabled=False, failed_logins=0,
                password_hash=passwords.hash_password(password) if password is not None else None)
    session.add(user)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError:
        raise AccountError("Für diese E-Mail-Adresse gibt es schon ein Konto.") from None
    return user


def set_password(session: Session, user: User, password: str) -> None:
    passwords.check_policy(password, user.email)
    user.password_hash = passwords.hash_password(password)
    user.failed_logins, user.locked_until = 0, None
    session.execute(delete(AuthSession).where(AuthSession.user_id == user.id))  # sign out everywhere else


def authenticate(session: Session, email: str, password: str) -> User:
    """The user, or AccountError with one message for every failure (no hint
    which part was wrong). Ten failures lock the account for 15 minutes."""
    failure = AccountError("E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist gesperrt.")
    user = find_user(session, email or "")
    if user is None:
        passwords.verify_password(None, password)  # same time as a real check
        raise failure
    if user.disabled or (user.locked_until is not None and as_utc(user.locked_until) > utcnow()):
        passwords.verify_password(None, password)
        raise failure
    if not passwords.verify_password(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until, user.failed_logins = utcnow() + timedelta(minutes=LOCK_MINUTES), 0
        raise failure
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    user.failed_logins, user.locked_until, user.last_login_at = 0, None, utcnow()
    return user


def user_for_identity(session: Session, issuer: str, subject: str, email: str | None,
                      email_verified: bool) -> User | None:
    """The account a single sign-on identity belongs to. The first time, a
    *verified* e-mail address finds the invited account and links it; later
    the (issuer, subject) pair does, whatever the address becomes."""
    linked = session.scalar(select(User).join(UserIdentity, UserIdentity.user_id == User.id)
                            .where(UserIdentity.issuer == issuer, UserIdentity.subject == subject))
    if linked is not None:
        return None if linked.disabled else linked
    if not email or not email_verified:
        return None
    user = find_user(session, email)
    if user is None or user.disabled:
        return None
    session.add(UserIdentity(user_id=user.id, issuer=issuer, subject=subject))
    user.last_login_at = utcnow()
    return user


# -- roles ------------------------------------------------------------------------------------

def grant(session: Session, user_id: int, tenant_id: int, role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"Unbekannte Rolle {role!r}; möglich: {', '.join(ROLES)}.")
    membership = session.scalar(select(Membership).where(Membership.user_id == user_id,
                                                         Membership.tenant_id == tenant_id))
    if membership is None:
        session.add(Membership(user_id=user_id, tenant_id=tenant_id, role=role))
    else:
        membership.role = role


def revoke(session: Session, user_id: int, tenant_id: int) -> bool:
    return session.execute(delete(Membership).where(Membership.user_id == user_id,
                                                    Membership.tenant_id == tenant_id)).rowcount > 0


def members(session: Session, tenant_id: int) -> list[tuple[User, str]]:
    rows = session.execute(select(User, Membership.role).join(Membership, Membership.user_id == User.id)
                           .where(Membership.tenant_id == tenant_id).order_by(User.name))
    return [(user, role) for user, role in rows]


def admins_left(session: Session, tenant_id: int, without_user: int) -> int:
    return session.scalar(select(func.count()).select_from(Membership).where(
        Membership.tenant_id == tenant_id, Membership.role == "admin", Membership.user_id != without_user))


def roles_of(session: Session, user_id: int) -> dict[int, str]:
    return dict(session.execute(select(Membership.tenant_id, Membership.role).where(Membership.user_id == user_id)).all())


def visible_tenants(session: Session, principal: Principal) -> list[Tenant]:
    query = select(Tenant).order_by(Tenant.name)
    if not principal.is_superadmin:  # the platform admin also sees switched-off towns, to switch them on
        query = query.where(Tenant.id.in_(list(principal.roles) or [-1]), Tenant.disabled.is_(False))
    return list(session.scalars(query))


# -- sessions ---------------------------------------------------------------------------------

def start_session(session: Session, user: User) -> str:
    """A new sign-in; returns the cookie token (shown once, stored hashed)."""
    token = secrets.token_urlsafe(32)
    session.add(AuthSession(id=_digest(token), user_id=user.id, csrf_token=secrets.token_urlsafe(24),
                            expires_at=utcnow() + timedelta(hours=SESSION_HOURS)))
    return token


def principal_for(session: Session, token: str | None) -> Principal | None:
    if not token or len(token) > 200:
        return None
    row = session.execute(select(AuthSession, User).join(User, User.id == AuthSession.user_id)
                          .where(AuthSession.id == _digest(token))).first()
    if row is None:
        return None
    auth, user = row
    if as_utc(auth.expires_at) <= utcnow() or user.disabled:
        return None
    return Principal(user.id, user.email, user.name, user.is_superadmin, auth.csrf_token, roles_of(session, user.id))


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(AuthSession).where(AuthSession.id == _digest(token)))


# -- one-time links ---------------------------------------------------------------------------

def issue_token(session: Session, purpose: str, user_id: int | None = None) -> str:
    token = secrets.token_urlsafe(32)
    session.add(OneTimeToken(id=_digest(token), purpose=purpose, user_id=user_id,
                             expires_at=utcnow() + timedelta(hours=TOKEN_HOURS[purpose])))
    return token


def peek_token(session: Session, token: str, purpose: str) -> OneTimeToken | None:
    """The link's row if it is valid now (not used, not expired), without using it."""
    row = session.get(OneTimeToken, _digest(token or ""))
    if row is None or row.purpose != purpose or row.used_at is not None or as_utc(row.expires_at) <= utcnow():
        return None
    return row


def use_token(session: Session, token: str, purpose: str) -> OneTimeToken:
    row = peek_token(session, token, purpose)
    if row is None:
        raise AccountError("Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.")
    row.used_at = utcnow()
    return row
