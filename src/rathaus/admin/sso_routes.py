"""Sign-in through the town's identity provider (OpenID Connect):
/oidc/{provider}/start sends the browser there, /oidc/{provider}/callback
comes back with a code. Only accounts that exist in rathaus (invited by an
administrator) can sign in this way; the first sign-in links the provider's
identity to the invited account by its verified e-mail address."""

from __future__ import annotations

import hmac
import logging

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from rathaus.accounts import store
from rathaus.admin import auth
from rathaus.admin.routes import _record_login, _signed_in, in_db, public_base, render
from rathaus.security.oidc import Login, OidcClient, OidcError, providers

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)
LOGIN_COOKIE = "__Host-rathaus_oidc"
FAILED = "Die Anmeldung über {name} hat nicht geklappt. Bitte versuchen Sie es noch einmal."
NO_ACCOUNT = ("Für dieses Konto gibt es in rathaus keinen Zugang. Bitten Sie Ihre Administration um eine "
              "Einladung an Ihre dienstliche E-Mail-Adresse.")


def _client(request: Request, provider_id: str) -> OidcClient | None:
    configured = providers(request.app.state.runtime.settings)
    if provider_id not in configured:
        return None
    clients = request.app.state.__dict__.setdefault("oidc_clients", {})
    if provider_id not in clients:
        clients[provider_id] = OidcClient(configured[provider_id])
    return clients[provider_id]


def _redirect_uri(request: Request, provider_id: str) -> str:
    return f"{public_base(request)}/oidc/{provider_id}/callback"


def _failed(name: str, status: int = 400) -> Response:
    response = render("message.html", status, title="Anmelden", text=FAILED.format(name=name), link="/login",
                      link_text="Zur Anmeldung")
    response.delete_cookie(LOGIN_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


@router.get("/oidc/{provider_id}/start")
async def start(request: Request, provider_id: str, next: str = "/admin") -> Response:
    client = _client(request, provider_id)
    if client is None:
        return render("message.html", 404, title="Anmelden", text="Diesen Anmeldedienst gibt es hier nicht.",
                      link="/login", link_text="Zur Anmeldung")
    login = Login.new(auth.safe_next(next))
    try:
        target = await run_in_threadpool(client.authorization_url, login, _redirect_uri(request, provider_id))
    except OidcError as exc:
        log.warning("single sign-on %s unavailable: %s", provider_id, exc)
        return _failed(client.provider.name, 502)
    response = RedirectResponse(target, status_code=303)
    # Lax, not Strict: the provider sends the browser back with a top-level GET from its own site.
    response.set_cookie(LOGIN_COOKIE, login.dump(), max_age=600, path="/", secure=True, httponly=True, samesite="lax")
    return response


@router.get("/oidc/{provider_id}/callback")
async def callback(request: Request, provider_id: str, code: str = "", state: str = "") -> Response:
    client = _client(request, provider_id)
    login = Login.load(request.cookies.get(LOGIN_COOKIE))
    if client is None:
        return render("message.html", 404, title="Anmelden", text="Diesen Anmeldedienst gibt es hier nicht.")
    if login is None or not state or not hmac.compare_digest(state.encode(), login.state.encode()) or not code:
        log.warning("single sign-on %s: missing or wrong state (error=%s)", provider_id, request.query_params.get("error"))
        return _failed(client.provider.name)
    try:
        claims = await run_in_threadpool(client.finish, login, code, _redirect_uri(request, provider_id))
    except OidcError as exc:
        log.warning("single sign-on %s failed: %s", provider_id, exc)
        return _failed(client.provider.name)

    def work(session):
        user = store.user_for_identity(session, client.provider.issuer, str(claims["sub"]), claims.get("email"),
                                       claims.get("email_verified") is True)
        if user is None:
            return None
        _record_login(session, user, provider=provider_id)  # the provider is in charge of further factors
        return store.start_session(session, user)

    token = await in_db(request, work)
    if token is None:
        response = render("message.html", 403, title="Anmelden", text=NO_ACCOUNT, link="/login", link_text="Zur Anmeldung")
    else:
        response = _signed_in(RedirectResponse(login.next_path, status_code=303), token)
    response.delete_cookie(LOGIN_COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response
