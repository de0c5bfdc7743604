"""`create_app(settings)`: the ASGI application. No work happens at import time."""

from __future__ import annotations

import asyncio
import gc
import inspect
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from rathaus import __version__
from rathaus.settings import Settings


# Newer FastAPI releases trace every request with OpenTelemetry and export it
# when FASTAPI_OTEL_AUTO_CONFIGURE=true is in the environment. rathaus sends
# nothing anywhere (and the spans cost CPU on every chat turn): all of it off.
def no_telemetry() -> dict:
    if "telemetry" not in inspect.signature(FastAPI.__init__).parameters:
        return {}  # older FastAPI: nothing to switch off
    return {"telemetry": {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                          "auto_configure": False, "exclude": lambda scope: True}}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from rathaus.runtime import Runtime

        runtime = Runtime(settings)
        _start_up(runtime)
        app.state.runtime = runtime
        outbox_task = None
        if runtime.mail_config is not None:
            from rathaus.handoff.outbox import run_outbox

            outbox_task = asyncio.create_task(run_outbox(runtime.db, runtime.mail_config))
        from rathaus.handoff.webhooks import run_webhooks

        from rathaus.conversations.retention import run_retention

        webhook_task = asyncio.create_task(run_webhooks(runtime.db, settings))
        from rathaus.ingest.sources import run_schedule

        retention_task = asyncio.create_task(run_retention(runtime.db))
        schedule_task = asyncio.create_task(run_schedule(runtime))
        from rathaus.index.expansion import load_word_lists

        load_word_lists()
        # What start-up created (modules, routes, models: ~170k objects) is
        # exempt from garbage collection while the app runs: Python's oldest-
        # generation collection otherwise walks all of it now and then, a
        # 60-140 ms pause of every chat in flight (bench/chat_latency.py).
        # Unfrozen at shutdown, so a stopped app's cycles can still be freed.
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
            webhook_task.cancel()
            retention_task.cancel()
            schedule_task.cancel()
            if outbox_task is not None:
                outbox_task.cancel()
            await runtime.aclose()

    app = FastAPI(
        title="rathaus",
        version=__version__,
        description="Bürger-Chat für Kommunen: Antworten aus den Dokumenten der Stadt, mit Quellen.",
        lifespan=lifespan,
        **no_telemetry(),
    )
    from rathaus.admin.account_pages import router as account_router
    from rathaus.admin.routes import router as admin_router
    from rathaus.admin.source_pages import router as source_pages_router
    from rathaus.admin.sso_routes import router as sso_router
    from rathaus.admin.tenant_pages import router as tenant_pages_router
    from rathaus.channels.api import router as api_router
    from rathaus.channels.chat import router as chat_router
    from rathaus.channels.feedback import router as feedback_router
    from rathaus.channels.handoff import router as handoff_router
    from rathaus.channels.inbox.routes import router as inbox_router
    from rathaus.channels.staff import router as staff_router
    from rathaus.channels.pages import router as pages_router
    from rathaus.channels.widget.routes import router as widget_router

    # The widget runs on the town's own website, another origin: the public API
    # answers any origin (no cookies are used), or the operator's list.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type", "Accept"],  # not Authorization: the staff API is same-origin
        max_age=600,
    )
    app.include_router(api_router)
    app.include_router(chat_router)
    app.include_router(feedback_router)
    app.include_router(handoff_router)
    app.include_router(staff_router)
    app.include_router(inbox_router)
    app.include_router(widget_router)
    app.include_router(pages_router)
    app.include_router(account_router)  # before admin_router: /admin/account is not a town called "account"
    app.include_router(admin_router)
    app.include_router(tenant_pages_router)
    app.include_router(sso_router)
    app.include_router(source_pages_router)
    _add_page_errors(app)
    return app


def _start_up(runtime) -> None:
    """What happens once per start: the demo town (first start) and the setup link."""
    if runtime.settings.demo:
        from rathaus.demo import ensure_demo

        ensure_demo(runtime)
    if runtime.settings.announce_setup_link:
        _announce_setup_link(runtime)


def prepare(settings: Settings) -> None:
    """The start-up work for several worker processes, done once before they
    start (they would race each other creating the demo town, and each would
    print its own setup link): migrations, the demo town, the setup link."""
    from rathaus.runtime import Runtime

    runtime = Runtime(settings)
    try:
        _start_up(runtime)
    finally:
        runtime.close()


def _announce_setup_link(runtime) -> None:
    """First run: no account exists yet, so print a one-time link that creates
    the first administrator (there are no default passwords)."""
    from rathaus.accounts import store

    with runtime.db.session() as session:
        if store.has_users(session):
            return
        token = store.issue_token(session, "setup")
    host = runtime.settings.host if runtime.settings.host not in ("0.0.0.0", "::") else "localhost"
    base = (runtime.settings.public_url or f"http://{host}:{runtime.settings.port}").rstrip("/")
    link = f"{base}/setup/{token}"
    print(f"\n  Erstes Konto anlegen (Link gilt 24 Stunden, einmal): {link}\n", flush=True)
    logging.getLogger("rathaus").warning("no staff account yet; first-admin setup link: %s", link)


PAGE_PREFIXES = ("/admin", "/login", "/logout", "/setup", "/password", "/inbox", "/oidc")


def _add_page_errors(app: FastAPI) -> None:
    """Pages answer errors as pages (the JSON API keeps JSON), and a page that
    needs a signed-in user sends others to the sign-in page."""
    from fastapi.exceptions import HTTPException as FastAPIHTTPException
    from fastapi.exception_handlers import http_exception_handler

    from rathaus.admin.auth import NotSignedIn, login_redirect
    from rathaus.admin.routes import render

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request, exc: NotSignedIn):
        return login_redirect(exc.next_path)

    @app.exception_handler(FastAPIHTTPException)
    async def page_error(request, exc: FastAPIHTTPException):
        if request.url.path.startswith(PAGE_PREFIXES) and isinstance(exc.detail, str):
            return render("message.html", exc.status_code, title="Das hat nicht geklappt", text=exc.detail,
                          link="/admin", link_text="Zur Übersicht")
        return await http_exception_handler(request, exc)
