"""Serving the widget: /widget.js, its per-tenant config, and the demo pages.

    GET /widget.js                              the whole widget (gzip when accepted)
    GET /api/v1/tenants/{slug}/widget?lang=…    branding + UI strings of one language
    GET /                                       a mock municipal homepage with the embed snippet
    GET /chat                                   a dedicated chat page (inline mode)
"""

from __future__ import annotations

import gzip
import hashlib
from functools import lru_cache
from importlib.resources import files

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from rathaus.channels.widget import i18n
from rathaus.channels.widget import bundle
from rathaus.channels.widget.demo_page import render_demo_page
from rathaus.db import repository as repo
from rathaus.handoff.service import timeout_s
from rathaus.tenants.branding import localized, widget_branding
from rathaus.tenants.origins import check_origin
from rathaus.language import direction

router = APIRouter()
MAX_MESSAGE = 4000
# Security headers for the pages rathaus itself serves: only its own scripts.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


@lru_cache(maxsize=1)
def _bundle() -> tuple[bytes, bytes, str]:
    raw = bundle.widget_js().encode("utf-8")
    return raw, gzip.compress(raw, 9, mtime=0), '"' + hashlib.sha256(raw).hexdigest()[:16] + '"'


@router.get("/widget.js", include_in_schema=False)
def widget_js(request: Request) -> Response:
    raw, packed, etag = _bundle()
    headers = {"ETag": etag, "Cache-Control": "public, max-age=600", "Vary": "Accept-Encoding",
               "X-Content-Type-Options": "nosniff"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        raw = packed
    return Response(raw, media_type="text/javascript; charset=utf-8", headers=headers)


class LanguageOption(BaseModel):
    code: str
    name: str


class WidgetConfig(BaseModel):
    tenant: str
    name: str
    language: str
    direction: str
    languages: list[LanguageOption]
    strings: dict[str, str]
    primary_color: str
    logo_url: str | None
    greeting: str
    suggestions: list[str]
    contact: dict[str, str]
    max_message: int
    handoff_timeout_s: int = Field(180, description="after this long waiting for staff, offer a message or call back")


def _tenant(runtime, slug: str) -> tuple[str, dict]:
    with runtime.db.session() as session:
        tenant = repo.get_tenant(session, slug)
        return tenant.name, dict(tenant.settings or {})


@router.get("/api/v1/tenants/{slug}/widget", response_model=WidgetConfig, tags=["widget"],
            responses={404: {"description": "unknown tenant"}})
async def widget_config(
    request: Request,
    response: Response,
    slug: str,
    lang: str | None = Query(None, max_length=200, description="preferred languages, best first: 'uk,en,de'"),
) -> WidgetConfig:
    """What the widget shows before the first question: the town's branding and
    the UI strings in the best language from `lang` (German when none fits)."""
    try:
        name, settings = await run_in_threadpool(_tenant, request.app.state.runtime, slug)
    except repo.UnknownTenant as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from None
    check_origin(request, settings)
    offered = settings.get("languages") or list(i18n.languages())
    language = i18n.negotiate(lang, offered)
    strings = dict(i18n.catalogue(language))
    disclaimer = localized(settings.get("disclaimer"), language)
    if disclaimer:  # the town's own wording, e.g. "nicht rechtsverbindlich"
        strings["disclaimer"] = disclaimer
    branding = widget_branding(settings, language)
    response.headers["Cache-Control"] = "public, max-age=60"
    return WidgetConfig(
        tenant=slug,
        name=name,
        language=language,
        direction=direction(language),
        languages=[LanguageOption(code=c, name=i18n.catalogue(c)["language_name"]) for c in i18n.languages()
                   if c in offered],
        strings=strings,
        primary_color=branding["primary_color"],
        logo_url=branding["logo_url"],
        greeting=branding["greeting"] or strings["greeting"].replace("{town}", name),
        suggestions=branding["suggestions"],
        contact=branding["contact"],
        max_message=MAX_MESSAGE,
        handoff_timeout_s=timeout_s(settings),
    )


def _tenants(runtime) -> list[tuple[str, str]]:
    with runtime.db.session() as session:
        return [(t.slug, t.name) for t in repo.list_tenants(session) if not t.disabled]


async def _page(request: Request, tenant: str | None, inline: bool) -> HTMLResponse:
    tenants = await run_in_threadpool(_tenants, request.app.state.runtime)
    current = next((t for t in tenants if t[0] == tenant), tenants[0] if tenants else None)
    html = render_demo_page(current, inline=inline)
    if inline:  # the chat page is also the settings page's preview (same origin only)
        csp = PAGE_HEADERS["Content-Security-Policy"].replace("frame-ancestors 'none'", "frame-ancestors 'self'")
        return HTMLResponse(html, headers={**PAGE_HEADERS, "Content-Security-Policy": csp})
    return HTMLResponse(html, headers=PAGE_HEADERS)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def demo_home(request: Request, tenant: str | None = Query(None, max_length=64)) -> HTMLResponse:
    return await _page(request, tenant, inline=False)


@router.get("/chat", response_class=HTMLResponse, include_in_schema=False)
async def chat_page(request: Request, tenant: str | None = Query(None, max_length=64)) -> HTMLResponse:
    return await _page(request, tenant, inline=True)


@router.get("/static/logo.svg", include_in_schema=False)
def demo_logo() -> Response:
    svg = (files("rathaus.channels.widget") / "logo.svg").read_bytes()
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})
