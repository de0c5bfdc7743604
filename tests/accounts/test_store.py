"""Accounts, roles, sessions, one-time links and the audit log, on a real database."""

from datetime import timedelta

import pytest
from sqlalchemy import update

from rathaus.accounts import audit, store
from rathaus.accounts.roles import allowed
from rathaus.accounts.store import AccountError
from rathaus.db import repository as repo
from rathaus.db.tables import AuthSession, OneTimeToken, User, utcnow
from rathaus.security.passwords import WeakPassword, check_policy, hash_password, verify_password

GOOD = "ein langes Passwort 2026"


@pytest.fixture
def db(runtime):
    return runtime.db


def make(db, email="anna@example.org", password=GOOD, **kw):
    with db.session() as session:
        return store.create_user(session, email, "Anna Admin", password, **kw).id


def test_password_rules_and_hashes():
    for weak in ("kurz", "aaaaaaaaaaaaaaaa", "anna@example.org"):
        with pytest.raises(WeakPassword):
            check_policy(weak, "anna@example.org")
    check_policy(GOOD, "anna@example.org")
    hashed = hash_password(GOOD)
    assert hashed.startswith("$argon2id$") and GOOD not in hashed
    assert verify_password(hashed, GOOD) and not verify_password(hashed, GOOD + "x")
    assert not verify_password(None, GOOD) and not verify_password("kein-hash", GOOD)


def test_emails_are_unique_whatever_their_case(db):
    make(db)
    with pytest.raises(AccountError, match="schon ein Konto"):
        make(db, "  ANNA@example.org ")
    for bad in ("", "anna", "anna@", "@example.org", "a b@example.org"):
        with pytest.raises(AccountError, match="E-Mail"):
            make(db, bad)


def test_sign_in_fails_the_same_way_for_every_reason_and_locks_after_ten(db):
    make(db)
    with db.session() as session:
        assert store.authenticate(session, "ANNA@example.org", GOOD).email == "anna@example.org"
    messages = set()
    for email, password in [("anna@example.org", "falsch"), ("niemand@example.org", GOOD)]:
        with db.session() as session, pytest.raises(AccountError) as exc:
            store.authenticate(session, email, password)
        messages.add(str(exc.value))
    assert len(messages) == 1, "no hint whether the address exists"
    for _ in range(9):  # with the one above: ten failures
        with db.session() as session, pytest.raises(AccountError):
            store.authenticate(session, "anna@example.org", "falsch")
    with db.session() as session, pytest.raises(AccountError):
        store.authenticate(session, "anna@example.org", GOOD)  # locked, even with the right password
    with db.session() as session:
        session.execute(update(User).values(locked_until=utcnow() - timedelta(seconds=1)))
    with db.session() as session:
        assert store.authenticate(session, "anna@example.org", GOOD)


def test_sessions_end_by_logout_expiry_disabling_and_a_new_password(db):
    user_id = make(db)
    with db.session() as session:
        token = store.start_session(session, session.get(User, user_id))
    with db.session() as session:
        me = store.principal_for(session, token)
        assert me.email == "anna@example.org" and me.csrf_token and me.roles == {}
        assert session.get(AuthSession, token) is None, "only the hash is stored"
        assert store.principal_for(session, token + "x") is None and store.principal_for(session, None) is None
        store.end_session(session, token)
        assert store.principal_for(session, token) is None
    for end in ("expiry", "disabled", "password"):
        with db.session() as session:
            user = session.get(User, user_id)
            user.disabled = False
            token = store.start_session(session, user)
        with db.session() as session:
            user = session.get(User, user_id)
            if end == "expiry":
                session.execute(update(AuthSession).values(expires_at=utcnow() - timedelta(seconds=1)))
            elif end == "disabled":
                user.disabled = True
            else:
                store.set_password(session, user, GOOD + "!")
        with db.session() as session:
            assert store.principal_for(session, token) is None, end


def test_one_time_links_work_once_for_their_purpose_until_they_expire(db):
    user_id = make(db, password=None)
    with db.session() as session:
        invite = store.issue_token(session, "invite", user_id)
        old = store.issue_token(session, "reset", user_id)
    with db.session() as session:
        assert store.peek_token(session, invite, "reset") is None
        assert store.use_token(session, invite, "invite").user_id == user_id
    with db.session() as session, pytest.raises(AccountError, match="schon benutzt"):
        store.use_token(session, invite, "invite")
    with db.session() as session:
        session.execute(update(OneTimeToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    with db.session() as session:
        assert store.peek_token(session, old, "reset") is None


def test_tenant_b_cannot_be_reached_with_a_role_in_tenant_a(db):
    user_id = make(db)
    boss_id = make(db, "chef@example.org", is_superadmin=True)
    with db.session() as session:
        a = repo.ensure_tenant(session, "jena", "Jena", embedder="hashing")
        b = repo.ensure_tenant(session, "suederbrarup", "Süderbrarup", embedder="hashing")
        store.grant(session, user_id, a.id, "agent")
        a_id, b_id = a.id, b.id
        token = store.start_session(session, session.get(User, user_id))
        boss = store.start_session(session, session.get(User, boss_id))
    with db.session() as session:
        me = store.principal_for(session, token)
        assert me.role_in(a_id) == "agent" and me.role_in(b_id) is None
        assert allowed(me.role_in(a_id), "inbox") and not allowed(me.role_in(a_id), "users")
        assert not allowed(me.role_in(b_id), "inbox")
        assert [t.slug for t in store.visible_tenants(session, me)] == ["jena"]
        assert len(store.visible_tenants(session, store.principal_for(session, boss))) == 2
        with pytest.raises(AccountError, match="Rolle"):
            store.grant(session, user_id, b_id, "king")
    with db.session() as session:
        store.grant(session, user_id, a_id, "admin")  # a change, not a second membership
        assert store.members(session, a_id)[0][1] == "admin" and store.members(session, b_id) == []
        assert store.revoke(session, user_id, a_id) and not store.revoke(session, user_id, a_id)


def test_audit_entries_stay_in_their_tenant_and_export_safely(db):
    with db.session() as session:
        a = repo.ensure_tenant(session, "jena", "Jena", embedder="hashing").id
        b = repo.ensure_tenant(session, "amt", "Amt", embedder="hashing").id
        audit.record(session, a, "anna@example.org", "settings.changed", "primary_color", old="#000", new="#0b5394")
        audit.record(session, b, "=HYPERLINK(\"http://evil\")", "login")
    with db.session() as session:
        assert [e.action for e in audit.entries(session, a)] == ["settings.changed"]
        text = audit.to_csv(audit.entries(session, b))
    assert text.splitlines()[0] == "time_utc,actor,action,target,details"
    assert "'=HYPERLINK" in text, "a formula is exported as text"
