"""Sign-in, first-run setup, password links, accounts and roles, audit log.

Server-rendered (Jinja2, autoescaped), no JavaScript needed. Every page that
shows a tenant checks the user's role in it; a tenant without a role answers
404 exactly like one that does not exist, so slugs cannot be probed.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from rathaus.accounts import audit, store
from rathaus.accounts.roles import ROLE_NAMES, ROLES, allowed
from rathaus.accounts.store import AccountError, Principal
from rathaus.admin import auth
from rathaus.channels.widget.routes import PAGE_HEADERS
from rathaus.db import repository as repo
from rathaus.handoff import outbox
from rathaus.security.passwords import WeakPassword

router = APIRouter(include_in_schema=False)
_env = Environment(loader=PackageLoader("rathaus.admin", "templates"), autoescape=select_autoescape(default=True))
NO_STORE = {**PAGE_HEADERS, "Cache-Control": "no-store"}


def render(template: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("user", None)
    return HTMLResponse(_env.get_template(template).render(**context), status_code=status, headers=NO_STORE)


async def in_db(request: Request, work):
    db = request.app.state.runtime.db

    def run():
        with db.session() as session:
            return work(session)

    return await run_in_threadpool(run)


def tenant_for(session, user: Principal, slug: str, permission: str):
    """The tenant if the user may do `permission` there, else 404 (also for unknown slugs)."""
    try:
        tenant = repo.get_tenant(session, slug)
    except (repo.UnknownTenant, repo.InvalidSlug):
        tenant = None
    if tenant is None or not allowed(user.role_in(tenant.id), permission):
        raise HTTPException(status_code=404, detail="Diese Seite gibt es nicht.")
    return tenant


class _Invalid(Exception):
    """Raised inside a transaction so that it rolls back; carries what to show."""


def public_base(request: Request) -> str:
    """Links in mails must work outside: the operator's public address if set."""
    configured = request.app.state.runtime.settings.public_url
    return (configured or str(request.base_url)).rstrip("/")


def _signed_in(response: Response, token: str) -> Response:
    auth.set_session_cookie(response, token)
    return response


def _sso(request: Request) -> list:
    from rathaus.security.oidc import providers

    return list(providers(request.app.state.runtime.settings).values())


# -- sign-in ------------------------------------------------------------------------------------

@router.get("/login")
async def login_page(request: Request, next: str = "/admin") -> Response:
    if await auth.principal(request) is not None:
        return RedirectResponse(auth.safe_next(next), status_code=303)
    csrf = auth.pre_login_csrf(request)
    response = render("login.html", title="Anmelden", csrf=csrf, next=auth.safe_next(next), email="", error=None,
                      providers=_sso(request))
    auth.set_pre_login_csrf(response, csrf)
    return response


@router.post("/login")
async def login(request: Request, email: str = Form(""), password: str = Form(""), csrf: str = Form(""),
                next: str = Form("/admin")) -> Response:
    auth.check_pre_login_csrf(request, csrf)

    def work(session):
        try:
            user = store.authenticate(session, email, password)
        except AccountError as exc:
            return None, str(exc)
        if user.totp_secret:  # the password was right; the app's code comes next
            return "mfa", store.issue_token(session, "mfa", user.id)
        _record_login(session, user)
        return store.start_session(session, user), None

    token, error = await in_db(request, work)
    if token is None:
        return render("login.html", 401, title="Anmelden", csrf=csrf, next=auth.safe_next(next), email=email[:320],
                      error=error, providers=_sso(request))
    if token == "mfa":
        response = render("totp.html", title="Anmelden: zweiter Faktor", csrf=csrf, next=auth.safe_next(next), error=None)
        response.set_cookie(MFA_COOKIE, error, max_age=300, path="/", secure=True, httponly=True, samesite="strict")
        return response
    return _signed_in(RedirectResponse(auth.safe_next(next), status_code=303), token)


MFA_COOKIE = "__Host-rathaus_mfa"


def _record_login(session, user, **details) -> None:
    for tenant_id in store.roles_of(session, user.id):
        audit.record(session, tenant_id, user.email, "login", **details)
    if user.is_superadmin:
        audit.record(session, None, user.email, "login", **details)


@router.post("/login/totp")
async def login_totp(request: Request, code: str = Form(""), csrf: str = Form(""), next: str = Form("/admin")) -> Response:
    from rathaus.accounts import totp
    from rathaus.security.secrets import SecretBox

    auth.check_pre_login_csrf(request, csrf)
    box = SecretBox.from_settings(request.app.state.runtime.settings)
    pending = request.cookies.get(MFA_COOKIE, "")

    def work(session):
        row = store.peek_token(session, pending, "mfa")
        if row is None:
            return None, "Die Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal an."
        user = session.get(store.User, row.user_id)
        locked = user.locked_until is not None and store.as_utc(user.locked_until) > store.utcnow()
        if user.disabled or locked or not totp.check(session, user, box, code):
            return None, "Der Code passt nicht (oder das Konto ist gesperrt)."
        store.use_token(session, pending, "mfa")
        _record_login(session, user, factor="totp")
        return store.start_session(session, user), None

    token, error = await in_db(request, work)
    if token is None:
        return render("totp.html", 401, title="Anmelden: zweiter Faktor", csrf=csrf, next=auth.safe_next(next),
                      error=error)
    response = _signed_in(RedirectResponse(auth.safe_next(next), status_code=303), token)
    response.delete_cookie(MFA_COOKIE, path="/", secure=True, httponly=True, samesite="strict")
    return response


@router.post("/logout")
async def logout(request: Request, csrf: str = Form(""), user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)
    await in_db(request, lambda s: store.end_session(s, request.cookies.get(auth.SESSION_COOKIE)))
    response = RedirectResponse("/login", status_code=303)
    auth.clear_session_cookie(response)
    return response


# -- first admin, invitations, password resets ------------------------------------------------

def _password_fields(errors: dict, values: dict, with_identity: bool) -> list[dict]:
    fields = []
    if with_identity:
        fields += [
            {"id": "name", "label": "Ihr Name", "type": "text", "autocomplete": "name", "hint": "So sehen Kolleginnen und Kollegen Sie."},
            {"id": "email", "label": "E-Mail-Adresse", "type": "email", "autocomplete": "username", "hint": "Damit melden Sie sich an."},
        ]
    fields += [
        {"id": "password", "label": "Neues Passwort", "type": "password", "autocomplete": "new-password",
         "hint": "Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist gut zu merken."},
        {"id": "password2", "label": "Passwort wiederholen", "type": "password", "autocomplete": "new-password",
         "hint": "Zur Sicherheit noch einmal."},
    ]
    for f in fields:
        f["error"] = errors.get(f["id"])
        f["value"] = values.get(f["id"], "") if f["type"] != "password" else ""
    return fields


def _password_page(request: Request, title: str, intro: str, submit: str, with_identity: bool,
                   errors: dict | None = None, values: dict | None = None, status: int = 200) -> HTMLResponse:
    csrf = auth.pre_login_csrf(request)
    response = render("set_password.html", status, title=title, intro=intro, submit=submit, csrf=csrf,
                      fields=_password_fields(errors or {}, values or {}, with_identity))
    auth.set_pre_login_csrf(response, csrf)
    return response


def _check_passwords(password: str, password2: str, email: str, errors: dict) -> None:
    from rathaus.security.passwords import check_policy

    try:
        check_policy(password, email)
    except WeakPassword as exc:
        errors["password"] = str(exc)
    if not errors.get("password") and password != password2:
        errors["password2"] = "Die beiden Passwörter stimmen nicht überein."


SETUP_TEXT = ("Willkommen! Legen Sie das erste Konto an. Es darf alles: Kommunen anlegen und "
              "weitere Personen einladen.")


@router.get("/setup/{token}")
async def setup_page(request: Request, token: str) -> Response:
    valid = await in_db(request, lambda s: not store.has_users(s) and store.peek_token(s, token, "setup") is not None)
    if not valid:
        return render("message.html", 404, title="Einrichtung", text="Dieser Einrichtungslink gilt nicht (mehr). "
                      "Die Einrichtung ist abgeschlossen oder der Link abgelaufen: rathaus neu starten zeigt einen neuen.",
                      link="/login", link_text="Zur Anmeldung")
    return _password_page(request, "Einrichtung", SETUP_TEXT, "Konto anlegen", with_identity=True)


@router.post("/setup/{token}")
async def setup(request: Request, token: str, name: str = Form(""), email: str = Form(""), password: str = Form(""),
                password2: str = Form(""), csrf: str = Form("")) -> Response:
    auth.check_pre_login_csrf(request, csrf)
    errors: dict = {}
    _check_passwords(password, password2, email, errors)

    def work(session):
        if store.has_users(session):
            raise HTTPException(status_code=409, detail="Die Einrichtung ist schon abgeschlossen.")
        if store.peek_token(session, token, "setup") is None:
            raise HTTPException(status_code=404, detail="Dieser Einrichtungslink gilt nicht (mehr).")
        try:
            user = store.create_user(session, email, name, None, is_superadmin=True)
        except AccountError as exc:
            errors["name" if "Namen" in str(exc) else "email"] = str(exc)
            return None
        if errors:
            raise _Invalid(errors)  # rolls the transaction back: nothing of a half-valid form is kept
        store.set_password(session, user, password)
        store.use_token(session, token, "setup")
        audit.record(session, None, user.email, "setup.first_admin", user.email)
        return store.start_session(session, user)

    try:
        session_token = await in_db(request, work)
    except _Invalid:
        session_token = None
    if session_token is None:
        return _password_page(request, "Einrichtung", SETUP_TEXT, "Konto anlegen", True, errors,
                              {"name": name, "email": email}, status=422)
    return _signed_in(RedirectResponse("/admin", status_code=303), session_token)


def _link_row(session, token: str):
    return store.peek_token(session, token, "invite") or store.peek_token(session, token, "reset")


@router.get("/password/forgot")
async def forgot_page(request: Request) -> Response:
    csrf = auth.pre_login_csrf(request)
    response = render("set_password.html", title="Passwort vergessen", csrf=csrf, submit="Link anfordern",
                      intro="Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort setzen (eine Stunde gültig).",
                      fields=[{"id": "email", "label": "E-Mail-Adresse", "type": "email", "autocomplete": "username",
                               "hint": "Die Adresse Ihres Kontos.", "value": "", "error": None}])
    auth.set_pre_login_csrf(response, csrf)
    return response


@router.post("/password/forgot")
async def forgot(request: Request, email: str = Form(""), csrf: str = Form("")) -> Response:
    auth.check_pre_login_csrf(request, csrf)
    runtime = request.app.state.runtime

    def work(session):
        user = store.find_user(session, email or "")
        if user is None or user.disabled or runtime.mail_config is None:
            return
        token = store.issue_token(session, "reset", user.id)
        base = public_base(request)
        outbox.enqueue_text(session, None, None, "password_reset", user.email, "rathaus: neues Passwort setzen",
                            f"Guten Tag {user.name},\n\nmit diesem Link setzen Sie ein neues Passwort "
                            f"(eine Stunde gültig, nur einmal nutzbar):\n\n{base}/password/{token}\n\n"
                            "Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.")
        audit.record(session, None, user.email, "password.reset_requested")

    await in_db(request, work)
    return render("message.html", title="Passwort vergessen", link="/login", link_text="Zur Anmeldung",
                  text="Wenn es zu dieser Adresse ein Konto gibt, ist ein Link unterwegs. "
                       "Kommt keine E-Mail, wenden Sie sich an Ihre Administration.")


@router.get("/password/{token}")
async def password_page(request: Request, token: str) -> Response:
    row = await in_db(request, lambda s: _link_row(s, token))
    if row is None:
        return render("message.html", 404, title="Passwort setzen", link="/password/forgot", link_text="Neuen Link anfordern",
                      text="Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.")
    return _password_page(request, "Passwort setzen", "", "Passwort speichern", with_identity=False)


@router.post("/password/{token}")
async def set_password(request: Request, token: str, password: str = Form(""), password2: str = Form(""),
                       csrf: str = Form("")) -> Response:
    auth.check_pre_login_csrf(request, csrf)

    def work(session):
        row = _link_row(session, token)
        if row is None or row.user_id is None:
            raise HTTPException(status_code=404, detail="Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.")
        user = session.get(store.User, row.user_id)
        errors: dict = {}
        _check_passwords(password, password2, user.email, errors)
        if errors:
            return None, errors
        store.set_password(session, user, password)
        store.use_token(session, token, row.purpose)
        for tenant_id in store.roles_of(session, user.id):
            audit.record(session, tenant_id, user.email, "password.set")
        return store.start_session(session, user), None

    session_token, errors = await in_db(request, work)
    if session_token is None:
        return _password_page(request, "Passwort setzen", "", "Passwort speichern", False, errors, status=422)
    return _signed_in(RedirectResponse("/admin", status_code=303), session_token)


# -- overview, accounts, audit log --------------------------------------------------------------

@router.get("/admin")
async def home(request: Request, user: Principal = Depends(auth.page_user)) -> Response:
    return await home_page(request, user)


async def home_page(request: Request, user: Principal, status: int = 200, **extra) -> Response:
    def work(session):
        rows = []
        for t in store.visible_tenants(session, user):
            role = user.role_in(t.id)
            rows.append({"slug": t.slug, "name": t.name, "role_name": ROLE_NAMES.get(role, ""), "disabled": t.disabled,
                         **{f"can_{p}": allowed(role, p) and not t.disabled for p in ("users", "audit", "settings", "sources")}})
        return rows

    extra.setdefault("create_form", {"slug": "", "name": ""})
    return render("home.html", status, title="Übersicht", user=user, tenants=await in_db(request, work), **extra)


def _members_view(session, tenant_id: int) -> list[dict]:
    return [{"id": u.id, "name": u.name, "email": u.email, "role": role} for u, role in store.members(session, tenant_id)]


def _users_page(user: Principal, tenant, members, status: int = 200, **extra) -> HTMLResponse:
    extra.setdefault("form", {"name": "", "email": "", "role": "agent"})
    return render("users.html", status, title=f"Benutzer – {tenant.name}", user=user, tenant=tenant, members=members,
                  roles=[(r, ROLE_NAMES[r]) for r in ROLES], **extra)


@router.get("/admin/{slug}/users")
async def users_page(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    tenant, members = await in_db(request, lambda s: (t := tenant_for(s, user, slug, "users"), _members_view(s, t.id)))
    return _users_page(user, tenant, members)


@router.post("/admin/{slug}/users")
async def invite(request: Request, slug: str, name: str = Form(""), email: str = Form(""), role: str = Form("agent"),
                 csrf: str = Form(""), user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)
    runtime = request.app.state.runtime
    base = public_base(request)

    def work(session):
        tenant = tenant_for(session, user, slug, "users")
        try:
            if role not in ROLES:
                raise AccountError("Bitte wählen Sie eine Rolle.")
            invited = store.find_user(session, store.normalise_email(email))
            if invited is None:
                invited = store.create_user(session, email, name)
            store.grant(session, invited.id, tenant.id, role)
        except AccountError as exc:
            raise _Invalid(str(exc)) from None  # rolls back a user created a moment ago
        extra = {"notice": f"{invited.name} hat jetzt die Rolle „{ROLE_NAMES[role]}“."}
        if invited.password_hash is None:  # a new account: it needs a password first
            link = f"{base}/password/{store.issue_token(session, 'invite', invited.id)}"
            extra.update(invite_link=link, invited=invited.email, mailed=runtime.mail_config is not None)
            if runtime.mail_config is not None:
                outbox.enqueue_text(session, tenant.id, None, "invitation", invited.email,
                                    f"Einladung: {tenant.name} im Bürger-Chat rathaus",
                                    f"Guten Tag {invited.name},\n\n{user.name} hat Sie zu {tenant.name} eingeladen "
                                    f"(Rolle: {ROLE_NAMES[role]}). Mit diesem Link setzen Sie Ihr Passwort "
                                    f"(72 Stunden gültig):\n\n{link}\n")
        audit.record(session, tenant.id, user.email, "user.role_granted", invited.email, role=role)
        return tenant, _members_view(session, tenant.id), extra

    try:
        tenant, members, extra = await in_db(request, work)
    except _Invalid as exc:
        tenant, members = await in_db(request, lambda s: (t := tenant_for(s, user, slug, "users"), _members_view(s, t.id)))
        extra = {"error": str(exc), "form": {"name": name, "email": email, "role": role}}
    return _users_page(user, tenant, members, 422 if "error" in extra else 200, **extra)


@router.post("/admin/{slug}/users/{user_id}")
async def change_role(request: Request, slug: str, user_id: int, role: str = Form(""), csrf: str = Form(""),
                      user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)

    def work(session):
        tenant = tenant_for(session, user, slug, "users")
        member = dict((u.id, (u, r)) for u, r in store.members(session, tenant.id)).get(user_id)
        if member is None:
            raise HTTPException(status_code=404, detail="Dieses Konto hat hier keine Rolle.")
        target, old_role = member
        if old_role == "admin" and role != "admin" and store.admins_left(session, tenant.id, user_id) == 0:
            return tenant, {"error": "Die letzte Administration einer Kommune kann nicht entfernt werden."}
        if role:
            store.grant(session, user_id, tenant.id, role)
            audit.record(session, tenant.id, user.email, "user.role_changed", target.email, old=old_role, new=role)
            text = f"{target.name} hat jetzt die Rolle „{ROLE_NAMES[role]}“."
        else:
            store.revoke(session, user_id, tenant.id)
            audit.record(session, tenant.id, user.email, "user.role_removed", target.email, old=old_role)
            text = f"{target.name} hat in {tenant.name} keine Rolle mehr."
        return tenant, {"notice": text}

    try:
        tenant, extra = await in_db(request, work)
    except AccountError as exc:  # an unknown role: the transaction rolled back
        tenant, extra = await in_db(request, lambda s: tenant_for(s, user, slug, "users")), {"error": str(exc)}
    members = await in_db(request, lambda s: _members_view(s, tenant.id))
    if "error" in extra:
        return _users_page(user, tenant, members, 409, notice=extra["error"])
    return _users_page(user, tenant, members, notice=extra["notice"])


@router.get("/admin/{slug}/audit")
async def audit_page(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    tenant, rows = await in_db(request, lambda s: (t := tenant_for(s, user, slug, "audit"), audit.entries(s, t.id)))
    return render("audit.html", title=f"Protokoll – {tenant.name}", user=user, tenant=tenant, entries=rows)


@router.get("/admin/{slug}/audit.csv")
async def audit_csv(request: Request, slug: str, user: Principal = Depends(auth.page_user)) -> Response:
    def work(session):
        tenant = tenant_for(session, user, slug, "audit")
        audit.record(session, tenant.id, user.email, "audit.exported")
        return tenant, audit.to_csv(audit.entries(session, tenant.id, limit=100_000))

    tenant, text = await in_db(request, work)
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="rathaus-protokoll-{tenant.slug}.csv"', "Cache-Control": "no-store"})
