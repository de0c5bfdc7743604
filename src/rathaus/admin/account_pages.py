"""One's own account: change the password, switch the second factor (TOTP)
on or off."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from rathaus.accounts import audit, store, totp
from rathaus.accounts.store import AccountError, Principal
from rathaus.admin import auth
from rathaus.admin.routes import _Invalid, in_db, render
from rathaus.security import passwords
from rathaus.security.secrets import SecretBox

router = APIRouter(include_in_schema=False)


def _audit_everywhere(session, user: store.User, action: str) -> None:
    for tenant_id in store.roles_of(session, user.id):
        audit.record(session, tenant_id, user.email, action)
    if user.is_superadmin:
        audit.record(session, None, user.email, action)


async def _page(request: Request, user: Principal, status: int = 200, **extra) -> Response:
    def work(session):
        account = session.get(store.User, user.user_id)
        return {"has_password": account.password_hash is not None, "totp": account.totp_secret is not None}

    return render("account.html", status, title="Mein Konto", user=user, account=await in_db(request, work), **extra)


@router.get("/admin/account")
async def account_page(request: Request, user: Principal = Depends(auth.page_user)) -> Response:
    return await _page(request, user)


@router.post("/admin/account/password")
async def change_password(request: Request, current: str = Form(""), password: str = Form(""), password2: str = Form(""),
                          csrf: str = Form(""), user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)

    def work(session):
        account = session.get(store.User, user.user_id)
        if account.password_hash is not None and not passwords.verify_password(account.password_hash, current):
            raise _Invalid({"current": "Das bisherige Passwort stimmt nicht."})
        if password != password2:
            raise _Invalid({"password2": "Die beiden Passwörter stimmen nicht überein."})
        try:
            store.set_password(session, account, password)  # also signs out every other session
        except passwords.WeakPassword as exc:
            raise _Invalid({"password": str(exc)}) from None
        _audit_everywhere(session, account, "password.changed")
        return store.start_session(session, account)

    try:
        token = await in_db(request, work)
    except _Invalid as exc:
        return await _page(request, user, 422, password_errors=exc.args[0])
    response = await _page(request, user, notice="Das Passwort ist geändert. Andere Anmeldungen wurden beendet.")
    auth.set_session_cookie(response, token)  # this browser stays signed in with a new session
    return response


@router.post("/admin/account/totp/start")
async def totp_start(request: Request, csrf: str = Form(""), user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)
    secret = totp.new_secret()
    uri = totp.provisioning_uri(secret, user.email)
    return await _page(request, user, setup={"secret": secret, "qr": totp.qr_svg(uri)})


@router.post("/admin/account/totp/enable")
async def totp_enable(request: Request, secret: str = Form(""), code: str = Form(""), csrf: str = Form(""),
                      user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)
    box = SecretBox.from_settings(request.app.state.runtime.settings)

    def work(session):
        account = session.get(store.User, user.user_id)
        try:
            totp.enable(session, account, box, secret, code)
        except AccountError as exc:
            raise _Invalid(str(exc)) from None
        _audit_everywhere(session, account, "totp.enabled")

    try:
        await in_db(request, work)
    except _Invalid as exc:
        uri = totp.provisioning_uri(secret, user.email)
        return await _page(request, user, 422, totp_error=str(exc), setup={"secret": secret, "qr": totp.qr_svg(uri)})
    return await _page(request, user, notice="Der zweite Faktor ist eingeschaltet.")


@router.post("/admin/account/totp/disable")
async def totp_disable(request: Request, code: str = Form(""), csrf: str = Form(""),
                       user: Principal = Depends(auth.page_user)) -> Response:
    auth.check_form_csrf(user, csrf)
    box = SecretBox.from_settings(request.app.state.runtime.settings)

    def work(session):
        account = session.get(store.User, user.user_id)
        try:
            totp.disable(session, account, box, code)
        except AccountError as exc:
            return str(exc)  # the failed attempt is counted and kept
        _audit_everywhere(session, account, "totp.disabled")
        return None

    error = await in_db(request, work)
    if error:
        return await _page(request, user, 422, totp_error=error)
    return await _page(request, user, notice="Der zweite Faktor ist ausgeschaltet.")
