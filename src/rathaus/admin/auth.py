"""Who is asking: the session cookie of a signed-in user, checked on every
request, plus CSRF protection for everything that changes something.

- Session cookie `__Host-rathaus_session`: HttpOnly, Secure, SameSite=Lax,
  Path=/ (the __Host- prefix makes browsers refuse it from a subdomain or
  without TLS; browsers treat http://localhost as secure, so local use works).
- Forms of signed-in users carry the session's CSRF token; JSON calls send it
  as `X-CSRF-Token` (a custom header is never sent cross-site without CORS,
  and CORS does not allow it).
- Forms before sign-in (login, setup, password links) use a double-submit
  cookie, `__Host-rathaus_csrf`, whose value the form repeats.
"""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import quote

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from rathaus.accounts import store
from rathaus.accounts.store import Principal

SESSION_COOKIE = "__Host-rathaus_session"
CSRF_COOKIE = "__Host-rathaus_csrf"
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


class NotSignedIn(Exception):
    """Raised by page dependencies; the app answers with a redirect to /login."""

    def __init__(self, next_path: str):
        self.next_path = next_path


def set_session_cookie(response: Response, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, max_age=store.SESSION_HOURS * 3600, path="/", secure=True,
                        httponly=True, samesite="lax")


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", secure=True, httponly=True, samesite="lax")


async def principal(request: Request) -> Principal | None:
    """The signed-in user of this request, or None (cached per request)."""
    if "principal" not in request.scope:
        token = request.cookies.get(SESSION_COOKIE)
        if not token:
            request.scope["principal"] = None
        else:
            db = request.app.state.runtime.db

            def lookup():
                with db.session() as session:
                    return store.principal_for(session, token)

            request.scope["principal"] = await run_in_threadpool(lookup)
    return request.scope["principal"]


async def page_user(request: Request) -> Principal:
    """Dependency for pages: the signed-in user, else off to the sign-in page."""
    user = await principal(request)
    if user is None:
        raise NotSignedIn(request.url.path)
    return user


def login_redirect(next_path: str) -> RedirectResponse:
    return RedirectResponse(f"/login?next={quote(safe_next(next_path))}", status_code=303)


def safe_next(value: str | None) -> str:
    """Only paths on this server: never an open redirect to another site."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/admin"
    return value


def check_form_csrf(user: Principal, submitted: str | None) -> None:
    if not submitted or not hmac.compare_digest(submitted.encode(), user.csrf_token.encode()):
        raise HTTPException(status_code=403, detail="Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")


def check_header_csrf(request: Request, user: Principal) -> None:
    submitted = request.headers.get("x-csrf-token") or ""
    if request.method in UNSAFE and not hmac.compare_digest(submitted.encode(), user.csrf_token.encode()):
        raise HTTPException(status_code=403, detail="missing or wrong X-CSRF-Token header (the session's token)")


def pre_login_csrf(request: Request) -> str:
    """The double-submit value for a form shown before sign-in (reuses the cookie's)."""
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)


def set_pre_login_csrf(response: Response, value: str) -> None:
    response.set_cookie(CSRF_COOKIE, value, path="/", secure=True, httponly=True, samesite="strict")


def check_pre_login_csrf(request: Request, submitted: str | None) -> None:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        raise HTTPException(status_code=403, detail="Das Formular ist abgelaufen. Bitte laden Sie die Seite neu.")
